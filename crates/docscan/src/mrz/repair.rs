//! Check-digit-driven repair: when a field's check digit fails, try the look-alike readings of
//! its least confident characters until the check digit agrees, changing as few as possible.

use serde::Serialize;

use super::chars::{check_digit, value};

/// How a field stands against its check digit.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum CheckStatus {
    /// The check digit agrees with the characters as recognised.
    Valid,
    /// It agrees after reading look-alike characters differently (0/O, 1/I, 5/S…).
    Repaired,
    /// No reading found that agrees: the value is probably wrong.
    Invalid,
    /// No check digit covers this field (names, nationality, sex).
    NotCovered,
}

impl CheckStatus {
    pub fn passed(self) -> bool {
        matches!(self, CheckStatus::Valid | CheckStatus::Repaired)
    }

    /// A field's confidence from the lowest of its characters' (`recognised`): raised when the
    /// check digit confirms it as read, held to 0.85–0.9 after a repair, lowered when it fails.
    pub fn confidence(self, recognised: f32) -> f32 {
        match self {
            CheckStatus::Valid => recognised.max(0.95),
            CheckStatus::Repaired => recognised.clamp(0.85, 0.9),
            CheckStatus::Invalid => recognised.min(0.3),
            CheckStatus::NotCovered => recognised,
        }
    }
}

/// Most positions changed at once; beyond three a "repair" is more likely a coincidence.
const MAX_CHANGES: usize = 3;
/// Only the least confident positions are worth changing.
const MAX_POSITIONS: usize = 12;
/// Bound on readings tried for one field, so a noisy line costs bounded time.
const MAX_TRIES: usize = 20_000;

fn agrees(chars: &[char]) -> bool {
    let Some((check, data)) = chars.split_last() else {
        return false;
    };
    match (check_digit(data.iter().copied()), value(*check)) {
        (Some(expected), Some(found)) => {
            expected == found && (check.is_ascii_digit() || *check == '<')
        }
        _ => false,
    }
}

/// Document numbers put their letters first (`TR0123456`, `O24008370`): a letter after a digit
/// costs as much as changing a fairly confident character. Decides between repairs that the
/// check digit cannot tell apart (0 and O swapped between two positions of the same weight).
pub fn letters_lead(reading: &[char]) -> f32 {
    let mut seen_digit = false;
    let mut late_letters = 0;
    for c in reading {
        seen_digit |= c.is_ascii_digit();
        late_letters += usize::from(seen_digit && c.is_ascii_alphabetic());
    }
    0.5 * late_letters as f32
}

/// Picks the reading of a field (data followed by its check digit) that satisfies the check
/// digit. `options[i]` lists the plausible characters at position `i`, the default reading
/// first; `raw` is what the recogniser gave. `prior(reading)` is added to the cost of each
/// reading that agrees (0 for no preference). Returns the reading and its status.
pub fn resolve(
    options: &[Vec<char>],
    confidences: &[f32],
    raw: &[char],
    prior: impl Fn(&[char]) -> f32,
) -> (Vec<char>, CheckStatus) {
    let default = default_reading(options);
    if agrees(&default) {
        let status = if default.as_slice() == raw {
            CheckStatus::Valid
        } else {
            CheckStatus::Repaired
        };
        return (default, status);
    }
    let mut ambiguous: Vec<usize> = (0..options.len())
        .filter(|&i| options[i].len() > 1)
        .collect();
    ambiguous.sort_by(|&a, &b| {
        let ca = confidences.get(a).copied().unwrap_or(0.0);
        let cb = confidences.get(b).copied().unwrap_or(0.0);
        ca.total_cmp(&cb)
    });
    ambiguous.truncate(MAX_POSITIONS);

    let mut tries = 0;
    for changes in 1..=MAX_CHANGES.min(ambiguous.len()) {
        let mut best: Option<(f32, Vec<char>)> = None;
        for subset in Combinations::new(ambiguous.len(), changes) {
            let positions: Vec<usize> = subset.iter().map(|&k| ambiguous[k]).collect();
            let cost: f32 = positions
                .iter()
                .map(|&p| confidences.get(p).copied().unwrap_or(0.0))
                .sum();
            if best
                .as_ref()
                .is_some_and(|(best_cost, _)| *best_cost <= cost)
            {
                continue;
            }
            // Every combination of the non-default alternatives at the chosen positions.
            let mut choice = vec![1usize; positions.len()];
            loop {
                tries += 1;
                if tries > MAX_TRIES {
                    return finish(best, default);
                }
                let reading = with_choice(&default, &positions, &choice, options);
                if agrees(&reading) {
                    let total = cost + prior(&reading);
                    if best
                        .as_ref()
                        .is_none_or(|(best_cost, _)| total < *best_cost)
                    {
                        best = Some((total, reading));
                    }
                }
                if !advance(&mut choice, &positions, options) {
                    break;
                }
            }
        }
        if best.is_some() {
            return finish(best, default);
        }
    }
    (default, CheckStatus::Invalid)
}

/// Every reading of a field (data followed by its check digit, `options` as for [`resolve`])
/// that changes at most [`MAX_CHANGES`] positions to an alternative and agrees with its check
/// digit, the default reading first when it agrees.
pub fn agreeing_readings(options: &[Vec<char>]) -> Vec<Vec<char>> {
    let default = default_reading(options);
    let ambiguous: Vec<usize> = (0..options.len())
        .filter(|&i| options[i].len() > 1)
        .collect();
    let mut out = Vec::new();
    if agrees(&default) {
        out.push(default.clone());
    }
    for changes in 1..=MAX_CHANGES.min(ambiguous.len()) {
        for subset in Combinations::new(ambiguous.len(), changes) {
            let positions: Vec<usize> = subset.iter().map(|&k| ambiguous[k]).collect();
            let mut choice = vec![1usize; positions.len()];
            loop {
                let reading = with_choice(&default, &positions, &choice, options);
                if agrees(&reading) {
                    out.push(reading);
                }
                if !advance(&mut choice, &positions, options) {
                    break;
                }
            }
        }
    }
    out
}

/// Each position's first option.
fn default_reading(options: &[Vec<char>]) -> Vec<char> {
    options
        .iter()
        .map(|o| o.first().copied().unwrap_or('<'))
        .collect()
}

/// `default` with the chosen alternative (`options[p][c]`) at each of `positions`.
fn with_choice(
    default: &[char],
    positions: &[usize],
    choice: &[usize],
    options: &[Vec<char>],
) -> Vec<char> {
    let mut reading = default.to_vec();
    for (&p, &c) in positions.iter().zip(choice) {
        reading[p] = options[p][c];
    }
    reading
}

fn finish(best: Option<(f32, Vec<char>)>, default: Vec<char>) -> (Vec<char>, CheckStatus) {
    match best {
        Some((_, reading)) => (reading, CheckStatus::Repaired),
        None => (default, CheckStatus::Invalid),
    }
}

/// Odometer over the alternatives (indices 1..) of each chosen position.
fn advance(choice: &mut [usize], positions: &[usize], options: &[Vec<char>]) -> bool {
    for (slot, &p) in choice.iter_mut().zip(positions) {
        *slot += 1;
        if *slot < options[p].len() {
            return true;
        }
        *slot = 1;
    }
    false
}

/// k-subsets of 0..n in lexicographic order.
struct Combinations {
    n: usize,
    current: Option<Vec<usize>>,
}

impl Combinations {
    fn new(n: usize, k: usize) -> Self {
        Combinations {
            n,
            current: (k <= n).then(|| (0..k).collect()),
        }
    }
}

impl Iterator for Combinations {
    type Item = Vec<usize>;

    fn next(&mut self) -> Option<Vec<usize>> {
        let out = self.current.clone()?;
        let k = out.len();
        let mut next = out.clone();
        let mut i = k;
        loop {
            if i == 0 {
                self.current = None;
                break;
            }
            i -= 1;
            if next[i] < self.n - k + i {
                next[i] += 1;
                for j in i + 1..k {
                    next[j] = next[j - 1] + 1;
                }
                self.current = Some(next);
                break;
            }
        }
        Some(out)
    }
}

#[cfg(test)]
mod tests {
    use super::super::chars::{Kind, candidates};
    use super::*;

    fn run(raw: &str, kinds: &[Kind], confidences: &[f32]) -> (String, CheckStatus) {
        let raw: Vec<char> = raw.chars().collect();
        let options: Vec<Vec<char>> = raw
            .iter()
            .zip(kinds)
            .map(|(&c, &k)| candidates(c, k))
            .collect();
        let (reading, status) = resolve(&options, confidences, &raw, |_| 0.0);
        (reading.into_iter().collect(), status)
    }

    #[test]
    fn combinations_enumerate_subsets() {
        let all: Vec<_> = Combinations::new(4, 2).collect();
        assert_eq!(all.len(), 6);
        assert_eq!(all[0], vec![0, 1]);
        assert_eq!(all[5], vec![2, 3]);
        assert_eq!(Combinations::new(2, 3).count(), 0);
    }

    #[test]
    fn valid_as_read_and_repaired_by_type() {
        let digits = [Kind::Digits; 7];
        assert_eq!(
            run("7408122", &digits, &[1.0; 7]),
            ("7408122".into(), CheckStatus::Valid)
        );
        // O for 0 in a date: the field type alone fixes it.
        assert_eq!(
            run("74O8122", &digits, &[1.0; 7]),
            ("7408122".into(), CheckStatus::Repaired)
        );
    }

    #[test]
    fn alphanumeric_field_repaired_by_the_check_digit() {
        let mut kinds = vec![Kind::Alnum; 9];
        kinds.push(Kind::Digits);
        // L898902C3 check 6, with the 0 read as O at a low confidence.
        let mut conf = vec![0.99; 10];
        conf[5] = 0.4;
        assert_eq!(
            run("L8989O2C36", &kinds, &conf),
            ("L898902C36".into(), CheckStatus::Repaired)
        );
        // 0 and O swapped between positions of the same weight: the check digit agrees either
        // way, and a document number's letters come first.
        let raw: Vec<char> = "0240083708".chars().collect();
        let options: Vec<Vec<char>> = raw.iter().map(|&c| candidates(c, Kind::Alnum)).collect();
        let mut conf = vec![0.99; 10];
        conf[3] = 0.6;
        conf[0] = 0.7;
        let (reading, _) = resolve(&options, &conf, &raw, letters_lead);
        assert_eq!(reading.into_iter().collect::<String>(), "O240083708");
        // Hopeless: a digit misread as another digit is not a look-alike we repair.
        assert_eq!(run("3333333339", &kinds, &[0.9; 10]).1, CheckStatus::Valid);
        assert_eq!(
            run("3333333337", &kinds, &[0.9; 10]),
            ("3333333337".into(), CheckStatus::Invalid)
        );
    }
}
