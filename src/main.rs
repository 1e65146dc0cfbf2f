//! madoguchi browser app: the Leptos shell that hosts every flow.
//!
//! This crate is the thin browser edge: it renders, reads preferences and talks to browser APIs.
//! Rules, parsing and protocol logic live in the pure crates under `crates/`.

mod api;
mod app;
mod chip;
mod components;
mod i18n;
mod offline;
mod pages;
mod passkey;
mod prefs;
mod smartcard;
mod webusb;
mod worker;

fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(app::App);
    offline::register_service_worker();
}
