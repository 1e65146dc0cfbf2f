//! Serialisation helpers for types from other crates.

use madoguchi_rules::CivilDate;
use serde::Serializer;

/// A date as ISO 8601 text (`2030-04-01`).
pub fn iso<S: Serializer>(date: &CivilDate, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(date)
}
