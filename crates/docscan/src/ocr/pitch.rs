//! Decoding a fixed-pitch line (a machine-readable zone's) into exactly as many characters as
//! the layout has cells.
//!
//! Greedy CTC decoding knows nothing of the print: a thin letter the model scores just below
//! the blank vanishes (`WIN` read `WN`), and the line's length is then made up with filler
//! elsewhere. On a fixed-pitch line each character starts about one pitch after the one before
//! (the model's spikes wander within their cells, so only the spacing is dependable, not the
//! absolute place). The most probable path that emits exactly `length` characters, each
//! starting one pitch (± one step) after the previous, puts a lost letter back where the model
//! saw it second-best.

use super::ctc::RestrictedSteps;
use crate::text::RecognizedText;

/// A pitch below two steps leaves no room for the blank between repeated characters (`<<`).
const MIN_PITCH: f32 = 2.0;
/// How far (in steps) the first and the last character may start from where the greedy
/// reading starts them.
const END_SLACK: usize = 1;
/// Floor of a probability before its logarithm.
const FLOOR: f32 = 1e-6;
/// A back-pointer to the first blank (nothing emitted yet).
const FROM_START: u16 = u16::MAX;

/// The best reading of exactly `length` characters and how much less probable it is than the
/// unconstrained greedy path (natural log; 0 when they agree).
#[derive(Clone, Debug, PartialEq)]
pub struct PitchedLine {
    pub text: RecognizedText,
    pub cost: f32,
}

/// Reads the line as exactly `length` characters spaced one pitch apart. The pitch is the
/// distance between the greedy reading's first character and its last, over `length - 1`.
/// `None` when the line cannot be laid out so (no ink, too short for `length`).
pub fn decode_fixed_pitch(steps: &RestrictedSteps, length: usize) -> Option<PitchedLine> {
    let alphabet = steps.chars.len();
    if length < 2 || alphabet == 0 || alphabet >= 1 << 11 {
        return None;
    }
    let runs = steps.greedy_runs();
    let (first, last) = match (runs.first(), runs.last()) {
        (Some(a), Some(b)) if b.start > a.start => (a.start, b.start),
        _ => return None,
    };
    let pitch = (last - first) as f32 / (length - 1) as f32;
    if pitch < MIN_PITCH {
        return None;
    }
    let gap_min = (pitch.round() as usize).saturating_sub(1).max(1);
    let gap_max = pitch.round() as usize + 1;
    if gap_max >= 1 << 4 {
        return None;
    }
    // The greedy path is the most probable of all; when it already has the width and the
    // spacing, it is the answer (most lines: this skips the search).
    if runs.len() == length
        && runs
            .windows(2)
            .all(|w| (gap_min..=gap_max).contains(&(w[1].start - w[0].start)))
    {
        return Some(PitchedLine {
            text: steps.text_of(&runs),
            cost: 0.0,
        });
    }
    search(
        steps,
        length,
        Spacing {
            first,
            last,
            gap_min,
            gap_max,
        },
    )
}

/// How many characters a fixed-pitch line holds, from the spacing of its greedy reading's
/// characters rather than their count: the distance from the first to the last over the
/// typical gap between neighbours. Neighbours more than half a pitch off the typical gap
/// (a character lost between them, runs of filler merged) do not set the pitch.
pub fn cells_by_spacing(steps: &RestrictedSteps) -> Option<f32> {
    let starts: Vec<usize> = steps.greedy_runs().iter().map(|r| r.start).collect();
    let mut gaps: Vec<usize> = starts.windows(2).map(|w| w[1] - w[0]).collect();
    if gaps.len() < 8 {
        return None;
    }
    gaps.sort_unstable();
    let median = gaps[gaps.len() / 2] as f32;
    let typical: Vec<f32> = gaps
        .iter()
        .map(|&g| g as f32)
        .filter(|g| (g - median).abs() <= median / 2.0)
        .collect();
    let pitch = typical.iter().sum::<f32>() / typical.len() as f32;
    let span = (starts.last()? - starts.first()?) as f32;
    Some(span / pitch + 1.0)
}

/// Where the first and the last character start, and the steps allowed between starts.
#[derive(Clone, Copy)]
struct Spacing {
    first: usize,
    last: usize,
    gap_min: usize,
    gap_max: usize,
}

/// The most probable path of exactly `length` characters under `spacing`.
fn search(steps: &RestrictedSteps, length: usize, spacing: Spacing) -> Option<PitchedLine> {
    let Spacing {
        first,
        last,
        gap_min,
        gap_max,
    } = spacing;
    let alphabet = steps.chars.len();
    let step_count = steps.len();
    let lattice = Lattice {
        alphabet,
        length,
        saturated: gap_max,
    };
    let log = |p: f32| p.clamp(FLOOR, 1.0).ln();
    let may_start = |cell: usize, t: usize| match cell {
        0 => t.abs_diff(first) <= END_SLACK,
        c if c + 1 == length => t.abs_diff(last) <= END_SLACK,
        _ => true,
    };

    let mut before_first = 0.0f32;
    let mut emit = vec![f32::NEG_INFINITY; lattice.emit_states()];
    let mut blank = vec![f32::NEG_INFINITY; lattice.blank_states()];
    let mut next_emit = emit.clone();
    let mut next_blank = blank.clone();
    let mut start_from = vec![FROM_START; step_count * length * alphabet];
    let mut held_from = vec![0u16; step_count * length * alphabet];
    let mut blank_from = vec![0u16; step_count * lattice.blank_states()];
    let mut greedy = 0.0f32;
    let mut char_logs: Vec<f32> = Vec::with_capacity(alphabet);
    for t in 0..step_count {
        let probabilities = steps.step(t);
        let blank_log = log(probabilities[0]);
        char_logs.clear();
        char_logs.extend(probabilities[1..].iter().map(|&p| log(p)));
        greedy += char_logs.iter().fold(blank_log, |a, &b| a.max(b));
        for cell in 0..length {
            // Where a character starting here may come from: the first blank, or the previous
            // character (held or followed by blanks) when it started a pitch (± a step) ago.
            let mut from_blank = (f32::NEG_INFINITY, FROM_START);
            let mut top = (f32::NEG_INFINITY, 0u16, usize::MAX);
            let mut second = (f32::NEG_INFINITY, 0u16);
            if may_start(cell, t) {
                if cell == 0 {
                    from_blank = (before_first, FROM_START);
                } else {
                    for age in gap_min - 1..gap_max {
                        let score = blank[lattice.blank(cell - 1, age)];
                        if score > from_blank.0 {
                            from_blank = (score, Lattice::pointer(None, age));
                        }
                        for g in 0..alphabet {
                            let score = emit[lattice.emit(cell - 1, g, age)];
                            let pointer = Lattice::pointer(Some(g), age);
                            if score > top.0 {
                                if top.2 != g {
                                    second = (top.0, top.1);
                                }
                                top = (score, pointer, g);
                            } else if score > second.0 && g != top.2 {
                                second = (score, pointer);
                            }
                        }
                    }
                }
            }
            for g in 0..alphabet {
                // Start here (age 0): a repeat of the previous character needs a blank between.
                let from_char = if top.2 == g { second } else { (top.0, top.1) };
                let (score, pointer) = if from_char.0 > from_blank.0 {
                    from_char
                } else {
                    from_blank
                };
                let index = cell * alphabet + g;
                next_emit[lattice.emit(cell, g, 0)] = score + char_logs[g];
                start_from[t * length * alphabet + index] = pointer;
                // Hold the character: one step older, the oldest age absorbing.
                for age in 1..=lattice.saturated {
                    let mut held = emit[lattice.emit(cell, g, age - 1)];
                    if age == lattice.saturated {
                        let older = emit[lattice.emit(cell, g, age)];
                        let from_older = older > held;
                        held = held.max(older);
                        held_from[t * length * alphabet + index] = u16::from(from_older);
                    }
                    next_emit[lattice.emit(cell, g, age)] = held + char_logs[g];
                }
            }
            // A blank after the character: from the character or from an earlier blank.
            for age in 1..=lattice.saturated {
                let mut best = (
                    blank[lattice.blank(cell, age - 1)],
                    Lattice::pointer(None, age - 1),
                );
                let mut consider = |score: f32, pointer: u16| {
                    if score > best.0 {
                        best = (score, pointer);
                    }
                };
                for g in 0..alphabet {
                    consider(
                        emit[lattice.emit(cell, g, age - 1)],
                        Lattice::pointer(Some(g), age - 1),
                    );
                }
                if age == lattice.saturated {
                    consider(blank[lattice.blank(cell, age)], Lattice::pointer(None, age));
                    for g in 0..alphabet {
                        consider(
                            emit[lattice.emit(cell, g, age)],
                            Lattice::pointer(Some(g), age),
                        );
                    }
                }
                next_blank[lattice.blank(cell, age)] = best.0 + blank_log;
                blank_from[t * lattice.blank_states() + lattice.blank(cell, age)] = best.1;
            }
            next_blank[lattice.blank(cell, 0)] = f32::NEG_INFINITY;
        }
        before_first += blank_log;
        std::mem::swap(&mut emit, &mut next_emit);
        std::mem::swap(&mut blank, &mut next_blank);
    }

    // The end: the last character held, or blanks after it.
    let mut state = None;
    let mut score = f32::NEG_INFINITY;
    for age in 0..=lattice.saturated {
        if blank[lattice.blank(length - 1, age)] > score {
            score = blank[lattice.blank(length - 1, age)];
            state = Some(State::Blank(length - 1, age));
        }
        for g in 0..alphabet {
            if emit[lattice.emit(length - 1, g, age)] > score {
                score = emit[lattice.emit(length - 1, g, age)];
                state = Some(State::Emit(length - 1, g, age));
            }
        }
    }
    let mut state = state.filter(|_| score.is_finite())?;
    let mut chars = vec![(' ', 0.0f32); length];
    for t in (0..step_count).rev() {
        state = match state {
            State::BeforeFirst => State::BeforeFirst,
            State::Blank(cell, age) => {
                let pointer = blank_from[t * lattice.blank_states() + lattice.blank(cell, age)];
                lattice.follow(cell, pointer)
            }
            State::Emit(cell, g, age) => {
                let slot = &mut chars[cell];
                *slot = (steps.chars[g], slot.1.max(steps.confidence(t, g)));
                let index = t * length * alphabet + cell * alphabet + g;
                match age {
                    0 => match start_from[index] {
                        FROM_START => State::BeforeFirst,
                        pointer => lattice.follow(cell - 1, pointer),
                    },
                    a if a == lattice.saturated && held_from[index] == 1 => State::Emit(cell, g, a),
                    a => State::Emit(cell, g, a - 1),
                }
            }
        };
    }
    let (text, confidences): (String, Vec<f32>) = chars.into_iter().unzip();
    Some(PitchedLine {
        text: RecognizedText::new(text, confidences),
        cost: (greedy - score).max(0.0),
    })
}

/// Where the best path is, walking back: before the first character, on character `cell`
/// (as alphabet character `g`, `age` steps after it started), or on a blank after it.
#[derive(Clone, Copy)]
enum State {
    BeforeFirst,
    Blank(usize, usize),
    Emit(usize, usize, usize),
}

/// Sizes and indices of the decoding's states. A state's age is the number of steps since its
/// character started, counted up to `saturated` (too late for the next character to start).
struct Lattice {
    alphabet: usize,
    length: usize,
    saturated: usize,
}

impl Lattice {
    fn emit_states(&self) -> usize {
        self.length * self.alphabet * (self.saturated + 1)
    }

    fn blank_states(&self) -> usize {
        self.length * (self.saturated + 1)
    }

    fn emit(&self, cell: usize, g: usize, age: usize) -> usize {
        (cell * self.alphabet + g) * (self.saturated + 1) + age
    }

    fn blank(&self, cell: usize, age: usize) -> usize {
        cell * (self.saturated + 1) + age
    }

    /// A back-pointer to character `cell`'s state: emitting `g` (or a blank after it) at `age`.
    fn pointer(g: Option<usize>, age: usize) -> u16 {
        let g = g.map_or(0, |g| g + 1);
        ((g << 4) | age) as u16
    }

    fn follow(&self, cell: usize, pointer: u16) -> State {
        let age = usize::from(pointer & 0xF);
        match usize::from(pointer >> 4) {
            0 => State::Blank(cell, age),
            g => State::Emit(cell, g - 1, age),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CHARS: [char; 4] = ['A', 'B', 'I', '<'];

    /// Steps from a picture of the line, one character per step: a letter is a spike of that
    /// character (0.9), `.` a blank (0.9), a lower-case letter a weak spike (0.3 against a
    /// blank of 0.6, which greedy decoding drops).
    fn steps(picture: &str) -> RestrictedSteps {
        let mut probabilities = Vec::new();
        for c in picture.chars() {
            let mut row = vec![0.02; CHARS.len() + 1];
            match c {
                '.' => row[0] = 0.9,
                c if c.is_ascii_lowercase() => {
                    let g = CHARS
                        .iter()
                        .position(|&x| x == c.to_ascii_uppercase())
                        .unwrap_or_else(|| unreachable!());
                    row[0] = 0.6;
                    row[1 + g] = 0.3;
                }
                c => {
                    let g = CHARS
                        .iter()
                        .position(|&x| x == c)
                        .unwrap_or_else(|| unreachable!());
                    row[1 + g] = 0.9;
                }
            }
            probabilities.extend(row);
        }
        RestrictedSteps {
            chars: CHARS.to_vec(),
            probabilities,
            undecided: Vec::new(),
        }
    }

    fn greedy(picture: &str) -> String {
        let steps = steps(picture);
        steps.text_of(&steps.greedy_runs()).text
    }

    #[test]
    fn a_weak_letter_is_put_back_in_its_cell() {
        // A, a weak I, B, then fillers: three steps per character.
        let picture = "..A..i..B..<..<..<..<..";
        assert_eq!(greedy(picture), "AB<<<<");
        let line = decode_fixed_pitch(&steps(picture), 7)
            .unwrap_or_else(|| panic!("no fixed-pitch reading"));
        assert_eq!(line.text.text, "AIB<<<<");
        assert!((line.text.confidences[1] - 0.3).abs() < 1e-6);
        assert!(line.cost > 0.0);
    }

    #[test]
    fn a_clean_line_reads_as_greedy_at_no_cost() {
        let picture = ".A..B..I..<..<..<..A.";
        let line = decode_fixed_pitch(&steps(picture), 7)
            .unwrap_or_else(|| panic!("no fixed-pitch reading"));
        assert_eq!(greedy(picture), "ABI<<<A");
        assert_eq!(line.text.text, "ABI<<<A");
        assert_eq!(line.cost, 0.0);
        // The search, which a greedy path already fitting the spacing skips, finds the same.
        let spacing = Spacing {
            first: 1,
            last: 19,
            gap_min: 2,
            gap_max: 4,
        };
        let searched =
            search(&steps(picture), 7, spacing).unwrap_or_else(|| panic!("no fixed-pitch reading"));
        assert_eq!(searched.text, line.text);
        assert!(searched.cost.abs() < 1e-4);
    }

    #[test]
    fn spacing_keeps_a_lost_letter_from_being_made_up_with_filler() {
        // Greedy reads `A<<<<`, one short; padding it with filler would fit the length, but
        // the gap after A is two pitches: a character must start in it.
        let picture = "A..b..<..<.<..<..";
        let line = decode_fixed_pitch(&steps(picture), 6)
            .unwrap_or_else(|| panic!("no fixed-pitch reading"));
        assert_eq!(line.text.text, "AB<<<<");
    }

    #[test]
    fn a_line_is_as_long_as_its_spacing_says() {
        // Three fillers run together (one greedy character) and a letter lost: 11 read, 14
        // printed. Neither gap sets the pitch.
        let picture = "A..B..I..A..B..I..A..B..<<<<<<<<.<.....A..";
        assert_eq!(greedy(picture), "ABIABIAB<<A");
        let cells = cells_by_spacing(&steps(picture)).unwrap_or_else(|| panic!("no spacing"));
        assert!((cells - 14.0).abs() < 1e-4, "{cells}");
        // Too few characters to tell a pitch.
        assert!(cells_by_spacing(&steps("A..B..I..<..A")).is_none());
    }

    #[test]
    fn too_narrow_or_empty_lines_give_nothing() {
        assert!(decode_fixed_pitch(&steps("AB<A"), 4).is_none());
        assert!(decode_fixed_pitch(&steps("......"), 2).is_none());
        assert!(decode_fixed_pitch(&steps(""), 2).is_none());
        assert!(decode_fixed_pitch(&steps("..A..B.."), 1).is_none());
    }

    #[test]
    fn never_panics_on_arbitrary_probabilities() {
        // A small deterministic generator: any steps, any length.
        let mut state = 0x2545_f491_4f6c_dd1du64;
        let mut next = move || {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % 1000) as f32 / 999.0
        };
        for round in 0..300 {
            let steps_count = round % 90;
            let probabilities = (0..steps_count * (CHARS.len() + 1))
                .map(|_| next() * if round % 7 == 0 { 3.0 } else { 1.0 })
                .collect();
            let steps = RestrictedSteps {
                chars: CHARS.to_vec(),
                probabilities,
                undecided: Vec::new(),
            };
            let length = round % 31;
            if let Some(line) = decode_fixed_pitch(&steps, length) {
                assert_eq!(line.text.text.chars().count(), length);
                assert_eq!(line.text.confidences.len(), length);
                assert!(line.cost >= 0.0);
            }
        }
    }
}
