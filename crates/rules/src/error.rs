//! Field-level validation errors.

use serde::{Deserialize, Serialize};

/// A value substituted into a translated error message.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum RuleArg {
    Number(i64),
    Text(String),
}

/// Why one field was rejected: `message` is a Fluent message id in `locales/`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct FieldError {
    /// The field, as a JSON path into the submitted body (`residence_card.card_number`).
    #[cfg_attr(feature = "openapi", schema(example = "email"))]
    pub field: String,
    /// Fluent message id (`locales/*/main.ftl`).
    #[cfg_attr(feature = "openapi", schema(example = "rule-email-format"))]
    pub message: String,
    /// The message's arguments as `[name, value]` pairs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    #[cfg_attr(feature = "openapi", schema(value_type = Vec<Vec<Object>>))]
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
