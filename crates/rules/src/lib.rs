//! Form validation rules, shared by the browser app and the API.
//!
//! Architecture invariant: the app and the server call the same functions, so a form the app
//! accepts is one the server accepts. Every rule returns a [`FieldError`] carrying a Fluent
//! message id (translated by the app) instead of prose.

mod card_number;
mod error;
pub mod text;

pub use card_number::{ResidenceCardNumber, residence_card_number};
pub use error::{FieldError, RuleArg};
