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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_full_width_ascii() {
        assert_eq!(to_half_width("ＡＢ１２　ｃｄ！"), "AB12 cd!");
        assert_eq!(to_half_width("在留カード"), "在留カード");
    }
}
