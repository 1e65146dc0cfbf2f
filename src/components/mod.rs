//! Building blocks shared by several flows.

pub mod document_step;
pub mod photo_step;
