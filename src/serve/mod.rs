//! `mirrorcast serve`: a volunteer's mirror. It serves the release its store holds (see
//! [`crate::store`]) the way readers and checkers need it: only the files the signed manifest
//! lists, each with a strong `ETag` from its signed SHA-256 (the same on every mirror), and
//! `Access-Control-Allow-Origin: *` so readers' pages on other copies can fall back to it.
//!
//! New releases come in three ways, all judged by the store alike: a bundle at start
//! (`--install`), pushed by anyone who holds a newer genuine release ([`protocol`], served by
//! `receive`), or fetched from other copies (`follow`). The release served is swapped whole:
//! a request in flight finishes with the release it started with.

mod follow;
mod http;
pub mod protocol;
mod receive;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex, RwLock};
use std::time::Duration;

use axum::body::Bytes;
use serde::Serialize;

use crate::error::{Error, IoContext as _, Result};
use crate::release::check::TrustedKey;
use crate::release::manifest::{META_FILES, Manifest};
use crate::store::{Current, Store};

pub use follow::FollowOptions;

/// What one run of `serve` did, reported when it stops.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ServeReport {
    /// The site and release served when it stopped (none if it never had one).
    pub site: Option<String>,
    pub release: Option<u64>,
    pub listen: String,
    /// Requests answered until it stopped.
    pub requests: u64,
    /// New releases taken while it ran (pushed or followed).
    pub updates: u64,
}

/// What a mirror takes from strangers: a push needs no password, so its size is bounded.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// The most bytes a release's files may add up to.
    pub max_release_bytes: u64,
    /// The most files a release may list.
    pub max_files: usize,
    /// Push requests one address may make per minute (offers, uploads, commits).
    pub pushes_per_minute: u32,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_release_bytes: 2 << 30,
            max_files: 100_000,
            pushes_per_minute: 600,
        }
    }
}

impl Limits {
    /// Whether a release of `manifest`'s size may come in, pushed or followed alike.
    pub fn allow(&self, manifest: &Manifest) -> std::result::Result<(), String> {
        let total: u64 = manifest.files.iter().map(|f| f.size).sum();
        if manifest.files.len() > self.max_files || total > self.max_release_bytes {
            return Err(format!(
                "release {} has {} files, {total} bytes; this mirror takes at most {} files, {} bytes",
                manifest.release,
                manifest.files.len(),
                self.max_files,
                self.max_release_bytes
            ));
        }
        Ok(())
    }
}

/// How the daemon runs.
pub struct Options {
    pub root: PathBuf,
    pub key: TrustedKey,
    /// A bundle to install at start.
    pub install: Option<PathBuf>,
    pub listen: SocketAddr,
    pub limits: Limits,
    /// `Onion-Location` for pages: the mirror's onion address, for Tor Browser to offer.
    pub onion: Option<url::Url>,
    pub follow: FollowOptions,
    /// Serve https with this certificate chain and key (PEM), read again on SIGHUP.
    pub tls: Option<(PathBuf, PathBuf)>,
}

/// Releases this size or smaller are held in memory whole; larger ones are read from disk.
const IN_MEMORY: u64 = 32 << 20;

/// The release being served.
pub(crate) struct Served {
    /// The release's folder (the store's, not a tree anyone else writes).
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// Every path served, with its SHA-256 and size: the manifest's files and the four signed
    /// files.
    pub files: HashMap<String, (String, u64)>,
    /// The files' bytes, when the release is small.
    pub memory: Option<HashMap<String, Bytes>>,
    /// Text files of a small release, compressed ahead: (gzip, brotli), each only when smaller.
    pub compressed: HashMap<String, (Option<Bytes>, Option<Bytes>)>,
    /// The Content-Security-Policy the bundle's pages carry, sent as a header too.
    pub csp: Option<String>,
    /// When it was taken, and from where.
    pub since: String,
    pub from: String,
}

impl Served {
    /// Read the release `current` of the store at `root` (blocking).
    fn load(root: &std::path::Path, current: Current, from: String) -> Result<Served> {
        let dir = root.join(&current.dir);
        let mut files: HashMap<String, (String, u64)> = current
            .manifest
            .files
            .iter()
            .map(|f| (f.path.clone(), (f.sha256.to_ascii_lowercase(), f.size)))
            .collect();
        let tree = crate::tree::Root::open(&dir).at(&dir)?;
        let read = |path: &str, cap: u64| {
            tree.read_regular(std::path::Path::new(path), cap)
                .map_err(|e| Error::Content(format!("{}: {e}", dir.join(path).display())))
        };
        let mut memory = HashMap::new();
        for meta in META_FILES {
            let bytes = read(meta, crate::store::Signed::cap(meta))?;
            files.insert(
                meta.to_string(),
                (crate::hash::sha256_hex(&bytes), bytes.len() as u64),
            );
            memory.insert(meta.to_string(), Bytes::from(bytes));
        }
        let total: u64 = current.manifest.files.iter().map(|f| f.size).sum();
        let memory = if total <= IN_MEMORY {
            for f in &current.manifest.files {
                memory.insert(f.path.clone(), Bytes::from(read(&f.path, f.size)?));
            }
            Some(memory)
        } else {
            None
        };
        let compressed = memory
            .as_ref()
            .map(|m| {
                m.iter()
                    .filter(|(path, bytes)| bytes.len() >= 256 && compressible(path))
                    .map(|(path, bytes)| (path.clone(), compress(bytes)))
                    .collect()
            })
            .unwrap_or_default();
        let csp = memory
            .as_ref()
            .and_then(|m| m.get("index.html"))
            .map(|b| b.to_vec())
            .or_else(|| read("index.html", 1 << 20).ok())
            .and_then(|page| csp_of(&page));
        Ok(Served {
            dir,
            manifest: current.manifest,
            files,
            memory,
            compressed,
            csp,
            since: now_text(),
            from,
        })
    }
}

/// Text worth compressing (images and archives are compressed already).
fn compressible(path: &str) -> bool {
    let ext = path.rsplit('.').next().unwrap_or_default();
    ["html", "js", "json", "txt", "css", "svg", "minisig"]
        .iter()
        .any(|e| ext.eq_ignore_ascii_case(e))
        || path == crate::release::manifest::SUMS
}

/// `bytes` gzipped and in brotli, each kept only when smaller.
fn compress(bytes: &[u8]) -> (Option<Bytes>, Option<Bytes>) {
    use std::io::Write as _;
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    let gzip = gz
        .write_all(bytes)
        .and_then(|()| gz.finish())
        .ok()
        .filter(|z| z.len() < bytes.len())
        .map(Bytes::from);
    let mut br = Vec::new();
    // The window no larger than the file: brotli's match finder takes memory in proportion
    // to the window (tens of MB at the default for a few KB of text).
    let lgwin = (usize::BITS - bytes.len().leading_zeros()).clamp(16, 22) as i32;
    let params = brotli::enc::BrotliEncoderParams {
        quality: 9,
        lgwin,
        size_hint: bytes.len(),
        ..Default::default()
    };
    let brotli = brotli::BrotliCompress(&mut &bytes[..], &mut br, &params)
        .ok()
        .filter(|_| br.len() < bytes.len())
        .map(|_| Bytes::from(br));
    (gzip, brotli)
}

/// The policy in a page's `<meta http-equiv="Content-Security-Policy" content="…">`, as the
/// bundle renders it.
fn csp_of(page: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(page).ok()?;
    let at = text.find("http-equiv=\"Content-Security-Policy\"")?;
    let rest = &text[at..];
    let start = rest.find("content=\"")? + "content=\"".len();
    let end = rest[start..].find('"')?;
    let csp = rest[start..start + end]
        .replace("&#39;", "'")
        .replace("&amp;", "&");
    // Only what a header may hold.
    csp.bytes()
        .all(|b| (0x20..0x7f).contains(&b))
        .then_some(csp)
}

fn now_text() -> String {
    jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string()
}

/// The daemon: its store, the release it serves, and the pushes under way.
pub(crate) struct Daemon {
    pub store: Store,
    pub key: TrustedKey,
    pub limits: Limits,
    pub onion: Option<url::Url>,
    served: RwLock<Option<Arc<Served>>>,
    /// One release goes in at a time.
    taking: Arc<tokio::sync::Mutex<()>>,
    /// Files being received by hash (a push's upload, a follow's fetch), one writer each, and
    /// the uploads per address.
    claims: Mutex<Claims>,
    pub offers: Mutex<receive::Offers>,
    /// Offers read and judged at once: an unsigned offer may cost its bytes in memory before
    /// its signature is checked, so only a few at a time.
    pub judging: tokio::sync::Semaphore,
    pub requests: AtomicU64,
    updates: AtomicU64,
}

impl Daemon {
    pub fn served(&self) -> Option<Arc<Served>> {
        self.served.read().map(|s| s.clone()).unwrap_or(None)
    }

    /// Judge a release offered (a push) or found (a copy followed) by the store's rule: its
    /// manifest, and the files the store lacks.
    pub async fn judge(
        self: &Arc<Self>,
        signed: &crate::store::Signed,
    ) -> std::result::Result<(Manifest, Vec<crate::store::Wanted>), crate::store::Refusal> {
        let (daemon, signed) = (self.clone(), signed.clone());
        tokio::task::spawn_blocking(move || {
            let manifest = daemon
                .store
                .admit(&signed, &daemon.key, jiff::Timestamp::now())?;
            let wanted = daemon.store.wanted(&manifest)?;
            Ok((manifest, wanted))
        })
        .await
        .map_err(|e| Error::Usage(format!("serve: {e}")))?
    }

    /// Take a release: `put` puts it in the store (blocking work, one at a time), then it is
    /// served, from every request that starts after. It runs to its end even if the request
    /// that asked for it goes away, so the store and what is served never disagree.
    pub async fn take(
        self: &Arc<Self>,
        from: String,
        put: impl FnOnce(&Store) -> std::result::Result<Current, crate::store::Refusal> + Send + 'static,
    ) -> std::result::Result<Arc<Served>, crate::store::Refusal> {
        let daemon = self.clone();
        tokio::spawn(async move {
            let _one = daemon.taking.clone().lock_owned().await;
            let blocking = daemon.clone();
            let served = tokio::task::spawn_blocking(move || {
                let current = put(&blocking.store)?;
                Ok::<_, crate::store::Refusal>(Served::load(blocking.store.path(), current, from)?)
            })
            .await
            .map_err(|e| Error::Usage(format!("serve: {e}")))??;
            let served = Arc::new(served);
            if let Ok(mut slot) = daemon.served.write() {
                *slot = Some(served.clone());
            }
            daemon.updates.fetch_add(1, Ordering::Relaxed);
            tracing::info!(
                "now serving release {} of {:?}, {}",
                served.manifest.release,
                served.manifest.site,
                served.from
            );
            Ok(served)
        })
        .await
        .map_err(|e| Error::Usage(format!("serve: {e}")))?
    }

    /// Claim the file with hash `sha` for one writer (an upload from `from`, or a follow's
    /// fetch for `None`), or say why not.
    pub fn claim(
        self: &Arc<Self>,
        sha: &str,
        from: Option<std::net::IpAddr>,
    ) -> std::result::Result<Claim, &'static str> {
        let mut claims = self
            .claims
            .lock()
            .map_err(|_| "the daemon's state is unusable")?;
        let from = from.map(receive::client);
        if claims.files.contains(sha) {
            return Err("that file is being received on another connection");
        }
        if claims.files.len() >= MAX_WRITERS {
            return Err(
                "this mirror is receiving as many files as it takes at once; try again soon",
            );
        }
        if let Some(ip) = from
            && claims.per_client.get(&ip).copied().unwrap_or(0) >= MAX_UPLOADS_PER_CLIENT
        {
            return Err("this address is sending as many files at once as it may");
        }
        claims.files.insert(sha.to_string());
        if let Some(ip) = from {
            *claims.per_client.entry(ip).or_default() += 1;
        }
        Ok(Claim {
            daemon: self.clone(),
            sha: sha.to_string(),
            from,
        })
    }
}

/// Files received at once, by every writer together.
const MAX_WRITERS: usize = 64;
/// Files one address may send at once.
const MAX_UPLOADS_PER_CLIENT: u32 = 8;

#[derive(Default)]
pub(crate) struct Claims {
    files: std::collections::HashSet<String>,
    per_client: HashMap<std::net::IpAddr, u32>,
}

/// One writer's hold on a file being received; given back when dropped, however the writer
/// ended.
pub(crate) struct Claim {
    daemon: Arc<Daemon>,
    sha: String,
    from: Option<std::net::IpAddr>,
}

impl Drop for Claim {
    fn drop(&mut self) {
        if let Ok(mut claims) = self.daemon.claims.lock() {
            claims.files.remove(&self.sha);
            if let Some(ip) = self.from
                && let Some(n) = claims.per_client.get_mut(&ip)
            {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    claims.per_client.remove(&ip);
                }
            }
        }
    }
}

/// Open the store at `options.root`, install `options.install` first if given, then serve on
/// `options.listen` (following other copies if asked) until `stop` is cancelled.
pub async fn run(
    options: Options,
    stop: tokio_util::sync::CancellationToken,
) -> Result<ServeReport> {
    let root = options.root.clone();
    let key = options.key.clone();
    let install = options.install.clone();
    let (store, served) = tokio::task::spawn_blocking(move || -> Result<_> {
        let store = Store::open(&root)?;
        if let Some(bundle) = &install {
            store.install(bundle, &key, jiff::Timestamp::now())?;
        }
        let served = match store.current()? {
            Some(current) => {
                let from = match &install {
                    Some(dir) => format!("installed from {}", dir.display()),
                    None => "the store".to_string(),
                };
                Some(Arc::new(Served::load(&root, current, from)?))
            }
            None => None,
        };
        Ok((store, served))
    })
    .await
    .map_err(|e| Error::Usage(format!("serve: {e}")))??;
    let listener = tokio::net::TcpListener::bind(options.listen)
        .await
        .map_err(|e| {
            let what_to_do = match e.kind() {
                std::io::ErrorKind::AddrInUse => {
                    "; another program listens there: stop it, or pick another port"
                }
                std::io::ErrorKind::PermissionDenied => {
                    "; ports below 1024 need a privilege (systemd's CAP_NET_BIND_SERVICE, as \
                     in contrib/mirrorcast-serve.service), or pick a port above 1023"
                }
                std::io::ErrorKind::AddrNotAvailable => "; this machine has no such address",
                _ => "",
            };
            Error::Usage(format!("--listen {}: {e}{what_to_do}", options.listen))
        })?;
    let daemon = Arc::new(Daemon {
        store,
        key: options.key,
        limits: options.limits,
        onion: options.onion,
        served: RwLock::new(served),
        taking: Default::default(),
        claims: Default::default(),
        offers: Mutex::new(receive::Offers::default()),
        judging: tokio::sync::Semaphore::new(2),
        requests: AtomicU64::new(0),
        updates: AtomicU64::new(0),
    });
    let scheme = if options.tls.is_some() {
        "https"
    } else {
        "http"
    };
    match daemon.served() {
        Some(s) => tracing::info!(
            "serving release {} of {:?} on {scheme}://{}/",
            s.manifest.release,
            s.manifest.site,
            options.listen
        ),
        // A new volunteer's first start: say how a release gets here.
        // Said once, as a warning: a mirror that serves nothing needs its volunteer.
        None if options.follow.sources.is_empty() => tracing::warn!(
            "listening on {scheme}://{}/, no release yet (readers get 503 until one comes): \
             the organisers can push one, with `[mirror.mirrorcast] endpoint = \"https://…/\"` \
             (this mirror's public address) in their mirrors.toml; or start with --install DIR \
             (a bundle) or --follow URL (another copy)",
            options.listen
        ),
        None => tracing::info!(
            "listening on {scheme}://{}/, no release yet (readers get 503 until one comes): \
             taking the first from --follow",
            options.listen
        ),
    }
    let following = (!options.follow.sources.is_empty())
        .then(|| tokio::spawn(follow::run(daemon.clone(), options.follow, stop.clone())));
    let app = http::router(daemon.clone())
        .merge(receive::router(daemon.clone()))
        .into_make_service_with_connect_info::<SocketAddr>();
    let served = match &options.tls {
        None => {
            axum::serve(listener, app)
                .with_graceful_shutdown(stop.clone().cancelled_owned())
                .await
        }
        Some((cert, key)) => serve_tls(listener, app, cert, key, &stop).await,
    };
    stop.cancel();
    if let Some(task) = following {
        let _ = tokio::time::timeout(Duration::from_secs(5), task).await;
    }
    served.map_err(|e| Error::Usage(format!("--listen {}: {e}", options.listen)))?;
    let now = daemon.served();
    Ok(ServeReport {
        site: now.as_ref().map(|s| s.manifest.site.clone()),
        release: now.as_ref().map(|s| s.manifest.release),
        listen: options.listen.to_string(),
        requests: daemon.requests.load(Ordering::Relaxed),
        updates: daemon.updates.load(Ordering::Relaxed),
    })
}

/// Serve https until `stop`: the certificate and key are read at start and again on every
/// SIGHUP (a renewed certificate goes live without a restart; a broken one is logged and the
/// one in use kept).
async fn serve_tls(
    listener: tokio::net::TcpListener,
    app: axum::extract::connect_info::IntoMakeServiceWithConnectInfo<axum::Router, SocketAddr>,
    cert: &std::path::Path,
    key: &std::path::Path,
    stop: &tokio_util::sync::CancellationToken,
) -> std::io::Result<()> {
    // One process-wide provider, the one the rest of mirrorcast's TLS uses; already set is fine.
    let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
    let config = axum_server::tls_rustls::RustlsConfig::from_pem_file(cert, key)
        .await
        .map_err(|e| {
            std::io::Error::other(format!(
                "--tls-cert {} / --tls-key {}: {e}",
                cert.display(),
                key.display()
            ))
        })?;
    if let Ok(mut hup) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::hangup()) {
        let (config, cert, key) = (config.clone(), cert.to_path_buf(), key.to_path_buf());
        tokio::spawn(async move {
            while hup.recv().await.is_some() {
                match config.reload_from_pem_file(&cert, &key).await {
                    Ok(()) => tracing::info!("SIGHUP: certificate {} read again", cert.display()),
                    Err(e) => tracing::error!(
                        "SIGHUP: {} / {}: {e}; still serving the certificate read before",
                        cert.display(),
                        key.display()
                    ),
                }
            }
        });
    }
    let handle = axum_server::Handle::new();
    {
        let (handle, stop) = (handle.clone(), stop.clone());
        tokio::spawn(async move {
            stop.cancelled().await;
            handle.graceful_shutdown(Some(Duration::from_secs(10)));
        });
    }
    axum_server::from_tcp_rustls(listener.into_std()?, config)?
        .handle(handle)
        .serve(app)
        .await
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_policy_of_a_page() {
        let page = br#"<meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'self'">"#;
        assert_eq!(
            super::csp_of(page).as_deref(),
            Some("default-src 'none'; script-src 'self'")
        );
        assert_eq!(super::csp_of(b"<p>no policy</p>"), None);
    }
}
