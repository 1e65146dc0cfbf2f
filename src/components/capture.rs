//! When to take the photo by itself: the camera's preview frames (small grey copies of the
//! framing guide's area) must stop moving and be sharp for a moment. Pure: no browser API, so it
//! is tested natively; the document step feeds it frames.

/// Mean absolute difference between grey levels of two frames below which the picture is still.
const STILL_BELOW: f64 = 3.5;
/// Mean absolute gradient above which print on a document is in focus (0–255 grey levels).
const SHARP_ABOVE: f64 = 5.0;
/// Consecutive still, sharp frames before the photo is taken (about 0.75 s at 4 frames/s).
const READY_AFTER: u32 = 3;

/// What the preview shows now.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FrameState {
    /// The picture is still changing: hold the document and the phone still.
    Moving,
    /// Still, but blurred or empty: bring it into focus (or closer).
    Blurred,
    /// Still and sharp, not yet long enough.
    Steady,
    /// Take the photo.
    Ready,
}

/// Judges the preview frame by frame.
#[derive(Debug, Default)]
pub struct CaptureJudge {
    previous: Option<Vec<u8>>,
    steady: u32,
}

/// Mean absolute difference of neighbouring pixels, across and down.
pub fn sharpness(grey: &[u8], width: usize) -> f64 {
    if width < 2 || grey.len() < width * 2 {
        return 0.0;
    }
    let height = grey.len() / width;
    let mut sum = 0u64;
    let mut count = 0u64;
    for y in 0..height - 1 {
        for x in 0..width - 1 {
            let here = i32::from(grey[y * width + x]);
            sum += here.abs_diff(i32::from(grey[y * width + x + 1])) as u64;
            sum += here.abs_diff(i32::from(grey[(y + 1) * width + x])) as u64;
            count += 2;
        }
    }
    sum as f64 / count.max(1) as f64
}

fn difference(a: &[u8], b: &[u8]) -> f64 {
    if a.len() != b.len() || a.is_empty() {
        return f64::INFINITY;
    }
    let sum: u64 = a
        .iter()
        .zip(b)
        .map(|(x, y)| u64::from(x.abs_diff(*y)))
        .sum();
    sum as f64 / a.len() as f64
}

impl CaptureJudge {
    /// The state after this frame (`grey`: one byte per pixel, rows of `width`).
    pub fn judge(&mut self, grey: &[u8], width: usize) -> FrameState {
        let still = self
            .previous
            .as_deref()
            .is_some_and(|previous| difference(previous, grey) < STILL_BELOW);
        self.previous = Some(grey.to_vec());
        let state = if !still {
            FrameState::Moving
        } else if sharpness(grey, width) <= SHARP_ABOVE {
            FrameState::Blurred
        } else {
            FrameState::Steady
        };
        if state == FrameState::Steady {
            self.steady += 1;
            if self.steady >= READY_AFTER {
                self.steady = 0;
                return FrameState::Ready;
            }
        } else {
            self.steady = 0;
        }
        state
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const W: usize = 48;
    const H: usize = 30;

    /// Dark text-like strokes on light paper, shifted by `offset` pixels.
    fn printed(offset: usize) -> Vec<u8> {
        (0..W * H)
            .map(|i| {
                let (x, y) = (i % W + offset, i / W);
                if y % 6 < 2 && x % 5 < 3 { 40 } else { 220 }
            })
            .collect()
    }

    #[test]
    fn a_still_sharp_document_is_taken_after_a_moment() {
        let mut judge = CaptureJudge::default();
        let frame = printed(0);
        assert_eq!(judge.judge(&frame, W), FrameState::Moving);
        assert_eq!(judge.judge(&frame, W), FrameState::Steady);
        assert_eq!(judge.judge(&frame, W), FrameState::Steady);
        assert_eq!(judge.judge(&frame, W), FrameState::Ready);
        // After taking it, it waits again rather than firing every frame.
        assert_eq!(judge.judge(&frame, W), FrameState::Steady);
    }

    #[test]
    fn movement_restarts_the_wait() {
        let mut judge = CaptureJudge::default();
        let (a, b) = (printed(0), printed(2));
        for frame in [&a, &a, &a] {
            judge.judge(frame, W);
        }
        assert_eq!(judge.judge(&b, W), FrameState::Moving);
        assert_eq!(judge.judge(&b, W), FrameState::Steady);
        assert_eq!(judge.judge(&b, W), FrameState::Steady);
        assert_eq!(judge.judge(&b, W), FrameState::Ready);
    }

    #[test]
    fn a_blurred_or_empty_picture_is_never_taken() {
        let mut judge = CaptureJudge::default();
        let flat = vec![128u8; W * H];
        for _ in 0..10 {
            assert_ne!(judge.judge(&flat, W), FrameState::Ready);
        }
        assert_eq!(judge.judge(&flat, W), FrameState::Blurred);
        // A soft gradient is blurred too.
        let soft: Vec<u8> = (0..W * H).map(|i| (i % W * 2) as u8).collect();
        let mut judge = CaptureJudge::default();
        for _ in 0..10 {
            assert_ne!(judge.judge(&soft, W), FrameState::Ready);
        }
    }

    #[test]
    fn odd_buffers_do_not_panic() {
        let mut judge = CaptureJudge::default();
        assert_eq!(judge.judge(&[], 0), FrameState::Moving);
        assert_eq!(judge.judge(&[1, 2, 3], 7), FrameState::Moving);
        assert_eq!(sharpness(&[1, 2, 3], 2), 0.0);
    }
}
