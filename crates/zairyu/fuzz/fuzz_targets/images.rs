#![no_main]
//! Chip images from arbitrary bytes: the TIFF G4 and JPEG 2000 decoders directly, and the app's
//! path (EF → data objects → image → raster) with the bytes as every image EF of both
//! generations. `scripts/fuzz.sh` seeds it with the committed simulator dumps.

use libfuzzer_sys::fuzz_target;
use madoguchi_zairyu::layout::{CardFiles, DF1_EF01, DF1_EF02, DF1_EF03, DF1_EF04};
use madoguchi_zairyu::{CardType, decode_jpeg2000, decode_tiff_g4, images, parse_contents};

fuzz_target!(|data: &[u8]| {
    let _ = decode_tiff_g4(data);
    let _ = decode_jpeg2000(data);
    for (t, ids) in [
        (CardType::RESIDENCE_1, [DF1_EF01, DF1_EF02]),
        (CardType::RESIDENCE_2, [DF1_EF03, DF1_EF04]),
    ] {
        let mut files = CardFiles::new();
        for id in ids {
            files.insert(id, data.to_vec());
        }
        if let Ok(c) = parse_contents(t, &files) {
            for image in [c.front_image, c.face_image, c.name_image, c.address_image]
                .into_iter()
                .flatten()
            {
                if let Ok(raster) = images::decode(&image) {
                    let samples = raster.width as usize * raster.height as usize;
                    assert_eq!(raster.pixels.len(), samples * usize::from(raster.channels));
                }
            }
        }
    }
});
