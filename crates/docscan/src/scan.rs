//! The three reads the app asks for: a passport (its MRZ), the front of a Residence Card, and the
//! card number alone. Each goes photo → document → text lines → fields.

use image::imageops::{FilterType, resize, rotate180};
use image::{Rgb, RgbImage};
use imageproc::geometric_transformations::{Border, Interpolation, rotate_about_center_no_crop};
use madoguchi_rules::CivilDate;
use serde::Serialize;

use crate::card::{self, CardFront, CardLine};
use crate::document::{self, CARD_ASPECT};
use crate::geometry::{Extent, Quad, Rect, merge_collinear};
use crate::mrz::{self, MRZ_ALPHABET, Mrz, MrzError};
use crate::ocr::ctc::Alphabet;
use crate::ocr::{LineOptions, OcrError, OcrModels, TextBox, detect::detect};
use crate::text::RecognizedText;

/// Pixels as the browser's canvas gives them: RGBA, row by row.
#[derive(Clone, Copy, Debug)]
pub struct ImageView<'a> {
    pub width: u32,
    pub height: u32,
    pub rgba: &'a [u8],
}

/// Why a photo could not be read.
#[derive(Debug, thiserror::Error)]
pub enum ScanError {
    #[error("the pixel buffer holds {actual} bytes, not {expected} for {width}×{height} RGBA")]
    BadImage {
        width: u32,
        height: u32,
        expected: usize,
        actual: usize,
    },
    #[error("the photo is too small to read ({width}×{height})")]
    TooSmall { width: u32, height: u32 },
    #[error(transparent)]
    Ocr(#[from] OcrError),
    #[error("no machine-readable zone found: {0}")]
    NoMrz(MrzError),
    #[error("no text found in the photo")]
    NoText,
}

/// Time spent in one stage, in milliseconds.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Stage {
    pub name: &'static str,
    pub ms: f64,
}

/// What the photo looked like, for advice when a read fails (flat, large, no glare).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Quality {
    /// The document's outline was found and straightened.
    pub document_found: bool,
    /// Where the document is in the photo, when found.
    pub document: Option<Quad>,
    /// Share of the document blown out to white.
    pub glare_fraction: f32,
    /// Clockwise rotation applied to read the document (0, 90, 180, 270 or a small deskew).
    pub rotation_degrees: f32,
}

impl Quality {
    /// Glare over more than 2 % of the document hides text.
    pub fn has_glare(&self) -> bool {
        self.glare_fraction > 0.02
    }
}

#[derive(Clone, Debug, Serialize)]
pub struct PassportScan {
    pub mrz: Mrz,
    /// The zone's lines as read (reading order), in pixels of [`PassportScan::image`]; the last
    /// `mrz.format.line_count()` of them are the zone's lines.
    pub zone: Vec<Quad>,
    pub quality: Quality,
    pub timings: Vec<Stage>,
    /// The photo the zone was found in (reduced to at most `MAX_SIDE`), for the review crops.
    #[serde(skip)]
    pub image: RgbImage,
}

#[derive(Clone, Debug, Serialize)]
pub struct CardScan {
    pub card: CardFront,
    /// Every line read, placed on the card (for the review screen and for debugging).
    pub lines: Vec<CardLine>,
    /// The area of [`CardScan::image`], in pixels, that field and line bounds are fractions of
    /// (the whole straightened card, or the text's extent when no outline was found).
    pub area: Rect,
    pub quality: Quality,
    pub timings: Vec<Stage>,
    /// The card as read: straightened and turned upright (or the reduced, deskewed photo when
    /// its outline was not found), for the review crops.
    #[serde(skip)]
    pub image: RgbImage,
}

#[derive(Clone, Debug, Serialize)]
pub struct CardNumberScan {
    pub card_number: Option<String>,
    pub confidence: f32,
    pub timings: Vec<Stage>,
}

/// Size the card is straightened to: the detector's input, a multiple of 32 wide.
const CARD_WIDTH: u32 = 1024;
const CARD_HEIGHT: u32 = 646;
/// Longer side the whole photo is searched at for MRZ lines.
const PAGE_DETECT_SIDE: u32 = 1024;
/// Photos are reduced to this longer side first: more pixels only cost time.
const MAX_SIDE: u32 = 2400;
/// MRZ crops are stretched to at least this width (two CTC steps per character).
const MRZ_MIN_WIDTH: u32 = 1056;

/// Reads documents with the loaded models. Create once, reuse for every photo.
pub struct Scanner {
    models: OcrModels,
    mrz_classes: Alphabet,
    clock: Option<fn() -> f64>,
}

struct Stopwatch {
    clock: Option<fn() -> f64>,
    last: f64,
    stages: Vec<Stage>,
}

impl Stopwatch {
    fn new(clock: Option<fn() -> f64>) -> Self {
        Stopwatch {
            clock,
            last: clock.map_or(0.0, |c| c()),
            stages: Vec::new(),
        }
    }

    fn lap(&mut self, name: &'static str) {
        if let Some(clock) = self.clock {
            let now = clock();
            self.stages.push(Stage {
                name,
                ms: now - self.last,
            });
            self.last = now;
        }
    }
}

impl Scanner {
    pub fn new(models: OcrModels) -> Scanner {
        let mrz_classes = models.recognizer.alphabet(mrz_target);
        Scanner {
            models,
            mrz_classes,
            clock: None,
        }
    }

    /// A millisecond clock (`performance.now()` in the browser) to report stage timings; the
    /// core has no clock of its own.
    pub fn with_clock(mut self, clock: fn() -> f64) -> Scanner {
        self.clock = Some(clock);
        self
    }

    /// Reads a passport data page (or an ID card's MRZ side) from a photo.
    pub fn scan_passport(
        &self,
        image: ImageView<'_>,
        today: CivilDate,
    ) -> Result<PassportScan, ScanError> {
        let mut watch = Stopwatch::new(self.clock);
        let photo = to_rgb(image)?;
        watch.lap("decode");
        let boxes = detect(&self.models.detector, &photo, PAGE_DETECT_SIDE)?;
        watch.lap("detect");
        let lines = mrz_lines(&boxes);
        if lines.is_empty() {
            return Err(ScanError::NoMrz(MrzError::NotFound));
        }
        let upright = self.read_mrz(&photo, &lines, today);
        let need_flip = upright.as_ref().is_none_or(|(m, _, _)| !m.checks_pass());
        let best = if need_flip {
            let flipped: Vec<Quad> = lines.iter().rev().map(Quad::rotated_180).collect();
            let other = self.read_mrz(&photo, &flipped, today);
            match (upright, other) {
                (Some(a), Some(b)) => Some(if score(&b.0) > score(&a.0) { b } else { a }),
                (a, b) => a.or(b),
            }
        } else {
            upright
        };
        watch.lap("recognise");
        let (mrz, angle, zone) = best.ok_or(ScanError::NoMrz(MrzError::NotFound))?;
        Ok(PassportScan {
            mrz,
            zone,
            quality: Quality {
                document_found: false,
                document: None,
                glare_fraction: document::glare_fraction(&photo),
                rotation_degrees: angle,
            },
            timings: watch.stages,
            image: photo,
        })
    }

    fn read_mrz(
        &self,
        photo: &RgbImage,
        lines: &[Quad],
        today: CivilDate,
    ) -> Option<(Mrz, f32, Vec<Quad>)> {
        let options = LineOptions {
            alphabet: Some(&self.mrz_classes),
            min_width: MRZ_MIN_WIDTH,
        };
        let texts: Vec<RecognizedText> = lines
            .iter()
            .filter_map(|q| self.models.recognizer.read(photo, q, options).ok())
            .collect();
        let mrz = mrz::parse(&texts, today).ok()?;
        let angle = lines
            .first()
            .map_or(0.0, |q| q.angle().to_degrees().rem_euclid(360.0));
        Some((mrz, angle, lines.to_vec()))
    }

    /// Reads the front of a Residence Card or Special Permanent Resident Certificate.
    pub fn scan_card(&self, image: ImageView<'_>) -> Result<CardScan, ScanError> {
        let mut watch = Stopwatch::new(self.clock);
        let photo = to_rgb(image)?;
        watch.lap("decode");
        let (card_image, found) = self.card_image(&photo);
        watch.lap("find-card");
        let (card_image, boxes, rotation) = self.upright_lines(card_image, found.is_some())?;
        watch.lap("detect");
        let text_bounds = if found.is_some() {
            Rect::new(
                0.0,
                0.0,
                card_image.width() as f32,
                card_image.height() as f32,
            )
        } else {
            // No outline: the text's extent stands in for the card's.
            text_extent(&boxes)
        };
        let lines: Vec<CardLine> = boxes
            .iter()
            .filter(|b| is_line(b, &card_image))
            .filter_map(|b| {
                let text = self
                    .models
                    .recognizer
                    .read(&card_image, &b.quad, LineOptions::default())
                    .ok()?;
                let r = b.quad.bounds();
                let bounds = Rect::new(
                    (r.x0 - text_bounds.x0) / text_bounds.width(),
                    (r.y0 - text_bounds.y0) / text_bounds.height(),
                    (r.x1 - text_bounds.x0) / text_bounds.width(),
                    (r.y1 - text_bounds.y0) / text_bounds.height(),
                );
                Some(CardLine { text, bounds })
            })
            .collect();
        watch.lap("recognise");
        if lines.is_empty() {
            return Err(ScanError::NoText);
        }
        let card = card::read_front(&lines);
        watch.lap("fields");
        Ok(CardScan {
            card,
            lines,
            area: text_bounds,
            quality: Quality {
                document_found: found.is_some(),
                document: found,
                glare_fraction: document::glare_fraction(&card_image),
                rotation_degrees: rotation,
            },
            timings: watch.stages,
            image: card_image,
        })
    }

    /// Reads only the card number (top right of the card), for the chip read's camera button.
    pub fn read_card_number(&self, image: ImageView<'_>) -> Result<CardNumberScan, ScanError> {
        let mut watch = Stopwatch::new(self.clock);
        let photo = to_rgb(image)?;
        let (card_image, found) = self.card_image(&photo);
        watch.lap("find-card");
        let attempts: Vec<RgbImage> = if found.is_some() {
            let region = |img: &RgbImage| {
                let (w, h) = img.dimensions();
                image::imageops::crop_imm(img, w * 45 / 100, 0, w - w * 45 / 100, h * 17 / 100)
                    .to_image()
            };
            vec![region(&card_image), region(&rotate180(&card_image))]
        } else {
            vec![card_image]
        };
        let mut best: Option<(String, f32)> = None;
        for region in attempts {
            let boxes = detect(&self.models.detector, &region, 640)?;
            for b in boxes.iter().filter(|b| is_line(b, &region)) {
                let Ok(text) =
                    self.models
                        .recognizer
                        .read(&region, &b.quad, LineOptions::default())
                else {
                    continue;
                };
                let normalised = crate::normalize::normalize(&text.text);
                if let Some((number, changes)) = card::values::card_number(&normalised) {
                    let confidence = text.min_confidence() * (1.0 - 0.15 * changes as f32);
                    if best.as_ref().is_none_or(|(_, c)| confidence > *c) {
                        best = Some((number, confidence));
                    }
                }
            }
            if best.is_some() {
                break;
            }
        }
        watch.lap("read");
        Ok(CardNumberScan {
            confidence: best.as_ref().map_or(0.0, |(_, c)| *c),
            card_number: best.map(|(n, _)| n),
            timings: watch.stages,
        })
    }

    /// The card straightened to `CARD_WIDTH` × `CARD_HEIGHT` when its outline is found, else
    /// the whole photo reduced to the same width.
    fn card_image(&self, photo: &RgbImage) -> (RgbImage, Option<Quad>) {
        if let Some(quad) = document::find_document(photo, CARD_ASPECT)
            && let Some(card) = document::straighten(photo, &quad, CARD_WIDTH, CARD_HEIGHT)
        {
            return (card, Some(quad));
        }
        let (w, h) = photo.dimensions();
        let scale = (1280.0 / w.max(h) as f32).min(1.0);
        let resized = resize(
            photo,
            ((w as f32 * scale) as u32).max(1),
            ((h as f32 * scale) as u32).max(1),
            FilterType::Triangle,
        );
        (resized, None)
    }

    /// Detects lines and turns the image so they read upright: deskew (when the outline was not
    /// found) and 0/90/180/270 from which way up the text reads best.
    fn upright_lines(
        &self,
        image: RgbImage,
        straightened: bool,
    ) -> Result<(RgbImage, Vec<TextBox>, f32), ScanError> {
        let mut image = image;
        let mut boxes = detect(&self.models.detector, &image, CARD_WIDTH)?;
        let mut rotation = 0.0;
        if !straightened
            && let Some(angle) = dominant_angle(&boxes)
            && angle.abs() > 1.5
        {
            image = rotate_about_center_no_crop(
                &image,
                -angle.to_radians(),
                Interpolation::Bilinear,
                Border::Constant(Rgb([255, 255, 255])),
            );
            boxes = detect(&self.models.detector, &image, CARD_WIDTH)?;
            rotation = -angle;
        }
        if self.reads_better_flipped(&image, &boxes) {
            let (w, h) = image.dimensions();
            let (w, h) = (w as f32, h as f32);
            image = rotate180(&image);
            boxes = boxes
                .into_iter()
                .map(|b| TextBox {
                    quad: b.quad.map(|(x, y)| (w - x, h - y)).rotated_180(),
                    score: b.score,
                })
                .collect();
            rotation += 180.0;
        }
        Ok((image, boxes, rotation))
    }

    /// Reads the widest lines both ways up; upside-down text reads with lower confidence.
    fn reads_better_flipped(&self, image: &RgbImage, boxes: &[TextBox]) -> bool {
        let mut widest: Vec<&TextBox> = boxes.iter().filter(|b| is_line(b, image)).collect();
        widest.sort_by(|a, b| b.quad.width().total_cmp(&a.quad.width()));
        let mut upright = 0.0;
        let mut flipped = 0.0;
        for b in widest.iter().take(3) {
            let read = |q: &Quad| {
                self.models
                    .recognizer
                    .read(image, q, LineOptions::default())
                    .map(|t| mean_confidence(&t))
                    .unwrap_or(0.0)
            };
            upright += read(&b.quad);
            flipped += read(&b.quad.rotated_180());
        }
        flipped > upright
    }
}

/// The MRZ character a recogniser label stands for: itself, or the MRZ character it is a
/// look-alike of (OCR-B `I` reads as `工`, `<` as `く`, full-width and lower-case forms).
fn mrz_target(label: &str) -> Option<char> {
    let mut chars = label.chars();
    let (Some(c), None) = (chars.next(), chars.next()) else {
        return None;
    };
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let mapped = match c {
        'a'..='z' => c.to_ascii_uppercase(),
        '工' | 'エ' | '丨' | '|' | 'Ι' | 'І' => 'I',
        'く' | '〈' | '«' | '‹' | '≤' => '<',
        'О' | 'Ο' | '〇' | '○' => 'O',
        _ => c,
    };
    MRZ_ALPHABET.contains(mapped).then_some(mapped)
}

/// Passed checks first, then how sure the recogniser was.
fn score(mrz: &Mrz) -> (usize, u32) {
    let passed = [
        mrz.document_number.check,
        mrz.birth_date.check,
        mrz.expiry_date.check,
        mrz.composite_check,
    ]
    .iter()
    .filter(|c| c.passed())
    .count();
    let confidence = (mrz.document_number.confidence + mrz.surname.confidence) * 1000.0;
    (passed, confidence as u32)
}

fn mean_confidence(text: &RecognizedText) -> f32 {
    if text.confidences.is_empty() {
        return 0.0;
    }
    text.confidences.iter().sum::<f32>() / text.confidences.len() as f32
}

/// A text line worth reading: not a speck, not the photo.
fn is_line(b: &TextBox, image: &RgbImage) -> bool {
    let (w, h) = image.dimensions();
    let area = b.quad.width() * b.quad.height();
    b.quad.height() >= 6.0
        && b.quad.width() >= b.quad.height() * 0.8
        && area < (w * h) as f32 * 0.12
}

/// The lines of a machine-readable zone: the longest text row and the rows parallel to it
/// below or above at line spacing. Rows the detector found only in pieces (a filler run or a
/// glare spot splits them) are joined and stretched to the zone's width, which every line
/// shares. Top to bottom in reading direction, at most three.
fn mrz_lines(boxes: &[TextBox]) -> Vec<Quad> {
    let pieces: Vec<Quad> = boxes
        .iter()
        .map(|b| b.quad)
        .filter(|q| q.width() >= q.height() * 1.5)
        .collect();
    let rows = merge_collinear(&pieces, 40.0);
    let Some(longest) = rows
        .iter()
        .max_by(|a, b| a.width().total_cmp(&b.width()))
        .copied()
    else {
        return Vec::new();
    };
    if longest.width() < longest.height() * 12.0 {
        return Vec::new();
    }
    let angle = longest.angle();
    let reference = Extent::of(&longest, angle);
    let mut zone: Vec<Extent> = rows
        .iter()
        .filter(|q| (q.angle() - angle).abs() < 0.1 && q.width() >= longest.width() * 0.35)
        .map(|q| Extent::of(q, angle))
        .filter(|e| e.height() < reference.height() * 2.0)
        .collect();
    zone.sort_by(|a, b| a.v0.total_cmp(&b.v0));
    // Keep the rows chained to the longest one at line spacing.
    let Some(anchor) = zone.iter().position(|e| (e.v0 - reference.v0).abs() < 1e-3) else {
        return vec![longest];
    };
    let pitch_limit = reference.height() * 3.0;
    let mut first = anchor;
    while first > 0 && zone[first].v0 - zone[first - 1].v0 < pitch_limit {
        first -= 1;
    }
    let mut last = anchor;
    while last + 1 < zone.len() && zone[last + 1].v0 - zone[last].v0 < pitch_limit {
        last += 1;
    }
    let chain = &zone[first..=last];
    let (u0, u1) = chain
        .iter()
        .fold((f32::INFINITY, f32::NEG_INFINITY), |a, e| {
            (a.0.min(e.u0), a.1.max(e.u1))
        });
    let chain = &chain[chain.len().saturating_sub(3)..];
    chain
        .iter()
        .map(|e| Extent { u0, u1, ..*e }.quad(angle))
        .collect()
}

/// Median angle (degrees) of the clearly horizontal-ish long lines.
fn dominant_angle(boxes: &[TextBox]) -> Option<f32> {
    let mut angles: Vec<f32> = boxes
        .iter()
        .filter(|b| b.quad.width() > b.quad.height() * 3.0)
        .map(|b| b.quad.angle().to_degrees())
        .collect();
    if angles.len() < 3 {
        return None;
    }
    angles.sort_by(f32::total_cmp);
    Some(angles[angles.len() / 2])
}

fn text_extent(boxes: &[TextBox]) -> Rect {
    let mut extent = Rect::new(
        f32::INFINITY,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NEG_INFINITY,
    );
    for b in boxes {
        let r = b.quad.bounds();
        extent = Rect::new(
            extent.x0.min(r.x0),
            extent.y0.min(r.y0),
            extent.x1.max(r.x1),
            extent.y1.max(r.y1),
        );
    }
    if extent.width() > 1.0 && extent.height() > 1.0 {
        extent
    } else {
        Rect::new(0.0, 0.0, 1.0, 1.0)
    }
}

/// Checks the buffer, drops alpha and reduces very large photos.
fn to_rgb(image: ImageView<'_>) -> Result<RgbImage, ScanError> {
    let expected = (image.width as usize)
        .saturating_mul(image.height as usize)
        .saturating_mul(4);
    if image.rgba.len() != expected {
        return Err(ScanError::BadImage {
            width: image.width,
            height: image.height,
            expected,
            actual: image.rgba.len(),
        });
    }
    if image.width < 32 || image.height < 32 {
        return Err(ScanError::TooSmall {
            width: image.width,
            height: image.height,
        });
    }
    let rgb: Vec<u8> = image
        .rgba
        .chunks_exact(4)
        .flat_map(|p| [p[0], p[1], p[2]])
        .collect();
    let rgb = RgbImage::from_raw(image.width, image.height, rgb).ok_or(ScanError::TooSmall {
        width: image.width,
        height: image.height,
    })?;
    let longest = image.width.max(image.height);
    if longest <= MAX_SIDE {
        return Ok(rgb);
    }
    let scale = MAX_SIDE as f32 / longest as f32;
    Ok(resize(
        &rgb,
        ((image.width as f32 * scale) as u32).max(1),
        ((image.height as f32 * scale) as u32).max(1),
        FilterType::Triangle,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_buffers_are_errors() {
        let short = ImageView {
            width: 100,
            height: 100,
            rgba: &[0; 10],
        };
        assert!(matches!(to_rgb(short), Err(ScanError::BadImage { .. })));
        let tiny = ImageView {
            width: 2,
            height: 2,
            rgba: &[0; 16],
        };
        assert!(matches!(to_rgb(tiny), Err(ScanError::TooSmall { .. })));
        let ok = ImageView {
            width: 40,
            height: 40,
            rgba: &[7; 40 * 40 * 4],
        };
        assert_eq!(to_rgb(ok).map(|i| i.dimensions()).ok(), Some((40, 40)));
    }

    #[test]
    fn mrz_lines_are_the_longest_parallel_lines_in_order() {
        let line = |y: f32, w: f32| TextBox {
            quad: Quad::from_rect(&Rect::new(10.0, y, 10.0 + w, y + 20.0)),
            score: 0.9,
        };
        let boxes = vec![
            line(300.0, 600.0),
            line(50.0, 200.0),
            line(260.0, 590.0),
            line(100.0, 100.0),
        ];
        let lines = mrz_lines(&boxes);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].center().1 < lines[1].center().1);
    }
}
