//! Line recognition with the PP-OCR SVTR/CTC model: the line is cut out along its quad,
//! straightened to 48 pixels high, and decoded greedily.

use image::imageops::interpolate_bilinear;
use image::{Rgb, RgbImage};
use rten::Model;
use rten_tensor::NdTensor;
use rten_tensor::prelude::*;

use super::{OcrError, ctc};
use crate::geometry::Quad;
use crate::text::RecognizedText;

/// The model's input height.
pub const LINE_HEIGHT: u32 = 48;
/// Widest crop fed to the model (a 44-character MRZ line needs about 1000).
const MAX_WIDTH: u32 = 2400;

/// The recogniser and its output classes (0 = CTC blank, then the dictionary, then space).
pub struct Recognizer {
    model: Model,
    labels: Vec<String>,
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
}

impl Default for LineOptions<'_> {
    fn default() -> Self {
        LineOptions {
            alphabet: None,
            min_width: 0,
            max_width: 0,
            squeeze: 1.0,
        }
    }
}

impl Recognizer {
    pub fn new(model: Model, dictionary: &str) -> Recognizer {
        let mut labels = vec![String::new()];
        labels.extend(dictionary.lines().map(str::to_owned));
        labels.push(" ".to_owned());
        Recognizer { model, labels }
    }

    /// An output alphabet: each class counts for the character `target` maps its label to.
    pub fn alphabet(&self, target: impl Fn(&str) -> Option<char>) -> ctc::Alphabet {
        ctc::Alphabet::new(&self.labels, target)
    }

    /// Reads the text inside `quad` of `image`.
    pub fn read(
        &self,
        image: &RgbImage,
        quad: &Quad,
        options: LineOptions<'_>,
    ) -> Result<RecognizedText, OcrError> {
        let crop = straighten(image, quad, options);
        let (w, h) = crop.dimensions();
        let input = NdTensor::from_fn([1, 3, h as usize, w as usize], |[_, c, y, x]| {
            let bgr = crop.get_pixel(x as u32, y as u32).0[2 - c];
            f32::from(bgr) / 127.5 - 1.0
        });
        let output = self.model.run_one(input.view().into(), None)?;
        let probabilities: NdTensor<f32, 3> =
            output.try_into().map_err(|_| OcrError::UnexpectedOutput)?;
        let [_, _, classes] = probabilities.shape();
        if classes != self.labels.len() {
            return Err(OcrError::DictionaryMismatch {
                model_classes: classes,
                dictionary_classes: self.labels.len(),
            });
        }
        let steps = probabilities.slice(0).to_vec();
        Ok(match options.alphabet {
            Some(alphabet) => ctc::decode_restricted(&steps, classes, alphabet),
            None => ctc::decode(&steps, classes, &self.labels, None),
        })
    }
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
    let lerp =
        |a: (f32, f32), b: (f32, f32), t: f32| (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t);
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
