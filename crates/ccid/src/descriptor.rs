//! The CCID class descriptor (USB CCID 1.1 §5.1, 54 bytes, type 0x21) and the reader interface it
//! belongs to, found in a raw configuration descriptor. WebUSB's object model does not expose
//! class descriptors, so the browser adapter reads the configuration descriptor with a standard
//! GET_DESCRIPTOR control transfer and hands the bytes here.

const CCID_DESCRIPTOR_TYPE: u8 = 0x21;
const CCID_DESCRIPTOR_LEN: usize = 54;
const INTERFACE_DESCRIPTOR_TYPE: u8 = 0x04;
const ENDPOINT_DESCRIPTOR_TYPE: u8 = 0x05;

/// How the reader exchanges data with the card (`dwFeatures` bits 16–18).
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
pub enum ExchangeLevel {
    Character,
    /// The host runs T=0/T=1 itself.
    Tpdu,
    ShortApdu,
    ShortAndExtendedApdu,
}

/// The fields of the class descriptor the host needs.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct CcidDescriptor {
    pub interface_number: u8,
    pub interface_class: u8,
    pub bcd_ccid: u16,
    pub max_slot_index: u8,
    pub protocols: u32,
    pub max_ifsd: u32,
    pub features: u32,
    pub max_message_length: u32,
    pub exchange_level: ExchangeLevel,
    pub bulk_in: Option<u8>,
    pub bulk_out: Option<u8>,
    pub interrupt_in: Option<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum DescriptorError {
    #[error("no CCID interface in the configuration descriptor")]
    NoCcidInterface,
    #[error("malformed descriptor at byte {0}")]
    Malformed(usize),
}

fn u32_at(bytes: &[u8], offset: usize) -> u32 {
    bytes
        .get(offset..offset + 4)
        .and_then(|b| b.try_into().ok())
        .map(u32::from_le_bytes)
        .unwrap_or(0)
}

impl CcidDescriptor {
    /// Finds the first CCID interface (class 0x0B, or vendor class 0xFF carrying a CCID class
    /// descriptor, as several readers do) in a configuration descriptor and its endpoints.
    pub fn find(configuration: &[u8]) -> Result<CcidDescriptor, DescriptorError> {
        let mut offset = 0;
        let mut current_interface: Option<(u8, u8)> = None;
        let mut found: Option<CcidDescriptor> = None;
        while offset < configuration.len() {
            let length = usize::from(configuration[offset]);
            if length < 2 || offset + length > configuration.len() {
                return Err(DescriptorError::Malformed(offset));
            }
            let descriptor = &configuration[offset..offset + length];
            match descriptor[1] {
                INTERFACE_DESCRIPTOR_TYPE if length >= 9 => {
                    if found.is_some() {
                        break;
                    }
                    current_interface = Some((descriptor[2], descriptor[5]));
                }
                CCID_DESCRIPTOR_TYPE if length == CCID_DESCRIPTOR_LEN && found.is_none() => {
                    if let Some((number, class)) = current_interface
                        && (class == 0x0B || class == 0xFF)
                    {
                        found = Some(Self::from_class_descriptor(number, class, descriptor));
                    }
                }
                ENDPOINT_DESCRIPTOR_TYPE if length >= 7 => {
                    if let Some(ccid) = found.as_mut() {
                        let address = descriptor[2];
                        let is_in = address & 0x80 != 0;
                        let number = address & 0x0F;
                        match (descriptor[3] & 0x03, is_in) {
                            (2, true) => ccid.bulk_in = Some(number),
                            (2, false) => ccid.bulk_out = Some(number),
                            (3, true) => ccid.interrupt_in = Some(number),
                            _ => {}
                        }
                    }
                }
                _ => {}
            }
            offset += length;
        }
        found.ok_or(DescriptorError::NoCcidInterface)
    }

    fn from_class_descriptor(
        interface_number: u8,
        interface_class: u8,
        d: &[u8],
    ) -> CcidDescriptor {
        let features = u32_at(d, 40);
        let exchange_level = if features & 0x0004_0000 != 0 {
            ExchangeLevel::ShortAndExtendedApdu
        } else if features & 0x0002_0000 != 0 {
            ExchangeLevel::ShortApdu
        } else if features & 0x0001_0000 != 0 {
            ExchangeLevel::Tpdu
        } else {
            ExchangeLevel::Character
        };
        CcidDescriptor {
            interface_number,
            interface_class,
            bcd_ccid: u16::from_le_bytes([d[2], d[3]]),
            max_slot_index: d[4],
            protocols: u32_at(d, 6),
            max_ifsd: u32_at(d, 28),
            features,
            max_message_length: u32_at(d, 44),
            exchange_level,
            bulk_in: None,
            bulk_out: None,
            interrupt_in: None,
        }
    }

    /// Builds the 54-byte class descriptor (reader simulators describe themselves with it).
    pub fn class_descriptor_bytes(
        features: u32,
        max_message_length: u32,
        max_ifsd: u32,
    ) -> [u8; 54] {
        let mut d = [0u8; CCID_DESCRIPTOR_LEN];
        d[0] = 54;
        d[1] = CCID_DESCRIPTOR_TYPE;
        d[2..4].copy_from_slice(&0x0110u16.to_le_bytes());
        d[5] = 0x07; // 5 V, 3 V, 1.8 V
        d[6..10].copy_from_slice(&0x0000_0002u32.to_le_bytes()); // T=1
        d[10..14].copy_from_slice(&4000u32.to_le_bytes());
        d[14..18].copy_from_slice(&4000u32.to_le_bytes());
        d[19..23].copy_from_slice(&10752u32.to_le_bytes());
        d[23..27].copy_from_slice(&10752u32.to_le_bytes());
        d[28..32].copy_from_slice(&max_ifsd.to_le_bytes());
        d[40..44].copy_from_slice(&features.to_le_bytes());
        d[44..48].copy_from_slice(&max_message_length.to_le_bytes());
        d[48] = 0xFF;
        d[49] = 0xFF;
        d[53] = 1;
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Configuration descriptor of a Sony RC-S300-like reader: CCID interface 0 (class 0x0B)
    /// with its class descriptor, bulk OUT 0x01, bulk IN 0x81, interrupt IN 0x83.
    fn rcs300_like(class: u8) -> Vec<u8> {
        let mut out = vec![9, 2, 0, 0, 1, 1, 0, 0x80, 50];
        out.extend_from_slice(&[9, 4, 0, 0, 3, class, 0, 0, 0]);
        out.extend_from_slice(&CcidDescriptor::class_descriptor_bytes(
            0x0004_007E,
            522,
            254,
        ));
        out.extend_from_slice(&[7, 5, 0x01, 2, 64, 0, 0]);
        out.extend_from_slice(&[7, 5, 0x81, 2, 64, 0, 0]);
        out.extend_from_slice(&[7, 5, 0x83, 3, 8, 0, 16]);
        let total = u16::try_from(out.len()).unwrap_or(u16::MAX).to_le_bytes();
        out[2] = total[0];
        out[3] = total[1];
        out
    }

    #[test]
    fn finds_interface_descriptor_and_endpoints() {
        let ccid = CcidDescriptor::find(&rcs300_like(0x0B)).expect("ccid");
        assert_eq!(ccid.interface_number, 0);
        assert_eq!(ccid.bcd_ccid, 0x0110);
        assert_eq!(ccid.exchange_level, ExchangeLevel::ShortAndExtendedApdu);
        assert_eq!(ccid.max_message_length, 522);
        assert_eq!(ccid.max_ifsd, 254);
        assert_eq!(
            (ccid.bulk_out, ccid.bulk_in, ccid.interrupt_in),
            (Some(1), Some(1), Some(3))
        );
        let vendor = CcidDescriptor::find(&rcs300_like(0xFF)).expect("vendor-class ccid");
        assert_eq!(vendor.interface_class, 0xFF);
    }

    #[test]
    fn exchange_levels_from_features() {
        let level = |features| {
            CcidDescriptor::from_class_descriptor(
                0,
                0x0B,
                &CcidDescriptor::class_descriptor_bytes(features, 271, 254),
            )
            .exchange_level
        };
        assert_eq!(level(0x0001_0000), ExchangeLevel::Tpdu);
        assert_eq!(level(0x0002_0000), ExchangeLevel::ShortApdu);
        assert_eq!(level(0x0004_0000), ExchangeLevel::ShortAndExtendedApdu);
        assert_eq!(level(0), ExchangeLevel::Character);
    }

    #[test]
    fn malformed_or_foreign_descriptors_are_errors() {
        assert_eq!(
            CcidDescriptor::find(&[]),
            Err(DescriptorError::NoCcidInterface)
        );
        assert_eq!(
            CcidDescriptor::find(&[9, 2, 0]),
            Err(DescriptorError::Malformed(0))
        );
        assert_eq!(
            CcidDescriptor::find(&[0, 0]),
            Err(DescriptorError::Malformed(0))
        );
        let mut hid = rcs300_like(0x03);
        assert_eq!(
            CcidDescriptor::find(&hid),
            Err(DescriptorError::NoCcidInterface)
        );
        hid.truncate(20);
        assert!(CcidDescriptor::find(&hid).is_err());
        // Every truncation of a valid descriptor is handled without panicking.
        let full = rcs300_like(0x0B);
        for end in 0..full.len() {
            let _ = CcidDescriptor::find(&full[..end]);
        }
    }
}
