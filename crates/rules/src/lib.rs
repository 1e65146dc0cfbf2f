//! Form validation rules, shared by the browser app and the API.
//!
//! Architecture invariant: the app and the server call the same functions, so a form the app
//! accepts is one the server accepts. Every rule returns a [`FieldError`] carrying a Fluent
//! message id (translated by the app) instead of prose.

pub mod account;
pub mod account_forms;
pub mod application_id;
mod card_number;
pub mod dates;
pub mod email;
mod error;
pub mod exam_mypage;
pub mod forms;
pub mod jis_name;
pub mod licence;
pub mod passkey_forms;
pub mod photo_limits;
pub mod text;
pub mod wareki;

pub use account::{
    LatinName, PasswordClass, PhoneNumber, UserKind, latin_name, missing_password_classes,
    password, password_confirmation, phone_number, user_kind,
};
pub use application_id::{ApplicationId, application_id, application_id_confirmation};
pub use card_number::{ResidenceCardNumber, residence_card_number};
pub use email::{EmailAddress, email_address, email_confirmation};
pub use error::{FieldError, RuleArg};
pub use jis_name::{MailName, mail_name};
pub use licence::{LicenceRecordNumber, licence_record_number};
pub use photo_limits::{JpegColour, JpegHeader, JpegInfo, jpeg_info, profile_photo};
pub use wareki::{
    Calendar, CivilDate, Era, WarekiDate, age_on, birth_date, to_wareki, under_one_year,
};
