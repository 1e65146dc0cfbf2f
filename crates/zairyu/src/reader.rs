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
    if let Some(spec) = layout.iter().find(|e| e.id == MF_EF01) {
        if let Some(bytes) = session.read_ef(spec).await? {
            files.insert(MF_EF01, bytes);
        }
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
        if !response.is_ok() {
            return Err(ReadError::AuthenticationFailed {
                status: Some(response.status_word()),
                check: None,
            });
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
