//! A software passkey authenticator (one P-256 key, a counter) for the server's own tests: it
//! answers `create` and `get` the way a browser and a platform authenticator do, so the checks
//! in [`super::webauthn`] and the HTTP endpoints are exercised with real signatures.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ciborium::Value;
use coset::{CborSerializable, CoseKeyBuilder, iana};
use p256::ecdsa::signature::{SignatureEncoding, Signer};
use rsa::traits::PublicKeyParts;
use sha2::{Digest, Sha256};

/// The authenticator's key: P-256 (ES256), or RSA 2048 (RS256) like older Windows Hello.
enum Key {
    Es256(p256::ecdsa::SigningKey),
    Rs256(Box<rsa::pkcs1v15::SigningKey<Sha256>>),
}

impl Key {
    fn cose(&self) -> Vec<u8> {
        let key = match self {
            Key::Es256(key) => {
                let point = key.verifying_key().to_encoded_point(false);
                CoseKeyBuilder::new_ec2_pub_key(
                    iana::EllipticCurve::P_256,
                    point.x().map(|x| x.to_vec()).unwrap_or_default(),
                    point.y().map(|y| y.to_vec()).unwrap_or_default(),
                )
                .algorithm(iana::Algorithm::ES256)
            }
            Key::Rs256(key) => {
                let public = key.as_ref().as_ref().to_public_key();
                CoseKeyBuilder::new()
                    .key_type(iana::KeyType::RSA)
                    .param(
                        iana::RsaKeyParameter::N as i64,
                        Value::Bytes(public.n().to_bytes_be()),
                    )
                    .param(
                        iana::RsaKeyParameter::E as i64,
                        Value::Bytes(public.e().to_bytes_be()),
                    )
                    .algorithm(iana::Algorithm::RS256)
            }
        };
        key.build().to_vec().unwrap_or_default()
    }

    fn sign(&self, message: &[u8]) -> Vec<u8> {
        match self {
            Key::Es256(key) => {
                let signature: p256::ecdsa::Signature = key.sign(message);
                signature.to_der().as_bytes().to_vec()
            }
            Key::Rs256(key) => key.sign(message).to_vec(),
        }
    }
}

/// What `navigator.credentials.create()` hands the page.
pub struct Created {
    pub client_data_json: Vec<u8>,
    pub attestation_object: Vec<u8>,
}

/// What `navigator.credentials.get()` hands the page.
pub struct Asserted {
    pub credential_id: Vec<u8>,
    pub client_data_json: Vec<u8>,
    pub authenticator_data: Vec<u8>,
    pub signature: Vec<u8>,
}

pub struct SoftwareAuthenticator {
    rp_id: String,
    key: Key,
    credential_id: Vec<u8>,
    counter: u32,
    /// Whether it reports user verification (a PIN or biometric), as platform passkeys do.
    pub user_verified: bool,
}

impl SoftwareAuthenticator {
    /// An ES256 (P-256) authenticator, like phones and security keys.
    pub fn new(rp_id: &str) -> SoftwareAuthenticator {
        Self::with_key(
            rp_id,
            Key::Es256(p256::ecdsa::SigningKey::random(&mut rand::rngs::OsRng)),
        )
    }

    /// An RS256 (RSA 2048) authenticator.
    pub fn new_rs256(rp_id: &str) -> SoftwareAuthenticator {
        let private = rsa::RsaPrivateKey::new(&mut rand::rngs::OsRng, 2048)
            .unwrap_or_else(|error| panic!("RSA key generation: {error}"));
        Self::with_key(
            rp_id,
            Key::Rs256(Box::new(rsa::pkcs1v15::SigningKey::new(private))),
        )
    }

    fn with_key(rp_id: &str, key: Key) -> SoftwareAuthenticator {
        let credential_id = Sha256::digest(key.cose()).to_vec();
        SoftwareAuthenticator {
            rp_id: rp_id.to_owned(),
            key,
            credential_id,
            counter: 0,
            user_verified: true,
        }
    }

    pub fn credential_id(&self) -> Vec<u8> {
        self.credential_id.clone()
    }

    pub fn create(&mut self, origin: &str, challenge: &[u8]) -> Created {
        let cose_key = self.key.cose();
        let mut auth_data = self.auth_data(0x40);
        auth_data.extend_from_slice(&[0; 16]);
        auth_data.extend_from_slice(&(self.credential_id.len() as u16).to_be_bytes());
        auth_data.extend_from_slice(&self.credential_id);
        auth_data.extend_from_slice(&cose_key);
        let object = Value::Map(vec![
            (Value::from("fmt"), Value::from("none")),
            (Value::from("attStmt"), Value::Map(Vec::new())),
            (Value::from("authData"), Value::Bytes(auth_data)),
        ]);
        let mut attestation_object = Vec::new();
        let _ = ciborium::into_writer(&object, &mut attestation_object);
        Created {
            client_data_json: client_data("webauthn.create", origin, challenge),
            attestation_object,
        }
    }

    pub fn get(&mut self, origin: &str, challenge: &[u8]) -> Asserted {
        let authenticator_data = self.auth_data(0);
        let client_data_json = client_data("webauthn.get", origin, challenge);
        let mut signed = authenticator_data.clone();
        signed.extend_from_slice(&Sha256::digest(&client_data_json));
        Asserted {
            credential_id: self.credential_id.clone(),
            client_data_json,
            authenticator_data,
            signature: self.key.sign(&signed),
        }
    }

    fn auth_data(&mut self, extra_flags: u8) -> Vec<u8> {
        self.counter += 1;
        let verified = if self.user_verified { 0x04 } else { 0 };
        let mut data = Sha256::digest(self.rp_id.as_bytes()).to_vec();
        data.push(0x01 | verified | extra_flags);
        data.extend_from_slice(&self.counter.to_be_bytes());
        data
    }
}

fn client_data(ceremony: &str, origin: &str, challenge: &[u8]) -> Vec<u8> {
    serde_json::json!({
        "type": ceremony,
        "challenge": URL_SAFE_NO_PAD.encode(challenge),
        "origin": origin,
        "crossOrigin": false,
    })
    .to_string()
    .into_bytes()
}
