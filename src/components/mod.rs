//! Building blocks shared by several flows.

pub mod capture;
pub mod document_step;
pub mod fields;
pub mod paging;
pub mod photo_step;
pub mod stepper;
pub mod submit_status;
pub mod tab_draft;
