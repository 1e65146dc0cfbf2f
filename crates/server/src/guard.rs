//! Cross-site request forgery defence and the client's address.
//!
//! Every `/api` request that changes something (any method but GET, HEAD, OPTIONS) must carry
//! `X-Madoguchi-Request: 1`. A page on another origin can only add such a header after a CORS
//! preflight, which this server never grants; plain HTML forms cannot add headers at all. When the
//! browser says where the request comes from (`Origin`, `Sec-Fetch-Site`), it must be this
//! origin. Together with the `SameSite=Strict` session cookie this makes forged requests fail.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;

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

/// Load balancers in front of this server (`MADOGUCHI_TRUSTED_PROXIES`): addresses and CIDR
/// ranges. Only a connection from one of them may say, in `X-Forwarded-For`, whom it forwards.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<(IpAddr, u8)>);

impl TrustedProxies {
    /// Parses `10.0.0.0/8, 192.0.2.7, 2001:db8::/32`; the error names the entry it cannot read.
    pub fn parse(list: &str) -> Result<TrustedProxies, String> {
        let mut ranges = Vec::new();
        for entry in list.split(',').map(str::trim).filter(|e| !e.is_empty()) {
            let bad = || format!("MADOGUCHI_TRUSTED_PROXIES: not an address or CIDR: {entry}");
            let (addr, prefix) = match entry.split_once('/') {
                Some((addr, prefix)) => (addr, Some(prefix)),
                None => (entry, None),
            };
            let addr = addr.parse::<IpAddr>().map_err(|_| bad())?.to_canonical();
            let max = if addr.is_ipv4() { 32 } else { 128 };
            let prefix = match prefix {
                Some(p) => p.parse::<u8>().ok().filter(|p| *p <= max).ok_or_else(bad)?,
                None => max,
            };
            ranges.push((addr, prefix));
        }
        Ok(TrustedProxies(ranges))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|(net, prefix)| match (net, ip) {
            (IpAddr::V4(net), IpAddr::V4(ip)) => same_prefix(
                u128::from(net.to_bits()),
                u128::from(ip.to_bits()),
                *prefix,
                32,
            ),
            (IpAddr::V6(net), IpAddr::V6(ip)) => {
                same_prefix(net.to_bits(), ip.to_bits(), *prefix, 128)
            }
            _ => false,
        })
    }

    /// The client behind `peer`: the peer itself unless it is a trusted proxy; then the
    /// right-most `X-Forwarded-For` entry that is not one (entries further left were written by
    /// whoever sent the request and prove nothing).
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let mut nearest = peer;
        let forwarded = headers
            .get_all("x-forwarded-for")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .flat_map(|v| v.split(','))
            .collect::<Vec<_>>();
        for entry in forwarded.into_iter().rev() {
            // A malformed hop can only come from beyond the last proxy that vouched for us.
            let Ok(hop) = entry.trim().parse::<IpAddr>() else {
                return nearest;
            };
            if !self.contains(hop) {
                return hop.to_canonical();
            }
            nearest = hop;
        }
        nearest
    }
}

fn same_prefix(a: u128, b: u128, prefix: u8, bits: u8) -> bool {
    let shift = u32::from(bits - prefix);
    prefix == 0 || (a >> shift) == (b >> shift)
}

/// The client's address (the rate-limit key and the audit log's): the connection's peer, or
/// whom a trusted proxy forwards (see [`TrustedProxies`]). Requests that did not come over a
/// socket (in-process tests) are all `local`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientIp(pub String);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = std::convert::Infallible;

    async fn from_request_parts(parts: &mut Parts, _state: &S) -> Result<Self, Self::Rejection> {
        let Some(peer) = parts
            .extensions
            .get::<ConnectInfo<SocketAddr>>()
            .map(|info| info.0.ip())
        else {
            return Ok(ClientIp("local".to_owned()));
        };
        let client = match parts.extensions.get::<Arc<TrustedProxies>>() {
            Some(proxies) => proxies.client(peer, &parts.headers),
            None => peer,
        };
        Ok(ClientIp(client.to_string()))
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
    fn proxies_are_addresses_and_ranges() {
        let trusted =
            TrustedProxies::parse(" 10.0.0.0/8, 192.0.2.7,2001:db8::/32 ,").expect("a valid list");
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        assert!(trusted.contains(ip("10.255.1.2")));
        assert!(trusted.contains(ip("192.0.2.7")));
        assert!(!trusted.contains(ip("192.0.2.8")));
        assert!(!trusted.contains(ip("11.0.0.1")));
        assert!(trusted.contains(ip("2001:db8:1::5")));
        assert!(!trusted.contains(ip("2001:db9::5")));
        // A v4 peer on a dual-stack socket arrives mapped into v6.
        assert!(trusted.contains(ip("::ffff:10.0.0.1")));
        assert!(TrustedProxies::parse("0.0.0.0/0").is_ok_and(|all| all.contains(ip("8.8.8.8"))));
        assert_eq!(TrustedProxies::parse(""), Ok(TrustedProxies::default()));
        for bad in [
            "10.0.0.0/33",
            "lb.example",
            "10.0.0.1/",
            "::/129",
            "10.0.0/8",
        ] {
            let error = TrustedProxies::parse(bad).expect_err(bad);
            assert!(error.contains(bad), "{error}");
        }
    }

    #[test]
    fn the_client_is_the_rightmost_untrusted_forwarded_address() {
        let trusted = TrustedProxies::parse("10.0.0.0/8").expect("a valid list");
        let ip = |s: &str| s.parse::<IpAddr>().expect("an address");
        let via = |xff: &'static str| headers(&[("x-forwarded-for", xff)]);
        // Behind the load balancer: the address it appended, not what the client wrote.
        assert_eq!(
            trusted.client(ip("10.0.0.5"), &via("6.6.6.6, 203.0.113.9")),
            ip("203.0.113.9")
        );
        // Two proxies deep.
        assert_eq!(
            trusted.client(ip("10.0.0.5"), &via("203.0.113.9, 10.1.1.1")),
            ip("203.0.113.9")
        );
        // A direct connection cannot claim another address.
        assert_eq!(
            trusted.client(ip("198.51.100.4"), &via("203.0.113.9")),
            ip("198.51.100.4")
        );
        // No header, only proxies, or garbage: the nearest address we know.
        assert_eq!(
            trusted.client(ip("10.0.0.5"), &HeaderMap::new()),
            ip("10.0.0.5")
        );
        assert_eq!(
            trusted.client(ip("10.0.0.5"), &via("10.2.2.2")),
            ip("10.2.2.2")
        );
        assert_eq!(
            trusted.client(ip("10.0.0.5"), &via("203.0.113.9, nonsense, 10.1.1.1")),
            ip("10.1.1.1")
        );
        let mut two = HeaderMap::new();
        two.append("x-forwarded-for", HeaderValue::from_static("203.0.113.9"));
        two.append("x-forwarded-for", HeaderValue::from_static("10.1.1.1"));
        assert_eq!(trusted.client(ip("10.0.0.5"), &two), ip("203.0.113.9"));
        // Nobody trusted: the peer, whatever the header says.
        assert_eq!(
            TrustedProxies::default().client(ip("10.0.0.5"), &via("203.0.113.9")),
            ip("10.0.0.5")
        );
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
