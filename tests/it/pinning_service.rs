//! An in-memory IPFS Pinning Service API v1.0.0 server for tests.
//!
//! <https://ipfs.github.io/pinning-services-api-spec/> — followed closely, and strict where the
//! spec allows it to be, so that a client bug (wrong `Authorization` header, wrong JSON shape,
//! `null` for an optional field, repeated instead of comma-separated query parameters…) is
//! answered with a spec-shaped 4XX error instead of silently working.
//!
//! Status progress is driven by the client: every `GET /pins/{requestid}` of a pending pin, and
//! every `GET /pins` listing whose `cid`/`name`/`meta` filters match it, counts as one poll of
//! that pin. [`Behaviour`] (read at each poll, so [`PinningService::set_behaviour`] affects pins
//! already pending) decides what a poll does. Everything is deterministic except `created`,
//! which is the wall clock at millisecond precision, made strictly increasing so that
//! pagination by `before` works as the spec requires.

use std::future::IntoFuture;
use std::sync::{Arc, Mutex, MutexGuard, PoisonError};
use std::thread::JoinHandle;

use axum::Router;
use axum::body::Bytes;
use axum::extract::{Path, RawQuery, Request, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use serde_json::{Map, Value, json};

/// The one delegate every pin status names (the spec requires at least one).
pub const DELEGATE: &str =
    "/ip4/127.0.0.1/tcp/4001/p2p/12D3KooWDpJ7As7BWAwRMfu1VU2WCqNjvq387JEYKDBj4kx6nXTN";

/// How the service treats pin requests. Counting starts at the `POST` that created the pin:
/// with `PinnedAfterPolls(2)` the `POST` answers `queued`, the first poll `pinning`, the second
/// and later ones `pinned`. `PinnedAfterPolls(0)` answers `pinned` straight from the `POST`.
#[allow(dead_code)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Behaviour {
    /// `queued` → `pinning` → `pinned` after N polls of that request.
    PinnedAfterPolls(u32),
    /// `queued`, then `pinning` forever.
    NeverCompletes,
    /// Like `PinnedAfterPolls`, but ends `failed` (with `info.status_details`).
    FailsAfterPolls(u32),
    /// Every request (even an unauthenticated one) is answered 500 INTERNAL_SERVER_ERROR.
    Status500,
}

/// A running service on `127.0.0.1`; dropping it stops the server.
#[allow(dead_code)]
pub struct PinningService {
    /// `http://127.0.0.1:PORT`, no trailing slash.
    pub endpoint: String,
    /// The only access token accepted (`Authorization: Bearer <token>`).
    pub token: String,
    state: Shared,
    shutdown: Option<tokio::sync::oneshot::Sender<()>>,
    thread: Option<JoinHandle<()>>,
}

#[allow(dead_code)]
impl PinningService {
    /// Starts the server on an ephemeral port, on its own thread with its own tokio runtime.
    pub fn start(token: &str, behaviour: Behaviour) -> PinningService {
        let state: Shared = Arc::new(Mutex::new(Inner {
            token: token.to_owned(),
            behaviour,
            next_id: 1,
            last_created_ms: i64::MIN,
            pins: Vec::new(),
            requests: Vec::new(),
        }));
        let listener =
            std::net::TcpListener::bind("127.0.0.1:0").expect("bind the pinning service port");
        listener
            .set_nonblocking(true)
            .expect("make the pinning service listener non-blocking");
        let addr = listener
            .local_addr()
            .expect("pinning service local address");
        let app = router(state.clone());
        let (tx, rx) = tokio::sync::oneshot::channel::<()>();
        let thread = std::thread::Builder::new()
            .name("pinning-service".to_owned())
            .spawn(move || {
                let rt = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                    .expect("pinning service runtime");
                rt.block_on(async move {
                    let listener = tokio::net::TcpListener::from_std(listener)
                        .expect("hand the listener to tokio");
                    // Dropping the serve future (and then the runtime) closes every connection
                    // at once, even keep-alive ones a client still pools.
                    tokio::select! {
                        served = axum::serve(listener, app).into_future() => {
                            served.expect("pinning service stopped serving");
                        }
                        _ = rx => {}
                    }
                });
            })
            .expect("spawn the pinning service thread");
        PinningService {
            endpoint: format!("http://{addr}"),
            token: token.to_owned(),
            state,
            shutdown: Some(tx),
            thread: Some(thread),
        }
    }

    /// The current (not deleted, not replaced) pin statuses, oldest first, exactly as `GET`
    /// would show them (reading them here is not a poll).
    pub fn pins(&self) -> Vec<Value> {
        lock(&self.state).pins.iter().map(Entry::to_json).collect()
    }

    /// Every request received, in order: method, path with query (as sent, still
    /// percent-encoded) and the raw `Authorization` header.
    pub fn requests(&self) -> Vec<(String, String, Option<String>)> {
        lock(&self.state).requests.clone()
    }

    /// Changes the behaviour; it applies from the next request/poll on, to pending pins too.
    pub fn set_behaviour(&self, b: Behaviour) {
        lock(&self.state).behaviour = b;
    }
}

impl Drop for PinningService {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(thread) = self.thread.take()
            && thread.join().is_err()
            && !std::thread::panicking()
        {
            panic!("the pinning service thread panicked");
        }
    }
}

type Shared = Arc<Mutex<Inner>>;

struct Inner {
    token: String,
    behaviour: Behaviour,
    next_id: u64,
    last_created_ms: i64,
    /// In creation order.
    pins: Vec<Entry>,
    requests: Vec<(String, String, Option<String>)>,
}

fn lock(state: &Shared) -> MutexGuard<'_, Inner> {
    // A panicking handler must not turn every later assertion into a poison error.
    state.lock().unwrap_or_else(PoisonError::into_inner)
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Status {
    Queued,
    Pinning,
    Pinned,
    Failed,
}

impl Status {
    const ALL: [Status; 4] = [
        Status::Queued,
        Status::Pinning,
        Status::Pinned,
        Status::Failed,
    ];

    fn as_str(self) -> &'static str {
        match self {
            Status::Queued => "queued",
            Status::Pinning => "pinning",
            Status::Pinned => "pinned",
            Status::Failed => "failed",
        }
    }

    fn is_final(self) -> bool {
        matches!(self, Status::Pinned | Status::Failed)
    }

    /// The status of a pin that has been polled `polls` times under `b`.
    fn after(b: Behaviour, polls: u32) -> Status {
        let pending = if polls == 0 {
            Status::Queued
        } else {
            Status::Pinning
        };
        match b {
            Behaviour::PinnedAfterPolls(n) if polls >= n => Status::Pinned,
            Behaviour::FailsAfterPolls(n) if polls >= n => Status::Failed,
            _ => pending,
        }
    }
}

struct Entry {
    requestid: String,
    created: jiff::Timestamp,
    /// The validated Pin object, echoed back as the client sent it.
    pin: Map<String, Value>,
    status: Status,
    polls: u32,
}

impl Entry {
    fn poll(&mut self, b: Behaviour) {
        if !self.status.is_final() {
            self.polls = self.polls.saturating_add(1);
            self.status = Status::after(b, self.polls);
        }
    }

    fn cid(&self) -> &str {
        self.pin.get("cid").and_then(Value::as_str).unwrap_or("")
    }

    fn to_json(&self) -> Value {
        let mut v = json!({
            "requestid": self.requestid,
            "status": self.status.as_str(),
            "created": format!("{:.3}", self.created),
            "pin": self.pin,
            "delegates": [DELEGATE],
        });
        if self.status == Status::Failed {
            v["info"] = json!({"status_details": "simulated failure (Behaviour::FailsAfterPolls)"});
        }
        v
    }
}

impl Inner {
    fn create(&mut self, pin: Map<String, Value>) -> Value {
        let now_ms = jiff::Timestamp::now().as_millisecond();
        // `created` must be globally unique for `before` pagination to work.
        let ms = now_ms.max(self.last_created_ms.saturating_add(1));
        self.last_created_ms = ms;
        let entry = Entry {
            requestid: format!("req-{}", self.next_id),
            created: jiff::Timestamp::from_millisecond(ms).expect("a representable timestamp"),
            pin,
            status: Status::after(self.behaviour, 0),
            polls: 0,
        };
        self.next_id += 1;
        let v = entry.to_json();
        self.pins.push(entry);
        v
    }

    fn position(&self, requestid: &str) -> Result<usize, ApiError> {
        self.pins
            .iter()
            .position(|e| e.requestid == requestid)
            .ok_or_else(|| {
                ApiError::new(
                    StatusCode::NOT_FOUND,
                    "NOT_FOUND",
                    format!("no pin object with requestid {requestid:?}"),
                )
            })
    }
}

// ---------------------------------------------------------------------------------------------
// Errors: `{"error": {"reason": "UPPER_CASE", "details": "..."}}`.

struct ApiError {
    status: StatusCode,
    reason: &'static str,
    details: String,
}

impl ApiError {
    fn new(status: StatusCode, reason: &'static str, details: impl Into<String>) -> ApiError {
        ApiError {
            status,
            reason,
            details: details.into(),
        }
    }

    fn bad_request(details: impl Into<String>) -> ApiError {
        ApiError::new(StatusCode::BAD_REQUEST, "BAD_REQUEST", details)
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let body = json!({"error": {"reason": self.reason, "details": self.details}});
        let mut response = (self.status, axum::Json(body)).into_response();
        if self.status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}

// ---------------------------------------------------------------------------------------------
// Routing.

fn router(state: Shared) -> Router {
    Router::new()
        .route("/pins", get(list_pins).post(add_pin))
        .route(
            "/pins/{requestid}",
            get(get_pin).post(replace_pin).delete(remove_pin),
        )
        .fallback(|| async {
            ApiError::new(StatusCode::NOT_FOUND, "NOT_FOUND", "no such endpoint")
        })
        .method_not_allowed_fallback(|| async {
            ApiError::new(
                StatusCode::METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED",
                "method not allowed on this endpoint",
            )
        })
        .layer(middleware::from_fn_with_state(state.clone(), gate))
        .with_state(state)
}

/// Records the request, then applies `Status500` and bearer authentication to everything.
async fn gate(State(state): State<Shared>, req: Request, next: Next) -> Response {
    let auth = req
        .headers()
        .get(header::AUTHORIZATION)
        .map(|v| String::from_utf8_lossy(v.as_bytes()).into_owned());
    let target = req
        .uri()
        .path_and_query()
        .map_or_else(|| req.uri().path().to_owned(), |pq| pq.as_str().to_owned());
    let (behaviour, token) = {
        let mut inner = lock(&state);
        inner
            .requests
            .push((req.method().as_str().to_owned(), target, auth.clone()));
        (inner.behaviour, inner.token.clone())
    };
    if behaviour == Behaviour::Status500 {
        return ApiError::new(
            StatusCode::INTERNAL_SERVER_ERROR,
            "INTERNAL_SERVER_ERROR",
            "simulated failure (Behaviour::Status500)",
        )
        .into_response();
    }
    if let Err(e) = check_auth(auth.as_deref(), &token) {
        return e.into_response();
    }
    next.run(req).await
}

fn check_auth(auth: Option<&str>, token: &str) -> Result<(), ApiError> {
    let unauthorized =
        |details: &str| ApiError::new(StatusCode::UNAUTHORIZED, "UNAUTHORIZED", details.to_owned());
    let auth = auth.ok_or_else(|| unauthorized("access token is missing"))?;
    // The auth scheme is case-insensitive (RFC 9110 §11.1); the token is not.
    let (scheme, credentials) = auth
        .split_once(' ')
        .ok_or_else(|| unauthorized("Authorization header is not `Bearer <access-token>`"))?;
    if !scheme.eq_ignore_ascii_case("bearer") {
        return Err(unauthorized(
            "Authorization header is not `Bearer <access-token>`",
        ));
    }
    if credentials != token {
        return Err(unauthorized("access token is invalid"));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// Handlers.

async fn add_pin(
    State(state): State<Shared>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let pin = parse_pin(&headers, &body)?;
    let status = lock(&state).create(pin);
    Ok((StatusCode::ACCEPTED, axum::Json(status)).into_response())
}

async fn get_pin(
    State(state): State<Shared>,
    Path(requestid): Path<String>,
) -> Result<Response, ApiError> {
    let mut inner = lock(&state);
    let i = inner.position(&requestid)?;
    let behaviour = inner.behaviour;
    let entry = &mut inner.pins[i];
    entry.poll(behaviour);
    Ok(axum::Json(entry.to_json()).into_response())
}

async fn replace_pin(
    State(state): State<Shared>,
    Path(requestid): Path<String>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, ApiError> {
    let mut inner = lock(&state);
    let i = inner.position(&requestid)?;
    let pin = parse_pin(&headers, &body)?;
    inner.pins.remove(i);
    let status = inner.create(pin);
    Ok((StatusCode::ACCEPTED, axum::Json(status)).into_response())
}

async fn remove_pin(
    State(state): State<Shared>,
    Path(requestid): Path<String>,
) -> Result<Response, ApiError> {
    let mut inner = lock(&state);
    let i = inner.position(&requestid)?;
    inner.pins.remove(i);
    Ok(StatusCode::ACCEPTED.into_response())
}

async fn list_pins(
    State(state): State<Shared>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let filter = Filter::parse(query.as_deref().unwrap_or(""))?;
    let mut inner = lock(&state);
    let behaviour = inner.behaviour;
    let mut matching = Vec::new();
    // Newest first, as the spec's pagination (`before` = oldest `created` seen) requires.
    for entry in inner.pins.iter_mut().rev() {
        if !filter.selects(entry) {
            continue;
        }
        entry.poll(behaviour);
        if filter.statuses.contains(&entry.status)
            && filter.before.is_none_or(|t| entry.created < t)
            && filter.after.is_none_or(|t| entry.created > t)
        {
            matching.push(entry.to_json());
        }
    }
    let count = matching.len();
    matching.truncate(filter.limit);
    Ok(axum::Json(json!({"count": count, "results": matching})).into_response())
}

// ---------------------------------------------------------------------------------------------
// Request validation.

/// The body of `POST /pins` and `POST /pins/{requestid}`: a Pin object.
fn parse_pin(headers: &HeaderMap, body: &[u8]) -> Result<Map<String, Value>, ApiError> {
    let content_type = headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let mime = content_type.split(';').next().unwrap_or("").trim();
    if !mime.eq_ignore_ascii_case("application/json") {
        return Err(ApiError::bad_request(format!(
            "Content-Type must be application/json, got {content_type:?}"
        )));
    }
    if body.is_empty() {
        return Err(ApiError::bad_request("a Pin object body is required"));
    }
    let value: Value = serde_json::from_slice(body)
        .map_err(|e| ApiError::bad_request(format!("body is not JSON: {e}")))?;
    let Value::Object(pin) = value else {
        return Err(ApiError::bad_request("body must be a Pin object"));
    };
    for (key, v) in &pin {
        match key.as_str() {
            "cid" => {
                let cid = v
                    .as_str()
                    .ok_or_else(|| ApiError::bad_request("Pin.cid must be a string"))?;
                check_cid(cid)?;
            }
            "name" => {
                let name = v
                    .as_str()
                    .ok_or_else(|| ApiError::bad_request("Pin.name must be a string"))?;
                check_name(name, "Pin.name")?;
            }
            "origins" => check_origins(v)?,
            "meta" => {
                string_map(v, "Pin.meta")?;
            }
            other => {
                return Err(ApiError::bad_request(format!(
                    "unknown Pin field {other:?} (expected cid, name, origins, meta)"
                )));
            }
        }
    }
    if !pin.contains_key("cid") {
        return Err(ApiError::bad_request("Pin.cid is required"));
    }
    Ok(pin)
}

/// A light syntactic check: CIDv0 (`Qm` + 44 base58btc characters) or a multibase-prefixed
/// CIDv1 in one of the usual text encodings.
fn check_cid(cid: &str) -> Result<(), ApiError> {
    const BASE58: &str = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
    let invalid = || ApiError::bad_request(format!("invalid CID {cid:?}"));
    if cid.is_empty() {
        return Err(ApiError::bad_request("Pin.cid must not be empty"));
    }
    if cid.starts_with("Qm") {
        return if cid.len() == 46 && cid.chars().all(|c| BASE58.contains(c)) {
            Ok(())
        } else {
            Err(invalid())
        };
    }
    let mut chars = cid.chars();
    let prefix = chars.next().unwrap_or(' ');
    let rest = chars.as_str();
    let alphabet_ok = match prefix {
        'b' => rest.chars().all(|c| matches!(c, 'a'..='z' | '2'..='7')),
        'B' => rest.chars().all(|c| matches!(c, 'A'..='Z' | '2'..='7')),
        'z' => rest.chars().all(|c| BASE58.contains(c)),
        'f' => rest.chars().all(|c| matches!(c, '0'..='9' | 'a'..='f')),
        'k' => rest.chars().all(|c| matches!(c, '0'..='9' | 'a'..='z')),
        _ => false,
    };
    if alphabet_ok && rest.len() >= 8 {
        Ok(())
    } else {
        Err(invalid())
    }
}

fn check_name(name: &str, what: &str) -> Result<(), ApiError> {
    if name.chars().count() > 255 {
        return Err(ApiError::bad_request(format!(
            "{what} is longer than 255 characters"
        )));
    }
    Ok(())
}

fn check_origins(v: &Value) -> Result<(), ApiError> {
    let origins = v
        .as_array()
        .ok_or_else(|| ApiError::bad_request("Pin.origins must be an array of multiaddrs"))?;
    if origins.len() > 20 {
        return Err(ApiError::bad_request("Pin.origins has more than 20 items"));
    }
    for (i, origin) in origins.iter().enumerate() {
        let addr = origin
            .as_str()
            .ok_or_else(|| ApiError::bad_request("Pin.origins must contain strings"))?;
        let well_formed = addr.len() > 1
            && addr.starts_with('/')
            && !addr.ends_with('/')
            && !addr[1..].split('/').any(str::is_empty);
        if !well_formed {
            return Err(ApiError::bad_request(format!(
                "Pin.origins[{i}] is not a multiaddr: {addr:?}"
            )));
        }
        if origins[..i].contains(origin) {
            return Err(ApiError::bad_request(format!(
                "Pin.origins has a duplicate: {addr:?}"
            )));
        }
    }
    Ok(())
}

/// `Pin.meta` and the `meta` filter: an object of string values, at most 1000 of them.
fn string_map(v: &Value, what: &str) -> Result<Map<String, Value>, ApiError> {
    let map = v
        .as_object()
        .ok_or_else(|| ApiError::bad_request(format!("{what} must be a JSON object")))?;
    if map.len() > 1000 {
        return Err(ApiError::bad_request(format!(
            "{what} has more than 1000 keys"
        )));
    }
    if let Some((k, _)) = map.iter().find(|(_, v)| !v.is_string()) {
        return Err(ApiError::bad_request(format!(
            "{what}[{k:?}] must be a string"
        )));
    }
    Ok(map.clone())
}

#[derive(Clone, Copy)]
enum Match {
    Exact,
    IExact,
    Partial,
    IPartial,
}

/// The query of `GET /pins`.
struct Filter {
    cids: Option<Vec<String>>,
    name: Option<String>,
    matching: Match,
    statuses: Vec<Status>,
    before: Option<jiff::Timestamp>,
    after: Option<jiff::Timestamp>,
    limit: usize,
    meta: Option<Map<String, Value>>,
}

impl Filter {
    fn parse(query: &str) -> Result<Filter, ApiError> {
        let mut f = Filter {
            cids: None,
            name: None,
            matching: Match::Exact,
            // "when missing, service defaults to pinned only"
            statuses: vec![Status::Pinned],
            before: None,
            after: None,
            limit: 10,
            meta: None,
        };
        let mut seen: Vec<String> = Vec::new();
        for pair in query.split('&').filter(|p| !p.is_empty()) {
            let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
            let key = form_decode(k)?;
            let value = form_decode(v)?;
            if seen.contains(&key) {
                // v1.0.0 arrays are `style: form, explode: false`: `?cid=Qm1,Qm2`.
                return Err(ApiError::bad_request(format!(
                    "query parameter {key:?} given more than once \
                     (lists are comma-separated: ?{key}=a,b)"
                )));
            }
            seen.push(key.clone());
            match key.as_str() {
                "cid" => {
                    let cids = comma_list(&value, "cid")?;
                    if cids.len() > 10 {
                        return Err(ApiError::bad_request("more than 10 CIDs in cid filter"));
                    }
                    for cid in &cids {
                        check_cid(cid)?;
                    }
                    f.cids = Some(cids);
                }
                "name" => {
                    check_name(&value, "name filter")?;
                    f.name = Some(value);
                }
                "match" => {
                    f.matching = match value.as_str() {
                        "exact" => Match::Exact,
                        "iexact" => Match::IExact,
                        "partial" => Match::Partial,
                        "ipartial" => Match::IPartial,
                        other => {
                            return Err(ApiError::bad_request(format!(
                                "match must be exact, iexact, partial or ipartial, not {other:?}"
                            )));
                        }
                    };
                }
                "status" => {
                    f.statuses = comma_list(&value, "status")?
                        .iter()
                        .map(|s| {
                            Status::ALL
                                .into_iter()
                                .find(|st| st.as_str() == s)
                                .ok_or_else(|| {
                                    ApiError::bad_request(format!(
                                        "status must be queued, pinning, pinned or failed, \
                                         not {s:?}"
                                    ))
                                })
                        })
                        .collect::<Result<_, _>>()?;
                }
                "before" => f.before = Some(timestamp(&value, "before")?),
                "after" => f.after = Some(timestamp(&value, "after")?),
                "limit" => {
                    f.limit = value
                        .parse::<usize>()
                        .ok()
                        .filter(|n| (1..=1000).contains(n))
                        .ok_or_else(|| {
                            ApiError::bad_request(format!(
                                "limit must be an integer from 1 to 1000, not {value:?}"
                            ))
                        })?;
                }
                "meta" => {
                    let v: Value = serde_json::from_str(&value).map_err(|e| {
                        ApiError::bad_request(format!("meta filter is not JSON: {e}"))
                    })?;
                    f.meta = Some(string_map(&v, "meta filter")?);
                }
                other => {
                    return Err(ApiError::bad_request(format!(
                        "unknown query parameter {other:?}"
                    )));
                }
            }
        }
        Ok(f)
    }

    /// Whether the pin is one the client asked about (every filter but status/before/after):
    /// such pins count as polled by the listing.
    fn selects(&self, e: &Entry) -> bool {
        if let Some(cids) = &self.cids
            && !cids.iter().any(|c| c == e.cid())
        {
            return false;
        }
        if let Some(wanted) = &self.name {
            let Some(name) = e.pin.get("name").and_then(Value::as_str) else {
                return false;
            };
            let ok = match self.matching {
                Match::Exact => name == wanted,
                Match::IExact => name.to_lowercase() == wanted.to_lowercase(),
                Match::Partial => name.contains(wanted.as_str()),
                Match::IPartial => name.to_lowercase().contains(&wanted.to_lowercase()),
            };
            if !ok {
                return false;
            }
        }
        if let Some(meta) = &self.meta {
            let pin_meta = e.pin.get("meta").and_then(Value::as_object);
            let has_all = meta
                .iter()
                .all(|(k, v)| pin_meta.and_then(|m| m.get(k)) == Some(v));
            if !has_all {
                return false;
            }
        }
        true
    }
}

fn comma_list(value: &str, what: &str) -> Result<Vec<String>, ApiError> {
    let items: Vec<String> = value.split(',').map(str::to_owned).collect();
    if items.iter().any(String::is_empty) {
        return Err(ApiError::bad_request(format!(
            "{what} must be a non-empty comma-separated list"
        )));
    }
    for (i, item) in items.iter().enumerate() {
        if items[..i].contains(item) {
            return Err(ApiError::bad_request(format!(
                "{what} lists {item:?} twice"
            )));
        }
    }
    Ok(items)
}

fn timestamp(value: &str, what: &str) -> Result<jiff::Timestamp, ApiError> {
    value.parse().map_err(|e| {
        ApiError::bad_request(format!(
            "{what} must be an RFC 3339 timestamp, not {value:?}: {e}"
        ))
    })
}

/// `application/x-www-form-urlencoded` decoding of one key or value.
fn form_decode(s: &str) -> Result<String, ApiError> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' => {
                let hex = bytes
                    .get(i + 1..i + 3)
                    .filter(|h| h.iter().all(u8::is_ascii_hexdigit))
                    .and_then(|h| std::str::from_utf8(h).ok())
                    .and_then(|h| u8::from_str_radix(h, 16).ok())
                    .ok_or_else(|| {
                        ApiError::bad_request(format!("bad percent-encoding in query: {s:?}"))
                    })?;
                out.push(hex);
                i += 2;
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8(out)
        .map_err(|_| ApiError::bad_request(format!("query is not UTF-8 once decoded: {s:?}")))
}
