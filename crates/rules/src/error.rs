//! Field-level validation errors.

use serde::{Deserialize, Serialize};

/// A value substituted into a translated error message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum RuleArg {
    Number(i64),
    Text(String),
}

/// Why one field was rejected: `message` is a Fluent message id in `locales/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldError {
    pub field: String,
    pub message: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub args: Vec<(String, RuleArg)>,
}

impl FieldError {
    pub fn new(field: &str, message: &str) -> Self {
        FieldError {
            field: field.to_owned(),
            message: message.to_owned(),
            args: Vec::new(),
        }
    }

    pub fn with_arg(mut self, name: &str, value: RuleArg) -> Self {
        self.args.push((name.to_owned(), value));
        self
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn serialises_for_the_api() {
        let error = FieldError::new("card_number", "rule-card-number-format")
            .with_arg("length", RuleArg::Number(11));
        let json = serde_json::to_string(&error).unwrap_or_default();
        assert_eq!(
            json,
            r#"{"field":"card_number","message":"rule-card-number-format","args":[["length",11]]}"#
        );
    }
}
