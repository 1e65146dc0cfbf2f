//! A software Residence Card / Special Permanent Resident Certificate chip.
//!
//! - [`SimCard`] answers APDUs exactly per spec for both generations (random challenges, session
//!   keys, secure messaging, the status words of spec §4.1.8), built from a [`CardDump`] folder.
//! - [`SimChannel`] plugs it into [`madoguchi_zairyu::read_card`].
//! - [`framing`] is the stdio protocol of the `serve-stdio` binary used by the Node test harness.
//! - [`generate`] builds a test PKI (never the ISA's) and signed dumps for every verdict.

pub mod card;
pub mod dump;
pub mod framing;
pub mod generate;
pub mod images;
pub mod report;

pub use card::{SimCard, SimChannel};
pub use dump::{CardDump, DumpError};
