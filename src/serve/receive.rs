//! The daemon's end of the signed push protocol ([`super::protocol`]): offers judged by the
//! store's one rule, files taken only by hash and only while their offer is pending, commits
//! one at a time. Nobody authenticates, so every address is rate-limited and every offer is
//! bounded by the mirror's limits.

use std::collections::{HashMap, HashSet};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use axum::body::Body;
use axum::extract::{ConnectInfo, Path, Query, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine as _;
use futures_util::StreamExt as _;

use super::Daemon;
use super::protocol::{Code, Committed, Offer, Offered, Refused, WantedFile};
use crate::release::acceptance::Rejection;
use crate::release::manifest::{MANIFEST, META_FILES, Manifest};
use crate::release::signing::SignatureProblem;
use crate::store::{BlobError, Refusal, Signed};

/// Offers pending at once; a newer one pushes the oldest out.
const MAX_OFFERS: usize = 4;
/// An offer nobody has touched for this long is given up.
const OFFER_IDLE: Duration = Duration::from_secs(3600);
/// An upload that sends nothing for this long is cut (what arrived is kept to continue).
const UPLOAD_IDLE: Duration = Duration::from_secs(60);
/// The longest an offer's body may take to arrive.
const OFFER_READ: Duration = Duration::from_secs(30);

/// A release offered and admitted, waiting for its files.
pub(crate) struct Pending {
    signed: Signed,
    manifest: Manifest,
    /// SHA-256 → size, of every file the release lists.
    sizes: HashMap<String, u64>,
    touched: Instant,
}

#[derive(Default)]
pub(crate) struct Offers {
    pending: HashMap<String, Pending>,
    /// Offers being committed: one commit each at a time.
    committing: HashSet<String>,
    /// Per address: the start of its current minute and the requests in it.
    clients: HashMap<IpAddr, (Instant, u32)>,
    /// When `clients` was last cleared of old minutes.
    swept: Option<Instant>,
}

impl Offers {
    /// Whether `ip` may make another push request now.
    fn admit(&mut self, ip: IpAddr, per_minute: u32) -> bool {
        let now = Instant::now();
        let minute = Duration::from_secs(60);
        if self.swept.is_none_or(|t| now.duration_since(t) >= minute) {
            self.clients
                .retain(|_, (start, _)| now.duration_since(*start) < minute);
            self.swept = Some(now);
        }
        let (start, count) = self.clients.entry(client(ip)).or_insert((now, 0));
        if now.duration_since(*start) >= minute {
            (*start, *count) = (now, 0);
        }
        *count += 1;
        *count <= per_minute
    }

    fn expire(&mut self) {
        self.pending.retain(|_, p| p.touched.elapsed() < OFFER_IDLE);
    }
}

/// Who a request comes from, for the limits: the address, or for IPv6 its /64 (one
/// subscriber's network, which a client can hop across at will).
pub(crate) fn client(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => IpAddr::V4(v4),
            None => {
                let mut segments = v6.segments();
                segments[4..].fill(0);
                IpAddr::V6(segments.into())
            }
        },
        v4 => v4,
    }
}

pub(crate) fn router(daemon: Arc<Daemon>) -> axum::Router {
    use axum::routing::{post, put};
    let prefix = super::protocol::PREFIX;
    axum::Router::new()
        .route(&format!("{prefix}/offer"), post(offer))
        .route(&format!("{prefix}/{{offer}}/commit"), post(commit))
        .route(&format!("{prefix}/{{offer}}/{{sha}}"), put(upload))
        // The offer body is four files in base64; the manifest's cap bounds them.
        .layer(axum::extract::DefaultBodyLimit::disable())
        .with_state(daemon)
}

fn refuse(code: Code, message: impl Into<String>) -> Response {
    refuse_with(Refused {
        error: code,
        message: message.into(),
        have: None,
        wanted: Vec::new(),
    })
}

fn refuse_with(refused: Refused) -> Response {
    let status = StatusCode::from_u16(refused.error.status()).unwrap_or(StatusCode::BAD_REQUEST);
    let mut response = (status, axum::Json(&refused)).into_response();
    if refused.error == Code::RateLimited {
        response
            .headers_mut()
            .insert(header::RETRY_AFTER, header::HeaderValue::from_static("60"));
    }
    response
}

/// The one check every push request passes first: this address is within its rate.
fn limited(daemon: &Daemon, peer: SocketAddr) -> Option<Response> {
    daemon
        .requests
        .fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let ok = daemon
        .offers
        .lock()
        .map(|mut o| o.admit(peer.ip(), daemon.limits.pushes_per_minute))
        .unwrap_or(false);
    (!ok).then(|| {
        tracing::info!("push from {}: rate-limited", peer.ip());
        refuse(
            Code::RateLimited,
            "too many push requests from this address; try again in a minute",
        )
    })
}

/// What a refusal by the store is called in the protocol.
fn refusal(r: &Refusal) -> Response {
    let code = match r {
        Refusal::NotOurs(rejection) => match rejection {
            Rejection::TooLarge { .. } => Code::TooLarge,
            Rejection::BadSignature(SignatureProblem::WrongKey { .. }) => Code::AnotherKey,
            Rejection::BadSignature(_) => Code::BadSignature,
            Rejection::WrongComment { .. } | Rejection::Malformed(_) => Code::Malformed,
            Rejection::AnotherSite { .. } => Code::AnotherSite,
            Rejection::Older { .. } => Code::NotNewer,
            Rejection::Expired { .. } => Code::Expired,
        },
        Refusal::NotNewer { .. } => Code::NotNewer,
        Refusal::Missing(_) => Code::Missing,
        Refusal::NotGenuine(_) => Code::NotGenuine,
        Refusal::Store(e) => {
            tracing::error!("the store: {e}");
            return refuse(Code::Internal, "this mirror could not write its store");
        }
    };
    refuse(code, r.to_string())
}

async fn offer(
    State(daemon): State<Arc<Daemon>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    body: Body,
) -> Response {
    if let Some(r) = limited(&daemon, peer) {
        return r;
    }
    let Ok(_slot) = daemon.judging.try_acquire() else {
        return refuse(
            Code::RateLimited,
            "other offers are being judged; try again in a minute",
        );
    };
    // Four files in base64 and their names: the caps of the four, a third more, and room.
    let cap: u64 = META_FILES.iter().map(|m| Signed::cap(m)).sum::<u64>() / 3 * 4 + 4096;
    // A deadline on the whole body: a client that says much and sends nothing must not hold a
    // judging slot.
    let bytes = match tokio::time::timeout(OFFER_READ, axum::body::to_bytes(body, cap as usize))
        .await
    {
        Ok(Ok(b)) => b,
        Ok(Err(_)) => return refuse(Code::TooLarge, "the offer is larger than any genuine one"),
        Err(_) => {
            return refuse(
                Code::BadRequest,
                format!("the offer did not arrive within {} s", OFFER_READ.as_secs()),
            );
        }
    };
    let offer: Offer = match serde_json::from_slice(&bytes) {
        Ok(o) => o,
        Err(e) => return refuse(Code::BadRequest, format!("not an offer: {e}")),
    };
    drop(bytes);
    let mut signed = Signed::default();
    for name in META_FILES {
        let Some(text) = offer.files.get(name) else {
            return refuse(Code::BadRequest, format!("the offer lacks {name}"));
        };
        match base64::engine::general_purpose::STANDARD.decode(text) {
            Ok(b) if b.len() as u64 <= Signed::cap(name) => {
                signed.files.insert(name, b);
            }
            Ok(_) => {
                return refuse(
                    Code::TooLarge,
                    format!("{name} is larger than any genuine one"),
                );
            }
            Err(_) => return refuse(Code::BadRequest, format!("{name}: not base64")),
        }
    }
    if offer.files.len() != META_FILES.len() {
        return refuse(
            Code::BadRequest,
            "an offer holds the four signed files and nothing else",
        );
    }
    drop(offer);
    let id = crate::hash::sha256_hex(signed.get(MANIFEST));
    let (manifest, wanted) = match daemon.judge(&signed).await {
        Ok(judged) => judged,
        Err(r) => {
            tracing::info!("offer from {}: refused, {r}", peer.ip());
            return refusal(&r);
        }
    };
    if let Err(why) = daemon.limits.allow(&manifest) {
        return refuse(Code::TooLarge, why);
    }
    tracing::info!(
        "offer of release {} from {}: {} files wanted",
        manifest.release,
        peer.ip(),
        wanted.len()
    );
    let release = manifest.release;
    if let Ok(mut offers) = daemon.offers.lock() {
        offers.expire();
        if !offers.pending.contains_key(&id) && offers.pending.len() >= MAX_OFFERS {
            let oldest = offers
                .pending
                .iter()
                .min_by_key(|(_, p)| p.touched)
                .map(|(k, _)| k.clone());
            if let Some(oldest) = oldest {
                offers.pending.remove(&oldest);
            }
        }
        let sizes = manifest
            .files
            .iter()
            .map(|f| (f.sha256.to_ascii_lowercase(), f.size))
            .collect();
        offers.pending.insert(
            id.clone(),
            Pending {
                signed,
                manifest,
                sizes,
                touched: Instant::now(),
            },
        );
    }
    axum::Json(Offered {
        offer: id,
        release,
        wanted: wanted.into_iter().map(WantedFile::from).collect(),
    })
    .into_response()
}

#[derive(serde::Deserialize)]
struct At {
    #[serde(default)]
    offset: u64,
}

async fn upload(
    State(daemon): State<Arc<Daemon>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path((id, sha)): Path<(String, String)>,
    Query(at): Query<At>,
    body: Body,
) -> Response {
    if let Some(r) = limited(&daemon, peer) {
        return r;
    }
    let sha = sha.to_ascii_lowercase();
    if crate::hash::digest_of_hex(&sha).is_none() {
        return refuse(Code::UnlistedFile, "files are sent by their SHA-256");
    }
    let size = {
        let Ok(mut offers) = daemon.offers.lock() else {
            return refuse(Code::Internal, "the daemon's state is unusable");
        };
        let Some(pending) = offers.pending.get_mut(&id) else {
            return refuse(
                Code::NoOffer,
                "no such offer is pending; offer the release again",
            );
        };
        pending.touched = Instant::now();
        let Some(size) = pending.sizes.get(&sha).copied() else {
            return refuse(
                Code::UnlistedFile,
                "the release offered lists no file with that SHA-256",
            );
        };
        size
    };
    // One writer per file (a push or a follow), a few per address; given back however the
    // request ends, dropped connections included.
    let _claim = match daemon.claim(&sha, Some(peer.ip())) {
        Ok(claim) => claim,
        Err(why) => return refuse(Code::Busy, why),
    };
    let deadline = tokio::time::Instant::now()
        + UPLOAD_IDLE
        + crate::http::time_for(size.saturating_sub(at.offset));
    let result = receive(&daemon, &sha, size, at.offset, body, deadline).await;
    match result {
        Ok(()) => StatusCode::CREATED.into_response(),
        Err(e) => {
            let code = match &e {
                BlobError::WrongOffset { .. } => Code::WrongOffset,
                BlobError::TooLarge { .. } => Code::TooLarge,
                BlobError::WrongHash { .. } => Code::WrongHash,
                BlobError::Short { .. } => Code::Short,
                BlobError::Store(e) => {
                    tracing::error!("the store: {e}");
                    return refuse(Code::Internal, "this mirror could not write its store");
                }
            };
            let have = match &e {
                BlobError::WrongOffset { have, .. } => Some(*have),
                BlobError::Short { got, .. } => Some(*got),
                _ => None,
            };
            tracing::info!("upload of {sha} from {}: {e}", peer.ip());
            refuse_with(Refused {
                error: code,
                message: e.to_string(),
                have,
                wanted: Vec::new(),
            })
        }
    }
}

/// Receive the body into the store, chunk by chunk; a connection that stops sending is cut,
/// and what arrived is kept to be continued.
async fn receive(
    daemon: &Arc<Daemon>,
    sha: &str,
    size: u64,
    offset: u64,
    body: Body,
    deadline: tokio::time::Instant,
) -> Result<(), BlobError> {
    let mut receiving = {
        let (daemon, sha) = (daemon.clone(), sha.to_string());
        tokio::task::spawn_blocking(move || daemon.store.receive(&sha, size, offset))
            .await
            .map_err(|e| BlobError::Store(crate::error::Error::Usage(e.to_string())))??
    };
    let mut stream = body.into_data_stream();
    loop {
        let next = tokio::time::timeout(UPLOAD_IDLE, stream.next());
        match tokio::time::timeout_at(deadline, next).await {
            Ok(Ok(Some(Ok(chunk)))) => receiving.write(&chunk)?,
            // The connection broke, went quiet or trickled past its deadline: keep what came.
            _ => break,
        }
    }
    let daemon = daemon.clone();
    tokio::task::spawn_blocking(move || daemon.store.received(receiving))
        .await
        .map_err(|e| BlobError::Store(crate::error::Error::Usage(e.to_string())))?
}

/// Marks an offer as being committed while it lives.
struct Committing<'a>(&'a Daemon, &'a str);

impl Drop for Committing<'_> {
    fn drop(&mut self) {
        if let Ok(mut offers) = self.0.offers.lock() {
            offers.committing.remove(self.1);
        }
    }
}

async fn commit(
    State(daemon): State<Arc<Daemon>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    Path(id): Path<String>,
) -> Response {
    if let Some(r) = limited(&daemon, peer) {
        return r;
    }
    let signed = match daemon.offers.lock() {
        Ok(mut offers) => match offers.pending.get(&id).map(|p| p.signed.clone()) {
            Some(signed) if offers.committing.insert(id.clone()) => Some(Ok(signed)),
            Some(_) => Some(Err(())),
            None => None,
        },
        Err(_) => None,
    };
    let signed = match signed {
        Some(Ok(signed)) => signed,
        Some(Err(())) => {
            return refuse(Code::Busy, "that offer is being committed already");
        }
        None => {
            return refuse(
                Code::NoOffer,
                "no such offer is pending; offer the release again",
            );
        }
    };
    let _committing = Committing(&daemon, &id);
    let key = daemon.key.clone();
    let taken = daemon
        .take(format!("pushed from {}", peer.ip()), move |store| {
            store.commit(&signed, &key, jiff::Timestamp::now())
        })
        .await;
    match taken {
        Ok(served) => {
            if let Ok(mut offers) = daemon.offers.lock() {
                // This offer, and any for the same release or older, are done.
                let release = served.manifest.release;
                offers.pending.retain(|_, p| p.manifest.release > release);
            }
            axum::Json(Committed {
                release: served.manifest.release,
                files: served.manifest.files.len() as u64,
            })
            .into_response()
        }
        Err(Refusal::Missing(hashes)) => {
            let wanted = match daemon.offers.lock() {
                Ok(offers) => offers.pending.get(&id).map(|p| {
                    hashes
                        .iter()
                        .map(|h| WantedFile {
                            sha256: h.clone(),
                            size: p.sizes.get(h).copied().unwrap_or(0),
                            have: 0,
                        })
                        .collect()
                }),
                Err(_) => None,
            }
            .unwrap_or_default();
            refuse_with(Refused {
                error: Code::Missing,
                message: format!("{} files have not been received yet", hashes.len()),
                have: None,
                wanted,
            })
        }
        Err(r) => {
            tracing::info!("commit from {}: refused, {r}", peer.ip());
            refusal(&r)
        }
    }
}
