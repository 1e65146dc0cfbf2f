//! Name for mail (メール連絡用氏名) on the My Number card online application.
//!
//! The official form accepts "JIS第一水準漢字及びJIS第二水準漢字" within 50 characters, full- or
//! half-width each counting as one ("全半角50文字以内"), and tells people with 外字 such as 「﨑」
//! to type the common form. We accept exactly JIS X 0208: the non-kanji rows 1–8 (punctuation,
//! full-width alphanumerics, kana, Greek, Cyrillic, box drawing), level 1 kanji (rows 16–47) and
//! level 2 kanji (rows 48–84), plus half-width Latin letters, space, `-`, `'` and `.`.
//!
//! The row of a character comes from the WHATWG EUC-JP encoder (`encoding_rs`), whose table is
//! JIS X 0208 plus the NEC special characters (row 13: ①, ㍉ …) and the NEC-selected IBM
//! extensions (rows 89–92: 髙, 﨑, 德 …). Those extensions are exactly the characters people
//! meet as "machine-dependent" and are rejected, with the common form suggested when we know it.

use encoding_rs::{EUC_JP, EncoderResult};

use crate::error::{FieldError, RuleArg};
use crate::text::count_arg;

/// At most this many characters, full- or half-width alike.
pub const MAIL_NAME_MAX_CHARS: usize = 50;

/// Where a character sits in JIS X 0208.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum JisClass {
    /// Rows 1–8: symbols, full-width alphanumerics, kana, Greek, Cyrillic, line drawing.
    NonKanji,
    /// Rows 16–47: JIS level 1 kanji (第一水準).
    Level1,
    /// Rows 48–84: JIS level 2 kanji (第二水準).
    Level2,
}

/// The EUC-JP row (1–94) of `c` if it encodes to a two-byte JIS X 0208 code (including the
/// NEC/IBM extension rows), `None` for ASCII, half-width katakana and unencodable characters.
pub fn euc_jp_row(c: char) -> Option<u8> {
    let mut text = [0u8; 4];
    let text = c.encode_utf8(&mut text);
    let mut encoder = EUC_JP.new_encoder();
    let mut out = [0u8; 8];
    let (result, _, written) = encoder.encode_from_utf8_without_replacement(text, &mut out, true);
    match (result, &out[..written]) {
        (EncoderResult::InputEmpty, [lead @ 0xA1..=0xFE, 0xA1..=0xFE]) => Some(lead - 0xA0),
        _ => None,
    }
}

/// The JIS X 0208 class of `c`, or `None` when it is outside the accepted set (NEC row 13, IBM
/// extensions, JIS X 0212/0213-only characters, simplified Chinese, emoji, …).
pub fn jis_x0208_class(c: char) -> Option<JisClass> {
    match euc_jp_row(jis_standard_alias(c))? {
        1..=8 => Some(JisClass::NonKanji),
        16..=47 => Some(JisClass::Level1),
        48..=84 => Some(JisClass::Level2),
        _ => None,
    }
}

/// JIS X 0208 code points that WHATWG's (Microsoft-flavoured) table spells differently: the
/// standard mapping's wave dash, double vertical line, cent, pound, not sign and em dash are the
/// same JIS characters as their full-width forms, so a Mac IME's 〜 is not an error.
fn jis_standard_alias(c: char) -> char {
    match c {
        '\u{301C}' => '\u{FF5E}',
        '\u{2016}' => '\u{2225}',
        '\u{00A2}' => '\u{FFE0}',
        '\u{00A3}' => '\u{FFE1}',
        '\u{00AC}' => '\u{FFE2}',
        '\u{2014}' => '\u{2015}',
        other => other,
    }
}

/// Common forms for characters outside level 1/2 that names often contain: machine-dependent
/// variants (髙, 﨑, 德…), CJK compatibility ideographs (塚 U+FA10, 神 U+FA19…), 𠮷, and the
/// simplified Chinese forms of frequent surnames. Every suggestion is checked to be in level 1/2.
const COMMON_FORMS: &[(char, char)] = &[
    ('髙', '高'),
    ('﨑', '崎'),
    ('𠮷', '吉'),
    ('\u{FA10}', '塚'),
    ('\u{FA19}', '神'),
    ('德', '徳'),
    ('濵', '濱'),
    ('瀨', '瀬'),
    ('栁', '柳'),
    ('曻', '昇'),
    ('淸', '清'),
    ('裵', '裴'),
    ('姸', '妍'),
    ('吳', '呉'),
    ('黃', '黄'),
    ('张', '張'),
    ('刘', '劉'),
    ('陈', '陳'),
    ('杨', '楊'),
    ('赵', '趙'),
    ('吴', '呉'),
    ('孙', '孫'),
    ('马', '馬'),
    ('许', '許'),
    ('郑', '鄭'),
    ('冯', '馮'),
    ('韩', '韓'),
    ('罗', '羅'),
    ('谢', '謝'),
    ('\u{FF07}', '’'),
];

/// The everyday form to type instead of `c`, when we know one.
pub fn common_form(c: char) -> Option<char> {
    COMMON_FORMS
        .iter()
        .find(|(variant, _)| *variant == c)
        .map(|(_, common)| *common)
}

/// A valid name for mail: trimmed, half-width katakana widened, every character in the set.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailName(String);

impl MailName {
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Half-width katakana (not in JIS X 0208) in order from U+FF66 to U+FF9D, full-width.
const HALF_WIDTH_KATAKANA: &str = "ヲァィゥェォャュョッーアイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン";
const VOICEABLE: &str =
    "かきくけこさしすせそたちつてとはひふへほカキクケコサシスセソタチツテトハヒフヘホウ";
const VOICED: &str =
    "がぎぐげござじずぜぞだぢづでどばびぶべぼガギグゲゴザジズゼゾダヂヅデドバビブベボヴ";
const SEMI_VOICEABLE: &str = "はひふへほハヒフヘホ";
const SEMI_VOICED: &str = "ぱぴぷぺぽパピプペポ";

fn compose(base: char, from: &str, to: &str) -> Option<char> {
    from.chars()
        .position(|c| c == base)
        .and_then(|i| to.chars().nth(i))
}

/// Widens half-width katakana and joins (half-width or combining) voiced sound marks to the kana
/// before them, so what an older IME or a copy-paste produced becomes JIS X 0208 text.
fn widen_kana(input: &str) -> String {
    let mut out = String::with_capacity(input.len());
    for c in input.chars() {
        let code = u32::from(c);
        let mark = match c {
            '\u{FF9E}' | '\u{3099}' => Some((VOICEABLE, VOICED, '゛')),
            '\u{FF9F}' | '\u{309A}' => Some((SEMI_VOICEABLE, SEMI_VOICED, '゜')),
            _ => None,
        };
        if let Some((from, to, spacing)) = mark {
            let composed = out.chars().next_back().and_then(|b| compose(b, from, to));
            match composed {
                Some(joined) => {
                    out.pop();
                    out.push(joined);
                }
                None => out.push(spacing),
            }
        } else if (0xFF66..=0xFF9D).contains(&code) {
            let index = usize::try_from(code - 0xFF66).unwrap_or(usize::MAX);
            out.push(HALF_WIDTH_KATAKANA.chars().nth(index).unwrap_or(c));
        } else if c == '\u{FF61}' {
            out.push('。');
        } else if c == '\u{FF62}' {
            out.push('「');
        } else if c == '\u{FF63}' {
            out.push('」');
        } else if c == '\u{FF64}' {
            out.push('、');
        } else if c == '\u{FF65}' {
            out.push('・');
        } else {
            out.push(c);
        }
    }
    out
}

fn allowed(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, ' ' | '-' | '\'' | '.') || jis_x0208_class(c).is_some()
}

/// Checks the name for mail. The error names the first offending character and its 1-based
/// position (in the trimmed, kana-widened name) and, when known, the common form to type.
pub fn mail_name(field: &str, input: &str) -> Result<MailName, FieldError> {
    let trimmed = input.trim_matches(|c: char| c.is_whitespace());
    let name = widen_kana(trimmed);
    if name.is_empty() {
        return Err(FieldError::new(field, "rule-required"));
    }
    if let Some((index, bad)) = name.chars().enumerate().find(|(_, c)| !allowed(*c)) {
        let error = FieldError::new(field, "rule-mail-name-char")
            .with_arg("char", RuleArg::Text(bad.to_string()))
            .with_arg("position", count_arg(index + 1));
        return Err(match common_form(bad) {
            Some(common) => FieldError {
                message: "rule-mail-name-char-suggest".to_owned(),
                ..error
            }
            .with_arg("suggestion", RuleArg::Text(common.to_string())),
            None => error,
        });
    }
    let length = name.chars().count();
    if length > MAIL_NAME_MAX_CHARS {
        return Err(
            FieldError::new(field, "rule-mail-name-too-long").with_arg("length", count_arg(length))
        );
    }
    Ok(MailName(name))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(input: &str) -> Option<(String, Vec<(String, RuleArg)>)> {
        mail_name("name", input).err().map(|e| (e.message, e.args))
    }

    fn text(s: &str) -> RuleArg {
        RuleArg::Text(s.to_owned())
    }

    #[test]
    fn classifies_rows() {
        assert_eq!(jis_x0208_class('亜'), Some(JisClass::Level1));
        assert_eq!(jis_x0208_class('腕'), Some(JisClass::Level1));
        assert_eq!(jis_x0208_class('弌'), Some(JisClass::Level2));
        assert_eq!(jis_x0208_class('凜'), Some(JisClass::Level2)); // row 84, added in 1990
        assert_eq!(jis_x0208_class('あ'), Some(JisClass::NonKanji));
        assert_eq!(jis_x0208_class('ヴ'), Some(JisClass::NonKanji));
        assert_eq!(jis_x0208_class('Ａ'), Some(JisClass::NonKanji));
        assert_eq!(jis_x0208_class('〜'), Some(JisClass::NonKanji));
        assert_eq!(jis_x0208_class('①'), None); // NEC row 13
        assert_eq!(euc_jp_row('①'), Some(13));
        assert_eq!(jis_x0208_class('髙'), None); // IBM extension
        assert!(euc_jp_row('髙').is_some_and(|row| (89..=92).contains(&row)));
        assert_eq!(jis_x0208_class('𠮷'), None);
        assert_eq!(jis_x0208_class('ゔ'), None);
        assert_eq!(jis_x0208_class('A'), None);
        assert_eq!(jis_x0208_class('ｶ'), None);
        assert_eq!(jis_x0208_class('¥'), None); // encodes to the single byte 0x5C
        assert_eq!(euc_jp_row('😀'), None);
    }

    #[test]
    fn variant_table_goes_from_outside_to_inside_level_1_and_2() {
        for (variant, common) in COMMON_FORMS {
            assert_eq!(
                jis_x0208_class(*variant),
                None,
                "{variant} (U+{:04X}) is already accepted",
                u32::from(*variant)
            );
            let is_kanji = matches!(
                jis_x0208_class(*common),
                Some(JisClass::Level1 | JisClass::Level2)
            );
            assert!(
                is_kanji || *variant == '\u{FF07}',
                "{common} is not level 1/2"
            );
            assert!(allowed(*common), "{common} is not accepted");
        }
        for (variant, common) in [
            ('髙', '高'),
            ('﨑', '崎'),
            ('𠮷', '吉'),
            ('\u{FA10}', '\u{585A}'),
            ('\u{FA19}', '\u{795E}'),
            ('\u{5FB7}', '\u{5FB3}'),
            ('濵', '濱'),
            ('瀨', '瀬'),
        ] {
            assert_eq!(common_form(variant), Some(common));
        }
        assert_eq!(common_form('高'), None);
    }

    #[test]
    fn accepts_names_in_the_set() {
        let ok = |s: &str| mail_name("name", s).map(|n| n.as_str().to_owned());
        assert_eq!(ok("番号 太郎"), Ok("番号 太郎".to_owned()));
        assert_eq!(ok("　番号　太郎　"), Ok("番号　太郎".to_owned()));
        assert_eq!(
            ok("グエン ヴァン アン"),
            Ok("グエン ヴァン アン".to_owned())
        );
        assert_eq!(ok("Maria Santos-Cruz"), Ok("Maria Santos-Cruz".to_owned()));
        assert_eq!(ok("ＭＡＲＩＡ"), Ok("ＭＡＲＩＡ".to_owned()));
        assert_eq!(ok("ｶﾞﾙｼｱ ﾊﾟｳﾛ"), Ok("ガルシア パウロ".to_owned()));
        assert_eq!(ok("か\u{3099}"), Ok("が".to_owned()));
        assert_eq!(ok("渡邉 凜"), Ok("渡邉 凜".to_owned()));
    }

    #[test]
    fn names_the_character_its_position_and_the_common_form() {
        assert_eq!(
            error("髙橋 一郎"),
            Some((
                "rule-mail-name-char-suggest".to_owned(),
                vec![
                    ("char".to_owned(), text("髙")),
                    ("position".to_owned(), RuleArg::Number(1)),
                    ("suggestion".to_owned(), text("高")),
                ]
            ))
        );
        assert_eq!(
            error("山﨑 花子").map(|(_, args)| args),
            Some(vec![
                ("char".to_owned(), text("﨑")),
                ("position".to_owned(), RuleArg::Number(2)),
                ("suggestion".to_owned(), text("崎")),
            ])
        );
        assert_eq!(
            error("𠮷田").map(|(_, args)| args.last().cloned()),
            Some(Some(("suggestion".to_owned(), text("吉"))))
        );
        assert_eq!(
            error("張 伟"),
            Some((
                "rule-mail-name-char".to_owned(),
                vec![
                    ("char".to_owned(), text("伟")),
                    ("position".to_owned(), RuleArg::Number(3)),
                ]
            ))
        );
        assert_eq!(
            error("太郎①").map(|(m, _)| m).as_deref(),
            Some("rule-mail-name-char")
        );
        assert_eq!(
            error("太郎😀").map(|(m, _)| m).as_deref(),
            Some("rule-mail-name-char")
        );
        assert_eq!(
            error("Taro2").map(|(m, _)| m).as_deref(),
            Some("rule-mail-name-char")
        );
        assert_eq!(
            error("<Taro>").map(|(m, _)| m).as_deref(),
            Some("rule-mail-name-char")
        );
        assert_eq!(
            error(" 　").map(|(m, _)| m).as_deref(),
            Some("rule-required")
        );
    }

    #[test]
    fn fifty_characters_full_or_half_width() {
        let fifty_kanji = "番".repeat(50);
        assert!(mail_name("name", &fifty_kanji).is_ok());
        assert!(mail_name("name", &"a".repeat(50)).is_ok());
        let mixed = format!("{}{}", "番".repeat(25), "a".repeat(25));
        assert!(mail_name("name", &mixed).is_ok());
        assert_eq!(
            error(&"番".repeat(51)),
            Some((
                "rule-mail-name-too-long".to_owned(),
                vec![("length".to_owned(), RuleArg::Number(51))]
            ))
        );
        assert_eq!(
            error(&"a".repeat(51)).map(|(m, _)| m).as_deref(),
            Some("rule-mail-name-too-long")
        );
        // Half-width katakana count after widening: ｶﾞ is one character.
        assert!(mail_name("name", &"ｶﾞ".repeat(50)).is_ok());
    }
}
