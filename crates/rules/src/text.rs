//! Normalisation of what people type: full-width ASCII (common with Japanese IMEs) to half-width.

/// Maps full-width ASCII forms (U+FF01–U+FF5E) and the ideographic space to their ASCII
/// counterparts; everything else is kept.
pub fn to_half_width(input: &str) -> String {
    input
        .chars()
        .map(|c| match c {
            '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
            '\u{3000}' => ' ',
            _ => c,
        })
        .collect()
}

/// Dashes people type between digit groups: ASCII and full-width hyphen-minus, the Unicode
/// hyphens and dashes, the minus sign and the katakana long-vowel mark an IME produces for `-`.
pub fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{FF0D}' | '\u{2010}'..='\u{2015}' | '\u{2212}' | '\u{30FC}' | '\u{FF70}'
    )
}

/// A number as typed: half-width, with white space and dashes removed. Other characters are kept
/// so the caller can name them in an error.
pub fn digits_as_typed(input: &str) -> String {
    to_half_width(input)
        .chars()
        .filter(|c| !c.is_whitespace() && !is_dash(*c))
        .collect()
}

/// A count for a message placeable.
pub(crate) fn count_arg(count: usize) -> crate::RuleArg {
    crate::RuleArg::Number(i64::try_from(count).unwrap_or(i64::MAX))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_full_width_ascii() {
        assert_eq!(to_half_width("ＡＢ１２　ｃｄ！"), "AB12 cd!");
        assert_eq!(to_half_width("在留カード"), "在留カード");
    }

    #[test]
    fn drops_separators_but_keeps_other_characters() {
        assert_eq!(digits_as_typed(" １２３４－5678 ‐ 90ー1 "), "12345678901");
        assert_eq!(digits_as_typed("12a4"), "12a4");
        assert!(!is_dash('_'));
    }
}
