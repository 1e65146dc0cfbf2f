//! Verdicts: one [`Check`] per rule, each with the measured value, the limit and a Fluent message.

use madoguchi_rules::RuleArg;
use serde::{Deserialize, Serialize};

/// Outcome of one check. `Skip` means it could not be measured (no face found, no model).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Pass,
    Skip,
    Warn,
    Fail,
}

/// A measured value.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Measure {
    Number(f64),
    Text(String),
}

/// The verdict of one rule.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// Stable id of the rule (`file-size`, `head-height`, …).
    pub id: String,
    pub status: Status,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measured: Option<Measure>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub limit: Option<String>,
    /// Fluent message id: what was found and what to do.
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, RuleArg)>,
    /// Auto-fix can repair this one.
    #[serde(default)]
    pub fixable: bool,
}

impl Check {
    pub fn new(id: &str, status: Status, message: &str) -> Self {
        Check {
            id: id.to_owned(),
            status,
            measured: None,
            limit: None,
            message: message.to_owned(),
            args: Vec::new(),
            fixable: false,
        }
    }

    pub fn measured(mut self, value: f64) -> Self {
        self.measured = Some(Measure::Number((value * 10_000.0).round() / 10_000.0));
        self
    }

    pub fn measured_text(mut self, value: impl Into<String>) -> Self {
        self.measured = Some(Measure::Text(value.into()));
        self
    }

    pub fn limit(mut self, limit: impl Into<String>) -> Self {
        self.limit = Some(limit.into());
        self
    }

    pub fn arg(mut self, name: &str, value: i64) -> Self {
        self.args.push((name.to_owned(), RuleArg::Number(value)));
        self
    }

    pub fn text_arg(mut self, name: &str, value: impl Into<String>) -> Self {
        self.args
            .push((name.to_owned(), RuleArg::Text(value.into())));
        self
    }

    pub fn fixable(mut self, fixable: bool) -> Self {
        self.fixable = fixable && self.status >= Status::Warn;
        self
    }
}

/// The worst status among checks (`Pass` when there are none).
pub fn overall(checks: &[Check]) -> Status {
    checks
        .iter()
        .map(|c| c.status)
        .max()
        .unwrap_or(Status::Pass)
}
