//! What the block protocols ([`crate::t1`], [`crate::iso14443`]) need from the layer below: send
//! one block or frame, get one back, and learn whether a failure is worth a retransmission.

/// Why no usable block came back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LinkError<E> {
    /// The card did not answer in time (the block protocol asks again with an R-block).
    NoResponse,
    /// Something arrived but was damaged (parity/CRC reported by the reader).
    Corrupted,
    /// The transport itself failed (unplugged, card removed, protocol error of the reader):
    /// retransmitting cannot help.
    Fatal(E),
}

/// Failure of a block protocol over a link whose own errors are `E`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum BlockFailure<E, P> {
    /// The link failed for good.
    Link(E),
    /// The block protocol gave up (retries exhausted, protocol violation…).
    Protocol(P),
}
