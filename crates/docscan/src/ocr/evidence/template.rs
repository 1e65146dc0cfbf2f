//! The likeliest reading of a line that follows a template, found on the recogniser's
//! evidence. A date the greedy pass read `199年02月21日` follows `DDDD年DD月DD日` only as
//! `1999年…`: the lost `9` was at its steps second to the blank. Viterbi over the template's
//! CTC states finds the one reading of that shape the steps make likeliest, and what it costs
//! against the greedy text.

use super::{FLOOR, LineEvidence, SKIP_BEFORE_COST};

/// The characters one place of a template accepts.
pub type Slot<'a> = &'a [char];

/// A template's likeliest reading on a line.
#[derive(Clone, Debug, PartialEq)]
pub struct TemplateReading {
    /// One character per slot.
    pub text: String,
    /// How much less likely (natural log, ≤ 0) the line is read so than as its greedy text;
    /// greedy characters outside the reading cost as in [`LineEvidence::cost_of`].
    pub cost: f32,
}

/// A CTC state: a blank (after the slot it follows, `None` before the first), or one of a
/// slot's characters.
#[derive(Clone, Copy, Debug, PartialEq)]
enum State {
    Blank { after: Option<usize> },
    Char { slot: usize, ch: char },
}

/// What each greedy character outside a template's reading costs (natural log).
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Strays {
    /// Before the reading: a label's characters, a mark.
    pub before: f32,
    /// A digit before the reading, where one is likelier part of the value than a mark (a
    /// period of stay: `43月` is 4年3月 far more often than a stray 4 and 3月).
    pub digit_before: f32,
    /// After the reading: 0 where text follows the value on its line.
    pub after: f32,
}

impl Strays {
    /// Characters before cost as [`LineEvidence::cost_of`] charges them; after, `after`.
    pub fn with_after(after: f32) -> Strays {
        Strays {
            before: SKIP_BEFORE_COST,
            digit_before: SKIP_BEFORE_COST,
            after,
        }
    }
}

/// Where a state's best path at a step came from.
const FROM_BEFORE: u32 = u32::MAX;

impl LineEvidence {
    /// The likeliest reading of some stretch of the line that has one character of each of
    /// `template`'s slots, in order, greedy characters outside it costing as `strays` says.
    /// `None` for an empty template or line.
    pub fn read_template(&self, template: &[Slot<'_>], strays: Strays) -> Option<TemplateReading> {
        if template.is_empty() || template.iter().any(|slot| slot.is_empty()) {
            return None;
        }
        // States in order: blank, slot 0's characters, blank, …, last slot's, blank.
        let mut states = Vec::new();
        let mut slot_start = Vec::new();
        for (slot, chars) in template.iter().enumerate() {
            states.push(State::Blank {
                after: slot.checked_sub(1),
            });
            slot_start.push(states.len());
            states.extend(chars.iter().map(|&ch| State::Char { slot, ch }));
        }
        states.push(State::Blank {
            after: Some(template.len() - 1),
        });
        let slot_states = |slot: usize| slot_start[slot]..slot_start[slot] + template[slot].len();
        // Predecessors other than the state itself and the leading wildcard.
        let predecessors: Vec<Vec<usize>> = states
            .iter()
            .map(|state| match *state {
                // The blank after a slot follows any of its characters.
                State::Blank { after } => after.map(slot_states).into_iter().flatten().collect(),
                State::Char { slot, ch } => {
                    let blank_before = slot_start[slot] - 1;
                    let previous_chars = slot.checked_sub(1).map(slot_states).unwrap_or(0..0);
                    std::iter::once(blank_before)
                        .chain(previous_chars.filter(|&p| {
                            // The same character twice needs a blank between.
                            !matches!(states[p], State::Char { ch: prev, .. } if prev == ch)
                        }))
                        .collect()
                }
            })
            .collect();
        let starts = |s: usize| s == 0 || matches!(states[s], State::Char { slot: 0, .. });
        let last_slot = slot_states(template.len() - 1);
        let ends = |s: usize| s == states.len() - 1 || last_slot.contains(&s);
        // The likeliest state that has read the whole template, and its score.
        let best_ended = |score: &[f32]| {
            score
                .iter()
                .copied()
                .enumerate()
                .filter(|&(s, _)| ends(s))
                .max_by(|a, b| a.1.total_cmp(&b.1))
        };

        let none = f32::NEG_INFINITY;
        let n = states.len();
        let mut score = vec![none; n];
        let mut next = vec![none; n];
        let mut back: Vec<Vec<u32>> = Vec::with_capacity(self.steps.len());
        let (mut before, mut after) = (0.0f32, none);
        // The state and step at which the best path into the trailing wildcard left the
        // template.
        let mut after_from: Option<(usize, usize)> = None;
        for (t, step) in self.steps.iter().enumerate() {
            let best = step.best.max(FLOOR).ln();
            let (skip_before, skip_after) = if step.starts_char {
                let before = if step.kept[0].0.is_ascii_digit() {
                    strays.digit_before
                } else {
                    strays.before
                };
                (-before, -strays.after)
            } else {
                (0.0, 0.0)
            };
            let mut from = vec![FROM_BEFORE; n];
            for s in 0..n {
                let (mut reach, mut origin) = (score[s], s as u32);
                for &p in &predecessors[s] {
                    if score[p] > reach {
                        (reach, origin) = (score[p], p as u32);
                    }
                }
                if starts(s) && before > reach {
                    (reach, origin) = (before, FROM_BEFORE);
                }
                if reach == none {
                    next[s] = none;
                    continue;
                }
                let p = match states[s] {
                    State::Blank { .. } => step.blank.max(FLOOR),
                    State::Char { ch, .. } => step.probability(ch),
                };
                next[s] = reach + p.ln() - best;
                from[s] = origin;
            }
            if let Some((end, ended)) = best_ended(&score)
                && ended > after
            {
                after = ended;
                after_from = Some((end, t));
            }
            after += skip_after;
            before += skip_before;
            back.push(from);
            std::mem::swap(&mut score, &mut next);
        }
        let (end, ended) = best_ended(&score)?;
        let (cost, mut state, end_step) = if ended >= after {
            (ended, end, self.steps.len())
        } else {
            let (state, step) = after_from?;
            (after, state, step)
        };
        if cost == none {
            return None;
        }
        // Walk back from the end, noting each slot's character.
        let mut chars = vec!['\0'; template.len()];
        for t in (0..end_step).rev() {
            if let State::Char { slot, ch } = states[state] {
                chars[slot] = ch;
            }
            match back[t][state] {
                FROM_BEFORE => break,
                origin => state = origin as usize,
            }
        }
        chars.iter().all(|&c| c != '\0').then(|| TemplateReading {
            text: chars.into_iter().collect(),
            cost,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::evidence_and_text;
    use super::Strays;

    const DIGITS: &[char] = &['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];

    fn date_template() -> Vec<&'static [char]> {
        let d = DIGITS;
        vec![d, d, d, d, &['年'], d, d, &['月'], d, d, &['日']]
    }

    /// Rows reading `text` one step per character, a blank between.
    fn rows(text: &str) -> Vec<(f32, Vec<(char, f32)>)> {
        text.chars()
            .flat_map(|c| [(0.05, vec![(c, 0.9), ('x', 0.03)]), (0.95, vec![])])
            .collect()
    }

    fn read(rows: &[(f32, Vec<(char, f32)>)], skip_after: f32) -> Option<(String, f32)> {
        let rows: Vec<(f32, &[(char, f32)])> =
            rows.iter().map(|(b, c)| (*b, c.as_slice())).collect();
        let (evidence, _) = evidence_and_text(&rows);
        evidence
            .read_template(&date_template(), Strays::with_after(skip_after))
            .map(|r| (r.text, r.cost))
    }

    #[test]
    fn a_date_read_whole_costs_nothing() {
        let (text, cost) = read(&rows("1986年04月11日"), 4.0).expect("a reading");
        assert_eq!(text, "1986年04月11日");
        assert!(cost.abs() < 1e-4, "{cost}");
    }

    #[test]
    fn a_repeated_digit_lost_to_the_blank_is_put_back() {
        // `1999` read `199`: the 9s' steps ran together, the blank between them second.
        let mut lost = rows("19");
        lost.extend([
            (0.05, vec![('9', 0.9)]),
            (0.4, vec![('9', 0.55)]),
            (0.05, vec![('9', 0.9)]),
            (0.95, vec![]),
        ]);
        lost.extend(rows("年02月21日"));
        let (text, cost) = read(&lost, 4.0).expect("a reading");
        assert_eq!(text, "1999年02月21日");
        assert!((cost - (0.4f32 / 0.55).ln()).abs() < 1e-4, "{cost}");
    }

    #[test]
    fn strays_around_the_date_cost_what_they_cost_elsewhere() {
        let line = rows("生年1986年04月11日了");
        let (text, free_after) = read(&line, 0.0).expect("a reading");
        assert_eq!(text, "1986年04月11日");
        assert!((free_after + 2.0).abs() < 1e-3, "{free_after}");
        let (text, cost) = read(&line, 4.0).expect("a reading");
        assert_eq!(text, "1986年04月11日");
        assert!(cost < free_after - 1.0, "{cost}");
    }

    #[test]
    fn a_line_without_the_shape_reads_only_at_great_cost() {
        let (_, cost) = read(&rows("東京都新宿区"), 4.0).expect("a reading");
        assert!(cost < -40.0, "{cost}");
    }

    #[test]
    fn never_panics_on_arbitrary_steps_and_templates() {
        let mut state = 0x9e37_79b9_7f4a_7c15u64;
        let mut next = move |n: usize| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state % n.max(1) as u64) as usize
        };
        let chars = ['1', '2', '9', '年', 'x'];
        let slots: [&[char]; 5] = [DIGITS, &['年'], &['1', '1'], &['x'], &[]];
        for _ in 0..400 {
            let rows: Vec<(f32, Vec<(char, f32)>)> = (0..next(40))
                .map(|_| {
                    let kept = (0..next(4))
                        .map(|_| (chars[next(chars.len())], next(1200) as f32 / 1000.0))
                        .collect();
                    (next(1000) as f32 / 1000.0, kept)
                })
                .collect();
            let rows: Vec<(f32, &[(char, f32)])> =
                rows.iter().map(|(b, c)| (*b, c.as_slice())).collect();
            let (evidence, _) = evidence_and_text(&rows);
            let template: Vec<&[char]> = (0..next(14)).map(|_| slots[next(slots.len())]).collect();
            let strays = Strays::with_after(next(5) as f32);
            if let Some(reading) = evidence.read_template(&template, strays) {
                assert_eq!(reading.text.chars().count(), template.len());
                assert!(reading.cost.is_finite());
            }
        }
    }

    #[test]
    fn an_empty_template_or_line_reads_nothing() {
        let (evidence, _) = evidence_and_text(&[]);
        assert_eq!(
            evidence.read_template(&date_template(), Strays::with_after(4.0)),
            None
        );
        let (evidence, _) = evidence_and_text(&[(0.1, &[('1', 0.9)][..])]);
        assert_eq!(evidence.read_template(&[], Strays::with_after(4.0)), None);
    }
}
