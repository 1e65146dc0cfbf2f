//! Synthetic Residence Card fronts and passport data pages with ground truth, photographed
//! (perspective, blur, light, noise, JPEG) at three difficulty levels. Deterministic by seed.

mod augment;
mod card;
mod fonts;
mod names;
mod passport;

use ab_glyph::{Font, PxScale};
use image::{Rgb, RgbImage};
use imageproc::drawing::{draw_text_mut, text_size};
use rand::SeedableRng;
use rand_chacha::ChaCha8Rng;
use serde::{Deserialize, Serialize};

pub use augment::Difficulty;
pub use card::CardTruth;
pub use fonts::Fonts;
pub use passport::PassportTruth;

/// Which document to generate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, clap::ValueEnum)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    Passport,
    ResidenceCard,
    /// A visa page of a passport, which readers must refuse.
    VisaPage,
}

/// A generated photo and what it shows.
pub struct Sample {
    /// The photo as JPEG bytes (what a phone would give).
    pub jpeg: Vec<u8>,
    pub truth: Truth,
}

#[derive(Clone, Debug, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum Truth {
    Passport(PassportTruth),
    ResidenceCard(CardTruth),
    VisaPage(PassportTruth),
}

/// Generates sample `index` of `kind` at `difficulty`; the same arguments give the same bytes.
pub fn generate(
    fonts: &Fonts,
    kind: Kind,
    difficulty: Difficulty,
    seed: u64,
    index: u64,
) -> Sample {
    let mut rng = ChaCha8Rng::seed_from_u64(
        seed ^ index.wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ (kind as u64) << 60
            ^ (difficulty as u64) << 56,
    );
    let (document, truth) = match kind {
        Kind::Passport => {
            let (image, truth) = passport::render(fonts, &mut rng);
            (image, Truth::Passport(truth))
        }
        Kind::ResidenceCard => {
            let (image, truth) = card::render(fonts, &mut rng);
            (image, Truth::ResidenceCard(truth))
        }
        Kind::VisaPage => {
            let (image, truth) = passport::render_visa(fonts, &mut rng);
            (image, Truth::VisaPage(truth))
        }
    };
    let jpeg = augment::photograph(&document, difficulty, &mut rng);
    Sample { jpeg, truth }
}

/// Draws `text` with its top-left at (x, y), `size` pixels high; returns its width.
fn text(
    image: &mut RgbImage,
    font: &impl Font,
    size: f32,
    x: f32,
    y: f32,
    colour: [u8; 3],
    text: &str,
) -> f32 {
    condensed_text(image, (font, size, colour), (x, y, f32::INFINITY), text)
}

/// Draws `text` like [`text`] at (x, y), condensed horizontally when it would be wider than
/// `max_width`, as cards print a long value in its fixed cell (長体) instead of letting it run
/// under the next one.
fn condensed_text(
    image: &mut RgbImage,
    (font, size, colour): (&impl Font, f32, [u8; 3]),
    (x, y, max_width): (f32, f32, f32),
    text: &str,
) -> f32 {
    let natural = text_size(PxScale::from(size), font, text).0 as f32;
    let scale = PxScale {
        x: size * (max_width / natural.max(1.0)).min(1.0),
        y: size,
    };
    draw_text_mut(image, Rgb(colour), x as i32, y as i32, scale, font, text);
    text_size(scale, font, text).0 as f32
}
