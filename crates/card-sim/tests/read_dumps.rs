//! The real reader against the simulated card, for every generated dump, APDU mode and failure.

#![allow(clippy::unwrap_used)]

use std::sync::OnceLock;

use madoguchi_card_sim::generate::{
    ChipImages, CommittedImages, GeneratedDump, TestPki, standard_dumps, unix,
};
use madoguchi_card_sim::{CardDump, SimCard, SimChannel};
use madoguchi_zairyu::layout::{DF1_EF01, DF2_EF02, DF2_EF04, DF3_EF01};
use madoguchi_zairyu::rand_core::OsRng;
use madoguchi_zairyu::{
    AnchorKind, ApduMode, CardKind, CardNumber, Generation, IssuerCheck, IssuerFailure, IssuerNote,
    NotChecked, ReadError, ReadOptions, SignatureScheme, TamperCheck, TamperFailure, TrustStore,
    Verdict, block_on, parse_contents, read_card, verify_card,
};

struct Fixture {
    pki: TestPki,
    dumps: Vec<GeneratedDump>,
}

fn fixture() -> &'static Fixture {
    static F: OnceLock<Fixture> = OnceLock::new();
    F.get_or_init(|| {
        let pki = TestPki::generate(madoguchi_card_sim::generate::DEFAULT_SEED).unwrap();
        // The committed TIFF images, so that no font is needed here; `committed_images_match_
        // the_renderer` checks them against the fonts.
        let images = ChipImages::Committed(CommittedImages::load(&dumps_dir()).unwrap());
        let dumps = standard_dumps(&pki, &images).unwrap();
        Fixture { pki, dumps }
    })
}

fn dumps_dir() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("dumps")
}

fn dump(name: &str) -> CardDump {
    fixture()
        .dumps
        .iter()
        .find(|d| d.name == name)
        .unwrap()
        .dump
        .clone()
}

fn test_trust() -> TrustStore {
    let f = fixture();
    let mut t = TrustStore::new();
    t.add_test_ca(&f.pki.ca.cert_der().unwrap()).unwrap();
    t.add_test_ca(&f.pki.old_ca.cert_der().unwrap()).unwrap();
    t.add_test_ca(&f.pki.ca2.cert_der().unwrap()).unwrap();
    t
}

const NOW: fn() -> u64 = || unix(2026, 11, 22);

fn read(
    dump: CardDump,
    number: Option<&str>,
    mode: ApduMode,
    reader_extended: bool,
) -> Result<madoguchi_zairyu::CardRead, ReadError> {
    let number = number.map_or_else(|| dump.card_number.clone(), |n| CardNumber::new(n).unwrap());
    let mut channel = SimChannel::new(SimCard::new(dump, OsRng));
    channel.extended_supported = reader_extended;
    block_on(read_card(
        &mut channel,
        &number,
        &mut OsRng,
        &ReadOptions {
            mode,
            ..ReadOptions::default()
        },
    ))
}

#[test]
fn every_dump_classifies_as_expected_in_every_apdu_mode() {
    let trust = test_trust();
    for d in &fixture().dumps {
        let mut reference = None;
        for (mode, reader_extended) in [
            (ApduMode::Auto, true),
            (ApduMode::Extended, true),
            (ApduMode::Short, true),
            (ApduMode::Auto, false),
        ] {
            let r = read(d.dump.clone(), None, mode, reader_extended).unwrap();
            assert_eq!(
                r.stats.extended_length,
                mode != ApduMode::Short && reader_extended,
                "{}",
                d.name
            );
            // Every EF of the dump comes back byte for byte, whatever the encoding.
            for (id, bytes) in d.dump.files.iter() {
                assert_eq!(r.files.get(id), Some(bytes), "{} {id} {mode:?}", d.name);
            }
            let v = verify_card(r.card_type, &r.files, &trust, NOW());
            assert_eq!(v.verdict, d.expected, "{} {mode:?}: {v:?}", d.name);
            if let Some(previous) = &reference {
                assert_eq!(&v, previous);
            }
            reference = Some(v);
            parse_contents(r.card_type, &r.files).unwrap();
        }
    }
}

#[test]
fn chunked_reads_cost_more_apdus_than_extended() {
    let ext = read(dump("residence-normal"), None, ApduMode::Extended, true).unwrap();
    let short = read(dump("residence-normal"), None, ApduMode::Short, true).unwrap();
    // SELECT MF, 2 free reads, 3 auth, 3 SELECT DF, 7 reads.
    assert_eq!(ext.stats.apdus, 16);
    assert!(short.stats.apdus > 60, "{}", short.stats.apdus);
    let fallback = read(dump("residence-normal"), None, ApduMode::Auto, false).unwrap();
    assert_eq!(fallback.stats.apdus, short.stats.apdus + 1);
}

#[test]
fn normal_residence_card_details() {
    let r = read(dump("residence-normal"), None, ApduMode::Auto, true).unwrap();
    assert_eq!(r.card_type.generation, Generation::First);
    let c = parse_contents(r.card_type, &r.files).unwrap();
    assert_eq!(
        c.address.as_ref().unwrap().address,
        "東京都千代田区霞が関１丁目１番１号"
    );
    assert!(
        c.comprehensive_permission_text
            .as_deref()
            .unwrap()
            .starts_with("許可")
    );
    assert_eq!(c.individual_permission_text, None);
    assert_eq!(
        c.front_image.as_ref().unwrap().format,
        madoguchi_zairyu::ImageFormat::Tiff
    );
    assert!(c.face_image.is_some());

    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    assert_eq!(
        v.tamper,
        TamperCheck::Intact {
            scheme: SignatureScheme::RsaSpecLayout
        }
    );
    let IssuerCheck::Verified { kind, notes, .. } = &v.issuer else {
        panic!("{v:?}")
    };
    assert_eq!(*kind, AnchorKind::Test);
    assert_eq!(notes, &[IssuerNote::TestCa]);

    // No CA installed: never OK.
    let v = verify_card(r.card_type, &r.files, &TrustStore::new(), NOW());
    assert_eq!(v.verdict, Verdict::IssuerNotChecked);
    assert!(matches!(
        v.issuer,
        IssuerCheck::NotChecked {
            why: NotChecked::CaNotInstalled(_)
        }
    ));
    assert_eq!(
        v.tamper,
        TamperCheck::Intact {
            scheme: SignatureScheme::RsaSpecLayout
        }
    );
}

#[test]
fn special_permanent_resident_has_no_permission_files_and_uses_digest_info() {
    let r = read(dump("special-permanent"), None, ApduMode::Auto, true).unwrap();
    assert_eq!(
        r.card_type.kind,
        CardKind::SpecialPermanentResidentCertificate
    );
    assert_eq!(r.files.get(DF2_EF02), None);
    assert_eq!(r.files.get(DF2_EF04), None);
    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    assert_eq!(
        v.tamper,
        TamperCheck::Intact {
            scheme: SignatureScheme::RsaDigestInfo
        }
    );
}

#[test]
fn under_16_is_not_signed_not_tampered() {
    let r = read(dump("under16"), None, ApduMode::Auto, true).unwrap();
    let c = parse_contents(r.card_type, &r.files).unwrap();
    assert_eq!(c.face_image, None);
    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    assert_eq!(
        (v.tamper, v.issuer, v.verdict),
        (
            TamperCheck::NotSigned,
            IssuerCheck::NotSigned,
            Verdict::NotSignedUnder16
        )
    );
}

#[test]
fn tampered_image_fails_the_tamper_check_only() {
    let r = read(dump("tampered"), None, ApduMode::Auto, true).unwrap();
    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    assert_eq!(
        v.tamper,
        TamperCheck::Failed {
            failure: TamperFailure::HashMismatch
        }
    );
    assert!(matches!(v.issuer, IssuerCheck::Verified { .. }));
    assert_eq!(v.verdict, Verdict::Abnormal);
}

#[test]
fn wrong_ca_fails_the_issuer_check_only() {
    let r = read(dump("wrong-ca"), None, ApduMode::Auto, true).unwrap();
    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    assert!(matches!(v.tamper, TamperCheck::Intact { .. }));
    assert!(
        matches!(
            v.issuer,
            IssuerCheck::Failed {
                failure: IssuerFailure::UnknownCa(_) | IssuerFailure::BadCertificateSignature
            }
        ),
        "{v:?}"
    );
    // Even trusting only the CA it claims (same name, other key): the signature does not verify.
    let mut t = TrustStore::new();
    t.add_test_ca(&fixture().pki.ca.cert_der().unwrap())
        .unwrap();
    let v = verify_card(r.card_type, &r.files, &t, NOW());
    assert_eq!(v.verdict, Verdict::Abnormal);
}

#[test]
fn ca_expired_since_signing_passes_with_notes() {
    let r = read(dump("expired-ca"), None, ApduMode::Auto, true).unwrap();
    let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
    let IssuerCheck::Verified { notes, .. } = &v.issuer else {
        panic!("{v:?}")
    };
    assert!(
        notes.contains(&IssuerNote::SignerCertificateExpired("2025-06-10".into())),
        "{notes:?}"
    );
    assert!(
        notes.contains(&IssuerNote::CaCertificateExpired("2025-09-06".into())),
        "{notes:?}"
    );
    assert_eq!(v.verdict, Verdict::GenuineTestCa);
    // Checked in 2020, before that signer existed: still chains, with a clock note.
    let v = verify_card(r.card_type, &r.files, &test_trust(), unix(2014, 1, 1));
    let IssuerCheck::Verified { notes, .. } = &v.issuer else {
        panic!("{v:?}")
    };
    assert!(notes.contains(&IssuerNote::SignerCertificateNotYetValid(
        "2015-06-10".into()
    )));
}

#[test]
fn second_generation_cards() {
    for name in ["second-gen", "second-gen-special"] {
        let d = dump(name);
        let expected_number = d.card_number.as_str().to_owned();
        let r = read(d, None, ApduMode::Auto, true).unwrap();
        assert_eq!(r.card_type.generation, Generation::Second);
        let c = parse_contents(r.card_type, &r.files).unwrap();
        let printed = c.printed.as_ref().unwrap();
        assert_eq!(printed.card_expiry, "20330615");
        assert!(c.name_image.is_some() && c.address_image.is_some() && c.face_image.is_some());
        assert_eq!(c.card_number.as_deref(), Some(expected_number.as_str()));
        let v = verify_card(r.card_type, &r.files, &test_trust(), NOW());
        assert_eq!(
            v.tamper,
            TamperCheck::Intact {
                scheme: SignatureScheme::EcdsaP384Sha256
            },
            "{name}"
        );
        assert_eq!(v.verdict, Verdict::GenuineTestCa);
        // Any change to a signed byte breaks the ECDSA signature.
        let mut files = r.files.clone();
        let mut ef = files
            .get(madoguchi_zairyu::layout::DF1_EF02)
            .unwrap()
            .to_vec();
        ef[2] ^= 1;
        files.insert(madoguchi_zairyu::layout::DF1_EF02, ef);
        let v = verify_card(r.card_type, &files, &test_trust(), NOW());
        assert_eq!(
            v.tamper,
            TamperCheck::Failed {
                failure: TamperFailure::BadSignature
            }
        );
    }
}

#[test]
fn wrong_card_number_is_reported_and_reads_nothing() {
    for name in ["residence-normal", "second-gen"] {
        let result = read(dump(name), Some("ZZ99999999ZZ"), ApduMode::Auto, true);
        assert_eq!(result, Err(ReadError::CardNumberMismatch), "{name}");
        assert_eq!(
            result.unwrap_err().to_string(),
            "card number does not match"
        );
    }
}

#[test]
fn tampering_after_the_read_is_detected_in_each_signed_file() {
    let r = read(dump("residence-normal"), None, ApduMode::Auto, true).unwrap();
    for (ef, pos) in [
        (DF1_EF01, 4),
        (DF1_EF01, 7003),
        (madoguchi_zairyu::layout::DF1_EF02, 3003),
    ] {
        let mut files = r.files.clone();
        let mut bytes = files.get(ef).unwrap().to_vec();
        bytes[pos] ^= 0x80;
        files.insert(ef, bytes);
        let v = verify_card(r.card_type, &files, &test_trust(), NOW());
        assert_eq!(
            v.tamper,
            TamperCheck::Failed {
                failure: TamperFailure::HashMismatch
            },
            "{ef} {pos}"
        );
    }
    let mut files = r.files.clone();
    let mut df3 = files.get(DF3_EF01).unwrap().to_vec();
    df3[10] ^= 1; // inside the check code
    files.insert(DF3_EF01, df3);
    let v = verify_card(r.card_type, &files, &test_trust(), NOW());
    assert_eq!(
        v.tamper,
        TamperCheck::Failed {
            failure: TamperFailure::BadPadding
        }
    );
}

/// `crates/card-sim/dumps` holds the output of `gen-dumps` with the default seed; it must stay in
/// sync with the generator (regenerate with `cargo run -p madoguchi-card-sim --bin gen-dumps --
/// crates/card-sim/dumps`).
#[test]
fn committed_dumps_match_the_generator() {
    let dir = dumps_dir();
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    for d in &fixture().dumps {
        let loaded = CardDump::load(&dir.join(d.name)).unwrap();
        assert_eq!(loaded, d.dump, "{} differs from the generator", d.name);
        assert_eq!(expected[d.name], serde_json::to_value(d.expected).unwrap());
    }
    let ca = std::fs::read(dir.join("trust/test-ca.der")).unwrap();
    assert_eq!(ca, fixture().pki.ca.cert_der().unwrap());
}

#[test]
fn chip_images_decode() {
    for d in &fixture().dumps {
        let r = read(d.dump.clone(), None, ApduMode::Auto, true).unwrap();
        let c = parse_contents(r.card_type, &r.files).unwrap();
        for image in [&c.front_image, &c.name_image, &c.address_image]
            .into_iter()
            .flatten()
        {
            let raster = madoguchi_zairyu::images::decode(image).unwrap();
            assert_eq!(raster.channels, 1, "{}", d.name);
            assert!(
                raster.pixels.contains(&0) && raster.pixels.contains(&255),
                "{}",
                d.name
            );
        }
        match &c.face_image {
            Some(face) => {
                let raster = madoguchi_zairyu::images::decode(face).unwrap();
                assert_eq!(
                    (raster.width, raster.height, raster.channels),
                    (96, 120, 3),
                    "{}",
                    d.name
                );
            }
            None => assert_eq!(d.name, "under16"),
        }
    }
}

/// The committed TIFF images are what the renderer makes with the Debian IPA fonts (installed by
/// `scripts/test.sh` and `scripts/gen-dumps.sh`): regenerating every dump with the fonts gives
/// the committed dumps byte for byte.
#[test]
fn committed_images_match_the_renderer() {
    let fonts = madoguchi_card_sim::images::CardFonts::from_env().unwrap_or_else(|e| panic!("{e}"));
    let rendered = standard_dumps(&fixture().pki, &ChipImages::Render(&fonts)).unwrap();
    assert_eq!(rendered.len(), fixture().dumps.len());
    for (r, d) in rendered.iter().zip(&fixture().dumps) {
        assert_eq!(r.name, d.name);
        for (id, bytes) in d.dump.files.iter() {
            assert_eq!(
                r.dump.files.get(id),
                Some(bytes),
                "{} {id}: regenerate with scripts/gen-dumps.sh",
                d.name
            );
        }
    }
}

#[test]
fn front_images_show_the_card_face() {
    use madoguchi_card_sim::images::{FRONT_HEIGHT, FRONT_NAME_AREA, FRONT_WIDTH};
    for d in &fixture().dumps {
        let card_type = madoguchi_zairyu::CardType::from_ef(
            d.dump.files.get(madoguchi_zairyu::layout::MF_EF02).unwrap(),
        )
        .unwrap();
        if card_type.generation != Generation::First {
            continue;
        }
        let c = parse_contents(card_type, &d.dump.files).unwrap();
        let raster = madoguchi_zairyu::images::decode(c.front_image.as_ref().unwrap()).unwrap();
        assert_eq!(
            (raster.width, raster.height),
            (FRONT_WIDTH, FRONT_HEIGHT),
            "{}",
            d.name
        );
        let dark = |x0: u32, y0: u32, x1: u32, y1: u32| {
            (y0..y1)
                .flat_map(|y| (x0..x1).map(move |x| (x, y)))
                .filter(|&(x, y)| raster.pixels[(y * raster.width + x) as usize] == 0)
                .count()
        };
        let (x0, y0, x1, y1) = FRONT_NAME_AREA;
        let name = dark(x0, y0, x1, y1) as f64 / f64::from((x1 - x0) * (y1 - y0));
        assert!((0.01..0.4).contains(&name), "{}: name area {name}", d.name);
        // The photo's place is empty: the photo is its own EF.
        let (w, h) = (FRONT_WIDTH as f32, FRONT_HEIGHT as f32);
        assert_eq!(
            dark(
                (0.75 * w) as u32,
                (0.17 * h) as u32,
                (0.96 * w) as u32,
                (0.67 * h) as u32
            ),
            0,
            "{}",
            d.name
        );
        assert_eq!(
            d.dump.files.get(DF1_EF01).unwrap().len(),
            7004,
            "{}",
            d.name
        );
    }
}
