//! The answers `serve` gives: the release's files and nothing else.

use std::sync::Arc;
use std::sync::atomic::Ordering;

use axum::body::Body;
use axum::http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header};
use axum::response::Response;

use super::Served;

pub(crate) fn router(served: Arc<Served>) -> axum::Router {
    axum::Router::new().fallback(answer).with_state(served)
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
    axum::extract::State(served): axum::extract::State<Arc<Served>>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
) -> Response {
    served.requests.fetch_add(1, Ordering::Relaxed);
    if method != Method::GET && method != Method::HEAD {
        return plain(StatusCode::METHOD_NOT_ALLOWED, "GET or HEAD only\n");
    }
    if uri.path() == "/.well-known/mirrorcast.json" {
        let body = serde_json::json!({
            "site": served.manifest.site,
            "release": served.manifest.release,
            "expires": served.manifest.expires,
            "since": served.since,
            "key-id": served.key_id,
        });
        return with_common(Response::builder(), "application/json")
            .body(Body::from(body.to_string()))
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    let Some(path) = release_path(uri.path()) else {
        return plain(StatusCode::NOT_FOUND, "not a file of this release\n");
    };
    let Some(sha) = served.files.get(&path) else {
        return plain(StatusCode::NOT_FOUND, "not a file of this release\n");
    };
    let etag = format!("\"{sha}\"");
    let kind = path
        .rsplit('.')
        .next()
        .and_then(|ext| TYPES.iter().find(|(e, _)| ext.eq_ignore_ascii_case(e)))
        .map_or("application/octet-stream", |(_, t)| t);
    let builder = with_common(Response::builder(), kind).header(header::ETAG, &etag);
    let matches = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"));
    if matches {
        return builder
            .status(StatusCode::NOT_MODIFIED)
            .body(Body::empty())
            .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"));
    }
    let bytes = match tokio::fs::read(served.dir.join(&path)).await {
        Ok(b) => b,
        Err(e) => {
            tracing::warn!("{path}: {e}");
            return plain(
                StatusCode::INTERNAL_SERVER_ERROR,
                "this mirror cannot read that file\n",
            );
        }
    };
    let builder = builder.header(header::CONTENT_LENGTH, bytes.len());
    let body = if method == Method::HEAD {
        Body::empty()
    } else {
        Body::from(bytes)
    };
    builder
        .body(body)
        .unwrap_or_else(|_| plain(StatusCode::INTERNAL_SERVER_ERROR, "\n"))
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
    use super::release_path;

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
