//! The name field's structure (ICAO 9303 Part 3, 4.6): the surname's words separated by one
//! filler, `<<`, the given names' words separated by one filler, then filler to the end. On a
//! worn or blurred zone the filler run after the names reads as stray letters (`K`, `C`, `E`,
//! `A`…): this turns back into filler what the structure and the recogniser's doubt say is one.

/// A word after the names' end survives only when every letter of it was read at least this
/// surely (a given name cut off by a letter read as filler, `MARK<<NTHONY`), and it is at
/// least two letters long.
const STRAY_WORD_SURE: f32 = 0.75;
/// A last given name whose letters were all read less surely than this is filler read as
/// letters (`SEOYEON<K<<<`); a real initial, printed as clearly as the rest, reads far surer.
const STRAY_INITIAL_SURE: f32 = 0.5;
/// Letters a blurred filler chevron is read as. When the end of the field, which holds filler
/// on all but the longest names, reads as these letters instead, the line reads its filler
/// this way throughout.
const FILLER_LOOK_ALIKES: [char; 6] = ['K', 'C', 'A', 'E', 'S', 'X'];
/// How many of the field's last characters show how it reads its filler, and how many of them
/// must be such letters.
const TAIL: usize = 12;
const TAIL_LETTERS: usize = 8;
/// In a line that reads its filler as letters, those letters read less surely than this are
/// filler (the names' own letters read far surer: `C9 A8 R9 L7 O9 S9` against `A3 <4 A3 K5`).
const FILLER_AS_LETTER_SURE: f32 = 0.6;
/// A separator's chevron read as a letter is read less surely than this (`SMITH<C4SARAH`,
/// `GARCIAC7<MARIA`); the names' own letters, far surer.
const SEPARATOR_AS_LETTER_SURE: f32 = 0.8;
/// A separator restored leaves at least this many letters on each side.
const SEPARATED_NAME_LETTERS: usize = 2;

/// Rewrites stray letters in the name field `name` (one confidence per character) as filler:
/// - after the given names end (the first filler run of two or more after the separator), every
///   word that is not clearly read ([`STRAY_WORD_SURE`]), every K/L word, and every word when
///   only a few letters stand in a long filler run;
/// - after a separator of three fillers or more, when nothing but K/L words or a few letters
///   among a long filler run follow (a surname alone, its filler read as letters);
/// - at the end of the given names, words read under [`STRAY_INITIAL_SURE`] throughout, and
///   words of two or more letters all `K` or `L` (`RAHUL<KK`), however surely read (never the
///   first given name).
pub(super) fn clear_stray_letters(name: &mut [char], confidence: &[f32]) {
    restore_filler_read_as_letters(name, confidence);
    restore_separator_read_as_letters(name, confidence);
    let words = words(name);
    let gap_before = |i: usize| words[i].0 - words[i - 1].1;
    let Some(separator) = (1..words.len()).find(|&i| gap_before(i) >= 2) else {
        return;
    };
    if gap_before(separator) >= 3 && only_stray_after(name, words[separator].0) {
        fill(name, words[separator].0..name.len());
        return;
    }
    let end = (separator + 1..words.len())
        .find(|&i| gap_before(i) >= 2)
        .unwrap_or(words.len());
    let sure = |&(start, end): &(usize, usize), least: f32| {
        confidence
            .get(start..end)
            .is_some_and(|c| c.iter().all(|&c| c >= least))
    };
    let all_stray = words
        .get(end)
        .is_some_and(|first| only_stray_after(name, first.0));
    for word in &words[end..] {
        let k_or_l = is_k_or_l(&name[word.0..word.1]);
        if all_stray || word.1 - word.0 < 2 || k_or_l || !sure(word, STRAY_WORD_SURE) {
            fill(name, word.0..word.1);
        }
    }
    for word in words[separator + 1..end].iter().rev() {
        let doubtful = confidence
            .get(word.0..word.1)
            .is_some_and(|c| c.iter().all(|&c| c < STRAY_INITIAL_SURE));
        let k_or_l = word.1 - word.0 >= 2 && is_k_or_l(&name[word.0..word.1]);
        if !(doubtful || k_or_l) {
            break;
        }
        fill(name, word.0..word.1);
    }
}

/// A field whose end reads as filler look-alikes (`…JOAOKAAKKKKKKKKKC<KKSKCK<<KKKK`) reads
/// its filler as those letters: each of them read under [`FILLER_AS_LETTER_SURE`] becomes
/// filler again, the separator included (`PEREIRA<KJOAO` → `PEREIRA<<JOAO`).
fn restore_filler_read_as_letters(name: &mut [char], confidence: &[f32]) {
    if name.len() < TAIL || confidence.len() != name.len() {
        return;
    }
    let tail = &name[name.len() - TAIL..];
    let look_alikes: Vec<char> = FILLER_LOOK_ALIKES
        .into_iter()
        .filter(|c| tail.contains(c))
        .collect();
    let as_letters = tail.iter().filter(|c| look_alikes.contains(c)).count();
    let letters = tail.iter().filter(|&&c| c != '<').count();
    // Almost all letters, and almost all of them look-alikes: a real long name has its own mix.
    if letters < TAIL_LETTERS || as_letters * 4 < letters * 3 {
        return;
    }
    for (c, &sure) in name.iter_mut().zip(confidence) {
        if look_alikes.contains(c) && sure < FILLER_AS_LETTER_SURE {
            *c = '<';
        }
    }
}

/// A field whose names run together, the separator's chevrons read as letters
/// (`SMITH<CSARAH`, `GARCIAC<MARIA<CLARA`, `QUISPEAACARMEN`), with nothing but filler or stray
/// letters read unsurely after its first `<<`: the unsurest filler look-alike (or pair of
/// them) that, read as filler, makes a separator between two names becomes filler. A letter
/// beside a filler must have been read under [`SEPARATOR_AS_LETTER_SURE`], a pair between
/// letters under [`FILLER_AS_LETTER_SURE`]; a surname alone, read surely, stays as it is.
fn restore_separator_read_as_letters(name: &mut [char], confidence: &[f32]) {
    if confidence.len() != name.len() {
        return;
    }
    let Some(first_pair) = name.windows(2).position(|w| w == ['<', '<']) else {
        return;
    };
    // Given names read surely after the pair (`SHRESTHA<<RAM`): the separator is there.
    let unsure_after = name[first_pair..]
        .iter()
        .zip(&confidence[first_pair..])
        .all(|(&c, &sure)| c == '<' || sure < SEPARATOR_AS_LETTER_SURE);
    if !unsure_after || !only_stray_after(name, first_pair) {
        return;
    }
    let names = &name[..first_pair];
    let unsure_look_alike = |i: usize| {
        FILLER_LOOK_ALIKES.contains(&names[i]) && confidence[i] < SEPARATOR_AS_LETTER_SURE
    };
    let unsure_pair = |j: usize| unsure_look_alike(j) && confidence[j] < FILLER_AS_LETTER_SURE;
    let letters_before = |i: usize| names[..i].iter().filter(|&&c| c != '<').count();
    let letters_after = |i: usize| names[i..].iter().filter(|&&c| c != '<').count();
    // (first cell, cells, how surely the letters were read): a letter beside one filler, or
    // two letters between letters.
    let mut candidates: Vec<(usize, usize, f32)> = Vec::new();
    for i in 0..names.len() {
        if !unsure_look_alike(i) {
            continue;
        }
        let filler_before = i > 0 && names[i - 1] == '<';
        let filler_after = names.get(i + 1) == Some(&'<');
        if filler_before != filler_after {
            let (start, end) = if filler_before {
                (i - 1, i + 1)
            } else {
                (i, i + 2)
            };
            candidates.push((start, end, confidence[i]));
        }
        if i + 1 < names.len()
            && unsure_pair(i)
            && unsure_pair(i + 1)
            && i > 0
            && names[i - 1] != '<'
            && names.get(i + 2).is_some_and(|&c| c != '<')
        {
            candidates.push((i, i + 2, confidence[i].max(confidence[i + 1])));
        }
    }
    let best = candidates
        .into_iter()
        .filter(|&(start, end, _)| {
            letters_before(start) >= SEPARATED_NAME_LETTERS
                && letters_after(end) >= SEPARATED_NAME_LETTERS
        })
        .min_by(|a, b| a.2.total_cmp(&b.2));
    if let Some((start, end, _)) = best {
        fill(name, start..end);
    }
}

/// Filler cells after a name that still count towards its confidence: where a letter lost to
/// filler would be (`JAM<<` for `JAMES`). Filler further on is read less surely near the
/// line's end on most photos, and it says nothing about the name.
const NAME_FILLER_MARGIN: usize = 2;

/// The cells (of the name field, after [`clear_stray_letters`]) each name's confidence is
/// taken from: the surname with its separator, and the given names with the filler right after
/// them ([`NAME_FILLER_MARGIN`]). Without a separator, the surname runs to its last letter and
/// the given names' cells are the margin after it.
pub(super) fn confidence_cells(name: &[char]) -> (std::ops::Range<usize>, std::ops::Range<usize>) {
    let with_margin = |end: usize| (end + NAME_FILLER_MARGIN).min(name.len());
    match split_cells(name) {
        Some((separator, given_end)) => (0..separator + 2, separator + 2..with_margin(given_end)),
        None => {
            let end = name.iter().rposition(|&c| c != '<').map_or(0, |i| i + 1);
            (0..end, end..with_margin(end))
        }
    }
}

/// Where the name field's two names lie: the first cell of the separator (`<<`), and the end of
/// the given names' letters (the first filler pair after their first letter, or the field's end;
/// the separator's end when there are none). `None` without a separator.
pub(super) fn split_cells(name: &[char]) -> Option<(usize, usize)> {
    let separator = name.windows(2).position(|w| w == ['<', '<'])?;
    let from = separator + 2;
    let given_end = name[from..]
        .iter()
        .position(|&c| c != '<')
        .map_or(from, |first| {
            let first = from + first;
            name[first..]
                .windows(2)
                .position(|w| w == ['<', '<'])
                .map_or(name.len(), |i| first + i)
        });
    Some((separator, given_end))
}

/// A word of nothing but `K` and `L`, the letters a filler chevron reads as most: no name is
/// spelled so.
fn is_k_or_l(word: &[char]) -> bool {
    word.iter().all(|c| matches!(c, 'K' | 'L'))
}

/// The `(start, end)` of each run of letters.
fn words(name: &[char]) -> Vec<(usize, usize)> {
    let mut words = Vec::new();
    let mut start = None;
    for (i, &c) in name.iter().enumerate() {
        match (c == '<', start) {
            (false, None) => start = Some(i),
            (true, Some(s)) => {
                words.push((s, i));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, name.len()));
    }
    words
}

/// Whether `name[from..]` is filler read as letters: K/L words only, or at most four letters
/// among eight or more fillers.
fn only_stray_after(name: &[char], from: usize) -> bool {
    let rest = &name[from..];
    let letters = rest.iter().filter(|&&c| c != '<').count();
    rest.iter().all(|c| matches!(c, '<' | 'K' | 'L')) || (letters <= 4 && rest.len() - letters >= 8)
}

fn fill(name: &mut [char], range: std::ops::Range<usize>) {
    for c in &mut name[range] {
        *c = '<';
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `text` cleaned, every character read at 0.95 except those at `unsure` (at 0.3).
    fn cleaned(text: &str, unsure: &[usize]) -> String {
        let read: Vec<(usize, f32)> = unsure.iter().map(|&i| (i, 0.3)).collect();
        cleaned_at(text, &read)
    }

    /// `text` cleaned, every character read at 0.95 except those `read` (position, confidence).
    fn cleaned_at(text: &str, read: &[(usize, f32)]) -> String {
        let mut name: Vec<char> = text.chars().collect();
        let mut confidence = vec![0.95; name.len()];
        for &(i, sure) in read {
            confidence[i] = sure;
        }
        clear_stray_letters(&mut name, &confidence);
        name.into_iter().collect()
    }

    #[test]
    fn letters_after_the_given_names_end_are_filler_unless_clearly_a_word() {
        // Unsure letters anywhere after the names' end go, however many.
        assert_eq!(
            cleaned("SILVA<<DILANI<<<C<<<K<<K<<C<<C<", &[16, 20, 23, 26, 29]),
            "SILVA<<DILANI<<<<<<<<<<<<<<<<<<"
        );
        // A clearly read word stays (a letter of the given names read as filler), lone
        // letters never do.
        assert_eq!(
            cleaned("GARCIA<<MARK<<NTHONY<<<E<<<", &[]),
            "GARCIA<<MARK<<NTHONY<<<<<<<"
        );
    }

    #[test]
    fn a_surname_alone_loses_its_stray_letters() {
        assert_eq!(
            cleaned("EVANS<<<<<<<<<AKA<<<A<<<<<<", &[]),
            "EVANS<<<<<<<<<<<<<<<<<<<<<<"
        );
        assert_eq!(cleaned("SMITH<<K<<<<<<<<<<<", &[]), "SMITH<<K<<<<<<<<<<<");
        assert_eq!(cleaned("SMITH<<<KL<<<<<<<<<<", &[]), "SMITH<<<<<<<<<<<<<<<");
    }

    #[test]
    fn an_unsure_last_given_name_is_filler_but_never_the_first() {
        assert_eq!(
            cleaned("KIM<<SEOYEON<K<<<<<<", &[13]),
            "KIM<<SEOYEON<<<<<<<<"
        );
        assert_eq!(
            cleaned("SETIAWAN<<RIZKY<C<CK<<<<", &[16, 18, 19]),
            "SETIAWAN<<RIZKY<<<<<<<<<"
        );
        // A clear initial stays; so does an unsure first given name.
        assert_eq!(cleaned("KIM<<SEOYEON<K<<<<<<", &[]), "KIM<<SEOYEON<K<<<<<<");
        assert_eq!(cleaned("LI<<WEI<<<<<<<<", &[4, 5, 6]), "LI<<WEI<<<<<<<<");
        // Only trailing words: an unsure word before a sure one stays.
        assert_eq!(
            cleaned("CRUZ<<MARIA<C<CLARA<<<", &[12]),
            "CRUZ<<MARIA<C<CLARA<<<"
        );
    }

    #[test]
    fn a_last_given_name_of_k_and_l_only_is_filler_however_sure() {
        assert_eq!(cleaned("SINGH<<RAHUL<KK<<<<<", &[]), "SINGH<<RAHUL<<<<<<<<");
        assert_eq!(cleaned("SINGH<<RAHUL<LK<KL<<", &[]), "SINGH<<RAHUL<<<<<<<<");
        // A one-letter initial K stays, and so does a name with other letters.
        assert_eq!(cleaned("SINGH<<RAHUL<K<<<<<<", &[]), "SINGH<<RAHUL<K<<<<<<");
        assert_eq!(cleaned("SINGH<<RAHUL<KLK<<<<", &[]), "SINGH<<RAHUL<<<<<<<<");
        assert_eq!(cleaned("SINGH<<RAHUL<KAL<<<<", &[]), "SINGH<<RAHUL<KAL<<<<");
        // Never the first given name.
        assert_eq!(cleaned("SINGH<<KK<<<<<<<<<<<", &[]), "SINGH<<KK<<<<<<<<<<<");
    }

    #[test]
    fn a_line_that_reads_its_filler_as_letters_gets_it_back() {
        // PEREIRA<KJOAOKAAKKKKKKKKKC<KKSKCK<<KKKK with each letter's confidence as read.
        let text = "PEREIRA<KJOAOKAAKKKKKKKKKC<KKSKCK<<KKKK";
        let read = [
            0.99, 0.99, 0.99, 0.9, 0.9, 0.99, 0.99, 0.45, 0.55, 0.9, 0.9, 0.99, 0.99, 0.45, 0.2,
            0.2, 0.45, 0.35, 0.45, 0.9, 0.35, 0.45, 0.55, 0.55, 0.45, 0.55, 0.65, 0.8, 0.45, 0.35,
            0.55, 0.45, 0.45, 0.35, 0.35, 0.45, 0.55, 0.55, 0.8,
        ];
        let mut name: Vec<char> = text.chars().collect();
        clear_stray_letters(&mut name, &read);
        let name: String = name.into_iter().collect();
        assert_eq!(name, format!("PEREIRA<<JOAO{}", "<".repeat(26)));
        // A long name that fills the field keeps its letters, however unsure.
        let long = "WOLFESCHLEGELSTEINHAUSENBERGERDORFFSCHM";
        let mut name: Vec<char> = long.chars().collect();
        clear_stray_letters(&mut name, &[0.4; 39]);
        assert_eq!(name.into_iter().collect::<String>(), long);
    }

    #[test]
    fn a_separator_read_as_a_letter_is_filler_again() {
        // The unsure chevron beside one filler, either side of it.
        assert_eq!(
            cleaned("SMITH<CSARAH<<<<<<<<<<<<", &[6]),
            "SMITH<<SARAH<<<<<<<<<<<<"
        );
        assert_eq!(
            cleaned("GARCIAC<MARIA<CLARA<<<<<<<<<<<<<S", &[6, 32]),
            "GARCIA<<MARIA<CLARA<<<<<<<<<<<<<<"
        );
        // Both chevrons read as letters between the names.
        assert_eq!(
            cleaned("QUISPEAACARMEN<<<<<<<<<<<<<", &[6, 7]),
            "QUISPE<<CARMEN<<<<<<<<<<<<<"
        );
        // Of two candidates, the unsurer.
        assert_eq!(
            cleaned_at("SMITH<CSARAH<KATE<<<<<<<<<<", &[(6, 0.6), (13, 0.3)]),
            "SMITH<CSARAH<<ATE<<<<<<<<<<"
        );
    }

    #[test]
    fn a_surname_alone_read_surely_keeps_its_words() {
        // No given names, every letter sure: a surname of several words.
        assert_eq!(
            cleaned("DE<LA<CRUZ<<<<<<<<<<<<", &[]),
            "DE<LA<CRUZ<<<<<<<<<<<<"
        );
        // An unsure letter that would leave a one-letter name is no separator.
        assert_eq!(
            cleaned("DE<LA<CRUZ<<<<<<<<<<<<", &[1]),
            "DE<LA<CRUZ<<<<<<<<<<<<"
        );
        // Given names read surely after the separator: the pair (E, S) read fairly surely
        // inside the surname is no separator.
        for text in ["SHRESTHA<<RAM<<<<<<<<<<<<<<", "SHRESTHA<<<<<<<<<<<<<<<<<<"] {
            assert_eq!(cleaned_at(text, &[(3, 0.7), (4, 0.7)]), text);
        }
        // Names already separated are left as they are.
        assert_eq!(
            cleaned("SMITH<<SARAH<CKATE<<<<<<<<", &[13]),
            "SMITH<<SARAH<CKATE<<<<<<<<"
        );
        // Not a filler look-alike.
        assert_eq!(
            cleaned("SMITH<JSARAH<<<<<<<<<<<<", &[6]),
            "SMITH<JSARAH<<<<<<<<<<<<"
        );
    }

    #[test]
    fn each_name_is_as_sure_as_its_own_cells() {
        let cells = |text: &str| confidence_cells(&text.chars().collect::<Vec<_>>());
        // SMITH<< and SARAH with two fillers after her.
        assert_eq!(cells("SMITH<<SARAH<<<<<<<<<<<<"), (0..7, 7..14));
        assert_eq!(cells("LE<<THI<LAN<<<<<<"), (0..4, 4..13));
        // Names to the field's end, no given names, a surname alone.
        assert_eq!(cells("WOLFE<<HUBERT"), (0..7, 7..13));
        assert_eq!(cells("EVANS<<<<<<<"), (0..7, 7..9));
        assert_eq!(cells("EVANS"), (0..5, 5..5));
        assert_eq!(cells("DE<LA<CRUZ<"), (0..10, 10..11));
        assert_eq!(cells(""), (0..0, 0..0));
    }

    #[test]
    fn odd_input_does_not_panic() {
        for text in ["", "<", "<<", "A", "<<A", "A<<", "<<<<A<<B<<C"] {
            let mut name: Vec<char> = text.chars().collect();
            clear_stray_letters(&mut name, &[]);
            clear_stray_letters(&mut name, &vec![0.1; text.len()]);
        }
    }
}
