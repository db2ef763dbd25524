//! Reading a copy over HTTP(S), the way readers do. Every read has a size cap and a deadline,
//! and a redirect off the copy's own origin is reported, not followed (block pages and captive
//! portals look like that), except on IPFS gateways, whose answers are checked against hashes
//! anyway.

use std::time::{Duration, Instant};

use sha2::Digest as _;
use url::Url;

use super::source::{FetchError, Got, Hashed};
use crate::http::{chain, peer_text};

/// Redirects followed within one origin before calling it a loop.
const MAX_HOPS: usize = 5;

/// The origin verify's reads say they come from: a reader's page on some other copy. A server
/// that allows only certain origins does not allow this one, which is right: readers' pages live
/// on every other copy.
const READER_ORIGIN: &str = "https://another-copy.mirrorcast.invalid";

pub struct HttpReader {
    pub client: reqwest::Client,
    /// The copy's address, ending in `/`.
    pub base: Url,
    /// The deadline of one request, answer included.
    pub timeout: Duration,
    /// Follow redirects to other origins (gateways: every byte is checked against a hash).
    pub follow_off_origin: bool,
}

impl HttpReader {
    /// The URL of a bundle path below the base, every segment percent-encoded.
    pub fn url_of(&self, path: &str) -> Result<Url, FetchError> {
        let encoded: Vec<String> = path
            .split('/')
            .map(|s| percent_encoding::utf8_percent_encode(s, SEGMENT).to_string())
            .collect();
        self.base
            .join(&encoded.join("/"))
            .map_err(|e| FetchError::Unreachable(format!("{path}: {e}")))
    }

    /// Send a GET, following redirects within the copy's origin.
    pub async fn send(
        &self,
        url: Url,
        accept: Option<&str>,
    ) -> Result<(reqwest::Response, Duration), FetchError> {
        let mut headers = reqwest::header::HeaderMap::new();
        if let Some(accept) = accept.and_then(|a| a.parse().ok()) {
            headers.insert(reqwest::header::ACCEPT, accept);
        }
        self.send_with(url, headers).await
    }

    async fn send_with(
        &self,
        mut url: Url,
        headers: reqwest::header::HeaderMap,
    ) -> Result<(reqwest::Response, Duration), FetchError> {
        let started = Instant::now();
        for _ in 0..=MAX_HOPS {
            let req = self
                .client
                .get(url.clone())
                .timeout(self.timeout)
                .headers(headers.clone());
            let res = req.send().await.map_err(|e| self.cause(&e))?;
            tracing::trace!(
                "GET {url}: HTTP {} after {} ms",
                res.status().as_u16(),
                started.elapsed().as_millis()
            );
            if !res.status().is_redirection() {
                return Ok((res, started.elapsed()));
            }
            let next = res
                .headers()
                .get(reqwest::header::LOCATION)
                .and_then(|v| v.to_str().ok())
                .and_then(|l| url.join(l).ok());
            let Some(next) = next else {
                return Err(FetchError::Unreachable(format!(
                    "HTTP {} with no usable Location",
                    res.status().as_u16()
                )));
            };
            let same_origin = next.origin() == self.base.origin();
            let web = matches!(next.scheme(), "http" | "https");
            if !(same_origin || (self.follow_off_origin && web)) {
                return Err(FetchError::Redirected(peer_text(next.as_str(), 200)));
            }
            // A public gateway must not send us into the verifier's own network (a router's
            // page, a cloud's metadata service): only where it could reach itself.
            if !same_origin && !reaches_no_further(&self.base, &next).await {
                return Err(FetchError::Redirected(format!(
                    "{} (a private or loopback address, from a public gateway: not followed)",
                    peer_text(next.as_str(), 200)
                )));
            }
            url = next;
        }
        Err(FetchError::Unreachable(format!(
            "more than {MAX_HOPS} redirects (a redirect loop)"
        )))
    }

    /// A small file, asked for as a reader's page on another copy would (with an `Origin`), so
    /// the answer shows whether such a page may read it.
    pub async fn get(&self, path: &str, cap: u64) -> Result<Got, FetchError> {
        let mut headers = reqwest::header::HeaderMap::new();
        headers.insert(
            reqwest::header::ORIGIN,
            reqwest::header::HeaderValue::from_static(READER_ORIGIN),
        );
        let (res, ttfb) = self.send_with(self.url_of(path)?, headers).await?;
        ok_status(&res)?;
        let cross_origin = res
            .headers()
            .get(reqwest::header::ACCESS_CONTROL_ALLOW_ORIGIN)
            .is_some_and(|v| v == "*" || v == READER_ORIGIN);
        let bytes = self.read_capped(res, cap).await?;
        Ok(Got {
            bytes,
            ttfb,
            cross_origin: Some(cross_origin),
        })
    }

    /// The whole answer, never more than `cap` bytes.
    pub async fn read_capped(
        &self,
        res: reqwest::Response,
        cap: u64,
    ) -> Result<Vec<u8>, FetchError> {
        let cap = usize::try_from(cap).unwrap_or(usize::MAX);
        crate::http::read_capped(res, cap)
            .await
            .map_err(|e| match e {
                crate::http::ReadFailure::TooLarge => FetchError::TooLarge,
                crate::http::ReadFailure::Transport(e) => self.cause(&e),
            })
    }

    pub async fn hash(&self, path: &str, size: u64) -> Result<Hashed, FetchError> {
        let (mut res, _) = self.send(self.url_of(path)?, None).await?;
        ok_status(&res)?;
        if let Some(n) = res.content_length()
            && n > size
        {
            return Ok(Hashed {
                sha256: None,
                size: n,
            });
        }
        let mut hasher = sha2::Sha256::new();
        let mut read = 0u64;
        while let Some(chunk) = res.chunk().await.map_err(|e| self.cause(&e))? {
            read += chunk.len() as u64;
            if read > size {
                // More than the manifest says: tampered, whatever follows. Stop reading.
                return Ok(Hashed {
                    sha256: None,
                    size: read,
                });
            }
            hasher.update(&chunk);
        }
        Ok(Hashed {
            sha256: Some(crate::hash::hex(&hasher.finalize())),
            size: read,
        })
    }

    /// The cause of a failed exchange in words: DNS, connect, TLS, reset, timeout.
    pub fn cause(&self, e: &reqwest::Error) -> FetchError {
        let text = chain(e);
        let lower = text.to_lowercase();
        let cause = if e.is_timeout() {
            format!("timed out after {} s", self.timeout.as_secs_f64())
        } else if lower.contains("dns error") || lower.contains("failed to lookup") {
            "DNS: the name does not resolve".to_string()
        } else if lower.contains("certificate") || lower.contains("tls") {
            format!("TLS: {}", peer_text(&text, 200))
        } else if lower.contains("connection refused") {
            "connection refused".to_string()
        } else if lower.contains("reset") {
            "connection reset".to_string()
        } else if e.is_connect() {
            format!("cannot connect: {}", peer_text(&text, 200))
        } else {
            peer_text(&text, 200)
        };
        FetchError::Unreachable(cause)
    }
}

/// Whether following a redirect from `base` to `next` stays among addresses `base` is among:
/// anywhere public from a public address; anywhere from a loopback or private one (a gateway on
/// the organiser's own network). Names are resolved; a name that does not resolve is left to
/// the request, which then fails on its own.
async fn reaches_no_further(base: &Url, next: &Url) -> bool {
    let base_public = addresses(base).await.iter().all(|ip| is_public(*ip));
    !base_public || addresses(next).await.iter().all(|ip| is_public(*ip))
}

/// The addresses `url`'s host stands for.
async fn addresses(url: &Url) -> Vec<std::net::IpAddr> {
    match url.host() {
        Some(url::Host::Ipv4(ip)) => vec![ip.into()],
        Some(url::Host::Ipv6(ip)) => vec![ip.into()],
        Some(url::Host::Domain(name)) => {
            let name = name.trim_end_matches('.');
            if name == "localhost" || name.ends_with(".localhost") {
                return vec![std::net::Ipv4Addr::LOCALHOST.into()];
            }
            let port = url.port_or_known_default().unwrap_or(443);
            tokio::time::timeout(
                Duration::from_secs(5),
                tokio::net::lookup_host((name, port)),
            )
            .await
            .ok()
            .and_then(Result::ok)
            .map(|found| found.map(|a| a.ip()).collect())
            .unwrap_or_default()
        }
        None => Vec::new(),
    }
}

/// Whether `ip` is an address of the internet at large: not loopback, private, link-local,
/// shared (carrier-grade NAT), unique-local, unspecified, broadcast or documentation space.
pub fn is_public(ip: std::net::IpAddr) -> bool {
    use std::net::IpAddr;
    match ip {
        IpAddr::V4(v4) => {
            let [a, b, ..] = v4.octets();
            !(v4.is_loopback()
                || v4.is_private()
                || v4.is_link_local()
                || v4.is_unspecified()
                || v4.is_broadcast()
                || v4.is_documentation()
                || a == 0
                || (a == 100 && (64..128).contains(&b))
                || (a == 192 && b == 0 && v4.octets()[2] == 0)
                || v4.is_multicast()
                || a >= 240)
        }
        IpAddr::V6(v6) => {
            if let Some(v4) = v6.to_ipv4_mapped() {
                return is_public(v4.into());
            }
            let s = v6.segments();
            // NAT64 (64:ff9b::/96) and 6to4 (2002::/16) carry an IPv4 address: judge that.
            let embedded = |hi: u16, lo: u16| {
                std::net::Ipv4Addr::new((hi >> 8) as u8, hi as u8, (lo >> 8) as u8, lo as u8)
            };
            if s[..6] == [0x64, 0xff9b, 0, 0, 0, 0] {
                return is_public(embedded(s[6], s[7]).into());
            }
            if s[0] == 0x2002 {
                return is_public(embedded(s[1], s[2]).into());
            }
            !(v6.is_loopback()
                || v6.is_unspecified()
                || v6.is_multicast()
                || (s[0] & 0xfe00) == 0xfc00
                || (s[0] & 0xffc0) == 0xfe80
                || s[0] == 0x2001 && s[1] == 0x0db8)
        }
    }
}

fn ok_status(res: &reqwest::Response) -> Result<(), FetchError> {
    match res.status().as_u16() {
        200 => Ok(()),
        404 | 410 => Err(FetchError::NotFound),
        code => Err(FetchError::Unreachable(format!("HTTP {code}"))),
    }
}

/// What a path segment keeps unencoded: RFC 3986 unreserved characters.
const SEGMENT: &percent_encoding::AsciiSet = &percent_encoding::NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// The TLS setup every copy's client shares. Building it reads the system's certificates, which
/// takes milliseconds: a client per copy must not repeat that. Without any CA certificates the
/// setup trusts nothing, and the reason comes back beside it: local copies and plain-http mirrors
/// are still checked, https ones fail with that reason.
pub fn tls() -> Result<(rustls::ClientConfig, Option<String>), String> {
    let provider = std::sync::Arc::new(rustls::crypto::aws_lc_rs::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider.clone())
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up TLS ({e})"))?;
    let (mut config, problem) = match rustls_platform_verifier::Verifier::new(provider) {
        Ok(verifier) => (
            builder
                .dangerous()
                .with_custom_certificate_verifier(std::sync::Arc::new(verifier))
                .with_no_client_auth(),
            None,
        ),
        Err(e) => (
            builder
                .with_root_certificates(rustls::RootCertStore::empty())
                .with_no_client_auth(),
            Some(format!(
                "TLS: no trusted CA certificates on this machine ({e}); install them (Debian: ca-certificates)"
            )),
        ),
    };
    config.alpn_protocols = vec![b"h2".to_vec(), b"http/1.1".to_vec()];
    Ok((config, problem))
}

/// The HTTP client for one copy: no automatic redirects (we decide), no decompression (the bytes
/// served are the bytes checked), a connect timeout. One per copy, so its connections close when
/// its check ends: a thousand copies never hold thousands of sockets.
pub fn client(
    tls: &rustls::ClientConfig,
    connect_timeout: Duration,
) -> Result<reqwest::Client, String> {
    crate::http::builder()
        .tls_backend_preconfigured(tls.clone())
        .connect_timeout(connect_timeout)
        .user_agent(concat!("mirrorcast/", env!("CARGO_PKG_VERSION"), " verify"))
        .build()
        .map_err(|e| format!("cannot set up HTTPS ({})", chain(&e)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn public_and_private_addresses() {
        for private in [
            "127.0.0.1",
            "10.1.2.3",
            "172.16.0.1",
            "192.168.1.1",
            "169.254.169.254",
            "100.64.0.1",
            "0.0.0.0",
            "::1",
            "fd00::1",
            "fe80::1",
            "::ffff:192.168.0.1",
            "64:ff9b::a9fe:a9fe",
            "2002:7f00:1::",
            "224.0.0.1",
            "ff02::1",
        ] {
            assert!(
                !is_public(private.parse().expect("a valid value")),
                "{private}"
            );
        }
        for public in ["1.1.1.1", "93.184.216.34", "2606:4700::1111"] {
            assert!(
                is_public(public.parse().expect("a valid value")),
                "{public}"
            );
        }
    }

    #[tokio::test]
    async fn a_public_gateway_does_not_send_us_home() {
        let public = Url::parse("https://1.1.1.1/").expect("a URL");
        let local = Url::parse("http://127.0.0.1:8080/").expect("a URL");
        let metadata = Url::parse("http://169.254.169.254/latest/").expect("a URL");
        assert!(!reaches_no_further(&public, &local).await);
        assert!(!reaches_no_further(&public, &metadata).await);
        assert!(
            !reaches_no_further(&public, &Url::parse("http://x.localhost/").expect("a URL")).await
        );
        assert!(reaches_no_further(&public, &Url::parse("https://8.8.8.8/").expect("a URL")).await);
        // A gateway on the organiser's own machine may send us to its subdomain form.
        assert!(
            reaches_no_further(
                &local,
                &Url::parse("http://bafy.ipfs.localhost:8080/").expect("a URL")
            )
            .await
        );
    }
}
