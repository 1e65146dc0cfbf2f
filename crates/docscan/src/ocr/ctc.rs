//! Greedy CTC decoding of the recogniser's per-step class probabilities.

use crate::text::RecognizedText;

/// Decodes `[steps × classes]` probabilities (class 0 is the blank): the most probable allowed
/// class per step, repeats merged, blanks dropped. A character's confidence is the highest
/// probability over the steps that produced it. `allowed[c]` false excludes class `c`.
pub fn decode(
    probabilities: &[f32],
    classes: usize,
    labels: &[String],
    allowed: Option<&[bool]>,
) -> RecognizedText {
    let mut text = String::new();
    let mut confidences = Vec::new();
    let mut previous = 0usize;
    if classes == 0 {
        return RecognizedText::default();
    }
    for step in probabilities.chunks_exact(classes) {
        let (class, p) = step
            .iter()
            .enumerate()
            .filter(|(c, _)| *c == 0 || allowed.is_none_or(|a| a.get(*c).copied().unwrap_or(false)))
            .fold(
                (0, f32::MIN),
                |best, (c, &p)| if p > best.1 { (c, p) } else { best },
            );
        if class != 0 && class == previous {
            if let Some(last) = confidences.last_mut() {
                let last: &mut f32 = last;
                *last = last.max(p);
            }
        } else if class != 0 {
            let label = labels.get(class).map_or("", String::as_str);
            for ch in label.chars() {
                text.push(ch);
                confidences.push(p);
            }
        }
        previous = class;
    }
    RecognizedText { text, confidences }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merges_repeats_and_drops_blanks() {
        let labels: Vec<String> = ["", "A", "<"].iter().map(|s| s.to_string()).collect();
        // Steps: A A blank < blank < → "A<<"
        let p = [
            0.1, 0.8, 0.1, //
            0.2, 0.7, 0.1, //
            0.9, 0.05, 0.05, //
            0.1, 0.1, 0.8, //
            0.6, 0.1, 0.3, //
            0.1, 0.2, 0.7,
        ];
        let out = decode(&p, 3, &labels, None);
        assert_eq!(out.text, "A<<");
        assert_eq!(out.confidences, vec![0.8, 0.8, 0.7]);
        // Without `<` allowed, the next best class wins those steps: blank, then A again.
        let out = decode(&p, 3, &labels, Some(&[true, true, false]));
        assert_eq!(out.text, "AA");
        assert!(decode(&[], 0, &labels, None).text.is_empty());
    }
}
