//! The generic words of apartment and building names (コーポ, ハイツ, マンション…) and the
//! respelling of one the recogniser misread in an address's building part (`コーボ若松町` is
//! コーポ若松町, `栄町ハイシ` is 栄町ハイツ). Building names are an open vocabulary: only these
//! common words are known, and only where such a word stands in a name: at its start or
//! just before the room number.

use unicode_normalization::UnicodeNormalization;

use crate::municipalities::edits_allowed;
use crate::normalize::is_katakana_letter;
use crate::vocab::fold_lookalike;

/// Words that begin building names (コーポ山田, メゾン栄).
const LEADING_WORDS: &[&str] = &[
    "コーポ",
    "コーポラス",
    "メゾン",
    "ベルメゾン",
    "ハイツ",
    "サンハイツ",
    "グラン",
    "シャトー",
    "ヴィラ",
    "カーサ",
    "ドミール",
    "ライオンズ",
    "レジデンス",
    "パークハイツ",
    "ロイヤル",
    "ファミール",
];

/// Words that end building names before the room number (栄町ハイツ, 山田マンション). Two-character
/// words are only ever kept as read, never guessed: they are here so that one read right is
/// not taken for a longer word (`ビル` is not a misread `ヒルズ`).
const TRAILING_WORDS: &[&str] = &[
    "ビル",
    "ハイツ",
    "ハイム",
    "コート",
    "コーポ",
    "マンション",
    "アパート",
    "レジデンス",
    "パレス",
    "ハウス",
    "ヒルズ",
    "タワー",
    "ガーデン",
    "テラス",
    "プラザ",
    "ヴィレッジ",
    "ステージ",
    "シティ",
];

/// Dakuten and handakuten are a few pixels in small print (`コーボ` for コーポ): a kana
/// compares as its plain form (its canonical decomposition's base), so neither mark costs an
/// edit. Look-alikes compare as the kana they stand for, and シ/ツ and ソ/ン compare as one.
fn plain_kana(c: char) -> char {
    let c = match fold_lookalike(c) {
        // Kanji the recogniser gives for ホ and its voiced forms in small print.
        '水' | '求' | '木' => 'ホ',
        c => c,
    };
    let plain = if is_katakana_letter(c) {
        std::iter::once(c).nfd().next().unwrap_or(c)
    } else {
        c
    };
    // The classic katakana pairs, told apart only by their strokes' slant.
    match plain {
        'シ' => 'ツ',
        'ソ' => 'ン',
        c => c,
    }
}

fn compared(chars: &[char]) -> String {
    chars.iter().copied().map(plain_kana).collect()
}

/// The word from `words` that `chars` reads as, and how many of its characters it stands for.
/// `at_start` picks whether the word is looked for at the start of `chars` or at its end.
///
/// A word must be within [`edits_allowed`] of the text (dakuten aside), and the text must end
/// (or begin) there, not run on in katakana, so a longer name that only starts like a word
/// stays. No other word may be as close; an exact read is kept as read.
fn word_at(
    chars: &[char],
    words: &[&'static str],
    at_start: bool,
) -> Option<(&'static str, usize)> {
    // (edits, characters not read as katakana, length difference, word, characters covered)
    let mut candidates: Vec<(usize, usize, usize, &'static str, usize)> = Vec::new();
    for &word in words {
        let word_chars: Vec<char> = word.chars().collect();
        let n = word_chars.len();
        if chars.len() >= n && {
            let read = if at_start {
                &chars[..n]
            } else {
                &chars[chars.len() - n..]
            };
            read == word_chars.as_slice()
        } {
            // Read exactly: a longer word that also fits (サンハイツ ending in ハイツ) wins.
            candidates.push((0, 0, 0, word, n));
            continue;
        }
        let target = compared(&word_chars);
        for k in n.saturating_sub(1)..=n + 1 {
            if k == 0 || k > chars.len() {
                continue;
            }
            let (read, beyond) = if at_start {
                (&chars[..k], chars.get(k))
            } else {
                (
                    &chars[chars.len() - k..],
                    (chars.len() - k).checked_sub(1).map(|i| &chars[i]),
                )
            };
            if beyond.is_some_and(|&c| is_katakana_letter(c)) {
                continue;
            }
            let read = compared(read);
            let distance = strsim::levenshtein(&read, &target);
            // A kanji after a katakana word more likely begins the next word than stands for
            // the word's last kana (`コー大手町` lost its ポ; `メゾソ栄` misread its ン).
            let foreign = read.chars().filter(|&c| !is_katakana_letter(c)).count();
            if distance <= edits_allowed(n) {
                candidates.push((distance, foreign, k.abs_diff(n), word, k));
            }
        }
    }
    candidates.sort_by_key(|&(distance, foreign, stretch, word, _)| {
        (
            distance,
            foreign,
            stretch,
            usize::MAX - word.chars().count(),
        )
    });
    let &(distance, foreign, stretch, word, covered) = candidates.first()?;
    let rival = candidates.iter().any(|&(d, f, s, other, _)| {
        other != word
            && (d, f, s) == (distance, foreign, stretch)
            && !word.contains(other)
            && !other.contains(word)
    });
    (!rival).then_some((word, covered))
}

/// Where an address's building part begins: after its block number (`…19番13号`, `…3-21-15`),
/// spaces skipped. `None` when nothing follows the block number.
fn building_start(chars: &[char]) -> Option<usize> {
    let mut i = 0;
    let mut end = None;
    while i < chars.len() {
        if chars[i].is_ascii_digit() {
            let run_start = i;
            while i < chars.len() && (chars[i].is_ascii_digit() || chars[i] == '-') {
                i += 1;
            }
            let run = &chars[run_start..i];
            if chars.get(i) == Some(&'号') {
                end = Some(i + 1);
                break;
            }
            if run.contains(&'-') && run.last().is_some_and(char::is_ascii_digit) {
                end = Some(i);
                break;
            }
        } else {
            i += 1;
        }
    }
    let mut start = end?;
    while chars.get(start).is_some_and(|c| c.is_whitespace()) {
        start += 1;
    }
    (start < chars.len()).then_some(start)
}

/// Where the room number at the end of a building part begins (`312号室`, `205`), or its end.
fn room_start(part: &[char]) -> usize {
    let mut end = part.len();
    for suffix in [&['号', '室'][..], &['号'][..], &['室'][..]] {
        if part[..end].ends_with(suffix) {
            end -= suffix.len();
            break;
        }
    }
    let digits = part[..end]
        .iter()
        .rev()
        .take_while(|c| c.is_ascii_digit() || **c == '-')
        .count();
    if digits == 0 {
        part.len()
    } else {
        end - digits
    }
}

/// `address` with a misread word of its building's name respelled; unchanged when it has no
/// building part or no word is recognised there.
pub fn respell(address: &str) -> String {
    let chars: Vec<char> = address.chars().collect();
    let Some(start) = building_start(&chars) else {
        return address.to_owned();
    };
    let mut name: Vec<char> = chars[start..].to_vec();
    let room = room_start(&name);
    let room_part = name.split_off(room);
    if let Some((word, covered)) = word_at(&name, LEADING_WORDS, true) {
        name.splice(..covered, word.chars());
    }
    if let Some((word, covered)) = word_at(&name, TRAILING_WORDS, false) {
        let from = name.len() - covered;
        name.splice(from.., word.chars());
    }
    chars[..start]
        .iter()
        .chain(&name)
        .chain(&room_part)
        .collect()
}

/// `address` with its town's name respelled where the building's name repeats it misread
/// (`シャトー来光寺町` in an address in 東光寺町, `東册山荘` in 東勝山): names often carry
/// their town's. `town` is the address's town as its municipality's list spells it. The
/// repeat must stand at the start or the end of the name (before the room number), beside
/// at least one other character of it, be as long as the town and differ from it in at most
/// [`edits_allowed`] characters (look-alikes and dakuten aside) of its own script, and not be
/// the town already.
pub fn respell_town_in_name(address: &str, town: &str) -> String {
    let chars: Vec<char> = address.chars().collect();
    let town_chars: Vec<char> = town.chars().collect();
    let n = town_chars.len();
    let Some(start) = building_start(&chars) else {
        return address.to_owned();
    };
    let name_end = start + room_start(&chars[start..]);
    let name = &chars[start..name_end];
    if name.len() <= n {
        return address.to_owned();
    }
    let target: Vec<char> = compared(&town_chars).chars().collect();
    // A katakana letter where the town has none (or the other way round) is another word
    // (`大手ハイツ` in 大手町), not a misread of the town's character.
    let differing = |window: &[char]| {
        let mut count = 0;
        for ((read, compared), &wanted) in window.iter().zip(compared(window).chars()).zip(&target)
        {
            if compared != wanted {
                if is_katakana_letter(*read) != is_katakana_letter(wanted) {
                    return usize::MAX;
                }
                count += 1;
            }
        }
        count
    };
    let repeats: Vec<usize> = [start, name_end - n]
        .into_iter()
        .filter(|&at| {
            let window = &chars[at..at + n];
            window != town_chars.as_slice() && differing(window) <= edits_allowed(n)
        })
        .collect();
    // A name that holds the town as printed, or could hold it at both ends, stays.
    let holds_town = name.windows(n).any(|w| w == town_chars.as_slice());
    match repeats.as_slice() {
        [at] if !holds_town => {
            let mut respelled = chars.clone();
            respelled.splice(*at..*at + n, town_chars);
            respelled.into_iter().collect()
        }
        _ => address.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_misread_repeat_of_the_town_in_the_name_is_respelled() {
        for (read, town, right) in [
            // Measured on medium and hard photos: the repeat at the name's end, then its start.
            (
                "東光寺町五丁目10番11号 シャトー来光寺町122号室",
                "東光寺町",
                "東光寺町五丁目10番11号 シャトー東光寺町122号室",
            ),
            (
                "江曽島町九丁目16番15号江曾島町コート287号室",
                "江曽島町",
                "江曽島町九丁目16番15号江曽島町コート287号室",
            ),
            (
                "東勝山六丁目2番2号東册山荘319号室",
                "東勝山",
                "東勝山六丁目2番2号東勝山荘319号室",
            ),
        ] {
            assert_eq!(respell_town_in_name(read, town), right, "{read}");
        }
        for (read, town) in [
            // Already the town, or a name of the town and its word alone.
            ("東勝山六丁目2番2号東勝山荘319号室", "東勝山"),
            ("大和町一丁目2番3号大和荘306号室", "大和町"),
            // Too far from the town (two of three characters), or not as long as it.
            ("生野東八丁目16番2号ハイツ生好来156号室", "生野東"),
            ("大手町一丁目2番3号大手ハイツ101号室", "大手町"),
            // A two-character town must be read whole.
            ("巽東三丁目7番8号メゾン翼東226号室", "巽東"),
            // No building.
            ("東勝山六丁目2番2号", "東勝山"),
        ] {
            assert_eq!(respell_town_in_name(read, town), read, "{read}");
        }
    }

    #[test]
    fn a_misread_leading_word_is_respelled() {
        for (read, right) in [
            (
                "栄町五丁目1番19号コーボ若松町165号室",
                "栄町五丁目1番19号コーポ若松町165号室",
            ),
            (
                "栄町一丁目19番13号コー水旭町175号室",
                "栄町一丁目19番13号コーポ旭町175号室",
            ),
            (
                "本町六丁目9番18号ーポ緑町409号室",
                "本町六丁目9番18号コーポ緑町409号室",
            ),
            (
                "緑町八丁目2番17号 コー大手町296号室",
                "緑町八丁目2番17号 コーポ大手町296号室",
            ),
            ("東町3-2-2メゾソ栄101", "東町3-2-2メゾン栄101"),
            // Every character a look-alike: 力 for カ, 一 for ー and 廿 for サ.
            (
                "南町六丁目14番3号力一廿大手町377号室",
                "南町六丁目14番3号カーサ大手町377号室",
            ),
        ] {
            assert_eq!(respell(read), right, "{read}");
        }
    }

    #[test]
    fn a_misread_trailing_word_is_respelled() {
        assert_eq!(
            respell("中央4-4-4 若松町ハイシ203号室"),
            "中央4-4-4 若松町ハイツ203号室"
        );
        assert_eq!(
            respell("中央4-4-4 山田マンシヨン203"),
            "中央4-4-4 山田マンション203"
        );
    }

    #[test]
    fn right_names_and_unknown_names_stay() {
        for address in [
            "栄町五丁目1番19号 コーポ若松町165号室",
            "栄町五丁目1番19号 コーラル栄町165号室",
            "栄町五丁目1番19号 サンライズ栄101号室",
            "栄町五丁目1番19号 サンハイツ栄101号室",
            "栄町五丁目1番19号 栄町ハイム203号室",
            "栄町五丁目1番19号 旭町ビル269号室",
            "中央4-4-4",
            "中央四丁目4番4号",
            "",
        ] {
            assert_eq!(respell(address), address, "{address}");
        }
    }

    #[test]
    fn voiced_kana_and_look_alikes_compare_as_their_plain_kana() {
        for (kana, plain) in [
            ('ガ', 'カ'),
            ('ド', 'ト'),
            ('バ', 'ハ'),
            ('パ', 'ハ'),
            ('ボ', 'ホ'),
            ('ポ', 'ホ'),
            ('ヴ', 'ウ'),
            ('ヅ', 'ツ'),
            ('ジ', 'ツ'),
            ('ゾ', 'ン'),
            ('水', 'ホ'),
            ('ー', 'ー'),
            ('カ', 'カ'),
            ('町', '町'),
        ] {
            assert_eq!(plain_kana(kana), plain, "{kana}");
        }
    }

    #[test]
    fn two_words_equally_close_are_not_guessed() {
        // ハイ水 is one edit from both ハイツ and ハイム.
        let address = "中央4-4-4 若松町ハイ水203号室";
        assert_eq!(respell(address), address);
    }
}
