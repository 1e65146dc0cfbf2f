//! The transport boundary: anything that carries APDUs to a card.
//!
//! API Boundary: the reader logic only sees [`CardChannel`]. A PC/SC reader, a WebUSB CCID
//! transport in the browser and the software card of `madoguchi-card-sim` all implement it.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use crate::apdu::Response;

/// Transport failures (not card status words: those come back inside [`Response`]).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, serde::Serialize)]
#[serde(tag = "kind", content = "detail", rename_all = "snake_case")]
pub enum ChannelError {
    /// The card left the field (or was never there).
    #[error("no card, or the card was moved away from the reader")]
    CardRemoved,
    /// The reader or card did not answer in time.
    #[error("the reader did not answer in time")]
    Timeout,
    /// The reader cannot carry extended-length APDUs.
    #[error("the reader does not support extended-length APDUs")]
    ExtendedNotSupported,
    /// The reader answered with bytes that are not a response APDU.
    #[error("malformed response from the reader: {0}")]
    Malformed(String),
    /// Anything else reported by the transport.
    #[error("reader error: {0}")]
    Transport(String),
}

/// Sends one command APDU and returns the card's response.
///
/// Implementations must not retry on their own: the spec (§3.5.1) requires restarting the whole
/// read sequence after an error. The future may be `!Send` (browser transports are).
#[allow(async_fn_in_trait)] // Used with concrete types; no Send bound wanted (wasm is single-threaded).
pub trait CardChannel {
    /// Transmits `apdu` (header, Lc, data, Le as bytes) and returns the response.
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError>;
}

impl<C: CardChannel + ?Sized> CardChannel for &mut C {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        (**self).transmit(apdu).await
    }
}

/// Runs a future to completion on the current thread by polling it in a loop.
///
/// Meant for channels that complete synchronously (the simulator, PC/SC wrappers) in native
/// tools and tests. Browser code awaits the futures on its own executor instead.
pub fn block_on<F: Future>(future: F) -> F::Output {
    let mut future = pin!(future);
    let mut cx = Context::from_waker(Waker::noop());
    loop {
        if let Poll::Ready(out) = future.as_mut().poll(&mut cx) {
            return out;
        }
        std::thread::yield_now();
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;

    struct Echo(usize);

    impl CardChannel for Echo {
        async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
            self.0 += 1;
            if apdu.is_empty() {
                return Err(ChannelError::CardRemoved);
            }
            Ok(Response::new(apdu.to_vec(), 0x9000))
        }
    }

    #[test]
    fn block_on_drives_a_synchronous_channel_through_a_reference() {
        let mut echo = Echo(0);
        let by_ref = &mut echo;
        let r = block_on(by_ref.transmit(&[1, 2, 3])).unwrap();
        assert_eq!(r.data, [1, 2, 3]);
        assert_eq!(
            block_on(by_ref.transmit(&[])),
            Err(ChannelError::CardRemoved)
        );
        assert_eq!(echo.0, 2);
    }
}
