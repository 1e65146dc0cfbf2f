//! Simulated USB smart-card readers for tests and benchmarks (no hardware here).
//!
//! [`ccid::CcidReaderSim`] behaves like a one-slot contactless CCID reader at USB level: it takes
//! bulk OUT transfers, answers on bulk IN in 64-byte packets, reports card insertion and removal
//! on its interrupt endpoint, and can inject time extensions, stale replies and card removal.
//! Its TPDU-level model ([`ccid::ReaderModel::SCM_SCL011`]) puts a card-side T=1 engine
//! ([`t1card`]) in front of the card, with corrupted EDCs, silent blocks and S(WTX) storms.
//! [`stdio`] serves a reader as JSON lines so the Playwright harness can plug it into its fake
//! `navigator.usb`.

pub mod ccid;
pub mod sony;
pub mod stdio;
pub mod t1card;

/// A simulated USB device as the stdio server drives it.
pub trait SimDevice {
    /// The device for the fake `navigator.usb` (see [`stdio`]).
    fn describe(&self) -> serde_json::Value;
    /// What GET_DESCRIPTOR(CONFIGURATION) returns.
    fn configuration_descriptor(&self) -> Vec<u8>;
    fn bulk_out(&mut self, endpoint: u8, data: &[u8]);
    /// `None` while the device has nothing to send (NAK).
    fn bulk_in(&mut self, endpoint: u8, max_len: usize) -> Option<Vec<u8>>;
    fn interrupt_in(&mut self) -> Option<Vec<u8>>;
    fn remove_card(&mut self);
    fn reinsert_card(&mut self);
    fn apdu_count(&self) -> u32;
    /// PC/SC view of the reader (Web Smart Card API harness): power on and return the ATR;
    /// `None` without a card, or for readers the harness only offers over USB.
    fn pcsc_connect(&mut self) -> Option<Vec<u8>> {
        None
    }
    /// PC/SC `SCardGetStatusChange`: whether a card is in the reader.
    fn pcsc_present(&self) -> bool {
        false
    }
    /// PC/SC `SCardTransmit`; `None` when no card answers.
    fn pcsc_transmit(&mut self, _apdu: &[u8]) -> Option<Vec<u8>> {
        None
    }
}

/// A card in the reader's field.
pub trait ApduCard {
    /// The card was (re)activated: volatile state is lost.
    fn reset(&mut self);
    /// Processes one command APDU; returns response data and status word.
    fn process(&mut self, apdu: &[u8]) -> Vec<u8>;
}

impl<R: madoguchi_zairyu::rand_core::RngCore> ApduCard for madoguchi_card_sim::SimCard<R> {
    fn reset(&mut self) {
        madoguchi_card_sim::SimCard::reset(self);
    }
    fn process(&mut self, apdu: &[u8]) -> Vec<u8> {
        madoguchi_card_sim::SimCard::process(self, apdu).to_bytes()
    }
}

/// A bulk endpoint pair of a simulated device, for host code running natively against it.
pub struct DevicePipe<'a> {
    pub device: &'a mut dyn SimDevice,
    pub bulk_out: u8,
    pub bulk_in: u8,
}

impl madoguchi_ccid::BulkPipe for DevicePipe<'_> {
    async fn send(&mut self, data: &[u8]) -> Result<(), madoguchi_ccid::PipeError> {
        self.device.bulk_out(self.bulk_out, data);
        Ok(())
    }
    async fn receive(&mut self, max_len: usize) -> Result<Vec<u8>, madoguchi_ccid::PipeError> {
        Ok(self
            .device
            .bulk_in(self.bulk_in, max_len)
            .unwrap_or_default())
    }
}

/// Lower-case hex, for the JSON-lines protocol.
pub fn to_hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// Parses hex; `None` on odd length or a non-hex digit.
pub fn from_hex(text: &str) -> Option<Vec<u8>> {
    if !text.len().is_multiple_of(2) {
        return None;
    }
    (0..text.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(text.get(i..i + 2)?, 16).ok())
        .collect()
}
