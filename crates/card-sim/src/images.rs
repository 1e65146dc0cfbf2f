//! Generated chip images: bilevel TIFF with CCITT Group 4 (MMR) compression, as on the card,
//! with the card face typeset in Japanese fonts (IPA Gothic and IPA Mincho from Debian); and
//! synthetic JPEG 2000 face photos.
//!
//! The fonts are needed only to render images (regenerating the committed dumps); everything
//! else takes the images as bytes.

use std::path::{Path, PathBuf};

use ab_glyph::{Font, FontVec, PxScale, ScaleFont};
use fax::encoder::Encoder;
use fax::{Color, VecWriter};
use madoguchi_zairyu::CardKind;

/// A bilevel canvas (true = black).
pub struct Bitmap {
    /// Width in pixels.
    pub width: u32,
    /// Height in pixels.
    pub height: u32,
    pixels: Vec<bool>,
}

impl Bitmap {
    /// A white canvas.
    pub fn new(width: u32, height: u32) -> Self {
        Self {
            width,
            height,
            pixels: vec![false; (width * height) as usize],
        }
    }

    /// Pixel at (x, y); outside is white.
    pub fn get(&self, x: u32, y: u32) -> bool {
        x < self.width && y < self.height && self.pixels[(y * self.width + x) as usize]
    }

    fn set(&mut self, x: u32, y: u32) {
        if x < self.width && y < self.height {
            self.pixels[(y * self.width + x) as usize] = true;
        }
    }

    /// Draws a rectangle outline.
    pub fn frame(&mut self, x0: u32, y0: u32, x1: u32, y1: u32) {
        for x in x0..=x1 {
            self.set(x, y0);
            self.set(x, y1);
        }
        for y in y0..=y1 {
            self.set(x0, y);
            self.set(x1, y);
        }
    }

    /// Fills a rectangle.
    pub fn fill(&mut self, x0: u32, y0: u32, x1: u32, y1: u32) {
        for y in y0..=y1 {
            for x in x0..=x1 {
                self.set(x, y);
            }
        }
    }

    /// Black pixels in the rectangle `x0..x1 × y0..y1`.
    pub fn count(&self, x0: u32, y0: u32, x1: u32, y1: u32) -> usize {
        (y0..y1)
            .flat_map(|y| (x0..x1).map(move |x| (x, y)))
            .filter(|&(x, y)| self.get(x, y))
            .count()
    }

    /// Typesets `text` with its top-left at (x, y), `px` pixels high (em size), and returns its
    /// advance width. Coverage is thresholded at 0.3: the chip image is bilevel, and a lower threshold
    /// keeps Mincho's hairlines.
    pub fn text(&mut self, font: &FontVec, x: f32, y: f32, px: f32, text: &str) -> f32 {
        let font = font.as_scaled(PxScale::from(px));
        let baseline = y + font.ascent();
        let mut pen = x;
        let mut previous = None;
        for c in text.chars() {
            let id = font.glyph_id(c);
            if let Some(p) = previous {
                pen += font.kern(p, id);
            }
            let glyph = id.with_scale_and_position(px, ab_glyph::point(pen, baseline));
            if let Some(outline) = font.outline_glyph(glyph) {
                let bounds = outline.px_bounds();
                outline.draw(|gx, gy, coverage| {
                    let (px_x, px_y) = (bounds.min.x + gx as f32, bounds.min.y + gy as f32);
                    if coverage >= 0.3 && px_x >= 0.0 && px_y >= 0.0 {
                        self.set(px_x as u32, px_y as u32);
                    }
                });
            }
            pen += font.h_advance(id);
            previous = Some(id);
        }
        pen - x
    }

    /// Advance width of `text` at `px`, without drawing.
    pub fn measure(font: &FontVec, px: f32, text: &str) -> f32 {
        let font = font.as_scaled(PxScale::from(px));
        text.chars().map(|c| font.h_advance(font.glyph_id(c))).sum()
    }

    /// Typesets `text` at `px`, shrunk to fit `max_width` (long addresses, statuses).
    pub fn text_fit(
        &mut self,
        font: &FontVec,
        x: f32,
        y: f32,
        px: f32,
        max_width: f32,
        text: &str,
    ) -> f32 {
        let width = Self::measure(font, px, text);
        let px = if width > max_width {
            px * max_width / width
        } else {
            px
        };
        self.text(font, x, y, px, text)
    }

    /// Encodes as CCITT G4 (T.6) and wraps it in a TIFF (Compression = 4) stating `dpi`.
    pub fn to_tiff_g4_at(&self, dpi: u32) -> Vec<u8> {
        let mut tiff = self.to_tiff_g4();
        // fax::tiff::wrap always states 200 dpi: rewrite the X/YResolution rationals it points to.
        let u32_at = |t: &[u8], i: usize| {
            t.get(i..i + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_le_bytes)
        };
        let entries = tiff
            .get(8..10)
            .map_or(0, |b| u16::from_le_bytes([b[0], b[1]]));
        for i in 0..usize::from(entries) {
            let entry = 10 + 12 * i;
            let tag = tiff
                .get(entry..entry + 2)
                .map(|b| u16::from_le_bytes([b[0], b[1]]));
            if matches!(tag, Some(282 | 283))
                && let Some(at) = u32_at(&tiff, entry + 8).and_then(|a| usize::try_from(a).ok())
                && let Some(slot) = tiff.get_mut(at..at + 4)
            {
                slot.copy_from_slice(&dpi.to_le_bytes());
            }
        }
        tiff
    }

    /// Encodes as CCITT G4 (T.6) and wraps it in a TIFF (Compression = 4) stating 200 dpi.
    pub fn to_tiff_g4(&self) -> Vec<u8> {
        let mut encoder = Encoder::new(VecWriter::new());
        for y in 0..self.height {
            let line = (0..self.width).map(|x| {
                if self.get(x, y) {
                    Color::Black
                } else {
                    Color::White
                }
            });
            // VecWriter never fails.
            let _ = encoder.encode_line(line, self.width);
        }
        let data = match encoder.finish() {
            Ok(writer) => writer.finish(),
            Err(never) => match never {},
        };
        fax::tiff::wrap(&data, self.width, self.height)
    }
}

/// Rendering a chip image failed.
#[derive(Debug, thiserror::Error)]
pub enum ImageError {
    /// The encoded image does not fit its data object.
    #[error("generated image of {0} bytes does not fit in {1}")]
    TooLarge(usize, usize),
    /// A font file is missing or unreadable.
    #[error(
        "font {path}: {reason} (install Debian's {package}, as scripts/gen-dumps.sh and scripts/test.sh do, or set {env})"
    )]
    Font {
        /// The file tried.
        path: PathBuf,
        /// Why it failed.
        reason: String,
        /// The Debian package that ships the default file.
        package: &'static str,
        /// The environment variable that overrides the path.
        env: &'static str,
    },
}

/// The card's typefaces: Gothic for the printed labels and the card number, Mincho for the
/// holder's entries (as on the 2012 card design).
pub struct CardFonts {
    /// IPA Gothic (or another Japanese sans-serif).
    pub gothic: FontVec,
    /// IPA Mincho (or another Japanese serif).
    pub mincho: FontVec,
}

/// Default font files: the same Debian packages the synthetic document photos use
/// (`crates/docscan-tools`), installed by `scripts/test.sh`.
pub const GOTHIC_DEFAULT: &str = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";
/// See [`GOTHIC_DEFAULT`].
pub const MINCHO_DEFAULT: &str = "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf";
/// Overrides [`GOTHIC_DEFAULT`].
pub const GOTHIC_ENV: &str = "MADOGUCHI_CARD_FONT_GOTHIC";
/// Overrides [`MINCHO_DEFAULT`].
pub const MINCHO_ENV: &str = "MADOGUCHI_CARD_FONT_MINCHO";

impl CardFonts {
    /// Loads the two font files (TrueType/OpenType, first face of a collection).
    pub fn load(gothic: &Path, mincho: &Path) -> Result<Self, ImageError> {
        let load = |path: &Path, package, env| {
            let fail = |reason: String| ImageError::Font {
                path: path.to_owned(),
                reason,
                package,
                env,
            };
            let bytes = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
            FontVec::try_from_vec_and_index(bytes, 0).map_err(|e| fail(e.to_string()))
        };
        Ok(Self {
            gothic: load(gothic, "fonts-ipafont-gothic", GOTHIC_ENV)?,
            mincho: load(mincho, "fonts-ipafont-mincho", MINCHO_ENV)?,
        })
    }

    /// Loads the files named by the environment variables, else the Debian defaults.
    pub fn from_env() -> Result<Self, ImageError> {
        let path = |env, default| {
            std::env::var_os(env).map_or_else(|| PathBuf::from(default), PathBuf::from)
        };
        Self::load(
            &path(GOTHIC_ENV, GOTHIC_DEFAULT),
            &path(MINCHO_ENV, MINCHO_DEFAULT),
        )
    }
}

/// What is printed on the front of a card, as it is printed (dates in 西暦 年月日).
#[derive(Clone, Debug)]
pub struct FrontFace<'a> {
    /// Residence card or special permanent resident certificate.
    pub kind: CardKind,
    /// 番号.
    pub card_number: &'a str,
    /// 氏名.
    pub name: &'a str,
    /// 生年月日.
    pub birth_date: &'a str,
    /// 性別, e.g. `女 F.`.
    pub sex: &'a str,
    /// 国籍・地域.
    pub nationality: &'a str,
    /// 住居地.
    pub address: &'a str,
    /// The residence card's status block (absent on the special permanent resident certificate).
    pub residence: Option<ResidenceEntries<'a>>,
    /// 交付年月日.
    pub issued_on: &'a str,
    /// このカードは … まで有効です。
    pub valid_until: &'a str,
}

/// Entries only the residence card has.
#[derive(Clone, Debug)]
pub struct ResidenceEntries<'a> {
    /// 在留資格.
    pub status: &'a str,
    /// 就労制限の有無.
    pub work_restriction: &'a str,
    /// 在留期間(満了日), e.g. `4年3月(2028年06月15日)`.
    pub period: &'a str,
    /// 許可の種類.
    pub permission: &'a str,
    /// 許可年月日.
    pub permitted_on: &'a str,
}

/// Resolution of every generated chip image.
pub const DPI: u32 = 300;

/// Size of the front image: the ID-1 card (85.60 × 53.98 mm) at 300 dpi. The spec fixes only
/// the format (MMR TIFF) and the 7000-byte data object, not the resolution.
pub const FRONT_WIDTH: u32 = 1011;
/// See [`FRONT_WIDTH`].
pub const FRONT_HEIGHT: u32 = 638;

/// Where the name is printed on the front image (x0, y0, x1, y1 in pixels), for tests.
pub const FRONT_NAME_AREA: (u32, u32, u32, u32) = (110, 70, 700, 125);

/// The 1st generation front image (券面（表）イメージ): the card face as printed at issuance,
/// without the pre-printed security background and without the photo (spec §3.3.4.3), laid
/// out like the 2012 design.
pub fn front_image_tiff(fonts: &CardFonts, face: &FrontFace<'_>) -> Result<Vec<u8>, ImageError> {
    let (w, h) = (FRONT_WIDTH as f32, FRONT_HEIGHT as f32);
    let mut b = Bitmap::new(FRONT_WIDTH, FRONT_HEIGHT);
    let (g, m) = (&fonts.gothic, &fonts.mincho);
    let special = face.kind == CardKind::SpecialPermanentResidentCertificate;
    // Font sizes as fractions of the card height (the 2012 design's proportions).
    let label = 0.026 * h;
    let small = 0.019 * h;
    let entry = 0.038 * h;

    let (title, title_en) = if special {
        ("特別永住者証明書", "SPECIAL PERMANENT RESIDENT CERTIFICATE")
    } else {
        ("在留カード", "RESIDENCE CARD")
    };
    let advance = b.text(g, 0.03 * w, 0.025 * h, 0.055 * h, title);
    b.text(g, 0.03 * w + advance + 8.0, 0.05 * h, small, title_en);
    b.text(g, 0.57 * w, 0.045 * h, label, "番号");
    b.text(g, 0.63 * w, 0.03 * h, 0.05 * h, face.card_number);

    b.text(g, 0.03 * w, 0.13 * h, label, "氏名");
    b.text(g, 0.03 * w, 0.17 * h, small, "NAME");
    b.text_fit(g, 0.11 * w, 0.12 * h, 0.05 * h, 0.58 * w, face.name);

    let row = 0.225 * h;
    b.text(g, 0.03 * w, row + 0.01 * h, label, "生年月日");
    b.text(g, 0.03 * w, row + 0.045 * h, small, "DATE OF BIRTH");
    b.text(m, 0.13 * w, row, entry, face.birth_date);
    b.text(g, 0.39 * w, row + 0.01 * h, label, "性別");
    b.text(g, 0.39 * w, row + 0.045 * h, small, "SEX");
    b.text(m, 0.44 * w, row, entry, face.sex);
    b.text(g, 0.52 * w, row + 0.01 * h, label, "国籍・地域");
    b.text(g, 0.52 * w, row + 0.045 * h, small, "NATIONALITY/REGION");
    b.text_fit(m, 0.64 * w, row, entry, 0.3 * w, face.nationality);

    let row = 0.315 * h;
    b.text(g, 0.03 * w, row + 0.01 * h, label, "住居地");
    b.text(g, 0.03 * w, row + 0.045 * h, small, "ADDRESS");
    b.text_fit(m, 0.11 * w, row, entry, 0.6 * w, face.address);

    if let Some(r) = &face.residence {
        let (x0, y0) = ((0.02 * w) as u32, (0.4 * h) as u32);
        b.frame(x0, y0, (0.7 * w) as u32, (0.545 * h) as u32);
        b.text(g, 0.03 * w, 0.41 * h, label, "在留資格");
        b.text(g, 0.03 * w, 0.445 * h, small, "STATUS");
        b.text_fit(m, 0.08 * w, 0.46 * h, 0.05 * h, 0.6 * w, r.status);
        b.text(g, 0.03 * w, 0.565 * h, label, "就労制限の有無");
        b.text_fit(m, 0.22 * w, 0.558 * h, entry, 0.48 * w, r.work_restriction);
        b.text(g, 0.03 * w, 0.645 * h, label, "在留期間(満了日)");
        b.text(
            g,
            0.03 * w,
            0.68 * h,
            small,
            "PERIOD OF STAY (DATE OF EXPIRATION)",
        );
        b.text_fit(m, 0.24 * w, 0.64 * h, entry, 0.46 * w, r.period);
        let x = 0.03 * w;
        let advance = b.text(g, x, 0.735 * h, label, "許可の種類");
        b.text_fit(
            m,
            x + advance + 12.0,
            0.73 * h,
            label,
            0.52 * w,
            r.permission,
        );
        let advance = b.text(g, x, 0.79 * h, label, "許可年月日");
        let advance = advance + b.text(m, x + advance + 12.0, 0.785 * h, label, r.permitted_on);
        let x = x + advance + 40.0;
        let advance = b.text(g, x, 0.79 * h, label, "交付年月日");
        b.text(m, x + advance + 12.0, 0.785 * h, label, face.issued_on);
    } else {
        let x = 0.03 * w;
        let advance = b.text(g, x, 0.42 * h, label, "交付年月日");
        b.text(m, x + advance + 12.0, 0.415 * h, label, face.issued_on);
    }

    let x = 0.05 * w;
    let advance = b.text(g, x, 0.9 * h, 0.032 * h, "このカードは");
    let x = x + advance + 10.0;
    let advance = b.text(m, x, 0.89 * h, 0.042 * h, face.valid_until);
    b.text(g, x + advance + 10.0, 0.9 * h, 0.032 * h, "まで有効です。");

    // The issuer and its seal frame; the photo area (right) stays empty: the photo is EF02.
    let (sx, sy) = (0.81 * w, 0.79 * h);
    b.frame(
        sx as u32,
        sy as u32,
        (sx + 0.1 * w) as u32,
        (sy + 0.16 * h) as u32,
    );
    b.text(m, sx + 0.008 * w, sy + 0.055 * h, 0.021 * w, "法務大臣");
    finish(&b, 7000)
}

fn finish(b: &Bitmap, limit: usize) -> Result<Vec<u8>, ImageError> {
    let tiff = b.to_tiff_g4_at(DPI);
    if tiff.len() > limit {
        Err(ImageError::TooLarge(tiff.len(), limit))
    } else {
        Ok(tiff)
    }
}

/// The 2nd generation name image (D0, at most 2500 bytes).
pub fn name_image_tiff(fonts: &CardFonts, name: &str) -> Result<Vec<u8>, ImageError> {
    let mut b = Bitmap::new(600, 60);
    b.text_fit(&fonts.gothic, 8.0, 8.0, 44.0, 584.0, name);
    finish(&b, 2500)
}

/// The 2nd generation address image (DFD1, at most 2500 bytes).
pub fn address_image_tiff(fonts: &CardFonts, address: &str) -> Result<Vec<u8>, ImageError> {
    let mut b = Bitmap::new(720, 48);
    b.text_fit(&fonts.mincho, 6.0, 6.0, 36.0, 708.0, address);
    finish(&b, 2500)
}

/// Length of a TIFF written by [`Bitmap::to_tiff_g4`] without trailing bytes (the end of its
/// last strip), or `None` when `bytes` is not such a TIFF. Lets callers take an image back out
/// of a padded data object whatever its padding holds.
pub fn tiff_len(bytes: &[u8]) -> Option<usize> {
    let u16_at = |i: usize| Some(u16::from_le_bytes(bytes.get(i..i + 2)?.try_into().ok()?));
    let u32_at = |i: usize| Some(u32::from_le_bytes(bytes.get(i..i + 4)?.try_into().ok()?));
    if !bytes.starts_with(b"II*\0") {
        return None;
    }
    let ifd = usize::try_from(u32_at(4)?).ok()?;
    let (mut offset, mut count) = (None, None);
    for i in 0..usize::from(u16_at(ifd)?) {
        let entry = ifd + 2 + 12 * i;
        match u16_at(entry)? {
            273 => offset = u32_at(entry + 8),
            279 => count = u32_at(entry + 8),
            _ => {}
        }
    }
    let end = usize::try_from(offset?.checked_add(count?)?).ok()?;
    (end <= bytes.len()).then_some(end)
}

/// Face photo stand-ins: synthetic portraits (no real person) as JPEG 2000 codestreams, made by
/// `assets/make_faces.py`.
const FACES: [&[u8]; 2] = [
    include_bytes!("../assets/face-a.j2k"),
    include_bytes!("../assets/face-b.j2k"),
];

/// The face photo (D1) for a card: one of the synthetic portraits, chosen by `seed`.
pub fn face_image_j2k(seed: &str) -> Vec<u8> {
    let h = seed.bytes().fold(0x811C_9DC5u32, |h, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    });
    FACES[(h % 2) as usize].to_vec()
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    fn fonts() -> CardFonts {
        CardFonts::from_env().unwrap_or_else(|e| panic!("{e}"))
    }

    #[test]
    fn g4_tiff_roundtrips_through_the_decoder() {
        let mut b = Bitmap::new(120, 20);
        b.frame(1, 1, 118, 18);
        b.fill(10, 5, 30, 12);
        b.fill(60, 3, 61, 16);
        let tiff = b.to_tiff_g4_at(300);
        let raster = madoguchi_zairyu::decode_tiff_g4(&tiff).unwrap();
        assert_eq!((raster.width, raster.height), (120, 20));
        for y in 0..20 {
            for x in 0..120 {
                let black = raster.pixels[(y * 120 + x) as usize] == 0;
                assert_eq!(black, b.get(x, y), "pixel {x},{y}");
            }
        }
        assert_eq!(tiff_len(&tiff), Some(tiff.len()));
        let mut padded = tiff.clone();
        padded.extend([0, 0, 1, 0]);
        assert_eq!(tiff_len(&padded), Some(tiff.len()));
        assert_eq!(tiff_len(&tiff[..tiff.len() - 1]), None);
        assert_eq!(tiff_len(b"MM\0*"), None);
        // Both resolution rationals say 300/1.
        let rationals = 8 + 2 + 12 * 11 + 4;
        assert_eq!(&tiff[rationals..rationals + 4], &300u32.to_le_bytes());
        assert_eq!(&tiff[rationals + 8..rationals + 12], &300u32.to_le_bytes());
    }

    #[test]
    fn typeset_japanese_text_inks_where_it_is_drawn() {
        let fonts = fonts();
        let mut b = Bitmap::new(400, 60);
        let width = b.text(&fonts.mincho, 10.0, 10.0, 40.0, "在留カード");
        // Five full-width characters at 40 px advance 200 px.
        assert!((width - 200.0).abs() < 1.0, "{width}");
        let inked = b.count(10, 10, 210, 50);
        assert!(inked > 1000 && inked < 200 * 40 / 2, "{inked}");
        assert_eq!(b.count(0, 0, 400, 60), inked, "ink outside the text box");
        // text_fit shrinks to the width it is given.
        let mut b = Bitmap::new(400, 60);
        let width = b.text_fit(&fonts.gothic, 0.0, 0.0, 40.0, 100.0, "東京都千代田区");
        assert!(width <= 100.5, "{width}");
        assert_eq!(b.count(101, 0, 400, 60), 0);
    }

    #[test]
    fn chip_images_fit_their_data_objects() {
        let fonts = fonts();
        let face = FrontFace {
            kind: CardKind::ResidenceCard,
            card_number: "AB12345678CD",
            name: "NGUYEN VAN A",
            birth_date: "1995年07月04日",
            sex: "女 F.",
            nationality: "ベトナム",
            address: "東京都千代田区霞が関１丁目１番１号",
            residence: Some(ResidenceEntries {
                status: "留学",
                work_restriction: "就労不可",
                period: "4年3月(2028年06月15日)",
                permission: "在留期間更新許可（東京出入国在留管理局長）",
                permitted_on: "2024年03月15日",
            }),
            issued_on: "2024年03月15日",
            valid_until: "2028年06月15日",
        };
        assert!(front_image_tiff(&fonts, &face).unwrap().len() <= 7000);
        assert!(name_image_tiff(&fonts, "NGUYEN VAN A").unwrap().len() <= 2500);
        assert!(address_image_tiff(&fonts, "東京都").unwrap().len() <= 2500);
        for seed in ["x", "y", "AB12345678CD"] {
            let face = face_image_j2k(seed);
            assert!(face.len() <= 3000 && face.starts_with(&[0xFF, 0x4F, 0xFF, 0x51]));
        }
        assert_ne!(FACES[0], FACES[1]);
    }
}
