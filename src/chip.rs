//! The chip read as the card-reader page runs it: reader → CCID → read → verify → decode, and
//! the mapping of every failure to a translated message (seed 003 §7) and what to do.

use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Arc;

use madoguchi_ccid::presence::{CardPresence, slot_change};
use madoguchi_ccid::sony::{Rcs300Channel, Rcs380Channel};
use madoguchi_ccid::{CcidReader, PipeError};
use madoguchi_zairyu::{
    CardChannel, CardContents, CardKind, ChannelError, IssuerCheck, ReadError, ReadOptions,
    Response, TrustStore, Verification, images, parse_contents, read_card_with_progress,
    verify_card,
};

use crate::smartcard::{SmartCardChannel, SmartCardContext, SmartCardProblem};
use crate::webusb::{
    ReaderKind, ReaderProblem, UsbDevice, WebUsbPipe, WebUsbReader, choose_reader, open_reader,
};

/// Which reader the user picked on the reader step.
#[derive(Clone)]
pub enum ReaderChoice {
    /// Open the browser's USB chooser.
    ChooseUsb,
    /// A USB reader the site was allowed to use earlier (`getDevices`).
    Usb(UsbDevice),
    /// A reader of the operating system (Web Smart Card API), by name.
    SmartCard(SmartCardContext, String),
}

/// What the read is doing, for the page.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ReadEvent {
    /// The reader is ready but has no card: "place the card on the reader".
    WaitingForCard,
    /// Steps of the chip read done so far.
    Step(u32),
}

#[derive(Default)]
struct CancelState {
    cancelled: bool,
    hook: Option<Box<dyn FnOnce()>>,
}

/// Lets the page stop a read that is waiting for the card: the wait's pending transfer is
/// ended by closing the reader (USB) or aborting `getStatusChange` (Smart Card API).
#[derive(Clone, Default)]
pub struct CancelRead(Rc<RefCell<CancelState>>);

impl CancelRead {
    pub fn cancel(&self) {
        let hook = {
            let mut state = self.0.borrow_mut();
            state.cancelled = true;
            state.hook.take()
        };
        if let Some(hook) = hook {
            hook();
        }
    }

    fn is_cancelled(&self) -> bool {
        self.0.borrow().cancelled
    }

    fn on_cancel(&self, hook: impl FnOnce() + 'static) {
        if self.is_cancelled() {
            hook();
        } else {
            self.0.borrow_mut().hook = Some(Box::new(hook));
        }
    }
}

/// The transport of the chosen reader; the chip code only sees `CardChannel`.
enum ReaderChannel {
    Ccid(CcidReader<WebUsbPipe>),
    Rcs300(Rcs300Channel<WebUsbPipe>),
    Rcs380(Rcs380Channel<WebUsbPipe>),
    SmartCard(SmartCardChannel),
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
            ReaderChannel::SmartCard(connection) => connection.disconnect().await,
        }
    }

    async fn card_present(&mut self) -> Result<bool, ChannelError> {
        match self {
            ReaderChannel::Ccid(channel) => channel.card_present().await,
            ReaderChannel::Rcs300(channel) => channel.card_present().await,
            ReaderChannel::Rcs380(channel) => channel.card_present().await,
            // Connected only once a card was there.
            ReaderChannel::SmartCard(_) => Ok(true),
        }
    }
}

/// An opened reader: the channel, the USB device to close afterwards, and its name.
struct OpenReader {
    channel: ReaderChannel,
    usb: Option<WebUsbPipe>,
    product: String,
}

impl OpenReader {
    async fn release(mut self) {
        self.channel.disconnect().await;
        if let Some(pipe) = self.usb {
            pipe.close().await;
        }
    }
}

/// Resolves after `ms` milliseconds (polling readers that cannot announce a card).
async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// How often readers without card events are asked whether a card arrived.
const CARD_POLL_MS: i32 = 500;

/// Opens the chosen reader and returns once a card is on it (reporting the wait).
async fn open_with_card(
    choice: ReaderChoice,
    cancel: &CancelRead,
    progress: &mut impl FnMut(ReadEvent),
) -> Result<OpenReader, ChipFailure> {
    match choice {
        ReaderChoice::ChooseUsb => {
            let reader = choose_reader().await.map_err(reader_failure)?;
            usb_with_card(reader, cancel, progress).await
        }
        ReaderChoice::Usb(device) => {
            let reader = open_reader(device).await.map_err(reader_failure)?;
            usb_with_card(reader, cancel, progress).await
        }
        ReaderChoice::SmartCard(context, name) => {
            smart_card_with_card(context, name, cancel, progress).await
        }
    }
}

async fn usb_with_card(
    reader: WebUsbReader,
    cancel: &CancelRead,
    progress: &mut impl FnMut(ReadEvent),
) -> Result<OpenReader, ChipFailure> {
    let pipe = reader.pipe.clone();
    let closer = pipe.clone();
    cancel
        .on_cancel(move || wasm_bindgen_futures::spawn_local(async move { closer.close().await }));
    let mut open = OpenReader {
        product: reader.product.clone(),
        channel: ReaderChannel::new(reader),
        usb: Some(pipe.clone()),
    };
    loop {
        if cancel.is_cancelled() {
            open.release().await;
            return Err(ChipFailure::cancelled());
        }
        let outcome = match open.channel.card_present().await {
            Ok(true) => return Ok(open),
            Ok(false) => {
                progress(ReadEvent::WaitingForCard);
                wait_for_card_event(&pipe).await
            }
            Err(error) => Err(error),
        };
        if let Err(error) = outcome {
            let cancelled = cancel.is_cancelled();
            open.release().await;
            return Err(if cancelled {
                ChipFailure::cancelled()
            } else {
                channel_failure(error)
            });
        }
    }
}

/// CCID readers say when a card arrives (NotifySlotChange); the others are asked again later.
async fn wait_for_card_event(pipe: &WebUsbPipe) -> Result<(), ChannelError> {
    if !pipe.has_card_events() {
        sleep(CARD_POLL_MS).await;
        return Ok(());
    }
    loop {
        let message = pipe.next_card_event().await.map_err(|error| match error {
            PipeError::Disconnected => ChannelError::CardRemoved,
            other => ChannelError::Transport(other.to_string()),
        })?;
        // Other interrupt messages (hardware errors) and removals keep the wait going.
        if slot_change(&message, 0).is_some_and(|change| change.present) {
            return Ok(());
        }
    }
}

async fn smart_card_with_card(
    context: SmartCardContext,
    name: String,
    cancel: &CancelRead,
    progress: &mut impl FnMut(ReadEvent),
) -> Result<OpenReader, ChipFailure> {
    let controller = web_sys::AbortController::new()
        .map_err(|_| ChipFailure::new("chip-error-internal", "chip-error-internal-advice"))?;
    let signal = controller.signal();
    cancel.on_cancel(move || controller.abort());
    let mut wait = false;
    loop {
        if cancel.is_cancelled() {
            return Err(ChipFailure::cancelled());
        }
        match context.card_present(&name, wait, Some(&signal)).await {
            Ok(true) => break,
            Ok(false) => {
                progress(ReadEvent::WaitingForCard);
                wait = true;
            }
            Err(problem) => return Err(smart_card_failure(problem, &name)),
        }
    }
    let channel = context
        .connect(&name)
        .await
        .map_err(|problem| smart_card_failure(problem, &name))?;
    Ok(OpenReader {
        channel: ReaderChannel::SmartCard(channel),
        usb: None,
        product: name,
    })
}

impl CardChannel for ReaderChannel {
    async fn transmit(&mut self, apdu: &[u8]) -> Result<Response, ChannelError> {
        match self {
            ReaderChannel::Ccid(channel) => channel.transmit(apdu).await,
            ReaderChannel::Rcs300(channel) => channel.transmit(apdu).await,
            ReaderChannel::Rcs380(channel) => channel.transmit(apdu).await,
            ReaderChannel::SmartCard(channel) => channel.transmit(apdu).await,
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
    /// The user stopped the wait for the card: back to the reader step, no message.
    pub cancelled: bool,
}

impl ChipFailure {
    fn new(message: &'static str, advice: &'static str) -> Self {
        ChipFailure {
            message,
            advice,
            product: None,
            number_wrong: false,
            cancelled: false,
        }
    }

    fn cancelled() -> Self {
        ChipFailure {
            cancelled: true,
            ..ChipFailure::new("chip-error-internal", "chip-error-internal-advice")
        }
    }
}

fn smart_card_failure(problem: SmartCardProblem, reader: &str) -> ChipFailure {
    let with_reader = |failure: ChipFailure| ChipFailure {
        product: Some(reader.to_owned()),
        ..failure
    };
    match problem {
        SmartCardProblem::NoCard => ChipFailure::new(
            "chip-error-card-not-read",
            "chip-error-card-not-read-advice",
        ),
        SmartCardProblem::Busy => with_reader(ChipFailure::new(
            "chip-reader-busy",
            "chip-reader-busy-advice",
        )),
        SmartCardProblem::Unavailable => with_reader(ChipFailure::new(
            "chip-reader-unavailable",
            "chip-reader-unavailable-advice",
        )),
        SmartCardProblem::Cancelled => ChipFailure::cancelled(),
        SmartCardProblem::Other(_) => {
            ChipFailure::new("chip-error-internal", "chip-error-internal-advice")
        }
    }
}

/// A reader that failed before the chip read began (presence check, card wait).
fn channel_failure(error: ChannelError) -> ChipFailure {
    match error {
        ChannelError::CardRemoved | ChannelError::Timeout => ChipFailure::new(
            "chip-error-card-not-read",
            "chip-error-card-not-read-advice",
        ),
        _ => ChipFailure::new(
            "chip-error-while-reading",
            "chip-error-while-reading-advice",
        ),
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

/// Opens the chosen reader, waits for the card, reads and verifies it. The trust anchors may still
/// be on their way from the server: they are awaited only for the issuer check, after the read.
pub async fn read_and_verify(
    card_number: &str,
    choice: ReaderChoice,
    anchors: impl Future<Output = TrustAnchors>,
    now_unix: u64,
    cancel: CancelRead,
    mut progress: impl FnMut(ReadEvent),
) -> Result<Arc<ChipResult>, ChipFailure> {
    let number = madoguchi_zairyu::CardNumber::new(card_number).map_err(|_| ChipFailure {
        number_wrong: true,
        ..ChipFailure::new(
            "chip-error-number-mismatch",
            "chip-error-number-mismatch-advice",
        )
    })?;
    let mut reader = open_with_card(choice, &cancel, &mut progress).await?;
    progress(ReadEvent::Step(0));
    let mut steps = 0;
    let read = read_card_with_progress(
        &mut reader.channel,
        &number,
        &mut rand_core::OsRng,
        &ReadOptions::default(),
        &mut |_| {
            steps += 1;
            progress(ReadEvent::Step(steps));
        },
    )
    .await;
    let product = reader.product.clone();
    reader.release().await;
    let mut read = read.map_err(|e| read_failure(&e))?;
    let contents = parse_contents(read.card_type, &read.files)
        .map_err(|_| ChipFailure::new("chip-error-chip-broken", "chip-error-chip-broken-advice"))?;
    let anchors = anchors.await;
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
