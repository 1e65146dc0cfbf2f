//! The Web Worker's entry point (wasm32 only; natively this binary does nothing). Thin glue:
//! receive `{id, message, bytes}`, fetch and cache the models, let the browser decode the photo
//! when it can, run the job (`madoguchi_worker::run`), post `{id, message, bytes?}` back.

#[cfg(target_arch = "wasm32")]
mod glue;

fn main() {
    #[cfg(target_arch = "wasm32")]
    glue::start();
}
