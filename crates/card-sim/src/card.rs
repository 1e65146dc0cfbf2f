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

fn is_extended(apdu: &[u8]) -> bool {
    apdu.len() > 6 && apdu[4] == 0
}

impl<R: RngCore> CardChannel for SimChannel<R> {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        if self.removed {
            return Err(ChannelError::CardRemoved);
        }
        if !self.extended_supported && is_extended(apdu) {
            return Err(ChannelError::ExtendedNotSupported);
        }
        Ok(self.card.process(apdu))
    }
}
