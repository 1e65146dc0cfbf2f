//! The relying party's checks of WebAuthn Level 2 (§7.1 registration, §7.2 authentication) for
//! passkeys: ES256 (P-256) keys, and RS256 (RSA ≥ 2048 bits) for the authenticators that have
//! nothing else (older Windows Hello); user presence and user verification required.
//!
//! Pure functions over the bytes the browser hands back; nothing here touches the database.
//! Every input is untrusted and every failure is an error value, never a panic.
//!
//! Attestation statements are not evaluated: the options ask for `"none"`, and a passkey here is
//! a way to log in, not a claim about the authenticator's make.

use ciborium::Value;
use coset::{AsCborValue, CborSerializable, CoseKey, KeyType, iana};
use p256::ecdsa::signature::Verifier;
use sha2::{Digest, Sha256};

/// What the server asked for: the challenge it issued, the page's origin, the RP ID.
#[derive(Clone, Copy, Debug)]
pub struct Expected<'a> {
    pub challenge: &'a [u8],
    pub origin: &'a str,
    pub rp_id: &'a str,
}

/// A credential created by `navigator.credentials.create()` that passed every check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct NewCredential {
    pub id: Vec<u8>,
    /// The credential public key as a COSE_Key (CBOR), as stored and given back to
    /// [`verify_assertion`].
    pub public_key: Vec<u8>,
    pub sign_count: u32,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PasskeyError {
    #[error("client data is not the expected JSON")]
    ClientData,
    #[error("client data is for another ceremony")]
    Ceremony,
    #[error("challenge does not match")]
    Challenge,
    #[error("origin does not match")]
    Origin,
    #[error("authenticator data is malformed")]
    AuthenticatorData,
    #[error("authenticator data is for another RP ID")]
    RpId,
    #[error("the user was not present")]
    UserPresence,
    #[error("the user was not verified")]
    UserVerification,
    #[error("attestation object is malformed")]
    Attestation,
    #[error("the credential key is not an ES256 (P-256) or RS256 (RSA ≥ 2048) key")]
    Key,
    #[error("the credential ID does not match")]
    CredentialId,
    #[error("signature does not verify")]
    Signature,
    #[error("signature counter went backwards (a cloned authenticator?)")]
    Counter,
}

const FLAG_USER_PRESENT: u8 = 0x01;
const FLAG_USER_VERIFIED: u8 = 0x04;
const FLAG_ATTESTED_CREDENTIAL: u8 = 0x40;
/// Credential IDs are at most 1023 bytes (WebAuthn Level 3 §6.5.1).
const MAX_CREDENTIAL_ID: usize = 1023;

/// §7.1: checks a new credential and returns it.
pub fn verify_registration(
    expected: Expected<'_>,
    client_data_json: &[u8],
    attestation_object: &[u8],
) -> Result<NewCredential, PasskeyError> {
    check_client_data(expected, client_data_json, "webauthn.create")?;
    let auth_data = attestation_auth_data(attestation_object)?;
    let parsed = AuthenticatorData::parse(&auth_data)?;
    parsed.check(expected.rp_id)?;
    let attested = parsed.attested.ok_or(PasskeyError::AuthenticatorData)?;
    Ok(NewCredential {
        id: attested.credential_id,
        public_key: attested.public_key,
        sign_count: parsed.sign_count,
    })
}

/// A stored passkey, as [`verify_assertion`] needs it.
#[derive(Clone, Copy, Debug)]
pub struct StoredKey<'a> {
    pub public_key: &'a [u8],
    pub sign_count: u32,
}

/// §7.2: checks a login with a stored passkey; returns the counter to store.
pub fn verify_assertion(
    expected: Expected<'_>,
    stored: StoredKey<'_>,
    client_data_json: &[u8],
    authenticator_data: &[u8],
    signature: &[u8],
) -> Result<u32, PasskeyError> {
    check_client_data(expected, client_data_json, "webauthn.get")?;
    let parsed = AuthenticatorData::parse(authenticator_data)?;
    parsed.check(expected.rp_id)?;
    let key = CoseKey::from_slice(stored.public_key).map_err(|_| PasskeyError::Key)?;
    let mut signed = authenticator_data.to_vec();
    signed.extend_from_slice(&Sha256::digest(client_data_json));
    PublicKey::from_cose(&key)?.verify(&signed, signature)?;
    // Authenticators without a counter always send 0; any other must count up (§6.1.1).
    if (parsed.sign_count != 0 || stored.sign_count != 0) && parsed.sign_count <= stored.sign_count
    {
        return Err(PasskeyError::Counter);
    }
    Ok(parsed.sign_count)
}

#[derive(serde::Deserialize)]
struct ClientData {
    #[serde(rename = "type")]
    ceremony: String,
    challenge: String,
    origin: String,
    #[serde(default, rename = "crossOrigin")]
    cross_origin: bool,
}

fn check_client_data(
    expected: Expected<'_>,
    json: &[u8],
    ceremony: &str,
) -> Result<(), PasskeyError> {
    let data: ClientData = serde_json::from_slice(json).map_err(|_| PasskeyError::ClientData)?;
    if data.ceremony != ceremony {
        return Err(PasskeyError::Ceremony);
    }
    let challenge =
        crate::passkeys::decode_b64url(&data.challenge).ok_or(PasskeyError::Challenge)?;
    if challenge != expected.challenge {
        return Err(PasskeyError::Challenge);
    }
    if data.origin != expected.origin || data.cross_origin {
        return Err(PasskeyError::Origin);
    }
    Ok(())
}

/// The `authData` bytes of a CBOR attestation object `{fmt, attStmt, authData}`.
fn attestation_auth_data(attestation_object: &[u8]) -> Result<Vec<u8>, PasskeyError> {
    let value: Value =
        ciborium::from_reader(attestation_object).map_err(|_| PasskeyError::Attestation)?;
    let entries = value.into_map().map_err(|_| PasskeyError::Attestation)?;
    entries
        .into_iter()
        .find(|(key, _)| key.as_text() == Some("authData"))
        .and_then(|(_, value)| value.into_bytes().ok())
        .ok_or(PasskeyError::Attestation)
}

struct AttestedCredential {
    credential_id: Vec<u8>,
    public_key: Vec<u8>,
}

/// §6.1 authenticator data.
struct AuthenticatorData {
    rp_id_hash: [u8; 32],
    flags: u8,
    sign_count: u32,
    attested: Option<AttestedCredential>,
}

impl AuthenticatorData {
    fn parse(bytes: &[u8]) -> Result<AuthenticatorData, PasskeyError> {
        let bad = || PasskeyError::AuthenticatorData;
        let rp_id_hash: [u8; 32] = bytes
            .get(..32)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?;
        let flags = *bytes.get(32).ok_or_else(bad)?;
        let counter: [u8; 4] = bytes
            .get(33..37)
            .ok_or_else(bad)?
            .try_into()
            .map_err(|_| bad())?;
        let attested = if flags & FLAG_ATTESTED_CREDENTIAL != 0 {
            Some(parse_attested(bytes.get(37..).ok_or_else(bad)?)?)
        } else {
            None
        };
        Ok(AuthenticatorData {
            rp_id_hash,
            flags,
            sign_count: u32::from_be_bytes(counter),
            attested,
        })
    }

    fn check(&self, rp_id: &str) -> Result<(), PasskeyError> {
        if self.rp_id_hash[..] != Sha256::digest(rp_id.as_bytes())[..] {
            return Err(PasskeyError::RpId);
        }
        if self.flags & FLAG_USER_PRESENT == 0 {
            return Err(PasskeyError::UserPresence);
        }
        if self.flags & FLAG_USER_VERIFIED == 0 {
            return Err(PasskeyError::UserVerification);
        }
        Ok(())
    }
}

/// aaguid (16) ‖ credentialIdLength (2) ‖ credentialId ‖ credentialPublicKey (COSE, CBOR) ‖ …
fn parse_attested(bytes: &[u8]) -> Result<AttestedCredential, PasskeyError> {
    let bad = || PasskeyError::AuthenticatorData;
    let length = bytes.get(16..18).ok_or_else(bad)?;
    let length = usize::from(u16::from_be_bytes([length[0], length[1]]));
    if length == 0 || length > MAX_CREDENTIAL_ID {
        return Err(bad());
    }
    let credential_id = bytes.get(18..18 + length).ok_or_else(bad)?.to_vec();
    let mut rest = bytes.get(18 + length..).ok_or_else(bad)?;
    // Extensions may follow the key, so read exactly one CBOR item.
    let key: Value = ciborium::from_reader(&mut rest).map_err(|_| PasskeyError::Key)?;
    let key = CoseKey::from_cbor_value(key).map_err(|_| PasskeyError::Key)?;
    // Refuse keys that could never verify now rather than at the first login.
    PublicKey::from_cose(&key)?;
    Ok(AttestedCredential {
        credential_id,
        public_key: key.to_vec().map_err(|_| PasskeyError::Key)?,
    })
}

/// The smallest RSA modulus accepted (NIST SP 800-131A).
const MIN_RSA_BITS: usize = 2048;

/// A credential public key the server can verify with.
enum PublicKey {
    Es256(p256::ecdsa::VerifyingKey),
    Rs256(rsa::pkcs1v15::VerifyingKey<Sha256>),
}

impl PublicKey {
    fn from_cose(key: &CoseKey) -> Result<PublicKey, PasskeyError> {
        let param = |label: i64| {
            key.params
                .iter()
                .find(|(name, _)| *name == coset::Label::Int(label))
                .map(|(_, value)| value)
        };
        let bytes = |label: i64| {
            param(label)
                .and_then(Value::as_bytes)
                .ok_or(PasskeyError::Key)
        };
        let es256 = coset::Algorithm::Assigned(iana::Algorithm::ES256);
        let rs256 = coset::Algorithm::Assigned(iana::Algorithm::RS256);
        match (&key.kty, key.alg.as_ref()) {
            (KeyType::Assigned(iana::KeyType::EC2), Some(alg)) if *alg == es256 => {
                let p256 = Value::from(iana::EllipticCurve::P_256 as i64);
                if param(iana::Ec2KeyParameter::Crv as i64) != Some(&p256) {
                    return Err(PasskeyError::Key);
                }
                let (x, y) = (
                    bytes(iana::Ec2KeyParameter::X as i64)?,
                    bytes(iana::Ec2KeyParameter::Y as i64)?,
                );
                if x.len() != 32 || y.len() != 32 {
                    return Err(PasskeyError::Key);
                }
                let point = [&[0x04][..], x, y].concat();
                p256::ecdsa::VerifyingKey::from_sec1_bytes(&point)
                    .map(PublicKey::Es256)
                    .map_err(|_| PasskeyError::Key)
            }
            (KeyType::Assigned(iana::KeyType::RSA), Some(alg)) if *alg == rs256 => {
                let n = rsa::BigUint::from_bytes_be(bytes(iana::RsaKeyParameter::N as i64)?);
                let e = rsa::BigUint::from_bytes_be(bytes(iana::RsaKeyParameter::E as i64)?);
                if n.bits() < MIN_RSA_BITS {
                    return Err(PasskeyError::Key);
                }
                rsa::RsaPublicKey::new(n, e)
                    .map(|key| PublicKey::Rs256(rsa::pkcs1v15::VerifyingKey::new(key)))
                    .map_err(|_| PasskeyError::Key)
            }
            _ => Err(PasskeyError::Key),
        }
    }

    fn verify(&self, signed: &[u8], signature: &[u8]) -> Result<(), PasskeyError> {
        let verified = match self {
            PublicKey::Es256(key) => p256::ecdsa::Signature::from_der(signature)
                .and_then(|signature| key.verify(signed, &signature)),
            PublicKey::Rs256(key) => rsa::pkcs1v15::Signature::try_from(signature)
                .and_then(|signature| key.verify(signed, &signature)),
        };
        verified.map_err(|_| PasskeyError::Signature)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::passkeys::software_authenticator::{Asserted, Created, SoftwareAuthenticator};

    const ORIGIN: &str = "http://localhost:8080";
    const RP_ID: &str = "localhost";
    const CHALLENGE: &[u8] = b"0123456789abcdef0123456789abcdef";

    fn expected() -> Expected<'static> {
        Expected {
            challenge: CHALLENGE,
            origin: ORIGIN,
            rp_id: RP_ID,
        }
    }

    fn check_created(created: &Created) -> Result<NewCredential, PasskeyError> {
        verify_registration(
            expected(),
            &created.client_data_json,
            &created.attestation_object,
        )
    }

    /// The authenticator's passkey, registered.
    fn registered(authenticator: &mut SoftwareAuthenticator) -> NewCredential {
        check_created(&authenticator.create(ORIGIN, CHALLENGE)).expect("registration")
    }

    /// Checks `login` against `credential` with `authenticator_data` in place of its own.
    fn check_login(
        credential: &NewCredential,
        sign_count: u32,
        login: &Asserted,
        authenticator_data: &[u8],
    ) -> Result<u32, PasskeyError> {
        let stored = StoredKey {
            public_key: &credential.public_key,
            sign_count,
        };
        verify_assertion(
            expected(),
            stored,
            &login.client_data_json,
            authenticator_data,
            &login.signature,
        )
    }

    #[test]
    fn a_fresh_credential_registers_and_logs_in() {
        let mut authenticator = SoftwareAuthenticator::new(RP_ID);
        let credential = registered(&mut authenticator);
        assert_eq!(credential.id, authenticator.credential_id());
        assert!(CoseKey::from_slice(&credential.public_key).is_ok());
        let login = authenticator.get(ORIGIN, CHALLENGE);
        let counter = check_login(
            &credential,
            credential.sign_count,
            &login,
            &login.authenticator_data,
        )
        .expect("assertion");
        assert!(counter > credential.sign_count);
    }

    #[test]
    fn rs256_credentials_register_and_log_in() {
        let mut authenticator = SoftwareAuthenticator::new_rs256(RP_ID);
        let credential = registered(&mut authenticator);
        let login = authenticator.get(ORIGIN, CHALLENGE);
        let count = credential.sign_count;
        assert!(check_login(&credential, count, &login, &login.authenticator_data).is_ok());
        let mut tampered = login.authenticator_data.clone();
        tampered[33] ^= 0x80;
        let forged = check_login(&credential, count, &login, &tampered);
        assert_eq!(forged, Err(PasskeyError::Signature));
    }

    #[test]
    fn registration_for_another_site_or_ceremony_is_refused() {
        let mut authenticator = SoftwareAuthenticator::new(RP_ID);
        let phished = authenticator.create("https://evil.example", CHALLENGE);
        assert_eq!(check_created(&phished), Err(PasskeyError::Origin));
        let stale = authenticator.create(ORIGIN, b"another challenge");
        assert_eq!(check_created(&stale), Err(PasskeyError::Challenge));
        let elsewhere = SoftwareAuthenticator::new("evil.example").create(ORIGIN, CHALLENGE);
        assert_eq!(check_created(&elsewhere), Err(PasskeyError::RpId));
        let login = authenticator.get(ORIGIN, CHALLENGE);
        let swapped = Created {
            client_data_json: login.client_data_json,
            attestation_object: elsewhere.attestation_object,
        };
        assert_eq!(check_created(&swapped), Err(PasskeyError::Ceremony));
    }

    #[test]
    fn unverified_users_are_refused() {
        let mut authenticator = SoftwareAuthenticator::new(RP_ID);
        authenticator.user_verified = false;
        let created = authenticator.create(ORIGIN, CHALLENGE);
        assert_eq!(check_created(&created), Err(PasskeyError::UserVerification));
    }

    #[test]
    fn a_forged_signature_or_replayed_counter_is_refused() {
        let mut authenticator = SoftwareAuthenticator::new(RP_ID);
        let credential = registered(&mut authenticator);
        let count = credential.sign_count;
        let login = authenticator.get(ORIGIN, CHALLENGE);
        let mut tampered = login.authenticator_data.clone();
        tampered[36] ^= 1;
        let forged = check_login(&credential, count, &login, &tampered);
        assert_eq!(forged, Err(PasskeyError::Signature));
        let other = SoftwareAuthenticator::new(RP_ID).get(ORIGIN, CHALLENGE);
        let wrong_key = check_login(&credential, count, &other, &other.authenticator_data);
        assert_eq!(wrong_key, Err(PasskeyError::Signature));
        let replayed = check_login(&credential, 1000, &login, &login.authenticator_data);
        assert_eq!(replayed, Err(PasskeyError::Counter));
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        for length in 0..80 {
            let bytes: Vec<u8> = (0..length).map(|i| (i * 37 + 11) as u8).collect();
            assert!(verify_registration(expected(), &bytes, &bytes).is_err());
            assert!(AuthenticatorData::parse(&bytes).is_err() || length >= 37);
        }
        let mut authenticator = SoftwareAuthenticator::new(RP_ID);
        let created = authenticator.create(ORIGIN, CHALLENGE);
        for cut in 0..created.attestation_object.len() {
            let truncated = Created {
                client_data_json: created.client_data_json.clone(),
                attestation_object: created.attestation_object[..cut].to_vec(),
            };
            assert!(check_created(&truncated).is_err());
        }
    }
}
