//! Passkeys (WebAuthn) of the immigration online account: the name a user gives a passkey on
//! my page and the browser's answers, carried as base64url text. The app checks the name before
//! asking the browser for a passkey; the API checks everything again on receipt.

use serde::{Deserialize, Serialize};

use crate::error::{FieldError, RuleArg};

/// A passkey's name, as shown in the list on my page.
pub const LABEL_MAX_CHARS: usize = 40;
/// Browser answers are a few hundred bytes; this bounds what the server will decode.
pub const ANSWER_MAX_CHARS: usize = 8 * 1024;

/// パスキーの名前: trimmed, 1–40 characters, no control characters.
pub fn passkey_label(field: &str, input: &str) -> Result<String, FieldError> {
    let label = input.trim();
    if label.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    let chars = label.chars().count();
    if chars > LABEL_MAX_CHARS {
        return Err(FieldError::new(field, "rule-passkey-label-too-long")
            .with_arg("max", RuleArg::Number(LABEL_MAX_CHARS as i64))
            .with_arg("count", RuleArg::Number(chars as i64)));
    }
    if label.chars().any(char::is_control) {
        return Err(FieldError::new(field, "rule-passkey-label-control"));
    }
    Ok(label.to_owned())
}

/// Each browser answer must be present, base64url and of a sensible size.
fn answers(fields: &[(&str, &str)]) -> Vec<FieldError> {
    fields
        .iter()
        .filter(|(_, value)| {
            value.is_empty()
                || value.len() > ANSWER_MAX_CHARS
                || !value
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        })
        .map(|(field, _)| FieldError::new(field, "rule-passkey-answer"))
        .collect()
}

/// パスキーの登録: the name and what `navigator.credentials.create()` answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyRegistrationForm {
    #[cfg_attr(feature = "openapi", schema(example = "Phone"))]
    pub label: String,
    /// The challenge the server issued with the options (base64url).
    pub challenge: String,
    /// `response.clientDataJSON` (base64url).
    pub client_data_json: String,
    /// `response.attestationObject` (base64url).
    pub attestation_object: String,
}

impl PasskeyRegistrationForm {
    /// The trimmed name, or every field error.
    pub fn validate(&self) -> Result<String, Vec<FieldError>> {
        let mut errors = answers(&[
            ("challenge", &self.challenge),
            ("client_data_json", &self.client_data_json),
            ("attestation_object", &self.attestation_object),
        ]);
        let label = passkey_label("label", &self.label).map_err(|e| errors.insert(0, e));
        match label {
            Ok(label) if errors.is_empty() => Ok(label),
            _ => Err(errors),
        }
    }
}

/// パスキーでログイン: what `navigator.credentials.get()` answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasskeyLoginForm {
    /// The challenge the server issued with the options (base64url).
    pub challenge: String,
    /// `rawId` (base64url).
    pub credential_id: String,
    /// `response.clientDataJSON` (base64url).
    pub client_data_json: String,
    /// `response.authenticatorData` (base64url).
    pub authenticator_data: String,
    /// `response.signature` (base64url).
    pub signature: String,
}

impl PasskeyLoginForm {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let errors = answers(&[
            ("challenge", &self.challenge),
            ("credential_id", &self.credential_id),
            ("client_data_json", &self.client_data_json),
            ("authenticator_data", &self.authenticator_data),
            ("signature", &self.signature),
        ]);
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn message(result: Result<String, FieldError>) -> Option<String> {
        result.err().map(|e| e.message)
    }

    #[test]
    fn labels_are_trimmed_and_bounded() {
        assert_eq!(passkey_label("label", "  Phone "), Ok("Phone".to_owned()));
        assert_eq!(
            passkey_label("label", "スマートフォン"),
            Ok("スマートフォン".to_owned())
        );
        assert_eq!(
            message(passkey_label("label", "   ")).as_deref(),
            Some("rule-required")
        );
        let forty = "あ".repeat(LABEL_MAX_CHARS);
        assert_eq!(passkey_label("label", &forty), Ok(forty.clone()));
        let too_long = passkey_label("label", &format!("{forty}a")).expect_err("41 characters");
        assert_eq!(too_long.message, "rule-passkey-label-too-long");
        assert_eq!(too_long.args[1], ("count".to_owned(), RuleArg::Number(41)));
        assert_eq!(
            message(passkey_label("label", "a\u{7}b")).as_deref(),
            Some("rule-passkey-label-control")
        );
    }

    #[test]
    fn answers_must_be_base64url_and_bounded() {
        let form = PasskeyRegistrationForm {
            label: String::new(),
            challenge: "abc_-09".to_owned(),
            client_data_json: "not base64!".to_owned(),
            attestation_object: "A".repeat(ANSWER_MAX_CHARS + 1),
        };
        let fields: Vec<String> = form
            .validate()
            .expect_err("three errors")
            .into_iter()
            .map(|e| e.field)
            .collect();
        assert_eq!(fields, ["label", "client_data_json", "attestation_object"]);
        let login = PasskeyLoginForm {
            challenge: "a".to_owned(),
            credential_id: "b".to_owned(),
            client_data_json: "c".to_owned(),
            authenticator_data: "d".to_owned(),
            signature: String::new(),
        };
        let errors = login.validate().expect_err("no signature");
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].field, "signature");
    }
}
