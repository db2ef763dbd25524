//! The answers `serve` gives: the release's files and nothing else.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;

use super::Daemon;

pub(crate) fn router(daemon: Arc<Daemon>) -> axum::Router {
    axum::Router::new().fallback(answer).with_state(daemon)
}

/// Content types by extension; anything else is `application/octet-stream`.
const TYPES: &[(&str, &str)] = &[
    ("html", "text/html; charset=utf-8"),
    ("js", "text/javascript; charset=utf-8"),
    ("json", "application/json"),
    ("txt", "text/plain; charset=utf-8"),
    ("minisig", "text/plain; charset=utf-8"),
    ("css", "text/css"),
    ("svg", "image/svg+xml"),
    ("png", "image/png"),
    ("jpg", "image/jpeg"),
    ("jpeg", "image/jpeg"),
    ("pdf", "application/pdf"),
];

async fn answer(
    axum::extract::State(daemon): axum::extract::State<Arc<Daemon>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    daemon.requests.fetch_add(1, Ordering::Relaxed);
    if method != Method::GET && method != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "GET or HEAD only\n");
    }
    // One release for the whole answer, whatever is swapped in meanwhile.
    let Some(served) = daemon.served() else {
        return plain(
            StatusCode::SERVICE_UNAVAILABLE,
            "this mirror has no release yet; try another copy of the site, or come back later\n",
        );
    };
    if uri.path() == "/.well-known/mirrorcast.json" {
        let body = serde_json::json!({
            "site": served.manifest.site,
            "release": served.manifest.release,
            "expires": served.manifest.expires,
            "since": served.since,
            "from": served.from,
            "key-id": daemon.key.key.key_id(),
        });
        return with_common(Response::builder(), "application/json")
            .body(Body::from(body.to_string()))
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    let Some(path) = release_path(uri.path()) else {
        return plain(StatusCode::NOT_FOUND, "not a file of this release\n");
    };
    let Some((sha, size)) = served.files.get(&path) else {
        return plain(StatusCode::NOT_FOUND, "not a file of this release\n");
    };
    let etag = format!("\"{sha}\"");
    let kind = path
        .rsplit('.')
        .next()
        .and_then(|ext| TYPES.iter().find(|(e, _)| ext.eq_ignore_ascii_case(e)))
        .map_or("application/octet-stream", |(_, t)| t);
    let mut builder = with_common(Response::builder(), kind).header(header::ACCEPT_RANGES, "bytes");
    if kind.starts_with("text/html") {
        if let Some(csp) = &served.csp {
            builder = builder.header(header::CONTENT_SECURITY_POLICY, csp);
        }
        if let Some(onion) = daemon.onion.as_ref().and_then(|o| o.join(&path).ok()) {
            builder = builder.header("onion-location", onion.as_str());
        }
    }
    let header_text = |name| {
        headers
            .get(name)
            .and_then(|v: &HeaderValue| v.to_str().ok())
    };
    // Compressed ahead for a client that asks (never for a range, and never unasked, so a
    // checker that asks for nothing gets the signed bytes).
    let variants = served.compressed.get(&path);
    if variants.is_some() {
        builder = builder.header(header::VARY, "accept-encoding");
    }
    let encoded = variants
        .filter(|_| !headers.contains_key(header::RANGE))
        .and_then(|(gzip, brotli)| {
            let accepts = header_text(header::ACCEPT_ENCODING).unwrap_or_default();
            [("br", brotli), ("gzip", gzip)]
                .into_iter()
                .find(|(name, bytes)| bytes.is_some() && accepts_coding(accepts, name))
                .and_then(|(name, bytes)| Some((name, bytes.clone()?)))
        });
    // The identity ETag is the signed hash; a compressed one names its coding too.
    let etag = match encoded {
        Some((name, _)) => format!("\"{sha}.{name}\""),
        None => etag,
    };
    builder = builder.header(header::ETAG, &etag);
    let matches = header_text(header::IF_NONE_MATCH).is_some_and(|v| none_match(v, &etag));
    if matches {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    // A range only against this very file (If-Range names its ETag, or is absent).
    let range = header_text(header::RANGE)
        .filter(|_| header_text(header::IF_RANGE).is_none_or(|t| t.trim() == etag))
        .map(|r| one_range(r, *size));
    let (status, start, len) = match range {
        None | Some(Range::Whole) => (StatusCode::OK, 0, *size),
        Some(Range::Part(start, end)) => {
            builder = builder.header(header::CONTENT_RANGE, format!("bytes {start}-{end}/{size}"));
            (StatusCode::PARTIAL_CONTENT, start, end + 1 - start)
        }
        Some(Range::Unsatisfiable) => {
            return builder
                .status(StatusCode::RANGE_NOT_SATISFIABLE)
                .header(header::CONTENT_RANGE, format!("bytes */{size}"))
                .body(Body::empty())
                .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
        }
    };
    if let Some((name, bytes)) = encoded {
        let builder = builder
            .header(header::CONTENT_ENCODING, name)
            .header(header::CONTENT_LENGTH, bytes.len());
        let body = if method == Method::HEAD {
            Body::empty()
        } else {
            Body::from(bytes)
        };
        return builder
            .body(body)
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    let builder = builder.status(status).header(header::CONTENT_LENGTH, len);
    if method == Method::HEAD {
        return builder
            .body(Body::empty())
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    let body = match served.memory.as_ref().and_then(|m| m.get(&path)) {
        Some(bytes) => in_pieces(bytes.slice(start as usize..(start + len) as usize)),
        None => match open_at(&served.dir.join(&path), start).await {
            Ok(file) => {
                use tokio::io::AsyncReadExt as _;
                Body::from_stream(tokio_util::io::ReaderStream::new(file.take(len)))
            }
            Err(e) => {
                tracing::warn!("{path}: {e}");
                return plain(
                    StatusCode::INTERNAL_SERVER_ERROR,
                    "this mirror cannot read that file\n",
                );
            }
        },
    };
    builder
        .body(body)
        .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"))
}

/// A file held in memory as a body of 64 KiB pieces: one connection taking a large file must
/// not hold a worker thread for the whole of it while the others wait.
fn in_pieces(bytes: axum::body::Bytes) -> Body {
    const PIECE: usize = 64 * 1024;
    if bytes.len() <= PIECE {
        return Body::from(bytes);
    }
    let pieces = (0..bytes.len()).step_by(PIECE).map(move |at| {
        Ok::<_, std::convert::Infallible>(bytes.slice(at..(at + PIECE).min(bytes.len())))
    });
    Body::from_stream(futures_util::stream::iter(pieces.collect::<Vec<_>>()))
}

/// A file of the release opened at byte `start`. The path is the store's own release folder
/// and a path the signed manifest lists, never a reader's text.
async fn open_at(path: &std::path::Path, start: u64) -> std::io::Result<tokio::fs::File> {
    use tokio::io::AsyncSeekExt as _;
    let mut file = tokio::fs::File::open(path).await?;
    if start > 0 {
        file.seek(std::io::SeekFrom::Start(start)).await?;
    }
    Ok(file)
}

/// Whether an `Accept-Encoding` value takes `coding`: named with a q above 0, or else `*` with
/// a q above 0 (an explicit `br;q=0` refuses brotli whatever `*` says).
fn accepts_coding(header: &str, coding: &str) -> bool {
    let q_of = |name: &str| {
        header.split(',').find_map(|item| {
            let mut parts = item.split(';');
            let named = parts.next().unwrap_or_default().trim();
            named.eq_ignore_ascii_case(name).then(|| {
                parts
                    .find_map(|p| p.trim().strip_prefix("q="))
                    .map_or(1.0, |q| q.trim().parse::<f32>().unwrap_or(0.0))
            })
        })
    };
    q_of(coding).or_else(|| q_of("*")).is_some_and(|q| q > 0.0)
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, as RFC 9110 asks: a
/// proxy may have weakened it) or is `*`.
fn none_match(header: &str, etag: &str) -> bool {
    header
        .split(',')
        .map(str::trim)
        .any(|t| t == "*" || t.trim_start_matches("W/") == etag)
}

/// What a `Range` header asks of a file of `size` bytes. Only one range is served; a request
/// for several gets the whole file, as RFC 9110 allows.
#[derive(Debug, PartialEq, Eq)]
enum Range {
    Whole,
    /// First and last byte, inclusive.
    Part(u64, u64),
    Unsatisfiable,
}

fn one_range(header: &str, size: u64) -> Range {
    let Some(spec) = header.trim().strip_prefix("bytes=") else {
        return Range::Whole;
    };
    if spec.contains(',') {
        return Range::Whole;
    }
    let Some((first, last)) = spec.trim().split_once('-') else {
        return Range::Whole;
    };
    let number = |t: &str| -> Option<u64> {
        let t = t.trim();
        (!t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()))
            .then(|| t.parse().ok())
            .flatten()
    };
    match (first.trim().is_empty(), number(first), number(last)) {
        // The last N bytes.
        (true, _, Some(n)) if n > 0 && size > 0 => Range::Part(size.saturating_sub(n), size - 1),
        (true, _, _) => Range::Unsatisfiable,
        (false, Some(start), _) if start >= size => Range::Unsatisfiable,
        (false, Some(start), None) if last.trim().is_empty() => Range::Part(start, size - 1),
        (false, Some(start), Some(end)) if end >= start => Range::Part(start, end.min(size - 1)),
        _ => Range::Whole,
    }
}

/// The headers every answer of the release carries: revalidate each time (a cheap 304), no
/// sniffing, no referrer, readable by pages of other copies.
fn with_common(b: axum::http::response::Builder, kind: &str) -> axum::http::response::Builder {
    b.header(header::CONTENT_TYPE, kind)
        .header(header::CACHE_CONTROL, "no-cache")
        .header(header::X_CONTENT_TYPE_OPTIONS, "nosniff")
        .header(header::REFERRER_POLICY, "no-referrer")
        .header(header::ACCESS_CONTROL_ALLOW_ORIGIN, "*")
}

fn plain(status: StatusCode, text: &'static str) -> Response {
    let mut r = Response::new(Body::from(text));
    *r.status_mut() = status;
    r.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    r
}

/// The bundle path a request names, or `None` when it names none: percent-decoded, a folder
/// meaning its `index.html`, and no empty, `.` or `..` segment, no segment starting with a dot,
/// no backslash, no encoded `/`.
fn release_path(raw: &str) -> Option<String> {
    let raw = raw.strip_prefix('/')?;
    if raw.to_ascii_lowercase().contains("%2f") {
        return None;
    }
    let mut path = percent_encoding::percent_decode_str(raw)
        .decode_utf8()
        .ok()?
        .into_owned();
    if path.is_empty() || path.ends_with('/') {
        path.push_str("index.html");
    }
    let safe = !path.contains('\\')
        && path
            .split('/')
            .all(|s| !s.is_empty() && !s.starts_with('.'));
    safe.then_some(path)
}

#[cfg(test)]
mod tests {
    use super::{Range, accepts_coding, none_match, one_range, release_path};

    #[test]
    fn codings() {
        assert!(accepts_coding("gzip, deflate, br, zstd", "br"));
        assert!(accepts_coding("gzip;q=0.5", "gzip"));
        assert!(!accepts_coding("gzip;q=0", "gzip"));
        assert!(!accepts_coding("identity", "gzip"));
        assert!(accepts_coding("*", "br"));
        assert!(!accepts_coding("", "br"));
        assert!(!accepts_coding("br;q=0, *", "br"));
        assert!(accepts_coding("br;q=0, *", "gzip"));
    }

    #[test]
    fn revalidation() {
        let etag = "\"abc\"";
        assert!(none_match("\"abc\"", etag));
        assert!(none_match("W/\"abc\"", etag));
        assert!(none_match("\"x\", \"abc\"", etag));
        assert!(none_match("*", etag));
        assert!(!none_match("\"abcd\"", etag));
    }

    #[test]
    fn ranges() {
        assert_eq!(one_range("bytes=0-9", 100), Range::Part(0, 9));
        assert_eq!(one_range("bytes=90-", 100), Range::Part(90, 99));
        assert_eq!(one_range("bytes=-10", 100), Range::Part(90, 99));
        assert_eq!(one_range("bytes=-1000", 100), Range::Part(0, 99));
        assert_eq!(one_range("bytes=50-1000", 100), Range::Part(50, 99));
        assert_eq!(one_range("bytes=100-", 100), Range::Unsatisfiable);
        assert_eq!(one_range("bytes=-0", 100), Range::Unsatisfiable);
        assert_eq!(one_range("bytes=0-1,5-6", 100), Range::Whole);
        assert_eq!(one_range("bytes=9-2", 100), Range::Whole);
        assert_eq!(one_range("items=0-1", 100), Range::Whole);
        assert_eq!(one_range("bytes=+1-2", 100), Range::Whole);
    }

    #[test]
    fn request_paths() {
        assert_eq!(release_path("/").as_deref(), Some("index.html"));
        assert_eq!(release_path("/en/").as_deref(), Some("en/index.html"));
        assert_eq!(
            release_path("/files/FAQ%20%232.txt").as_deref(),
            Some("files/FAQ #2.txt")
        );
        for bad in [
            "/../x",
            "/en/../x",
            "/.well-known/x",
            "/a//b",
            "/en%2Findex.html",
            "/a\\b",
            "/%ff",
        ] {
            assert_eq!(release_path(bad), None, "{bad}");
        }
    }
}
