//! The scenarios of `suite/` against SQLite.

mod common;
mod suite;

use suite::Env;

scenarios!(Env::sqlite();
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
