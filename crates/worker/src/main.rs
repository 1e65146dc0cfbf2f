//! The Web Worker's entry point (wasm32 only; natively this binary does nothing). Thin glue:
//! receive `{id, message, bytes}`, fetch and cache the models, let the browser decode the photo
//! when it can, run the job (`madoguchi_worker::run`), post `{id, message, bytes?}` back.
//!
//! The loader (`public/worker-loader.js`) instantiates the module, starts the thread pool
//! (`initThreadPool`) and only then the engine (`startEngine`), so no job runs before the pool
//! exists (rayon would otherwise settle on a one-thread pool for good).

#[cfg(target_arch = "wasm32")]
mod glue;

#[cfg(target_arch = "wasm32")]
pub use wasm_bindgen_rayon::init_thread_pool;

fn main() {}
