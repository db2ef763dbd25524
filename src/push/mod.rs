//! `push`: put a release on every mirror that has a transport, changing only what changed and
//! never leaving a mirror half-updated where the transport allows better.
//!
//! Per mirror: read its manifest and take it only under the acceptance rule (genuine, this
//! site, not newer than ours), plan the difference, sweep staging areas an interrupted push left
//! behind, then put the release in place in the safest way the storage allows:
//! - whole, in one step, where it can (a local folder: a new tree exchanged with the old);
//! - else staged and swapped: every file is uploaded into a new staging area of unpredictable
//!   name (`.mirrorcast/staging-…`), then, in one quick burst, folders are made or cleared for
//!   files and folders that trade places, the old version of each replaced file is kept aside,
//!   and the staged files are moved into place, content first and `manifest.json` last. If the
//!   burst fails, what it did is undone from the kept copies, so the mirror keeps its previous
//!   release; the staging area goes either way;
//! - or written straight to their names where the release becomes visible at once anyway
//!   (git: one commit).
//!
//! Then the files the previous release had and this one does not are deleted, with the folders
//! they leave empty.

pub mod plan;

use std::collections::BTreeSet;
use std::path::Path;
use std::sync::atomic::{AtomicU32, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use futures_util::StreamExt as _;
use serde::Serialize;

use crate::release::acceptance::{Rejection, Rule, accept};
use crate::release::manifest::{MANIFEST, MANIFEST_SIG, MAX_MANIFEST, MAX_SIGNATURE, Manifest};
use crate::release::signing::PublicKey;
use crate::transport::{
    Backup, Body, Failure, STAGING_PREFIX, STAGING_ROOT, Swapped, Transport, TransportError,
    TransportKind, TransportResult, WholeRelease,
};
use plan::{Plan, Remote};

/// How long an interrupted or failed push spends undoing its swap and taking staged files away.
const CLEANUP_TIME: Duration = Duration::from_secs(15);

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
    pub stop: &'a tokio_util::sync::CancellationToken,
    /// Files sent at once to one mirror.
    pub file_jobs: usize,
    /// The longest one mirror may take.
    pub time_limit: Duration,
    /// Send every file, whatever the mirror's manifest says.
    pub full: bool,
    /// Read the mirror's files first and send those found wrong too (tampered, missing, of
    /// another size), though its genuine manifest lists them; then read them again.
    pub repair: bool,
}

crate::report::word_enum! {
    /// What became of one mirror.
    pub enum MirrorStatus {
        /// It took the release.
        Updated = "updated",
        /// It already held it, every file as signed.
        UpToDate = "up-to-date",
        Failed = "failed",
        /// It has no transport: it updates itself.
        Skipped = "skipped",
    }
}

/// What happened on one mirror.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct MirrorReport {
    pub name: String,
    pub transport: TransportKind,
    pub status: MirrorStatus,
    /// The release the mirror held before, when it had a genuine one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub previous_release: Option<u64>,
    pub files_sent: u64,
    pub bytes_sent: u64,
    pub files_skipped: u64,
    pub files_deleted: u64,
    pub retries: u32,
    /// With `--repair`: the files reading the mirror found wrong, sent again.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub repaired: Vec<String>,
    /// Why each retry happened.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub retry_log: Vec<String>,
    /// What push noticed on the way that did not stop it (how the release went in, leftovers
    /// it could not sweep).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub notes: Vec<String>,
    #[serde(serialize_with = "crate::report::serialize_seconds")]
    pub seconds: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl MirrorReport {
    pub fn new(name: &str, transport: TransportKind) -> Self {
        MirrorReport {
            name: name.to_string(),
            transport,
            status: MirrorStatus::Failed,
            previous_release: None,
            files_sent: 0,
            bytes_sent: 0,
            files_skipped: 0,
            files_deleted: 0,
            retries: 0,
            repaired: Vec::new(),
            retry_log: Vec::new(),
            notes: Vec::new(),
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
    tracing::info!(
        "mirror {:?} ({}): pushing release {}",
        report.name,
        report.transport,
        release.manifest.release
    );
    let job = Job {
        transport,
        release,
        options,
        tally: Tally::default(),
        started: Instant::now(),
    };
    let result = match tokio::time::timeout(options.time_limit, job.run(report)).await {
        Ok(result) => result,
        Err(_) => Err(TransportError::permanent(format!(
            "not done within {} s (the mirror's time limit); the files sent so far are staged, the mirror still serves its previous manifest, and the next push completes it",
            options.time_limit.as_secs()
        ))),
    };
    let tally = &job.tally;
    report.files_sent += tally.files.load(Ordering::Relaxed);
    report.bytes_sent += tally.bytes.load(Ordering::Relaxed);
    report.retries = tally.retries.load(Ordering::Relaxed);
    report.retry_log = tally.log.lock().map(|l| l.clone()).unwrap_or_default();
    report.seconds = job.started.elapsed().as_secs_f64();
    match result {
        Ok(status) => report.status = status,
        Err(e) => {
            report.status = MirrorStatus::Failed;
            report.error = Some(e.message);
        }
    }
    tracing::info!(
        "mirror {:?}: {} in {:.1} s ({} files sent, {} retries)",
        report.name,
        report.status,
        report.seconds,
        report.files_sent,
        report.retries
    );
}

/// One mirror's push: what every step of it needs.
struct Job<'a> {
    transport: &'a dyn Transport,
    release: &'a Release<'a>,
    options: &'a Options<'a>,
    tally: Tally,
    started: Instant,
}

/// What the mirror gets: the plan, and the files of the previous release when it was genuine.
struct Change<'a> {
    plan: &'a Plan,
    previous: Option<&'a BTreeSet<String>>,
    bar: &'a dyn crate::progress::Progress,
}

/// What a mirror holds, judged by the acceptance rule.
enum Held {
    Nothing,
    /// A manifest that is not a genuine one of ours (unsigned, another key, damaged).
    NotOurs,
    Release {
        manifest: Box<Manifest>,
        same_bytes: bool,
    },
}

/// One step of a swap, and how to undo it. Each is recorded before it is taken: undoing a
/// step that did not happen puts back what is there anyway.
enum Done {
    /// A file moved into place over what was there before.
    Placed { path: String, before: Before },
    /// A file of the previous release deleted to make room for a folder.
    Cleared { path: String, before: Before },
    /// A folder made (not one that was there).
    MadeDir(String),
    /// A folder of the previous release removed to make room for a file.
    RemovedDir(String),
}

/// What was at a path before the swap.
#[derive(Clone)]
enum Before {
    /// A file, whose copy is kept under this name in the staging area.
    Kept(String),
    Nothing,
    /// The storage keeps no copies: not known.
    Unknown,
}

impl Before {
    fn from(backup: Backup, kept: String) -> Self {
        match backup {
            Backup::Kept => Before::Kept(kept),
            Backup::Nothing => Before::Nothing,
            Backup::Cannot => Before::Unknown,
        }
    }
}

/// Names in one staging area: staged files by their index, kept previous versions apart.
struct Area {
    path: String,
}

impl Area {
    fn staged(&self, i: usize) -> String {
        format!("{}/{i}", self.path)
    }
    fn kept(&self, i: usize) -> String {
        format!("{}/kept-{i}", self.path)
    }
}

impl Job<'_> {
    async fn retry<T, F, Fut>(&self, op: F) -> TransportResult<T>
    where
        F: FnMut() -> Fut,
        Fut: std::future::Future<Output = TransportResult<T>>,
    {
        retry(&self.tally, op).await
    }

    fn stopped(&self) -> TransportResult<()> {
        if self.options.stop.is_cancelled() {
            Err(TransportError::permanent(
                "interrupted before this mirror's release was swapped in; it keeps its previous release",
            ))
        } else {
            Ok(())
        }
    }

    async fn upload(
        &self,
        path: &str,
        to: &str,
        bar: &dyn crate::progress::Progress,
    ) -> TransportResult<()> {
        let local = self.release.dir.join(path);
        let size = std::fs::metadata(&local)
            .map_err(|e| TransportError::permanent(format!("{}: {e}", crate::text::path(&local))))?
            .len();
        self.retry(|| async { self.transport.write(to, Body::file(&local)?).await })
            .await?;
        self.tally.files.fetch_add(1, Ordering::Relaxed);
        self.tally.bytes.fetch_add(size, Ordering::Relaxed);
        bar.advance(size);
        Ok(())
    }

    async fn run(&self, report: &mut MirrorReport) -> TransportResult<MirrorStatus> {
        let (transport, release) = (self.transport, self.release);
        self.retry(|| transport.prepare()).await?;
        let held = self.read_remote().await?;
        let remote = match &held {
            Held::Nothing => Remote::Empty,
            Held::NotOurs => Remote::Unknown,
            Held::Release {
                manifest,
                same_bytes,
            } => {
                report.previous_release = Some(manifest.release);
                Remote::Release {
                    manifest,
                    same_bytes: *same_bytes,
                }
            }
        };
        let mut plan = plan::plan(release.manifest, &remote, self.options.full);
        // A genuine manifest vouches for nothing when files were edited behind its back: read
        // them (anything else gets every file anyway).
        let repair = self.options.repair && matches!(held, Held::Release { .. });
        if repair {
            let wrong = self.wrong_files().await?;
            // Files this release changes go anyway; what is repaired is what the mirror's own
            // manifest vouched for and did not hold.
            let sent_anyway: BTreeSet<&String> = plan.content.iter().chain(&plan.meta).collect();
            report.repaired = wrong
                .iter()
                .filter(|path| !sent_anyway.contains(path))
                .cloned()
                .collect();
            plan.repair(release.manifest, &wrong);
        }
        // Already there: site files with the right hash, and the list and signature files when
        // the mirror has this very manifest; so sent and skipped add up to the bundle's files.
        report.files_skipped =
            (plan.skipped + crate::release::manifest::META_FILES.len() - plan.meta.len()) as u64;
        tracing::debug!(
            "mirror {:?}: {} files to send, {} list and signature files, {} to delete, {} already there{}",
            report.name,
            plan.content.len(),
            plan.meta.len(),
            plan.delete.len(),
            plan.skipped,
            if repair {
                format!(", {} found wrong", report.repaired.len())
            } else {
                String::new()
            }
        );
        let previous: Option<BTreeSet<String>> = match &remote {
            Remote::Release { manifest, .. } => {
                Some(manifest.files.iter().map(|f| f.path.clone()).collect())
            }
            _ => None,
        };
        // What an interrupted push left: not part of any release.
        self.sweep(report).await;
        if plan.is_empty() {
            return Ok(MirrorStatus::UpToDate);
        }
        let total: u64 = plan
            .content
            .iter()
            .chain(&plan.meta)
            .filter_map(|p| std::fs::metadata(release.dir.join(p)).ok())
            .map(|m| m.len())
            .sum();
        let bar = self.options.progress.task(&report.name, total);
        let change = Change {
            plan: &plan,
            previous: previous.as_ref(),
            bar: bar.as_ref(),
        };
        let outcome = self.put_in_place(&change, report).await;
        bar.end();
        outcome?;
        let message = format!(
            "{} release {}",
            release.manifest.site, release.manifest.release
        );
        self.retry(|| transport.finish(&message)).await?;
        if repair {
            let still = self.wrong_files().await?;
            if !still.is_empty() {
                return Err(TransportError::permanent(format!(
                    "repaired, yet reading it back still finds {} wrong ({}); something on the server changes files",
                    still.len(),
                    still.into_iter().take(5).collect::<Vec<_>>().join(", ")
                )));
            }
        }
        Ok(MirrorStatus::Updated)
    }

    /// Every file of the release as the mirror holds it, read through the transport: those
    /// whose bytes are not ours (edited, missing, another size).
    async fn wrong_files(&self) -> TransportResult<BTreeSet<String>> {
        use crate::release::files::{Expected, Found, check};
        use crate::transport::source::{FetchError, read_hashed};
        let release = self.release;
        let mut expected: Vec<Expected> = release
            .manifest
            .files
            .iter()
            .map(|f| Expected {
                path: f.path.clone(),
                size: f.size,
                sha256: f.sha256.clone(),
            })
            .collect();
        // The list and signature files as this release has them.
        for name in crate::release::manifest::META_FILES {
            let local = release.dir.join(name);
            let bytes = std::fs::read(&local).map_err(|e| {
                TransportError::permanent(format!("{}: {e}", crate::text::path(&local)))
            })?;
            expected.push(Expected {
                path: name.to_string(),
                size: bytes.len() as u64,
                sha256: crate::hash::sha256_hex(&bytes),
            });
        }
        let transport = self.transport;
        // A read that fails for a reason that may pass is tried again, as writes are; any other
        // failure keeps its kind (refused credentials, a link on the mirror) for the report.
        let failure = std::sync::Mutex::new(None);
        let read = |file: &'_ Expected| {
            let (file, failure) = (file.clone(), &failure);
            async move {
                let read = self
                    .retry(|| read_hashed(transport, &file.path, file.size))
                    .await;
                match read {
                    Ok(Some(hashed)) => Ok(hashed),
                    Ok(None) => Err(FetchError::NotFound),
                    Err(e) => {
                        let message = e.message.clone();
                        if let Ok(mut first) = failure.lock() {
                            first.get_or_insert(e);
                        }
                        Err(FetchError::Unreachable(message))
                    }
                }
            }
        };
        let mut wrong = BTreeSet::new();
        for (file, found) in check(&expected, self.options.file_jobs, read).await {
            match found {
                Found::Good => {}
                Found::Tampered { .. } | Found::Missing => {
                    wrong.insert(file.path.clone());
                }
                Found::Unreadable(_) => {
                    let failed = failure.lock().ok().and_then(|mut f| f.take());
                    return Err(failed.unwrap_or_else(|| {
                        TransportError::permanent(format!(
                            "{}: could not be read back from the mirror",
                            file.path
                        ))
                    }));
                }
            }
        }
        Ok(wrong)
    }

    /// Read the mirror's manifest and apply the acceptance rule: a genuine one of another
    /// site, or a newer one of ours, is never replaced; a manifest that is not genuine is never
    /// parsed, only asked which site it claims, so another site's mirror is not overwritten
    /// either.
    async fn read_remote(&self) -> TransportResult<Held> {
        let (transport, release) = (self.transport, self.release);
        let Some(bytes) = self
            .retry(|| transport.read(MANIFEST, MAX_MANIFEST))
            .await?
        else {
            return Ok(Held::Nothing);
        };
        let signature = self
            .retry(|| transport.read(MANIFEST_SIG, MAX_SIGNATURE))
            .await?
            .unwrap_or_default();
        let ours = &release.manifest.site;
        let rule = Rule {
            key: release.key,
            site: Some(ours),
            not_below: None,
            now: None,
        };
        let another = |site: &str| {
            TransportError::permanent(format!(
                "the mirror holds the site {:?}, not {:?}; give this site its own folder or \
                 bucket (or, for a volunteer's `mirrorcast serve`, its own serve)",
                crate::text::printable(site),
                ours
            ))
        };
        match accept(&rule, &bytes, &signature) {
            Ok(m) if m.release > release.manifest.release => {
                Err(TransportError::permanent(format!(
                    "the mirror holds release {}, newer than release {} being pushed; bundle the newest release (never replace a newer one)",
                    m.release, release.manifest.release
                )))
            }
            Ok(m) => Ok(Held::Release {
                same_bytes: bytes.as_slice() == release.manifest_bytes,
                manifest: Box::new(m),
            }),
            Err(Rejection::AnotherSite { site, .. }) => Err(another(&site)),
            Err(_) => match Manifest::claimed_site(&bytes) {
                Some(site) if site != *ours => Err(another(&site)),
                _ => Ok(Held::NotOurs),
            },
        }
    }

    /// Remove what interrupted pushes left: staging areas under `.mirrorcast/`, and whatever
    /// the transport keeps elsewhere. A failure here costs a note, not the push.
    async fn sweep(&self, report: &mut MirrorReport) {
        let transport = self.transport;
        let left = |what: &str| format!("removed {what}, left by an interrupted push");
        match transport.sweep_elsewhere().await {
            Ok(removed) => report.notes.extend(removed.iter().map(|r| left(r))),
            Err(e) => report.notes.push(format!(
                "could not look for leftovers of an interrupted push: {e}"
            )),
        }
        let listed = match transport.list_dir(STAGING_ROOT).await {
            Ok(Some(names)) => names,
            Ok(None) => return,
            Err(e) => {
                report
                    .notes
                    .push(format!("could not look for staged leftovers: {e}"));
                return;
            }
        };
        for name in listed.iter().filter(|n| n.starts_with(STAGING_PREFIX)) {
            let area = format!("{STAGING_ROOT}/{name}");
            match transport.remove_all(&area).await {
                Ok(()) => report.notes.push(left(&area)),
                Err(e) => report.notes.push(format!(
                    "could not remove {area}, left by an interrupted push: {e}"
                )),
            }
        }
    }

    /// The release in place, in the safest way the storage allows (see the module's comment).
    async fn put_in_place(
        &self,
        change: &Change<'_>,
        report: &mut MirrorReport,
    ) -> TransportResult<()> {
        let (transport, release, plan) = (self.transport, self.release, change.plan);
        if !transport.capabilities().rename {
            return self.write_directly(change, report).await;
        }
        let paths: BTreeSet<String> = release
            .manifest
            .files
            .iter()
            .map(|f| f.path.clone())
            .chain(crate::release::manifest::META_FILES.map(String::from))
            .collect();
        let send: BTreeSet<String> = plan.content.iter().chain(&plan.meta).cloned().collect();
        let drop: BTreeSet<String> = plan.delete.iter().cloned().collect();
        let whole = WholeRelease {
            dir: release.dir,
            paths: &paths,
            send: &send,
            drop: &drop,
            previous: change.previous,
            stop: self.options.stop,
            // Leave the switch time to happen within the mirror's time limit.
            deadline: self.started
                + self
                    .options
                    .time_limit
                    .saturating_sub(Duration::from_secs(5)),
        };
        match transport.swap_release(&whole).await? {
            Swapped::Done {
                files,
                bytes,
                deleted,
                how,
            } => {
                // The rest of the release was there already (a mirror that takes files by
                // hash sends each content once).
                report.files_sent = files;
                report.files_skipped = (paths.len() as u64).saturating_sub(files);
                report.bytes_sent = bytes;
                report.files_deleted = deleted;
                change.bar.advance(bytes);
                report.notes.push(how.into());
                Ok(())
            }
            Swapped::NotHere(why) => {
                if transport.capabilities().folders && !why.is_empty() {
                    report.notes.push(format!("swapped file by file: {why}"));
                }
                self.stage_and_swap(change, report).await
            }
        }
    }

    /// Where the release becomes visible all at once anyway (git): every file straight to its
    /// name, the deletions, then `finish` makes it one step.
    async fn write_directly(
        &self,
        change: &Change<'_>,
        report: &mut MirrorReport,
    ) -> TransportResult<()> {
        let plan = change.plan;
        let mut uploads = futures_util::stream::iter(plan.content.iter().chain(&plan.meta))
            .map(|path| async move {
                self.stopped()?;
                self.upload(path, path, change.bar).await
            })
            .buffer_unordered(self.options.file_jobs.max(1));
        while let Some(result) = uploads.next().await {
            result?;
        }
        drop(uploads);
        for path in &plan.delete {
            self.retry(|| self.transport.delete(path)).await?;
            report.files_deleted += 1;
        }
        Ok(())
    }

    /// Stage every file in a new staging area, then swap in one burst (see the module
    /// comment).
    async fn stage_and_swap(
        &self,
        change: &Change<'_>,
        report: &mut MirrorReport,
    ) -> TransportResult<()> {
        let (transport, plan) = (self.transport, change.plan);
        let folders = transport.capabilities().folders;
        let area = Area {
            path: crate::transport::new_staging_area(),
        };
        if folders {
            self.retry(|| transport.create_dir(STAGING_ROOT, false))
                .await?;
            self.retry(|| transport.create_dir(&area.path, true))
                .await?;
        }
        let files: Vec<&String> = plan.content.iter().chain(&plan.meta).collect();
        let staging = async {
            let mut uploads = futures_util::stream::iter(plan.content.iter().enumerate())
                .map(|(i, path)| {
                    let area = &area;
                    async move {
                        self.stopped()?;
                        self.upload(path, &area.staged(i), change.bar).await
                    }
                })
                .buffer_unordered(self.options.file_jobs.max(1));
            while let Some(result) = uploads.next().await {
                result?;
            }
            drop(uploads);
            for (i, path) in files.iter().enumerate().skip(plan.content.len()) {
                self.stopped()?;
                self.upload(path, &area.staged(i), change.bar).await?;
            }
            Ok::<(), TransportError>(())
        };
        if let Err(e) = staging.await {
            remove_area(transport, &area.path).await;
            return Err(e);
        }

        // The burst: from here on it runs to its end, interrupted or not.
        let mut done: Vec<Done> = Vec::new();
        if let Err(e) = self.swap_burst(change, &files, &area, &mut done).await {
            let undone = undo(transport, done).await;
            remove_area(transport, &area.path).await;
            return Err(TransportError {
                failure: e.failure,
                message: if undone {
                    format!(
                        "{}; the swap was undone, the mirror keeps its previous release",
                        e.message
                    )
                } else {
                    format!(
                        "{}; the swap could not be undone entirely: the mirror holds part of this release under the previous manifest until the next push",
                        e.message
                    )
                },
            });
        }
        // Leftovers of the previous release are harmless: skip them when interrupted.
        let cleared: BTreeSet<&str> = done
            .iter()
            .filter_map(|d| match d {
                Done::Cleared { path, .. } => Some(path.as_str()),
                _ => None,
            })
            .collect();
        for path in &plan.delete {
            if self.options.stop.is_cancelled() {
                break;
            }
            if !cleared.contains(path.as_str()) {
                self.retry(|| transport.delete(path)).await?;
            }
            report.files_deleted += 1;
        }
        if folders && let Some(previous) = change.previous {
            let files: BTreeSet<String> = files.iter().map(|f| f.to_string()).collect();
            self.remove_emptied_dirs(previous, &files).await;
        }
        remove_area(transport, &area.path).await;
        Ok(())
    }

    /// The folders of the release being pushed.
    fn release_dirs(&self) -> BTreeSet<String> {
        dirs_of(self.release.manifest.files.iter().map(|f| f.path.as_str()))
    }

    /// Folders of the previous release this one no longer has, if nothing else is in them;
    /// never one that became a file of this release.
    async fn remove_emptied_dirs(&self, previous: &BTreeSet<String>, files: &BTreeSet<String>) {
        let before = dirs_of(previous.iter().map(String::as_str));
        let gone: BTreeSet<String> = before
            .difference(&self.release_dirs())
            .filter(|d| !files.contains(*d))
            .cloned()
            .collect();
        for dir in deepest_first(&gone) {
            // Someone else's files keep a folder: that is fine.
            let _ = self.retry(|| self.transport.remove_dir(dir)).await;
        }
    }

    /// Delete `path`, a file of the previous release, keeping its old version aside as
    /// `kept` where the storage can, and record the step.
    async fn clear(&self, path: &str, kept: String, done: &mut Vec<Done>) -> TransportResult<()> {
        let transport = self.transport;
        let backup = self.retry(|| transport.backup(path, &kept)).await?;
        let before = Before::from(backup, kept);
        if matches!(before, Before::Nothing) {
            return Ok(());
        }
        done.push(Done::Cleared {
            path: path.to_string(),
            before,
        });
        self.retry(|| transport.delete(path)).await
    }

    /// The burst of a staged swap, recording each step in `done`.
    async fn swap_burst(
        &self,
        change: &Change<'_>,
        files: &[&String],
        area: &Area,
        done: &mut Vec<Done>,
    ) -> TransportResult<()> {
        let (transport, previous) = (self.transport, change.previous);
        let before = previous.map(|p| dirs_of(p.iter().map(String::as_str)));
        // First, before anything changes, what is at each file's place is kept aside (several
        // at once), and so known. A folder of the previous release there is taken away below,
        // and its files kept then.
        let before_ref = &before;
        let befores: Vec<Before> = futures_util::stream::iter(files.iter().enumerate())
            .map(|(i, path)| async move {
                if before_ref
                    .as_ref()
                    .is_some_and(|b| b.contains(path.as_str()))
                {
                    return Ok(Before::Nothing);
                }
                let kept = area.kept(i);
                self.retry(|| transport.backup(path, &kept))
                    .await
                    .map(|b| Before::from(b, kept))
            })
            .buffered(8)
            .collect::<Vec<_>>()
            .await
            .into_iter()
            .collect::<TransportResult<_>>()?;
        // Kept copies of cleared files are numbered after the files' own.
        let mut next_kept = files.len();
        if transport.capabilities().folders {
            let needed = self.release_dirs();
            let mut sorted: Vec<&String> = needed.iter().collect();
            sorted.sort_by_key(|d| d.matches('/').count());
            // A file of the previous release where this one needs a folder goes first.
            for dir in &sorted {
                if previous.is_some_and(|p| p.contains(dir.as_str())) {
                    next_kept += 1;
                    self.clear(dir, area.kept(next_kept), done).await?;
                }
            }
            // A folder of the previous release where this one puts a file: its files go
            // (they are all in the plan's deletions), then the folder, deepest first. Someone
            // else's files in it stop the push.
            if let (Some(previous), Some(before)) = (previous, &before) {
                for file in files.iter().filter(|f| before.contains(f.as_str())) {
                    let prefix = format!("{file}/");
                    for old in previous.iter().filter(|p| p.starts_with(&prefix)) {
                        next_kept += 1;
                        self.clear(old, area.kept(next_kept), done).await?;
                    }
                    let inner: BTreeSet<String> = before
                        .iter()
                        .filter(|d| d.starts_with(&prefix) || *d == *file)
                        .cloned()
                        .collect();
                    for dir in deepest_first(&inner) {
                        self.retry(|| transport.remove_dir(dir))
                            .await
                            .map_err(|e| match e.failure {
                                Failure::NotEmpty => TransportError::permanent(format!(
                                    "{}; this release puts a file there: move those files away",
                                    e.message
                                )),
                                _ => e,
                            })?;
                        done.push(Done::RemovedDir(dir.clone()));
                    }
                }
            }
            // Folders this release needs that the previous one did not have, parents first.
            for dir in &sorted {
                if before.as_ref().is_some_and(|b| b.contains(dir.as_str())) {
                    continue;
                }
                // Only a folder that was not there is ours to take away again.
                if self.retry(|| transport.create_dir(dir, false)).await? {
                    done.push(Done::MadeDir((*dir).clone()));
                }
            }
        }
        // Then the staged files are moved into place, content first (their order does not
        // matter, so several at once), then the lists, `manifest.json` last.
        let placed = |i: usize| Done::Placed {
            path: files[i].to_string(),
            before: befores[i].clone(),
        };
        let n_content = change.plan.content.len();
        done.extend((0..n_content).map(placed));
        let mut moves = futures_util::stream::iter(0..n_content)
            .map(|i| async move {
                let from = area.staged(i);
                self.retry(|| transport.rename(&from, files[i])).await
            })
            .buffer_unordered(8);
        let mut failed = None;
        while let Some(result) = moves.next().await {
            if let Err(e) = result {
                failed = failed.or(Some(e));
            }
        }
        drop(moves);
        if let Some(e) = failed {
            return Err(e);
        }
        for (i, path) in files.iter().enumerate().skip(n_content) {
            done.push(placed(i));
            let from = area.staged(i);
            self.retry(|| transport.rename(&from, path)).await?;
        }
        Ok(())
    }
}

/// Every folder above any of `paths`.
pub(crate) fn dirs_of<'a>(paths: impl Iterator<Item = &'a str>) -> BTreeSet<String> {
    let mut dirs = BTreeSet::new();
    for path in paths {
        let mut rest = path;
        while let Some((parent, _)) = rest.rsplit_once('/') {
            dirs.insert(parent.to_string());
            rest = parent;
        }
    }
    dirs
}

/// Deepest first, so a folder's subfolders go before it.
fn deepest_first(dirs: &BTreeSet<String>) -> Vec<&String> {
    let mut sorted: Vec<&String> = dirs.iter().collect();
    sorted.sort_by_key(|d| std::cmp::Reverse(d.matches('/').count()));
    sorted
}

/// Undo a failed burst, last step first, as far as the mirror answers within
/// [`CLEANUP_TIME`]. Returns whether every step was undone.
async fn undo(transport: &dyn Transport, done: Vec<Done>) -> bool {
    let steps = async {
        let mut all = true;
        for step in done.into_iter().rev() {
            let ok = match step {
                Done::Placed {
                    path,
                    before: Before::Kept(kept),
                }
                | Done::Cleared {
                    path,
                    before: Before::Kept(kept),
                } => transport.rename(&kept, &path).await.is_ok(),
                Done::Placed {
                    path,
                    before: Before::Nothing,
                } => transport.delete(&path).await.is_ok(),
                Done::Cleared {
                    before: Before::Nothing,
                    ..
                } => true,
                // What was there is not known: the new file stays.
                Done::Placed { .. } | Done::Cleared { .. } => false,
                Done::MadeDir(dir) => transport.remove_dir(&dir).await.is_ok(),
                Done::RemovedDir(dir) => transport.create_dir(&dir, false).await.is_ok(),
            };
            all &= ok;
        }
        all
    };
    tokio::time::timeout(CLEANUP_TIME, steps)
        .await
        .unwrap_or(false)
}

/// Take a staging area away, as far as the mirror still answers within [`CLEANUP_TIME`]: it
/// is not part of any release, and the next push sweeps what is left. The staging folder goes
/// too when nothing else is in it.
async fn remove_area(transport: &dyn Transport, area: &str) {
    let _ = tokio::time::timeout(CLEANUP_TIME, async {
        let _ = transport.remove_all(area).await;
        let _ = transport.remove_dir(STAGING_ROOT).await;
    })
    .await;
}

/// The shared retry policy, counting and logging each retry for the report.
async fn retry<T, F, Fut>(tally: &Tally, op: F) -> TransportResult<T>
where
    F: FnMut() -> Fut,
    Fut: std::future::Future<Output = TransportResult<T>>,
{
    crate::retry::retry(
        TransportError::is_temporary,
        |attempt, e| {
            tally.retries.fetch_add(1, Ordering::Relaxed);
            tracing::info!("attempt {attempt} failed, trying again: {e}");
            if let Ok(mut log) = tally.log.lock() {
                log.push(format!("attempt {attempt} failed, trying again: {e}"));
            }
        },
        op,
    )
    .await
}
