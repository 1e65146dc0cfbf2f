//! The recognisers' depthwise convolutions run through the patched rten in `vendor/rten`
//! (vendor/README.md): its unit-stride path keeps blocks of outputs in registers and handles
//! each row's edges apart. These tests hold it to a direct convolution, bit for bit, over widths
//! below, at and above its block size, kernel sizes 1 to 5, uneven padding, dilation, vertical
//! stride and a bias.

use rten::BufferPool;
use rten::ops::conv;
use rten_tensor::prelude::*;
use rten_tensor::{NdTensor, Tensor};

/// A small deterministic generator (xorshift), so failures reproduce.
struct Numbers(u32);

impl Numbers {
    fn next(&mut self) -> f32 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 17;
        self.0 ^= self.0 << 5;
        (self.0 % 2001) as f32 / 1000.0 - 1.0
    }

    fn tensor(&mut self, shape: &[usize]) -> Tensor<f32> {
        let len = shape.iter().product();
        Tensor::from_data(shape, (0..len).map(|_| self.next()).collect::<Vec<_>>())
    }
}

struct Case {
    pads: [usize; 4],
    stride_h: usize,
    dilations: [usize; 2],
}

/// Bias first, then the taps row by row, column by column: the order rten sums them in.
fn direct_depthwise(
    input: &Tensor<f32>,
    kernel: &Tensor<f32>,
    bias: &[f32],
    case: &Case,
) -> Tensor<f32> {
    let [batch, chans, in_h, in_w]: [usize; 4] = input.shape().try_into().expect("NCHW input");
    let [_, _, k_h, k_w]: [usize; 4] = kernel.shape().try_into().expect("OCHW kernel");
    let [top, left, bottom, right] = case.pads;
    let [dil_y, dil_x] = case.dilations;
    let out_h = (in_h + top + bottom - (k_h - 1) * dil_y - 1) / case.stride_h + 1;
    let out_w = in_w + left + right - (k_w - 1) * dil_x;
    let mut out = Tensor::zeros(&[batch, chans, out_h, out_w]);
    for n in 0..batch {
        for c in 0..chans {
            for y in 0..out_h {
                for x in 0..out_w {
                    let mut sum = bias[c];
                    for ky in 0..k_h {
                        for kx in 0..k_w {
                            let iy = (y * case.stride_h + ky * dil_y) as isize - top as isize;
                            let ix = (x + kx * dil_x) as isize - left as isize;
                            if iy < 0 || ix < 0 || iy >= in_h as isize || ix >= in_w as isize {
                                continue;
                            }
                            sum += input[[n, c, iy as usize, ix as usize]] * kernel[[c, 0, ky, kx]];
                        }
                    }
                    out[[n, c, y, x]] = sum;
                }
            }
        }
    }
    out
}

#[test]
fn unit_stride_depthwise_matches_a_direct_convolution() {
    let mut numbers = Numbers(0x5eed);
    let pool = BufferPool::new();
    let chans = 3;
    let bias = [0.25, -0.5, 1.0];
    let mut checked = 0;
    for (k_h, k_w) in [(1, 1), (3, 3), (5, 5), (1, 5), (3, 1)] {
        let kernel = numbers.tensor(&[chans, 1, k_h, k_w]);
        for in_w in [1, 5, 7, 8, 9, 16, 17, 26, 40, 67] {
            let cases = [
                Case {
                    pads: [0, 0, 0, 0],
                    stride_h: 1,
                    dilations: [1, 1],
                },
                Case {
                    pads: [k_h / 2, k_w / 2, k_h / 2, k_w / 2],
                    stride_h: 1,
                    dilations: [1, 1],
                },
                Case {
                    pads: [0, k_w - 1, 1, 0],
                    stride_h: 2,
                    dilations: [1, 1],
                },
                Case {
                    pads: [1, 2, 1, 2],
                    stride_h: 1,
                    dilations: [1, 2],
                },
            ];
            for case in cases {
                let in_h = 6;
                let padded_w = in_w + case.pads[1] + case.pads[3];
                let padded_h = in_h + case.pads[0] + case.pads[2];
                if padded_w < (k_w - 1) * case.dilations[1] + 1
                    || padded_h < (k_h - 1) * case.dilations[0] + 1
                {
                    continue;
                }
                let input = numbers.tensor(&[2, chans, in_h, in_w]);
                let bias_tensor = NdTensor::from(bias);
                let result = conv(
                    &pool,
                    input.view(),
                    kernel.view(),
                    Some(bias_tensor.view()),
                    case.pads.into(),
                    chans,
                    &[case.stride_h, 1],
                    &case.dilations,
                )
                .expect("depthwise conv runs");
                let expected = direct_depthwise(&input, &kernel, &bias, &case);
                assert_eq!(
                    result.shape(),
                    expected.shape(),
                    "kernel {k_h}×{k_w}, width {in_w}, pads {:?}",
                    case.pads
                );
                let same = result
                    .iter()
                    .zip(expected.iter())
                    .all(|(a, b)| a.to_bits() == b.to_bits());
                assert!(
                    same,
                    "kernel {k_h}×{k_w}, width {in_w}, pads {:?}, dilations {:?}",
                    case.pads, case.dilations
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 150, "only {checked} cases ran");
}
