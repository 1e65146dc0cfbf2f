//! Cross-site request forgery defence and the client's address.
//!
//! Every `/api` request that changes something (any method but GET, HEAD, OPTIONS) must carry
//! `X-Madoguchi-Request: 1`. A page on another origin can only add such a header after a CORS
//! preflight, which this server never grants; plain HTML forms cannot add headers at all. When the
//! browser says where the request comes from (`Origin`, `Sec-Fetch-Site`), it must be this
//! origin. Together with the `SameSite=Strict` session cookie this makes forged requests fail.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{HeaderMap, Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::error::ApiError;

/// The header every state-changing API request carries.
pub const REQUEST_HEADER: &str = "x-madoguchi-request";

pub async fn csrf(request: Request, next: Next) -> Response {
    let safe = matches!(
        *request.method(),
        Method::GET | Method::HEAD | Method::OPTIONS
    );
    if !safe && !same_origin_request(request.headers()) {
        return ApiError::new(
            axum::http::StatusCode::FORBIDDEN,
            "csrf",
            "api-error-forbidden",
        )
        .into_response();
    }
    next.run(request).await
}

fn same_origin_request(headers: &HeaderMap) -> bool {
    if headers.get(REQUEST_HEADER).and_then(|v| v.to_str().ok()) != Some("1") {
        return false;
    }
    if headers
        .get("sec-fetch-site")
        .is_some_and(|site| site != "same-origin" && site != "none")
    {
        return false;
    }
    match headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        None => true,
        Some(origin) => {
            let host = headers.get(header::HOST).and_then(|v| v.to_str().ok());
            let origin_host = origin
                .strip_prefix("https://")
                .or_else(|| origin.strip_prefix("http://"));
            origin_host.is_some() && origin_host == host
        }
    }
}

/// The peer address of the connection (the rate-limit key). Requests that did not come over a
/// socket (in-process tests) are all `local`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let ip = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map_or_else(|| "local".to_owned(), |info| info.0.ip().to_string());
        Ok(ClientIp(ip))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    #[test]
    fn only_same_origin_requests_with_the_header_pass() {
        assert!(same_origin_request(&headers(&[(REQUEST_HEADER, "1")])));
        assert!(same_origin_request(&headers(&[
            (REQUEST_HEADER, "1"),
            ("origin", "http://127.0.0.1:8080"),
            ("host", "127.0.0.1:8080"),
            ("sec-fetch-site", "same-origin"),
        ])));
        assert!(!same_origin_request(&headers(&[])));
        assert!(!same_origin_request(&headers(&[(REQUEST_HEADER, "yes")])));
        assert!(!same_origin_request(&headers(&[
            (REQUEST_HEADER, "1"),
            ("origin", "https://evil.example"),
            ("host", "127.0.0.1:8080"),
        ])));
        assert!(!same_origin_request(&headers(&[
            (REQUEST_HEADER, "1"),
            ("origin", "null"),
            ("host", "127.0.0.1:8080"),
        ])));
        assert!(!same_origin_request(&headers(&[
            (REQUEST_HEADER, "1"),
            ("sec-fetch-site", "cross-site"),
        ])));
    }
}
