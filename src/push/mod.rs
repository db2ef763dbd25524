//! `push`: put a release on every mirror that has a transport, changing only what changed and
//! never leaving a mirror half-updated where the transport allows better.
//!
//! Per mirror: read its manifest (and trust it only if it is genuinely ours), plan the
//! difference, send content files (concurrently), then the lists and signatures with the
//! manifest last, then delete what the previous release had and this one does not, then
//! `finish` (git: one commit). Where the transport can rename, every file is written under a
//! temporary name and renamed into place, so no reader ever gets a partial file.

pub mod plan;
pub mod transport;

use std::path::Path;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use serde::Serialize;

use crate::check::{MAX_MANIFEST, MAX_SIGNATURE, genuine_manifest};
use crate::manifest::{MANIFEST, MANIFEST_SIG, Manifest};
use crate::signing::PublicKey;
use plan::{Plan, Remote};
use transport::{Transport, TransportError, TransportResult};

/// Suffix of the temporary names files are written under before a rename.
const TEMP_SUFFIX: &str = ".mirrorcast-partial";
/// How long an interrupted push spends taking its staged files away.
const CLEANUP_TIME: Duration = Duration::from_secs(15);
/// Tries of one operation that fails for a temporary reason.
const ATTEMPTS: u32 = 4;

/// The release to push, already checked.
pub struct Release<'a> {
    pub dir: &'a Path,
    pub manifest: &'a Manifest,
    pub manifest_bytes: &'a [u8],
    pub key: &'a PublicKey,
}

pub struct Options<'a> {
    /// Where each mirror's bar goes (bytes to send).
    pub progress: &'a dyn crate::progress::Progress,
    /// Set when the user interrupts: no new upload starts, a swap under way completes, so
    /// every mirror stays on a consistent release.
    pub stop: &'a std::sync::atomic::AtomicBool,
    /// Files sent at once to one mirror.
    pub file_jobs: usize,
    /// The longest one mirror may take.
    pub time_limit: Duration,
    /// Send every file, whatever the mirror's manifest says.
    pub full: bool,
}

/// What happened on one mirror.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct MirrorReport {
    pub name: String,
    pub transport: &'static str,
    /// `updated`, `up-to-date`, `failed`, or `skipped` (no transport).
    pub status: &'static str,
    /// The release the mirror held before, when it had a genuine one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_release: Option<u64>,
    pub files_sent: u64,
    pub bytes_sent: u64,
    pub files_skipped: u64,
    pub files_deleted: u64,
    pub retries: u32,
    /// Why each retry happened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retry_log: Vec<String>,
    pub seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl MirrorReport {
    pub fn new(name: &str, transport: &'static str) -> Self {
        MirrorReport {
            name: name.to_string(),
            transport,
            status: "failed",
            previous_release: None,
            files_sent: 0,
            bytes_sent: 0,
            files_skipped: 0,
            files_deleted: 0,
            retries: 0,
            retry_log: Vec::new(),
            seconds: 0.0,
            error: None,
        }
    }
}

/// Counters shared by the concurrent uploads of one mirror.
#[derive(Default)]
struct Tally {
    files: AtomicU64,
    bytes: AtomicU64,
    retries: AtomicU32,
    /// One line per retry, for the report.
    log: std::sync::Mutex<Vec<String>>,
}

/// Push `release` through `transport`, within `options.time_limit`.
pub async fn push_one(
    transport: &dyn Transport,
    release: &Release<'_>,
    options: &Options<'_>,
    report: &mut MirrorReport,
) {
    let started = Instant::now();
    let tally = Tally::default();
    let result = match tokio::time::timeout(
        options.time_limit,
        run(transport, release, options, &tally, report),
    )
    .await
    {
        Ok(result) => result,
        Err(_) => Err(TransportError::permanent(format!(
            "not done within {} s (the mirror's time limit); the files sent so far are in place, the mirror still serves its previous manifest, and the next push completes it",
            options.time_limit.as_secs()
        ))),
    };
    report.files_sent = tally.files.load(Ordering::Relaxed);
    report.bytes_sent = tally.bytes.load(Ordering::Relaxed);
    report.retries = tally.retries.load(Ordering::Relaxed);
    report.retry_log = tally.log.lock().map(|l| l.clone()).unwrap_or_default();
    report.seconds = started.elapsed().as_secs_f64();
    match result {
        Ok(status) => report.status = status,
        Err(e) => {
            report.status = "failed";
            report.error = Some(e.message);
        }
    }
}

async fn run(
    transport: &dyn Transport,
    release: &Release<'_>,
    options: &Options<'_>,
    tally: &Tally,
    report: &mut MirrorReport,
) -> TransportResult<&'static str> {
    // What the mirror holds.
    let remote_bytes = retry(tally, || transport.read(MANIFEST, MAX_MANIFEST)).await?;
    let remote_manifest = match &remote_bytes {
        None => None,
        Some(bytes) => {
            let sig = retry(tally, || transport.read(MANIFEST_SIG, MAX_SIGNATURE)).await?;
            sig.and_then(|sig| genuine_manifest(release.key, bytes, &sig).ok())
        }
    };
    let remote = match (&remote_bytes, &remote_manifest) {
        (None, _) => Remote::Empty,
        (Some(bytes), None) => {
            // Not ours: damaged, or someone else's site. Never overwrite another site.
            if let Ok(other) = Manifest::parse(bytes)
                && other.site != release.manifest.site
            {
                return Err(TransportError::permanent(format!(
                    "the mirror holds the site {:?}, not {:?}; give this site its own folder or bucket",
                    crate::safe_fs::printable(&other.site),
                    release.manifest.site
                )));
            }
            Remote::Unknown
        }
        (Some(bytes), Some(m)) => {
            report.previous_release = Some(m.release);
            if m.site == release.manifest.site && m.release > release.manifest.release {
                return Err(TransportError::permanent(format!(
                    "the mirror holds release {}, newer than release {} being pushed; bundle the newest release (never replace a newer one)",
                    m.release, release.manifest.release
                )));
            }
            Remote::Release {
                manifest: m,
                same_bytes: bytes.as_slice() == release.manifest_bytes,
            }
        }
    };
    let plan = plan::plan(release.manifest, &remote, options.full);
    report.files_skipped = plan.skipped as u64;
    if plan.is_empty() {
        return Ok("up-to-date");
    }
    let total: u64 = plan
        .content
        .iter()
        .chain(&plan.meta)
        .filter_map(|p| std::fs::metadata(release.dir.join(p)).ok())
        .map(|m| m.len())
        .sum();
    let bar = options.progress.task(&report.name, total);
    let sent = send_all(transport, release, &plan, options, tally, bar.as_ref()).await;
    bar.end();
    sent?;
    // Leftovers of the previous release are harmless: skip them when interrupted.
    for path in &plan.delete {
        if options.stop.load(Ordering::Relaxed) {
            break;
        }
        retry(tally, || transport.delete(path)).await?;
        report.files_deleted += 1;
    }
    let message = format!(
        "{} release {}",
        release.manifest.site, release.manifest.release
    );
    retry(tally, || transport.finish(&message)).await?;
    Ok("updated")
}

/// Stage and swap where the storage can rename: every file is first uploaded under a temporary
/// name (an interruption here leaves the mirror's release untouched), then renamed into place,
/// content first and `manifest.json` last, in one quick burst. Elsewhere (S3, whose objects are
/// each replaced atomically) files go straight to their names, content first, manifest last.
async fn send_all(
    transport: &dyn Transport,
    release: &Release<'_>,
    plan: &Plan,
    options: &Options<'_>,
    tally: &Tally,
    bar: &dyn crate::progress::Progress,
) -> TransportResult<()> {
    let rename = transport.capabilities().rename;
    let target = |path: &String| {
        if rename {
            temp_name(path)
        } else {
            path.clone()
        }
    };
    let jobs = options.file_jobs.max(1);
    let stopped = || {
        if options.stop.load(Ordering::Relaxed) {
            Err(TransportError::permanent(
                "interrupted before this mirror's release was swapped in; it keeps its previous release",
            ))
        } else {
            Ok(())
        }
    };
    // Every temporary name written to, so an interrupted or failed staging can take them away.
    let staged = std::sync::Mutex::new(Vec::new());
    let stage = |path: &String| {
        let to = target(path);
        if rename && let Ok(mut staged) = staged.lock() {
            staged.push(to.clone());
        }
        to
    };
    let staging = async {
        let mut uploads = futures_util::stream::iter(plan.content.iter())
            .map(|path| {
                let to = stage(path);
                async move {
                    stopped()?;
                    upload(transport, release.dir, path, &to, tally, bar).await
                }
            })
            .buffer_unordered(jobs);
        while let Some(result) = uploads.next().await {
            result?;
        }
        drop(uploads);
        for path in &plan.meta {
            stopped()?;
            upload(transport, release.dir, path, &stage(path), tally, bar).await?;
        }
        Ok(())
    };
    if let Err(e) = staging.await {
        let staged = staged.into_inner().unwrap_or_default();
        remove_staged(transport, &staged).await;
        return Err(e);
    }
    // From here on the swap runs to its end, interrupted or not.
    if rename {
        let mut renames = futures_util::stream::iter(plan.content.iter())
            .map(|path| {
                let temp = temp_name(path);
                async move { retry(tally, || transport.rename(&temp, path)).await }
            })
            .buffer_unordered(jobs);
        while let Some(result) = renames.next().await {
            result?;
        }
        drop(renames);
        for path in &plan.meta {
            let temp = temp_name(path);
            retry(tally, || transport.rename(&temp, path)).await?;
        }
    }
    Ok(())
}

/// Take staged files away after staging stopped, as far as the mirror still answers within
/// [`CLEANUP_TIME`]: they are not part of any release, and the next push writes them again.
async fn remove_staged(transport: &dyn Transport, staged: &[String]) {
    let removals = futures_util::stream::iter(staged)
        .map(|temp| transport.delete(temp))
        .buffer_unordered(8)
        .for_each(|_| async {});
    let _ = tokio::time::timeout(CLEANUP_TIME, removals).await;
}

fn temp_name(path: &str) -> String {
    format!("{path}{TEMP_SUFFIX}")
}

async fn upload(
    transport: &dyn Transport,
    dir: &Path,
    path: &str,
    to: &str,
    tally: &Tally,
    bar: &dyn crate::progress::Progress,
) -> TransportResult<()> {
    let local = dir.join(path);
    let size = std::fs::metadata(&local)
        .map_err(|e| TransportError::permanent(format!("{}: {e}", local.display())))?
        .len();
    retry(tally, || transport.write(to, &local)).await?;
    tally.files.fetch_add(1, Ordering::Relaxed);
    tally.bytes.fetch_add(size, Ordering::Relaxed);
    bar.advance(size);
    Ok(())
}

/// Run `op`, trying again after temporary failures with exponential backoff and jitter.
async fn retry<T, F, Fut>(tally: &Tally, mut op: F) -> TransportResult<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TransportResult<T>>,
{
    let mut delay = Duration::from_millis(200);
    for attempt in 1.. {
        match op().await {
            Err(e) if e.temporary && attempt < ATTEMPTS => {
                tally.retries.fetch_add(1, Ordering::Relaxed);
                if let Ok(mut log) = tally.log.lock() {
                    log.push(format!("attempt {attempt} failed, trying again: {e}"));
                }
                // Jitter from the clock's nanoseconds: enough to keep mirrors that failed
                // together from retrying together.
                let nanos = std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map_or(0, |d| d.subsec_nanos());
                let jitter = Duration::from_millis(u64::from(nanos % 250));
                tokio::time::sleep(delay + jitter).await;
                delay *= 2;
            }
            other => return other,
        }
    }
    unreachable!("the loop returns")
}
