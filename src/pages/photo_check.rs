//! "Check an ID photo": the photo step on its own, for residents preparing an application
//! elsewhere. The accepted photo can be saved; nothing is sent.

use std::sync::Arc;

use leptos::prelude::*;
use leptos::task::spawn_local;
use madoguchi_jobs::{ProfileInfo, Reply, Request};

use crate::components::photo_step::PhotoStep;
use crate::i18n::{T, TMessage};
use crate::worker::run_job;

#[component]
pub fn PhotoCheckPage() -> impl IntoView {
    let profiles = RwSignal::new(Vec::<ProfileInfo>::new());
    let profile = RwSignal::new(String::from("mynumber"));
    let accepted = RwSignal::new(None::<String>);
    spawn_local(async move {
        if let Ok((Reply::Profiles { profiles: list }, _)) =
            run_job(&Request::Profiles, None, |_| {}).await
        {
            profiles.set(list);
        }
    });
    let release = move || {
        if let Some(url) = accepted.get_untracked() {
            let _ = web_sys::Url::revoke_object_url(&url);
        }
    };
    on_cleanup(release);
    let on_accept = Callback::new(move |jpeg: Arc<Vec<u8>>| {
        let parts = js_sys::Array::of1(&js_sys::Uint8Array::from(jpeg.as_slice()));
        let options = web_sys::BlobPropertyBag::new();
        options.set_type("image/jpeg");
        let url = web_sys::Blob::new_with_u8_array_sequence_and_options(&parts, &options)
            .ok()
            .and_then(|blob| web_sys::Url::create_object_url_with_blob(&blob).ok());
        release();
        accepted.set(url);
    });

    let profile_choice = move || {
        profiles
            .get()
            .into_iter()
            .map(|p| {
                let id = format!("photo-profile-{}", p.id);
                let value = p.id.clone();
                let selected = p.id.clone();
                view! {
                    <span class="choice">
                        <input type="radio" name="photo-profile" id=id.clone() value=p.id.clone()
                            prop:checked=move || profile.get() == selected
                            on:change=move |_| {
                                profile.set(value.clone());
                                release();
                                accepted.set(None);
                            } />
                        <label for=id><TMessage key=p.title /></label>
                    </span>
                }
            })
            .collect_view()
    };

    view! {
        <h1><T key="photo-page-title" /></h1>
        <p class="lead"><T key="photo-page-intro" /></p>
        <fieldset class="setting">
            <legend><T key="photo-profile-legend" /></legend>
            {profile_choice}
        </fieldset>
        {move || {
            // A new profile starts the step afresh.
            let _ = profile.get();
            view! { <PhotoStep profile=profile on_accept=on_accept /> }
        }}
        {move || accepted.get().map(|url| view! {
            <section class="photo-saved" aria-labelledby="photo-saved-heading" role="status">
                <h2 id="photo-saved-heading"><T key="photo-saved-heading" /></h2>
                <p><a href=url download="photo.jpg" class="button primary"><T key="photo-save-link" /></a></p>
                <p class="hint"><T key="photo-saved-hint" /></p>
            </section>
        })}
        <p class="privacy-note"><T key="photo-privacy" /></p>
    }
}
