//! The app's side of the engine worker (`crates/worker`): started on first use, one job
//! answered per message id; "cancel" terminates the worker (a new one starts next time).
//! Photos go to the worker as transferred `ArrayBuffer`s — they never leave the tab.

use std::cell::RefCell;
use std::collections::HashMap;

use futures_channel::oneshot;
use js_sys::{Object, Reflect, Uint8Array};
use madoguchi_jobs::{Reply, Request, decode, encode};
use wasm_bindgen::prelude::*;

/// The worker's loader (`public/worker-loader.js`, copied by Trunk).
const WORKER_SCRIPT: &str = "/worker-loader.js";

/// Why a job ended without a reply.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum JobError {
    Cancelled,
    /// The worker could not start or crashed: a Fluent id for the user.
    Failed(&'static str),
}

/// Today in the device's time zone as `YYYY-MM-DD`, for the jobs that need it: the worker has
/// no clock of its own.
pub fn today_iso() -> String {
    let now = js_sys::Date::new_0();
    format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    )
}

type Answer = Result<(Reply, Option<Vec<u8>>), JobError>;

struct Pending {
    answer: oneshot::Sender<Answer>,
    progress: Box<dyn Fn(&Reply)>,
}

struct Running {
    worker: web_sys::Worker,
    ready: bool,
    /// Messages posted before the worker said it was listening.
    queued: Vec<(JsValue, js_sys::Array)>,
    pending: HashMap<u32, Pending>,
    next_id: u32,
    _on_message: Closure<dyn Fn(web_sys::MessageEvent)>,
    _on_error: Closure<dyn Fn(web_sys::Event)>,
}

thread_local! {
    static RUNNING: RefCell<Option<Running>> = const { RefCell::new(None) };
}

fn on_message(event: web_sys::MessageEvent) {
    let data = event.data();
    let id = Reflect::get(&data, &"id".into())
        .ok()
        .and_then(|v| v.as_f64())
        .map_or(0, |v| v as u32);
    let Some(reply) = Reflect::get(&data, &"message".into())
        .ok()
        .and_then(|m| m.as_string())
        .and_then(|m| decode::<Reply>(&m).ok())
    else {
        return;
    };
    let bytes = Reflect::get(&data, &"bytes".into())
        .ok()
        .filter(|b| b.is_instance_of::<js_sys::ArrayBuffer>())
        .map(|b| Uint8Array::new(&b).to_vec());
    RUNNING.with(|cell| {
        let mut running = cell.borrow_mut();
        let Some(running) = running.as_mut() else {
            return;
        };
        match reply {
            Reply::Ready => {
                running.ready = true;
                for (message, transfer) in running.queued.drain(..) {
                    let _ = running
                        .worker
                        .post_message_with_transfer(&message, &transfer);
                }
            }
            Reply::Downloading { .. } => {
                if let Some(pending) = running.pending.get(&id) {
                    (pending.progress)(&reply);
                }
            }
            reply => {
                if let Some(pending) = running.pending.remove(&id) {
                    let _ = pending.answer.send(Ok((reply, bytes)));
                }
            }
        }
    });
}

/// The worker failed to load or crashed: every waiting job gets the error.
fn on_error(_: web_sys::Event) {
    if let Some(running) = RUNNING.with(|cell| cell.borrow_mut().take()) {
        running.worker.terminate();
        for (_, pending) in running.pending {
            let _ = pending.answer.send(Err(JobError::Failed("worker-failed")));
        }
    }
}

fn start() -> Result<Running, JobError> {
    // A module worker: the loader imports wasm-bindgen's ES module glue.
    let options = web_sys::WorkerOptions::new();
    options.set_type(web_sys::WorkerType::Module);
    let worker = web_sys::Worker::new_with_options(WORKER_SCRIPT, &options)
        .map_err(|_| JobError::Failed("worker-failed"))?;
    let on_message = Closure::<dyn Fn(web_sys::MessageEvent)>::new(on_message);
    let on_error = Closure::<dyn Fn(web_sys::Event)>::new(on_error);
    worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
    Ok(Running {
        worker,
        ready: false,
        queued: Vec::new(),
        pending: HashMap::new(),
        next_id: 1,
        _on_message: on_message,
        _on_error: on_error,
    })
}

/// Runs `request` in the worker with `bytes` beside it; `progress` sees model downloads.
pub async fn run_job(
    request: &Request,
    bytes: Option<&[u8]>,
    progress: impl Fn(&Reply) + 'static,
) -> Answer {
    let receiver = RUNNING.with(|cell| {
        let mut slot = cell.borrow_mut();
        if slot.is_none() {
            *slot = Some(start()?);
        }
        let running = slot.as_mut().ok_or(JobError::Failed("worker-failed"))?;
        let id = running.next_id;
        running.next_id += 1;
        let message = Object::new();
        let _ = Reflect::set(&message, &"id".into(), &id.into());
        let _ = Reflect::set(&message, &"message".into(), &encode(request).into());
        let transfer = js_sys::Array::new();
        if let Some(bytes) = bytes {
            let buffer = Uint8Array::from(bytes).buffer();
            let _ = Reflect::set(&message, &"bytes".into(), &buffer);
            transfer.push(&buffer);
        }
        let (sender, receiver) = oneshot::channel();
        running.pending.insert(
            id,
            Pending {
                answer: sender,
                progress: Box::new(progress),
            },
        );
        if running.ready {
            let _ = running
                .worker
                .post_message_with_transfer(&message, &transfer);
        } else {
            running.queued.push((message.into(), transfer));
        }
        Ok::<_, JobError>(receiver)
    })?;
    receiver.await.unwrap_or(Err(JobError::Cancelled))
}

/// Stops whatever the worker is doing; waiting jobs end with [`JobError::Cancelled`].
pub fn cancel_all() {
    if let Some(running) = RUNNING.with(|cell| cell.borrow_mut().take()) {
        running.worker.terminate();
        // Dropping the senders ends each waiting job as cancelled.
        drop(running.pending);
    }
}
