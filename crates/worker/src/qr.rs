//! QR codes in a photo (the application QR printed on the My Number notification letter): every
//! code the detector finds, as text. The app picks what it needs from the texts.

use image::GrayImage;

/// Longest side the search runs on: enough for a QR that fills a tenth of a phone photo, and
/// keeps 12 MP photos fast.
const SEARCH_SIDE: u32 = 1600;

/// The texts of the QR codes found in the (upright, RGBA or RGB-as-grey) picture.
pub fn read_codes(grey: &GrayImage) -> Vec<String> {
    let (w, h) = grey.dimensions();
    let long = w.max(h).max(1);
    let scaled;
    let picture = if long > SEARCH_SIDE {
        let s = f64::from(SEARCH_SIDE) / f64::from(long);
        scaled = image::imageops::resize(
            grey,
            ((f64::from(w) * s) as u32).max(1),
            ((f64::from(h) * s) as u32).max(1),
            image::imageops::FilterType::Triangle,
        );
        &scaled
    } else {
        grey
    };
    let mut prepared = rqrr::PreparedImage::prepare(picture.clone());
    prepared
        .detect_grids()
        .into_iter()
        .filter_map(|grid| grid.decode().ok().map(|(_, text)| text))
        .collect()
}

/// Grey levels of RGBA pixels (BT.601, integer).
pub fn grey_from_rgba(width: u32, height: u32, rgba: &[u8]) -> Option<GrayImage> {
    let pixels = rgba
        .chunks_exact(4)
        .map(|p| {
            ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2]) + 128) >> 8) as u8
        })
        .collect();
    GrayImage::from_raw(width, height, pixels)
}
