//! The three reads the app asks for: a passport (its MRZ), the front of a Residence Card, and the
//! card number alone. Each goes photo → document → text lines → fields.

use image::imageops::rotate180;
use image::{Rgb, RgbImage};
use imageproc::geometric_transformations::{Border, Interpolation, rotate_about_center_no_crop};
use madoguchi_rules::CivilDate;
use serde::Serialize;
use std::borrow::Cow;

use crate::card::{self, CardField, CardFront, CardLine};
use crate::contrast;
use crate::document::{self, CARD_ASPECT};
use crate::geometry::{Extent, Quad, Rect, merge_collinear};
use crate::mrz::{self, CheckStatus, MRZ_ALPHABET, Mrz, MrzError, MrzFormat, NumberReread};
use crate::ocr::ctc::Alphabet;
use crate::ocr::{LineOptions, OcrError, OcrModels, TextBox, detect::detect};
use crate::resample::resized;
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
    /// How finely the photo shows the document: pixels of the photo per millimetre of the
    /// document, from its outline or its zone's lines; `None` when neither was found.
    pub pixels_per_mm: Option<f32>,
    /// The document is too small in the photo for its smallest print the read needs (a
    /// card's address and nationality, a passport's zone): the review screen advises a
    /// closer photo.
    pub small: bool,
}

impl Quality {
    /// Glare over more than 2 % of the document hides text.
    pub fn has_glare(&self) -> bool {
        self.glare_fraction > 0.02
    }
}

/// Below these densities (photo pixels per millimetre of the document) a card's or a
/// passport page's read loses fields: measured on generated photos, docs/benchmarks.md
/// ("Small documents"). A zone's characters are larger than a card's small print.
pub const CARD_SMALL_BELOW: f32 = 10.0;
pub const PAGE_SMALL_BELOW: f32 = 7.0;

/// `Quality::small` for a document shown at `pixels_per_mm`, small under `threshold`.
fn too_small(pixels_per_mm: Option<f32>, threshold: f32) -> bool {
    pixels_per_mm.is_some_and(|density| density < threshold)
}

/// Widths in millimetres: an ID-1 card (ISO/IEC 7810), a TD3 passport page and one
/// character of a machine-readable zone (ICAO 9303: OCR-B at ten characters per inch).
const CARD_WIDTH_MM: f32 = 85.6;
const TD3_PAGE_WIDTH_MM: f32 = 125.0;
const MRZ_CHARACTER_MM: f32 = 2.54;

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

/// Size the card is straightened to: its lines are cut from this image, so small print (the
/// nationality, the labels) keeps its detail.
const CARD_WIDTH: u32 = 1280;
/// The same for card-number mode.
const NUMBER_CARD_WIDTH: u32 = 1024;
/// Longer side a photo whose card outline was not found is searched at for lines.
const PHOTO_DETECT_SIDE: u32 = 1024;
/// Longer side the whole photo is searched at for MRZ lines: first quickly (the zone's lines
/// are the page's largest text), then finely when that gives no zone whose checks agree.
const PAGE_COARSE_SIDE: u32 = 416;
const PAGE_DETECT_SIDE: u32 = 1024;
/// A TD3 passport page (125 × 88 mm), and the width it is straightened to when the zone is not
/// read from the photo as it stands: its lines then about as large as in a close photo.
const TD3_PAGE_ASPECT: f32 = 125.0 / 88.0;
const PAGE_WIDTH: u32 = 1280;
/// The straightened page's zone lines are about 25 px high: a copy this size still shows them.
const STRAIGHTENED_DETECT_SIDE: u32 = 640;
/// How many times longer than high a zone's longest line is found at least: a 44-character
/// line about 17 times; shorter rows are a page's other text.
const ZONE_LINE_ASPECT: f32 = 12.0;
/// The same where no zone was found otherwise: a blurred zone's lines are boxed taller than
/// their print and in pieces (11 and 9 times as long as high on two hard photos).
const BLURRED_ZONE_LINE_ASPECT: f32 = 8.0;
/// How many of a zone's check digits (document number, birth date, expiry, composite) must
/// agree for lines found so to be a zone: other text read in MRZ characters passes one of
/// them by chance one time in three, two one time in twenty.
const BLURRED_ZONE_LEAST_CHECKS: usize = 2;
/// Longer side the straightened card is searched at for lines (its text is 15–30 px high there).
const CARD_DETECT_SIDE: u32 = 768;
/// Card lines are read at three quarters of their printed width: as accurate, a quarter faster.
const CARD_SQUEEZE: f32 = 0.75;
/// The widths (against the printed) and blurs (against the first read's, see
/// [`card_smoothing`]) at which the lines of fields a card still lacks are read again, in
/// turn. On 300 hard photos, a look at 0.6 then one at 1.0 read 39 more fields
/// (81.3 → 82.6 %) and changed none already read; 0.5 alone read 24, 1.0 alone 18. A third
/// through 1.8 times the blur read 15 more (87.3 → 87.8 %), where 0.4 times read 4 and 2.5
/// times none; a fourth (0.6, 1.4) read 6 more for about a quarter more time on the median
/// hard photo, and is not taken.
const SECOND_LOOKS: [(f32, f32); 3] = [(0.6, 1.0), (1.0, 1.0), (0.8, 1.8)];
/// Photos are reduced to this longer side first: more pixels only cost time.
const MAX_SIDE: u32 = 2400;
/// MRZ crops are read at this width (three CTC steps per character of a 44-character line):
/// narrower crops drop letters of names, which no check digit covers.
const MRZ_MIN_WIDTH: u32 = 1056;
const MRZ_MAX_WIDTH: u32 = 1056;
/// Cells added at each end of the document number's second reading, so that its first and
/// last characters are not cut.
const NUMBER_CROP_MARGIN: f32 = 0.3;
/// Longer side of the whole photo whose pixel density the printed fields above the zone are
/// searched at.
const PRINTED_DETECT_SIDE: u32 = 768;
/// The part of the page above the zone that holds the names and the document number, in zone
/// widths: ICAO 9303 part 4 puts a TD3 page's portrait on the left (about the first 0.3 of
/// the zone's width), its names and number in the upper half of the 0.6 zone widths of page
/// above the zone, and dates, authority or signature just above the zone.
const PRINTED_AREA_START: f32 = 0.28;
const PRINTED_AREA_NEAR: f32 = 0.15;
const PRINTED_AREA_FAR: f32 = 0.6;
/// A detected line of n capitals (a sans-serif face, the detector's margin included) is about
/// `CAPITAL_ASPECT * n + LINE_ASPECT_PAD` times as wide as high.
const CAPITAL_ASPECT: f32 = 0.35;
const LINE_ASPECT_PAD: f32 = 0.4;
/// Lines read for each field sought on the printed page.
const LINES_PER_FIELD: usize = 3;
/// Blur, in pixels of the photo, that the lines of a card enlarged to be read are read through
/// (see [`card_smoothing`]): the recogniser takes a photo's JPEG blocks and sensor noise,
/// enlarged to its height, for strokes. On 300 hard card photos (seed 2026), 0.9 read 87.2 %
/// of fields against 83.3 % without, 1.2 read 87.3 %; a fixed blur of the straightened card
/// read 84.1 % at 0.5 of its pixels, 87.1 % at 1.6 (which lost medium cards, 98.5 → 98.3 %,
/// whose photos are enlarged less); medium cards read 98.6 % at 0.9. Machine-readable zones
/// read through it too: hard passports 82.3 → 83.3 % fully correct, easy and medium unchanged
/// (100.0 and 99.7 %).
const PHOTO_SMOOTHING: f32 = 0.9;
/// Blur, in pixels of the image read, that a zone read in doubt is read again through
/// ([`Scanner::second_look_blurred`]): a blurred photo's lines read better through more blur
/// on some photos, and worse on others. Read through 1.6 instead of 0.9, 300 hard passports
/// fixed 15 fields and lost 9; each line kept from the better of both readings, 13 and 2.
const ZONE_SECOND_SMOOTHING: f32 = 1.6;
/// A zone is read again when a name was read less surely than this, or a check digit needed a
/// repair or fails. Every name the second reading put right had been read under 0.5; at 0.8
/// the second reading ran on nearly half of the easy passports instead of one in ten.
const SECOND_LOOK_NAMES_BELOW: f32 = 0.5;
/// Card lines are read with this many line heights more at each end.
const LINE_END_PADDING: f32 = 0.25;
/// Which way up the card is gets decided on the first this-many line heights of its widest lines.
const ORIENTATION_SEGMENT: f32 = 10.0;

/// Reads documents with the loaded models. Create once, reuse for every photo.
pub struct Scanner {
    models: OcrModels,
    mrz_classes: Alphabet,
    /// The MRZ alphabet with a space read as filler, for the page's printed fields.
    printed_classes: Alphabet,
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
        let mrz_classes = models
            .recognizer
            .alphabet_with_undecided(mrz_target, mrz_undecided);
        let printed_classes = models.recognizer.alphabet(|label| {
            if label == " " {
                Some('<')
            } else {
                mrz_target(label)
            }
        });
        Scanner {
            models,
            mrz_classes,
            printed_classes,
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
    ///
    /// The zone is searched in the photo as it stands ([`Scanner::find_zone`]); when no zone's
    /// check digits agree there, the page's outline is sought and the zone read again from the
    /// straightened page. Unsure names and a document number in doubt are then checked against
    /// the fields printed above the zone.
    pub fn scan_passport(
        &self,
        image: ImageView<'_>,
        today: CivilDate,
    ) -> Result<PassportScan, ScanError> {
        let mut watch = Stopwatch::new(self.clock);
        let photo = to_rgb(image)?;
        // A dim page's zone goes unfound and its chevrons read as letters; stretched over its
        // own range it reads like a lit one. Cards are not stretched: measured, they lose more
        // fields than they gain (docs/benchmarks.md).
        let mut photo = contrast::stretched(&photo).unwrap_or(photo);
        watch.lap("decode");
        let search = self.find_zone(&photo, today, &mut watch)?;
        let mut best = search.read;
        let mut page = None;
        // The straightened page with the boxes found on it, for a blurred zone's second look.
        let mut straightened_page_search: Option<(Quad, RgbImage, Vec<TextBox>)> = None;
        if best.as_ref().is_none_or(|r| !r.mrz.checks_pass()) {
            // Strong perspective bends the zone's lines apart and shrinks its far end: the page,
            // straightened, shows them as they were printed.
            if let Some((quad, straightened)) = straightened_page(&photo) {
                let boxes = detect(
                    &self.models.detector,
                    &straightened,
                    STRAIGHTENED_DETECT_SIDE,
                )?;
                let lines = mrz_lines(&boxes, ZONE_LINE_ASPECT);
                let read = (!lines.is_empty())
                    .then(|| self.read_zone(&straightened, &lines, today, mrz::parse))
                    .flatten();
                if read
                    .as_ref()
                    .is_some_and(|b| best.as_ref().is_none_or(|a| score(b) > score(a)))
                {
                    best = read;
                    page = Some(quad);
                }
                straightened_page_search = Some((quad, straightened, boxes));
                watch.lap("straightened-page");
            }
        }
        if best.is_none() {
            // Nothing looked like a zone: the boxes found are looked at again for a blurred one,
            // on the straightened page, or on the photo when no page was found (each look reads
            // lines twice, both ways up: a photo of something else takes that much longer to
            // be refused).
            let looked_at = match &straightened_page_search {
                Some((quad, image, boxes)) => Some((Some(*quad), image, boxes)),
                None => (search.whole_photo_boxes.as_ref()).map(|boxes| (None, &photo, boxes)),
            };
            if let Some((quad, image, boxes)) = looked_at {
                let lines = mrz_lines(boxes, BLURRED_ZONE_LINE_ASPECT);
                if !lines.is_empty() {
                    best = self
                        .read_zone(image, &lines, today, mrz::parse_blurred)
                        .filter(|read| score(read).0 >= BLURRED_ZONE_LEAST_CHECKS);
                    page = quad.filter(|_| best.is_some());
                }
            }
            watch.lap("blurred-zone");
        }
        // `page` is set only by a read from the straightened page.
        if page.is_some()
            && let Some((_, page_image, _)) = straightened_page_search
        {
            photo = page_image;
        }
        let mut best = best.ok_or(ScanError::NoMrz(MrzError::NotFound))?;
        if zone_in_doubt(&best.mrz) {
            best = self.second_look_blurred(&photo, best, today);
            watch.lap("zone-blurred");
        }
        let ZoneRead {
            mut mrz,
            angle,
            zone,
            ..
        } = best;
        // Before the printed page is searched: a number the second reading settles needs no
        // search, and one it leaves in doubt is sought there as before.
        // A number its check digit takes as well with letters leading (`634…` and `G34…`) is
        // not confirmed by the recogniser seeing the same glyph again, only by a reading that
        // changes it or by the page's other typeface.
        let either_reading =
            mrz.document_number.check == CheckStatus::Valid && mrz::number_in_doubt(&mrz);
        let mut number_confirmed = false;
        if let Some(cells) = mrz::number_reread_cells(&mrz) {
            if let Some(reread) = self.read_number_again(&photo, &zone, &cells) {
                number_confirmed = match mrz::confirm_number_reread(&mut mrz, &cells, &reread) {
                    NumberReread::Changed => true,
                    NumberReread::Agreed => !either_reading,
                    NumberReread::Disagreed | NumberReread::Unaligned => false,
                };
            }
            watch.lap("number-again");
        }
        let glare = zone_glare(&photo, &zone, &mrz.lines);
        mrz::doubt_glared_names(&mut mrz, &glare);
        let sought = mrz::sought_lengths(&mrz, &glare);
        if !sought.is_empty() {
            // The zone's reading stands on its own: a failed search of the page changes nothing.
            let number_sought = mrz::number_in_doubt(&mrz);
            if let Ok(printed) = self.printed_fields(&photo, &zone, &sought, number_sought) {
                let page = mrz::confirm_with_printed(&mut mrz, &printed, &glare);
                number_confirmed |= page.document_number_printed;
            }
            watch.lap("printed-fields");
        }
        mrz::doubt_unconfirmed_number(&mut mrz, number_confirmed);
        let pixels_per_mm = match &page {
            Some(quad) => quad.width() / TD3_PAGE_WIDTH_MM,
            None => zone_pixels_per_mm(&zone, mrz.format),
        };
        Ok(PassportScan {
            mrz,
            zone,
            quality: Quality {
                document_found: page.is_some(),
                document: page,
                glare_fraction: document::glare_fraction(&photo),
                rotation_degrees: angle,
                pixels_per_mm: Some(pixels_per_mm),
                small: too_small(Some(pixels_per_mm), PAGE_SMALL_BELOW),
            },
            timings: watch.stages,
            image: photo,
        })
    }

    /// The zone read best from `photo`: searched in a small copy first, and in a finer one only
    /// when that gives no zone whose check digits all agree as read (when they agree after a
    /// repair, only the zone's surroundings are searched finely).
    fn find_zone(
        &self,
        photo: &RgbImage,
        today: CivilDate,
        watch: &mut Stopwatch,
    ) -> Result<ZoneSearch, ScanError> {
        let mut best: Option<ZoneRead> = None;
        let mut whole_photo_boxes = None;
        let sides = [PAGE_COARSE_SIDE, PAGE_DETECT_SIDE];
        for (pass, side) in sides.into_iter().enumerate() {
            let around_zone = best.as_ref().filter(|r| r.mrz.checks_pass());
            let whole_photo = around_zone.is_none();
            let boxes = match around_zone {
                // The zone was found and its checks agree after a repair. The fine search
                // looks at the zone's surroundings, not the whole page.
                Some(read) => detect_around(&self.models.detector, photo, &read.zone, side)?,
                None => detect(&self.models.detector, photo, side)?,
            };
            watch.lap(if pass == 0 { "detect" } else { "detect-fine" });
            let lines = mrz_lines(&boxes, ZONE_LINE_ASPECT);
            if whole_photo {
                whole_photo_boxes = Some(boxes);
            }
            if !lines.is_empty() {
                let read = self.read_zone(photo, &lines, today, mrz::parse);
                best = match (best, read) {
                    (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
                    (a, b) => a.or(b),
                };
            }
            watch.lap(if pass == 0 {
                "recognise"
            } else {
                "recognise-fine"
            });
            // A repair is a guess among look-alikes that the check digit allowed: a zone that
            // needed one is looked at again finely. An unsure name line is not: a second look
            // at it is a second draw of the same look-alike letters (docs/benchmarks.md).
            if best
                .as_ref()
                .is_some_and(|r| r.mrz.checks_pass_unrepaired())
            {
                break;
            }
        }
        Ok(ZoneSearch {
            read: best,
            whole_photo_boxes,
        })
    }

    /// The lines printed on the page above the zone (its visual inspection zone), read in MRZ
    /// characters: of the lines found there in the zone's direction and at most its height,
    /// only those whose proportions fit a `sought` length ([`likeliest_lines`]).
    fn printed_fields(
        &self,
        photo: &RgbImage,
        zone: &[Quad],
        sought: &[usize],
        number_sought: bool,
    ) -> Result<Vec<RecognizedText>, OcrError> {
        let (width, height) = photo.dimensions();
        let Some((area, angle, line_height)) = printed_area(zone, width, height) else {
            return Ok(Vec::new());
        };
        // A number's look-alikes need finer detail than a name's letters (measured on the
        // generated passports: at the coarser density some number lines go unfound).
        let side = if number_sought {
            PAGE_DETECT_SIDE
        } else {
            PRINTED_DETECT_SIDE
        };
        let boxes = detect_in(&self.models.detector, photo, area, side)?;
        let upside_down = angle.cos() < 0.0;
        let lines: Vec<Quad> = boxes
            .into_iter()
            .map(|b| {
                if upside_down {
                    b.quad.rotated_180()
                } else {
                    b.quad
                }
            })
            .filter(|q| {
                let turn = (q.angle() - angle).sin().abs();
                turn < 0.15
                    && q.height() <= line_height * 1.5
                    && q.height() >= line_height * 0.3
                    && q.width() >= q.height()
            })
            .collect();
        let lines = likeliest_lines(&lines, sought);
        let options = LineOptions {
            alphabet: Some(&self.printed_classes),
            ..LineOptions::default()
        };
        Ok(self
            .models
            .recognizer
            .read_many(photo, &lines, options)
            .into_iter()
            .filter_map(Result::ok)
            .collect())
    }

    /// The zone's cells holding the document number (see [`mrz::number_reread_cells`]) read
    /// again on their own, at the recogniser's natural width.
    fn read_number_again(
        &self,
        photo: &RgbImage,
        zone: &[Quad],
        cells: &mrz::NumberCells,
    ) -> Option<RecognizedText> {
        let line = zone.get(cells.line)?;
        let quad = line.cells(
            cells.cells.start as f32 - NUMBER_CROP_MARGIN,
            cells.cells.end as f32 + NUMBER_CROP_MARGIN,
            cells.of,
        );
        let options = LineOptions {
            alphabet: Some(&self.mrz_classes),
            min_width: 0,
            max_width: 0,
            squeeze: 1.0,
            smoothing: PHOTO_SMOOTHING,
            watched: &[],
        };
        self.models
            .recognizer
            .read_many(photo, &[quad], options)
            .into_iter()
            .next()?
            .ok()
    }

    /// Reads the zone's lines as found, and upside down when their check digits do not agree.
    fn read_zone(
        &self,
        photo: &RgbImage,
        lines: &[Quad],
        today: CivilDate,
        parse: ZoneParser,
    ) -> Option<ZoneRead> {
        let upright = self.read_mrz(photo, lines, today, parse, PHOTO_SMOOTHING);
        if upright.as_ref().is_some_and(|r| r.mrz.checks_pass()) {
            return upright;
        }
        let flipped: Vec<Quad> = lines.iter().rev().map(Quad::rotated_180).collect();
        let other = self.read_mrz(photo, &flipped, today, parse, PHOTO_SMOOTHING);
        match (upright, other) {
            (Some(a), Some(b)) => Some(if score(&b) > score(&a) { b } else { a }),
            (a, b) => a.or(b),
        }
    }

    /// Reads the zone's `lines` through a blur of `smoothing` pixels of `photo`.
    fn read_mrz(
        &self,
        photo: &RgbImage,
        lines: &[Quad],
        today: CivilDate,
        parse: ZoneParser,
        smoothing: f32,
    ) -> Option<ZoneRead> {
        let options = LineOptions {
            alphabet: Some(&self.mrz_classes),
            min_width: MRZ_MIN_WIDTH,
            max_width: MRZ_MAX_WIDTH,
            squeeze: 1.0,
            smoothing,
            watched: &[],
        };
        let texts: Vec<RecognizedText> = self
            .models
            .recognizer
            .read_many(photo, lines, options)
            .into_iter()
            .filter_map(Result::ok)
            .collect();
        ZoneRead::parsed(texts, lines, today, parse)
    }

    /// A zone read in doubt ([`zone_in_doubt`]) read again through [`ZONE_SECOND_SMOOTHING`],
    /// each line kept from whichever reading makes the better zone ([`merged_readings`]).
    fn second_look_blurred(&self, image: &RgbImage, read: ZoneRead, today: CivilDate) -> ZoneRead {
        match self.read_mrz(image, &read.zone, today, read.parse, ZONE_SECOND_SMOOTHING) {
            Some(second) => merged_readings(read, &second, today),
            None => read,
        }
    }

    /// Reads the front of a Residence Card or Special Permanent Resident Certificate, on
    /// `today` (no holder was born after it).
    pub fn scan_card(&self, image: ImageView<'_>, today: CivilDate) -> Result<CardScan, ScanError> {
        let mut watch = Stopwatch::new(self.clock);
        let photo = to_rgb(image)?;
        watch.lap("decode");
        let (card_image, found, enlargement) = self.card_image(&photo, CARD_WIDTH);
        watch.lap("find-card");
        let (mut card_image, mut boxes, mut rotation) =
            self.detect_lines(card_image, found.is_some())?;
        watch.lap("detect");
        let options = LineOptions {
            squeeze: CARD_SQUEEZE,
            smoothing: card_smoothing(enlargement),
            ..LineOptions::default()
        };
        // Which way up: a straightened card shows it by where its text is (the portrait's
        // corner has none); otherwise text read upside down comes out with lower confidence.
        // The outline or the deskew leave only 0 or 180 degrees to decide.
        let by_layout = found
            .is_some()
            .then(|| upside_down_by_layout(&boxes, card_image.dimensions()))
            .flatten();
        let turn = |image: &RgbImage, boxes: Vec<TextBox>| {
            let boxes = turned_over(boxes, image.dimensions());
            (rotate180(image), boxes)
        };
        if by_layout == Some(true) {
            (card_image, boxes) = turn(&card_image, boxes);
            rotation += 180.0;
        }
        if by_layout.is_some() {
            // Upright and straightened: the permission rows, the labels, the portrait and the
            // seal, which no field needs, go unread (a quarter of the recogniser's work).
            let size = card_image.dimensions();
            boxes.retain(|b| {
                !in_permission_rows(&b.quad, size) && !in_labels_or_pictures(&b.quad, size)
            });
        }
        watch.lap("orient");
        let mut texts = self.read_lines(&card_image, &boxes, options);
        watch.lap("recognise");
        if by_layout.is_none() && self.reads_better_flipped(&card_image, &texts, options) {
            (card_image, boxes) = turn(&card_image, boxes);
            rotation += 180.0;
            watch.lap("orient-by-reading");
            texts = self.read_lines(&card_image, &boxes, options);
            watch.lap("recognise-turned");
        }
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
        let mut lines: Vec<CardLine> = texts
            .into_iter()
            .map(|(quad, text)| {
                let r = quad.bounds();
                let bounds = Rect::new(
                    (r.x0 - text_bounds.x0) / text_bounds.width(),
                    (r.y0 - text_bounds.y0) / text_bounds.height(),
                    (r.x1 - text_bounds.x0) / text_bounds.width(),
                    (r.y1 - text_bounds.y0) / text_bounds.height(),
                );
                CardLine { text, bounds }
            })
            .collect();
        if lines.is_empty() {
            return Err(ScanError::NoText);
        }
        let mut card = card::read_front(&lines, today);
        watch.lap("fields");
        if card.nationality.is_none() && found.is_some() {
            // The detector boxed the label alone: read the rest of its cell, where the value is.
            if let Some((index, cell)) = card::unread_nationality_cell(&lines) {
                if let Ok(text) = self.read_card_part(&card_image, &cell, options) {
                    lines[index] = CardLine { text, bounds: cell };
                    card = card::read_front(&lines, today);
                }
                watch.lap("reread-cell");
            }
        }
        if found.is_some() {
            let aspect = card_image.height() as f32 / card_image.width() as f32;
            if let Some(cell) = card::nationality_value_cell(&lines, LINE_END_PADDING * aspect) {
                if let Ok(text) = self.read_card_part(&card_image, &cell, options) {
                    let alone = card::read_front(&[CardLine { text, bounds: cell }], today);
                    card.nationality =
                        card::surer_nationality(card.nationality.take(), alone.nationality);
                }
                watch.lap("read-nationality-cell");
            }
        }
        // Short cells the detector missed or garbled: read alone where the card prints them.
        // Both cells are placed from what the lines gave, not from each other's layout read.
        let sex_cell = card::sex_cell_by_layout(&card);
        let nationality_cell = card::nationality_cell_by_layout(&card);
        let read_sex = card.sex.is_none() && found.is_some();
        let read_nationality = card.nationality.is_none() && found.is_some();
        if read_sex || read_nationality {
            let cells: Vec<Rect> = [(read_sex, sex_cell), (read_nationality, nationality_cell)]
                .into_iter()
                .filter_map(|(wanted, cell)| wanted.then_some(cell))
                .collect();
            // The sex's two values weighed against each other however blurred; the
            // nationality's cell, read in the same run, gives up at most its four least likely
            // characters a step for them (no nationality changed on 600 hard photos).
            let options = LineOptions {
                watched: &card::SEX_CHARACTERS,
                ..options
            };
            let mut texts = self
                .read_card_parts(&card_image, &cells, options)
                .into_iter();
            if read_sex && let Some(Ok(text)) = texts.next() {
                card.sex = card::sex_in_cell(&CardLine {
                    text,
                    bounds: sex_cell,
                });
            }
            if read_nationality && let Some(Ok(text)) = texts.next() {
                card.nationality = card::nationality_in_cell(&CardLine {
                    text,
                    bounds: nationality_cell,
                });
            }
            watch.lap("read-cells-by-layout");
        }
        if found.is_some() {
            card = self.second_looks(card, &lines, &card_image, options, today);
            watch.lap("second-looks");
        }
        if let Some(korea) = card::korea_by_its_kuni(&lines, &card) {
            card.nationality = Some(korea);
        }
        if found.is_some()
            && let Some(cell) = card::unfinished_address_cell(&lines, &card)
        {
            // The detector boxed only part of the address: its whole cell, read as one line.
            if let Ok(text) = self.read_card_part(&card_image, &cell, options) {
                let alone = card::read_front(&[CardLine { text, bounds: cell }], today);
                card.address = card::fuller_address(card.address.take(), alone.address);
            }
            watch.lap("read-address-cell");
        }
        if card.card_number.is_none() && found.is_some() {
            // Run into the line before it (a certificate's `…RESIDENT CERT 番号`) and garbled
            // with it: read again from its corner alone, as card-number mode reads it.
            card.card_number = self
                .number_in_corner(&card_image, true, options.smoothing)
                .ok()
                .flatten();
            watch.lap("read-number-corner");
        }
        card.doubt_glared(|bounds| glare_beside(&card_image, text_bounds, bounds));
        card.doubt_unfinished_address();
        let card_density = found.as_ref().map(|quad| quad.width() / CARD_WIDTH_MM);
        Ok(CardScan {
            card,
            lines,
            area: text_bounds,
            quality: Quality {
                document_found: found.is_some(),
                pixels_per_mm: card_density,
                small: too_small(card_density, CARD_SMALL_BELOW),
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
        // The number is large print: the smaller card image is enough, and quicker.
        let (card_image, found, enlargement) = self.card_image(&photo, NUMBER_CARD_WIDTH);
        watch.lap("find-card");
        let straightened = found.is_some();
        let smoothing = card_smoothing(enlargement);
        let mut best = self.number_in_corner(&card_image, straightened, smoothing)?;
        if best.is_none() && straightened {
            // Upside down: the number is in the other corner.
            best = self.number_in_corner(&rotate180(&card_image), true, smoothing)?;
        }
        watch.lap("read");
        Ok(CardNumberScan {
            confidence: best.as_ref().map_or(0.0, |n| n.confidence),
            card_number: best.map(|n| n.value),
            timings: watch.stages,
        })
    }

    /// The card number read from the top right corner of a straightened card (or anywhere in
    /// `card` when it is not straightened): its lines detected there alone, the surest number
    /// kept, each read through `smoothing` (see [`LineOptions::smoothing`]). Bounds are 0–1 of
    /// `card`.
    fn number_in_corner(
        &self,
        card: &RgbImage,
        straightened: bool,
        smoothing: f32,
    ) -> Result<Option<CardField<String>>, ScanError> {
        // Lines are judged against the whole card: the number fills much of its corner.
        let card_size = card.dimensions();
        let (w, h) = card_size;
        let (x0, corner) = if straightened {
            let x0 = w * 45 / 100;
            let corner = image::imageops::crop_imm(card, x0, 0, w - x0, h * 17 / 100).to_image();
            (x0, Cow::Owned(corner))
        } else {
            (0, Cow::Borrowed(card))
        };
        let boxes = detect(&self.models.detector, &corner, 640)?;
        let lines: Vec<Quad> = boxes
            .iter()
            .filter(|b| is_line(b, card_size))
            .map(|b| b.quad)
            .collect();
        let options = LineOptions {
            smoothing,
            ..LineOptions::default()
        };
        let texts = self.models.recognizer.read_many(&corner, &lines, options);
        let mut best: Option<CardField<String>> = None;
        for (quad, text) in lines.iter().zip(texts) {
            let Ok(text) = text else {
                continue;
            };
            let normalised = crate::normalize::normalize(&text.text);
            let Some((number, changes)) = card::card_number_in_line(&text, &normalised) else {
                continue;
            };
            let confidence = text.min_confidence() * (1.0 - 0.15 * changes as f32);
            if best.as_ref().is_none_or(|n| confidence > n.confidence) {
                let r = quad.bounds();
                best = Some(CardField {
                    value: number,
                    text: normalised,
                    confidence,
                    bounds: Rect::new(
                        (r.x0 + x0 as f32) / w as f32,
                        r.y0 / h as f32,
                        (r.x1 + x0 as f32) / w as f32,
                        r.y1 / h as f32,
                    ),
                });
            }
        }
        Ok(best)
    }

    /// The card straightened to `width` × `width / CARD_ASPECT` when its outline is found, else
    /// the whole photo reduced to 1280 pixels on its longer side; with the outline, and the
    /// image's pixels per pixel of the photo.
    fn card_image(&self, photo: &RgbImage, width: u32) -> (RgbImage, Option<Quad>, f32) {
        let height = (width as f32 / CARD_ASPECT).round() as u32;
        if let Some(quad) = document::find_document(photo, CARD_ASPECT)
            && let Some(card) = document::straighten(photo, &quad, width, height)
        {
            let enlargement = width as f32 / quad.width().max(1.0);
            return (card, Some(quad), enlargement);
        }
        let (w, h) = photo.dimensions();
        let scale = (1280.0 / w.max(h) as f32).min(1.0);
        let reduced = resized(photo, (w as f32 * scale) as u32, (h as f32 * scale) as u32);
        (reduced, None, scale)
    }

    /// Detects lines, deskewing the photo first when the card's outline was not found.
    fn detect_lines(
        &self,
        image: RgbImage,
        straightened: bool,
    ) -> Result<(RgbImage, Vec<TextBox>, f32), ScanError> {
        let mut image = image;
        let side = if straightened {
            CARD_DETECT_SIDE
        } else {
            PHOTO_DETECT_SIDE
        };
        let mut boxes = detect(&self.models.detector, &image, side)?;
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
            boxes = detect(&self.models.detector, &image, side)?;
            rotation = -angle;
        }
        Ok((image, boxes, rotation))
    }

    /// Reads a part of the straightened card (0–1 of its width and height) as one line, with
    /// room at both ends like the detected lines.
    fn read_card_part(
        &self,
        card_image: &RgbImage,
        part: &Rect,
        options: LineOptions<'_>,
    ) -> Result<RecognizedText, OcrError> {
        self.read_card_parts(card_image, std::slice::from_ref(part), options)
            .pop()
            .unwrap_or(Err(OcrError::UnexpectedOutput))
    }

    /// [`Scanner::read_card_part`] for several parts at once (read side by side).
    fn read_card_parts(
        &self,
        card_image: &RgbImage,
        parts: &[Rect],
        options: LineOptions<'_>,
    ) -> Vec<Result<RecognizedText, OcrError>> {
        let (w, h) = (card_image.width() as f32, card_image.height() as f32);
        let quads: Vec<Quad> = parts
            .iter()
            .map(|part| {
                let quad = Quad::from_rect(&Rect::new(
                    part.x0 * w,
                    part.y0 * h,
                    part.x1 * w,
                    part.y1 * h,
                ));
                quad.expanded(quad.height() * LINE_END_PADDING, 0.0)
            })
            .collect();
        self.models
            .recognizer
            .read_many(card_image, &quads, options)
    }

    /// The card with the fields it lacks read again from the lines printed where they are
    /// (see [`card::lines_of_missing_fields`]), at each of [`SECOND_LOOKS`] in turn while
    /// some are missing: a line the recogniser garbled at one width or blur often reads at
    /// another. Only missing fields are taken from a second look, so a field
    /// already read is never changed.
    fn second_looks(
        &self,
        mut card: CardFront,
        lines: &[CardLine],
        card_image: &RgbImage,
        options: LineOptions<'_>,
        today: CivilDate,
    ) -> CardFront {
        for (squeeze, blur) in SECOND_LOOKS {
            let again = card::lines_of_missing_fields(lines, &card);
            if again.is_empty() {
                break;
            }
            let options = LineOptions {
                squeeze,
                smoothing: options.smoothing * blur,
                ..options
            };
            let mut second = lines.to_vec();
            let parts: Vec<Rect> = again.iter().map(|&i| lines[i].bounds).collect();
            let texts = self.read_card_parts(card_image, &parts, options);
            for (i, text) in again.into_iter().zip(texts) {
                if let Ok(text) = text {
                    second[i].text = text;
                }
            }
            card = card::with_missing_fields(card, card::read_front(&second, today));
        }
        card
    }

    /// Recognises every box that looks like a line of text.
    fn read_lines(
        &self,
        image: &RgbImage,
        boxes: &[TextBox],
        options: LineOptions<'_>,
    ) -> Vec<(Quad, RecognizedText)> {
        let lines: Vec<Quad> = boxes
            .iter()
            .filter(|b| is_line(b, image.dimensions()))
            .map(|b| b.quad)
            .collect();
        // Room at both ends: CTC drops a character cut at the crop's edge.
        let padded: Vec<Quad> = lines
            .iter()
            .map(|q| q.expanded(q.height() * LINE_END_PADDING, 0.0))
            .collect();
        let texts = self.models.recognizer.read_many(image, &padded, options);
        lines
            .into_iter()
            .zip(texts)
            .filter_map(|(quad, text)| Some((quad, text.ok()?)))
            .collect()
    }

    /// Whether the widest lines, already read as they stand, read better turned over: their
    /// starts are read upside down and the confidences compared.
    fn reads_better_flipped(
        &self,
        image: &RgbImage,
        read: &[(Quad, RecognizedText)],
        options: LineOptions<'_>,
    ) -> bool {
        let mut widest: Vec<&(Quad, RecognizedText)> = read.iter().collect();
        widest.sort_by(|a, b| b.0.width().total_cmp(&a.0.width()));
        let widest = &widest[..widest.len().min(3)];
        let upright: f32 = widest.iter().map(|(_, text)| mean_confidence(text)).sum();
        let parts: Vec<Quad> = widest
            .iter()
            .map(|(quad, _)| leading_part(quad, ORIENTATION_SEGMENT).rotated_180())
            .collect();
        let flipped: f32 = self
            .models
            .recognizer
            .read_many(image, &parts, options)
            .iter()
            .map(|t| t.as_ref().map_or(0.0, mean_confidence))
            .sum();
        flipped > upright
    }
}

/// The blur a card's lines are read through (see [`LineOptions::smoothing`]), in pixels of
/// the card image that is `enlargement` times the photo: [`PHOTO_SMOOTHING`] of the photo's
/// pixels when the card was enlarged to be read. A card photographed larger than it is read
/// was reduced, its JPEG blocks and noise with it, and its condensed print (a long address's
/// 長体) only loses detail to more blur.
fn card_smoothing(enlargement: f32) -> f32 {
    if enlargement > 1.0 {
        PHOTO_SMOOTHING * enlargement
    } else {
        0.0
    }
}

/// The MRZ character a recogniser label stands for: itself, or the MRZ character it is a
/// look-alike of (OCR-B `I` reads as `工`, `<` as `く`, full-width and lower-case forms), or
/// `None` for a label that is no evidence for any one MRZ character.
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
        // The recogniser gives OCR-B's E as `m` in small print (`LEE` read `LME`), and its M
        // too: a vote for neither. Lower-case letters otherwise stand for their capitals.
        'm' => return None,
        'a'..='z' => c.to_ascii_uppercase(),
        '工' | 'エ' | '丨' | '|' | 'Ι' | 'І' => 'I',
        'く' | '〈' | '«' | '‹' | '≤' => '<',
        'О' | 'Ο' | '〇' | '○' => 'O',
        // Cyrillic and Greek capitals (JIS X 0208 has both) that are Latin letters' twins.
        'А' | 'Α' => 'A',
        'В' | 'Β' => 'B',
        'Е' | 'Ε' => 'E',
        'Ζ' => 'Z',
        'Н' | 'Η' => 'H',
        'К' | 'Κ' => 'K',
        'М' | 'Μ' => 'M',
        'Ν' => 'N',
        'Р' | 'Ρ' => 'P',
        'С' => 'C',
        'Т' | 'Τ' => 'T',
        'У' | 'Υ' => 'Y',
        'Х' | 'Χ' => 'X',
        // Symbols and small Greek letters the dictionary holds, which the recogniser gives
        // for OCR-B's capitals: on clean pages `U` split with `∪` (0.53/0.42), `Y` lost to
        // `γ` (0.21/0.77), `J` to `∫`, `E` to `∈` (`√` and `∨`: see `mrz_undecided`).
        '∪' => 'U',
        '∈' => 'E',
        '∫' => 'J',
        'γ' => 'Y',
        'κ' => 'K',
        'τ' => 'T',
        _ => c,
    };
    MRZ_ALPHABET.contains(mapped).then_some(mapped)
}

/// The MRZ characters a recogniser label is evidence for without telling which: its `m`
/// (and `ｍ`), read for OCR-B's `E` and `M` alike, `√` for `J` and `V`, `∨` and `ν` for `U`
/// and `V`. Not a vote between them (counted for `V`, `√` turned `JONES` into `VONES`), but
/// what makes the one read sure where the other cannot stand (a sex of `M`), or where the
/// recogniser tells them apart by their own probabilities.
fn mrz_undecided(label: &str) -> &'static [char] {
    match label {
        "m" | "ｍ" => &['E', 'M'],
        "√" => &['J', 'V'],
        "∨" | "ν" => &['U', 'V'],
        _ => &[],
    }
}

/// The start of a line, at most `heights` line heights long (the whole line when shorter).
fn leading_part(quad: &Quad, heights: f32) -> Quad {
    let length = quad.height() * heights;
    let width = quad.width();
    if width <= length {
        return *quad;
    }
    quad.cells(0.0, length / width, 1)
}

/// A reading of a machine-readable zone, and how it was found.
struct ZoneRead {
    mrz: Mrz,
    /// Of the zone's lines, degrees.
    angle: f32,
    zone: Vec<Quad>,
    /// The recogniser's mean confidence over the zone's characters (line by line): the names,
    /// which no check digit covers, count as much as the rest.
    certainty: f32,
    /// The lines as recognised, and how they were parsed.
    texts: Vec<RecognizedText>,
    parse: ZoneParser,
}

impl ZoneRead {
    /// The zone of recognised `texts` read along `lines`, if they parse as one.
    fn parsed(
        texts: Vec<RecognizedText>,
        lines: &[Quad],
        today: CivilDate,
        parse: ZoneParser,
    ) -> Option<ZoneRead> {
        let mrz = parse(&texts, today).ok()?;
        let angle = lines
            .first()
            .map_or(0.0, |q| q.angle().to_degrees().rem_euclid(360.0));
        let certainty = texts.iter().map(mean_confidence).sum::<f32>() / texts.len().max(1) as f32;
        Some(ZoneRead {
            mrz,
            angle,
            zone: lines.to_vec(),
            certainty,
            texts,
            parse,
        })
    }
}

/// What [`Scanner::find_zone`] found: the zone read best, and the boxes of the last search of
/// the whole photo (not of a zone's surroundings).
struct ZoneSearch {
    read: Option<ZoneRead>,
    whole_photo_boxes: Option<Vec<TextBox>>,
}

/// How a zone's recognised lines are parsed: [`mrz::parse`], or [`mrz::parse_blurred`].
type ZoneParser = fn(&[RecognizedText], CivilDate) -> Result<Mrz, MrzError>;

/// Passed checks first, then how sure the recogniser was.
fn score(read: &ZoneRead) -> (usize, u32) {
    let mrz = &read.mrz;
    let passed = [
        mrz.document_number.check,
        mrz.birth_date.check,
        mrz.expiry_date.check,
        mrz.composite_check,
    ]
    .iter()
    .filter(|c| c.passed())
    .count();
    (passed, (read.certainty * 1000.0) as u32)
}

/// Whether a zone is worth a second reading: a check digit repaired or failing, or a name
/// read under [`SECOND_LOOK_NAMES_BELOW`].
fn zone_in_doubt(mrz: &Mrz) -> bool {
    !mrz.checks_pass_unrepaired()
        || mrz.surname.confidence < SECOND_LOOK_NAMES_BELOW
        || mrz.given_names.confidence < SECOND_LOOK_NAMES_BELOW
}

/// Two readings of one zone's lines made one: of every way of taking each line from either
/// reading, the one [`merge_rank`] puts first (the names from the surer reading, the data
/// line from the one whose check digits agree, as read if either does). A number the two
/// readings give differently, each agreeing with its check digit, is settled by neither
/// ([`Mrz::number_disputed`]): the page's printed number is looked for, and without it the
/// review screen asks.
fn merged_readings(first: ZoneRead, second: &ZoneRead, today: CivilDate) -> ZoneRead {
    let lines = first.texts.len();
    if second.texts.len() != lines || lines > 3 {
        return first;
    }
    let first_number = first.mrz.document_number.clone();
    let first_texts = first.texts.clone();
    let mut best = first;
    for mixed in 1..(1usize << lines) {
        let texts = (0..lines)
            .map(|i| {
                let from = if mixed & (1 << i) == 0 {
                    &first_texts
                } else {
                    &second.texts
                };
                from[i].clone()
            })
            .collect();
        if let Some(candidate) = ZoneRead::parsed(texts, &best.zone, today, best.parse)
            && merge_rank(&candidate) > merge_rank(&best)
        {
            best = candidate;
        }
    }
    let second_number = &second.mrz.document_number;
    best.mrz.number_disputed |= second_number.value != first_number.value
        && second_number.check.passed()
        && first_number.check.passed();
    best
}

/// [`score`], with check digits that agree as read counted apart from repaired ones (between
/// two readings of one zone, a repair is a guess the other reading may not need), then how
/// surely the names were read, which no check digit covers.
fn merge_rank(read: &ZoneRead) -> (usize, usize, u32, u32) {
    let (passed, certainty) = score(read);
    let mrz = &read.mrz;
    let unrepaired = mrz
        .checks()
        .iter()
        .filter(|&&c| c == CheckStatus::Valid)
        .count();
    let names = (mrz.surname.confidence + mrz.given_names.confidence) * 500.0;
    (passed, unrepaired, names as u32, certainty)
}

fn mean_confidence(text: &RecognizedText) -> f32 {
    if text.confidences.is_empty() {
        return 0.0;
    }
    text.confidences.iter().sum::<f32>() / text.confidences.len() as f32
}

/// The boxes of a `w` × `h` picture as they stand in it turned by 180 degrees.
fn turned_over(boxes: Vec<TextBox>, (w, h): (u32, u32)) -> Vec<TextBox> {
    let (w, h) = (w as f32, h as f32);
    boxes
        .into_iter()
        .map(|b| TextBox {
            quad: b.quad.map(|(x, y)| (w - x, h - y)).rotated_180(),
            score: b.score,
        })
        .collect()
}

/// Least width / height of a line counted as one of the card's labels (在留資格, 就労制限の有無,
/// 在留期間: four characters and more) when the layout tells which way up the card is.
const LABEL_ASPECT: f32 = 2.5;

/// Whether a straightened card is upside down, judged by where its lines are: the card's
/// portrait (right, below the number) holds no label (the face's outline may pass for a short
/// line) while several run through the labels' column (left); turned over, the two corners
/// swap. `None` when the lines show neither.
fn upside_down_by_layout(boxes: &[TextBox], (w, h): (u32, u32)) -> Option<bool> {
    let labels = |(x0, x1, y0, y1): (f32, f32, f32, f32)| {
        boxes
            .iter()
            .filter(|b| is_line(b, (w, h)) && b.quad.width() >= b.quad.height() * LABEL_ASPECT)
            .filter(|b| {
                let r = b.quad.bounds();
                let (left, right) = (r.x0 / w as f32, r.x1 / w as f32);
                let middle = r.center().1 / h as f32;
                left < x1 && right > x0 && (y0..=y1).contains(&middle)
            })
            .count()
    };
    // Inside the portrait's frame (x 0.73–0.96, y 0.17–0.67 of the card), with a margin.
    let portrait = (0.76, 0.94, 0.22, 0.62);
    let portrait_turned = (
        1.0 - portrait.1,
        1.0 - portrait.0,
        1.0 - portrait.3,
        1.0 - portrait.2,
    );
    match (labels(portrait), labels(portrait_turned)) {
        (0, labels) if labels >= 3 => Some(false),
        (labels, 0) if labels >= 3 => Some(true),
        _ => None,
    }
}

/// Whether a line of an upright, straightened card lies in its permission rows (許可の種類,
/// 許可年月日 and 交付年月日, 0.73–0.82 of the card's height, left of the seal), which hold
/// none of the fields read.
fn in_permission_rows(quad: &Quad, (w, h): (u32, u32)) -> bool {
    let (x, y) = quad.center();
    let (x, y) = (x / w as f32, y / h as f32);
    (0.725..=0.83).contains(&y) && x < 0.75
}

/// Whether a line of an upright, straightened card is one of its labels (氏名 to 住居地, and
/// 就労制限の有無 and 在留期間 in the labels' column, left) or lies in its portrait or seal
/// (right, below the number): fixed print, or no print, that no field is read from. The
/// status's value, in the column's gap between its label and the work restriction's, is kept,
/// and so is a line starting where values start (a label run into its value, or a card
/// straightened a little off).
fn in_labels_or_pictures(quad: &Quad, (w, h): (u32, u32)) -> bool {
    let bounds = quad.bounds();
    let (x0, x1) = (bounds.x0 / w as f32, bounds.x1 / w as f32);
    let (x, y) = quad.center();
    let (x, y) = (x / w as f32, y / h as f32);
    let label =
        x0 < 0.045 && x1 < 0.17 && ((0.10..=0.445).contains(&y) || (0.545..=0.725).contains(&y));
    let picture = x > 0.76 && (0.14..=0.9).contains(&y);
    label || picture
}

/// A text line worth reading in a `w` × `h` picture: not a speck, not the photo.
fn is_line(b: &TextBox, (w, h): (u32, u32)) -> bool {
    let area = b.quad.width() * b.quad.height();
    b.quad.height() >= 6.0
        && b.quad.width() >= b.quad.height() * 0.8
        && area < (w * h) as f32 * 0.12
}

/// Runs the detector on the part of `photo` around `zone` (lines found before), at the pixel
/// density of a whole-photo search at `side`: a search a fraction of the cost of the whole page.
/// The boxes are in the photo's coordinates.
fn detect_around(
    detector: &rten::Model,
    photo: &RgbImage,
    zone: &[Quad],
    side: u32,
) -> Result<Vec<TextBox>, OcrError> {
    let (width, height) = photo.dimensions();
    match zone_surroundings(zone, width, height) {
        Some(area) => detect_in(detector, photo, area, side),
        None => detect(detector, photo, side),
    }
}

/// Runs the detector on `area` of `photo` at the pixel density of a whole-photo search at
/// `side`. The boxes are in the photo's coordinates.
fn detect_in(
    detector: &rten::Model,
    photo: &RgbImage,
    area: Rect,
    side: u32,
) -> Result<Vec<TextBox>, OcrError> {
    let (width, height) = photo.dimensions();
    let (x, y) = (area.x0 as u32, area.y0 as u32);
    let (w, h) = (area.width() as u32, area.height() as u32);
    let crop = image::imageops::crop_imm(photo, x, y, w, h).to_image();
    let scale = side as f32 / width.max(height) as f32;
    let crop_side = ((w.max(h) as f32 * scale).round() as u32).max(32);
    let offset = |(px, py): (f32, f32)| (px + x as f32, py + y as f32);
    Ok(detect(detector, &crop, crop_side)?
        .into_iter()
        .map(|b| TextBox {
            quad: b.quad.map(offset),
            ..b
        })
        .collect())
}

/// The passport page's outline in `photo` and the page straightened to [`PAGE_WIDTH`] (long
/// side on top, either way up: the zone's reading decides).
fn straightened_page(photo: &RgbImage) -> Option<(Quad, RgbImage)> {
    let quad = document::find_document(photo, TD3_PAGE_ASPECT)?;
    let height = (PAGE_WIDTH as f32 / TD3_PAGE_ASPECT).round() as u32;
    let page = document::straighten(photo, &quad, PAGE_WIDTH, height)?;
    Some((quad, page))
}

/// The whole-pixel rectangle of a `width` × `height` photo that holds `zone` grown by a quarter
/// of its lines' length along the text (a line found cut short) and by two line heights across
/// it; `None` for no zone or an empty rectangle.
fn zone_surroundings(zone: &[Quad], width: u32, height: u32) -> Option<Rect> {
    let line_height = zone.iter().map(Quad::height).fold(0.0, f32::max);
    let union = zone
        .iter()
        .map(|q| q.expanded(q.width() * 0.25, line_height * 2.0).bounds())
        .reduce(|a, b| a.union(&b))?;
    inside_photo(union, width, height)
}

/// Photo pixels per millimetre of a page whose zone in `format` was found as `zone` (the last
/// of its quads are the zone's lines; the detector's boxes hold the characters and little
/// more).
fn zone_pixels_per_mm(zone: &[Quad], format: MrzFormat) -> f32 {
    let lines = &zone[zone.len().saturating_sub(format.line_count())..];
    let mean_width = lines.iter().map(Quad::width).sum::<f32>() / lines.len().max(1) as f32;
    mean_width / (format.line_length() as f32 * MRZ_CHARACTER_MM)
}

/// Which cells of each of the zone's `lines` (as parsed) lie under glare in `photo`. The
/// parse keeps the last of the lines read, so they are matched to the last of the `zone`'s
/// quads; empty when the two do not pair up.
fn zone_glare(photo: &RgbImage, zone: &[Quad], lines: &[String]) -> Vec<Vec<bool>> {
    let quads = &zone[zone.len().saturating_sub(lines.len())..];
    if quads.len() != lines.len() {
        return Vec::new();
    }
    quads
        .iter()
        .zip(lines)
        .map(|(quad, line)| document::glared_cells(photo, quad, line.chars().count()))
        .collect()
}

/// For each of the `sought` lengths (in characters), the few lines whose proportions come
/// closest to a line of that many capitals: only they are read. Each index once.
fn likeliest_lines(lines: &[Quad], sought: &[usize]) -> Vec<Quad> {
    let mut picked: Vec<usize> = Vec::new();
    for &length in sought {
        let expected = (CAPITAL_ASPECT * length as f32 + LINE_ASPECT_PAD).ln();
        let mut order: Vec<usize> = (0..lines.len()).collect();
        let misfit = |i: usize| {
            let q = &lines[i];
            ((q.width() / q.height().max(1.0)).max(1e-3).ln() - expected).abs()
        };
        order.sort_by(|&a, &b| misfit(a).total_cmp(&misfit(b)));
        for i in order.into_iter().take(LINES_PER_FIELD) {
            if !picked.contains(&i) {
                picked.push(i);
            }
        }
    }
    picked.into_iter().map(|i| lines[i]).collect()
}

/// Where the page prints its names and number, as a whole-pixel rectangle of the photo: above
/// the zone (along its reading direction), right of the portrait, clear of the last fields
/// just above the zone ([`PRINTED_AREA_START`], [`PRINTED_AREA_NEAR`], [`PRINTED_AREA_FAR`]);
/// with the zone's angle and line height. `None` for no zone or no room above it.
fn printed_area(zone: &[Quad], width: u32, height: u32) -> Option<(Rect, f32, f32)> {
    let angle = zone.first()?.angle();
    let extents: Vec<Extent> = zone.iter().map(|q| Extent::of(q, angle)).collect();
    let u0 = extents.iter().map(|e| e.u0).fold(f32::INFINITY, f32::min);
    let u1 = extents
        .iter()
        .map(|e| e.u1)
        .fold(f32::NEG_INFINITY, f32::max);
    let top = extents.iter().map(|e| e.v0).fold(f32::INFINITY, f32::min);
    let line_height = extents.iter().map(Extent::height).fold(0.0, f32::max);
    let zone_width = u1 - u0;
    let above = Extent {
        u0: u0 + zone_width * PRINTED_AREA_START,
        u1,
        v0: top - zone_width * PRINTED_AREA_FAR,
        v1: top - zone_width * PRINTED_AREA_NEAR,
    };
    let area = inside_photo(above.quad(angle).bounds(), width, height)?;
    Some((area, angle, line_height))
}

/// The whole pixels of `bounds` inside a `width` × `height` photo; `None` when that leaves
/// too little to search.
fn inside_photo(bounds: Rect, width: u32, height: u32) -> Option<Rect> {
    let area = Rect::new(
        bounds.x0.max(0.0).floor(),
        bounds.y0.max(0.0).floor(),
        bounds.x1.min(width as f32).ceil(),
        bounds.y1.min(height as f32).ceil(),
    );
    (area.width() >= 8.0 && area.height() >= 8.0).then_some(area)
}

/// The lines of a machine-readable zone: the longest text row and the rows parallel to it
/// below or above at line spacing. Rows the detector found only in pieces (a filler run or a
/// glare spot splits them) are joined and stretched to the zone's width, which every line
/// shares. Top to bottom in reading direction, at most three. The longest row must be at
/// least `least_aspect` times as long as it is high ([`ZONE_LINE_ASPECT`]).
fn mrz_lines(boxes: &[TextBox], least_aspect: f32) -> Vec<Quad> {
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
    if longest.width() < longest.height() * least_aspect {
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

/// Whether glare lies on a field's text or within one line height of either end of it (where
/// the rest of a value cut short would be). `bounds` is in 0–1 of `area`, a part of `image`.
fn glare_beside(image: &RgbImage, area: Rect, bounds: &Rect) -> bool {
    let to_image = |x: f32, y: f32| (area.x0 + x * area.width(), area.y0 + y * area.height());
    let (x0, y0) = to_image(bounds.x0, bounds.y0);
    let (x1, y1) = to_image(bounds.x1, bounds.y1);
    let height = (y1 - y0).max(1.0);
    let around = Rect::new(x0 - height, y0, x1 + height, y1);
    let cells = (around.width() / height).round().max(1.0) as usize;
    document::glared_cells(image, &Quad::from_rect(&around), cells)
        .into_iter()
        .any(|glared| glared)
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
    let empty = Rect::new(
        f32::INFINITY,
        f32::INFINITY,
        f32::NEG_INFINITY,
        f32::NEG_INFINITY,
    );
    let extent = boxes
        .iter()
        .fold(empty, |extent, b| extent.union(&b.quad.bounds()));
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
    Ok(resized(
        &rgb,
        (image.width as f32 * scale) as u32,
        (image.height as f32 * scale) as u32,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zones_lines_give_the_pages_density() {
        // Two 44-character lines 894 px long: 111.76 mm of OCR-B, 8 px per mm.
        let line = |y: f32| Quad {
            points: [(100.0, y), (994.0, y), (994.0, y + 30.0), (100.0, y + 30.0)],
        };
        // A stray line before the zone is not measured.
        let stray = Quad {
            points: [(0.0, 0.0), (50.0, 0.0), (50.0, 30.0), (0.0, 30.0)],
        };
        let density = zone_pixels_per_mm(&[stray, line(500.0), line(540.0)], MrzFormat::Td3);
        assert!((density - 8.0).abs() < 0.01, "{density}");
        assert!(!too_small(Some(density), PAGE_SMALL_BELOW));
        assert!(too_small(Some(density), CARD_SMALL_BELOW));
        // No size found: nothing to advise.
        assert!(!too_small(None, CARD_SMALL_BELOW));
        assert_eq!(zone_pixels_per_mm(&[], MrzFormat::Td3), 0.0);
    }

    #[test]
    fn a_cards_layout_shows_which_way_up_it_is() {
        let line = |x0: f32, y0: f32, x1: f32| TextBox {
            quad: Quad {
                points: [(x0, y0), (x1, y0), (x1, y0 + 20.0), (x0, y0 + 20.0)],
            },
            score: 0.9,
        };
        let size = (1000, 630);
        // Number top right, then label/value rows on the left, the portrait's corner empty.
        let upright = vec![
            line(600.0, 30.0, 950.0),
            line(40.0, 120.0, 600.0),
            line(40.0, 260.0, 500.0),
            line(40.0, 330.0, 600.0),
            line(40.0, 400.0, 500.0),
            line(40.0, 470.0, 600.0),
        ];
        let turned = turned_over(upright.clone(), size);
        assert_eq!(upside_down_by_layout(&upright, size), Some(false));
        assert_eq!(upside_down_by_layout(&turned, size), Some(true));
        // Text everywhere (not a card face as printed): left to reading.
        let mut crowded = upright.clone();
        crowded.extend(turned);
        assert_eq!(upside_down_by_layout(&crowded, size), None);
        // A special permanent resident certificate (no rows below the address) whose face
        // outline the detector boxed: squarish boxes in the portrait are no labels.
        let box_at = |x0: f32, y0: f32, side: f32| TextBox {
            quad: Quad::from_rect(&crate::geometry::Rect::new(
                x0,
                y0,
                x0 + side * 1.4,
                y0 + side,
            )),
            score: 0.6,
        };
        let mut certificate = upright[..2].to_vec();
        certificate.extend([
            box_at(800.0, 250.0, 40.0),
            box_at(820.0, 300.0, 50.0),
            box_at(790.0, 330.0, 30.0),
        ]);
        assert_eq!(upside_down_by_layout(&certificate, size), None);
        // A residence card whose face the detector boxed in its portrait: still upright, and
        // still turned over when it is (a dark photo's confidences were no guide).
        let face = box_at(790.0, 130.0, 140.0);
        let mut boxed_face = upright.clone();
        boxed_face.push(face);
        assert_eq!(upside_down_by_layout(&boxed_face, size), Some(false));
        let boxed_face_turned = turned_over(boxed_face, size);
        assert_eq!(upside_down_by_layout(&boxed_face_turned, size), Some(true));
        assert_eq!(upside_down_by_layout(&[], size), None);
        // The permission rows (and only they) are left unread.
        let row = |y: f32| line(40.0, y * 630.0 - 10.0, 600.0).quad;
        assert!(in_permission_rows(&row(0.75), size));
        assert!(in_permission_rows(&row(0.8), size));
        assert!(!in_permission_rows(&row(0.66), size));
        assert!(!in_permission_rows(&row(0.9), size));
        // The labels' column, the portrait and the seal are left unread; values are not.
        let at = |x0: f32, y: f32, x1: f32| line(x0 * 1000.0, y * 630.0 - 10.0, x1 * 1000.0).quad;
        let unread = |x0: f32, y: f32, x1: f32| in_labels_or_pictures(&at(x0, y, x1), size);
        assert!(unread(0.03, 0.25, 0.1), "生年月日");
        assert!(unread(0.03, 0.34, 0.08), "住居地");
        assert!(unread(0.03, 0.67, 0.16), "在留期間(満了日)");
        assert!(unread(0.8, 0.85, 0.88), "the seal");
        assert!(unread(0.8, 0.4, 0.9), "the portrait");
        assert!(!unread(0.03, 0.34, 0.45), "住居地 run into the address");
        assert!(!unread(0.05, 0.48, 0.11), "a short status");
        assert!(
            !unread(0.056, 0.44, 0.146),
            "a short status, the card straightened high"
        );
        assert!(!unread(0.11, 0.25, 0.24), "the birth date");
        assert!(!unread(0.62, 0.05, 0.82), "the card number");
        assert!(!unread(0.61, 0.25, 0.72), "the nationality");
    }

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
    fn leading_part_is_the_start_of_the_line() {
        let quad = Quad::from_rect(&Rect::new(10.0, 20.0, 410.0, 40.0));
        let part = leading_part(&quad, 5.0);
        assert_eq!(part.points[0], (10.0, 20.0));
        assert!((part.width() - 100.0).abs() < 1e-3);
        assert!((part.height() - 20.0).abs() < 1e-3);
        // Upside down, the same pixels are read from the other end.
        let turned = leading_part(&quad.rotated_180(), 5.0);
        assert_eq!(turned.points[0], (410.0, 40.0));
        let short = Quad::from_rect(&Rect::new(0.0, 0.0, 50.0, 20.0));
        assert_eq!(leading_part(&short, 5.0), short);
    }

    #[test]
    fn glare_on_or_beside_a_field_is_seen() {
        // A grey card 1000 × 600 with a white spot at x 560–640 on the name's row (y 80–120).
        let mut card = RgbImage::from_pixel(1000, 600, Rgb([200, 200, 200]));
        for y in 80..120 {
            for x in 560..640 {
                card.put_pixel(x, y, Rgb([255, 255, 255]));
            }
        }
        let area = Rect::new(0.0, 0.0, 1000.0, 600.0);
        // The name ends 20 px (half a line height) before the spot: cut short by it, maybe.
        let name = Rect::new(0.1, 80.0 / 600.0, 0.54, 120.0 / 600.0);
        assert!(glare_beside(&card, area, &name));
        // Under it.
        let under = Rect::new(0.5, 80.0 / 600.0, 0.7, 120.0 / 600.0);
        assert!(glare_beside(&card, area, &under));
        // Two line heights before it, or on another row: clear.
        let before = Rect::new(0.1, 80.0 / 600.0, 0.48, 120.0 / 600.0);
        assert!(!glare_beside(&card, area, &before));
        let below = Rect::new(0.5, 0.3, 0.7, 0.35);
        assert!(!glare_beside(&card, area, &below));
    }

    #[test]
    fn the_card_number_is_a_line_in_its_corner() {
        // The number fills a fifth of the corner crop but a sliver of the card.
        let number = TextBox {
            quad: Quad::from_rect(&Rect::new(170.0, 20.0, 390.0, 58.0)),
            score: 0.9,
        };
        assert!(is_line(&number, (1024, 646)));
        assert!(!is_line(&number, (564, 109)));
    }

    #[test]
    fn recogniser_labels_stand_for_mrz_characters() {
        assert_eq!(mrz_target("P"), Some('P'));
        assert_eq!(mrz_target("p"), Some('P'));
        assert_eq!(mrz_target("Ｋ"), Some('K'));
        assert_eq!(mrz_target("工"), Some('I'));
        assert_eq!(mrz_target("く"), Some('<'));
        assert_eq!(mrz_target("Е"), Some('E'));
        assert_eq!(mrz_target("∪"), Some('U'));
        assert_eq!(mrz_target("γ"), Some('Y'));
        // Read for OCR-B's E and M alike.
        assert_eq!(mrz_target("m"), None);
        assert_eq!(mrz_target("ｍ"), None);
        assert_eq!(mrz_target("あ"), None);
        assert_eq!(mrz_target("ab"), None);
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
        let lines = mrz_lines(&boxes, ZONE_LINE_ASPECT);
        assert_eq!(lines.len(), 2);
        assert!(lines[0].center().1 < lines[1].center().1);
    }

    #[test]
    fn a_blurred_zone_boxed_tall_is_found_only_when_sought_as_one() {
        // Lines 11 times as long as high, as a blurred zone's are boxed.
        let line = |y: f32| TextBox {
            quad: Quad::from_rect(&Rect::new(10.0, y, 560.0, y + 50.0)),
            score: 0.9,
        };
        let boxes = vec![line(300.0), line(370.0)];
        assert!(mrz_lines(&boxes, ZONE_LINE_ASPECT).is_empty());
        assert_eq!(mrz_lines(&boxes, BLURRED_ZONE_LINE_ASPECT).len(), 2);
    }

    fn today() -> CivilDate {
        CivilDate::new(2026, 11, 22).unwrap_or_else(|| unreachable!())
    }

    /// A TD3 zone read with `names_sure` over its names line and `data_sure` over its data line.
    fn zone_reading(names: &str, names_sure: f32, data: &str, data_sure: f32) -> ZoneRead {
        let text = |line: &str, sure: f32| {
            RecognizedText::new(line.to_owned(), vec![sure; line.chars().count()])
        };
        let quad = |y: f32| Quad::from_rect(&Rect::new(0.0, y, 880.0, y + 20.0));
        ZoneRead::parsed(
            vec![text(names, names_sure), text(data, data_sure)],
            &[quad(0.0), quad(30.0)],
            today(),
            mrz::parse,
        )
        .unwrap_or_else(|| panic!("{names} / {data} parse"))
    }

    const SPECIMEN_NAMES: &str = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    const SPECIMEN_DATA: &str = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";

    #[test]
    fn two_readings_of_a_zone_give_the_surer_names_and_the_agreeing_data_line() {
        // The first reading's names are garbled and unsure, its data line agrees with every
        // check digit; the second's names are surer, but a birth date digit is misread.
        let first = zone_reading(
            "P<UTOERIKSSCN<<ANMA<MARIA<<<<<<<<<<<<<<<<<<<",
            0.3,
            SPECIMEN_DATA,
            0.99,
        );
        let second = zone_reading(
            SPECIMEN_NAMES,
            0.7,
            "L898902C36UTO7408172F1204159ZE184226B<<<<<10",
            0.9,
        );
        assert!(!second.mrz.checks_pass());
        let merged = merged_readings(first, &second, today());
        assert_eq!(merged.mrz.surname.value, "ERIKSSON");
        assert_eq!(merged.mrz.given_names.value, "ANNA MARIA");
        assert!(merged.mrz.checks_pass_unrepaired());
        assert_eq!(
            merged.mrz.birth_date.value,
            CivilDate::parse_iso("1974-08-12")
        );
        assert!(!merged.mrz.number_disputed);
        // Surer names in the first reading stay.
        let sure = zone_reading(SPECIMEN_NAMES, 0.95, SPECIMEN_DATA, 0.99);
        let unsure = zone_reading(
            "P<UTOERIKSSCN<<ANMA<MARIA<<<<<<<<<<<<<<<<<<<",
            0.6,
            SPECIMEN_DATA,
            0.99,
        );
        let kept = merged_readings(sure, &unsure, today());
        assert_eq!(kept.mrz.surname.value, "ERIKSSON");
    }

    #[test]
    fn two_readings_of_a_zone_that_give_two_agreeing_numbers_leave_it_in_doubt() {
        // G and 6 count 16 and 6: both numbers agree with every check digit.
        let names = "P<NPLTHAPA<<BIKASH<<<<<<<<<<<<<<<<<<<<<<<<<<";
        let letter = zone_reading(
            names,
            0.9,
            "G340623383NPL8301105M2903046<<<<<<<<<<<<<<<6",
            0.95,
        );
        let digit = zone_reading(
            names,
            0.9,
            "6340623383NPL8301105M2903046<<<<<<<<<<<<<<<6",
            0.99,
        );
        assert!(letter.mrz.checks_pass_unrepaired() && digit.mrz.checks_pass_unrepaired());
        let merged = merged_readings(letter, &digit, today());
        assert!(merged.mrz.number_disputed);
        assert!(mrz::number_in_doubt(&merged.mrz));
        // The same number twice settles nothing new.
        let again = zone_reading(
            names,
            0.9,
            "G340623383NPL8301105M2903046<<<<<<<<<<<<<<<6",
            0.95,
        );
        let same = zone_reading(
            names,
            0.9,
            "G340623383NPL8301105M2903046<<<<<<<<<<<<<<<6",
            0.9,
        );
        assert!(!merged_readings(again, &same, today()).mrz.number_disputed);
    }

    #[test]
    fn a_zone_is_searched_again_with_room_around_it() {
        let line = |y: f32| Quad::from_rect(&Rect::new(100.0, y, 700.0, y + 20.0));
        // A quarter of the 600 px lines along the text, two 20 px line heights across it.
        let area = zone_surroundings(&[line(300.0), line(340.0)], 1000, 800);
        assert_eq!(area, Some(Rect::new(0.0, 260.0, 850.0, 400.0)));
        // Cut at the photo's edges.
        let area = zone_surroundings(&[line(770.0)], 800, 780);
        assert_eq!(area, Some(Rect::new(0.0, 730.0, 800.0, 780.0)));
        assert_eq!(zone_surroundings(&[], 1000, 800), None);
        // A zone outside the photo leaves nothing to search.
        assert_eq!(zone_surroundings(&[line(900.0)], 1000, 800), None);
    }

    #[test]
    fn the_printed_fields_are_searched_above_the_zone() {
        let line = |y: f32| Quad::from_rect(&Rect::new(100.0, y, 700.0, y + 20.0));
        // From 0.6 to 0.15 of the 600 px zone width above its top line, right of the
        // portrait's 0.28 of its width.
        let (area, angle, height) =
            printed_area(&[line(600.0), line(640.0)], 1000, 800).expect("room above");
        assert_eq!(area, Rect::new(268.0, 240.0, 700.0, 510.0));
        assert!(angle.abs() < 1e-6);
        assert!((height - 20.0).abs() < 1e-3);
        // Cut at the photo's top edge.
        let (area, ..) = printed_area(&[line(200.0)], 1000, 800).expect("room above");
        assert_eq!(area, Rect::new(268.0, 0.0, 700.0, 110.0));
        // Upside down, "above" is further down the photo and the portrait on the right.
        let turned = line(100.0).rotated_180();
        let (area, angle, _) = printed_area(&[turned], 1000, 800).expect("room below");
        // Whole pixels around the exact area (rounding of the turned frame may add one).
        let expected = [100.0, 210.0, 532.0, 480.0];
        let got = [area.x0, area.y0, area.x1, area.y1];
        assert!(
            got.iter().zip(expected).all(|(g, e)| (g - e).abs() <= 1.0),
            "{area:?}"
        );
        assert!(angle.cos() < 0.0);
        assert_eq!(printed_area(&[], 1000, 800), None);
    }

    #[test]
    fn the_lines_read_for_a_field_are_those_of_its_length() {
        let line = |width: f32| Quad::from_rect(&Rect::new(0.0, 0.0, width, 30.0));
        // 3 capitals: about 1.45 heights wide; 15: about 5.65.
        let lines = [
            line(400.0),
            line(45.0),
            line(170.0),
            line(60.0),
            line(120.0),
        ];
        let picked = likeliest_lines(&lines, &[3]);
        assert_eq!(picked.len(), LINES_PER_FIELD);
        assert_eq!(picked[0], lines[1]);
        assert!(!picked.contains(&lines[0]));
        // Each line once, however many fields want it.
        let both = likeliest_lines(&lines, &[3, 15]);
        assert_eq!(both.len(), 5);
        assert!(likeliest_lines(&[], &[3]).is_empty());
    }
}
