//! The zone checked against the page's printed fields (its visual inspection zone).
//!
//! No check digit covers the names, and a document number can hold two look-alike swaps that
//! its check digit cannot tell apart (`ZB` read `28`: the weighted sum moves by a multiple of
//! ten). The page prints both again above the zone in another typeface, where the look-alikes
//! of OCR-B (`E`/`F`, `I`/`H`, `B`/`8`) look different: a second, independent reading.

use super::chars::{Kind, candidates};
use super::names::split_cells;
use super::repair::agreeing_readings as agreeing;
use super::reread::DISAGREED_NUMBER_CONFIDENCE;
use super::{CheckStatus, Mrz, MrzField, MrzFieldId, field_span};
use crate::text::RecognizedText;

/// A name is checked against the printed page when a character the page could correct in it
/// was read with less confidence than this ([`name_in_doubt`]).
pub const NAME_SURE: f32 = 0.55;
/// A name running under glare is given at most this confidence (the review screen asks the
/// user to look at it) unless the printed page spells it.
pub const GLARED_NAME_CONFIDENCE: f32 = 0.5;
/// A printed line is used only when read at least this surely…
const PRINTED_SURE: f32 = 0.7;
/// …each letter it adds to a name at least this surely (an added letter has no counterpart
/// in the zone that could have been misread)…
const PRINTED_LETTER_SURE: f32 = 0.9;
/// …and each OCR-B look-alike it swaps at least this surely: the swap is between two letters
/// the zone's face makes alike and the page's face does not.
const PRINTED_SWAP_SURE: f32 = 0.75;

/// Pages print the number on its own (the detector then finds it as one line of its length)
/// or run together with the type and state: a line of about this many characters.
const NUMBER_LINE_LENGTH: usize = 12;

/// Whether the check digit leaves the document number in doubt: it agreed only after
/// look-alikes were swapped, or the number was read starting with a digit while a reading
/// starting with a letter agrees too (`11…` for `II…`; numbers put their letters first), or
/// two readings of the zone gave two numbers ([`Mrz::number_disputed`]).
pub fn number_in_doubt(mrz: &Mrz) -> bool {
    if mrz.number_disputed {
        return true;
    }
    match mrz.document_number.check {
        CheckStatus::Repaired => true,
        CheckStatus::Valid => {
            mrz.document_number
                .value
                .starts_with(|c: char| c.is_ascii_digit())
                && number_field(mrz).is_some_and(|(data, check)| {
                    agreeing_readings(&data, check)
                        .iter()
                        .any(|r| r.starts_with(|c: char| c.is_ascii_alphabetic()))
                })
        }
        CheckStatus::Invalid | CheckStatus::NotCovered => false,
    }
}

/// The fields the printed page could settle, as the number of characters each is expected to
/// print: unsure names, and a document number in doubt ([`number_in_doubt`]) alone or in a
/// longer line. Empty when the zone needs no second reading.
/// A name running under glare is sought at every length it could have there.
pub fn sought_lengths(mrz: &Mrz, glare: &[Vec<bool>]) -> Vec<usize> {
    let mut lengths = Vec::new();
    if number_in_doubt(mrz) {
        lengths.push(mrz.document_number.value.chars().count());
        lengths.push(NUMBER_LINE_LENGTH);
    }
    for (name, surname) in [(&mrz.surname, true), (&mrz.given_names, false)] {
        let read = name.value.chars().count().max(1);
        if name_in_doubt(mrz, surname) {
            lengths.push(read);
        }
        if let Some(glared) = glared_name(mrz, glare, surname) {
            for length in read + 1..=glared.cells.len() {
                if !lengths.contains(&length) {
                    lengths.push(length);
                }
            }
        }
    }
    lengths
}

/// Lowers the confidence of each name that runs under glare ([`glared_name`]) to
/// [`GLARED_NAME_CONFIDENCE`]: letters may be missing from it or misread, and no check digit
/// would tell.
pub fn doubt_glared_names(mrz: &mut Mrz, glare: &[Vec<bool>]) {
    for surname in [true, false] {
        if glared_name(mrz, glare, surname).is_some() {
            let field = if surname {
                &mut mrz.surname
            } else {
                &mut mrz.given_names
            };
            field.confidence = field.confidence.min(GLARED_NAME_CONFIDENCE);
        }
    }
}

/// Whether the zone's reading of a name (the surname with its `<<` separator, or the given
/// names with the filler after them) holds a character the printed page could correct, read
/// with less confidence than [`NAME_SURE`]: a letter with an OCR-B look-alike, or a filler (a
/// letter lost to it). An unsure `A` or `W` is left alone: no printed line may change it.
pub fn name_in_doubt(mrz: &Mrz, surname: bool) -> bool {
    let (line, start, len) = field_span(mrz.format, MrzFieldId::Name);
    let (Some(chars), Some(confidences)) = (mrz.lines.get(line), mrz.confidences.get(line)) else {
        return false;
    };
    let cells: Vec<(char, f32)> = chars
        .chars()
        .zip(confidences.iter().copied())
        .skip(start)
        .take(len)
        .collect();
    let separator = cells
        .windows(2)
        .position(|w| w[0].0 == '<' && w[1].0 == '<')
        .map_or(cells.len(), |i| i + 2);
    let part = if surname {
        &cells[..separator]
    } else {
        &cells[separator..]
    };
    part.iter()
        .any(|&(ch, confidence)| confidence < NAME_SURE && correctable(ch))
}

fn correctable(ch: char) -> bool {
    ch == '<' || LOOK_ALIKE_LETTERS.iter().any(|&(a, b)| ch == a || ch == b)
}

/// What the printed page changed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Confirmation {
    pub document_number: bool,
    pub surname: bool,
    pub given_names: bool,
    /// The page prints the document number as the zone now holds it (changed to it or not).
    pub document_number_printed: bool,
}

/// Checks the zone's unsure fields against the page's printed lines (read in MRZ characters,
/// `<` for a space) and takes the printed reading where it is the better one. Fields the
/// printed lines do not clearly show are left as the zone gave them.
/// A name under glare (`glare`: the zone's cells under it, line by line) is first checked
/// cell by cell ([`confirm_glared_name`]).
pub fn confirm(mrz: &mut Mrz, printed: &[RecognizedText], glare: &[Vec<bool>]) -> Confirmation {
    let mut used = vec![false; printed.len()];
    let mut changed = Confirmation::default();
    if number_in_doubt(mrz) {
        let on_page = confirm_number(mrz, printed, &mut used);
        changed.document_number = on_page == NumberOnPage::Changed;
        changed.document_number_printed = on_page != NumberOnPage::Unseen;
    }
    // The longer name first: a short one matches more lines by chance.
    let surname_first = compact(&mrz.surname.value).len() >= compact(&mrz.given_names.value).len();
    for surname in [surname_first, !surname_first] {
        let glared = glared_name(mrz, glare, surname);
        let in_doubt = name_in_doubt(mrz, surname);
        let (field, other) = if surname {
            (&mut mrz.surname, compact(&mrz.given_names.value))
        } else {
            (&mut mrz.given_names, compact(&mrz.surname.value))
        };
        let fixed = glared
            .is_some_and(|glared| confirm_glared_name(field, &glared, &other, printed, &mut used))
            || (in_doubt && confirm_name(field, &other, printed, &mut used));
        if surname {
            changed.surname = fixed;
        } else {
            changed.given_names = fixed;
        }
    }
    changed
}

/// How the page's printed lines stand to the document number.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NumberOnPage {
    /// They print another reading the check digit allows: the number now holds it.
    Changed,
    /// They print the zone's reading (within one character), closer than any other.
    Printed,
    /// No line settles it.
    Unseen,
}

/// Among the readings of the document number its check digit allows, the one printed on the
/// page (within one character), when that is not the zone's.
fn confirm_number(mrz: &mut Mrz, printed: &[RecognizedText], used: &mut [bool]) -> NumberOnPage {
    let Some((data, check)) = number_field(mrz) else {
        return NumberOnPage::Unseen;
    };
    let readings = agreeing_readings(&data, check);
    let cost = |reading: &str| {
        printed
            .iter()
            .enumerate()
            .filter(|(i, _)| !used[*i])
            .map(|(i, line)| (substring_distance(reading, &line.text), i))
            .min()
    };
    let current = mrz.document_number.value.clone();
    let Some((current_distance, current_index)) = cost(&current) else {
        return NumberOnPage::Unseen;
    };
    let best = readings
        .iter()
        .filter(|r| **r != current)
        .filter_map(|r| Some((cost(r)?, r)))
        .min_by_key(|((distance, _), _)| *distance);
    let other_distance = best.map_or(usize::MAX, |((distance, _), _)| distance);
    if let Some(((distance, index), reading)) = best
        && distance <= 1
        && distance < current_distance
    {
        used[index] = true;
        mrz.document_number.value = reading.clone();
        mrz.document_number.check = CheckStatus::Repaired;
        return NumberOnPage::Changed;
    }
    if current_distance <= 1 && current_distance < other_distance {
        used[current_index] = true;
        return NumberOnPage::Printed;
    }
    NumberOnPage::Unseen
}

/// A number its check digit leaves in doubt ([`number_in_doubt`]) that nothing `confirmed`
/// (its second reading or the printed page) keeps at most [`DISAGREED_NUMBER_CONFIDENCE`]:
/// the review screen asks. On hard photos a repair that no second reading saw and a `G`
/// read surely as `6` were the passport fields most often wrong at full confidence.
pub fn doubt_unconfirmed_number(mrz: &mut Mrz, confirmed: bool) {
    if !confirmed && number_in_doubt(mrz) {
        let number = &mut mrz.document_number;
        number.confidence = number.confidence.min(DISAGREED_NUMBER_CONFIDENCE);
    }
}

/// The document number's characters as the zone holds them (fillers included) and its check
/// digit as printed; `None` for numbers continued in the optional data (TD1/TD2), which are
/// longer.
pub(super) fn number_field(mrz: &Mrz) -> Option<(Vec<char>, char)> {
    let (line, start, len) = field_span(mrz.format, MrzFieldId::DocumentNumber);
    let chars: Vec<char> = mrz
        .lines
        .get(line)?
        .chars()
        .skip(start)
        .take(len + 1)
        .collect();
    if chars.len() != len + 1 {
        return None;
    }
    let (data, check) = chars.split_at(len);
    let number: String = data.iter().collect();
    if number.trim_end_matches('<') != mrz.document_number.value {
        return None;
    }
    Some((data.to_vec(), check[0]))
}

/// Every reading of `data` (a field with its fillers) that swaps look-alikes (at most as many
/// as a repair would) and agrees with `check`, filler dropped.
pub(super) fn agreeing_readings(data: &[char], check: char) -> Vec<String> {
    let options: Vec<Vec<char>> = data
        .iter()
        .map(|&c| {
            let mut o = candidates(c, Kind::Alnum);
            o.retain(|&alt| alt != '<' || c == '<');
            o
        })
        .chain([vec![check]])
        .collect();
    let mut out: Vec<String> = Vec::new();
    for reading in agreeing(&options) {
        let text: String = reading[..data.len()].iter().collect();
        let text = text.trim_end_matches('<').to_owned();
        if !out.contains(&text) {
            out.push(text);
        }
    }
    out
}

/// An unsure name checked against the printed lines. A line that spells it the same confirms
/// it. A line that spells it differently replaces it only where the zone's typeface is the
/// likelier one to be wrong: letters OCR-B makes look alike ([`LOOK_ALIKE_LETTERS`]) swapped,
/// or letters the zone lost to filler (`JAM<<` for `JAMES`), every such letter printed surely.
/// A printed line with letters missing never replaces the zone's reading: cut-off ends and
/// dropped letters are the printed reading's own mistakes. Only lines closer to this name than
/// to the `other` one count. Returns whether the value changed.
fn confirm_name(
    field: &mut MrzField<String>,
    other: &str,
    printed: &[RecognizedText],
    used: &mut [bool],
) -> bool {
    let compact_read = compact(&field.value);
    let read: Vec<char> = compact_read.chars().collect();
    if read.is_empty() {
        return false;
    }
    let unused = || {
        printed.iter().enumerate().filter(|(i, line)| {
            let text = compact(&line.text);
            !used[*i]
                && line.min_confidence() >= PRINTED_SURE
                && strsim::levenshtein(&text, &compact_read) < strsim::levenshtein(&text, other)
        })
    };
    if let Some((i, line)) =
        unused().find(|(_, line)| compact(&line.text).chars().eq(read.iter().copied()))
    {
        used[i] = true;
        field.confidence = field.confidence.max(line.min_confidence());
        return false;
    }
    let best = unused()
        .filter_map(|(i, line)| Some((correction_size(&read, &letters(line))?, i)))
        .min();
    let Some((_, index)) = best else {
        return false;
    };
    used[index] = true;
    field.value = with_word_breaks(&field.value, &printed[index].text);
    field.confidence = printed[index].min_confidence();
    true
}

/// A name's zone cells that run under glare (a white spot where the recogniser read filler,
/// or letters, from nothing).
#[derive(Clone, Debug, PartialEq)]
struct GlaredName {
    /// The zone's cells from the name's first to as far as it could reach: its letters as read,
    /// then any glare right after them. Each with whether it is under glare.
    cells: Vec<(char, bool)>,
    /// How many of `cells` the name took as read.
    read: usize,
}

/// The surname's, or the given names', cells when glare lies over a letter of them or right
/// after the last (where a longer name would go on). `None` otherwise, or when the zone shows
/// no separator to tell the two apart.
fn glared_name(mrz: &Mrz, glare: &[Vec<bool>], surname: bool) -> Option<GlaredName> {
    let (line, start, len) = field_span(mrz.format, MrzFieldId::Name);
    let chars: Vec<char> = mrz.lines.get(line)?.chars().skip(start).take(len).collect();
    let glared = glare.get(line)?.get(start..start + chars.len())?;
    let (separator, given_end) = split_cells(&chars)?;
    let (from, to) = if surname {
        (0, separator)
    } else {
        (separator + 2, given_end)
    };
    let touched = glared[from..(to + 1).min(chars.len())].iter().any(|&g| g);
    if !touched {
        return None;
    }
    let reach = to + glared[to..].iter().take_while(|&&g| g).count();
    Some(GlaredName {
        cells: chars[from..reach]
            .iter()
            .copied()
            .zip(glared[from..reach].iter().copied())
            .collect(),
        read: to - from,
    })
}

/// A name under glare checked against the printed lines cell by cell: the printed spelling,
/// laid over the zone's cells, must agree with every letter read outside the glare (one OCR-B
/// look-alike may differ, printed surely), agree with at least one, print surely each letter
/// it puts under the glare (at least one), and leave no letter read clearly past its end. Of
/// the lines that fit, the one that accounts for the most cells replaces the zone's reading.
/// A line spelling the `other` name is not this one. Returns whether the value changed.
fn confirm_glared_name(
    field: &mut MrzField<String>,
    name: &GlaredName,
    other: &str,
    printed: &[RecognizedText],
    used: &mut [bool],
) -> bool {
    let best = printed
        .iter()
        .enumerate()
        .filter(|(i, line)| {
            !used[*i] && line.min_confidence() >= PRINTED_SURE && compact(&line.text) != other
        })
        .filter_map(|(i, line)| {
            let spelling = name_spelling(line)?;
            let (matched, filled) = glared_fit(name, &spelling)?;
            Some((matched + filled, line.min_confidence(), i, spelling))
        })
        .max_by(|a, b| a.0.cmp(&b.0).then(a.1.total_cmp(&b.1)));
    let Some((_, confidence, index, spelling)) = best else {
        return false;
    };
    used[index] = true;
    let value: String = spelling
        .iter()
        .map(|&(c, _)| if c == '<' { ' ' } else { c })
        .collect();
    let changed = value != field.value;
    field.value = value;
    field.confidence = confidence;
    changed
}

/// A printed line as a name in the zone's characters (words one filler apart), with each
/// character's confidence; `None` when it holds anything but letters and word breaks.
fn name_spelling(line: &RecognizedText) -> Option<Vec<(char, f32)>> {
    let mut out: Vec<(char, f32)> = Vec::new();
    for (c, confidence) in line.chars_with_confidence() {
        match c {
            'A'..='Z' => out.push((c, confidence)),
            '<' | ' ' => {
                if out.last().is_some_and(|&(last, _)| last != '<') {
                    out.push(('<', confidence));
                }
            }
            _ => return None,
        }
    }
    if out.last().is_some_and(|&(last, _)| last == '<') {
        out.pop();
    }
    (!out.is_empty()).then_some(out)
}

/// How `spelling` fits `name`'s cells ([`confirm_glared_name`]): the letters it matches outside
/// the glare and those it fills in under it; `None` when it does not fit or adds nothing.
fn glared_fit(name: &GlaredName, spelling: &[(char, f32)]) -> Option<(usize, usize)> {
    if spelling.len() > name.cells.len() {
        return None;
    }
    let (mut matched, mut filled, mut swapped) = (0, 0, 0);
    for (&(zone, glared), &(printed, confidence)) in name.cells.iter().zip(spelling) {
        if glared {
            if printed != '<' {
                if confidence < PRINTED_LETTER_SURE {
                    return None;
                }
                filled += 1;
            }
        } else if zone == printed {
            matched += usize::from(printed != '<');
        } else if look_alike(zone, printed) && confidence >= PRINTED_SWAP_SURE && swapped == 0 {
            swapped += 1;
        } else {
            return None;
        }
    }
    let clear_letter_after = name
        .cells
        .iter()
        .take(name.read)
        .skip(spelling.len())
        .any(|&(zone, glared)| !glared && zone != '<');
    (!clear_letter_after && matched >= 1 && filled >= 1).then_some((matched, filled))
}

/// How many letters the printed spelling changes in the zone's reading, when it is a
/// correction [`confirm_name`] accepts; `None` otherwise.
fn correction_size(read: &[char], printed: &[(char, f32)]) -> Option<usize> {
    let most = read.len().div_ceil(3).max(2);
    let changed = if printed.len() == read.len() {
        let mut swapped = 0;
        for (&r, &(p, confidence)) in read.iter().zip(printed) {
            if r != p {
                if !look_alike(r, p) || confidence < PRINTED_SWAP_SURE {
                    return None;
                }
                swapped += 1;
            }
        }
        swapped
    } else if printed.len() > read.len() {
        // The zone's letters in order, with the printed extra letters between or after them.
        let mut next = read.iter().peekable();
        let mut added = 0;
        for &(p, confidence) in printed {
            if next.peek() == Some(&&p) {
                next.next();
            } else if confidence >= PRINTED_LETTER_SURE {
                added += 1;
            } else {
                return None;
            }
        }
        if next.peek().is_some() {
            return None;
        }
        added
    } else {
        return None;
    };
    (1..=most).contains(&changed).then_some(changed)
}

/// Whether OCR-B makes `a` and `b` look alike ([`LOOK_ALIKE_LETTERS`]).
pub(super) fn look_alike(a: char, b: char) -> bool {
    LOOK_ALIKE_LETTERS.contains(&(a, b)) || LOOK_ALIKE_LETTERS.contains(&(b, a))
}

/// The letters and digits of a read line with their confidences (fillers dropped).
fn letters(line: &RecognizedText) -> Vec<(char, f32)> {
    line.chars_with_confidence()
        .filter(|(c, _)| c.is_ascii_alphanumeric())
        .collect()
}

/// The printed name with its words separated: as printed when the recogniser kept the spaces,
/// else where the zone's reading has them (mapped through the alignment of the two readings).
fn with_word_breaks(zone: &str, printed: &str) -> String {
    let words: Vec<&str> = printed.split('<').filter(|w| !w.is_empty()).collect();
    if words.len() > 1 || !zone.contains(' ') {
        return words.join(" ");
    }
    let zone_letters: Vec<char> = zone.chars().filter(|c| *c != ' ').collect();
    let printed_letters: Vec<char> = compact(printed).chars().collect();
    // Letters of the zone's reading that start a word (after the first).
    let mut starts = Vec::new();
    let mut letter = 0;
    for c in zone.chars() {
        if c == ' ' {
            starts.push(letter);
        } else {
            letter += 1;
        }
    }
    let mapped = align(&zone_letters, &printed_letters);
    let mut out = String::new();
    for (i, c) in printed_letters.iter().enumerate() {
        if i > 0 && starts.iter().any(|&s| mapped.get(s) == Some(&i)) {
            out.push(' ');
        }
        out.push(*c);
    }
    out
}

/// Letters OCR-B makes look alike at low resolution (a bar more or less).
const LOOK_ALIKE_LETTERS: [(char, char); 9] = [
    ('E', 'F'),
    ('H', 'I'),
    ('I', 'L'),
    ('O', 'D'),
    ('O', 'Q'),
    ('C', 'G'),
    ('M', 'N'),
    ('U', 'V'),
    ('P', 'R'),
];

/// For each position of `a` (and one past its end), the position of `b` it lines up with under
/// a least-edits alignment.
fn align(a: &[char], b: &[char]) -> Vec<usize> {
    let (n, m) = (a.len(), b.len());
    let mut cost = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in cost.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in cost[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let substitute = cost[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]);
            cost[i][j] = substitute.min(cost[i - 1][j] + 1).min(cost[i][j - 1] + 1);
        }
    }
    let mut mapped = vec![m; n + 1];
    let (mut i, mut j) = (n, m);
    while i > 0 {
        mapped[i] = j;
        if j > 0 && cost[i][j] == cost[i - 1][j - 1] + usize::from(a[i - 1] != b[j - 1]) {
            j -= 1;
            i -= 1;
        } else if j > 0 && cost[i][j] == cost[i][j - 1] + 1 {
            j -= 1;
        } else {
            i -= 1;
        }
    }
    mapped[0] = 0;
    mapped
}

/// Fewest edits that turn some part of `line` into `needle` (a number printed among other
/// text: `P  VNM  ZB4922365`).
fn substring_distance(needle: &str, line: &str) -> usize {
    let needle: Vec<char> = needle.chars().collect();
    let line: Vec<char> = line.chars().collect();
    let mut previous = vec![0usize; line.len() + 1];
    for (i, &n) in needle.iter().enumerate() {
        let mut row = vec![i + 1; line.len() + 1];
        for (j, &l) in line.iter().enumerate() {
            row[j + 1] = (previous[j] + usize::from(n != l))
                .min(previous[j + 1] + 1)
                .min(row[j] + 1);
        }
        previous = row;
    }
    previous.into_iter().min().unwrap_or(needle.len())
}

/// Letters and digits only: spaces and fillers dropped.
fn compact(text: &str) -> String {
    text.chars().filter(char::is_ascii_alphanumeric).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::mrz::{check_digit, parse_text};
    use madoguchi_rules::CivilDate;

    fn today() -> CivilDate {
        CivilDate::new(2026, 12, 4).expect("a real date")
    }

    fn line(text: &str, confidence: f32) -> RecognizedText {
        RecognizedText::new(text.to_owned(), vec![confidence; text.chars().count()])
    }

    fn zone(name_line: &str, number_line: &str) -> Mrz {
        parse_text(&format!("{name_line}\n{number_line}"), today()).expect("a readable zone")
    }

    /// The zone's first line read at `col` with `confidence`.
    fn unsure_at(mrz: &mut Mrz, col: usize, confidence: f32) {
        mrz.confidences[0][col] = confidence;
    }

    #[test]
    fn an_unsure_name_takes_the_surer_printed_spelling() {
        let mut mrz = zone(
            "P<KORLFE<<MINJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "S133677683KOR0008280M3408087<<<<<<<<<<<<<<<6",
        );
        unsure_at(&mut mrz, 6, 0.1);
        assert_eq!(sought_lengths(&mrz, &[]), vec![3]);
        let printed = [
            line("PASSPORT", 0.99),
            line("LEE", 0.9),
            line("MINJUN", 0.95),
        ];
        let changed = confirm(&mut mrz, &printed, &[]);
        assert!(changed.surname && !changed.given_names && !changed.document_number);
        assert_eq!(mrz.surname.value, "LEE");
        assert!((mrz.surname.confidence - 0.9).abs() < 1e-6);
    }

    #[test]
    fn only_doubts_the_page_could_settle_send_a_name_to_it() {
        let mut mrz = zone(
            "P<KORKANG<<MINJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "S133677683KOR0008280M3408087<<<<<<<<<<<<<<<6",
        );
        assert!(sought_lengths(&mrz, &[]).is_empty());
        // An unsure A: no printed spelling may change it.
        unsure_at(&mut mrz, 6, 0.2);
        assert!(sought_lengths(&mrz, &[]).is_empty());
        // An unsure N (M's look-alike) in the given names sends only them.
        unsure_at(&mut mrz, 16, 0.2);
        assert!(!name_in_doubt(&mrz, true) && name_in_doubt(&mrz, false));
        assert_eq!(sought_lengths(&mrz, &[]), vec![6]);
        // So does an unsure filler after them: a letter may have been lost to it.
        unsure_at(&mut mrz, 16, 0.9);
        unsure_at(&mut mrz, 18, 0.3);
        assert_eq!(sought_lengths(&mrz, &[]), vec![6]);
        // The separator belongs to the surname.
        unsure_at(&mut mrz, 18, 0.9);
        unsure_at(&mut mrz, 10, 0.3);
        assert_eq!(sought_lengths(&mrz, &[]), vec![4]);
    }

    #[test]
    fn a_printed_line_read_less_surely_changes_nothing() {
        let mut mrz = zone(
            "P<KORLFE<<MINJUN<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "S133677683KOR0008280M3408087<<<<<<<<<<<<<<<6",
        );
        unsure_at(&mut mrz, 6, 0.5);
        let printed = [line("LE", 0.42), line("LEE", 0.45)];
        assert_eq!(confirm(&mut mrz, &printed, &[]), Confirmation::default());
        assert_eq!(mrz.surname.value, "LFE");
    }

    #[test]
    fn an_unrelated_line_is_not_a_name() {
        let mut mrz = zone(
            "P<USAJOHNSON<<DAVID<JAM<<<<<<<<<<<<<<<<<<<<<",
            "G540212079USA9308112M3505089<<<<<<<<<<<<<<<6",
        );
        unsure_at(&mut mrz, 23, 0.5);
        let printed = [
            line("UNITED<STATES<OF<AMERICA", 0.99),
            line("PASSPORT", 0.99),
        ];
        assert_eq!(confirm(&mut mrz, &printed, &[]), Confirmation::default());
        assert_eq!(mrz.given_names.value, "DAVID JAM");
    }

    #[test]
    fn only_look_alike_swaps_and_letters_lost_to_filler_are_corrections() {
        let sure = |text: &str| -> Vec<(char, f32)> { text.chars().map(|c| (c, 0.95)).collect() };
        let read = |text: &str| -> Vec<char> { text.chars().collect() };
        assert_eq!(correction_size(&read("LFF"), &sure("LEE")), Some(2));
        assert_eq!(correction_size(&read("HLAHNG"), &sure("HLAING")), Some(1));
        assert_eq!(
            correction_size(&read("DAVIDJAM"), &sure("DAVIDJAMES")),
            Some(2)
        );
        // The printed reading's own mistakes: letters dropped or cut off, other swaps.
        assert_eq!(correction_size(&read("YANG"), &sure("YAN")), None);
        assert_eq!(correction_size(&read("WIJAYA"), &sure("WJAYA")), None);
        assert_eq!(correction_size(&read("CHEN"), &sure("CHINA")), None);
        assert_eq!(correction_size(&read("JOHN"), &sure("IOHN")), None);
        assert_eq!(correction_size(&read("LEE"), &sure("LEE")), None);
        // A swapped letter printed unsurely; a look-alike swap needs less certainty than an
        // added letter.
        let unsure = vec![('L', 0.99), ('E', 0.5), ('E', 0.99)];
        assert_eq!(correction_size(&read("LFE"), &unsure), None);
        let fairly_sure = vec![('J', 0.98), ('I', 0.8), ('H', 0.96), ('O', 0.99)];
        assert_eq!(correction_size(&read("JLHO"), &fairly_sure), Some(1));
        let added_fairly_surely = vec![('J', 0.99), ('A', 0.99), ('M', 0.99), ('E', 0.8)];
        assert_eq!(correction_size(&read("JAM"), &added_fairly_surely), None);
    }

    #[test]
    fn a_line_closer_to_the_other_name_corrects_neither() {
        // JOHNSON's printed line cut short is no correction of JOHN lost to filler.
        let mut mrz = zone(
            "P<USAJOHNSON<<JOHN<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "G540212079USA9308112M3505089<<<<<<<<<<<<<<<6",
        );
        unsure_at(&mut mrz, 18, 0.3);
        let printed = [line("JOHNSO", 0.95), line("PASSPORT", 0.99)];
        assert_eq!(confirm(&mut mrz, &printed, &[]), Confirmation::default());
        assert_eq!(mrz.given_names.value, "JOHN");
    }

    #[test]
    fn a_name_cut_short_in_the_zone_keeps_its_word_breaks() {
        let mut mrz = zone(
            "P<USAJOHNSON<<DAVID<JAM<<<<<<<<<<<<<<<<<<<<<",
            "G540212079USA9308112M3505089<<<<<<<<<<<<<<<6",
        );
        unsure_at(&mut mrz, 23, 0.5);
        let printed = [line("JOHNSON", 0.99), line("DAVIDJAMES", 0.93)];
        let changed = confirm(&mut mrz, &printed, &[]);
        assert!(changed.given_names);
        assert_eq!(mrz.given_names.value, "DAVID JAMES");
        assert_eq!(mrz.surname.value, "JOHNSON");
    }

    /// A Thai passport's zone whose first line lies under glare over `cells`.
    fn glared_zone(name: &str, cells: std::ops::Range<usize>) -> (Mrz, Vec<Vec<bool>>) {
        let mrz = zone(
            &format!("{name:<<44}"),
            "RV18032659THA0611062M31071958466455200<<<<40",
        );
        let mut glare = vec![vec![false; 44]; 2];
        glare[0][cells].fill(true);
        (mrz, glare)
    }

    #[test]
    fn a_name_running_under_glare_is_doubted_and_sought_at_every_length_it_could_have() {
        // PRANEE's last four letters under a white spot, read as filler.
        let (mut mrz, glare) = glared_zone("P<THACHAIYAPORN<<PR", 19..26);
        let given = glared_name(&mrz, &glare, false).expect("the given names run under glare");
        assert_eq!(given.read, 2);
        assert_eq!(given.cells.len(), 9);
        assert!(glared_name(&mrz, &glare, true).is_none());
        assert_eq!(sought_lengths(&mrz, &glare), (3..=9).collect::<Vec<_>>());
        doubt_glared_names(&mut mrz, &glare);
        assert!(mrz.given_names.confidence <= GLARED_NAME_CONFIDENCE);
        assert!(mrz.surname.confidence > GLARED_NAME_CONFIDENCE);
        // Glare over filler well past the name, or none at all, doubts nothing.
        let (far, glare) = glared_zone("P<THACHAIYAPORN<<PRANEE", 30..36);
        assert!(glared_name(&far, &glare, false).is_none());
        assert!(sought_lengths(&far, &glare).is_empty());
        assert!(glared_name(&far, &[], false).is_none());
    }

    #[test]
    fn a_printed_name_fills_in_what_glare_took_from_the_zone() {
        let (mut mrz, glare) = glared_zone("P<THACHAIYAPORN<<PR", 19..26);
        let printed = [
            line("CHAIYAPORN", 0.99),
            line("THAILAND", 0.99),
            line("PRANEE", 0.98),
        ];
        let changed = confirm(&mut mrz, &printed, &glare);
        assert!(changed.given_names && !changed.surname);
        assert_eq!(mrz.given_names.value, "PRANEE");
        assert!((mrz.given_names.confidence - 0.98).abs() < 1e-6);
        // Two given names keep their break; a letter under glare misread by the zone (E for B)
        // is the printed one's to fill.
        let (mut mrz, glare) = glared_zone("P<THACHAIYAPORN<<SOMCHAI<E", 25..32);
        let printed = [line("SOMCHAI BUN", 0.95)];
        assert!(confirm(&mut mrz, &printed, &glare).given_names);
        assert_eq!(mrz.given_names.value, "SOMCHAI BUN");
    }

    #[test]
    fn a_printed_line_fills_glare_only_where_it_fits_the_cells_read_clearly() {
        let fits = |printed: RecognizedText| {
            let (mut mrz, glare) = glared_zone("P<THACHAIYAPORN<<PR", 19..24);
            confirm(&mut mrz, &[printed], &glare).given_names
        };
        // Within reach: PR and five glared cells.
        assert!(fits(line("PRANEE", 0.95)));
        assert!(fits(line("PRAPAI", 0.95)));
        // Too long for the glare, a letter outside it that differs (not a look-alike), no
        // letter outside it that agrees, a letter under it printed unsurely, the other name,
        // or anything but letters.
        assert!(!fits(line("PRANEEKUL", 0.95)));
        assert!(!fits(line("PXANEE", 0.95)));
        assert!(!fits(line("SOMSAK", 0.95)));
        assert!(!fits(RecognizedText::new(
            "PRANEE".to_owned(),
            vec![0.99, 0.99, 0.99, 0.8, 0.99, 0.99]
        )));
        assert!(!fits(line("CHAIYAPORN", 0.99)));
        assert!(!fits(line("P THA RV18", 0.99)));
        // A look-alike outside the glare (R printed where the zone read P), once.
        assert!(fits(line("RRANEE", 0.95)));
        // A name read clearly past the printed line's end is not cut to it.
        let (mut mrz, glare) = glared_zone("P<THACHAIYAPORN<<PRANEE", 17..19);
        assert!(!confirm(&mut mrz, &[line("PRA", 0.99)], &glare).given_names);
        assert_eq!(mrz.given_names.value, "PRANEE");
    }

    #[test]
    fn a_repaired_number_takes_the_printed_reading_its_check_digit_allows() {
        // ZB4922365 and 284922365 share check digit 7; the zone's S in place of the 5 made
        // it a repair.
        let mut mrz = zone(
            "P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<",
            "28492236S7VNM9107186F36091381251113118<<<<08",
        );
        assert_eq!(mrz.document_number.check, CheckStatus::Repaired);
        assert_eq!(mrz.document_number.value, "284922365");
        let printed = [line("P<VNM<ZB4922365", 0.8), line("NGUYEN", 0.99)];
        assert!(confirm(&mut mrz, &printed, &[]).document_number);
        assert_eq!(mrz.document_number.value, "ZB4922365");
    }

    #[test]
    fn a_number_read_with_leading_digits_is_checked_when_letters_would_agree_too() {
        // II0681181 and 110681181 share check digit 9.
        let mut mrz = zone(
            "P<CHNCHEN<<HAOYU<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "1106811819CHN0712224F3412101<<<<<<<<<<<<<<<4",
        );
        assert_eq!(mrz.document_number.check, CheckStatus::Valid);
        assert!(number_in_doubt(&mrz));
        let printed = [line("P<CHN<II0681181", 0.8)];
        assert!(confirm(&mut mrz, &printed, &[]).document_number);
        assert_eq!(mrz.document_number.value, "II0681181");
        assert_eq!(mrz.document_number.check, CheckStatus::Repaired);
        // Lines of the number alone and of the number beside the type and state are sought.
        let doubtful = zone(
            "P<CHNCHEN<<HAOYU<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "1106811819CHN0712224F3412101<<<<<<<<<<<<<<<4",
        );
        assert_eq!(sought_lengths(&doubtful, &[]), vec![9, NUMBER_LINE_LENGTH]);
        // Letters first already: nothing to look at.
        let sure = zone(
            "P<CHNCHEN<<HAOYU<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "II06811819CHN0712224F3412101<<<<<<<<<<<<<<<4",
        );
        assert!(!number_in_doubt(&sure));
    }

    #[test]
    fn a_number_printed_unclearly_stays_as_the_zone_read_it() {
        let mut mrz = zone(
            "P<VNMNGUYEN<<VAN<AN<<<<<<<<<<<<<<<<<<<<<<<<<",
            "28492236S7VNM9107186F36091381251113118<<<<08",
        );
        let printed = [line("P<VNM<Z49", 0.8)];
        assert!(!confirm(&mut mrz, &printed, &[]).document_number);
        assert_eq!(mrz.document_number.value, "284922365");
    }

    #[test]
    fn a_number_in_doubt_is_sure_only_once_something_confirms_it() {
        // 634062338 and G34062338 share check digit 3: read surely with a leading digit, the
        // number is still in doubt.
        let doubtful = || {
            zone(
                "P<NPLTAMANG<<SITA<<<<<<<<<<<<<<<<<<<<<<<<<<<",
                "6340623383NPL9001011F3412101<<<<<<<<<<<<<<08",
            )
        };
        let mut mrz = doubtful();
        assert!(mrz.document_number.confidence > 0.9 && number_in_doubt(&mrz));
        // Nothing confirmed it: the review screen asks.
        doubt_unconfirmed_number(&mut mrz, false);
        assert!(mrz.document_number.confidence < crate::REVIEW_BELOW);
        // The page printing the zone's reading confirms it, and keeps it sure.
        let mut mrz = doubtful();
        let page = confirm(&mut mrz, &[line("P<NPL<634062338", 0.9)], &[]);
        assert!(page.document_number_printed && !page.document_number);
        doubt_unconfirmed_number(&mut mrz, page.document_number_printed);
        assert!(mrz.document_number.confidence > 0.9);
        // A line as close to both readings settles nothing.
        let mut mrz = doubtful();
        let page = confirm(&mut mrz, &[line("P<NPL<34062338", 0.9)], &[]);
        assert!(!page.document_number_printed);
        assert_eq!(mrz.document_number.value, "634062338");
        // A number whose check digit settles it is left alone.
        let mut sure = zone(
            "P<NPLTAMANG<<SITA<<<<<<<<<<<<<<<<<<<<<<<<<<<",
            "G340623383NPL9001011F3412101<<<<<<<<<<<<<<08",
        );
        doubt_unconfirmed_number(&mut sure, false);
        assert!(sure.document_number.confidence > 0.9);
    }

    #[test]
    fn readings_that_agree_with_the_check_digit() {
        let data: Vec<char> = "ZB4922365".chars().collect();
        let readings = agreeing_readings(&data, '7');
        assert!(readings.contains(&"ZB4922365".to_owned()));
        assert!(readings.contains(&"284922365".to_owned()));
        assert!(
            readings.iter().all(|r| {
                check_digit(r.chars().chain(std::iter::repeat('<')).take(9)) == Some(7)
            })
        );
    }

    #[test]
    fn distances_inside_a_line() {
        assert_eq!(substring_distance("ZB4922365", "P<VNM<ZB4922365"), 0);
        assert_eq!(substring_distance("ZB4922365", "PVNMZ4922365"), 1);
        assert_eq!(substring_distance("AB", ""), 2);
        assert_eq!(align(&['A', 'B'], &['A', 'X', 'B']), vec![0, 1, 3]);
    }
}
