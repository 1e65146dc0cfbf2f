//! The same migrations and a round trip against a real PostgreSQL. `scripts/test.sh` starts a
//! throw-away server on a loopback port and sets `MADOGUCHI_TEST_POSTGRES_URL`.

mod common;
mod suite;

use madoguchi_server::{Backend, Database};
use suite::Env;

scenarios!(ignored Env::postgres();
    intake::exam_form_is_validated_and_stored,
    intake::malformed_requests_get_json_errors,
    intake::retried_submits_are_stored_once,
    intake::mynumber_link_is_single_use_and_expires,
    intake::submissions_are_rate_limited_per_address,
    intake::mynumber_mail_is_limited_per_address,
    intake::the_image_challenge_is_served_and_used_once,
    accounts::registration_issues_a_user_id_by_mail,
    accounts::five_failures_lock_for_a_day_and_reset_unlocks,
    accounts::recovery_never_reveals_accounts,
    accounts::sessions_expire_after_three_idle_hours,
    accounts::my_page_changes_are_confirmed,
    accounts::login_attempts_are_limited_per_account,
    passkeys::passkeys_log_in_and_can_be_removed,
    passkeys::passkey_challenges_are_bound_and_expire,
    office::coe_receipts_page_and_register,
    office::coe_reminders_every_seven_days_for_three_months,
    office::office_review_is_staff_only_and_audited,
    office::audit_log_names_the_client_behind_a_trusted_proxy,
    instances::two_instances_share_everything_through_the_database,
);

fn postgres_url() -> String {
    std::env::var("MADOGUCHI_TEST_POSTGRES_URL")
        .expect("MADOGUCHI_TEST_POSTGRES_URL must point at a PostgreSQL test database")
}

#[tokio::test]
#[ignore = "needs PostgreSQL: run by scripts/test.sh, which starts one"]
async fn migrates_and_round_trips_on_postgres() {
    let db = Database::connect(&postgres_url())
        .await
        .expect("connect postgres");
    assert_eq!(db.backend(), Backend::Postgres);
    db.ping().await.expect("ping");
    db.set_meta("greeting", "こんにちは", 1_700_000_000)
        .await
        .expect("write");
    db.set_meta("greeting", "hello", 1_700_000_001)
        .await
        .expect("overwrite");
    assert_eq!(
        db.meta("greeting").await.expect("read"),
        Some(("hello".to_owned(), 1_700_000_001))
    );
    let applied = db.applied_migrations().await.expect("migrations");
    assert!(!applied.is_empty());
    let again = Database::connect(&postgres_url()).await.expect("reconnect");
    assert_eq!(
        again.applied_migrations().await.expect("migrations"),
        applied
    );
}
