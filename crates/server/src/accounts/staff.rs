//! Office staff accounts. They are not self-registered: an operator creates them on the server
//! with `madoguchi-server add-staff <email> <LATIN NAME>` (password from
//! `MADOGUCHI_STAFF_PASSWORD` or standard input), which calls [`create_staff`].

use madoguchi_rules::account_forms::PasswordResetForm;
use madoguchi_rules::{FieldError, email_address, latin_name};

use super::password;
use crate::db::{Database, is_unique_violation};
use crate::settings::PasswordCost;
use crate::tokens::new_user_id;

#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("invalid {}: {}", .0.field, .0.message)]
    Invalid(FieldError),
    #[error("an account already uses this e-mail address")]
    EmailInUse,
    #[error("database: {0}")]
    Database(String),
}

/// Creates a staff account checked by the same rules as a user's; returns its user ID.
pub async fn create_staff(
    db: &Database,
    email: &str,
    name: &str,
    new_password: &str,
    cost: PasswordCost,
    now: i64,
) -> Result<String, StaffError> {
    let email = email_address("email", email).map_err(StaffError::Invalid)?;
    let name = latin_name("latin_name", name).map_err(StaffError::Invalid)?;
    PasswordResetForm {
        password: new_password.to_owned(),
        password_confirmation: new_password.to_owned(),
    }
    .validate()
    .map_err(|mut errors| StaffError::Invalid(errors.remove(0)))?;
    let hash = password::hash(new_password.to_owned(), cost)
        .await
        .map_err(|_| StaffError::Database("hashing failed".to_owned()))?;
    let user_id = new_user_id();
    let inserted = sqlx::query(
        "INSERT INTO users (user_id, email, user_kind, latin_name, phone, password_hash, role, \
         locale, created_at) VALUES ($1, $2, 'organisation_staff', $3, '', $4, 'staff', 'ja', $5)",
    )
    .bind(&user_id)
    .bind(email.as_str())
    .bind(name.as_str())
    .bind(&hash)
    .bind(now)
    .execute(db.pool())
    .await;
    match inserted {
        Ok(_) => Ok(user_id),
        Err(error) if is_unique_violation(&error) => Err(StaffError::EmailInUse),
        Err(error) => Err(StaffError::Database(error.to_string())),
    }
}
