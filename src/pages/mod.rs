//! One module per page.

pub mod card_reader;
pub mod help_readers;
pub mod home;
pub mod not_found;
pub mod photo_check;
