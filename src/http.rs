//! HTTP to peers we do not control (IPFS nodes, pinning services, mirrors, gateways): one client
//! setup and one way to read an answer, so every call has a timeout, no redirect is followed
//! unless the caller decides to (credentials must not travel to another host) and no answer,
//! error or not, is read past a size cap.

use std::time::Duration;

/// The one place HTTP clients start from: no redirect followed (credentials must not travel to
/// another host; callers that follow one decide per hop), a connect timeout, our user agent.
/// Callers add what is theirs (TLS setup, a longer agent) and build.
pub(crate) fn builder() -> reqwest::ClientBuilder {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .connect_timeout(CONNECT_TIMEOUT)
        .user_agent(concat!("mirrorcast/", env!("CARGO_PKG_VERSION")))
}

/// Longest wait for a TCP connection to a peer.
pub(crate) const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

/// The slowest transfer of a file that is waited for, in bytes per second: a mirror pushing,
/// following or taking uploads gives `bytes` this long (plus its own allowance for a small
/// request) before it cuts the transfer.
const SLOWEST_BYTES_PER_SECOND: u64 = 64 * 1024;

/// The time `bytes` may take at the slowest transfer waited for.
pub(crate) fn time_for(bytes: u64) -> Duration {
    Duration::from_secs(bytes / SLOWEST_BYTES_PER_SECOND)
}

/// A client for one node or service.
pub(crate) fn client() -> Result<reqwest::Client, String> {
    builder()
        .build()
        .map_err(|e| {
            format!(
                "cannot set up HTTPS ({}); are the system's CA certificates installed (Debian: ca-certificates)?",
                chain(&e)
            )
        })
}

/// An error and its causes, on one line.
pub(crate) fn chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text
}

/// Why an answer could not be read.
pub(crate) enum ReadFailure {
    TooLarge,
    Transport(reqwest::Error),
}

impl std::fmt::Display for ReadFailure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadFailure::TooLarge => {
                f.write_str("the answer is larger than any valid one; refusing it")
            }
            ReadFailure::Transport(e) => f.write_str(&describe(e)),
        }
    }
}

/// Send `req` and read the whole answer, whatever its status, but never more than `cap` bytes.
/// The error is a description for people.
pub(crate) async fn exchange(
    req: reqwest::RequestBuilder,
    cap: usize,
) -> Result<(reqwest::StatusCode, Vec<u8>), String> {
    let res = req.send().await.map_err(|e| describe(&e))?;
    let status = res.status();
    let body = read_capped(res, cap).await.map_err(|e| e.to_string())?;
    Ok((status, body))
}

/// The whole body, whatever the status, but never more than `cap` bytes.
pub(crate) async fn read_capped(
    mut res: reqwest::Response,
    cap: usize,
) -> Result<Vec<u8>, ReadFailure> {
    if res.content_length().is_some_and(|n| n > cap as u64) {
        return Err(ReadFailure::TooLarge);
    }
    let mut body = Vec::new();
    while let Some(chunk) = res.chunk().await.map_err(ReadFailure::Transport)? {
        if body.len() + chunk.len() > cap {
            return Err(ReadFailure::TooLarge);
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body)
}

/// The cause of a transport failure in words a person can act on.
pub(crate) fn describe(e: &reqwest::Error) -> String {
    if e.is_connect() {
        "cannot connect; is it running, and is its address right?".into()
    } else if e.is_timeout() {
        "timed out".into()
    } else {
        // The URL in reqwest's text carries no secret: credentials travel in headers.
        chain(e)
    }
}

/// Text from a remote peer, made safe to print: no control or bidi characters, and short.
pub(crate) fn peer_text(text: &str, max_chars: usize) -> String {
    let short: String = text.trim().chars().take(max_chars).collect();
    let mut out = crate::text::printable(&short).into_owned();
    if text.trim().chars().count() > max_chars {
        out.push('…');
    }
    out
}
