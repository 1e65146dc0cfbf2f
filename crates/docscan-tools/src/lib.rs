//! Tools around madoguchi-docscan: the synthetic photo generator, model files, benchmark scoring.

pub mod bench;
pub mod models;
pub mod synth;
