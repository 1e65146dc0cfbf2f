//! Furigana in Aozora Bunko ruby notation: `｜漢字《かんじ》`, or `漢字《かんじ》` where the base
//! is the run of kanji right before `《`. Normal mode shows only the base text; easy-Japanese mode
//! renders each annotated base as `<ruby>` with its reading.

/// A piece of display text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Segment {
    Text(String),
    Ruby { base: String, reading: String },
}

const BASE_MARK: char = '｜';
const OPEN: char = '《';
const CLOSE: char = '》';

/// Whether `c` is a kanji (or an iteration/abbreviation mark that is read like one).
pub fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々' | '〆' | 'ヶ')
}

/// Splits annotated text into segments. With `furigana == false` every annotation is dropped and
/// one plain text segment remains. Malformed notation (an unclosed `《`) is kept as plain text.
pub fn segments(text: &str, furigana: bool) -> Vec<Segment> {
    let mut out: Vec<Segment> = Vec::new();
    let mut plain = String::new();
    let mut chars = text.chars().peekable();
    let mut explicit_base: Option<String> = None;
    while let Some(c) = chars.next() {
        match c {
            BASE_MARK => {
                if let Some(pending) = explicit_base.take() {
                    plain.push(BASE_MARK);
                    plain.push_str(&pending);
                }
                explicit_base = Some(String::new());
            }
            OPEN => {
                let mut reading = String::new();
                let mut closed = false;
                for r in chars.by_ref() {
                    if r == CLOSE {
                        closed = true;
                        break;
                    }
                    reading.push(r);
                }
                let base = match explicit_base.take() {
                    Some(base) => base,
                    None => take_trailing_kanji(&mut plain),
                };
                if !closed || base.is_empty() {
                    plain.push_str(&base);
                    plain.push(OPEN);
                    plain.push_str(&reading);
                    if closed {
                        plain.push(CLOSE);
                    }
                    continue;
                }
                if furigana {
                    flush(&mut out, &mut plain);
                    out.push(Segment::Ruby { base, reading });
                } else {
                    plain.push_str(&base);
                }
            }
            _ => match explicit_base.as_mut() {
                Some(base) => base.push(c),
                None => plain.push(c),
            },
        }
    }
    if let Some(pending) = explicit_base {
        plain.push(BASE_MARK);
        plain.push_str(&pending);
    }
    flush(&mut out, &mut plain);
    out
}

/// The text with annotations removed (what normal mode displays).
pub fn plain_text(text: &str) -> String {
    segments(text, false)
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) => t,
            Segment::Ruby { base, .. } => base,
        })
        .collect()
}

/// Kanji that would be shown without a reading in easy-Japanese mode.
pub fn unannotated_kanji(text: &str) -> Vec<char> {
    segments(text, true)
        .into_iter()
        .filter_map(|s| match s {
            Segment::Text(t) => Some(t),
            Segment::Ruby { .. } => None,
        })
        .flat_map(|t| t.chars().filter(|c| is_kanji(*c)).collect::<Vec<_>>())
        .collect()
}

fn take_trailing_kanji(plain: &mut String) -> String {
    let split = plain
        .char_indices()
        .rev()
        .take_while(|(_, c)| is_kanji(*c))
        .last()
        .map(|(i, _)| i);
    match split {
        Some(i) => plain.split_off(i),
        None => String::new(),
    }
}

fn flush(out: &mut Vec<Segment>, plain: &mut String) {
    if !plain.is_empty() {
        out.push(Segment::Text(std::mem::take(plain)));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ruby(base: &str, reading: &str) -> Segment {
        Segment::Ruby {
            base: base.into(),
            reading: reading.into(),
        }
    }

    #[test]
    fn explicit_and_implicit_bases() {
        assert_eq!(
            segments("｜在留《ざいりゅう》カードを読《よ》む", true),
            vec![
                ruby("在留", "ざいりゅう"),
                Segment::Text("カードを".into()),
                ruby("読", "よ"),
                Segment::Text("む".into()),
            ]
        );
        assert_eq!(
            segments("｜在留《ざいりゅう》カード", false),
            vec![Segment::Text("在留カード".into())]
        );
        assert_eq!(
            plain_text("写真《しゃしん》を確認《かくにん》"),
            "写真を確認"
        );
    }

    #[test]
    fn explicit_mark_allows_non_kanji_bases() {
        assert_eq!(
            segments("｜ＩＣチップ《アイシーチップ》", true),
            vec![ruby("ＩＣチップ", "アイシーチップ")]
        );
    }

    #[test]
    fn malformed_notation_stays_visible_text() {
        assert_eq!(plain_text("読《よ"), "読《よ");
        assert_eq!(plain_text("《よみ》"), "《よみ》");
        assert_eq!(plain_text("a｜b"), "a｜b");
        assert_eq!(plain_text("｜x｜y《z》"), "｜xy");
    }

    #[test]
    fn finds_unannotated_kanji() {
        assert_eq!(
            unannotated_kanji("｜申請《しんせい》の手続き"),
            vec!['手', '続']
        );
        assert!(unannotated_kanji("カードを読《よ》む").is_empty());
    }

    #[test]
    fn never_panics_on_arbitrary_text() {
        for text in [
            "",
            "《》",
            "｜",
            "》《",
            "｜《",
            "漢《",
            "a《b》c｜d《e》",
            "々《のま》",
        ] {
            let _ = segments(text, true);
            let _ = segments(text, false);
        }
    }
}
