//! Test dump generator: a project test PKI (never the ISA's) and signed card dumps for every
//! verification outcome.
//!
//! Everything is derived from a seed, so the same seed gives byte-identical dumps and
//! certificates.

use std::str::FromStr;
use std::time::Duration;

use der::Encode;
use der::asn1::UtcTime;
use madoguchi_zairyu::layout::{
    CardFiles, CardType, DF1_EF01, DF1_EF02, DF1_EF03, DF1_EF04, DF2_EF01, DF2_EF02, DF2_EF03,
    DF2_EF04, DF3_EF01, EfId, MF_EF01, MF_EF02,
};
use madoguchi_zairyu::tlv::encode;
use madoguchi_zairyu::verify::{first_generation_signed_data, second_generation_signed_data};
use madoguchi_zairyu::{CardKind, CardNumber};
use p384::ecdsa::signature::hazmat::PrehashSigner;
use rand_chacha::ChaCha20Rng;
use rand_chacha::rand_core::SeedableRng;
use rsa::pkcs8::EncodePublicKey;
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, RsaPrivateKey};
use sha2::{Digest, Sha256};
use spki::SubjectPublicKeyInfoOwned;
use x509_cert::Certificate;
use x509_cert::builder::{Builder, CertificateBuilder, Profile};
use x509_cert::name::Name;
use x509_cert::serial_number::SerialNumber;
use x509_cert::time::{Time, Validity};

use crate::dump::CardDump;
use crate::images;

/// Generation failed (a bug or an impossible parameter, not a runtime condition).
#[derive(Debug, thiserror::Error)]
#[error("dump generation failed: {0}")]
pub struct GenerateError(String);

fn err(e: impl std::fmt::Display) -> GenerateError {
    GenerateError(e.to_string())
}

/// Seed of the committed / default test PKI.
pub const DEFAULT_SEED: u64 = 20_260_401;

/// Subject of the project's test CAs. Deliberately not named like the ISA's "ZairyuCard CA".
pub const TEST_CA_SUBJECT: &str =
    "CN=madoguchi TEST card CA,O=madoguchi test PKI (not the ISA),C=JP";
/// Subject of the 2nd generation test CA.
pub const TEST_CA2_SUBJECT: &str =
    "CN=madoguchi TEST card CA2,O=madoguchi test PKI (not the ISA),C=JP";

/// Seconds since 1970 of a UTC date.
pub fn unix(y: i64, m: i64, d: i64) -> u64 {
    // Days from civil (Howard Hinnant).
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    let days = era * 146_097 + doe - 719_468;
    u64::try_from(days * 86_400).unwrap_or(0)
}

fn validity(from: u64, to: u64) -> Result<Validity, GenerateError> {
    let t = |s| {
        UtcTime::from_unix_duration(Duration::from_secs(s))
            .map(Time::UtcTime)
            .map_err(err)
    };
    Ok(Validity {
        not_before: t(from)?,
        not_after: t(to)?,
    })
}

/// An RSA CA or signer with its certificate.
pub struct RsaIdentity {
    /// Private key.
    pub key: RsaPrivateKey,
    /// Certificate.
    pub cert: Certificate,
}

/// A P-384 CA or signer with its certificate.
pub struct EcIdentity {
    /// Private key.
    pub key: p384::ecdsa::SigningKey,
    /// Certificate.
    pub cert: Certificate,
}

impl RsaIdentity {
    /// DER of the certificate.
    pub fn cert_der(&self) -> Result<Vec<u8>, GenerateError> {
        self.cert.to_der().map_err(err)
    }
}

impl EcIdentity {
    /// DER of the certificate.
    pub fn cert_der(&self) -> Result<Vec<u8>, GenerateError> {
        self.cert.to_der().map_err(err)
    }
}

fn rsa_spki(key: &RsaPrivateKey) -> Result<SubjectPublicKeyInfoOwned, GenerateError> {
    let der = key.to_public_key().to_public_key_der().map_err(err)?;
    SubjectPublicKeyInfoOwned::try_from(der.as_bytes()).map_err(err)
}

fn ec_spki(key: &p384::ecdsa::SigningKey) -> Result<SubjectPublicKeyInfoOwned, GenerateError> {
    let der = key.verifying_key().to_public_key_der().map_err(err)?;
    SubjectPublicKeyInfoOwned::try_from(der.as_bytes()).map_err(err)
}

fn rsa_ca(
    rng: &mut ChaCha20Rng,
    subject: &str,
    serial: u32,
    from: u64,
    to: u64,
) -> Result<RsaIdentity, GenerateError> {
    let key = RsaPrivateKey::new(rng, 2048).map_err(err)?;
    let signer = rsa::pkcs1v15::SigningKey::<Sha256>::new(key.clone());
    let name = Name::from_str(subject).map_err(err)?;
    let builder = CertificateBuilder::new(
        Profile::Root,
        SerialNumber::from(serial),
        validity(from, to)?,
        name,
        rsa_spki(&key)?,
        &signer,
    )
    .map_err(err)?;
    let cert = builder.build::<rsa::pkcs1v15::Signature>().map_err(err)?;
    Ok(RsaIdentity { key, cert })
}

fn rsa_leaf(
    rng: &mut ChaCha20Rng,
    ca: &RsaIdentity,
    subject: &str,
    serial: u32,
    from: u64,
    to: u64,
) -> Result<RsaIdentity, GenerateError> {
    let key = RsaPrivateKey::new(rng, 2048).map_err(err)?;
    let signer = rsa::pkcs1v15::SigningKey::<Sha256>::new(ca.key.clone());
    let profile = Profile::Leaf {
        issuer: ca.cert.tbs_certificate.subject.clone(),
        enable_key_agreement: false,
        enable_key_encipherment: false,
    };
    let builder = CertificateBuilder::new(
        profile,
        SerialNumber::from(serial),
        validity(from, to)?,
        Name::from_str(subject).map_err(err)?,
        rsa_spki(&key)?,
        &signer,
    )
    .map_err(err)?;
    let cert = builder.build::<rsa::pkcs1v15::Signature>().map_err(err)?;
    Ok(RsaIdentity { key, cert })
}

fn ec_identity(
    rng: &mut ChaCha20Rng,
    issuer: Option<&EcIdentity>,
    subject: &str,
    serial: u32,
    from: u64,
    to: u64,
) -> Result<EcIdentity, GenerateError> {
    let key = p384::ecdsa::SigningKey::random(rng);
    let (profile, signer) = match issuer {
        None => (Profile::Root, &key),
        Some(ca) => (
            Profile::Leaf {
                issuer: ca.cert.tbs_certificate.subject.clone(),
                enable_key_agreement: false,
                enable_key_encipherment: false,
            },
            &ca.key,
        ),
    };
    let builder = CertificateBuilder::new(
        profile,
        SerialNumber::from(serial),
        validity(from, to)?,
        Name::from_str(subject).map_err(err)?,
        ec_spki(&key)?,
        signer,
    )
    .map_err(err)?;
    let cert = builder.build::<p384::ecdsa::DerSignature>().map_err(err)?;
    Ok(EcIdentity { key, cert })
}

/// The project's test PKI.
pub struct TestPki {
    /// 1st generation test CA (RSA-2048), valid 2020–2040.
    pub ca: RsaIdentity,
    /// Card signer under `ca`, valid 2024–2034.
    pub signer: RsaIdentity,
    /// A second CA with the same name as `ca` but another key: the "wrong CA".
    pub wrong_ca: RsaIdentity,
    /// Signer under `wrong_ca`.
    pub wrong_signer: RsaIdentity,
    /// An old test CA valid 2015–2025 (expired now, like the ISA's first CA).
    pub old_ca: RsaIdentity,
    /// Signer under `old_ca`, valid 2015–2025.
    pub old_signer: RsaIdentity,
    /// 2nd generation test CA (P-384), valid 2025–2045.
    pub ca2: EcIdentity,
    /// 2nd generation signer, valid 2026–2036.
    pub signer2: EcIdentity,
}

impl TestPki {
    /// Generates the PKI from `seed` (RSA key generation takes a few seconds).
    pub fn generate(seed: u64) -> Result<Self, GenerateError> {
        let mut rng = ChaCha20Rng::seed_from_u64(seed);
        let signer_subject =
            "CN=madoguchi TEST card signer,O=madoguchi test PKI (not the ISA),C=JP";
        let ca = rsa_ca(
            &mut rng,
            TEST_CA_SUBJECT,
            1,
            unix(2020, 1, 1),
            unix(2040, 1, 1),
        )?;
        let signer = rsa_leaf(
            &mut rng,
            &ca,
            signer_subject,
            2,
            unix(2024, 1, 1),
            unix(2034, 1, 1),
        )?;
        let wrong_ca = rsa_ca(
            &mut rng,
            TEST_CA_SUBJECT,
            1,
            unix(2020, 1, 1),
            unix(2040, 1, 1),
        )?;
        let wrong_signer = rsa_leaf(
            &mut rng,
            &wrong_ca,
            signer_subject,
            2,
            unix(2024, 1, 1),
            unix(2034, 1, 1),
        )?;
        let old_subject = "CN=madoguchi TEST card CA 2015,O=madoguchi test PKI (not the ISA),C=JP";
        let old_ca = rsa_ca(&mut rng, old_subject, 3, unix(2015, 6, 6), unix(2025, 9, 6))?;
        let old_signer = rsa_leaf(
            &mut rng,
            &old_ca,
            signer_subject,
            4,
            unix(2015, 6, 10),
            unix(2025, 6, 10),
        )?;
        let ca2 = ec_identity(
            &mut rng,
            None,
            TEST_CA2_SUBJECT,
            5,
            unix(2025, 1, 1),
            unix(2045, 1, 1),
        )?;
        let signer2_subject =
            "CN=madoguchi TEST card signer 2,O=madoguchi test PKI (not the ISA),C=JP";
        let signer2 = ec_identity(
            &mut rng,
            Some(&ca2),
            signer2_subject,
            6,
            unix(2026, 1, 1),
            unix(2036, 1, 1),
        )?;
        Ok(Self {
            ca,
            signer,
            wrong_ca,
            wrong_signer,
            old_ca,
            old_signer,
            ca2,
            signer2,
        })
    }
}

/// How the 1st generation check code is laid out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RsaLayout {
    /// `00 01 FF.. 00 ‖ SHA-256` (spec Fig. 3-4).
    Spec,
    /// Standard PKCS #1 v1.5 with DigestInfo.
    DigestInfo,
}

/// Raw RSA signature of `data` with the given block layout.
pub fn rsa_check_code(
    key: &RsaPrivateKey,
    data: &[u8],
    layout: RsaLayout,
) -> Result<Vec<u8>, GenerateError> {
    let hash = Sha256::digest(data);
    let k = key.size();
    let mut t = Vec::new();
    if layout == RsaLayout::DigestInfo {
        t.extend([
            0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02,
            0x01, 0x05, 0x00, 0x04, 0x20,
        ]);
    }
    t.extend_from_slice(&hash);
    let mut em = vec![0x00, 0x01];
    em.resize(k - t.len() - 1, 0xFF);
    em.push(0x00);
    em.extend(t);
    let m = BigUint::from_bytes_be(&em);
    let s = rsa::hazmat::rsa_decrypt_and_check(key, None::<&mut ChaCha20Rng>, &m).map_err(err)?;
    let s = s.to_bytes_be();
    let mut out = vec![0u8; k - s.len()];
    out.extend(s);
    Ok(out)
}

fn fixed(tag: u16, value: &[u8], len: usize) -> Vec<u8> {
    let mut v = value.to_vec();
    v.resize(len, 0);
    encode(tag, &v)
}

fn padded_file(mut bytes: Vec<u8>, size: usize) -> Vec<u8> {
    bytes.resize(size.max(bytes.len()), 0);
    bytes
}

/// What a generated card holds.
#[derive(Clone, Debug)]
pub struct Holder {
    /// Card number.
    pub card_number: &'static str,
    /// Name printed on the front image.
    pub name: &'static str,
    /// 住居地.
    pub address: &'static str,
    /// 市町村コード.
    pub municipality: &'static str,
    /// Under 16: no photo, no signature.
    pub under_16: bool,
}

/// Where the generator takes the TIFF images from.
pub enum ChipImages<'a> {
    /// Typeset them with the Japanese fonts (regenerating the committed dumps).
    Render(&'a images::CardFonts),
    /// Reuse those of the committed dumps, found by card number, so that everything else
    /// regenerates byte for byte without the fonts (tests, CI).
    Committed(CommittedImages),
}

/// The TIFF images of a dumps folder, by card number.
pub struct CommittedImages(std::collections::BTreeMap<String, CardImages>);

/// One card's TIFF images (1st generation: front; 2nd generation: name and address).
#[derive(Clone, Debug, Default)]
struct CardImages {
    front: Option<Vec<u8>>,
    name: Option<Vec<u8>>,
    address: Option<Vec<u8>>,
}

impl CommittedImages {
    /// Reads every dump folder in `dir` (folders without a card dump are skipped).
    pub fn load(dir: &std::path::Path) -> Result<Self, GenerateError> {
        let mut by_number = std::collections::BTreeMap::new();
        for entry in std::fs::read_dir(dir).map_err(err)? {
            let path = entry.map_err(err)?.path();
            if !path.join("card_number").is_file() {
                continue;
            }
            let dump = CardDump::load(&path).map_err(err)?;
            let image = |ef: EfId, tag: u16| -> Option<Vec<u8>> {
                let objects = madoguchi_zairyu::tlv::parse(dump.files.get(ef)?).ok()?;
                let value = objects.into_iter().find(|o| o.tag == tag)?.value;
                // The image ends where its TIFF says, whatever the padding holds (tampered).
                Some(value[..images::tiff_len(value)?].to_vec())
            };
            let images = CardImages {
                front: image(DF1_EF01, 0xD0),
                name: image(DF1_EF03, 0xD0),
                address: image(DF1_EF04, 0xDFD1),
            };
            by_number.insert(dump.card_number.as_str().to_owned(), images);
        }
        Ok(Self(by_number))
    }

    fn get(
        &self,
        card_number: &str,
        pick: fn(&CardImages) -> &Option<Vec<u8>>,
    ) -> Result<Vec<u8>, GenerateError> {
        self.0
            .get(card_number)
            .and_then(|i| pick(i).clone())
            .ok_or_else(|| err(format!("no committed image for card {card_number}")))
    }
}

impl ChipImages<'_> {
    fn front(&self, face: &images::FrontFace<'_>) -> Result<Vec<u8>, GenerateError> {
        match self {
            Self::Render(fonts) => images::front_image_tiff(fonts, face).map_err(err),
            Self::Committed(c) => c.get(face.card_number, |i| &i.front),
        }
    }

    fn name(&self, holder: &Holder) -> Result<Vec<u8>, GenerateError> {
        match self {
            Self::Render(fonts) => images::name_image_tiff(fonts, holder.name).map_err(err),
            Self::Committed(c) => c.get(holder.card_number, |i| &i.name),
        }
    }

    fn address(&self, holder: &Holder) -> Result<Vec<u8>, GenerateError> {
        match self {
            Self::Render(fonts) => images::address_image_tiff(fonts, holder.address).map_err(err),
            Self::Committed(c) => c.get(holder.card_number, |i| &i.address),
        }
    }
}

/// The printed front of a 1st generation card: the holder's own entries and, for the rest,
/// those of a student from Viet Nam (residence card) or a Korean special permanent resident.
/// An under-16 card is valid until the 16th birthday.
pub fn front_face(kind: CardKind, holder: &Holder) -> images::FrontFace<'_> {
    let special = kind == CardKind::SpecialPermanentResidentCertificate;
    let (birth_date, valid_until) = match (holder.under_16, special) {
        (true, _) => ("2013年05月20日", "2029年05月20日"),
        (false, false) => ("1995年07月04日", "2028年06月15日"),
        (false, true) => ("1988年11月02日", "2031年11月02日"),
    };
    images::FrontFace {
        kind,
        card_number: holder.card_number,
        name: holder.name,
        birth_date,
        sex: if special { "男 M." } else { "女 F." },
        nationality: if special { "韓国" } else { "ベトナム" },
        address: holder.address,
        residence: (!special).then_some(images::ResidenceEntries {
            status: if holder.under_16 {
                "家族滞在"
            } else {
                "留学"
            },
            work_restriction: "就労不可",
            period: "4年3月(2028年06月15日)",
            permission: "在留期間更新許可（東京出入国在留管理局長）",
            permitted_on: "2024年03月15日",
        }),
        issued_on: "2024年03月15日",
        valid_until,
    }
}

/// The unsigned EFs of a 1st generation card (DF3/EF01 not included).
pub fn first_generation_files(
    kind: CardKind,
    holder: &Holder,
    source: &ChipImages<'_>,
) -> Result<CardFiles, GenerateError> {
    let card_type = match kind {
        CardKind::ResidenceCard => CardType::RESIDENCE_1,
        CardKind::SpecialPermanentResidentCertificate => CardType::SPECIAL_1,
    };
    let size = |id: EfId| card_type.ef(id).map_or(0, |e| e.size);
    let mut files = CardFiles::new();
    files.insert(MF_EF01, encode(0xC0, b"0001"));
    files.insert(MF_EF02, encode(0xC1, card_type.code().as_bytes()));
    let front = source.front(&front_face(kind, holder))?;
    if front.len() > 7000 {
        return Err(err(format!("front image {} bytes > 7000", front.len())));
    }
    files.insert(DF1_EF01, fixed(0xD0, &front, 7000));
    let face = if holder.under_16 {
        Vec::new()
    } else {
        images::face_image_j2k(holder.card_number)
    };
    files.insert(DF1_EF02, fixed(0xD1, &face, 3000));
    let mut df2 = fixed(0xD2, b"20240401", 8);
    df2.extend(fixed(0xD3, holder.municipality.as_bytes(), 6));
    df2.extend(fixed(0xD4, holder.address.as_bytes(), 320));
    files.insert(DF2_EF01, padded_file(df2, size(DF2_EF01)));
    if kind == CardKind::ResidenceCard {
        files.insert(
            DF2_EF02,
            fixed(
                0xD5,
                "許可：原則週２８時間以内・風俗営業等の従事を除く".as_bytes(),
                120,
            ),
        );
        // Individual permission cleared to "none": tag, length and value all 00 (§3.3.4.7).
        files.insert(DF2_EF03, vec![0; 122]);
        files.insert(DF2_EF04, encode(0xD7, b"1"));
    }
    Ok(files)
}

/// DF3/EF01 of a 1st generation card signed by `signer`.
pub fn first_generation_signature(
    files: &CardFiles,
    signer: &RsaIdentity,
    layout: RsaLayout,
) -> Result<Vec<u8>, GenerateError> {
    let data = first_generation_signed_data(files).map_err(|e| err(format!("{e:?}")))?;
    let code = rsa_check_code(&signer.key, &data, layout)?;
    let mut df3 = encode(0xDA, &code);
    df3.extend(fixed(0xDB, &signer.cert_der()?, 1200));
    Ok(padded_file(df3, 1464))
}

/// The EFs of a 2nd generation card (DF3/EF01 not included).
pub fn second_generation_files(
    kind: CardKind,
    holder: &Holder,
    source: &ChipImages<'_>,
) -> Result<CardFiles, GenerateError> {
    let card_type = match kind {
        CardKind::ResidenceCard => CardType::RESIDENCE_2,
        CardKind::SpecialPermanentResidentCertificate => CardType::SPECIAL_2,
    };
    let mut files = CardFiles::new();
    files.insert(MF_EF01, encode(0xC0, b"0001"));
    files.insert(MF_EF02, encode(0xC1, card_type.code().as_bytes()));
    files.insert(DF1_EF01, encode(0xC2, holder.card_number.as_bytes()));
    let mut printed = Vec::new();
    let common: [(u16, &str); 6] = [
        (0xC5, "20330615"),
        (0xC6, "19950704"),
        (0xC7, "2"),
        (0xC8, "VNM"),
        (0xC9, "1600000000"),
        (0xCE, "0300"),
    ];
    for (tag, value) in common {
        printed.extend(encode(tag, value.as_bytes()));
    }
    if kind == CardKind::ResidenceCard {
        for (tag, value) in [
            (0xCA, "02"),
            (0xCB, "20300615"),
            (0xCC, "2"),
            (0xCD, "20330615"),
        ] {
            printed.extend(encode(tag, value.as_bytes()));
        }
    }
    files.insert(DF1_EF02, printed);
    let name = source.name(holder)?;
    let face = if holder.under_16 {
        Vec::new()
    } else {
        images::face_image_j2k(holder.card_number)
    };
    let mut ef03 = fixed(0xD0, &name, 2500);
    ef03.extend(fixed(0xD1, &face, 3000));
    files.insert(DF1_EF03, ef03);
    let address = source.address(holder)?;
    files.insert(DF1_EF04, fixed(0xDFD1, &address, 2500));
    let mut other = encode(0xD9, b"0");
    other.extend(fixed(0xDE, b"", 200));
    match kind {
        CardKind::ResidenceCard => {
            let mut perm = fixed(0xD5, b"1", 7);
            perm.extend(fixed(0xD6, b"20330615", 8));
            perm.extend(fixed(0xD7, b"0", 1));
            files.insert(DF2_EF01, perm);
            files.insert(DF2_EF02, encode(0xD8, b"0"));
            files.insert(DF2_EF03, padded_file(other, 207));
        }
        CardKind::SpecialPermanentResidentCertificate => {
            files.insert(DF2_EF01, padded_file(other, 207));
        }
    }
    Ok(files)
}

/// DF3/EF01 of a 2nd generation card: `DC 60 r‖s`, `DD` certificate padded to 602.
pub fn second_generation_signature(
    files: &CardFiles,
    signer: &EcIdentity,
) -> Result<Vec<u8>, GenerateError> {
    let data = second_generation_signed_data(files).map_err(|e| err(format!("{e:?}")))?;
    let sig: p384::ecdsa::Signature = signer
        .key
        .sign_prehash(&Sha256::digest(&data))
        .map_err(err)?;
    let mut df3 = encode(0xDC, &sig.to_bytes());
    df3.extend(fixed(0xDD, &signer.cert_der()?, 602));
    Ok(padded_file(df3, 704))
}

/// The generated dumps and their expected verdicts.
pub struct GeneratedDump {
    /// Folder name.
    pub name: &'static str,
    /// The dump.
    pub dump: CardDump,
    /// What `read-card --trust <test CA dir>` must classify it as.
    pub expected: madoguchi_zairyu::Verdict,
}

/// The standard test dumps: normal residence card, special permanent resident certificate,
/// under-16, tampered, wrong CA, CA expired since signing, 2nd generation (both kinds).
pub fn standard_dumps(
    pki: &TestPki,
    source: &ChipImages<'_>,
) -> Result<Vec<GeneratedDump>, GenerateError> {
    use madoguchi_zairyu::Verdict;
    let number = |n| CardNumber::new(n).map_err(err);
    let holder = |card_number, name, under_16| Holder {
        card_number,
        name,
        address: "東京都千代田区霞が関１丁目１番１号",
        municipality: "131016",
        under_16,
    };
    let mut out = Vec::new();
    let mut first = |name,
                     kind,
                     h: Holder,
                     signer: Option<(&RsaIdentity, RsaLayout)>,
                     tamper: bool,
                     expected| {
        let mut files = first_generation_files(kind, &h, source)?;
        let df3 = match signer {
            Some((s, layout)) => first_generation_signature(&files, s, layout)?,
            None => padded_file(vec![0xDA, 0x00, 0xDB, 0x00], 1464),
        };
        files.insert(DF3_EF01, df3);
        if tamper {
            // Alter one byte of the front image's data object after signing (the last padding
            // byte, so the altered image still decodes and can be shown).
            let mut front = files.get(DF1_EF01).unwrap_or_default().to_vec();
            if let Some(b) = front.last_mut() {
                *b ^= 0x01;
            }
            files.insert(DF1_EF01, front);
        }
        out.push(GeneratedDump {
            name,
            dump: CardDump {
                files,
                card_number: number(h.card_number)?,
            },
            expected,
        });
        Ok::<(), GenerateError>(())
    };
    let r = CardKind::ResidenceCard;
    let s = CardKind::SpecialPermanentResidentCertificate;
    first(
        "residence-normal",
        r,
        holder("AB12345678CD", "NGUYEN VAN A", false),
        Some((&pki.signer, RsaLayout::Spec)),
        false,
        Verdict::GenuineTestCa,
    )?;
    first(
        "special-permanent",
        s,
        holder("CD23456789EF", "KIM MINJI", false),
        Some((&pki.signer, RsaLayout::DigestInfo)),
        false,
        Verdict::GenuineTestCa,
    )?;
    first(
        "under16",
        r,
        holder("EF34567890GH", "TRAN THI B", true),
        None,
        false,
        Verdict::NotSignedUnder16,
    )?;
    first(
        "tampered",
        r,
        holder("GH45678901IJ", "NGUYEN VAN C", false),
        Some((&pki.signer, RsaLayout::Spec)),
        true,
        Verdict::Abnormal,
    )?;
    first(
        "wrong-ca",
        r,
        holder("IJ56789012KL", "NGUYEN VAN D", false),
        Some((&pki.wrong_signer, RsaLayout::Spec)),
        false,
        Verdict::Abnormal,
    )?;
    first(
        "expired-ca",
        r,
        holder("KL67890123MN", "NGUYEN VAN E", false),
        Some((&pki.old_signer, RsaLayout::Spec)),
        false,
        Verdict::GenuineTestCa,
    )?;

    for (name, kind, no, person) in [
        ("second-gen", r, "MN78901234OP", "PHAM THI F"),
        ("second-gen-special", s, "OP89012345QR", "LEE JIHO"),
    ] {
        let mut files = second_generation_files(kind, &holder(no, person, false), source)?;
        let df3 = second_generation_signature(&files, &pki.signer2)?;
        files.insert(DF3_EF01, df3);
        out.push(GeneratedDump {
            name,
            dump: CardDump {
                files,
                card_number: number(no)?,
            },
            expected: Verdict::GenuineTestCa,
        });
    }
    Ok(out)
}

/// Writes the test CA certificates (DER) into `dir` (the folder `read-card --trust` takes).
pub fn write_trust_dir(pki: &TestPki, dir: &std::path::Path) -> Result<(), GenerateError> {
    std::fs::create_dir_all(dir).map_err(err)?;
    std::fs::write(dir.join("test-ca.der"), pki.ca.cert_der()?).map_err(err)?;
    std::fs::write(dir.join("test-ca-2015.der"), pki.old_ca.cert_der()?).map_err(err)?;
    std::fs::write(dir.join("test-ca2.der"), pki.ca2.cert_der()?).map_err(err)?;
    Ok(())
}
