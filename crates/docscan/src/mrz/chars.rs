//! MRZ characters: cleaning OCR output to the MRZ alphabet, check digits, and the confusions a
//! recogniser makes between look-alike glyphs (in OCR-B, `0` and `O` are nearly the same shape).

/// The characters an MRZ may contain.
pub const MRZ_ALPHABET: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<";

/// A recognised character with the recogniser's confidence in it (0–1).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Cell {
    pub ch: char,
    pub confidence: f32,
}

/// Maps one recognised character into the MRZ alphabet: full-width forms, lower case and the
/// filler look-alikes (`«`, `く`, `＜`…) a general-purpose recogniser produces. `None` for
/// characters to drop (spaces); `Some('?')` for anything unreadable, kept so positions hold.
pub fn clean(c: char) -> Option<char> {
    let c = match c {
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(u32::from(c) - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    match c {
        ' ' | '\u{3000}' | '\t' => None,
        'a'..='z' => Some(c.to_ascii_uppercase()),
        'A'..='Z' | '0'..='9' | '<' => Some(c),
        '«' | '‹' | '〈' | '《' | 'く' | '＜' | '≤' | '∠' => Some('<'),
        'О' | 'о' | 'Ο' | '○' | '〇' => Some('O'),
        'Ι' | '|' | 'І' | 'ǀ' => Some('I'),
        _ => Some('?'),
    }
}

/// ICAO 9303 value of a character for check digits (`<` counts as 0).
pub fn value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => c.to_digit(10),
        'A'..='Z' => Some(u32::from(c) - u32::from('A') + 10),
        '<' => Some(0),
        _ => None,
    }
}

/// Check digit with the repeating 7-3-1 weights; `None` if a character is outside the alphabet.
pub fn check_digit(chars: impl IntoIterator<Item = char>) -> Option<u32> {
    const WEIGHTS: [u32; 3] = [7, 3, 1];
    let mut sum = 0;
    for (i, c) in chars.into_iter().enumerate() {
        sum += value(c)? * WEIGHTS[i % 3];
    }
    Some(sum % 10)
}

/// What a position may hold, which decides how a look-alike is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    /// Names, state codes, document code: `A–Z` and filler.
    Letters,
    /// Dates and check digits.
    Digits,
    /// A check digit that may also be filler (empty optional data).
    DigitOrFiller,
    /// Document numbers and optional data: letters, digits and filler.
    Alnum,
    /// `M`, `F`, `X` or filler.
    Sex,
}

fn letter_for_digit(c: char) -> Option<char> {
    Some(match c {
        '0' => 'O',
        '1' => 'I',
        '2' => 'Z',
        '4' => 'A',
        '5' => 'S',
        '6' => 'G',
        '7' => 'T',
        '8' => 'B',
        _ => return None,
    })
}

fn digit_for_letter(c: char) -> Option<char> {
    Some(match c {
        'O' | 'Q' | 'D' | 'U' | 'C' => '0',
        'I' | 'L' | 'T' | 'J' => '1',
        'Z' => '2',
        'A' => '4',
        'S' => '5',
        'G' => '6',
        'B' => '8',
        _ => return None,
    })
}

/// The plausible true characters behind a recognised one at a position of `kind`, most likely
/// first. The first is what the position reads as when nothing else is known; the others are
/// tried when a check digit fails.
pub fn candidates(ch: char, kind: Kind) -> Vec<char> {
    const DIGITS: [char; 10] = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
    match kind {
        Kind::Letters => match ch {
            'A'..='Z' | '<' => vec![ch],
            _ => vec![letter_for_digit(ch).unwrap_or('<')],
        },
        Kind::Digits => match ch {
            '0'..='9' => vec![ch],
            _ => match digit_for_letter(ch) {
                Some(d) => vec![d],
                None => DIGITS.to_vec(),
            },
        },
        Kind::DigitOrFiller => match ch {
            '0'..='9' | '<' => vec![ch],
            'K' => vec!['<'],
            'L' => vec!['<', '1'],
            _ => match digit_for_letter(ch) {
                Some(d) => vec![d],
                None => DIGITS.to_vec(),
            },
        },
        Kind::Alnum => {
            let mut out = vec![if ch == '?' { '<' } else { ch }];
            let others: &[char] = match ch {
                // OCR-B's Q is an O with a short tail, which blur takes off or turns into a 9's.
                '0' => &['O', 'D', 'Q'],
                'O' | 'D' => &['0', 'Q'],
                'Q' => &['0', 'O'],
                '9' => &['Q'],
                '1' => &['I', 'L'],
                'I' => &['1'],
                'L' => &['1', '<'],
                'K' => &['<'],
                '5' => &['S'],
                'S' => &['5'],
                '8' => &['B'],
                'B' => &['8'],
                '2' => &['Z'],
                'Z' => &['2'],
                '6' => &['G'],
                'G' => &['6'],
                '?' => &DIGITS,
                _ => &[],
            };
            out.extend_from_slice(others);
            out
        }
        Kind::Sex => vec![match ch {
            'M' | 'F' | 'X' | '<' => ch,
            'H' | 'N' | 'W' => 'M',
            'E' | 'P' | 'R' => 'F',
            _ => '<',
        }],
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn check_digits_from_icao_9303_examples() {
        // Part 4 specimen: L898902C3 → 6, 740812 → 2, 120415 → 9.
        assert_eq!(check_digit("L898902C3".chars()), Some(6));
        assert_eq!(check_digit("740812".chars()), Some(2));
        assert_eq!(check_digit("120415".chars()), Some(9));
        assert_eq!(check_digit("ZE184226B<<<<<".chars()), Some(1));
        assert_eq!(check_digit("<<<<".chars()), Some(0));
        assert_eq!(check_digit("AB?".chars()), None);
    }

    #[test]
    fn cleaning_maps_look_alikes() {
        let cleaned: String = "p<ｕto«く Ｌ０".chars().filter_map(clean).collect();
        assert_eq!(cleaned, "P<UTO<<L0");
        assert_eq!(clean('漢'), Some('?'));
    }

    #[test]
    fn field_types_decide_the_reading() {
        assert_eq!(candidates('0', Kind::Letters), vec!['O']);
        assert_eq!(candidates('O', Kind::Digits), vec!['0']);
        assert_eq!(candidates('S', Kind::Digits), vec!['5']);
        assert_eq!(candidates('8', Kind::Letters), vec!['B']);
        assert_eq!(candidates('K', Kind::DigitOrFiller), vec!['<']);
        assert_eq!(candidates('0', Kind::Alnum), vec!['0', 'O', 'D', 'Q']);
        assert_eq!(candidates('9', Kind::Alnum), vec!['9', 'Q']);
        assert_eq!(candidates('?', Kind::Digits).len(), 10);
    }
}
