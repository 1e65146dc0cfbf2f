//! Building blocks shared by several flows.

pub mod photo_step;
pub mod submit_status;
