//! `verify`: does every copy readers can reach serve the genuine, current release, whole?
//!
//! Each copy is read through the address readers use (a local copy from disk). Its manifest must
//! carry the publisher's signature, its release must be the newest known and not expired, and
//! every file must have the manifest's size and SHA-256. IPFS gateways are checked without
//! trusting them: every block of the CAR they serve is hashed and must complete our own DAG.

pub mod gateway;
pub mod html;
mod pace;

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;
use std::time::{Duration, Instant};

use cid::Cid;
use futures_util::StreamExt as _;
use serde::Serialize;
use url::Url;

use crate::release::acceptance::{Rejection, Rule, accept};
use crate::release::files::Found;
use crate::release::manifest::{
    MANIFEST, MANIFEST_SIG, MAX_MANIFEST, MAX_SIGNATURE, Manifest, SUMS_SIG,
};
use crate::release::signing::PublicKey;
use crate::transport::http::{self as fetch, HttpReader};
use crate::transport::source::{FetchError, Source};

/// What a copy is found to be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// The genuine, newest release, every file intact.
    Ok,
    /// Genuine and intact, but an older release.
    Stale,
    /// Genuine and intact, but past the expiry its signature carries.
    Expired,
    /// Some file (or block) differs from what the signed manifest says.
    Tampered,
    /// Some file (or block) is missing.
    Partial,
    /// No manifest signed with the publisher key.
    BadSignature,
    /// No answer: DNS, connect, TLS, reset, timeout or an HTTP error.
    Unreachable,
    /// Sent elsewhere: a block page or a captive portal looks like this.
    Redirected,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ok => "ok",
            Status::Stale => "stale",
            Status::Expired => "expired",
            Status::Tampered => "tampered",
            Status::Partial => "partial",
            Status::BadSignature => "bad-signature",
            Status::Unreachable => "unreachable",
            Status::Redirected => "redirected",
        }
    }
}

/// One copy to check.
pub struct Target {
    pub name: String,
    pub place: Place,
}

pub enum Place {
    /// A mirror's public address.
    Url(Url),
    /// A local copy, read from disk.
    Dir(PathBuf),
    /// An IPFS gateway (its base address); the CID is ours.
    Gateway(Url),
    /// A mirror read through its transport (no public address, or `--through-transport`).
    Mirror(Source),
    /// A mirror whose transport could not be opened (a secret not in the environment, a key
    /// file missing): unreachable, and why; the other copies are still checked.
    Unopened(String),
}

/// A file whose bytes are not the manifest's.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Mismatch {
    pub path: String,
    pub expected: String,
    /// The SHA-256 received, or why there is none ("larger than 1234 bytes").
    pub received: String,
}

crate::report::word_enum! {
    pub enum CopyKind {
        /// A web server, bucket or folder holding the bundle.
        Mirror = "mirror",
        /// An IPFS gateway, serving the bundle by its CID.
        Gateway = "gateway",
    }
}

crate::report::word_enum! {
    /// How a gateway was checked.
    pub enum GatewayMethod {
        /// Its trustless CAR, block by block.
        Car = "car",
        /// Each file by path, hashed.
        Paths = "paths",
    }
}

/// The result for one copy.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CopyReport {
    pub name: String,
    pub kind: CopyKind,
    /// The address checked (a directory for a local copy).
    pub url: String,
    pub status: Status,
    /// The release the copy serves, when its manifest is genuine.
    pub release: Option<u64>,
    /// How many releases behind the newest known it is.
    pub behind: Option<u64>,
    /// The copy's signed expiry.
    pub expires: Option<String>,
    pub files_good: u64,
    pub files_total: u64,
    /// Time to the first byte of the manifest (or, for a gateway, of its first answer).
    pub ttfb_ms: Option<u64>,
    /// Whether readers' pages on other copies can fall back to this one: its manifest is served
    /// with `Access-Control-Allow-Origin`. `None` where it was not read over HTTP.
    pub reader_fallback: Option<bool>,
    #[serde(serialize_with = "crate::report::serialize_seconds")]
    pub seconds: f64,
    /// Why it is not `ok`, in one line.
    pub detail: Option<String>,
    pub tampered: Vec<Mismatch>,
    pub missing: Vec<String>,
    /// For gateways: `car` (blocks checked) or `paths` (files fetched one by one).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub method: Option<GatewayMethod>,
    /// The release's signed creation time, for the history.
    #[serde(skip)]
    pub created: Option<String>,
    /// The site its genuine manifest names.
    #[serde(skip)]
    pub site: Option<String>,
}

impl CopyReport {
    fn new(name: &str, kind: CopyKind, url: String) -> Self {
        CopyReport {
            name: name.to_string(),
            kind,
            url,
            status: Status::Unreachable,
            release: None,
            behind: None,
            expires: None,
            files_good: 0,
            files_total: 0,
            ttfb_ms: None,
            reader_fallback: None,
            seconds: 0.0,
            detail: None,
            tampered: Vec::new(),
            missing: Vec::new(),
            method: None,
            created: None,
            site: None,
        }
    }

    fn fail(&mut self, status: Status, detail: impl Into<String>) {
        self.status = status;
        self.detail = Some(detail.into());
    }
}

/// The local bundle, when there is one: the newest release by definition, and the CID gateways
/// must serve.
pub struct Local {
    pub manifest: Manifest,
    pub dir: PathBuf,
    /// The bundle's root CID, every block of its DAG and their total size; `None` when it has
    /// no CID.
    pub dag: Option<(Cid, HashSet<Cid>, u64)>,
}

pub struct Options<'a> {
    pub key: &'a PublicKey,
    pub local: Option<&'a Local>,
    pub now: jiff::Timestamp,
    /// The deadline of one request, answer included.
    pub timeout: Duration,
    /// Copies checked at once, at most (see [`pace`]).
    pub jobs: usize,
    /// Files of one copy fetched at once.
    pub file_jobs: usize,
    /// The TLS setup each copy's client is built with.
    pub tls: rustls::ClientConfig,
    /// Why https cannot be checked on this machine (no CA certificates), if so.
    pub tls_problem: Option<String>,
    pub connect_timeout: Duration,
    /// Manifests already judged, by the hash of manifest and signature: a thousand copies of
    /// one release need one signature check.
    pub verified: std::sync::Mutex<HashMap<String, Result<Manifest, Rejection>>>,
    /// One manifest larger than [`USUAL_MANIFEST`] is read at a time: a thousand hostile
    /// copies serving 64 MiB each must not cost 64 GB before their signatures are checked.
    pub large_reads: tokio::sync::Semaphore,
}

/// Beyond any usual manifest (a million signatories make about 300 KB); larger ones are read
/// one at a time. With 512 copies read at once, hostile copies hold at most about 290 MiB
/// (this and a signature each) before their signatures are checked.
pub const USUAL_MANIFEST: u64 = 512 << 10;

impl Options<'_> {
    /// The acceptance rule (the local bundle's site, and the expiry), once per distinct
    /// manifest and signature.
    fn accept(&self, manifest: &[u8], signature: &[u8]) -> Result<Manifest, Rejection> {
        let key = crate::hash::sha256_hex(
            &[crate::hash::sha256_hex(manifest).as_bytes(), signature].concat(),
        );
        if let Some(known) = self.verified.lock().ok().and_then(|v| v.get(&key).cloned()) {
            return known;
        }
        let rule = Rule {
            key: self.key,
            site: self.local.map(|l| l.manifest.site.as_str()),
            not_below: None,
            now: Some(self.now),
        };
        let result = accept(&rule, manifest, signature);
        if let Ok(mut v) = self.verified.lock() {
            v.insert(key, result.clone());
        }
        result
    }
}

/// Check every target; the reports in the targets' order, and the newest release known.
pub async fn verify_all(targets: &[Target], options: &Options<'_>) -> (Vec<CopyReport>, u64) {
    let pace = pace::Pace::new(options.jobs);
    let mut reports: Vec<CopyReport> = futures_util::stream::iter(targets)
        .map(|t| async {
            let _turn = pace.turn().await;
            check_target(t, options).await
        })
        .buffered(options.jobs.max(1))
        .collect()
        .await;
    // The newest release known: the local bundle's, or the highest genuine one any copy serves.
    let newest = options
        .local
        .map(|l| l.manifest.release)
        .into_iter()
        .chain(reports.iter().filter_map(|r| r.release))
        .max()
        .unwrap_or(0);
    for r in &mut reports {
        if let Some(release) = r.release
            && release < newest
            && matches!(r.status, Status::Ok | Status::Expired)
        {
            r.behind = Some(newest - release);
            r.fail(
                Status::Stale,
                format!(
                    "release {release}, {} behind release {newest}",
                    newest - release
                ),
            );
        }
    }
    (reports, newest)
}

async fn check_target(target: &Target, options: &Options<'_>) -> CopyReport {
    let started = Instant::now();
    if let (Some(problem), Place::Url(url) | Place::Gateway(url)) =
        (&options.tls_problem, &target.place)
        && url.scheme() == "https"
    {
        let kind = if matches!(target.place, Place::Gateway(_)) {
            CopyKind::Gateway
        } else {
            CopyKind::Mirror
        };
        let mut r = CopyReport::new(&target.name, kind, url.to_string());
        r.fail(Status::Unreachable, problem.clone());
        return r;
    }
    let client = match fetch::client(&options.tls, options.connect_timeout) {
        Ok(client) => client,
        Err(why) => {
            let mut r = CopyReport::new(&target.name, CopyKind::Mirror, String::new());
            r.fail(Status::Unreachable, why);
            return r;
        }
    };
    let http = |base: &Url, follow_off_origin| {
        Source::Http(HttpReader {
            client: client.clone(),
            base: base.clone(),
            timeout: options.timeout,
            follow_off_origin,
        })
    };
    let mut report = match &target.place {
        Place::Url(url) => {
            let mut r = CopyReport::new(&target.name, CopyKind::Mirror, url.to_string());
            check_copy(&http(url, false), options, &mut r).await;
            r
        }
        Place::Dir(dir) => {
            let mut r = CopyReport::new(&target.name, CopyKind::Mirror, dir.display().to_string());
            match crate::tree::Root::open(dir) {
                Ok(root) => check_copy(&Source::Dir(root), options, &mut r).await,
                Err(e) => r.fail(
                    Status::Unreachable,
                    format!("{}: {e}", crate::text::path(dir)),
                ),
            }
            r
        }
        Place::Gateway(base) => gateway::check(&target.name, base, options, &client, &http).await,
        Place::Mirror(source) => {
            let mut r = CopyReport::new(&target.name, CopyKind::Mirror, source.describe());
            check_copy(source, options, &mut r).await;
            r
        }
        Place::Unopened(why) => {
            let mut r = CopyReport::new(&target.name, CopyKind::Mirror, String::new());
            r.fail(Status::Unreachable, why.clone());
            r
        }
    };
    report.seconds = started.elapsed().as_secs_f64();
    tracing::info!(
        "copy {:?} at {}: {}{} in {:.2} s",
        report.name,
        report.url,
        report.status.as_str(),
        report
            .detail
            .as_deref()
            .map(|d| format!(" ({d})"))
            .unwrap_or_default(),
        report.seconds
    );
    report
}

/// Check one copy as a reader's browser would get it: manifest, signature, every file.
pub(crate) async fn check_copy(reader: &Source, options: &Options<'_>, report: &mut CopyReport) {
    let mut large = None;
    // The manifest and its signature together: a distant copy costs one round trip, not two.
    let (mut got, signature) = tokio::join!(
        reader.get(MANIFEST, USUAL_MANIFEST),
        reader.get(MANIFEST_SIG, MAX_SIGNATURE)
    );
    if matches!(got, Err(FetchError::TooLarge)) {
        // Larger than usual: read again, alone, and held only until the signature is checked.
        large = options.large_reads.acquire().await.ok();
        got = reader.get(MANIFEST, MAX_MANIFEST).await;
    }
    let manifest = match got {
        Ok(got) => {
            report.ttfb_ms = Some(got.ttfb.as_millis() as u64);
            report.reader_fallback = got.cross_origin;
            got.bytes
        }
        Err(e) => return fetch_failed(report, MANIFEST, e),
    };
    let signature = match signature {
        Ok(got) => got.bytes,
        Err(FetchError::NotFound) => {
            return report.fail(Status::BadSignature, format!("no {MANIFEST_SIG}"));
        }
        Err(e) => return fetch_failed(report, MANIFEST_SIG, e),
    };
    // An expired copy is still genuine: it is checked file by file and reported as expired.
    let (m, expired) = match options.accept(&manifest, &signature) {
        Ok(m) => (m, false),
        Err(Rejection::Expired { manifest }) => (*manifest, true),
        Err(Rejection::AnotherSite { site, .. }) => {
            return report.fail(
                Status::BadSignature,
                format!(
                    "it serves the site {:?}, not {:?}",
                    crate::text::printable(&site),
                    options
                        .local
                        .map(|l| l.manifest.site.as_str())
                        .unwrap_or_default()
                ),
            );
        }
        Err(why) => {
            return report.fail(
                Status::BadSignature,
                format!("{MANIFEST} is not signed by the publisher key: {why}"),
            );
        }
    };
    drop(large);
    report.release = Some(m.release);
    report.expires = Some(m.expires.clone());
    report.created = Some(m.created.clone());
    report.site = Some(m.site.clone());

    // Every file, and SHA256SUMS, which follows from the manifest.
    let (expected, sums) = crate::release::files::expected(&m, &manifest);
    report.files_total = expected.len() as u64 + 3;
    report.files_good = 2;
    // SHA256SUMS.minisig and every file at once (the signature is judged first, as it is listed
    // first); a file that cannot be read stops the reading of the others.
    let files = crate::release::files::check(&expected, options.file_jobs, |file| {
        reader.hash(&file.path, file.size)
    });
    let (sums_signature, files) = tokio::join!(reader.get(SUMS_SIG, MAX_SIGNATURE), files);
    // SHA256SUMS.minisig: a signature of the SHA256SUMS the manifest implies.
    match sums_signature {
        Ok(got) => {
            let signed = std::str::from_utf8(&got.bytes).ok().is_some_and(|sig| {
                crate::release::signing::verify(options.key, sig, sums.as_bytes()).is_ok()
            });
            if signed {
                report.files_good += 1;
            } else {
                report.tampered.push(Mismatch {
                    path: SUMS_SIG.to_string(),
                    expected: "a signature of SHA256SUMS by the publisher key".into(),
                    received: "no valid one".into(),
                });
            }
        }
        Err(FetchError::NotFound) => report.missing.push(SUMS_SIG.to_string()),
        Err(e) => return fetch_failed(report, SUMS_SIG, e),
    }
    for (file, found) in files {
        match found {
            Found::Good => report.files_good += 1,
            Found::Tampered { received } => report.tampered.push(Mismatch {
                path: file.path.clone(),
                expected: file.sha256.clone(),
                received,
            }),
            Found::Missing => report.missing.push(file.path.clone()),
            // One file that cannot be read means readers cannot read this copy.
            Found::Unreadable(e) => return fetch_failed(report, &file.path, e),
        }
    }
    report.tampered.sort_by(|a, b| a.path.cmp(&b.path));
    report.missing.sort();
    if !report.tampered.is_empty() {
        let first = &report.tampered[0].path;
        let n = report.tampered.len();
        report.fail(
            Status::Tampered,
            format!(
                "{} from the signed manifest ({first}{})",
                crate::report::count(n as u64, "file differs", "files differ"),
                if n > 1 { ", …" } else { "" }
            ),
        );
    } else if !report.missing.is_empty() {
        let n = report.missing.len();
        report.fail(
            Status::Partial,
            format!(
                "{} missing ({}{})",
                crate::report::count(n as u64, "file", "files"),
                report.missing[0],
                if n > 1 { ", …" } else { "" }
            ),
        );
    } else if expired {
        report.fail(
            Status::Expired,
            format!("release {} expired at {}", m.release, m.expires),
        );
    } else {
        report.status = Status::Ok;
    }
}

/// A read that gave no usable answer decides the copy's status.
fn fetch_failed(report: &mut CopyReport, path: &str, e: FetchError) {
    match e {
        FetchError::Unreachable(cause) => {
            report.fail(Status::Unreachable, format!("{path}: {cause}"))
        }
        FetchError::Redirected(to) => report.fail(
            Status::Redirected,
            format!("{path}: redirected off the mirror to {to}"),
        ),
        FetchError::NotFound => {
            report.missing.push(path.to_string());
            // Without its manifest a copy holds nothing of a release: most often nothing was
            // ever pushed there, or the address points elsewhere.
            let detail = if path == crate::release::manifest::MANIFEST {
                format!(
                    "no {path}: nothing published here yet (run `mirrorcast push`), or the address is wrong"
                )
            } else {
                format!("no {path}")
            };
            report.fail(Status::Partial, detail);
        }
        FetchError::TooLarge => report.fail(
            Status::BadSignature,
            format!("{path} is larger than any genuine one"),
        ),
    }
}

/// The copies `mirrors.toml` lists, plus `extra` addresses: every public address of every
/// mirror; a mirror without one (or every mirror with a transport, `through_transport`) read
/// through its storage, a local directory on disk; and each gateway when the local bundle gives
/// a CID to ask for. A mirror read through its transport is named by its kind only: the status
/// page and the history must not tell where a mirror without a public address lives.
pub fn targets(
    config: &crate::config::MirrorsConfig,
    extra: &[Url],
    with_gateways: bool,
    through_transport: bool,
    state: &std::path::Path,
    timeout: std::time::Duration,
) -> Vec<Target> {
    use crate::config::TransportConfig;
    let mut targets = Vec::new();
    for m in &config.mirrors {
        let through = m.transport.is_some() && (through_transport || m.urls.is_empty());
        if !through {
            for url in &m.urls {
                targets.push(Target {
                    name: m.name.clone(),
                    place: Place::Url(url.clone()),
                });
            }
            continue;
        }
        let place = match &m.transport {
            // A folder is read as it is, without following links, and without loading files.
            Some(TransportConfig::Dir(dir)) => Place::Dir(dir.path.clone()),
            Some(_) => match crate::transport::open(m, state) {
                Ok(Some((transport, kind))) => Place::Mirror(Source::Mirror {
                    transport,
                    describe: format!("{kind} mirror, read through its transport"),
                    timeout,
                }),
                Ok(None) => continue,
                Err(e) => Place::Unopened(e.to_string()),
            },
            None => continue,
        };
        targets.push(Target {
            name: m.name.clone(),
            place,
        });
    }
    for url in extra {
        targets.push(Target {
            name: short_name(url),
            place: Place::Url(url.clone()),
        });
    }
    if with_gateways {
        for g in &config.ipfs.gateways {
            targets.push(Target {
                name: short_name(g),
                place: Place::Gateway(g.clone()),
            });
        }
    }
    targets
}

/// How a copy given only by its address is named in reports: its host, with the port and path
/// when they tell copies apart (`127.0.0.1:8080`, `example.org/letter`), never the scheme.
fn short_name(url: &url::Url) -> String {
    let mut name = url.host_str().unwrap_or("copy").to_string();
    if let Some(port) = url.port() {
        name.push_str(&format!(":{port}"));
    }
    let path = url.path().trim_end_matches('/');
    if !path.is_empty() {
        name.push_str(path);
    }
    name
}

/// The whole run: what `verify` prints, records and renders.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct VerifyReport {
    /// The site, when a local bundle names it.
    pub site: Option<String>,
    /// The newest release known (0 when no copy serves a genuine one and there is no bundle).
    pub newest_release: u64,
    /// RFC 3339.
    pub checked_at: String,
    pub copies: Vec<CopyReport>,
    /// How many copies have each status.
    pub counts: std::collections::BTreeMap<&'static str, u64>,
    /// Whether every copy is `ok`.
    pub all_ok: bool,
    /// Where the HTML page was written.
    pub html: Option<String>,
    /// The history database this run was recorded in.
    pub history: Option<String>,
    /// What went wrong beside the checks (the history or the page not written); the result
    /// stands.
    pub warnings: Vec<String>,
}

impl VerifyReport {
    pub fn new(
        site: Option<String>,
        newest_release: u64,
        now: jiff::Timestamp,
        copies: Vec<CopyReport>,
    ) -> Self {
        let mut counts = std::collections::BTreeMap::new();
        for c in &copies {
            *counts.entry(c.status.as_str()).or_insert(0) += 1;
        }
        // Without a local bundle, the site is the one the copies' genuine manifests name.
        let site = site.or_else(|| copies.iter().find_map(|c| c.site.clone()));
        VerifyReport {
            site,
            newest_release,
            checked_at: now.round(jiff::Unit::Second).unwrap_or(now).to_string(),
            all_ok: copies.iter().all(|c| c.status == Status::Ok),
            copies,
            counts,
            html: None,
            history: None,
            warnings: Vec::new(),
        }
    }

    /// Record this run in `history`.
    pub fn record(
        &self,
        history: &mut crate::history::History,
        now: jiff::Timestamp,
    ) -> crate::Result<()> {
        let site = self.site.as_deref().unwrap_or("");
        let checks: Vec<crate::history::Check<'_>> = self
            .copies
            .iter()
            .map(|c| crate::history::Check {
                name: &c.name,
                url: &c.url,
                kind: c.kind.as_str(),
                status: c.status.as_str(),
                release: c.release,
                release_created: c.created.as_deref(),
                ttfb_ms: c.ttfb_ms,
                total_ms: (c.seconds * 1000.0) as u64,
                detail: c.detail.as_deref(),
            })
            .collect();
        history.record(now, site, &checks)?;
        Ok(())
    }

    /// How many copies are `ok`.
    pub fn ok_count(&self) -> u64 {
        self.counts.get("ok").copied().unwrap_or(0)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn copies_by_address_are_told_apart() {
        let name = |u: &str| super::short_name(&url::Url::parse(u).unwrap());
        assert_eq!(name("http://127.0.0.1:8080/"), "127.0.0.1:8080");
        assert_eq!(name("http://127.0.0.1:8081/"), "127.0.0.1:8081");
        assert_eq!(name("https://example.org/letter/"), "example.org/letter");
        assert_eq!(name("https://example.org"), "example.org");
    }
}
