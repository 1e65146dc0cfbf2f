//! The Debian fonts the generator renders with (installed by the setup scripts:
//! fonts-ipafont-mincho, fonts-ipafont-gothic, fonts-noto-cjk, fonts-ocr-b).

use ab_glyph::FontVec;

pub struct Fonts {
    /// IPA Mincho: the card prints its values in a Mincho face.
    pub mincho: FontVec,
    /// IPA Gothic: labels, card number.
    pub gothic: FontVec,
    /// Noto Sans CJK JP: a second sans face for variety.
    pub sans: FontVec,
    /// OCR-B, the MRZ font.
    pub ocr_b: FontVec,
}

const MINCHO: &str = "/usr/share/fonts/opentype/ipafont-mincho/ipam.ttf";
const GOTHIC: &str = "/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf";
const NOTO: &str = "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc";
const OCR_B: &str = "/usr/share/fonts/opentype/ocr-b/OCRB.otf";

impl Fonts {
    /// Loads the fonts, naming the Debian package of any that is missing.
    pub fn load() -> Result<Fonts, String> {
        let load = |path: &str, package: &str, index: u32| {
            let bytes = std::fs::read(path)
                .map_err(|e| format!("{path}: {e} (install the Debian package {package})"))?;
            FontVec::try_from_vec_and_index(bytes, index).map_err(|e| format!("{path}: {e}"))
        };
        Ok(Fonts {
            mincho: load(MINCHO, "fonts-ipafont-mincho", 0)?,
            gothic: load(GOTHIC, "fonts-ipafont-gothic", 0)?,
            sans: load(NOTO, "fonts-noto-cjk", 0)?,
            ocr_b: load(OCR_B, "fonts-ocr-b", 0)?,
        })
    }
}
