//! The chip read as the card-reader page runs it: reader → CCID → read → verify → decode, and
//! the mapping of every failure to a translated message (seed 003 §7) and what to do.

use std::sync::Arc;

use madoguchi_ccid::CcidReader;
use madoguchi_ccid::sony::{Rcs300Channel, Rcs380Channel};
use madoguchi_zairyu::{
    CardChannel, CardContents, CardKind, ChannelError, IssuerCheck, ReadError, ReadOptions,
    Response, TrustStore, Verification, images, parse_contents, read_card_with_progress,
    verify_card,
};

use crate::webusb::{ReaderKind, ReaderProblem, WebUsbPipe, WebUsbReader, choose_reader};

/// The transport of the chosen reader; the chip code only sees `CardChannel`.
enum ReaderChannel {
    Ccid(CcidReader<WebUsbPipe>),
    Rcs300(Rcs300Channel<WebUsbPipe>),
    Rcs380(Rcs380Channel<WebUsbPipe>),
}

impl ReaderChannel {
    fn new(reader: WebUsbReader) -> Self {
        match reader.kind {
            ReaderKind::Ccid(descriptor) => {
                ReaderChannel::Ccid(CcidReader::new(reader.pipe, &descriptor))
            }
            ReaderKind::Rcs300 => ReaderChannel::Rcs300(Rcs300Channel::new(reader.pipe)),
            ReaderKind::Rcs380 => ReaderChannel::Rcs380(Rcs380Channel::new(reader.pipe)),
        }
    }

    /// Leaves the card and field in a clean state (the Sony readers hold a session).
    async fn disconnect(&mut self) {
        match self {
            ReaderChannel::Ccid(_) => {}
            ReaderChannel::Rcs300(sony) => {
                let _ = sony.disconnect().await;
            }
            ReaderChannel::Rcs380(sony) => {
                let _ = sony.disconnect().await;
            }
        }
    }
}

impl CardChannel for ReaderChannel {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        match self {
            ReaderChannel::Ccid(channel) => channel.transmit(apdu).await,
            ReaderChannel::Rcs300(channel) => channel.transmit(apdu).await,
            ReaderChannel::Rcs380(channel) => channel.transmit(apdu).await,
        }
    }
}

/// Trust anchors the server is configured with (`/api/trust-anchors`), as DER.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustAnchors {
    pub isa: Vec<Vec<u8>>,
    pub test: Vec<Vec<u8>>,
}

impl TrustAnchors {
    fn store(&self) -> TrustStore {
        let mut store = TrustStore::new();
        for der in &self.isa {
            // Only certificates whose fingerprint is pinned are accepted as ISA CAs.
            let _ = store.add_isa_ca(der);
        }
        for der in &self.test {
            let _ = store.add_test_ca(der);
        }
        store
    }
}

/// A decoded image ready for a canvas (RGBA).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Picture {
    pub width: u32,
    pub height: u32,
    pub rgba: Vec<u8>,
}

/// What the result screen shows.
#[derive(Clone, Debug, PartialEq)]
pub struct ChipResult {
    pub kind: CardKind,
    pub card_number: String,
    pub verification: Verification,
    pub front: Option<Picture>,
    pub face: Option<Picture>,
    pub name_image: Option<Picture>,
    pub address_image: Option<Picture>,
    pub address: Option<String>,
    pub permission: Option<String>,
    pub renewal_applied: bool,
    pub card_expiry: Option<String>,
    pub reader: String,
}

/// Why a read ended without a result: a Fluent message id, its arguments, and what to do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChipFailure {
    pub message: &'static str,
    pub advice: &'static str,
    pub product: Option<String>,
    /// The user should go back and correct the number.
    pub number_wrong: bool,
}

impl ChipFailure {
    fn new(message: &'static str, advice: &'static str) -> Self {
        ChipFailure {
            message,
            advice,
            product: None,
            number_wrong: false,
        }
    }
}

pub fn reader_failure(problem: ReaderProblem) -> ChipFailure {
    match problem {
        ReaderProblem::Unsupported => {
            ChipFailure::new("chip-reader-unsupported", "chip-reader-unsupported-advice")
        }
        ReaderProblem::NoneChosen => {
            ChipFailure::new("chip-reader-none-chosen", "chip-reader-none-chosen-advice")
        }
        ReaderProblem::ProtectedClass { product } => ChipFailure {
            product: Some(product),
            ..ChipFailure::new("chip-reader-protected", "chip-reader-protected-advice")
        },
        ReaderProblem::NotCcid { product } => ChipFailure {
            product: Some(product),
            ..ChipFailure::new("chip-reader-not-ccid", "chip-reader-not-ccid-advice")
        },
        ReaderProblem::Busy { product } => ChipFailure {
            product: Some(product),
            ..ChipFailure::new("chip-reader-busy", "chip-reader-busy-advice")
        },
        ReaderProblem::Failed(_) => {
            ChipFailure::new("chip-error-internal", "chip-error-internal-advice")
        }
    }
}

/// Seed 003 §7: each read failure with the official message and remedy.
pub fn read_failure(error: &ReadError) -> ChipFailure {
    match error {
        ReadError::CardNumberMismatch => ChipFailure {
            number_wrong: true,
            ..ChipFailure::new(
                "chip-error-number-mismatch",
                "chip-error-number-mismatch-advice",
            )
        },
        ReadError::UnsupportedCard(_) => ChipFailure::new(
            "chip-error-not-residence-card",
            "chip-error-not-residence-card-advice",
        ),
        ReadError::Channel {
            error: ChannelError::CardRemoved | ChannelError::Timeout,
            ..
        } => ChipFailure::new(
            "chip-error-card-not-read",
            "chip-error-card-not-read-advice",
        ),
        ReadError::Channel { .. }
        | ReadError::AuthenticationFailed { .. }
        | ReadError::Status { .. } => ChipFailure::new(
            "chip-error-while-reading",
            "chip-error-while-reading-advice",
        ),
        ReadError::Malformed { .. } => {
            ChipFailure::new("chip-error-chip-broken", "chip-error-chip-broken-advice")
        }
    }
}

fn picture(image: Option<&madoguchi_zairyu::Image>) -> Option<Picture> {
    let mut raster = images::decode(image?).ok()?;
    let picture = Picture {
        width: raster.width,
        height: raster.height,
        rgba: raster.to_rgba(),
    };
    raster.wipe();
    Some(picture)
}

fn describe(
    contents: &CardContents,
    verification: Verification,
    card_number: String,
    reader: String,
) -> ChipResult {
    let permission = contents
        .comprehensive_permission_text
        .clone()
        .or_else(|| contents.individual_permission_text.clone());
    ChipResult {
        kind: contents.card_type.kind,
        card_number,
        verification,
        front: picture(contents.front_image.as_ref()),
        face: picture(contents.face_image.as_ref()),
        name_image: picture(contents.name_image.as_ref()),
        address_image: picture(contents.address_image.as_ref()),
        address: contents.address.as_ref().map(|a| a.address.clone()),
        permission,
        renewal_applied: contents.renewal_application
            == Some(madoguchi_zairyu::contents::RenewalStatus::Applied),
        card_expiry: contents.printed.as_ref().map(|p| p.card_expiry.clone()),
        reader,
    }
}

/// Reads and verifies a card; `progress` gets the number of steps done so far.
pub async fn read_and_verify(
    card_number: &str,
    anchors: &TrustAnchors,
    now_unix: u64,
    mut progress: impl FnMut(u32),
) -> Result<Arc<ChipResult>, ChipFailure> {
    let number = madoguchi_zairyu::CardNumber::new(card_number).map_err(|_| ChipFailure {
        number_wrong: true,
        ..ChipFailure::new(
            "chip-error-number-mismatch",
            "chip-error-number-mismatch-advice",
        )
    })?;
    let reader = choose_reader().await.map_err(reader_failure)?;
    let product = reader.product.clone();
    let closer = reader.pipe.clone();
    let mut channel = ReaderChannel::new(reader);
    let mut steps = 0;
    let read = read_card_with_progress(
        &mut channel,
        &number,
        &mut rand_core::OsRng,
        &ReadOptions::default(),
        &mut |_| {
            steps += 1;
            progress(steps);
        },
    )
    .await;
    channel.disconnect().await;
    closer.close().await;
    let mut read = read.map_err(|e| read_failure(&e))?;
    let contents = parse_contents(read.card_type, &read.files)
        .map_err(|_| ChipFailure::new("chip-error-chip-broken", "chip-error-chip-broken-advice"))?;
    let verification = verify_card(read.card_type, &read.files, &anchors.store(), now_unix);
    read.files.wipe();
    Ok(Arc::new(describe(
        &contents,
        verification,
        number.as_str().to_owned(),
        product,
    )))
}

/// Whether the issuer check passed against a test CA (shown as "test CA, not the ISA").
pub fn is_test_ca(issuer: &IssuerCheck) -> bool {
    matches!(
        issuer,
        IssuerCheck::Verified {
            kind: madoguchi_zairyu::AnchorKind::Test,
            ..
        }
    )
}
