//! The terminal side of the read sequence (spec §3.5, Appendix 2): card type, authentication,
//! VERIFY with the card number, then SELECT + READ BINARY of every EF.

use rand_core::{CryptoRng, RngCore};
use serde::Serialize;

use crate::apdu::{
    CLA_PLAIN, CLA_SM, CommandApdu, EXTENDED_MAX_LE, INS_GET_CHALLENGE, INS_MUTUAL_AUTHENTICATE,
    INS_READ_BINARY, INS_SELECT, INS_VERIFY, Response, SHORT_MAX_LE, StatusWord,
};
use crate::channel::{CardChannel, ChannelError};
use crate::crypto::{self, CardNumber, CryptoError, SmError, Suite};
use crate::layout::{CardFiles, CardType, CardTypeError, Df, EfId, EfSpec, MF_EF01, MF_EF02};

/// How READ BINARY is encoded.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ApduMode {
    /// Try extended length first; fall back to chunked short APDUs if the reader refuses.
    #[default]
    Auto,
    /// One extended-length READ BINARY per EF (as in spec Appendix 2).
    Extended,
    /// Short APDUs only: each EF is read in chunks.
    Short,
}

/// Options of [`read_card`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ReadOptions {
    /// APDU encoding.
    pub mode: ApduMode,
    /// Plaintext bytes per chunk in short mode (1..=224; 224 keeps an SM response within 256).
    pub chunk_size: u8,
}

impl Default for ReadOptions {
    fn default() -> Self {
        Self {
            mode: ApduMode::Auto,
            chunk_size: DEFAULT_CHUNK,
        }
    }
}

const DEFAULT_CHUNK: u8 = 224;
/// No EF on either generation is larger than this; a card claiming more is malformed.
const MAX_EF_LEN: usize = 0x8000;

/// A step of the read sequence (for progress and error reports).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "step", content = "ef", rename_all = "snake_case")]
pub enum Step {
    /// SELECT MF.
    SelectMf,
    /// READ BINARY MF/EF02 (card type).
    ReadCardType,
    /// READ BINARY MF/EF01 (common data).
    ReadCommonData,
    /// GET CHALLENGE.
    GetChallenge,
    /// MUTUAL AUTHENTICATE.
    MutualAuthenticate,
    /// VERIFY with the card number.
    Verify,
    /// SELECT of a DF.
    Select(Df),
    /// READ BINARY of an EF.
    Read(EfId),
}

/// Why a read failed. The app maps each variant to a translated message and what to do.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum ReadError {
    /// The transport failed (card moved away, reader unplugged, timeout).
    #[error("{error}")]
    Channel {
        /// During which step.
        step: Step,
        /// What happened.
        error: ChannelError,
    },
    /// VERIFY answered `63 00`: the card number entered does not belong to this card.
    #[error("card number does not match")]
    CardNumberMismatch,
    /// MUTUAL AUTHENTICATE was refused, or the card's answer did not check out.
    #[error("mutual authentication failed")]
    AuthenticationFailed {
        /// The card's status word, when it refused.
        status: Option<StatusWord>,
        /// The check that failed on the card's answer.
        check: Option<CryptoError>,
    },
    /// Not a residence card / special permanent resident certificate we can read.
    #[error("unsupported card: {0}")]
    UnsupportedCard(CardTypeError),
    /// The card answered a step with an unexpected status word.
    #[error("card returned {status} at {step:?}")]
    Status {
        /// Step.
        step: Step,
        /// Status word.
        status: StatusWord,
    },
    /// The card's answer is malformed (wrong length, bad SM object).
    #[error("malformed answer at {step:?}: {detail}")]
    Malformed {
        /// Step.
        step: Step,
        /// What was wrong.
        detail: String,
    },
}

/// APDU traffic of one read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct ReadStats {
    /// Command APDUs sent.
    pub apdus: u32,
    /// Command bytes sent.
    pub bytes_sent: u64,
    /// Response bytes received (data and status words).
    pub bytes_received: u64,
    /// Whether READ BINARY used extended length.
    pub extended_length: bool,
}

/// The result of a successful read: raw EFs (for verification) and traffic figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardRead {
    /// Card type from MF/EF02.
    pub card_type: CardType,
    /// Every EF read; EFs the card does not have are absent.
    pub files: CardFiles,
    /// Traffic.
    pub stats: ReadStats,
}

/// Reads the whole card.
pub async fn read_card<C, R>(
    channel: &mut C,
    card_number: &CardNumber,
    rng: &mut R,
    options: &ReadOptions,
) -> Result<CardRead, ReadError>
where
    C: CardChannel + ?Sized,
    R: RngCore + CryptoRng + ?Sized,
{
    read_card_with_progress(channel, card_number, rng, options, &mut |_| {}).await
}

/// Reads the whole card, reporting each step before it starts.
pub async fn read_card_with_progress<C, R>(
    channel: &mut C,
    card_number: &CardNumber,
    rng: &mut R,
    options: &ReadOptions,
    progress: &mut dyn FnMut(Step),
) -> Result<CardRead, ReadError>
where
    C: CardChannel + ?Sized,
    R: RngCore + CryptoRng + ?Sized,
{
    let mut session = Session {
        channel,
        stats: ReadStats::default(),
        mode: options.mode,
        chunk: options.chunk_size.clamp(1, DEFAULT_CHUNK),
        suite: Suite::Tdes,
        session_key: None,
    };
    let mut files = CardFiles::new();

    progress(Step::SelectMf);
    let select_mf = CommandApdu::new(CLA_PLAIN, INS_SELECT, 0x00, 0x00).with_data([0x3F, 0x00]);
    session.expect_ok(Step::SelectMf, &select_mf).await?;

    progress(Step::ReadCardType);
    let card_type_ef = EfSpec {
        id: MF_EF02,
        p1: 0x8A,
        free: true,
        secure_messaging: false,
        size: 4,
    };
    let ef02 = session
        .read_ef(&card_type_ef)
        .await?
        .ok_or(ReadError::Status {
            step: Step::ReadCardType,
            status: StatusWord::FileNotFound,
        })?;
    let card_type = CardType::from_ef(&ef02).map_err(ReadError::UnsupportedCard)?;
    files.insert(MF_EF02, ef02);
    session.suite = card_type.generation.suite();

    progress(Step::ReadCommonData);
    let layout = card_type.layout();
    if let Some(spec) = layout.iter().find(|e| e.id == MF_EF01)
        && let Some(bytes) = session.read_ef(spec).await?
    {
        files.insert(MF_EF01, bytes);
    }

    session.authenticate(card_number, rng, progress).await?;

    let mut current = Df::Mf;
    for spec in layout.iter().filter(|e| !e.free) {
        if spec.id.df != current {
            current = spec.id.df;
            progress(Step::Select(current));
            session.select(current).await?;
        }
        progress(Step::Read(spec.id));
        if let Some(bytes) = session.read_ef(spec).await? {
            files.insert(spec.id, bytes);
        }
    }
    let stats = session.stats;
    Ok(CardRead {
        card_type,
        files,
        stats,
    })
}

struct Session<'c, C: ?Sized> {
    channel: &'c mut C,
    stats: ReadStats,
    mode: ApduMode,
    chunk: u8,
    suite: Suite,
    session_key: Option<[u8; 16]>,
}

fn malformed(step: Step, detail: impl std::fmt::Display) -> ReadError {
    ReadError::Malformed {
        step,
        detail: detail.to_string(),
    }
}

impl<C: CardChannel + ?Sized> Session<'_, C> {
    async fn transmit(&mut self, step: Step, apdu: &CommandApdu) -> Result<Response, ReadError> {
        let bytes = apdu.to_bytes().map_err(|e| malformed(step, e))?;
        self.stats.apdus += 1;
        self.stats.bytes_sent += bytes.len() as u64;
        let response = self
            .channel
            .transmit(&bytes)
            .await
            .map_err(|error| ReadError::Channel { step, error })?;
        self.stats.bytes_received += response.data.len() as u64 + 2;
        Ok(response)
    }

    async fn expect_ok(&mut self, step: Step, apdu: &CommandApdu) -> Result<Response, ReadError> {
        let response = self.transmit(step, apdu).await?;
        if response.is_ok() {
            Ok(response)
        } else {
            Err(ReadError::Status {
                step,
                status: response.status_word(),
            })
        }
    }

    async fn select(&mut self, df: Df) -> Result<(), ReadError> {
        let step = Step::Select(df);
        let apdu = match df.aid() {
            Some(aid) => CommandApdu::new(CLA_PLAIN, INS_SELECT, 0x04, 0x0C).with_data(aid),
            None => CommandApdu::new(CLA_PLAIN, INS_SELECT, 0x00, 0x00).with_data([0x3F, 0x00]),
        };
        self.expect_ok(step, &apdu).await.map(|_| ())
    }

    async fn authenticate<R: RngCore + CryptoRng + ?Sized>(
        &mut self,
        card_number: &CardNumber,
        rng: &mut R,
        progress: &mut dyn FnMut(Step),
    ) -> Result<(), ReadError> {
        let key = crypto::derive_access_key(card_number);

        progress(Step::GetChallenge);
        let challenge = CommandApdu::new(CLA_PLAIN, INS_GET_CHALLENGE, 0, 0).with_le(8);
        let response = self.expect_ok(Step::GetChallenge, &challenge).await?;
        let rnd_icc: [u8; 8] = response.data.as_slice().try_into().map_err(|_| {
            malformed(
                Step::GetChallenge,
                format!("{} challenge bytes, expected 8", response.data.len()),
            )
        })?;

        let mut rnd_ifd = [0u8; 8];
        let mut k_ifd = [0u8; 16];
        rng.fill_bytes(&mut rnd_ifd);
        rng.fill_bytes(&mut k_ifd);
        let auth = crypto::terminal_auth_data(self.suite, &key, &rnd_ifd, &rnd_icc, &k_ifd);

        progress(Step::MutualAuthenticate);
        let mutual = CommandApdu::new(CLA_PLAIN, INS_MUTUAL_AUTHENTICATE, 0, 0)
            .with_data(auth)
            .with_le(SHORT_MAX_LE);
        let response = self.transmit(Step::MutualAuthenticate, &mutual).await?;
        match response.status_word() {
            StatusWord::Ok => {}
            // Kenc/Kmac derive from the card number alone, so a card that cannot check M_IFD
            // was given the wrong number: the same "does not match" as VERIFY's 63 00.
            StatusWord::VerificationFailed | StatusWord::VerificationFailedRetries(_) => {
                return Err(ReadError::CardNumberMismatch);
            }
            status => {
                return Err(ReadError::AuthenticationFailed {
                    status: Some(status),
                    check: None,
                });
            }
        }
        let k_icc = crypto::terminal_open_card_response(
            self.suite,
            &key,
            &response.data,
            &rnd_ifd,
            &rnd_icc,
        )
        .map_err(|e| ReadError::AuthenticationFailed {
            status: None,
            check: Some(e),
        })?;
        let session_key = crypto::derive_session_key(&k_ifd, &k_icc);
        self.session_key = Some(session_key);

        progress(Step::Verify);
        let verify = CommandApdu::new(CLA_SM, INS_VERIFY, 0x00, 0x86)
            .with_data(crypto::verify_data(self.suite, &session_key, card_number));
        let response = self.transmit(Step::Verify, &verify).await?;
        match response.status_word() {
            StatusWord::Ok => Ok(()),
            StatusWord::VerificationFailed | StatusWord::VerificationFailedRetries(_) => {
                Err(ReadError::CardNumberMismatch)
            }
            status => Err(ReadError::Status {
                step: Step::Verify,
                status,
            }),
        }
    }

    /// Reads one EF. `Ok(None)` when the card says it does not exist (`6A 82`).
    async fn read_ef(&mut self, spec: &EfSpec) -> Result<Option<Vec<u8>>, ReadError> {
        let step = if spec.id == MF_EF02 {
            Step::ReadCardType
        } else if spec.id == MF_EF01 {
            Step::ReadCommonData
        } else {
            Step::Read(spec.id)
        };
        let sm_key = if spec.secure_messaging {
            Some(
                self.session_key
                    .ok_or_else(|| malformed(step, "secure messaging before authentication"))?,
            )
        } else {
            None
        };
        if self.mode != ApduMode::Short {
            let apdu = match sm_key {
                Some(_) => CommandApdu::new(CLA_SM, INS_READ_BINARY, spec.p1, 0)
                    .with_data([0x96, 0x02, 0x00, 0x00]),
                None => CommandApdu::new(CLA_PLAIN, INS_READ_BINARY, spec.p1, 0),
            }
            .with_le(EXTENDED_MAX_LE)
            .extended();
            let bytes = apdu.to_bytes().map_err(|e| malformed(step, e))?;
            self.stats.apdus += 1;
            self.stats.bytes_sent += bytes.len() as u64;
            let outcome = self.channel.transmit(&bytes).await;
            let fallback = self.mode == ApduMode::Auto
                && match &outcome {
                    Err(ChannelError::ExtendedNotSupported) => true,
                    Ok(r) => matches!(r.status_word(), StatusWord::WrongLength),
                    Err(_) => false,
                };
            if fallback {
                self.mode = ApduMode::Short;
                if let Ok(r) = &outcome {
                    self.stats.bytes_received += r.data.len() as u64 + 2;
                }
            } else {
                let response = outcome.map_err(|error| ReadError::Channel { step, error })?;
                self.stats.bytes_received += response.data.len() as u64 + 2;
                self.mode = ApduMode::Extended;
                self.stats.extended_length = true;
                return match response.status_word() {
                    StatusWord::Ok => self.open(step, sm_key, &response.data).map(Some),
                    StatusWord::FileNotFound => Ok(None),
                    status => Err(ReadError::Status { step, status }),
                };
            }
        }
        self.read_chunked(step, spec, sm_key).await
    }

    fn open(
        &self,
        step: Step,
        sm_key: Option<[u8; 16]>,
        data: &[u8],
    ) -> Result<Vec<u8>, ReadError> {
        match sm_key {
            Some(key) => {
                crypto::sm_unwrap(self.suite, &key, data).map_err(|e: SmError| malformed(step, e))
            }
            None => Ok(data.to_vec()),
        }
    }

    async fn read_chunked(
        &mut self,
        step: Step,
        spec: &EfSpec,
        sm_key: Option<[u8; 16]>,
    ) -> Result<Option<Vec<u8>>, ReadError> {
        let chunk = self.chunk;
        let mut out = Vec::new();
        loop {
            // The first READ selects the EF by short identifier (P2 = 8-bit offset 0); the
            // following ones read the now current EF at a 15-bit offset.
            let (p1, p2) = if out.is_empty() {
                (spec.p1, 0)
            } else {
                let offset =
                    u16::try_from(out.len()).map_err(|_| malformed(step, "EF too long"))?;
                let [hi, lo] = offset.to_be_bytes();
                (hi, lo)
            };
            let apdu = match sm_key {
                Some(_) => CommandApdu::new(CLA_SM, INS_READ_BINARY, p1, p2)
                    .with_data([0x96, 0x02, 0x00, chunk])
                    .with_le(SHORT_MAX_LE),
                None => {
                    CommandApdu::new(CLA_PLAIN, INS_READ_BINARY, p1, p2).with_le(u32::from(chunk))
                }
            };
            let response = self.transmit(step, &apdu).await?;
            match response.status_word() {
                StatusWord::Ok => {}
                StatusWord::FileNotFound if out.is_empty() => return Ok(None),
                StatusWord::OffsetOutOfRange if !out.is_empty() => return Ok(Some(out)),
                status => return Err(ReadError::Status { step, status }),
            }
            let data = self.open(step, sm_key, &response.data)?;
            if data.len() > usize::from(chunk) {
                return Err(malformed(
                    step,
                    format!("{} bytes returned for {chunk} requested", data.len()),
                ));
            }
            out.extend_from_slice(&data);
            if data.len() < usize::from(chunk) {
                return Ok(Some(out));
            }
            if out.len() >= MAX_EF_LEN {
                return Err(malformed(step, "EF longer than any EF of the spec"));
            }
        }
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::channel::block_on;
    use crate::layout::{DF1_EF01, DF1_EF02, DF2_EF01, DF2_EF02, DF2_EF03, DF2_EF04, DF3_EF01};
    use crate::tlv::encode;

    fn hex(s: &str) -> Vec<u8> {
        let digits: Vec<u8> = s.bytes().filter(u8::is_ascii_hexdigit).collect();
        digits
            .chunks(2)
            .map(|p| u8::from_str_radix(std::str::from_utf8(p).unwrap(), 16).unwrap())
            .collect()
    }

    /// Hands out fixed bytes (RND.IFD, then K.IFD of Appendix 2).
    struct FixedRng(Vec<u8>);
    impl RngCore for FixedRng {
        fn next_u32(&mut self) -> u32 {
            unreachable!("the reader only calls fill_bytes")
        }
        fn next_u64(&mut self) -> u64 {
            unreachable!("the reader only calls fill_bytes")
        }
        fn fill_bytes(&mut self, dest: &mut [u8]) {
            let rest = self.0.split_off(dest.len());
            dest.copy_from_slice(&self.0);
            self.0 = rest;
        }
        fn try_fill_bytes(&mut self, dest: &mut [u8]) -> Result<(), rand_core::Error> {
            self.fill_bytes(dest);
            Ok(())
        }
    }
    impl CryptoRng for FixedRng {}

    /// Replays a script: each command must equal the expected bytes.
    struct Script(std::collections::VecDeque<(Vec<u8>, Response)>);
    impl CardChannel for Script {
        async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
            let (expected, response) = self.0.pop_front().expect("more commands than scripted");
            assert_eq!(apdu, expected.as_slice(), "command differs from the script");
            Ok(response)
        }
    }

    fn ok(data: Vec<u8>) -> Response {
        Response::new(data, 0x9000)
    }

    /// The full 1st-generation read, checked against every APDU byte of spec Appendix 2.
    #[test]
    fn appendix2_trace_first_generation() {
        let ks: [u8; 16] = hex("CE 94 93 8E 19 E3 B9 7D F9 6E AB CE DC 17 15 CC")
            .try_into()
            .unwrap();
        let mut front = b"II*\0".to_vec();
        front.resize(7000, 0x5A);
        let front_do = encode(0xD0, &front);
        assert_eq!(front_do[..4], hex("D0 82 1B 58"));
        let face_do = encode(0xD1, &[0x33; 3000]);
        assert_eq!(face_do[..4], hex("D1 82 0B B8"));
        let mut df3 = encode(0xDA, &[0x11; 256]);
        df3.extend(encode(0xDB, &[0x22; 1200]));
        assert_eq!(df3[..4], hex("DA 82 01 00"));
        assert_eq!(df3[260..264], hex("DB 82 04 B0"));
        let front_sm = crypto::sm_wrap(Suite::Tdes, &ks, &front_do);
        assert_eq!(front_sm[..5], hex("86 82 1B 61 01"));
        let face_sm = crypto::sm_wrap(Suite::Tdes, &ks, &face_do);
        assert_eq!(face_sm[..5], hex("86 82 0B C1 01"));
        let address = encode(0xD2, b"20120310");
        let script = vec![
            (hex("00 A4 00 00 02 3F 00"), ok(vec![])),
            (hex("00 B0 8A 00 00 00 00"), ok(hex("C1 01 31"))),
            (hex("00 B0 8B 00 00 00 00"), ok(hex("C0 04 30 30 30 31"))),
            // Appendix 2 steps 1-13.
            (hex("00 84 00 00 08"), ok(hex("5A 6E 7E 38 51 62 B7 A3"))),
            (
                hex("00 82 00 00 28 93 77 45 C2 08 83 A1 BA D1 E0 41
                     93 72 2A 15 92 37 8F 81 A8 F1 DC 58 91 57 AE B0
                     F7 54 4F A1 BA 1A D7 FB 6A 33 89 E0 17 00"),
                ok(hex("58 60 77 5B 4D 03 2C C5 64 BA 20 4B 8E A8 68 F6
                        94 A7 4E 74 75 A8 FE F2 40 58 8B DA 1A F4 96 CE
                        59 38 8F D6 CD 45 24 8B")),
            ),
            (
                hex("08 20 00 86 13 86 11 01 1A A8 29 73 DB 95 9A 81 1F 97 11 D7 28 F0 EE F6"),
                ok(vec![]),
            ),
            // Steps 14-18.
            (
                hex("00 A4 04 0C 10 D3 92 F0 00 4F 02 00 00 00 00 00 00 00 00 00 00"),
                ok(vec![]),
            ),
            (hex("08 B0 85 00 00 00 04 96 02 00 00 00 00"), ok(front_sm)),
            (hex("08 B0 86 00 00 00 04 96 02 00 00 00 00"), ok(face_sm)),
            // DF2 (not in the Appendix): plain reads after authentication.
            (
                hex("00 A4 04 0C 10 D3 92 F0 00 4F 03 00 00 00 00 00 00 00 00 00 00"),
                ok(vec![]),
            ),
            (hex("00 B0 81 00 00 00 00"), ok(address.clone())),
            (hex("00 B0 82 00 00 00 00"), ok(vec![0; 122])),
            (hex("00 B0 83 00 00 00 00"), Response::status(0x6A82)),
            (hex("00 B0 84 00 00 00 00"), ok(hex("D7 01 30"))),
            // Steps 19-20.
            (
                hex("00 A4 04 0C 10 D3 92 F0 00 4F 04 00 00 00 00 00 00 00 00 00 00"),
                ok(vec![]),
            ),
            (hex("00 B0 82 00 00 00 00"), ok(df3.clone())),
        ];
        let mut channel = Script(script.into());
        let mut rng = FixedRng(hex(
            "11 22 33 44 55 66 77 88 40 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F",
        ));
        let number = CardNumber::new("AA12345678BB").unwrap();
        let mut steps = Vec::new();
        let read = block_on(read_card_with_progress(
            &mut channel,
            &number,
            &mut rng,
            &ReadOptions::default(),
            &mut |s| steps.push(s),
        ))
        .unwrap();
        assert!(channel.0.is_empty());
        assert_eq!(read.card_type, CardType::RESIDENCE_1);
        assert_eq!(read.files.get(DF1_EF01), Some(front_do.as_slice()));
        assert_eq!(read.files.get(DF1_EF02), Some(face_do.as_slice()));
        assert_eq!(read.files.get(DF2_EF01), Some(address.as_slice()));
        assert_eq!(read.files.get(DF2_EF02), Some(&[0u8; 122][..]));
        assert_eq!(read.files.get(DF2_EF03), None);
        assert_eq!(read.files.get(DF2_EF04), Some(&hex("D7 01 30")[..]));
        assert_eq!(read.files.get(DF3_EF01), Some(df3.as_slice()));
        assert_eq!(read.stats.apdus, 16);
        assert!(read.stats.extended_length);
        assert_eq!(steps.first(), Some(&Step::SelectMf));
        assert!(steps.contains(&Step::Verify));
        assert_eq!(steps.last(), Some(&Step::Read(DF3_EF01)));
    }

    fn auth_script(card_type_ef: &str) -> Vec<(Vec<u8>, Response)> {
        vec![
            (hex("00 A4 00 00 02 3F 00"), ok(vec![])),
            (hex("00 B0 8A 00 00 00 00"), ok(hex(card_type_ef))),
            (hex("00 B0 8B 00 00 00 00"), ok(hex("C0 04 30 30 30 31"))),
        ]
    }

    /// 2nd generation: the AES MUTUAL AUTHENTICATE and VERIFY bytes of its Appendix 2.
    #[test]
    fn appendix2_trace_second_generation_authentication() {
        let mut script = auth_script("C1 02 30 35");
        script.extend([
            (hex("00 84 00 00 08"), ok(hex("92 1C E2 77 32 3D A0 57"))),
            (
                hex("00 82 00 00 28 4A D3 C7 B6 BB 48 4A 52 77 19 77
                     DE D6 18 B4 1D F8 41 FA 04 76 A0 5F BE 04 1D EA
                     D6 10 9E 77 3B AC 85 46 17 63 4F 53 97 00"),
                ok(hex("28 9A 96 B1 DA 6A E3 DA 87 77 04 19 BF D1 4F 0B
                        DA D1 5F 36 43 2B 5A 94 6C 18 8C 72 21 75 9A 62
                        FA 94 2E C5 1E 62 FF 5F")),
            ),
            (
                hex("08 20 00 86 13 86 11 01 EE 0B 31 EF 87 7F 68 D0 71 C5 6D 58 C7 2E 67 48"),
                Response::status(0x6300),
            ),
        ]);
        let mut channel = Script(script.into());
        let mut rng = FixedRng(hex(
            "11 22 33 44 55 66 77 88 40 41 42 43 44 45 46 47 48 49 4A 4B 4C 4D 4E 4F",
        ));
        let number = CardNumber::new("AA12345678BB").unwrap();
        let result = block_on(read_card(
            &mut channel,
            &number,
            &mut rng,
            &ReadOptions::default(),
        ));
        assert_eq!(result, Err(ReadError::CardNumberMismatch));
        assert_eq!(
            result.unwrap_err().to_string(),
            "card number does not match"
        );
        assert!(channel.0.is_empty());
    }

    #[test]
    fn refused_authentication_and_unsupported_cards() {
        let mut script = auth_script("C1 01 31");
        script.push((hex("00 84 00 00 08"), ok(hex("01 02 03 04 05 06 07 08"))));
        let mut channel = Script(script.into());
        // The card refuses MUTUAL AUTHENTICATE (as a 2nd-gen card does to 1st-gen crypto).
        struct Refuse(Script);
        impl CardChannel for Refuse {
            async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
                if apdu[1] == INS_MUTUAL_AUTHENTICATE {
                    return Ok(Response::status(0x6300));
                }
                self.0.transmit(apdu).await
            }
        }
        let mut refuse = Refuse(Script(std::mem::take(&mut channel.0)));
        let number = CardNumber::new("AA12345678BB").unwrap();
        let mut rng = FixedRng(vec![0; 24]);
        let result = block_on(read_card(
            &mut refuse,
            &number,
            &mut rng,
            &ReadOptions::default(),
        ));
        assert_eq!(result, Err(ReadError::CardNumberMismatch));

        // Any other refusal, or a card answer that does not check out, is an authentication error.
        struct Other(Script, u16);
        impl CardChannel for Other {
            async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
                if apdu[1] == INS_MUTUAL_AUTHENTICATE {
                    let len = if self.1 == 0x9000 { 40 } else { 0 };
                    return Ok(Response::new(vec![0; len], self.1));
                }
                self.0.transmit(apdu).await
            }
        }
        for (sw, expected) in [
            (
                0x6985,
                ReadError::AuthenticationFailed {
                    status: Some(StatusWord::ConditionsNotSatisfied),
                    check: None,
                },
            ),
            (
                0x9000,
                ReadError::AuthenticationFailed {
                    status: None,
                    check: Some(CryptoError::BadMac),
                },
            ),
        ] {
            let mut script = auth_script("C1 01 31");
            script.push((hex("00 84 00 00 08"), ok(hex("01 02 03 04 05 06 07 08"))));
            let mut other = Other(Script(script.into()), sw);
            let mut rng = FixedRng(vec![0; 24]);
            let result = block_on(read_card(
                &mut other,
                &number,
                &mut rng,
                &ReadOptions::default(),
            ));
            assert_eq!(result, Err(expected));
        }

        let script = vec![
            (hex("00 A4 00 00 02 3F 00"), ok(vec![])),
            (hex("00 B0 8A 00 00 00 00"), ok(hex("C1 02 30 37"))),
        ];
        let mut rng = FixedRng(vec![]);
        let result = block_on(read_card(
            &mut Script(script.into()),
            &number,
            &mut rng,
            &ReadOptions::default(),
        ));
        assert_eq!(
            result,
            Err(ReadError::UnsupportedCard(CardTypeError::SpecifiedCard {
                code: "07".into()
            }))
        );
    }
}
