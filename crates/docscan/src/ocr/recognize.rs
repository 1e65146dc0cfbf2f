//! Line recognition with the PP-OCR SVTR/CTC model: the line is cut out along its quad,
//! straightened to 48 pixels high, and decoded greedily.

use image::imageops::interpolate_bilinear;
use image::{Rgb, RgbImage};
use rayon::prelude::*;
use rten::Model;
use rten_tensor::NdTensor;
use rten_tensor::prelude::*;

use std::collections::HashMap;
use std::sync::Arc;

use super::evidence::{ClassChar, LineEvidence};
use super::{OcrError, ctc};
use crate::geometry::{Quad, lerp};
use crate::normalize::normalize_char;
use crate::text::RecognizedText;

/// The model's input height.
pub const LINE_HEIGHT: u32 = 48;
/// Widest crop fed to the model (a 44-character MRZ line needs about 1000).
const MAX_WIDTH: u32 = 2400;

/// The recogniser and its output classes (0 = CTC blank, then the dictionary, then space).
pub struct Recognizer {
    model: Model,
    labels: Vec<String>,
    /// Per class, the character it counts as when lines are scored against expected values
    /// (its label with look-alikes folded as the vocabularies fold them), and its label.
    class_chars: Vec<Option<ClassChar>>,
    /// Per class, the other classes spelling the same character (see [`same_spellings`]).
    same_as: Vec<Vec<usize>>,
}

/// How to read one line.
#[derive(Clone, Copy, Debug)]
pub struct LineOptions<'a> {
    /// Only these characters may be output (see [`Recognizer::alphabet`]).
    pub alphabet: Option<&'a ctc::Alphabet>,
    /// Stretch the crop to at least this width: the model emits one step per 8 pixels, and a
    /// repeated character (`<<<`) needs a blank step between repeats.
    pub min_width: u32,
    /// Squeeze the crop to at most this width (0: no limit but the model's). A machine-readable
    /// zone's fixed-pitch line reads as well at three steps per character as wider.
    pub max_width: u32,
    /// Horizontal scale of the crop against the line's own aspect (1: as printed). The model's
    /// time grows with the crop's width.
    pub squeeze: f32,
    /// Gaussian blur, in pixels of the image the line is cut from, applied to the crop (0:
    /// none). The model reads a photo's small print better softened: its JPEG blocks and
    /// sensor noise, enlarged to the model's height, read as strokes.
    pub smoothing: f32,
    /// Characters the line's evidence keeps at every step, however low they rank: the two
    /// values of a closed pair (男 and 女) in a cell so blurred that neither is among the
    /// likeliest, where only their odds against each other tell them apart.
    pub watched: &'a [char],
}

impl Default for LineOptions<'_> {
    fn default() -> Self {
        LineOptions {
            alphabet: None,
            min_width: 0,
            max_width: 0,
            squeeze: 1.0,
            smoothing: 0.0,
            watched: &[],
        }
    }
}

impl Recognizer {
    pub fn new(model: Model, dictionary: &str) -> Recognizer {
        let mut labels = vec![String::new()];
        labels.extend(dictionary.lines().map(str::to_owned));
        labels.push(" ".to_owned());
        let single = |text: &str| {
            let mut chars = text.chars();
            chars.next().filter(|_| chars.next().is_none())
        };
        let class_chars = labels
            .iter()
            .map(|label| {
                // The space, which `compact` removes, stands for itself.
                if label == " " {
                    return Some(ClassChar {
                        folded: ' ',
                        label: ' ',
                    });
                }
                let folded = single(&crate::vocab::compact(label))?;
                Some(ClassChar {
                    folded,
                    label: single(label).unwrap_or(folded),
                })
            })
            .collect();
        let same_as = same_spellings(&labels);
        Recognizer {
            model,
            labels,
            class_chars,
            same_as,
        }
    }

    /// An output alphabet: each class counts for the character `target` maps its label to.
    pub fn alphabet(&self, target: impl Fn(&str) -> Option<char>) -> ctc::Alphabet {
        ctc::Alphabet::new(&self.labels, target)
    }

    /// [`Self::alphabet`] with undecided classes (see [`ctc::Alphabet::with_undecided`]).
    pub fn alphabet_with_undecided(
        &self,
        target: impl Fn(&str) -> Option<char>,
        among: impl Fn(&str) -> &'static [char],
    ) -> ctc::Alphabet {
        self.alphabet(target).with_undecided(&self.labels, among)
    }

    /// Reads the text inside `quad` of `image`.
    pub fn read(
        &self,
        image: &RgbImage,
        quad: &Quad,
        options: LineOptions<'_>,
    ) -> Result<RecognizedText, OcrError> {
        self.read_many(image, std::slice::from_ref(quad), options)
            .pop()
            .unwrap_or(Err(OcrError::UnexpectedOutput))
    }

    /// Reads the text inside each quad, in order. Crops of the same width (a machine-readable
    /// zone's lines) run through the model together: one run per batch costs less than one per
    /// line. Crops are cut and batches run on the models' thread pool side by side, widest
    /// first so the last to start are the quickest. One line's model run is too small to keep
    /// two threads busy: side by side, a hard card photo's lines took a third less time
    /// natively with two threads, and a quarter less in wasm.
    pub fn read_many(
        &self,
        image: &RgbImage,
        quads: &[Quad],
        options: LineOptions<'_>,
    ) -> Vec<Result<RecognizedText, OcrError>> {
        rten::thread_pool().run(|| {
            let crops: Vec<RgbImage> = quads
                .par_iter()
                .map(|quad| smoothed(straighten(image, quad, options), quad, options))
                .collect();
            let mut batches = width_batches(&crops);
            batches.reverse();
            let read: Vec<(usize, Result<RecognizedText, OcrError>)> = batches
                .into_par_iter()
                .flat_map_iter(|batch| {
                    let texts = self.read_batch(&crops, &batch, options);
                    batch.into_iter().zip(texts)
                })
                .collect();
            let mut results: Vec<Result<RecognizedText, OcrError>> = crops
                .iter()
                .map(|_| Err(OcrError::UnexpectedOutput))
                .collect();
            for (i, text) in read {
                results[i] = text;
            }
            results
        })
    }

    /// One result per crop of `batch`: a failed batch is retried line by line, so one bad crop
    /// costs only itself.
    fn read_batch(
        &self,
        crops: &[RgbImage],
        batch: &[usize],
        options: LineOptions<'_>,
    ) -> Vec<Result<RecognizedText, OcrError>> {
        match self.run_batch(crops, batch, options) {
            Ok(texts) => texts.into_iter().map(Ok).collect(),
            Err(_) if batch.len() > 1 => batch
                .iter()
                .map(|&i| {
                    self.run_batch(crops, &[i], options)
                        .and_then(|mut t| t.pop().ok_or(OcrError::UnexpectedOutput))
                })
                .collect(),
            Err(e) => vec![Err(e)],
        }
    }

    fn run_batch(
        &self,
        crops: &[RgbImage],
        batch: &[usize],
        options: LineOptions<'_>,
    ) -> Result<Vec<RecognizedText>, OcrError> {
        let width = batch.first().map_or(LINE_HEIGHT, |&i| crops[i].width());
        let input = NdTensor::from_fn(
            [batch.len(), 3, LINE_HEIGHT as usize, width as usize],
            |[b, c, y, x]| {
                // Every crop of a batch has its width (`width_batches`); white past an edge.
                let value = crops[batch[b]]
                    .get_pixel_checked(x as u32, y as u32)
                    .map_or(255, |p| p.0[2 - c]);
                f32::from(value) / 127.5 - 1.0
            },
        );
        let output = self.model.run_one(input.view().into(), None)?;
        let probabilities: NdTensor<f32, 3> =
            output.try_into().map_err(|_| OcrError::UnexpectedOutput)?;
        let [rows, _, classes] = probabilities.shape();
        if classes != self.labels.len() {
            return Err(OcrError::DictionaryMismatch {
                model_classes: classes,
                dictionary_classes: self.labels.len(),
            });
        }
        if rows != batch.len() {
            return Err(OcrError::UnexpectedOutput);
        }
        let watched: Vec<usize> = if options.watched.is_empty() {
            Vec::new()
        } else {
            self.class_chars
                .iter()
                .enumerate()
                .filter(|(_, c)| c.is_some_and(|c| options.watched.contains(&c.label)))
                .map(|(class, _)| class)
                .collect()
        };
        Ok((0..rows)
            .map(|row| {
                let probabilities = probabilities.slice(row).to_vec();
                match options.alphabet {
                    Some(alphabet) => ctc::decode_restricted(&probabilities, classes, alphabet),
                    None => {
                        let (mut text, char_steps) =
                            ctc::decode(&probabilities, classes, &self.labels, &self.same_as, None);
                        let evidence = LineEvidence::new(
                            &probabilities,
                            classes,
                            &self.class_chars,
                            char_steps,
                            &watched,
                        );
                        text.evidence = Some(Arc::new(evidence));
                        text
                    }
                }
            })
            .collect())
    }
}

/// Per class, the other classes whose one-character labels normalise to the same character
/// (full and half width, simplified and Japanese forms: [`normalize_char`]), which the readers
/// downstream treat as one.
fn same_spellings(labels: &[String]) -> Vec<Vec<usize>> {
    let key = |label: &str| {
        let mut chars = label.chars();
        chars
            .next()
            .filter(|_| chars.next().is_none())
            .map(normalize_char)
    };
    let keys: Vec<Option<char>> = labels.iter().map(|l| key(l)).collect();
    let mut by_key: HashMap<char, Vec<usize>> = HashMap::new();
    for (class, k) in keys.iter().enumerate().skip(1) {
        if let Some(k) = k {
            by_key.entry(*k).or_default().push(class);
        }
    }
    keys.iter()
        .enumerate()
        .map(|(class, k)| {
            k.filter(|_| class > 0)
                .and_then(|k| by_key.get(&k))
                .map(|group| group.iter().copied().filter(|&c| c != class).collect())
                .unwrap_or_default()
        })
        .collect()
}

/// Most lines in one model run.
const MAX_BATCH: usize = 8;

/// Groups crops (by index) into batches of one width, narrowest first. Only equal widths go
/// together (a zone's lines): padding a narrower line changes what the model's attention sees
/// and cost names their letters on the generated cards.
fn width_batches(crops: &[RgbImage]) -> Vec<Vec<usize>> {
    let mut order: Vec<usize> = (0..crops.len()).collect();
    order.sort_by_key(|&i| crops[i].width());
    let mut batches: Vec<Vec<usize>> = Vec::new();
    for i in order {
        match batches.last_mut() {
            Some(batch)
                if batch.len() < MAX_BATCH && crops[i].width() == crops[batch[0]].width() =>
            {
                batch.push(i);
            }
            _ => batches.push(vec![i]),
        }
    }
    batches
}

/// Blur below this (in crop pixels) changes too little to be worth its time.
const MIN_CROP_SMOOTHING: f32 = 0.3;

/// `crop` of `quad` blurred by `options.smoothing` source pixels, scaled along each axis as
/// the crop scaled the line (squeezed lines shrink more across than up), so that it is the
/// source's blur whatever the line's size: blurring the crop costs a fraction of blurring the
/// whole source.
fn smoothed(crop: RgbImage, quad: &Quad, options: LineOptions<'_>) -> RgbImage {
    let across = options.smoothing * crop.width() as f32 / quad.width().max(1.0);
    let up = options.smoothing * crop.height() as f32 / quad.height().max(1.0);
    let crop = if across >= MIN_CROP_SMOOTHING {
        imageproc::filter::horizontal_filter(&crop, &gaussian_kernel(across))
    } else {
        crop
    };
    if up >= MIN_CROP_SMOOTHING {
        imageproc::filter::vertical_filter(&crop, &gaussian_kernel(up))
    } else {
        crop
    }
}

/// A normalised Gaussian kernel of `sigma`, two sigmas each side.
fn gaussian_kernel(sigma: f32) -> Vec<f32> {
    let radius = (2.0 * sigma).ceil() as i32;
    let weights: Vec<f32> = (-radius..=radius)
        .map(|i| (-(i * i) as f32 / (2.0 * sigma * sigma)).exp())
        .collect();
    let sum: f32 = weights.iter().sum();
    weights.into_iter().map(|w| w / sum).collect()
}

/// Samples the quad into an upright `LINE_HEIGHT`-high image (bilinear patch mapping, which is
/// exact for parallelograms and close enough for the mild perspective of one line).
fn straighten(image: &RgbImage, quad: &Quad, options: LineOptions<'_>) -> RgbImage {
    let (min_width, max_width) = (options.min_width, options.max_width);
    let squeeze = if options.squeeze > 0.0 {
        options.squeeze
    } else {
        1.0
    };
    let aspect = quad.width() / quad.height().max(1.0) * squeeze;
    let max_width = if max_width == 0 {
        MAX_WIDTH
    } else {
        max_width.clamp(LINE_HEIGHT / 2, MAX_WIDTH)
    };
    let width = ((LINE_HEIGHT as f32 * aspect).round() as u32)
        .clamp(LINE_HEIGHT / 2, max_width)
        .max(min_width.min(MAX_WIDTH));
    let [tl, tr, br, bl] = quad.points;
    let white = Rgb([255, 255, 255]);
    RgbImage::from_fn(width, LINE_HEIGHT, |x, y| {
        let u = (x as f32 + 0.5) / width as f32;
        let v = (y as f32 + 0.5) / LINE_HEIGHT as f32;
        let (sx, sy) = lerp(lerp(tl, tr, u), lerp(bl, br, u), v);
        interpolate_bilinear(image, sx - 0.5, sy - 0.5).unwrap_or(white)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geometry::Rect;

    #[test]
    fn a_characters_spellings_are_paired() {
        let labels: Vec<String> = ["", "2", "A", "２", "别", "別", "（", "(", " ", "　"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let same = same_spellings(&labels);
        assert_eq!(same[1], vec![3]);
        assert_eq!(same[3], vec![1]);
        assert!(same[2].is_empty());
        assert_eq!(same[4], vec![5]);
        assert_eq!(same[6], vec![7]);
        assert_eq!(same[8], vec![9]);
        assert!(same[0].is_empty());
    }

    #[test]
    fn batches_group_similar_widths() {
        let crop = |w| RgbImage::new(w, LINE_HEIGHT);
        let crops = [crop(1056), crop(400), crop(1056), crop(1000), crop(400)];
        assert_eq!(width_batches(&crops), vec![vec![1, 4], vec![3], vec![0, 2]]);
        assert!(width_batches(&[]).is_empty());
    }

    #[test]
    fn smoothing_is_measured_in_source_pixels() {
        // A one-pixel dark column in a line 20 px high: the crop enlarges it 2.4 times.
        let image = RgbImage::from_fn(200, 40, |x, _| {
            if x == 100 {
                Rgb([0, 0, 0])
            } else {
                Rgb([255, 255, 255])
            }
        });
        let quad = Quad::from_rect(&Rect::new(50.0, 10.0, 150.0, 30.0));
        let read = |smoothing| {
            let options = LineOptions {
                smoothing,
                ..LineOptions::default()
            };
            let crop = smoothed(straighten(&image, &quad, options), &quad, options);
            let row: Vec<u8> = (0..crop.width())
                .map(|x| crop.get_pixel(x, 24).0[0])
                .collect();
            let darkest = row.iter().copied().min().unwrap_or(255);
            let dark = row.iter().filter(|&&v| v < 250).count();
            (crop.dimensions(), darkest, dark)
        };
        let (size, sharp_darkest, sharp_width) = read(0.0);
        let (blurred_size, darkest, width) = read(1.0);
        assert_eq!(size, blurred_size);
        assert!(sharp_darkest < 100, "{sharp_darkest}");
        // Spread over about ±2 source pixels (±5 crop pixels), and lighter for it.
        assert!(darkest > sharp_darkest + 50, "{darkest}");
        assert!((9..=15).contains(&width), "{sharp_width} → {width}");
    }

    #[test]
    fn gaussian_kernels_are_normalised_and_symmetric() {
        for sigma in [0.3, 1.0, 2.7] {
            let kernel = gaussian_kernel(sigma);
            assert_eq!(kernel.len() % 2, 1);
            assert!((kernel.iter().sum::<f32>() - 1.0).abs() < 1e-5);
            let reversed: Vec<f32> = kernel.iter().rev().copied().collect();
            assert_eq!(kernel, reversed);
        }
    }

    #[test]
    fn straightened_crop_has_the_model_height_and_the_line_aspect() {
        let image = RgbImage::from_fn(200, 100, |x, _| Rgb([(x % 256) as u8, 0, 0]));
        let quad = Quad::from_rect(&Rect::new(10.0, 10.0, 110.0, 30.0));
        let crop = straighten(&image, &quad, LineOptions::default());
        assert_eq!(crop.dimensions(), (240, LINE_HEIGHT));
        // Left edge samples near x = 10, right edge near x = 110.
        assert!(crop.get_pixel(0, 20).0[0].abs_diff(10) <= 1);
        assert!(crop.get_pixel(239, 20).0[0].abs_diff(110) <= 1);
        let options = |min_width, max_width, squeeze| LineOptions {
            min_width,
            max_width,
            squeeze,
            ..LineOptions::default()
        };
        assert_eq!(
            straighten(&image, &quad, options(1000, 0, 1.0)).width(),
            1000
        );
        assert_eq!(straighten(&image, &quad, options(0, 120, 1.0)).width(), 120);
        assert_eq!(straighten(&image, &quad, options(0, 0, 0.5)).width(), 120);
    }
}
