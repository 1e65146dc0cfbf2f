//! One module per page.

pub mod account;
pub mod card_reader;
pub mod document_scan;
pub mod exam_mypage;
pub mod help_readers;
pub mod home;
pub mod mynumber;
pub mod not_found;
pub mod outbox;
pub mod photo_check;
