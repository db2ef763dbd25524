//! What commands report. The same serde types give `--json` and, through [`Report::human`], the
//! text people read, so the two never disagree.

use serde::Serialize;
use std::fmt::Write as _;

/// A status or kind in a report: an enum in the code, one fixed word in `--json` and in the
/// text (padded like a string, so tables line up).
macro_rules! word_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident {
        $($(#[$vmeta:meta])* $variant:ident = $word:literal),+ $(,)?
    }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
        $vis enum $name {
            $($(#[$vmeta])* #[serde(rename = $word)] $variant),+
        }

        impl $name {
            pub fn as_str(self) -> &'static str {
                match self {
                    $($name::$variant => $word),+
                }
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.pad(self.as_str())
            }
        }
    };
}
pub(crate) use word_enum;

/// An RFC 3339 time for people: to the second (exact times stay in `--json`).
fn to_the_second(time: &str) -> String {
    time.parse::<jiff::Timestamp>()
        .ok()
        .and_then(|t| t.round(jiff::Unit::Second).ok())
        .map_or_else(|| time.to_string(), |t| t.to_string())
}

/// `1 copy`, `3 copies`: a count with the word's singular or plural.
pub(crate) fn count(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// A size for people: `812 bytes`, `14.0 KiB`, `1.2 MiB` (exact numbers stay in `--json`).
pub(crate) fn size(bytes: u64) -> String {
    const UNITS: [&str; 4] = ["KiB", "MiB", "GiB", "TiB"];
    if bytes < 1024 {
        return count(bytes, "byte", "bytes");
    }
    let mut value = bytes as f64 / 1024.0;
    let mut unit = 0;
    while value >= 1024.0 && unit + 1 < UNITS.len() {
        value /= 1024.0;
        unit += 1;
    }
    format!("{value:.1} {}", UNITS[unit])
}

/// A duration for people, its two largest units: `2 d 3 h`, `3 h 5 min`, `4 min 10 s`, `12 s`.
pub(crate) fn duration(seconds: f64) -> String {
    let s = seconds.max(0.0).round() as u64;
    let (d, h, m, sec) = (s / 86_400, s / 3600 % 24, s / 60 % 60, s % 60);
    match (d, h, m) {
        (0, 0, 0) => format!("{sec} s"),
        (0, 0, _) => format!("{m} min {sec} s"),
        (0, _, _) => format!("{h} h {m} min"),
        _ => format!("{d} d {h} h"),
    }
}

/// Durations in `--json` to the millisecond: `0.003`, never `3.124e-6`.
pub(crate) fn serialize_seconds<S: serde::Serializer>(
    seconds: &f64,
    s: S,
) -> Result<S::Ok, S::Error> {
    s.serialize_f64((seconds * 1000.0).round() / 1000.0)
}

use crate::bundle::BundleReport;
use crate::ipfs::car::CarSummary;
use crate::ipfs::pin::PinReport;
use crate::ipfs::unixfs::DagSummary;
use crate::release::check::CheckReport;
use crate::text::printable;

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct KeygenReport {
    pub public_key: String,
    pub key_id: String,
    pub public_key_file: String,
    pub secret_key_file: String,
    pub encrypted: bool,
    /// What deserves attention (content/site.toml names another publisher key).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

/// What `init` made, and what to do next.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct InitReport {
    /// The project directory, as given.
    pub dir: String,
    /// The site id written into content/site.toml.
    pub site: String,
    /// Everything init created, relative to `dir`, in the order made; directories end in `/`.
    pub created: Vec<String>,
    /// The new key pair, whose public key content/site.toml names.
    pub key: KeygenReport,
    /// Commands to paste, in order.
    pub next_steps: Vec<NextStep>,
}

/// One command for the user to run, and why.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct NextStep {
    pub command: String,
    pub why: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct BundleOutcome {
    #[serde(flatten)]
    pub report: BundleReport,
    /// Set when the bundle was signed with the throwaway key, not a publisher key.
    pub throwaway_key: Option<String>,
    /// What deserves attention but did not stop the bundle (a secret key others can read).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CarReport {
    /// Where the CAR was written.
    pub car: String,
    #[serde(flatten)]
    pub summary: CarSummary,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PushReport {
    pub site: String,
    pub release: u64,
    pub mirrors: Vec<crate::push::MirrorReport>,
    /// Whether every mirror with a transport holds the release.
    pub all_ok: bool,
    /// What deserves attention but did not stop the push (content/ edited since the bundle).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PublishReport {
    pub bundle: BundleOutcome,
    pub ipfs: IpfsStep,
    /// `None` when no mirror has a transport (every copy updates itself).
    pub push: Option<PushReport>,
    /// When verify found mirrors push writes to tampered or partial: the push that read them
    /// and sent again what was wrong (verify then ran again, and `verify` is that run).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub repair: Option<PushReport>,
    pub verify: crate::verify::VerifyReport,
    /// Copies that had to verify `ok`.
    pub min_verified: usize,
    /// Whether enough copies verified `ok`.
    pub published: bool,
}

/// `status`: per copy, what the recorded `verify` runs found.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct StatusReport {
    pub site: String,
    pub history: String,
    pub copies: Vec<crate::history::CopyStatus>,
    /// Copies in the history that the latest run did not check, not listed (without `--all`).
    pub left_out: usize,
}

/// What `publish` did for IPFS.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case", tag = "step")]
pub enum IpfsStep {
    Pinned(PinReport),
    /// Nothing to pin to: the CAR and CID only.
    Skipped {
        reason: String,
        car: CarReport,
    },
}

#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum Report {
    Publish(Box<PublishReport>),
    Push(PushReport),
    Init(InitReport),
    Keygen(KeygenReport),
    Bundle(BundleOutcome),
    Check(CheckReport),
    Cid(DagSummary),
    Car(CarReport),
    Pin(PinReport),
    Verify(crate::verify::VerifyReport),
    Status(StatusReport),
    Generated(GeneratedReport),
    Serve(crate::serve::ServeReport),
    Release(crate::commands::release::ReleaseReport),
    /// A command stopped before its job by a check that failed (push or publish of a bundle that
    /// is not genuine, or already expired): the check's report in `--json`, and for people the
    /// check and then what did not happen.
    Stopped {
        #[serde(flatten)]
        check: CheckReport,
        #[serde(skip)]
        then: String,
        /// What the steps before the check warned of (publish's bundle step): still said.
        #[serde(skip)]
        warnings: Vec<String>,
    },
}

/// What `completions` and `man` made: text for standard output, or the files written.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct GeneratedReport {
    pub text: String,
    pub files: Vec<String>,
}

impl Report {
    /// The text for people: standard output, and warnings for standard error. One function per
    /// report below.
    pub fn human(&self) -> (String, Vec<String>) {
        let mut out = String::new();
        let mut warnings = Vec::new();
        match self {
            Report::Init(r) => init(r, &mut out, &mut warnings),
            Report::Keygen(r) => keygen(r, &mut out, &mut warnings),
            Report::Bundle(r) => bundle(r, &mut out, &mut warnings),
            Report::Publish(r) => publish(r, &mut out, &mut warnings),
            Report::Push(r) => push(r, &mut out, &mut warnings),
            Report::Verify(r) => verify(r, &mut out, &mut warnings),
            Report::Status(r) => status(r, &mut out),
            Report::Cid(r) => cid(r, &mut out),
            Report::Car(r) => car(r, &mut out),
            Report::Pin(r) => pin(r, &mut out, &mut warnings),
            Report::Check(r) => check(r, &mut out, &mut warnings),
            Report::Generated(r) => generated(r, &mut out),
            Report::Serve(r) => serve(r, &mut out),
            Report::Release(r) => {
                let _ = writeln!(
                    out,
                    "{}: release {} (was {}), released {}; edit content/ and run `mirrorcast publish`",
                    r.site_toml, r.release, r.previous, r.released
                );
            }
            Report::Stopped {
                check: c,
                then,
                warnings: before,
            } => {
                warnings.extend(before.iter().cloned());
                check(c, &mut out, &mut warnings);
                let _ = writeln!(out, "{then}");
            }
        }
        (out, warnings)
    }
}

/// `serve`: what it served until it stopped.
fn serve(r: &crate::serve::ServeReport, out: &mut String) {
    let what = match (&r.site, r.release) {
        (Some(site), Some(release)) => format!("served release {release} of {:?}", printable(site)),
        _ => "served no release".to_string(),
    };
    let _ = writeln!(
        out,
        "{what} on {}: {}, {} taken",
        r.listen,
        count(r.requests, "request", "requests"),
        count(r.updates, "new release", "new releases")
    );
}

/// `init`: what was made, and the commands to paste next.
fn init(r: &InitReport, out: &mut String, warnings: &mut Vec<String>) {
    let _ = writeln!(
        out,
        "started project {:?} in {}:",
        r.site,
        printable(&r.dir)
    );
    for path in &r.created {
        let _ = writeln!(out, "  {}", printable(path));
    }
    let _ = writeln!(
        out,
        "publisher key {} (key id {}) is in content/site.toml; its secret key is {} ({})",
        r.key.public_key,
        r.key.key_id,
        printable(&r.key.secret_key_file),
        if r.key.encrypted {
            "encrypted"
        } else {
            "NOT encrypted"
        }
    );
    let _ = writeln!(out, "next:");
    // Commands first and the reasons as shell comments, so each line can be pasted
    // as it is.
    let width = r
        .next_steps
        .iter()
        .map(|s| s.command.chars().count())
        .max()
        .unwrap_or(0);
    for step in &r.next_steps {
        let _ = writeln!(
            out,
            "  {:<width$}  # {}",
            printable(&step.command),
            step.why
        );
    }
    if !r.key.encrypted {
        warnings.push(unencrypted_key(&r.key.secret_key_file));
    }
}

/// The warning for a secret key written without a password, with the stock way to add one:
/// mirrorcast reads the key minisign writes back.
fn unencrypted_key(path: &str) -> String {
    format!(
        "the secret key {} is NOT encrypted: keep it off shared machines and out of backups \
         others can read; to give it a password later, run `minisign -C -s {}`",
        printable(path),
        crate::text::shell_quote(&printable(path))
    )
}

/// `keygen`: the public key, and where both halves went.
fn keygen(r: &KeygenReport, out: &mut String, warnings: &mut Vec<String>) {
    let _ = writeln!(out, "{}", r.public_key);
    let _ = writeln!(
        out,
        "key id {}; public key in {}, secret key in {} ({})",
        r.key_id,
        r.public_key_file,
        r.secret_key_file,
        if r.encrypted {
            "encrypted"
        } else {
            "NOT encrypted"
        }
    );
    let _ = writeln!(
        out,
        "next: put `publisher-key = \"{}\"` in content/site.toml, and keep the secret key off shared machines",
        r.public_key
    );
    if !r.encrypted {
        warnings.push(unencrypted_key(&r.secret_key_file));
    }
    warnings.extend(r.warnings.iter().cloned());
}

/// `bundle`: the release, its digest and CID.
fn bundle(b: &BundleOutcome, out: &mut String, warnings: &mut Vec<String>) {
    let r = &b.report;
    let _ = writeln!(
        out,
        "bundled release {} of {:?} into {}: {} files, {}, signed with key {}{}",
        r.release,
        r.site,
        r.out,
        r.files,
        size(r.bytes),
        r.key_id,
        if r.new_release {
            ""
        } else {
            " (same content as already signed)"
        }
    );
    let _ = writeln!(out, "manifest.json sha256 {}", r.manifest_sha256);
    if let Some(cid) = &r.cid {
        let _ = writeln!(out, "IPFS CID {cid}");
    }
    if let Some(problem) = &r.cid_problem {
        warnings.push(format!("no IPFS CID for this bundle: {problem}"));
    }
    // The manifest calls it `created`; site.toml and `release --next` call it `released`.
    let _ = writeln!(out, "released {}, expires {}", r.created, r.expires);
    warnings.extend(b.warnings.iter().cloned());
    if let Some(path) = &b.throwaway_key {
        warnings.push(format!(
                "signed with the throwaway key {path} because no publisher key is configured; for a real release run `mirrorcast keygen` and put the public key in content/site.toml"
            ));
    }
}

/// `publish`: each step in turn, then whether enough copies verified.
fn publish(p: &PublishReport, out: &mut String, warnings: &mut Vec<String>) {
    // The bundle's lines name the CID; the IPFS step's lines do not repeat it.
    let (text, more) = Report::Bundle(p.bundle.clone()).human();
    out.push_str(&text);
    warnings.extend(more);
    match &p.ipfs {
        IpfsStep::Pinned(pin) => pin_lines(pin, false, out, warnings),
        IpfsStep::Skipped { reason, car } => {
            warnings.push(format!("IPFS pinning skipped: {reason}"));
            car_written(car, out);
        }
    }
    let steps = [p.push.clone().map(Report::Push)]
        .into_iter()
        .chain([p.repair.clone().map(Report::Push)])
        .chain([Some(Report::Verify(p.verify.clone()))])
        .flatten();
    for step in steps {
        let (text, more) = step.human();
        out.push_str(&text);
        warnings.extend(more);
    }
    let ok = p.verify.ok_count();
    let copies = |n: u64| count(n, "copy", "copies");
    let pushed = p.push.as_ref().is_some_and(|r| {
        r.mirrors.iter().any(|m| {
            matches!(
                m.status,
                crate::push::MirrorStatus::Updated | crate::push::MirrorStatus::UpToDate
            )
        })
    });
    let _ = if p.published {
        writeln!(
            out,
            "published: {} verified ok, {} needed",
            copies(ok),
            p.min_verified
        )
    } else {
        writeln!(
            out,
            "NOT published as asked: only {} verified ok, {} needed{}",
            copies(ok),
            p.min_verified,
            if pushed {
                " (the mirrors that took the release hold it; the copies not ok are in the table)"
            } else {
                ""
            }
        )
    };
}

/// `push`: one line per mirror.
fn push(p: &PushReport, out: &mut String, warnings: &mut Vec<String>) {
    warnings.extend(p.warnings.iter().cloned());
    let _ = writeln!(out, "release {} of {:?}:", p.release, p.site);
    for m in &p.mirrors {
        let retries = format!(
            "{}, {:.1} s",
            count(u64::from(m.retries), "retry", "retries"),
            m.seconds
        );
        let what = match m.status {
            crate::push::MirrorStatus::Skipped => "no transport: it updates itself".to_string(),
            crate::push::MirrorStatus::Failed if m.files_sent + m.files_skipped == 0 => {
                format!("nothing sent, {retries}")
            }
            _ => format!(
                "sent {} of {} files ({}), {} already there, deleted {}, {retries}",
                m.files_sent,
                m.files_sent + m.files_skipped,
                size(m.bytes_sent),
                m.files_skipped,
                m.files_deleted,
            ),
        };
        let _ = writeln!(
            out,
            "  {:<11} {:<20} {:<10} {what}",
            m.status,
            printable(&m.name),
            m.transport
        );
        if !m.repaired.is_empty() {
            let _ = writeln!(
                out,
                "      repaired (found wrong on the mirror, sent again): {}",
                m.repaired
                    .iter()
                    .map(|p| printable(p))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        if let Some(e) = &m.error {
            let _ = writeln!(out, "      {e}");
        }
    }
    if !p.all_ok {
        warnings.push(
            "some mirrors did not take the release: see their lines in the table of mirrors".into(),
        );
    }
}

/// `verify`: one line per copy, with what was wrong.
fn verify(v: &crate::verify::VerifyReport, out: &mut String, warnings: &mut Vec<String>) {
    let _ = writeln!(
        out,
        "{}{} of {} copies ok (newest release {}):",
        v.site
            .as_deref()
            .map(|s| format!("{s}: "))
            .unwrap_or_default(),
        v.ok_count(),
        v.copies.len(),
        v.newest_release
    );
    let row = |out: &mut String, cells: [&str; 7]| {
        let [status, name, release, files, ttfb, time, url] = cells;
        let _ = writeln!(
            out,
            "  {status:<13} {name:<20} {release:>7}  {files:>8}  {ttfb:>10}  {time:>7}  {url}"
        );
    };
    if !v.copies.is_empty() {
        row(
            out,
            [
                "status",
                "copy",
                "release",
                "files ok",
                "first byte",
                "took",
                "address",
            ],
        );
    }
    for c in &v.copies {
        row(
            out,
            [
                c.status.as_str(),
                &printable(&c.name),
                &c.release
                    .map(|r| format!("r{r}"))
                    .unwrap_or_else(|| "-".into()),
                &format!("{}/{}", c.files_good, c.files_total),
                &c.ttfb_ms
                    .map(|t| format!("{t} ms"))
                    .unwrap_or_else(|| "-".into()),
                &format!("{:.2} s", c.seconds),
                &printable(&c.url),
            ],
        );
        if let Some(d) = &c.detail {
            let _ = writeln!(out, "      {}", printable(d));
        }
        if c.reader_fallback == Some(false) {
            let _ = writeln!(
                out,
                "      readers' pages on other copies cannot fall back to this one: it sends no Access-Control-Allow-Origin (README: \"Let readers fall back\")"
            );
        }
        for t in c.tampered.iter().take(5) {
            let _ = writeln!(
                out,
                "      {}: expected {}, received {}",
                printable(&t.path),
                t.expected,
                printable(&t.received)
            );
        }
    }
    if let Some(html) = &v.html {
        let _ = writeln!(out, "status page: {html}");
    }
    warnings.extend(v.warnings.iter().cloned());
    if !v.all_ok {
        warnings.push("some copies are not ok: see their lines in the table of copies".into());
    }
}

/// `status`: per copy, what the recorded runs found.
fn status(st: &StatusReport, out: &mut String) {
    if st.copies.is_empty() && st.left_out == 0 {
        let _ = writeln!(out, "no verify runs of {:?} in {}", st.site, st.history);
    }
    if !st.copies.is_empty() {
        let _ = writeln!(
            out,
            "{:<20} {:>7} {:>7}  {:<13} {:>10}  address",
            "copy", "ok", "checks", "last status", "first byte"
        );
    }
    for c in &st.copies {
        // The same words as verify's table; the first byte is the mean of the checks.
        let _ = writeln!(
            out,
            "{:<20} {:>6.1}% {:>7}  {:<13} {:>10}  {}",
            printable(&c.name),
            c.ok_share * 100.0,
            c.checks,
            c.last_status,
            c.mean_ttfb_ms
                .map(|t| format!("{t:.0} ms"))
                .unwrap_or_else(|| "-".into()),
            printable(&c.url)
        );
        for r in &c.releases {
            // Measured from the release's `created` time (site.toml's `released`), which is
            // what the manifest signs; the signing itself may be later.
            let _ = writeln!(
                out,
                "    release {}: first verified ok at {}, {}",
                r.release,
                to_the_second(&r.first_ok),
                match r.delay_seconds {
                    Some(d) if d >= 0.0 => format!("{} after its release time", duration(d)),
                    Some(d) => format!(
                        "{} before its release time (a clock is wrong)",
                        duration(-d)
                    ),
                    None => "its release time unknown".into(),
                },
            );
        }
        if let Some(f) = &c.last_failure {
            let _ = writeln!(
                out,
                "    last failure {}: {}{}",
                f.at,
                f.status,
                f.detail
                    .as_deref()
                    .map(|d| format!(" ({})", printable(d)))
                    .unwrap_or_default()
            );
        }
    }
    if st.left_out > 0 {
        let _ = writeln!(
            out,
            "{} in the history the latest run did not check (a one-off `verify --url`, or a \
             mirror since taken out of mirrors.toml): `mirrorcast status --all` lists {}",
            count(st.left_out as u64, "more copy", "more copies"),
            if st.left_out == 1 { "it" } else { "them" }
        );
    }
}

/// `cid`: the CID alone, for scripts.
fn cid(d: &DagSummary, out: &mut String) {
    let _ = writeln!(out, "{}", d.root);
}

/// `car`: the CID and what was written.
fn car(c: &CarReport, out: &mut String) {
    // The CID alone on the first line, for scripts (as `ipfs-car pack` prints it).
    let _ = writeln!(out, "{}", c.summary.dag.root);
    car_written(c, out);
}

/// The CAR written, without its CID.
fn car_written(c: &CarReport, out: &mut String) {
    let d = &c.summary.dag;
    let _ = writeln!(
        out,
        "wrote {} ({}): {} blocks for {} files of {}, profile {}",
        c.car,
        size(c.summary.car_bytes),
        d.blocks,
        d.files,
        size(d.file_bytes),
        d.profile
    );
}

/// `pin`: one line per node or service.
fn pin(p: &PinReport, out: &mut String, warnings: &mut Vec<String>) {
    pin_lines(p, true, out, warnings);
}

/// `pin`'s lines; `with_cid` false where the CID was printed just before (publish).
fn pin_lines(p: &PinReport, with_cid: bool, out: &mut String, warnings: &mut Vec<String>) {
    let _ = writeln!(
        out,
        "release {} of {:?}: {}{} blocks, {}, profile {}{}",
        p.release,
        p.site,
        if with_cid {
            format!("CID {} (", p.cid)
        } else {
            "pinning ".to_string()
        },
        p.blocks,
        size(p.block_bytes),
        p.profile,
        if with_cid { ")" } else { "" }
    );
    for r in &p.providers {
        let _ = write!(
            out,
            "  {:<15} {:<16} {:<14} {:>6.1} s",
            r.status, r.kind, r.name, r.seconds
        );
        if !r.unpinned.is_empty() {
            let _ = write!(out, "  unpinned {}", r.unpinned.join(", "));
        }
        if let Some(name) = &r.ipns_name {
            let _ = write!(out, "  /ipns/{name}");
        }
        let _ = writeln!(out);
        if let Some(e) = &r.error {
            let _ = writeln!(out, "      {e}");
        }
    }
    for url in &p.gateway_urls {
        let _ = writeln!(out, "gateway: {url}");
    }
    if let Some(record) = &p.dnslink_record {
        let _ = writeln!(out, "DNSLink: set {record}");
    }
    if !p.all_pinned {
        warnings.push("the release is not pinned everywhere: see the lines of the nodes and services that failed".into());
    }
}

/// `check`: genuine, or every problem found.
fn check(r: &CheckReport, out: &mut String, warnings: &mut Vec<String>) {
    let what = match (&r.site, r.release) {
        (Some(site), Some(release)) => format!("release {release} of {site:?}"),
        _ => "bundle".to_string(),
    };
    if r.genuine {
        let _ = writeln!(
            out,
            "genuine: {} in {}: {} files, {}, signed with key {} (from {})",
            what,
            r.dir,
            r.files_checked,
            size(r.bytes_checked),
            r.key_id,
            r.key_source
        );
    } else {
        let _ = writeln!(
            out,
            "NOT genuine: {} in {}, checked against key {} (from {}): {}",
            what,
            r.dir,
            r.key_id,
            r.key_source,
            count(r.problems.len() as u64, "problem", "problems")
        );
        for p in &r.problems {
            let kind = serde_json::to_value(p.kind)
                .ok()
                .and_then(|v| v.as_str().map(str::to_string))
                .unwrap_or_default();
            // Names come from the bundle, which may be hostile: a name with a line
            // break must not print a fake "genuine" line.
            let _ = write!(
                out,
                "  {kind:<13} {}: {}",
                printable(&p.path),
                printable(&p.detail)
            );
            if let (Some(e), Some(a)) = (&p.expected, &p.actual) {
                let _ = write!(out, " (expected {}, found {})", printable(e), printable(a));
            }
            out.push('\n');
        }
        if !r.contents_checked {
            let _ = writeln!(
                out,
                "  file contents were not hashed: the manifest is not signed by this key, so its list of files is not to be trusted"
            );
        }
    }
    if r.expired
        && let Some(expires) = &r.expires
    {
        warnings.push(format!(
            "this release expired at {expires}: copies serving it are refused by readers' \
             checks and mirrors; make a new one with `mirrorcast release --next`"
        ));
    }
}

/// `completions` and `man`: the text as it is, or the files written.
fn generated(r: &GeneratedReport, out: &mut String) {
    out.push_str(&r.text);
    for file in &r.files {
        let _ = writeln!(out, "wrote {}", printable(file));
    }
}

#[cfg(test)]
mod seconds_tests {
    #[derive(serde::Serialize)]
    struct Timed {
        #[serde(serialize_with = "super::serialize_seconds")]
        seconds: f64,
    }

    #[test]
    fn durations_for_people() {
        assert_eq!(super::duration(12.4), "12 s");
        assert_eq!(super::duration(250.0), "4 min 10 s");
        assert_eq!(super::duration(11_100.0), "3 h 5 min");
        assert_eq!(super::duration(260_021.0), "3 d 0 h");
    }

    #[test]
    fn sizes_for_people() {
        assert_eq!(super::size(0), "0 bytes");
        assert_eq!(super::size(1), "1 byte");
        assert_eq!(super::size(1023), "1023 bytes");
        assert_eq!(super::size(14_371), "14.0 KiB");
        assert_eq!(super::size(1_258_291), "1.2 MiB");
        assert_eq!(super::size(5 << 30), "5.0 GiB");
    }

    #[test]
    fn seconds_are_given_to_the_millisecond() {
        let text = |seconds| serde_json::to_string(&Timed { seconds }).unwrap();
        assert_eq!(text(3.124e-6), r#"{"seconds":0.0}"#);
        assert_eq!(text(1.23456), r#"{"seconds":1.235}"#);
        assert_eq!(text(12.0), r#"{"seconds":12.0}"#);
    }
}
