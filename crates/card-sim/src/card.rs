//! The card side of the protocol (spec §4, Appendix 1), for both generations, answering with the
//! status words of spec §4.1.8.

use madoguchi_zairyu::apdu::{
    CLA_PLAIN, CLA_SM, CommandApdu, INS_GET_CHALLENGE, INS_MUTUAL_AUTHENTICATE, INS_READ_BINARY,
    INS_SELECT, INS_VERIFY, Response, StatusWord,
};
use madoguchi_zairyu::crypto::{self, Suite};
use madoguchi_zairyu::layout::{CardType, Df, EfId, EfSpec};
use madoguchi_zairyu::rand_core::RngCore;
use madoguchi_zairyu::{CardChannel, ChannelError};

use crate::dump::CardDump;

/// Session state; cleared when the card leaves the field.
#[derive(Clone, Debug, Default)]
struct State {
    current_df: Option<Df>,
    current_ef: Option<EfId>,
    challenge: Option<[u8; 8]>,
    session_key: Option<[u8; 16]>,
    verified: bool,
}

/// A software Residence Card built from a [`CardDump`].
pub struct SimCard<R> {
    dump: CardDump,
    card_type: CardType,
    rng: R,
    state: State,
}

fn sw(status: StatusWord) -> Response {
    Response::status(status.to_u16())
}

impl<R: RngCore> SimCard<R> {
    /// A card holding `dump`, drawing its challenges and K.ICC from `rng`. The card type (and so
    /// the generation, layout and cipher suite) comes from the dump's MF/EF02; a dump without a
    /// readable card type behaves as a 1st-generation residence card.
    pub fn new(dump: CardDump, rng: R) -> Self {
        let card_type = dump
            .files
            .get(madoguchi_zairyu::layout::MF_EF02)
            .and_then(|ef| CardType::from_ef(ef).ok())
            .unwrap_or(CardType::RESIDENCE_1);
        Self {
            dump,
            card_type,
            rng,
            state: State {
                current_df: Some(Df::Mf),
                ..State::default()
            },
        }
    }

    /// Deactivation and reactivation: the session key and authentication are lost, MF is current.
    pub fn reset(&mut self) {
        self.state = State {
            current_df: Some(Df::Mf),
            ..State::default()
        };
    }

    fn suite(&self) -> Suite {
        self.card_type.generation.suite()
    }

    /// Processes one command APDU.
    pub fn process(&mut self, bytes: &[u8]) -> Response {
        let apdu = match CommandApdu::parse(bytes) {
            Ok(apdu) => apdu,
            Err(_) => return sw(StatusWord::WrongLength),
        };
        if apdu.cla != CLA_PLAIN && apdu.cla != CLA_SM {
            return sw(StatusWord::ClaNotSupported);
        }
        match apdu.ins {
            INS_SELECT => self.select(&apdu),
            INS_GET_CHALLENGE => self.get_challenge(&apdu),
            INS_MUTUAL_AUTHENTICATE => self.mutual_authenticate(&apdu),
            INS_VERIFY => self.verify(&apdu),
            INS_READ_BINARY => self.read_binary(&apdu),
            _ => sw(StatusWord::InsNotSupported),
        }
    }

    fn select(&mut self, apdu: &CommandApdu) -> Response {
        if apdu.cla != CLA_PLAIN {
            return sw(StatusWord::SecureMessagingNotSupported);
        }
        let df = match (apdu.p1, apdu.p2) {
            (0x00, 0x00) if apdu.data == [0x3F, 0x00] => Df::Mf,
            (0x00, 0x00) => return sw(StatusWord::FileNotFound),
            (0x04, 0x0C | 0x00) => match Df::from_aid(&apdu.data) {
                Some(df) if apdu.data.len() == 16 => df,
                _ => return sw(StatusWord::FileNotFound),
            },
            _ => return sw(StatusWord::WrongP1P2),
        };
        if df != Df::Mf && !self.card_type.layout().iter().any(|e| e.id.df == df) {
            return sw(StatusWord::FileNotFound);
        }
        self.state.current_df = Some(df);
        self.state.current_ef = None;
        sw(StatusWord::Ok)
    }

    fn get_challenge(&mut self, apdu: &CommandApdu) -> Response {
        if apdu.cla != CLA_PLAIN {
            return sw(StatusWord::SecureMessagingNotSupported);
        }
        if (apdu.p1, apdu.p2) != (0, 0) {
            return sw(StatusWord::WrongP1P2);
        }
        if !apdu.data.is_empty() || apdu.le != Some(8) {
            return sw(StatusWord::WrongLength);
        }
        let mut challenge = [0u8; 8];
        self.rng.fill_bytes(&mut challenge);
        self.state.challenge = Some(challenge);
        Response::new(challenge.to_vec(), 0x9000)
    }

    fn mutual_authenticate(&mut self, apdu: &CommandApdu) -> Response {
        if apdu.cla != CLA_PLAIN {
            return sw(StatusWord::SecureMessagingNotSupported);
        }
        if (apdu.p1, apdu.p2) != (0, 0) {
            return sw(StatusWord::WrongP1P2);
        }
        if apdu.data.len() != crypto::AUTH_DATA_LEN {
            return sw(StatusWord::WrongLength);
        }
        // A challenge is good for one MUTUAL AUTHENTICATE only (spec §4.2.4(2)).
        let Some(rnd_icc) = self.state.challenge.take() else {
            return sw(StatusWord::ConditionsNotSatisfied);
        };
        self.state.session_key = None;
        self.state.verified = false;
        let key = crypto::derive_access_key(&self.dump.card_number);
        let Ok((rnd_ifd, k_ifd)) =
            crypto::card_open_terminal_request(self.suite(), &key, &apdu.data, &rnd_icc)
        else {
            return sw(StatusWord::VerificationFailed);
        };
        let mut k_icc = [0u8; 16];
        self.rng.fill_bytes(&mut k_icc);
        self.state.session_key = Some(crypto::derive_session_key(&k_ifd, &k_icc));
        let data = crypto::card_auth_data(self.suite(), &key, &rnd_icc, &rnd_ifd, &k_icc);
        Response::new(data.to_vec(), 0x9000)
    }

    fn verify(&mut self, apdu: &CommandApdu) -> Response {
        if apdu.cla != CLA_SM {
            return sw(StatusWord::SecurityStatusNotSatisfied);
        }
        if (apdu.p1, apdu.p2) != (0x00, 0x86) {
            return sw(StatusWord::WrongP1P2);
        }
        let Some(key) = self.state.session_key else {
            return sw(StatusWord::SecurityStatusNotSatisfied);
        };
        if apdu.data.is_empty() {
            return sw(StatusWord::SmDataObjectsMissing);
        }
        let [0x86, 0x11, 0x01, cipher @ ..] = apdu.data.as_slice() else {
            return sw(StatusWord::SmDataObjectsIncorrect);
        };
        let Ok(plain) = self.suite().decrypt_padded(&key, cipher) else {
            return sw(StatusWord::SmDataObjectsIncorrect);
        };
        // The auth state follows every VERIFY result; there is no retry counter (§4.2.2).
        self.state.verified = plain.as_slice() == self.dump.card_number.as_bytes();
        if self.state.verified {
            sw(StatusWord::Ok)
        } else {
            sw(StatusWord::VerificationFailed)
        }
    }

    fn read_binary(&mut self, apdu: &CommandApdu) -> Response {
        let Some(df) = self.state.current_df else {
            return sw(StatusWord::SelectionFailed);
        };
        let (spec, offset): (&EfSpec, usize) = if apdu.p1 & 0x80 != 0 {
            if apdu.p1 & 0x60 != 0 {
                return sw(StatusWord::WrongP1P2);
            }
            match self
                .card_type
                .layout()
                .iter()
                .find(|e| e.id.df == df && e.p1 == apdu.p1)
            {
                Some(spec) => (spec, usize::from(apdu.p2)),
                None => return sw(StatusWord::FileNotFound),
            }
        } else {
            let Some(spec) = self.state.current_ef.and_then(|id| self.card_type.ef(id)) else {
                return sw(StatusWord::NoCurrentEf);
            };
            (spec, usize::from(u16::from_be_bytes([apdu.p1, apdu.p2])))
        };
        let Some(content) = self.dump.files.get(spec.id) else {
            return sw(StatusWord::FileNotFound);
        };
        if !spec.free && !self.state.verified {
            return sw(StatusWord::SecurityStatusNotSatisfied);
        }
        let sm = apdu.cla == CLA_SM;
        if spec.secure_messaging && !sm {
            return sw(StatusWord::SecurityStatusNotSatisfied);
        }
        let Some(outer_le) = apdu.le else {
            return sw(StatusWord::WrongLength);
        };
        let wanted = if sm {
            let Some(key) = self.state.session_key else {
                return sw(StatusWord::SecurityStatusNotSatisfied);
            };
            let [0x96, 0x02, hi, lo] = apdu.data.as_slice() else {
                return sw(if apdu.data.is_empty() {
                    StatusWord::SmDataObjectsMissing
                } else {
                    StatusWord::SmDataObjectsIncorrect
                });
            };
            let le = usize::from(u16::from_be_bytes([*hi, *lo]));
            Some((key, if le == 0 { usize::MAX } else { le }))
        } else {
            if !apdu.data.is_empty() {
                return sw(StatusWord::WrongLength);
            }
            None
        };
        let max = match wanted {
            Some((_, le)) => le,
            // Extended Le 00 00 means "the whole file" (spec §4.2.5).
            None if apdu.extended && outer_le == madoguchi_zairyu::apdu::EXTENDED_MAX_LE => {
                usize::MAX
            }
            None => outer_le as usize,
        };
        if offset >= content.len() {
            return sw(StatusWord::OffsetOutOfRange);
        }
        let end = content.len().min(offset.saturating_add(max));
        let data = &content[offset..end];
        let body = match wanted {
            Some((key, _)) => crypto::sm_wrap(self.suite(), &key, data),
            None => data.to_vec(),
        };
        if body.len() > outer_le as usize {
            return sw(StatusWord::WrongLength);
        }
        self.state.current_ef = Some(spec.id);
        Response::new(body, 0x9000)
    }
}

/// A [`CardChannel`] to a [`SimCard`], optionally behaving like a reader without extended-length
/// APDU support, counting exchanges.
pub struct SimChannel<R> {
    /// The card.
    pub card: SimCard<R>,
    /// When false, every extended-length APDU fails with [`ChannelError::ExtendedNotSupported`].
    pub extended_supported: bool,
    /// When true, the card has left the field: every transmit fails with `CardRemoved`.
    pub removed: bool,
}

impl<R: RngCore> SimChannel<R> {
    /// A reader with extended-length support and the card in the field.
    pub fn new(card: SimCard<R>) -> Self {
        Self {
            card,
            extended_supported: true,
            removed: false,
        }
    }
}

impl<R: RngCore> CardChannel for SimChannel<R> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        if self.removed {
            return Err(ChannelError::CardRemoved);
        }
        if !self.extended_supported && madoguchi_zairyu::apdu::is_extended_length(apdu) {
            return Err(ChannelError::ExtendedNotSupported);
        }
        Ok(self.card.process(apdu))
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use madoguchi_zairyu::CardNumber;
    use madoguchi_zairyu::layout::{CardFiles, DF1_EF01, DF2_EF01, DF3_EF01, MF_EF01, MF_EF02};
    use madoguchi_zairyu::tlv::encode;
    use rand_chacha::ChaCha20Rng;
    use rand_chacha::rand_core::SeedableRng;

    const NUMBER: &str = "AB12345678CD";

    fn card() -> SimCard<ChaCha20Rng> {
        let mut files = CardFiles::new();
        files.insert(MF_EF01, encode(0xC0, b"0001"));
        files.insert(MF_EF02, encode(0xC1, b"1"));
        files.insert(DF1_EF01, encode(0xD0, &[0x42; 7000]));
        files.insert(DF2_EF01, encode(0xD2, b"20240101"));
        files.insert(DF3_EF01, vec![0xDA, 0x00, 0xDB, 0x00]);
        let dump = CardDump {
            files,
            card_number: CardNumber::new(NUMBER).unwrap(),
        };
        SimCard::new(dump, ChaCha20Rng::seed_from_u64(1))
    }

    fn send(card: &mut SimCard<ChaCha20Rng>, apdu: &[u8]) -> Response {
        card.process(apdu)
    }

    /// Authenticates as a terminal would; returns the session key.
    fn authenticate(card: &mut SimCard<ChaCha20Rng>, number: &str) -> Result<[u8; 16], u16> {
        let challenge = send(card, &[0x00, 0x84, 0x00, 0x00, 0x08]);
        assert_eq!(challenge.sw, 0x9000);
        let rnd_icc: [u8; 8] = challenge.data.try_into().unwrap();
        let key = crypto::derive_access_key(&CardNumber::new(number).unwrap());
        let (rnd_ifd, k_ifd) = ([1u8; 8], [2u8; 16]);
        let auth = crypto::terminal_auth_data(Suite::Tdes, &key, &rnd_ifd, &rnd_icc, &k_ifd);
        let cmd = CommandApdu::new(0, 0x82, 0, 0)
            .with_data(auth)
            .with_le(256)
            .to_bytes()
            .unwrap();
        let r = send(card, &cmd);
        if r.sw != 0x9000 {
            return Err(r.sw);
        }
        let k_icc =
            crypto::terminal_open_card_response(Suite::Tdes, &key, &r.data, &rnd_ifd, &rnd_icc)
                .unwrap();
        Ok(crypto::derive_session_key(&k_ifd, &k_icc))
    }

    fn verify(card: &mut SimCard<ChaCha20Rng>, ks: &[u8; 16], number: &str) -> u16 {
        let data = crypto::verify_data(Suite::Tdes, ks, &CardNumber::new(number).unwrap());
        send(
            card,
            &CommandApdu::new(0x08, 0x20, 0x00, 0x86)
                .with_data(data)
                .to_bytes()
                .unwrap(),
        )
        .sw
    }

    const SELECT_DF1: [u8; 21] = [
        0x00, 0xA4, 0x04, 0x0C, 0x10, 0xD3, 0x92, 0xF0, 0x00, 0x4F, 0x02, 0, 0, 0, 0, 0, 0, 0, 0,
        0, 0,
    ];
    const SM_READ_85: [u8; 13] = [
        0x08, 0xB0, 0x85, 0x00, 0x00, 0x00, 0x04, 0x96, 0x02, 0x00, 0x00, 0x00, 0x00,
    ];

    #[test]
    fn status_words_of_the_spec() {
        let mut c = card();
        assert_eq!(send(&mut c, &[0x80, 0x84, 0, 0, 8]).sw, 0x6E00);
        assert_eq!(send(&mut c, &[0x00, 0xCA, 0, 0, 8]).sw, 0x6D00);
        assert_eq!(send(&mut c, &[0x00, 0x84]).sw, 0x6700);
        assert_eq!(send(&mut c, &[0x00, 0x84, 0, 0, 4]).sw, 0x6700);
        assert_eq!(send(&mut c, &[0x00, 0x84, 1, 0, 8]).sw, 0x6A86);
        // MUTUAL AUTHENTICATE without a fresh challenge.
        let cmd = CommandApdu::new(0, 0x82, 0, 0)
            .with_data([0u8; 40])
            .with_le(256)
            .to_bytes()
            .unwrap();
        assert_eq!(send(&mut c, &cmd).sw, 0x6985);
        // Free files read without authentication; protected ones not.
        assert_eq!(
            send(&mut c, &[0x00, 0xB0, 0x8A, 0x00, 0x00, 0x00, 0x00]).data,
            [0xC1, 0x01, 0x31]
        );
        assert_eq!(
            send(&mut c, &[0x00, 0xB0, 0x8C, 0x00, 0x00, 0x00, 0x00]).sw,
            0x6A82
        );
        assert_eq!(send(&mut c, &[0x00, 0xB0, 0xE2, 0x00, 0x00]).sw, 0x6A86);
        assert_eq!(send(&mut c, &SELECT_DF1).sw, 0x9000);
        assert_eq!(send(&mut c, &[0x00, 0xB0, 0x00, 0x00, 0x10]).sw, 0x6986);
        assert_eq!(send(&mut c, &SM_READ_85).sw, 0x6982);
        // VERIFY needs SM and a session key.
        assert_eq!(
            send(&mut c, &[0x00, 0x20, 0x00, 0x86, 0x01, 0x00]).sw,
            0x6982
        );
        assert_eq!(
            send(&mut c, &[0x08, 0x20, 0x00, 0x86, 0x01, 0x00]).sw,
            0x6982
        );
        // Unknown AID, MF selection, SM SELECT.
        let mut bad_aid = SELECT_DF1;
        bad_aid[10] = 0x09;
        assert_eq!(send(&mut c, &bad_aid).sw, 0x6A82);
        assert_eq!(
            send(&mut c, &[0x00, 0xA4, 0x00, 0x00, 0x02, 0x3F, 0x00]).sw,
            0x9000
        );
        assert_eq!(
            send(&mut c, &[0x08, 0xA4, 0x00, 0x00, 0x02, 0x3F, 0x00]).sw,
            0x6882
        );
        assert_eq!(
            send(&mut c, &[0x00, 0xA4, 0x02, 0x0C, 0x02, 0x00, 0x01]).sw,
            0x6A86
        );
    }

    #[test]
    fn authentication_verify_and_reads() {
        let mut c = card();
        // Wrong number: the card cannot check M_IFD.
        assert_eq!(authenticate(&mut c, "ZZ99999999ZZ"), Err(0x6300));
        let ks = authenticate(&mut c, NUMBER).unwrap();
        // Keys right but another number in VERIFY: 63 00, and the state stays unauthenticated.
        assert_eq!(verify(&mut c, &ks, "ZZ99999999ZZ"), 0x6300);
        assert_eq!(send(&mut c, &SELECT_DF1).sw, 0x9000);
        assert_eq!(send(&mut c, &SM_READ_85).sw, 0x6982);
        assert_eq!(verify(&mut c, &ks, NUMBER), 0x9000);
        // Malformed SM objects.
        assert_eq!(
            send(&mut c, &[0x08, 0x20, 0x00, 0x86, 0x03, 0x87, 0x01, 0x01]).sw,
            0x6988
        );
        assert_eq!(send(&mut c, &[0x08, 0x20, 0x00, 0x86]).sw, 0x6987);
        assert_eq!(verify(&mut c, &ks, NUMBER), 0x9000);

        let r = send(&mut c, &SM_READ_85);
        assert_eq!(r.sw, 0x9000);
        let plain = crypto::sm_unwrap(Suite::Tdes, &ks, &r.data).unwrap();
        assert_eq!(plain, encode(0xD0, &[0x42; 7000]));
        // Plain READ of an SM file is refused; short SM chunks at 15-bit offsets work.
        assert_eq!(
            send(&mut c, &[0x00, 0xB0, 0x85, 0x00, 0x00, 0x00, 0x00]).sw,
            0x6982
        );
        let r = send(
            &mut c,
            &[0x08, 0xB0, 0x1B, 0x50, 0x04, 0x96, 0x02, 0x00, 0x20, 0x00],
        );
        assert_eq!(
            crypto::sm_unwrap(Suite::Tdes, &ks, &r.data).unwrap(),
            [0x42; 12]
        );
        assert_eq!(
            send(
                &mut c,
                &[0x08, 0xB0, 0x1B, 0x5C, 0x04, 0x96, 0x02, 0x00, 0x20, 0x00]
            )
            .sw,
            0x6B00
        );
        // An SM response longer than a short Le allows.
        assert_eq!(
            send(
                &mut c,
                &[0x08, 0xB0, 0x00, 0x00, 0x04, 0x96, 0x02, 0x01, 0x00, 0x00]
            )
            .sw,
            0x6700
        );
        assert_eq!(
            send(
                &mut c,
                &[0x08, 0xB0, 0x00, 0x00, 0x04, 0x97, 0x02, 0x00, 0x10, 0x00]
            )
            .sw,
            0x6988
        );

        // DF2 is readable in plain after VERIFY.
        let select_df2 = {
            let mut s = SELECT_DF1;
            s[10] = 0x03;
            s
        };
        assert_eq!(send(&mut c, &select_df2).sw, 0x9000);
        let r = send(&mut c, &[0x00, 0xB0, 0x81, 0x00, 0x00, 0x00, 0x00]);
        assert_eq!(r.data, encode(0xD2, b"20240101"));
        assert_eq!(
            send(&mut c, &[0x00, 0xB0, 0x82, 0x00, 0x00, 0x00, 0x00]).sw,
            0x6A82
        );

        // Leaving the field clears the authentication.
        c.reset();
        assert_eq!(send(&mut c, &select_df2).sw, 0x9000);
        assert_eq!(
            send(&mut c, &[0x00, 0xB0, 0x81, 0x00, 0x00, 0x00, 0x00]).sw,
            0x6982
        );
        // A challenge is single use.
        let ks = authenticate(&mut c, NUMBER).unwrap();
        assert_eq!(verify(&mut c, &ks, NUMBER), 0x9000);
        let cmd = CommandApdu::new(0, 0x82, 0, 0)
            .with_data([0u8; 40])
            .with_le(256)
            .to_bytes()
            .unwrap();
        assert_eq!(send(&mut c, &cmd).sw, 0x6985);
    }

    #[test]
    fn challenges_are_random() {
        let mut c = card();
        let a = send(&mut c, &[0x00, 0x84, 0x00, 0x00, 0x08]).data;
        let b = send(&mut c, &[0x00, 0x84, 0x00, 0x00, 0x08]).data;
        assert_eq!(a.len(), 8);
        assert_ne!(a, b);
    }
}
