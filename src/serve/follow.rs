//! Follow mode: every few minutes (with jitter, and backing off from sources that fail) ask
//! other copies for a newer genuine release, fetch only the files whose hash the store lacks,
//! and take it. A source is any copy readers reach over HTTP: another `serve`, a plain static
//! mirror, an IPFS gateway at the site's name. What a source serves is judged by the store's
//! one rule and every file by its signed hash; a source serving something older, foreign or
//! tampered is logged and skipped, never trusted.

use std::sync::Arc;
use std::time::{Duration, Instant};

use cid::Cid;
use url::Url;

use super::Daemon;
use crate::ipfs::trustless::Blocks;
use crate::release::manifest::{MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG};
use crate::store::{Refusal, Signed};
use crate::transport::http::HttpReader;
use crate::transport::source::FetchError;

/// Where and how often to look.
#[derive(Debug, Clone, Default)]
pub struct FollowOptions {
    /// The copies to ask, each the address of a bundle's top (ending in `/`).
    pub sources: Vec<Url>,
    /// Also ask the copies the signed mirror list of the release served names.
    pub learn: bool,
    /// How long between rounds (a fifth more or less, at random).
    pub every: Duration,
}

/// The longest a failing source is left alone.
const MAX_BACKOFF: Duration = Duration::from_secs(3600);
/// The deadline of one small read (a manifest, a signature).
const SMALL_READ: Duration = Duration::from_secs(30);

struct Followed {
    url: Url,
    failures: u32,
    next: Instant,
    /// Learnt from a signed mirror list rather than given.
    learnt: bool,
}

pub(crate) async fn run(
    daemon: Arc<Daemon>,
    options: FollowOptions,
    stop: tokio_util::sync::CancellationToken,
) {
    let client = match crate::transport::http::tls()
        .and_then(|(tls, _)| crate::transport::http::client(&tls, crate::http::CONNECT_TIMEOUT))
    {
        Ok(c) => c,
        Err(e) => {
            tracing::error!("follow: {e}");
            return;
        }
    };
    let mut sources: Vec<Followed> = options
        .sources
        .iter()
        .map(|url| Followed {
            url: url.clone(),
            failures: 0,
            next: Instant::now(),
            learnt: false,
        })
        .collect();
    loop {
        if options.learn {
            learn(&daemon, &mut sources);
        }
        // Ask the sources due, in a random order, until one hands over a newer release.
        let mut order: Vec<usize> = (0..sources.len())
            .filter(|&i| sources[i].next <= Instant::now())
            .collect();
        shuffle(&mut order);
        for i in order {
            if stop.is_cancelled() {
                return;
            }
            let source = &mut sources[i];
            let reader = HttpReader {
                client: client.clone(),
                base: source.url.clone(),
                timeout: SMALL_READ,
                follow_off_origin: false,
            };
            match tokio::select! {
                r = look(&daemon, &reader) => r,
                () = stop.cancelled() => return,
            } {
                Ok(Some(release)) => {
                    tracing::info!("follow: took release {release} from {}", source.url);
                    source.failures = 0;
                    break;
                }
                Ok(None) => {
                    tracing::debug!("follow: {} has nothing newer", source.url);
                    source.failures = 0;
                }
                Err(why) => {
                    source.failures += 1;
                    let wait = options
                        .every
                        .saturating_mul(1 << source.failures.min(12))
                        .min(MAX_BACKOFF);
                    source.next = Instant::now() + wait;
                    tracing::warn!(
                        "follow: {} skipped ({why}); next asked in {} s{}",
                        source.url,
                        wait.as_secs(),
                        if source.learnt {
                            ", learnt from the signed list"
                        } else {
                            ""
                        }
                    );
                }
            }
        }
        let wait = jitter(options.every);
        tokio::select! {
            () = tokio::time::sleep(wait) => {}
            () = stop.cancelled() => return,
        }
    }
}

/// Ask one source; the release taken, `None` when it has nothing newer, or why it was skipped.
async fn look(daemon: &Arc<Daemon>, reader: &HttpReader) -> Result<Option<u64>, String> {
    let reading = Reading::open(reader).await;
    let mut signed = Signed::default();
    for name in [MANIFEST, MANIFEST_SIG] {
        signed
            .files
            .insert(name, reading.small(name, Signed::cap(name)).await?);
    }
    let (manifest, wanted) = match daemon.judge(&signed).await {
        Ok(judged) => judged,
        Err(Refusal::NotNewer { .. }) => return Ok(None),
        Err(r) => return Err(r.to_string()),
    };
    // The limits a push is held to hold here too: a copy followed is no more trusted.
    daemon.limits.allow(&manifest)?;
    for name in [SUMS, SUMS_SIG] {
        signed
            .files
            .insert(name, reading.small(name, Signed::cap(name)).await?);
    }
    tracing::info!(
        "follow: {} has release {}; fetching {} files{}",
        reader.base,
        manifest.release,
        wanted.len(),
        match &reading {
            Reading::Car { root, .. } =>
                format!(" as CARs from the trustless gateway, under {root}"),
            Reading::Files(_) => String::new(),
        }
    );
    for w in wanted {
        let Some(file) = manifest
            .files
            .iter()
            .find(|f| f.sha256.eq_ignore_ascii_case(&w.sha256))
        else {
            continue;
        };
        reading.fetch(daemon, &file.path, &w.sha256, w.size).await?;
    }
    let key = daemon.key.clone();
    let taken = daemon
        .take(format!("followed from {}", reader.base), move |store| {
            store.commit(&signed, &key, jiff::Timestamp::now())
        })
        .await;
    match taken {
        Ok(served) => Ok(Some(served.manifest.release)),
        // Someone pushed it (or a newer one) meanwhile.
        Err(Refusal::NotNewer { .. }) => Ok(None),
        Err(r) => Err(r.to_string()),
    }
}

const CAR_TYPE: &str = "application/vnd.ipld.car";

/// How a copy's files are read: as files at their paths (a mirror, a static site, a path
/// gateway), or as CARs from a trustless gateway, every block checked against its CID and each
/// file reached from the root the gateway named for the site's address.
enum Reading<'a> {
    Files(&'a HttpReader),
    Car { reader: &'a HttpReader, root: Cid },
}

impl<'a> Reading<'a> {
    /// A gateway address (`…/ipfs/CID/`, `…/ipns/NAME/`) is read as a trustless gateway when it
    /// answers with a CAR; anything else, as files.
    async fn open(reader: &'a HttpReader) -> Reading<'a> {
        let path = reader.base.path();
        if !(path.contains("/ipfs/") || path.contains("/ipns/")) {
            return Reading::Files(reader);
        }
        let mut url = reader.base.clone();
        url.set_path(path.trim_end_matches('/'));
        url.set_query(Some("format=car&dag-scope=block"));
        match car(reader, url, 2 << 20).await {
            Ok(blocks) => match blocks.roots.first() {
                Some(root) if blocks.is_directory(root).is_ok() => {
                    return Reading::Car {
                        reader,
                        root: *root,
                    };
                }
                _ => tracing::debug!("follow: {}: no directory root in its CAR", reader.base),
            },
            Err(why) => tracing::debug!("follow: {}: no CAR ({why}); reading files", reader.base),
        }
        Reading::Files(reader)
    }

    /// A list or signature file, whole, at most `cap` bytes.
    async fn small(&self, name: &str, cap: u64) -> Result<Vec<u8>, String> {
        match self {
            Reading::Files(reader) => reader
                .get(name, cap)
                .await
                .map(|got| got.bytes)
                .map_err(|e| format!("{name}: {e}")),
            Reading::Car { reader, root } => car_file(reader, root, name, cap).await,
        }
    }

    /// Fetch one file into the store by its hash, never past its signed size.
    async fn fetch(
        &self,
        daemon: &Arc<Daemon>,
        path: &str,
        sha: &str,
        size: u64,
    ) -> Result<(), String> {
        // The same hold a push's upload takes: one writer per file.
        let _claim = daemon
            .claim(sha, None)
            .map_err(|why| format!("{path}: {why}"))?;
        let mut receiving = {
            let (daemon, sha) = (daemon.clone(), sha.to_string());
            tokio::task::spawn_blocking(move || daemon.store.receive(&sha, size, 0))
                .await
                .map_err(|e| e.to_string())?
                .map_err(|e| format!("{path}: {e}"))?
        };
        match self {
            Reading::Car { reader, root } => {
                let bytes = car_file(reader, root, path, size).await?;
                receiving
                    .write(&bytes)
                    .map_err(|e| format!("{path}: {e}"))?;
            }
            Reading::Files(reader) => {
                let timed = timed(reader, size);
                let (mut res, _) = timed
                    .send(timed.url_of(path).map_err(|e| e.to_string())?, None)
                    .await
                    .map_err(|e| format!("{path}: {e}"))?;
                if res.status() != reqwest::StatusCode::OK {
                    return Err(format!(
                        "{path}: {}",
                        FetchError::Unreachable(format!("HTTP {}", res.status().as_u16()))
                    ));
                }
                while let Some(chunk) = res
                    .chunk()
                    .await
                    .map_err(|e| format!("{path}: {}", timed.cause(&e)))?
                {
                    receiving
                        .write(&chunk)
                        .map_err(|e| format!("{path}: {e}"))?;
                }
            }
        }
        let daemon = daemon.clone();
        tokio::task::spawn_blocking(move || daemon.store.received(receiving))
            .await
            .map_err(|e| e.to_string())?
            .map_err(|e| format!("{path}: {e}"))
    }
}

/// `reader` with a deadline long enough for `size` bytes at the slowest rate we wait for.
fn timed(reader: &HttpReader, size: u64) -> HttpReader {
    HttpReader {
        client: reader.client.clone(),
        base: reader.base.clone(),
        timeout: SMALL_READ + crate::http::time_for(size),
        follow_off_origin: reader.follow_off_origin,
    }
}

/// The CAR at `url`, every block checked, at most `cap` bytes.
async fn car(reader: &HttpReader, url: Url, cap: u64) -> Result<Blocks, String> {
    let (res, _) = reader
        .send(url, Some(CAR_TYPE))
        .await
        .map_err(|e| e.to_string())?;
    if res.status() != reqwest::StatusCode::OK {
        return Err(format!("HTTP {}", res.status().as_u16()));
    }
    let kind = res
        .headers()
        .get(reqwest::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or_default()
        .to_string();
    if !kind.starts_with(CAR_TYPE) {
        return Err(format!("a {kind:?} answer, not a CAR"));
    }
    let bytes = reader
        .read_capped(res, cap)
        .await
        .map_err(|e| e.to_string())?;
    // Hashing every block is work for a thread of its own, not the one serving readers.
    tokio::task::spawn_blocking(move || Blocks::read(&bytes))
        .await
        .map_err(|e| e.to_string())?
}

/// The file at `path` of the DAG under `root`, from a trustless gateway: the CAR of that path
/// (the blocks from the root to the file, and the file's), at most `size` bytes of file.
async fn car_file(
    reader: &HttpReader,
    root: &Cid,
    path: &str,
    size: u64,
) -> Result<Vec<u8>, String> {
    let under_root = HttpReader {
        base: reader
            .base
            .join(&format!("/ipfs/{root}/"))
            .map_err(|e| e.to_string())?,
        ..timed(reader, size)
    };
    let mut url = under_root.url_of(path).map_err(|e| e.to_string())?;
    url.set_query(Some("format=car&dag-scope=entity"));
    // The file's blocks and framing, and the folders on the way (a folder block is at most
    // 256 KiB in our bundles).
    let cap = size + size / 16 + (4 << 20);
    let blocks = car(&under_root, url, cap)
        .await
        .map_err(|e| format!("{path}: {e}"))?;
    let (root, file) = (*root, path.to_string());
    tokio::task::spawn_blocking(move || blocks.file(&root, &file, size))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("{path}: {e}"))
}

/// Add the copies the signed list of the release served names, once each.
fn learn(daemon: &Daemon, sources: &mut Vec<Followed>) {
    let Some(served) = daemon.served() else {
        return;
    };
    for text in served.manifest.mirrors.iter().flat_map(|m| &m.urls) {
        let Ok(mut url) = Url::parse(text) else {
            continue;
        };
        if !matches!(url.scheme(), "http" | "https") {
            continue;
        }
        if !url.path().ends_with('/') {
            url.set_path(&format!("{}/", url.path()));
        }
        if sources.iter().all(|s| s.url != url) {
            tracing::info!("follow: learnt {url} from the signed mirror list");
            sources.push(Followed {
                url,
                failures: 0,
                next: Instant::now(),
                learnt: true,
            });
        }
    }
}

/// `every`, a fifth more or less at random, so followers do not all ask at the same moment.
fn jitter(every: Duration) -> Duration {
    let spread = every.as_millis() as u64 / 5;
    if spread == 0 {
        return every;
    }
    let r = random_u64() % (2 * spread + 1);
    (every + Duration::from_millis(r)).saturating_sub(Duration::from_millis(spread))
}

fn shuffle(items: &mut [usize]) {
    for i in (1..items.len()).rev() {
        let j = (random_u64() % (i as u64 + 1)) as usize;
        items.swap(i, j);
    }
}

fn random_u64() -> u64 {
    u64::from_le_bytes(crate::transport::random_bytes())
}
