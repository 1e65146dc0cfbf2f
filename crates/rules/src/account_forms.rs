//! The immigration online account's forms (seed 001 §2, §3, §6), checked by the app before
//! sending and by the API on receipt. Each `validate` returns every field error at once.

use serde::{Deserialize, Serialize};

use crate::account::{
    LatinName, PhoneNumber, UserKind, latin_name, password, password_confirmation, phone_number,
    user_kind,
};
use crate::email::{EmailAddress, email_address, email_confirmation};
use crate::error::FieldError;

fn collect(results: Vec<Result<(), FieldError>>) -> Vec<FieldError> {
    results.into_iter().filter_map(Result::err).collect()
}

fn finish<T>(errors: Vec<FieldError>, valid: Option<T>) -> Result<T, Vec<FieldError>> {
    match valid {
        Some(valid) if errors.is_empty() => Ok(valid),
        _ => Err(errors),
    }
}

/// 利用者登録説明 + メールアドレス入力(利用者登録): the terms and the address typed twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegistrationStartForm {
    /// 利用規約に同意する.
    pub terms_accepted: bool,
    #[cfg_attr(feature = "openapi", schema(example = "an@example.com"))]
    pub email: String,
    #[cfg_attr(feature = "openapi", schema(example = "an@example.com"))]
    pub email_confirmation: String,
}

impl RegistrationStartForm {
    pub fn validate(&self) -> Result<EmailAddress, Vec<FieldError>> {
        let mut errors = Vec::new();
        if !self.terms_accepted {
            errors.push(FieldError::new("terms_accepted", "rule-must-accept"));
        }
        let (errs, email) = checked_email(&self.email, &self.email_confirmation);
        errors.extend(errs);
        finish(errors, email)
    }
}

fn checked_email(email: &str, confirmation: &str) -> (Vec<FieldError>, Option<EmailAddress>) {
    match email_address("email", email) {
        Ok(address) => {
            let errors = collect(vec![email_confirmation(
                "email_confirmation",
                &address,
                confirmation,
            )]);
            (errors, Some(address))
        }
        Err(error) => (vec![error], None),
    }
}

/// メールアドレス入力(メールアドレス変更).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct EmailChangeForm {
    pub email: String,
    pub email_confirmation: String,
}

impl EmailChangeForm {
    pub fn validate(&self) -> Result<EmailAddress, Vec<FieldError>> {
        let (errors, email) = checked_email(&self.email, &self.email_confirmation);
        finish(errors, email)
    }
}

/// 利用者登録: user kind, name in Latin capitals, phone, password twice.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RegistrationForm {
    /// `organisation_staff`, `lawyer_or_scrivener`, `foreign_national`, `legal_representative`.
    #[cfg_attr(feature = "openapi", schema(example = "foreign_national"))]
    pub user_kind: String,
    #[cfg_attr(feature = "openapi", schema(example = "NGUYEN VAN AN"))]
    pub latin_name: String,
    #[cfg_attr(feature = "openapi", schema(example = "09012345678"))]
    pub phone: String,
    #[cfg_attr(feature = "openapi", schema(example = "Abcdefgh1$"))]
    pub password: String,
    #[cfg_attr(feature = "openapi", schema(example = "Abcdefgh1$"))]
    pub password_confirmation: String,
}

/// The registration after validation (the password stays with the caller, unnormalised).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ValidRegistration {
    pub user_kind: UserKind,
    pub latin_name: LatinName,
    pub phone: PhoneNumber,
}

impl RegistrationForm {
    pub fn validate(&self) -> Result<ValidRegistration, Vec<FieldError>> {
        let mut errors = Vec::new();
        let kind = user_kind("user_kind", &self.user_kind)
            .map_err(|e| errors.push(e))
            .ok();
        let name = latin_name("latin_name", &self.latin_name)
            .map_err(|e| errors.push(e))
            .ok();
        let phone = phone_number("phone", &self.phone)
            .map_err(|e| errors.push(e))
            .ok();
        errors.extend(new_password(&self.password, &self.password_confirmation));
        let valid = (|| {
            Some(ValidRegistration {
                user_kind: kind?,
                latin_name: name?,
                phone: phone?,
            })
        })();
        finish(errors, valid)
    }
}

/// A new password and its confirmation: the password rules, then the match.
fn new_password(first: &str, second: &str) -> Vec<FieldError> {
    match password("password", first) {
        Ok(()) => collect(vec![password_confirmation(
            "password_confirmation",
            first,
            second,
        )]),
        Err(error) => vec![error],
    }
}

/// パスワード再設定 (from the mailed link).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordResetForm {
    pub password: String,
    pub password_confirmation: String,
}

impl PasswordResetForm {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        finish(
            new_password(&self.password, &self.password_confirmation),
            Some(()),
        )
    }
}

/// パスワード変更 (logged in): the current password as well.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PasswordChangeForm {
    pub current_password: String,
    pub password: String,
    pub password_confirmation: String,
}

impl PasswordChangeForm {
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.current_password.is_empty() {
            errors.push(FieldError::new("current_password", "rule-required"));
        }
        errors.extend(new_password(&self.password, &self.password_confirmation));
        finish(errors, Some(()))
    }
}

/// 利用者変更: the phone number.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PhoneChangeForm {
    #[cfg_attr(feature = "openapi", schema(example = "0123456789"))]
    pub phone: String,
}

impl PhoneChangeForm {
    pub fn validate(&self) -> Result<PhoneNumber, Vec<FieldError>> {
        phone_number("phone", &self.phone).map_err(|e| vec![e])
    }
}

/// メールアドレス入力(利用者ID通知): the registered address and the Latin name.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ForgotUserIdForm {
    pub email: String,
    pub latin_name: String,
}

impl ForgotUserIdForm {
    pub fn validate(&self) -> Result<(EmailAddress, LatinName), Vec<FieldError>> {
        let email = email_address("email", &self.email);
        let name = latin_name("latin_name", &self.latin_name);
        match (email, name) {
            (Ok(email), Ok(name)) => Ok((email, name)),
            (email, name) => Err([email.err(), name.err()].into_iter().flatten().collect()),
        }
    }
}

/// 利用者ID入力(パスワード再設定): user ID and the registered address.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ForgotPasswordForm {
    pub user_id: String,
    pub email: String,
}

impl ForgotPasswordForm {
    pub fn validate(&self) -> Result<EmailAddress, Vec<FieldError>> {
        let mut errors = Vec::new();
        if self.user_id.trim().is_empty() {
            errors.push(FieldError::new("user_id", "rule-required"));
        }
        let email = email_address("email", &self.email)
            .map_err(|e| errors.push(e))
            .ok();
        finish(errors, email)
    }
}

/// 利用者ログイン.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct LoginForm {
    #[cfg_attr(feature = "openapi", schema(example = "K7Q2M9X4TB"))]
    pub user_id: String,
    pub password: String,
}

impl LoginForm {
    /// Only presence: a login never says which rule a typed password breaks.
    pub fn validate(&self) -> Result<(), Vec<FieldError>> {
        let errors: Vec<FieldError> = [("user_id", &self.user_id), ("password", &self.password)]
            .into_iter()
            .filter(|(_, value)| value.trim().is_empty())
            .map(|(field, _)| FieldError::new(field, "rule-required"))
            .collect();
        finish(errors, Some(()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn messages(errors: Vec<FieldError>) -> Vec<(String, String)> {
        errors.into_iter().map(|e| (e.field, e.message)).collect()
    }

    fn pair(field: &str, message: &str) -> (String, String) {
        (field.to_owned(), message.to_owned())
    }

    #[test]
    fn registration_start_needs_terms_and_matching_addresses() {
        let form = RegistrationStartForm {
            terms_accepted: true,
            email: "An@Example.com".to_owned(),
            email_confirmation: "An@example.COM".to_owned(),
        };
        assert_eq!(
            form.validate().map(|e| e.as_str().to_owned()),
            Ok("An@example.com".to_owned())
        );
        let bad = RegistrationStartForm {
            terms_accepted: false,
            email_confirmation: "other@example.com".to_owned(),
            ..form
        };
        assert_eq!(
            messages(bad.validate().err().unwrap_or_default()),
            vec![
                pair("terms_accepted", "rule-must-accept"),
                pair("email_confirmation", "rule-email-mismatch")
            ]
        );
    }

    #[test]
    fn registration_reports_every_field_and_the_missing_classes() {
        let form = RegistrationForm {
            user_kind: "foreign_national".to_owned(),
            latin_name: "nguyen van an".to_owned(),
            phone: "09012345678".to_owned(),
            password: "Abcdefgh1$".to_owned(),
            password_confirmation: "Abcdefgh1$".to_owned(),
        };
        let valid = form.validate().unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(valid.latin_name.as_str(), "NGUYEN VAN AN");
        let bad = RegistrationForm {
            user_kind: "admin".to_owned(),
            phone: "090-1234-5678".to_owned(),
            password: "abcdefghij".to_owned(),
            ..form.clone()
        };
        let errors = bad.validate().err().unwrap_or_default();
        assert_eq!(
            messages(errors.clone()),
            vec![
                pair("user_kind", "rule-user-kind-invalid"),
                pair("phone", "rule-phone-hyphen"),
                pair("password", "rule-password-classes"),
            ]
        );
        assert_eq!(
            errors[2].args[0].1,
            crate::RuleArg::Text("A–Z, 0–9, $%&=@_#*+-?!".to_owned())
        );
        let mismatch = RegistrationForm {
            password_confirmation: "Abcdefgh1!".to_owned(),
            ..form
        };
        assert_eq!(
            messages(mismatch.validate().err().unwrap_or_default()),
            vec![pair("password_confirmation", "rule-password-mismatch")]
        );
    }

    #[test]
    fn small_forms() {
        assert!(
            PasswordChangeForm {
                current_password: String::new(),
                password: "Abcdefgh1$".to_owned(),
                password_confirmation: "Abcdefgh1$".to_owned(),
            }
            .validate()
            .is_err()
        );
        assert_eq!(
            PhoneChangeForm {
                phone: "０１２３４５６７８９".to_owned()
            }
            .validate()
            .map(|p| p.as_str().to_owned()),
            Ok("0123456789".to_owned())
        );
        assert_eq!(
            messages(
                ForgotUserIdForm {
                    email: "x".to_owned(),
                    latin_name: String::new()
                }
                .validate()
                .err()
                .unwrap_or_default()
            ),
            vec![
                pair("email", "rule-email-format"),
                pair("latin_name", "rule-required")
            ]
        );
        assert!(
            ForgotPasswordForm {
                user_id: " ".to_owned(),
                email: "a@example.jp".to_owned()
            }
            .validate()
            .is_err()
        );
        assert_eq!(
            messages(
                LoginForm {
                    user_id: "K7Q2M9X4TB".to_owned(),
                    password: String::new()
                }
                .validate()
                .err()
                .unwrap_or_default()
            ),
            vec![pair("password", "rule-required")]
        );
        assert!(
            PasswordResetForm {
                password: "Abcdefgh1$".to_owned(),
                password_confirmation: "Abcdefgh1$".to_owned()
            }
            .validate()
            .is_ok()
        );
    }
}
