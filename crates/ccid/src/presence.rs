//! Is a card on the reader? Lets the app wait for the card ("place the card on the reader")
//! instead of failing the read when the user connects the reader first.
//!
//! - CCID readers: `PC_to_RDR_GetSlotStatus`, and `RDR_to_PC_NotifySlotChange` on the interrupt
//!   endpoint to learn about insertion without polling ([`slot_change`]).
//! - Sony readers: no card event exists; a Type B activation attempt is the presence test, and
//!   a successful one leaves the card activated for the read.

use madoguchi_zairyu::ChannelError;

use crate::host::{BulkPipe, CcidReader};
use crate::iso14443::IsoDepError;
use crate::message::{IccStatus, RDR_TO_PC_NOTIFY_SLOT_CHANGE};
use crate::sony::{Rcs300Channel, Rcs380Channel, SonyError};

/// Whether a card is in the reader (slot or RF field) right now.
#[allow(async_fn_in_trait)] // Browser pipes are !Send; no Send bound wanted.
pub trait CardPresence {
    async fn card_present(&mut self) -> Result<bool, ChannelError>;
}

/// One slot's state in a `RDR_to_PC_NotifySlotChange` message (CCID §6.3.1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SlotChange {
    pub present: bool,
    /// The state changed since the last notification.
    pub changed: bool,
}

/// Reads `slot`'s state from an interrupt-IN message; `None` for other messages or a message too
/// short to hold that slot (readers may send other interrupt messages, e.g. hardware errors).
pub fn slot_change(message: &[u8], slot: u8) -> Option<SlotChange> {
    if message.first() != Some(&RDR_TO_PC_NOTIFY_SLOT_CHANGE) {
        return None;
    }
    // Two bits per slot, four slots per byte, slot 0 in the low bits of the second byte.
    let byte = message.get(1 + usize::from(slot / 4))?;
    let bits = byte >> ((slot % 4) * 2);
    Some(SlotChange {
        present: bits & 0b01 != 0,
        changed: bits & 0b10 != 0,
    })
}

impl<P: BulkPipe> CardPresence for CcidReader<P> {
    async fn card_present(&mut self) -> Result<bool, ChannelError> {
        Ok(self.slot_status().await? != IccStatus::Absent)
    }
}

/// A failed activation because nothing answered means "no card"; anything else is an error.
fn activation_outcome(outcome: Result<Vec<u8>, SonyError>) -> Result<bool, ChannelError> {
    match outcome {
        Ok(_) => Ok(true),
        Err(SonyError::IsoDep(IsoDepError::NoCard)) => Ok(false),
        Err(other) => Err(other.into()),
    }
}

impl<P: BulkPipe> CardPresence for Rcs300Channel<P> {
    async fn card_present(&mut self) -> Result<bool, ChannelError> {
        activation_outcome(self.connect().await)
    }
}

impl<P: BulkPipe> CardPresence for Rcs380Channel<P> {
    async fn card_present(&mut self) -> Result<bool, ChannelError> {
        activation_outcome(self.connect().await)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slot_zero_inserted_and_removed() {
        assert_eq!(
            slot_change(&[0x50, 0b11], 0),
            Some(SlotChange {
                present: true,
                changed: true
            })
        );
        assert_eq!(
            slot_change(&[0x50, 0b10], 0),
            Some(SlotChange {
                present: false,
                changed: true
            })
        );
    }

    #[test]
    fn later_slots_use_their_own_bits_and_bytes() {
        // Slot 1 present (bits 2–3 = 01), slot 5 present and changed (byte 2, bits 2–3 = 11).
        let message = [0x50, 0b0000_0100, 0b0000_1100];
        assert_eq!(
            slot_change(&message, 1),
            Some(SlotChange {
                present: true,
                changed: false
            })
        );
        assert_eq!(
            slot_change(&message, 5),
            Some(SlotChange {
                present: true,
                changed: true
            })
        );
        assert_eq!(slot_change(&message, 8), None);
    }

    #[test]
    fn other_or_empty_messages_are_not_slot_changes() {
        assert_eq!(slot_change(&[], 0), None);
        assert_eq!(slot_change(&[0x50], 0), None);
        // RDR_to_PC_HardwareError.
        assert_eq!(slot_change(&[0x51, 0, 0, 1], 0), None);
    }
}
