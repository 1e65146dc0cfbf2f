//! The document step (issue: read documents from photos): choose or take a photo of a Residence
//! Card or a passport, read it in the engine worker, then review every field — editable, unsure
//! ones marked in words, each next to the crop of the photo it came from, MRZ check digits shown.
//! Nothing is sent: `on_confirm` hands the values to whatever embeds the step.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_jobs::{Area, CheckDigit, DocumentKind, DocumentScan, Reply, Request, ScanField};
use wasm_bindgen::{Clamped, JsCast};

use crate::components::capture::{CaptureJudge, FrameState};
use crate::i18n::{I18n, T, TArgs, TMessage, tr_plain};
use crate::worker::{JobError, cancel_all, run_job, today_iso};
use madoguchi_l10n::Locale;

/// Files larger than this are not read into memory.
const MAX_FILE_BYTES: f64 = 50.0 * 1024.0 * 1024.0;
/// With this many values to check, the review screen also gives the photo advice: a better
/// photo is quicker than correcting them one by one.
const RETAKE_ADVICE_FROM: usize = 3;

/// Which document the user is photographing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DocumentChoice {
    ResidenceCard,
    Passport,
}

impl DocumentChoice {
    /// Width over height of the framing guide (ID-1 card; passport data page).
    fn aspect(self) -> f64 {
        match self {
            DocumentChoice::ResidenceCard => 85.6 / 54.0,
            DocumentChoice::Passport => 125.0 / 88.0,
        }
    }
}

/// A read document and the picture its fields' rectangles refer to.
#[derive(Clone, Debug, PartialEq)]
pub struct ReadDocument {
    pub scan: DocumentScan,
    /// RGBA pixels of `scan.image`.
    pub pixels: Arc<Vec<u8>>,
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Busy {
    Reading,
    Downloading { percent: u64 },
}

/// Reads the first chosen file, unless it is too large to hold.
pub(crate) async fn read_file(
    input: &web_sys::HtmlInputElement,
) -> Result<Option<Vec<u8>>, &'static str> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    if file.size() > MAX_FILE_BYTES {
        return Err("photo-file-too-large");
    }
    let buffer = wasm_bindgen_futures::JsFuture::from(file.array_buffer())
        .await
        .map_err(|_| "photo-decode-failed")?;
    Ok(Some(js_sys::Uint8Array::new(&buffer).to_vec()))
}

fn check_key(check: CheckDigit) -> Option<&'static str> {
    match check {
        CheckDigit::Valid => Some("document-scan-check-valid"),
        CheckDigit::Repaired => Some("document-scan-check-repaired"),
        CheckDigit::Invalid => Some("document-scan-check-invalid"),
        CheckDigit::NotCovered => None,
    }
}

fn check_name(check: CheckDigit) -> &'static str {
    match check {
        CheckDigit::Valid => "valid",
        CheckDigit::Repaired => "repaired",
        CheckDigit::Invalid => "invalid",
        CheckDigit::NotCovered => "not-covered",
    }
}

/// Moves focus to the element on the next frame (after it is rendered), so it is read out.
fn focus_next_frame(id: &'static str) {
    request_animation_frame(move || {
        let element = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(id))
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = element {
            let _ = element.focus();
        }
    });
}

/// The part of the picture a value was read from, drawn on a canvas.
#[component]
fn Crop(pixels: Arc<Vec<u8>>, width: u32, height: u32, area: Area, label: String) -> impl IntoView {
    let canvas = NodeRef::<leptos::html::Canvas>::new();
    Effect::new(move |_| {
        let Some(canvas) = canvas.get() else { return };
        let x0 = (area.x.max(0.0) as u32).min(width.saturating_sub(1));
        let y0 = (area.y.max(0.0) as u32).min(height.saturating_sub(1));
        let w = ((area.width.max(1.0)) as u32).min(width - x0).max(1);
        let h = ((area.height.max(1.0)) as u32).min(height - y0).max(1);
        let mut crop = Vec::with_capacity((w * h * 4) as usize);
        for row in y0..y0 + h {
            let start = ((row * width + x0) * 4) as usize;
            let end = start + (w * 4) as usize;
            match pixels.get(start..end) {
                Some(line) => crop.extend_from_slice(line),
                None => return,
            }
        }
        canvas.set_width(w);
        canvas.set_height(h);
        let context = canvas
            .get_context("2d")
            .ok()
            .flatten()
            .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok());
        if let (Some(context), Ok(data)) = (
            context,
            web_sys::ImageData::new_with_u8_clamped_array_and_sh(Clamped(&crop[..]), w, h),
        ) {
            let _ = context.put_image_data(&data, 0.0, 0.0);
        }
    });
    view! { <canvas class="scan-crop" node_ref=canvas role="img" aria-label=label></canvas> }
}

/// The live camera: preview with the framing guide, a capture button.
struct Camera {
    stream: web_sys::MediaStream,
}

impl Camera {
    fn stop(&self) {
        for track in self.stream.get_tracks().iter() {
            if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
                track.stop();
            }
        }
    }
}

async fn open_camera() -> Option<web_sys::MediaStream> {
    let devices = web_sys::window()?.navigator().media_devices().ok()?;
    let constraints = web_sys::MediaStreamConstraints::new();
    let video = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&video, &"facingMode".into(), &"environment".into());
    let ideal = |v: f64| {
        let o = js_sys::Object::new();
        let _ = js_sys::Reflect::set(&o, &"ideal".into(), &v.into());
        o
    };
    let _ = js_sys::Reflect::set(&video, &"width".into(), &ideal(1920.0));
    let _ = js_sys::Reflect::set(&video, &"height".into(), &ideal(1080.0));
    constraints.set_video(&video);
    constraints.set_audio(&false.into());
    let promise = devices.get_user_media_with_constraints(&constraints).ok()?;
    wasm_bindgen_futures::JsFuture::from(promise)
        .await
        .ok()?
        .dyn_into::<web_sys::MediaStream>()
        .ok()
}

/// Preview frames judged per second for the automatic capture.
const PREVIEW_EVERY: std::time::Duration = std::time::Duration::from_millis(250);
/// Width of the grey copy of the framing guide's area that is judged.
const PREVIEW_WIDTH: u32 = 96;

/// A small grey copy of the framing guide's area of the video's current frame (80 % of the
/// width, centred, at the document's aspect), for the capture judge.
fn preview_grey(video: &web_sys::HtmlVideoElement, aspect: f64) -> Option<(Vec<u8>, usize)> {
    let (vw, vh) = (
        f64::from(video.video_width()),
        f64::from(video.video_height()),
    );
    if vw < 2.0 || vh < 2.0 {
        return None;
    }
    let sw = vw * 0.8;
    let sh = (sw / aspect).min(vh);
    let (sx, sy) = ((vw - sw) / 2.0, (vh - sh) / 2.0);
    let width = PREVIEW_WIDTH;
    let height = ((f64::from(width) / aspect) as u32).max(2);
    let canvas = web_sys::OffscreenCanvas::new(width, height).ok()?;
    let context: web_sys::OffscreenCanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element_and_sw_and_sh_and_dx_and_dy_and_dw_and_dh(
            video,
            sx,
            sy,
            sw,
            sh,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .ok()?;
    let data = context
        .get_image_data(0.0, 0.0, f64::from(width), f64::from(height))
        .ok()?
        .data();
    let grey = data
        .chunks_exact(4)
        .map(|p| ((77 * u32::from(p[0]) + 150 * u32::from(p[1]) + 29 * u32::from(p[2])) >> 8) as u8)
        .collect();
    Some((grey, width as usize))
}

/// The video's current frame as a JPEG.
async fn capture_frame(video: &web_sys::HtmlVideoElement) -> Option<Vec<u8>> {
    let (w, h) = (video.video_width(), video.video_height());
    if w == 0 || h == 0 {
        return None;
    }
    let canvas = web_sys::OffscreenCanvas::new(w, h).ok()?;
    let context: web_sys::OffscreenCanvasRenderingContext2d =
        canvas.get_context("2d").ok()??.dyn_into().ok()?;
    context
        .draw_image_with_html_video_element(video, 0.0, 0.0)
        .ok()?;
    let options = web_sys::ImageEncodeOptions::new();
    options.set_type("image/jpeg");
    options.set_quality(0.92);
    let blob: web_sys::Blob =
        wasm_bindgen_futures::JsFuture::from(canvas.convert_to_blob_with_options(&options).ok()?)
            .await
            .ok()?
            .dyn_into()
            .ok()?;
    let buffer = wasm_bindgen_futures::JsFuture::from(blob.array_buffer())
        .await
        .ok()?;
    Some(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The name of a closed-list value in the reader's language (the Japanese name for Japanese
/// and Chinese readers, else the English one), when it differs from the value shown.
pub(crate) fn term_hint(field: &ScanField, locale: Locale) -> Option<String> {
    let term = field.term.as_ref()?;
    let japanese = matches!(locale, Locale::Ja | Locale::ZhHans | Locale::ZhHant);
    let name = if japanese {
        term.japanese.clone().or_else(|| term.english.clone())
    } else {
        term.english.clone().or_else(|| term.japanese.clone())
    };
    name.filter(|n| *n != field.value)
}

/// The seed's advice for a photo that reads well (flat, large, no glare, sharp; for a
/// passport, the photo page and not the visa page).
#[component]
fn PhotoAdvice(passport: bool) -> impl IntoView {
    view! {
        <ul class="advice">
            <li><T key="document-scan-advice-flat" /></li>
            <li><T key="document-scan-advice-large" /></li>
            <li><T key="document-scan-advice-glare" /></li>
            <li><T key="document-scan-advice-sharp" /></li>
            {passport.then(|| view! { <li><T key="document-scan-advice-passport-page" /></li> })}
        </ul>
    }
}

/// One field of the review: label, editable value, what to check, and its crop.
#[component]
fn ReviewField(
    field: ScanField,
    index: usize,
    values: RwSignal<Vec<String>>,
    pixels: Arc<Vec<u8>>,
    width: u32,
    height: u32,
) -> impl IntoView {
    let id = format!("scan-field-{}", field.id);
    let note_id = format!("scan-note-{}", field.id);
    let label_key = format!("document-field-{}", field.id);
    let found = !field.value.is_empty();
    let review = field.needs_review;
    let note = if !found {
        Some("document-scan-not-found")
    } else if review {
        Some("document-scan-needs-review")
    } else {
        None
    };
    let check = field.check.and_then(|c| check_key(c).map(|key| (c, key)));
    let language = expect_context::<I18n>().language.get_untracked();
    let hint = term_hint(&field, language.locale);
    let crop_label = crate::i18n::message(
        language,
        "document-scan-crop-alt",
        Some(&{
            let mut args = madoguchi_l10n::Args::new();
            args.set("field", tr_plain(&label_key));
            args
        }),
    );
    let crop_label = madoguchi_l10n::furigana::plain_text(&crop_label);
    let crop = field.source.map(|area| {
        view! { <Crop pixels=pixels width=width height=height area=area label=crop_label /> }
    });
    let described = [
        note.map(|_| note_id.clone()),
        check.map(|_| format!("scan-check-{}", field.id)),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");
    view! {
        <div class="scan-field" class:needs-review=review data-field=field.id.clone()
            data-review=if review { "true" } else { "false" }
            data-check=field.check.map(check_name)>
            <div class="scan-value">
                <label for=id.clone()><TMessage key=label_key /></label>
                <input type="text" id=id autocomplete="off" spellcheck="false"
                    aria-describedby=(!described.is_empty()).then_some(described)
                    prop:value=move || values.with(|v| v.get(index).cloned().unwrap_or_default())
                    on:input=move |ev| {
                        let value = event_target_value(&ev);
                        values.update(|v| if let Some(slot) = v.get_mut(index) { *slot = value });
                    } />
                {hint.map(|name| view! { <p class="hint term-name">{name}</p> })}
                {note.map(|key| view! {
                    <p id=note_id class="review-note"><strong><T key="document-scan-check-mark" /></strong>" "<T key=key /></p>
                })}
                {check.map(|(status, key)| view! {
                    <p id=format!("scan-check-{}", field.id) class="check-digit" data-check=check_name(status)>
                        <T key=key />
                    </p>
                })}
            </div>
            <div class="scan-source">{crop}</div>
        </div>
    }
}

/// The document step. `on_confirm` gets the (possibly corrected) fields when the user confirms;
/// `on_photo`, just before, the photo they were read from (e.g. to take the face photo from it).
#[component]
pub fn DocumentStep(
    #[prop(into)] choice: Signal<DocumentChoice>,
    on_confirm: Callback<Vec<ScanField>>,
    #[prop(optional)] on_photo: Option<Callback<Arc<Vec<u8>>>>,
) -> impl IntoView {
    let busy = RwSignal::new(None::<Busy>);
    let error = RwSignal::new(None::<String>);
    let read = RwSignal::new(None::<ReadDocument>);
    let values = RwSignal::new(Vec::<String>::new());
    let camera = StoredValue::new_local(None::<Camera>);
    let camera_open = RwSignal::new(false);
    let frame_state = RwSignal::new(None::<FrameState>);
    let judge = StoredValue::new_local(CaptureJudge::default());
    let preview_timer = StoredValue::new_local(None::<IntervalHandle>);
    let input_ref = NodeRef::<leptos::html::Input>::new();
    let video_ref = NodeRef::<leptos::html::Video>::new();
    // The photo of the last read, for `on_photo`.
    let photo = StoredValue::new(None::<Arc<Vec<u8>>>);

    let close_camera = move || {
        preview_timer.try_update_value(|t| {
            if let Some(timer) = t.take() {
                timer.clear();
            }
        });
        frame_state.try_set(None);
        camera.try_update_value(|c| {
            if let Some(c) = c.take() {
                c.stop();
            }
        });
        camera_open.try_set(false);
    };
    on_cleanup(move || {
        close_camera();
        cancel_all_if_busy(busy);
    });

    let show_error = move |key: String| {
        error.set(Some(key));
        focus_next_frame("document-scan-error");
    };

    let scan = move |bytes: Vec<u8>| {
        read.set(None);
        error.set(None);
        busy.set(Some(Busy::Reading));
        let request = match choice.get_untracked() {
            DocumentChoice::Passport => Request::ScanPassport { today: today_iso() },
            DocumentChoice::ResidenceCard => Request::ScanCard { today: today_iso() },
        };
        let bytes = Arc::new(bytes);
        photo.set_value(Some(bytes.clone()));
        spawn_local(async move {
            let progress = move |reply: &Reply| {
                if let Reply::Downloading { loaded, total, .. } = reply {
                    let percent = if *total > 0 { loaded * 100 / total } else { 0 };
                    busy.set(Some(Busy::Downloading { percent }));
                }
            };
            let answer = run_job(&request, Some(bytes.as_slice()), progress).await;
            busy.set(None);
            match answer {
                Ok((Reply::DocumentRead { scan }, Some(pixels))) => {
                    values.set(scan.fields.iter().map(|f| f.value.clone()).collect());
                    read.set(Some(ReadDocument {
                        scan,
                        pixels: Arc::new(pixels),
                    }));
                    focus_next_frame("document-review-heading");
                }
                Ok((Reply::Failed { message }, _)) => show_error(message),
                Ok(_) | Err(JobError::Failed(_)) => show_error("document-scan-failed".to_owned()),
                Err(JobError::Cancelled) => {}
            }
        });
    };

    let choose = move |_| {
        let Some(input) = input_ref.get_untracked() else {
            return;
        };
        let input: web_sys::HtmlInputElement = input.unchecked_into();
        spawn_local(async move {
            let file = read_file(&input).await;
            input.set_value("");
            match file {
                Ok(Some(bytes)) => scan(bytes),
                Ok(None) => {}
                Err(message) => show_error(message.to_owned()),
            }
        });
    };

    let take_photo = move || {
        let Some(video) = video_ref.get_untracked() else {
            return;
        };
        // One capture at a time: the automatic one stops the preview judge.
        preview_timer.try_update_value(|t| {
            if let Some(timer) = t.take() {
                timer.clear();
            }
        });
        spawn_local(async move {
            match capture_frame(&video).await {
                Some(jpeg) => {
                    close_camera();
                    scan(jpeg);
                }
                None => show_error("document-scan-unreadable".to_owned()),
            }
        });
    };
    let capture = move |_| take_photo();

    // Automatic capture: judge the framing guide's area a few times a second and take the photo
    // once it has been still and sharp for a moment.
    let start_preview = move || {
        judge.set_value(CaptureJudge::default());
        let timer = set_interval_with_handle(
            move || {
                let Some(video) = video_ref.get_untracked() else {
                    return;
                };
                let Some((grey, width)) = preview_grey(&video, choice.get_untracked().aspect())
                else {
                    return;
                };
                let state = judge
                    .try_update_value(|j| j.judge(&grey, width))
                    .unwrap_or(FrameState::Moving);
                frame_state.set(Some(state));
                if state == FrameState::Ready && busy.get_untracked().is_none() {
                    take_photo();
                }
            },
            PREVIEW_EVERY,
        );
        if let Ok(timer) = timer {
            preview_timer.set_value(Some(timer));
        }
    };

    let start_camera = move |_| {
        error.set(None);
        spawn_local(async move {
            match open_camera().await {
                Some(stream) => {
                    camera_open.set(true);
                    // The video element exists once the camera section is rendered.
                    request_animation_frame(move || {
                        if let Some(video) = video_ref.get_untracked() {
                            video.set_src_object(Some(&stream));
                            let _ = video.play();
                        }
                        camera.set_value(Some(Camera { stream }));
                        start_preview();
                    });
                }
                None => show_error("document-scan-camera-unavailable".to_owned()),
            }
        });
    };

    let cancel = move |_| {
        cancel_all();
        busy.set(None);
    };

    let confirm = move |_| {
        let Some(document) = read.get_untracked() else {
            return;
        };
        if let (Some(on_photo), Some(bytes)) = (on_photo, photo.get_value()) {
            on_photo.run(bytes);
        }
        let edited = values.get_untracked();
        let fields = document
            .scan
            .fields
            .iter()
            .zip(edited)
            .map(|(field, value)| ScanField {
                value,
                ..field.clone()
            })
            .collect();
        on_confirm.run(fields);
    };

    let busy_view = move || {
        busy.get().map(|state| {
            let (key, percent) = match state {
                Busy::Reading => ("document-scan-reading", None),
                Busy::Downloading { percent } => ("document-scan-downloading", Some(percent)),
            };
            let args = vec![("percent", percent.unwrap_or(0).to_string())];
            view! {
                <div class="busy" role="status">
                    <p><TArgs key=key args=args /></p>
                    {percent.map(|p| view! { <progress max="100" value=p></progress> })}
                    <button type="button" on:click=cancel>
                        <T key="document-scan-cancel" />
                    </button>
                </div>
            }
        })
    };

    let error_view = move || {
        error.get().map(|key| {
            let passport = choice.get_untracked() == DocumentChoice::Passport;
            view! {
                <div id="document-scan-error" class="scan-error" role="alert" tabindex="-1">
                    <p class="field-error"><TMessage key=key /></p>
                    <h3><T key="document-scan-advice-heading" /></h3>
                    <PhotoAdvice passport=passport />
                </div>
            }
        })
    };

    let camera_view = move || {
        camera_open.get().then(|| {
            let aspect = choice.get().aspect();
            view! {
                <section class="camera" aria-labelledby="camera-guide">
                    <div class="camera-frame">
                        <video node_ref=video_ref autoplay=true playsinline=true muted=true aria-hidden="true"></video>
                        <div class="frame-guide" style:aspect-ratio=format!("{aspect}")></div>
                    </div>
                    <p id="camera-guide" class="hint"><T key="document-scan-camera-guide" /></p>
                    <p class="hint" role="status" data-frame=move || match frame_state.get() {
                        Some(FrameState::Moving) => "moving",
                        Some(FrameState::Blurred) => "blurred",
                        Some(FrameState::Steady) | Some(FrameState::Ready) => "steady",
                        None => "waiting",
                    }>
                        {move || match frame_state.get() {
                            Some(FrameState::Moving) => view! { <T key="document-scan-camera-hold-still" /> }.into_any(),
                            Some(FrameState::Blurred) => view! { <T key="document-scan-camera-blurred" /> }.into_any(),
                            _ => view! { <T key="document-scan-camera-auto" /> }.into_any(),
                        }}
                    </p>
                    <div class="actions">
                        <button type="button" class="primary" on:click=capture>
                            <T key="document-scan-camera-capture" />
                        </button>
                        <button type="button" on:click=move |_| close_camera()>
                            <T key="document-scan-camera-stop" />
                        </button>
                    </div>
                </section>
            }
        })
    };

    let review_view = move || {
        read.get().map(|document| {
            let scan = document.scan.clone();
            let to_check = scan.fields.iter().filter(|f| f.needs_review).count();
            let count_args = vec![("count", to_check.to_string())];
            let glare = scan.quality.glare_warning;
            let small = scan.quality.small_warning;
            let retake = to_check >= RETAKE_ADVICE_FROM;
            let passport = scan.kind == DocumentKind::Passport;
            let mrz = (!scan.mrz_lines.is_empty()).then(|| {
                let lines = scan.mrz_lines.join("\n");
                let checks_pass = scan.mrz_checks_pass.unwrap_or(false);
                view! {
                    <details class="mrz">
                        <summary><T key="document-scan-mrz-heading" /></summary>
                        <pre lang="en">{lines}</pre>
                        <p data-checks=if checks_pass { "pass" } else { "fail" }>
                            <T key=if checks_pass { "document-scan-mrz-pass" } else { "document-scan-mrz-fail" } />
                        </p>
                    </details>
                }
            });
            let kind = match scan.kind {
                DocumentKind::Passport => "passport",
                DocumentKind::ResidenceCard => "residence-card",
                DocumentKind::SpecialPermanentResidentCertificate => "special-permanent-resident-certificate",
            };
            let fields = scan
                .fields
                .iter()
                .cloned()
                .enumerate()
                .map(|(index, field)| {
                    view! {
                        <ReviewField field=field index=index values=values pixels=document.pixels.clone()
                            width=scan.image.width height=scan.image.height />
                    }
                })
                .collect_view();
            view! {
                <section class="document-review" data-kind=kind aria-labelledby="document-review-heading">
                    <h3 id="document-review-heading" tabindex="-1"><T key="document-scan-review-heading" /></h3>
                    <p class="hint"><T key="document-scan-review-hint" /></p>
                    <p class="review-summary" role="status">
                        {if to_check == 0 {
                            view! { <T key="document-scan-review-none" /> }.into_any()
                        } else {
                            view! { <TArgs key="document-scan-review-count" args=count_args /> }.into_any()
                        }}
                    </p>
                    {glare.then(|| view! { <p class="note" data-advice="glare"><T key="document-scan-glare-warning" /></p> })}
                    {small.then(|| view! { <p class="note" data-advice="small"><T key="document-scan-small-warning" /></p> })}
                    {retake.then(|| view! {
                        <div class="note" data-advice="retake">
                            <p><T key="document-scan-many-to-check" /></p>
                            <PhotoAdvice passport=passport />
                        </div>
                    })}
                    <div class="scan-fields">{fields}</div>
                    {mrz}
                    <div class="actions">
                        <button type="button" class="primary" on:click=confirm>
                            <T key="document-scan-confirm" />
                        </button>
                        <button type="button" on:click=move |_| {
                            read.set(None);
                            values.set(Vec::new());
                        }>
                            <T key="document-scan-again" />
                        </button>
                    </div>
                </section>
            }
        })
    };

    view! {
        <section class="document-step" aria-labelledby="document-step-heading">
            <h2 id="document-step-heading"><T key="document-scan-choose" /></h2>
            <p class="hint" id="document-step-hint"><T key="document-scan-choose-hint" /></p>
            <div class="actions">
                <input id="document-file" class="file-input" type="file"
                    accept="image/jpeg,image/png,image/heic,image/heif,.jpg,.jpeg,.png,.heic,.heif"
                    aria-describedby="document-step-hint" node_ref=input_ref on:change=choose />
                <label class="file-button" for="document-file"><T key="document-scan-file" /></label>
                <button type="button" class="file-button" on:click=start_camera
                    hidden=move || camera_open.get()>
                    <T key="document-scan-camera-start" />
                </button>
            </div>
            {camera_view}
            {error_view}
            {busy_view}
            {review_view}
        </section>
    }
}

/// Leaving the page stops a read still running in the worker.
fn cancel_all_if_busy(busy: RwSignal<Option<Busy>>) {
    if busy.try_get_untracked().flatten().is_some() {
        cancel_all();
    }
}
