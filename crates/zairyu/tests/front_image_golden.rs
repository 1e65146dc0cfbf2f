//! Golden test of the G4 decoder on the simulator's committed front images (券面（表）イメージ),
//! typeset with Japanese fonts by `madoguchi-card-sim`'s generator.

#![allow(clippy::unwrap_used)]

use madoguchi_zairyu::layout::DF1_EF01;
use madoguchi_zairyu::{CardFiles, CardType, Raster, decode_tiff_g4, parse_contents};

fn front(dump: &str) -> Raster {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../card-sim/dumps")
        .join(dump);
    let mut files = CardFiles::new();
    files.insert(DF1_EF01, std::fs::read(dir.join("DF1_EF01")).unwrap());
    let c = parse_contents(CardType::RESIDENCE_1, &files).unwrap();
    decode_tiff_g4(&c.front_image.unwrap().bytes).unwrap()
}

/// Black pixels and black runs (horizontal) in `x0..x1 × y0..y1`.
fn ink(r: &Raster, (x0, y0, x1, y1): (u32, u32, u32, u32)) -> (usize, usize) {
    let (mut dark, mut runs) = (0, 0);
    for y in y0..y1 {
        let mut previous = false;
        for x in x0..x1 {
            let black = r.pixels[(y * r.width + x) as usize] == 0;
            dark += usize::from(black);
            runs += usize::from(black && !previous);
            previous = black;
        }
    }
    (dark, runs)
}

// Areas of the 1011×638 (ID-1 at 300 dpi) face, as laid out by card-sim's `images` module.
const NAME: (u32, u32, u32, u32) = (110, 70, 700, 125);
const PHOTO: (u32, u32, u32, u32) = (760, 110, 970, 425);
const STATUS_BOX: (u32, u32, u32, u32) = (60, 285, 700, 345);

#[test]
fn residence_card_front_decodes_to_a_card_face() {
    let r = front("residence-normal");
    assert_eq!((r.width, r.height, r.channels), (1011, 638, 1));
    assert!(r.pixels.iter().all(|&p| p == 0 || p == 255));
    let (dark, _) = ink(&r, (0, 0, r.width, r.height));
    let overall = dark as f64 / r.pixels.len() as f64;
    assert!((0.01..0.2).contains(&overall), "overall ink {overall}");
    // The name is text: a few percent of ink, broken into many strokes (not a bar, not noise).
    let (dark, runs) = ink(&r, NAME);
    let area = f64::from((NAME.2 - NAME.0) * (NAME.3 - NAME.1));
    assert!(
        (0.03..0.4).contains(&(dark as f64 / area)),
        "name ink {dark}"
    );
    assert!(
        runs > 300 && dark / runs >= 2,
        "name: {dark} px in {runs} runs"
    );
    // 在留資格 is printed in the status box; the photo's place is left empty.
    assert!(ink(&r, STATUS_BOX).0 > 500);
    assert_eq!(ink(&r, PHOTO).0, 0);
}

#[test]
fn special_permanent_resident_front_has_no_status_block() {
    let r = front("special-permanent");
    assert_eq!((r.width, r.height), (1011, 638));
    assert!(ink(&r, NAME).1 > 200);
    assert_eq!(ink(&r, STATUS_BOX).0, 0);
}
