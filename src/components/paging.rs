//! Page-numbered lists (seed 001 §5: 表示数変更 "20件ずつ表示", page numbers, 最初へ / 最後へ)
//! for every list the API pages (`crates/server/src/paging.rs`). The page and its size live in
//! the URL's query (`?page=2&page_size=50`), so a list can be linked, reloaded and gone back to.

use leptos::prelude::*;
use leptos_router::hooks::use_query_map;

use crate::i18n::{T, TArgs};

/// Sizes the API offers; 20 is the default, as on the official screen.
pub const PAGE_SIZES: [u32; 4] = [10, 20, 50, 100];
pub const DEFAULT_PAGE_SIZE: u32 = 20;
/// Page numbers shown around the current one.
const PAGE_WINDOW: u32 = 10;

/// The page numbers to show: at most `PAGE_WINDOW`, the current one inside.
pub fn page_numbers(current: u32, total_pages: u32) -> std::ops::RangeInclusive<u32> {
    let total = total_pages.max(1);
    let current = current.clamp(1, total);
    let first = current
        .saturating_sub(PAGE_WINDOW / 2)
        .max(1)
        .min(total.saturating_sub(PAGE_WINDOW - 1).max(1));
    first..=(first + PAGE_WINDOW - 1).min(total)
}

/// `page` and `page_size` from the current URL, defaulted when missing or not offered.
pub fn page_query() -> (Memo<u32>, Memo<u32>) {
    let query = use_query_map();
    let page = Memo::new(move |_| {
        query
            .read()
            .get("page")
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|p| *p >= 1)
            .unwrap_or(1)
    });
    let size = Memo::new(move |_| {
        query
            .read()
            .get("page_size")
            .and_then(|p| p.parse::<u32>().ok())
            .filter(|s| PAGE_SIZES.contains(s))
            .unwrap_or(DEFAULT_PAGE_SIZE)
    });
    (page, size)
}

/// `{path}?page=…&page_size=…`.
pub fn page_href(path: &str, page: u32, size: u32) -> String {
    format!("{path}?page={page}&page_size={size}")
}

/// The page-size selector; choosing a size goes to its first page.
#[component]
pub fn PageSizeSelect(id: &'static str, path: &'static str, current: u32) -> impl IntoView {
    let navigate = leptos_router::hooks::use_navigate();
    let change = move |ev: leptos::ev::Event| {
        let size = event_target_value(&ev)
            .parse::<u32>()
            .unwrap_or(DEFAULT_PAGE_SIZE);
        navigate(&page_href(path, 1, size), Default::default());
    };
    view! {
        <div class="field">
            <label for=id><T key="account-coe-page-size" /></label>
            <select id=id on:change=change>
                {PAGE_SIZES.iter().map(|&s| view! {
                    <option value=s.to_string() selected=s == current>
                        <TArgs key="account-coe-page-size-option" args=vec![("count", s.to_string())] />
                    </option>
                }).collect_view()}
            </select>
        </div>
    }
}

/// Page numbers with first and last. Plain links (the router still handles them): `<A>` would
/// mark every link to this path `aria-current="page"`, whatever its query. `label` names the
/// navigation landmark, distinct for each list on a page.
#[component]
pub fn Pager(
    path: &'static str,
    label: &'static str,
    current: u32,
    total_pages: u32,
    size: u32,
) -> impl IntoView {
    let total = total_pages.max(1);
    let numbers = page_numbers(current, total)
        .map(|n| {
            if n == current {
                view! { <li><span aria-current="page" class="current">{n.to_string()}</span></li> }
                    .into_any()
            } else {
                view! { <li><a href=page_href(path, n, size)>{n.to_string()}</a></li> }.into_any()
            }
        })
        .collect_view();
    view! {
        <nav class="pager" aria-label=move || crate::i18n::tr_plain(label)>
            <ul>
                <li><a href=page_href(path, 1, size)><T key="account-coe-first" /></a></li>
                {numbers}
                <li><a href=page_href(path, total, size)><T key="account-coe-last" /></a></li>
            </ul>
        </nav>
    }
}

#[cfg(test)]
mod tests {
    use super::{page_href, page_numbers};

    #[test]
    fn page_numbers_keep_the_current_page_inside_a_window_of_ten() {
        assert_eq!(page_numbers(1, 1), 1..=1);
        assert_eq!(page_numbers(1, 3), 1..=3);
        assert_eq!(page_numbers(1, 30), 1..=10);
        assert_eq!(page_numbers(15, 30), 10..=19);
        assert_eq!(page_numbers(30, 30), 21..=30);
        assert_eq!(page_numbers(99, 30), 21..=30);
        assert_eq!(page_numbers(1, 0), 1..=1);
    }

    #[test]
    fn links_carry_page_and_size() {
        assert_eq!(page_href("/office", 3, 50), "/office?page=3&page_size=50");
    }
}
