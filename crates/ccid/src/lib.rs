//! USB CCID, host side: what a PC/SC driver does, written against an abstract bulk pipe so the
//! same code runs over WebUSB in the browser and over simulated readers in native tests.
//!
//! - [`message`]: the 10-byte-header messages of CCID 1.1 §6, built and parsed without panics.
//! - [`descriptor`]: the CCID class descriptor (exchange level, maximum message length, slots).
//! - [`atr`]: Answer-To-Reset parsing, including PC/SC part 3 contactless ATRs.
//! - [`host`]: [`host::CcidReader`] (power on, status, APDU exchange with sequence numbers, time
//!   extensions, multi-packet reassembly and extended-APDU chaining), which implements
//!   [`madoguchi_zairyu::CardChannel`]. TPDU-level readers get the T=1 block protocol of [`t1`].
//!
//! - [`iso14443`]: Type B activation and the ISO/IEC 14443-4 block protocol over raw RF frames.
//! - [`presence`]: card present? (slot status, NotifySlotChange, Type B activation).
//! - [`sony`]: [`sony::Rcs300Channel`] (RC-S300 vendor interface, CCID-framed Escape) and
//!   [`sony::Rcs380Channel`] (RC-S380 Port-100), both [`madoguchi_zairyu::CardChannel`]s.
//!
//! Architecture Invariant: no browser or USB library here; transports implement [`BulkPipe`].

pub mod atr;
pub mod descriptor;
pub mod host;
pub mod iso14443;
pub mod link;
pub mod message;
pub mod presence;
pub mod sony;
pub mod t1;

pub use atr::{Atr, AtrError};
pub use descriptor::{CcidDescriptor, DescriptorError, ExchangeLevel};
pub use host::{BulkPipe, CcidError, CcidReader, PipeError, TransferStats};
pub use message::{CommandStatus, IccStatus, Reply, ReplyError, SlotError};
