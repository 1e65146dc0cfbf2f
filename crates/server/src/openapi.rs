//! The OpenAPI document, generated from the handlers' annotations and the types they exchange
//! (including the form definitions of `madoguchi-rules`), served at `/api/openapi.json`.

use axum::Json;
use utoipa::openapi::security::{ApiKey, ApiKeyValue, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(
        title = "madoguchi API",
        description = "Finished forms, the immigration online account (seed 001), COE receipts \
            and office review. Every request that changes something must send the header \
            `X-Madoguchi-Request: 1` (CSRF defence); errors are `ApiErrorBody` with a Fluent \
            message id. Sessions are a `madoguchi_session` cookie (HttpOnly, SameSite=Strict)."
    ),
    paths(
        crate::api::health,
        crate::api::trust_anchors,
        crate::intake::submit_exam_mypage,
        crate::intake::submit_mynumber_email,
        crate::intake::submit_mynumber_application,
        crate::intake::mynumber_link,
        crate::challenge::create,
        crate::challenge::image,
        crate::challenge::audio,
        crate::challenge::test_answer,
        crate::accounts::registration::start,
        crate::accounts::registration::open,
        crate::accounts::registration::check,
        crate::accounts::registration::complete,
        crate::accounts::login::login,
        crate::accounts::login::logout,
        crate::accounts::login::session,
        crate::accounts::login::extend,
        crate::accounts::recovery::forgot_user_id,
        crate::accounts::recovery::forgot_password,
        crate::accounts::recovery::open_reset,
        crate::accounts::recovery::reset_password,
        crate::accounts::profile::me,
        crate::accounts::profile::change_email,
        crate::accounts::profile::confirm_email,
        crate::accounts::profile::change_password,
        crate::accounts::profile::change_phone,
        crate::passkeys::list,
        crate::passkeys::registration_options,
        crate::passkeys::register,
        crate::passkeys::remove,
        crate::passkeys::login_options,
        crate::passkeys::login,
        crate::coe::list,
        crate::coe::register_receipt,
        crate::coe::pdf,
        crate::coe::issue,
        crate::coe::office_list,
        crate::office::list,
        crate::office::view,
        crate::office::export,
        crate::office::audit_log,
        crate::dev::dev_outbox,
        crate::dev::move_clock,
    ),
    modifiers(&SecuritySchemes),
    tags(
        (name = "forms", description = "Finished-form intake"),
        (name = "account", description = "Immigration online account (seed 001)"),
        (name = "passkeys", description = "Passkeys (WebAuthn, ES256): an optional way to log in"),
        (name = "coe", description = "Certificates of Eligibility: list and receipt registration (seed 001 §5)"),
        (name = "office", description = "Staff only: issue certificates, review submissions, audit log"),
        (name = "meta", description = "Health and public data"),
        (name = "dev", description = "Local-only helpers, off unless enabled"),
    )
)]
pub struct ApiDoc;

/// Documents the session cookie and the CSRF header as security schemes.
struct SecuritySchemes;

impl Modify for SecuritySchemes {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "session",
            SecurityScheme::ApiKey(ApiKey::Cookie(ApiKeyValue::with_description(
                crate::sessions::COOKIE,
                "Set by POST /api/account/login; HttpOnly, SameSite=Strict",
            ))),
        );
        components.add_security_scheme(
            "request_header",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::with_description(
                "X-Madoguchi-Request",
                "Must be `1` on every request that is not GET/HEAD/OPTIONS (CSRF defence)",
            ))),
        );
    }
}

pub async fn document() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
