//! Signature verification, reported as two separate checks like the ISA reader app:
//!
//! - **Tamper check** (改ざん検証, spec §3.4.3.1): the check code on the chip, verified with the
//!   public key of the certificate on the chip, over the front image and face photo (1st
//!   generation, RSA-2048) or over the printed entries, face photo and name image (2nd generation,
//!   ECDSA P-384 with SHA-256).
//! - **Issuer check** (発行元検証): the chip's certificate chains to an ISA CA certificate whose
//!   SHA-256 fingerprint is pinned here. The certificates themselves are supplied by the caller.
//!
//! Architecture Invariant: with no genuine ISA CA certificate installed, the issuer check says
//! "not checked", never OK; a CA added as a test CA is always reported as "test CA, not the ISA".
//! Expiry is not forgery: a signer or CA certificate that has expired since the card was issued
//! still passes, with a note.

use der::{Decode, Encode};
use rsa::pkcs8::DecodePublicKey;
use rsa::traits::PublicKeyParts;
use rsa::{BigUint, Pkcs1v15Sign, RsaPublicKey};
use serde::Serialize;
use sha2::{Digest, Sha256, Sha384, Sha512};
use subtle::ConstantTimeEq;
use x509_cert::Certificate;
use x509_cert::der::DecodePem;
use x509_cert::ext::pkix::{AuthorityKeyIdentifier, BasicConstraints, SubjectKeyIdentifier};

use crate::contents;
use crate::layout::{CardFiles, CardType, DF1_EF01, DF1_EF02, DF1_EF03, DF3_EF01, Generation};
use crate::tlv;

/// A pinned ISA CA certificate.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct PinnedCa {
    /// Human-readable label.
    pub label: &'static str,
    /// Which card generation it signs.
    pub generation: Generation,
    /// SHA-256 of the certificate's DER encoding, upper-case hex.
    pub sha256: &'static str,
    /// The ISA's own test CA (for ISA sample cards), not a production CA.
    pub test: bool,
}

/// The ISA CA certificates accepted as genuine trust anchors (project notes §7, §9).
pub const PINNED_CAS: &[PinnedCa] = &[
    PinnedCa {
        label: "ZairyuCard CA (2015-06-06 to 2025-09-06)",
        generation: Generation::First,
        sha256: "97F37C5967AF5F3CD84E6ED694B09539ABB7F8E7E76B6F7496A060008982983D",
        test: false,
    },
    PinnedCa {
        label: "ZairyuCard CA (2018-04-07 to 2028-07-07)",
        generation: Generation::First,
        sha256: "FF02323CEA7B8C3DFC0DC2DE79D46E78514AF587368523086B188E9690AEC861",
        test: false,
    },
    PinnedCa {
        label: "ZairyuCard CA (2021-05-27 to 2031-08-27)",
        generation: Generation::First,
        sha256: "6F50161AA80F7FF7C630505FAF472906F7B101D5083E327A6182C82CD7985E67",
        test: false,
    },
    PinnedCa {
        label: "ZairyuCard CA (2024-05-08 to 2034-08-08)",
        generation: Generation::First,
        sha256: "BF854466ED9ABF61F559C39BF8790546F8ACDAB99B51FD2330563669CE4A71B2",
        test: false,
    },
    PinnedCa {
        label: "ZairyuCard CA2 (2026-04-20 to 2039-07-20)",
        generation: Generation::Second,
        sha256: "11E6AD8B8E64F0CDB1D8BA9E3689926C80E8479A2F098616F674A23582BEC13B",
        test: false,
    },
    PinnedCa {
        label: "ZairyuCard CA2 test CA of the ISA (sample cards)",
        generation: Generation::Second,
        sha256: "1846B815D31F04FE93D57450A6D8A8C351EAC3D8C444A2375D95734DF7DD1057",
        test: true,
    },
];

/// Whether a trust anchor is a genuine ISA CA.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AnchorKind {
    /// A pinned production ISA CA.
    Isa,
    /// A test CA: the ISA's sample-card CA or one added with [`TrustStore::add_test_ca`].
    /// Reported as "test CA, not the ISA".
    Test,
}

/// A CA certificate the issuer check can chain to.
#[derive(Clone, Debug)]
pub struct TrustAnchor {
    /// Label (pinned label, or the subject of a test CA).
    pub label: String,
    /// ISA or test.
    pub kind: AnchorKind,
    /// SHA-256 of the DER, upper-case hex.
    pub sha256: String,
    cert: Certificate,
}

/// Why a CA certificate was not added.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum TrustError {
    /// Neither a DER nor a PEM certificate.
    #[error("not an X.509 certificate (DER or PEM)")]
    NotACertificate,
    /// A certificate whose fingerprint is not one of the pinned ISA CAs.
    #[error("certificate {sha256} is not a pinned ISA CA certificate")]
    NotPinned {
        /// Its SHA-256 fingerprint.
        sha256: String,
    },
}

/// The trust anchors of the issuer check.
#[derive(Clone, Debug, Default)]
pub struct TrustStore {
    anchors: Vec<TrustAnchor>,
}

fn hex_upper(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02X}")).collect()
}

fn parse_certificate(bytes: &[u8]) -> Result<(Certificate, Vec<u8>), TrustError> {
    let cert = if bytes.starts_with(b"-----BEGIN") || bytes.iter().take(64).all(|b| b.is_ascii()) {
        let text = std::str::from_utf8(bytes).map_err(|_| TrustError::NotACertificate)?;
        Certificate::from_pem(text.trim()).map_err(|_| TrustError::NotACertificate)?
    } else {
        let len = tlv::der_element_len(bytes).ok_or(TrustError::NotACertificate)?;
        Certificate::from_der(&bytes[..len]).map_err(|_| TrustError::NotACertificate)?
    };
    let der = cert.to_der().map_err(|_| TrustError::NotACertificate)?;
    Ok((cert, der))
}

impl TrustStore {
    /// An empty store: every issuer check says "not checked".
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds an ISA CA certificate (DER or PEM), accepted only when its SHA-256 fingerprint is
    /// pinned in [`PINNED_CAS`]. Returns the kind it was added as (the ISA's sample-card CA is a
    /// test CA).
    pub fn add_isa_ca(&mut self, bytes: &[u8]) -> Result<AnchorKind, TrustError> {
        let (cert, der) = parse_certificate(bytes)?;
        let sha256 = hex_upper(&Sha256::digest(&der));
        let pinned =
            PINNED_CAS
                .iter()
                .find(|p| p.sha256 == sha256)
                .ok_or(TrustError::NotPinned {
                    sha256: sha256.clone(),
                })?;
        let kind = if pinned.test {
            AnchorKind::Test
        } else {
            AnchorKind::Isa
        };
        if !self.anchors.iter().any(|a| a.sha256 == sha256) {
            self.anchors.push(TrustAnchor {
                label: pinned.label.to_owned(),
                kind,
                sha256,
                cert,
            });
        }
        Ok(kind)
    }

    /// Adds any CA certificate (DER or PEM) as a test anchor: cards chaining to it are reported as
    /// "test CA, not the ISA", never as genuine.
    pub fn add_test_ca(&mut self, bytes: &[u8]) -> Result<(), TrustError> {
        let (cert, der) = parse_certificate(bytes)?;
        let sha256 = hex_upper(&Sha256::digest(&der));
        if !self.anchors.iter().any(|a| a.sha256 == sha256) {
            let label = cert.tbs_certificate.subject.to_string();
            self.anchors.push(TrustAnchor {
                label,
                kind: AnchorKind::Test,
                sha256,
                cert,
            });
        }
        Ok(())
    }

    /// The anchors.
    pub fn anchors(&self) -> &[TrustAnchor] {
        &self.anchors
    }

    /// Whether a genuine ISA CA is installed.
    pub fn has_isa_ca(&self) -> bool {
        self.anchors.iter().any(|a| a.kind == AnchorKind::Isa)
    }
}

/// How the check code was laid out (1st generation) or which scheme verified it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SignatureScheme {
    /// RSA: `00 01 FF.. 00 ‖ SHA-256` exactly as spec Fig. 3-4 draws it (no DigestInfo).
    RsaSpecLayout,
    /// RSA: standard PKCS #1 v1.5 with the SHA-256 DigestInfo.
    RsaDigestInfo,
    /// ECDSA P-384 over SHA-256 (2nd generation).
    EcdsaP384Sha256,
}

/// Why the tamper check failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", content = "detail", rename_all = "snake_case")]
pub enum TamperFailure {
    /// DF3/EF01 was not read or does not exist.
    SignatureFileMissing,
    /// DF3/EF01 or a signed EF is malformed.
    Malformed(String),
    /// The certificate on the chip cannot be parsed.
    CertificateUnreadable,
    /// The certificate's key is not the expected RSA / P-384 key.
    UnsupportedKey,
    /// The decrypted check code is not a PKCS #1 v1.5 signature block.
    BadPadding,
    /// The hash in the check code differs from the hash of the data: the data was altered.
    HashMismatch,
    /// The ECDSA signature does not verify.
    BadSignature,
}

/// Result of the tamper check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum TamperCheck {
    /// The signed data is as signed.
    Intact {
        /// Which layout / scheme matched.
        scheme: SignatureScheme,
    },
    /// The check failed: abnormal card.
    Failed {
        /// Why.
        failure: TamperFailure,
    },
    /// The card carries no signature (under-16 card, spec §3.3.5).
    NotSigned,
}

/// Why the issuer check failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", content = "detail", rename_all = "snake_case")]
pub enum IssuerFailure {
    /// No certificate on the chip, or it cannot be parsed.
    CertificateUnreadable,
    /// The certificate's issuer is none of the installed CAs.
    UnknownCa(String),
    /// The certificate's signature does not verify with the CA's key.
    BadCertificateSignature,
    /// The certificate was issued outside the CA's validity, or the anchor is not a CA.
    BrokenChain(String),
}

/// Why the issuer was not checked.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "reason", content = "issuer", rename_all = "snake_case")]
pub enum NotChecked {
    /// "issuer not checked: CA certificate not installed".
    CaNotInstalled(String),
}

/// Informational notes of a passed issuer check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "note", content = "date", rename_all = "snake_case")]
pub enum IssuerNote {
    /// The chain ends at a test CA: "test CA, not the ISA".
    TestCa,
    /// The card's signer certificate has expired since signing (date = its notAfter).
    SignerCertificateExpired(String),
    /// The CA certificate has expired since signing (date = its notAfter).
    CaCertificateExpired(String),
    /// The signer certificate is not valid yet (date = its notBefore): check the clock.
    SignerCertificateNotYetValid(String),
}

/// Result of the issuer check.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum IssuerCheck {
    /// The chip's certificate chains to an installed CA.
    Verified {
        /// Anchor label.
        anchor: String,
        /// ISA or test CA.
        kind: AnchorKind,
        /// Anchor SHA-256.
        anchor_sha256: String,
        /// Notes (test CA, expiries).
        notes: Vec<IssuerNote>,
    },
    /// Could not be checked (never OK).
    NotChecked {
        /// Why.
        why: NotChecked,
    },
    /// Failed: abnormal card.
    Failed {
        /// Why.
        failure: IssuerFailure,
    },
    /// The card carries no signature (under-16 card).
    NotSigned,
}

/// Overall classification, as the ISA app shows it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    /// Both checks passed against a genuine ISA CA.
    Genuine,
    /// Both checks passed, but against a test CA: "test CA, not the ISA".
    GenuineTestCa,
    /// The data is intact but the issuer could not be checked (no ISA CA installed).
    IssuerNotChecked,
    /// Under-16 card without a signature.
    NotSignedUnder16,
    /// A check failed.
    Abnormal,
}

/// Both checks and the verdict.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Verification {
    /// 改ざん検証.
    pub tamper: TamperCheck,
    /// 発行元検証.
    pub issuer: IssuerCheck,
    /// Overall.
    pub verdict: Verdict,
}

/// The signature material of DF3/EF01.
struct SignatureFile<'a> {
    signature: &'a [u8],
    certificate: Option<&'a [u8]>,
}

fn signature_file(
    card_type: CardType,
    files: &CardFiles,
) -> Result<Option<SignatureFile<'_>>, TamperFailure> {
    let bytes = files
        .get(DF3_EF01)
        .ok_or(TamperFailure::SignatureFileMissing)?;
    let objects =
        tlv::parse(bytes).map_err(|e| TamperFailure::Malformed(format!("DF3_EF01: {e}")))?;
    let (sig_tag, cert_tag) = match card_type.generation {
        Generation::First => (0xDA, 0xDB),
        Generation::Second => (0xDC, 0xDD),
    };
    let signature = tlv::find(&objects, sig_tag).unwrap_or_default();
    if tlv::is_blank(signature) {
        return Ok(None);
    }
    let certificate = tlv::find(&objects, cert_tag)
        .filter(|c| !tlv::is_blank(c))
        .and_then(|c| tlv::der_element_len(c).map(|len| &c[..len]));
    Ok(Some(SignatureFile {
        signature,
        certificate,
    }))
}

/// Runs both checks on the files of a card read. `now_unix` is the current time (seconds since
/// 1970), supplied by the caller because wasm32 has no clock of its own.
pub fn verify_card(
    card_type: CardType,
    files: &CardFiles,
    trust: &TrustStore,
    now_unix: u64,
) -> Verification {
    let sig = match signature_file(card_type, files) {
        Err(failure) => {
            let issuer = IssuerCheck::Failed {
                failure: IssuerFailure::CertificateUnreadable,
            };
            return finish(TamperCheck::Failed { failure }, issuer);
        }
        Ok(None) => return finish(TamperCheck::NotSigned, IssuerCheck::NotSigned),
        Ok(Some(sig)) => sig,
    };
    let cert = sig
        .certificate
        .and_then(|der| Certificate::from_der(der).ok());
    let tamper = match &cert {
        None => TamperCheck::Failed {
            failure: TamperFailure::CertificateUnreadable,
        },
        Some(cert) => match card_type.generation {
            Generation::First => tamper_first(cert, sig.signature, files),
            Generation::Second => tamper_second(cert, sig.signature, files),
        },
    };
    let issuer = match &cert {
        None => IssuerCheck::Failed {
            failure: IssuerFailure::CertificateUnreadable,
        },
        Some(cert) => check_issuer(cert, trust, now_unix),
    };
    finish(tamper, issuer)
}

fn finish(tamper: TamperCheck, issuer: IssuerCheck) -> Verification {
    let verdict = match (&tamper, &issuer) {
        (TamperCheck::Failed { .. }, _) | (_, IssuerCheck::Failed { .. }) => Verdict::Abnormal,
        (TamperCheck::NotSigned, _) | (_, IssuerCheck::NotSigned) => Verdict::NotSignedUnder16,
        (TamperCheck::Intact { .. }, IssuerCheck::NotChecked { .. }) => Verdict::IssuerNotChecked,
        (
            TamperCheck::Intact { .. },
            IssuerCheck::Verified {
                kind: AnchorKind::Isa,
                ..
            },
        ) => Verdict::Genuine,
        (
            TamperCheck::Intact { .. },
            IssuerCheck::Verified {
                kind: AnchorKind::Test,
                ..
            },
        ) => Verdict::GenuineTestCa,
    };
    Verification {
        tamper,
        issuer,
        verdict,
    }
}

/// A fixed-length DO value padded (or kept) to `len` bytes.
fn fixed_value(
    files: &CardFiles,
    ef: crate::layout::EfId,
    tag: u16,
    len: usize,
) -> Result<Vec<u8>, TamperFailure> {
    let mut value = match files.get(ef) {
        None => Vec::new(),
        Some(bytes) => {
            let objects =
                tlv::parse(bytes).map_err(|e| TamperFailure::Malformed(format!("{ef}: {e}")))?;
            tlv::find(&objects, tag).unwrap_or_default().to_vec()
        }
    };
    if value.len() < len {
        value.resize(len, 0);
    }
    Ok(value)
}

const SHA256_DIGEST_INFO: [u8; 19] = [
    0x30, 0x31, 0x30, 0x0D, 0x06, 0x09, 0x60, 0x86, 0x48, 0x01, 0x65, 0x03, 0x04, 0x02, 0x01, 0x05,
    0x00, 0x04, 0x20,
];

fn rsa_key(cert: &Certificate) -> Option<RsaPublicKey> {
    let spki = cert.tbs_certificate.subject_public_key_info.to_der().ok()?;
    RsaPublicKey::from_public_key_der(&spki).ok()
}

/// The 1st-generation check (spec Fig. 3-4): raw RSA, then the hash compare.
fn tamper_first(cert: &Certificate, signature: &[u8], files: &CardFiles) -> TamperCheck {
    let fail = |failure| TamperCheck::Failed { failure };
    let Some(key) = rsa_key(cert) else {
        return fail(TamperFailure::UnsupportedKey);
    };
    let k = key.size();
    if signature.len() != k {
        return fail(TamperFailure::Malformed(format!(
            "check code has {} bytes for a {k}-byte key",
            signature.len()
        )));
    }
    let s = BigUint::from_bytes_be(signature);
    if &s >= key.n() {
        return fail(TamperFailure::BadPadding);
    }
    let Ok(m) = rsa::hazmat::rsa_encrypt(&key, &s) else {
        return fail(TamperFailure::BadPadding);
    };
    let m = m.to_bytes_be();
    let mut em = vec![0u8; k.saturating_sub(m.len())];
    em.extend_from_slice(&m);
    let Some((scheme, embedded)) = parse_signature_block(&em) else {
        return fail(TamperFailure::BadPadding);
    };

    let front = match fixed_value(files, DF1_EF01, 0xD0, 7000) {
        Ok(v) => v,
        Err(f) => return fail(f),
    };
    let face = match fixed_value(files, DF1_EF02, 0xD1, 3000) {
        Ok(v) => v,
        Err(f) => return fail(f),
    };
    let mut hasher = Sha256::new();
    hasher.update(&front);
    hasher.update(&face);
    let digest = hasher.finalize();
    if bool::from(digest.as_slice().ct_eq(embedded)) {
        TamperCheck::Intact { scheme }
    } else {
        fail(TamperFailure::HashMismatch)
    }
}

/// `00 01 FF..FF 00 ‖ T` with T = SHA-256 (spec layout) or DigestInfo ‖ SHA-256.
fn parse_signature_block(em: &[u8]) -> Option<(SignatureScheme, &[u8])> {
    let [0x00, 0x01, rest @ ..] = em else {
        return None;
    };
    let ff = rest.iter().take_while(|&&b| b == 0xFF).count();
    if ff < 8 {
        return None;
    }
    let [0x00, t @ ..] = &rest[ff..] else {
        return None;
    };
    match t.len() {
        32 => Some((SignatureScheme::RsaSpecLayout, t)),
        51 if t[..19] == SHA256_DIGEST_INFO => Some((SignatureScheme::RsaDigestInfo, &t[19..])),
        _ => None,
    }
}

fn p384_key(cert: &Certificate) -> Option<p384::ecdsa::VerifyingKey> {
    let spki = &cert.tbs_certificate.subject_public_key_info;
    p384::ecdsa::VerifyingKey::from_sec1_bytes(spki.subject_public_key.raw_bytes()).ok()
}

fn p384_signature(bytes: &[u8]) -> Option<p384::ecdsa::Signature> {
    p384::ecdsa::Signature::from_der(bytes)
        .ok()
        .or_else(|| p384::ecdsa::Signature::from_slice(bytes).ok())
}

/// The 2nd-generation check: SHA256withECDSA (P-384) over printed entries (53) ‖ face (3000) ‖
/// name image (2500).
fn tamper_second(cert: &Certificate, signature: &[u8], files: &CardFiles) -> TamperCheck {
    use p384::ecdsa::signature::hazmat::PrehashVerifier;
    let fail = |failure| TamperCheck::Failed { failure };
    let Some(key) = p384_key(cert) else {
        return fail(TamperFailure::UnsupportedKey);
    };
    let Some(sig) = p384_signature(signature) else {
        return fail(TamperFailure::BadSignature);
    };
    let printed = match files
        .get(DF1_EF02)
        .map(contents::printed_entries_signed_part)
        .transpose()
    {
        Ok(p) => p.unwrap_or_else(|| vec![0; contents::PRINTED_ENTRIES_SIGNED_LEN]),
        Err(e) => return fail(TamperFailure::Malformed(format!("{DF1_EF02}: {e}"))),
    };
    let face = match fixed_value(files, DF1_EF03, 0xD1, 3000) {
        Ok(v) => v,
        Err(f) => return fail(f),
    };
    let name = match fixed_value(files, DF1_EF03, 0xD0, 2500) {
        Ok(v) => v,
        Err(f) => return fail(f),
    };
    let mut hasher = Sha256::new();
    hasher.update(&printed);
    hasher.update(&face);
    hasher.update(&name);
    match key.verify_prehash(&hasher.finalize(), &sig) {
        Ok(()) => TamperCheck::Intact {
            scheme: SignatureScheme::EcdsaP384Sha256,
        },
        Err(_) => fail(TamperFailure::BadSignature),
    }
}

/// The data the 2nd-generation signature covers (exposed for the simulator's dump generator).
pub fn second_generation_signed_data(files: &CardFiles) -> Result<Vec<u8>, TamperFailure> {
    let mut data = match files.get(DF1_EF02) {
        Some(ef) => contents::printed_entries_signed_part(ef)
            .map_err(|e| TamperFailure::Malformed(e.to_string()))?,
        None => vec![0; contents::PRINTED_ENTRIES_SIGNED_LEN],
    };
    data.extend(fixed_value(files, DF1_EF03, 0xD1, 3000)?);
    data.extend(fixed_value(files, DF1_EF03, 0xD0, 2500)?);
    Ok(data)
}

/// The data the 1st-generation signature covers: D0 (7000) ‖ D1 (3000).
pub fn first_generation_signed_data(files: &CardFiles) -> Result<Vec<u8>, TamperFailure> {
    let mut data = fixed_value(files, DF1_EF01, 0xD0, 7000)?;
    data.extend(fixed_value(files, DF1_EF02, 0xD1, 3000)?);
    Ok(data)
}

/// Verifies `cert`'s signature with `issuer`'s public key.
fn certificate_signed_by(cert: &Certificate, issuer: &Certificate) -> bool {
    use const_oid::db::rfc5912 as oids;
    use p384::ecdsa::signature::hazmat::PrehashVerifier;
    let Ok(tbs) = cert.tbs_certificate.to_der() else {
        return false;
    };
    let Some(sig) = cert.signature.as_bytes() else {
        return false;
    };
    let alg = cert.signature_algorithm.oid;
    if alg == oids::SHA_256_WITH_RSA_ENCRYPTION
        || alg == oids::SHA_384_WITH_RSA_ENCRYPTION
        || alg == oids::SHA_512_WITH_RSA_ENCRYPTION
    {
        let Some(key) = rsa_key(issuer) else {
            return false;
        };
        let result = if alg == oids::SHA_256_WITH_RSA_ENCRYPTION {
            key.verify(Pkcs1v15Sign::new::<Sha256>(), &Sha256::digest(&tbs), sig)
        } else if alg == oids::SHA_384_WITH_RSA_ENCRYPTION {
            key.verify(Pkcs1v15Sign::new::<Sha384>(), &Sha384::digest(&tbs), sig)
        } else {
            key.verify(Pkcs1v15Sign::new::<Sha512>(), &Sha512::digest(&tbs), sig)
        };
        result.is_ok()
    } else if alg == oids::ECDSA_WITH_SHA_256 || alg == oids::ECDSA_WITH_SHA_384 {
        let (Some(key), Ok(sig)) = (p384_key(issuer), p384::ecdsa::Signature::from_der(sig)) else {
            return false;
        };
        let result = if alg == oids::ECDSA_WITH_SHA_256 {
            key.verify_prehash(&Sha256::digest(&tbs), &sig)
        } else {
            key.verify_prehash(&Sha384::digest(&tbs), &sig)
        };
        result.is_ok()
    } else {
        false
    }
}

fn extension(cert: &Certificate, oid: const_oid::ObjectIdentifier) -> Option<&[u8]> {
    cert.tbs_certificate
        .extensions
        .as_ref()?
        .iter()
        .find(|e| e.extn_id == oid)
        .map(|e| e.extn_value.as_bytes())
}

fn authority_key_id(cert: &Certificate) -> Option<Vec<u8>> {
    let bytes = extension(cert, const_oid::db::rfc5280::ID_CE_AUTHORITY_KEY_IDENTIFIER)?;
    let aki = AuthorityKeyIdentifier::from_der(bytes).ok()?;
    aki.key_identifier.map(|k| k.as_bytes().to_vec())
}

fn subject_key_id(cert: &Certificate) -> Option<Vec<u8>> {
    let bytes = extension(cert, const_oid::db::rfc5280::ID_CE_SUBJECT_KEY_IDENTIFIER)?;
    SubjectKeyIdentifier::from_der(bytes)
        .ok()
        .map(|k| k.0.as_bytes().to_vec())
}

fn is_ca(cert: &Certificate) -> bool {
    match extension(cert, const_oid::db::rfc5280::ID_CE_BASIC_CONSTRAINTS) {
        Some(bytes) => BasicConstraints::from_der(bytes).is_ok_and(|bc| bc.ca),
        // A v1 self-signed root has no extensions; accept it (pinned or explicitly trusted).
        None => cert.tbs_certificate.extensions.is_none(),
    }
}

fn looks_like_isa_ca(name: &str) -> bool {
    name.contains("ZairyuCard CA")
}

fn check_issuer(cert: &Certificate, trust: &TrustStore, now_unix: u64) -> IssuerCheck {
    let issuer_name = cert.tbs_certificate.issuer.to_string();
    let aki = authority_key_id(cert);
    let candidates: Vec<&TrustAnchor> = trust
        .anchors
        .iter()
        .filter(|a| a.cert.tbs_certificate.subject == cert.tbs_certificate.issuer)
        .filter(|a| match (&aki, subject_key_id(&a.cert)) {
            (Some(aki), Some(ski)) => *aki == ski,
            _ => true,
        })
        .collect();
    if candidates.is_empty() {
        return if trust.anchors.is_empty() || looks_like_isa_ca(&issuer_name) {
            IssuerCheck::NotChecked {
                why: NotChecked::CaNotInstalled(issuer_name),
            }
        } else {
            IssuerCheck::Failed {
                failure: IssuerFailure::UnknownCa(issuer_name),
            }
        };
    }
    let Some(anchor) = candidates
        .into_iter()
        .find(|a| certificate_signed_by(cert, &a.cert))
    else {
        return IssuerCheck::Failed {
            failure: IssuerFailure::BadCertificateSignature,
        };
    };
    if !is_ca(&anchor.cert) {
        return IssuerCheck::Failed {
            failure: IssuerFailure::BrokenChain("the anchor is not a CA certificate".into()),
        };
    }
    let validity = |c: &Certificate| {
        let v = &c.tbs_certificate.validity;
        (
            v.not_before.to_unix_duration().as_secs(),
            v.not_after.to_unix_duration().as_secs(),
        )
    };
    let (signer_from, signer_to) = validity(cert);
    let (ca_from, ca_to) = validity(&anchor.cert);
    // Validity is judged at signing time: the signer certificate must have been issued while the
    // CA was valid. Later expiry of either is only a note.
    if signer_from < ca_from || signer_from > ca_to {
        return IssuerCheck::Failed {
            failure: IssuerFailure::BrokenChain(format!(
                "signer certificate issued {} outside the CA validity {} to {}",
                date(signer_from),
                date(ca_from),
                date(ca_to)
            )),
        };
    }
    let mut notes = Vec::new();
    if anchor.kind == AnchorKind::Test {
        notes.push(IssuerNote::TestCa);
    }
    if now_unix > signer_to {
        notes.push(IssuerNote::SignerCertificateExpired(date(signer_to)));
    }
    if now_unix > ca_to {
        notes.push(IssuerNote::CaCertificateExpired(date(ca_to)));
    }
    if now_unix < signer_from {
        notes.push(IssuerNote::SignerCertificateNotYetValid(date(signer_from)));
    }
    IssuerCheck::Verified {
        anchor: anchor.label.clone(),
        kind: anchor.kind,
        anchor_sha256: anchor.sha256.clone(),
        notes,
    }
}

/// `YYYY-MM-DD` (UTC) of a Unix time.
pub fn date(unix: u64) -> String {
    let days = i64::try_from(unix / 86_400).unwrap_or(i64::MAX / 2);
    // Howard Hinnant's civil_from_days.
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    format!("{y:04}-{m:02}-{d:02}")
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    #[test]
    fn dates() {
        assert_eq!(date(0), "1970-01-01");
        assert_eq!(date(951_782_400), "2000-02-29");
        assert_eq!(date(1_757_116_800), "2025-09-06");
    }

    #[test]
    fn signature_block_layouts() {
        let hash = [0xABu8; 32];
        let mut spec = vec![0x00, 0x01];
        spec.extend([0xFF; 221]);
        spec.push(0x00);
        spec.extend(hash);
        assert_eq!(spec.len(), 256);
        assert_eq!(
            parse_signature_block(&spec),
            Some((SignatureScheme::RsaSpecLayout, &hash[..]))
        );
        let mut di = vec![0x00, 0x01];
        di.extend([0xFF; 202]);
        di.push(0x00);
        di.extend(SHA256_DIGEST_INFO);
        di.extend(hash);
        assert_eq!(di.len(), 256);
        assert_eq!(
            parse_signature_block(&di),
            Some((SignatureScheme::RsaDigestInfo, &hash[..]))
        );
        let mut bad = di.clone();
        bad[210] ^= 1; // inside the DigestInfo
        assert_eq!(parse_signature_block(&bad), None);
        let mut bad = spec.clone();
        bad[1] = 0x02;
        assert_eq!(parse_signature_block(&bad), None);
        let mut bad = spec.clone();
        bad[223] = 0xFF; // no 00 separator where expected: T has 31 bytes
        assert_eq!(parse_signature_block(&bad), None);
        assert_eq!(parse_signature_block(&[]), None);
        assert_eq!(parse_signature_block(&[0, 1, 0xFF, 0, 1]), None);
    }

    #[test]
    fn store_rejects_unpinned_and_garbage() {
        let mut store = TrustStore::new();
        assert_eq!(
            store.add_isa_ca(b"not a cert"),
            Err(TrustError::NotACertificate)
        );
        assert_eq!(
            store.add_test_ca(&[0x30, 0x03, 1, 2, 3]),
            Err(TrustError::NotACertificate)
        );
        assert_eq!(store.add_isa_ca(&[]), Err(TrustError::NotACertificate));
        assert!(!store.has_isa_ca());
        assert!(
            PINNED_CAS
                .iter()
                .all(|p| p.sha256.len() == 64 && p.sha256.bytes().all(|b| b.is_ascii_hexdigit()))
        );
    }

    #[test]
    fn missing_or_unsigned_signature_files() {
        let trust = TrustStore::new();
        let files = CardFiles::new();
        let v = verify_card(CardType::RESIDENCE_1, &files, &trust, 0);
        assert_eq!(v.verdict, Verdict::Abnormal);
        assert_eq!(
            v.tamper,
            TamperCheck::Failed {
                failure: TamperFailure::SignatureFileMissing
            }
        );

        for df3 in [vec![0xDA, 0x00, 0xDB, 0x00], vec![0xDA, 0x00]] {
            let mut files = CardFiles::new();
            let mut bytes = df3;
            bytes.resize(1464, 0);
            files.insert(DF3_EF01, bytes);
            let v = verify_card(CardType::RESIDENCE_1, &files, &trust, 0);
            assert_eq!(v.verdict, Verdict::NotSignedUnder16);
            assert_eq!(v.tamper, TamperCheck::NotSigned);
            assert_eq!(v.issuer, IssuerCheck::NotSigned);
        }

        let mut files = CardFiles::new();
        let mut bytes = tlv::encode(0xDA, &[1; 256]);
        bytes.extend(tlv::encode(0xDB, &[0x30, 0x82, 0x01]));
        files.insert(DF3_EF01, bytes);
        let v = verify_card(CardType::RESIDENCE_1, &files, &trust, 0);
        assert_eq!(
            v.tamper,
            TamperCheck::Failed {
                failure: TamperFailure::CertificateUnreadable
            }
        );
        assert_eq!(v.verdict, Verdict::Abnormal);

        let mut files = CardFiles::new();
        files.insert(DF3_EF01, vec![0xDA, 0x82, 0x01]);
        let v = verify_card(CardType::RESIDENCE_1, &files, &trust, 0);
        assert!(matches!(
            v.tamper,
            TamperCheck::Failed {
                failure: TamperFailure::Malformed(_)
            }
        ));
    }
}
