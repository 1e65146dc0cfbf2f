//! Building blocks shared by several flows.

pub mod capture;
pub mod document_step;
pub mod photo_step;
pub mod submit_status;
