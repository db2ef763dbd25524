//! Check a bundle on disk: both signatures, the trusted comments, every file's size and SHA-256,
//! and that nothing is missing and nothing was added.
//!
//! Every problem is collected and reported; nothing stops at the first one, so a person sees the
//! whole picture at once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, IoContext as _, Result};
use crate::hash;
use crate::progress::Progress;
use crate::release::acceptance::{Rejection, Rule, accept};
use crate::release::files::{self, Expected, Found};
use crate::release::manifest::{
    MANIFEST, MANIFEST_SIG, MAX_MANIFEST, MAX_SIGNATURE, META_FILES, Manifest, SUMS, SUMS_SIG,
    TrustedComment, parse_sums,
};
use crate::release::signing::{self, PublicKey};
use crate::text::printable;
use crate::tree::{Kind, ReadError, Root};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProblemKind {
    /// Listed but not there.
    Missing,
    /// There but not listed.
    Extra,
    /// Content differs from its listed SHA-256.
    Tampered,
    /// Size differs from the listed size.
    WrongSize,
    /// A signature is absent, malformed, by another key, or does not match.
    BadSignature,
    /// A list (manifest, SHA256SUMS) is unreadable or contradicts the other.
    Malformed,
    /// Not a regular file (a symbolic link, a device…).
    NotAFile,
    /// Could not be read.
    Unreadable,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Problem {
    pub path: String,
    pub kind: ProblemKind,
    pub detail: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expected: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub actual: Option<String>,
}

impl Problem {
    fn new(path: &str, kind: ProblemKind, detail: impl Into<String>) -> Self {
        Problem {
            path: path.to_string(),
            kind,
            detail: detail.into(),
            expected: None,
            actual: None,
        }
    }
}

/// The publisher key to check against, and where it came from (shown to the user).
#[derive(Debug, Clone)]
pub struct TrustedKey {
    pub key: PublicKey,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CheckReport {
    pub dir: String,
    pub genuine: bool,
    pub key_id: String,
    pub key_source: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub release: Option<u64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub created: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub expires: Option<String>,
    /// Whether `expires` is in the past. An expired bundle can still be genuine; `verify`
    /// treats it as a status of its own.
    pub expired: bool,
    pub files_checked: usize,
    pub bytes_checked: u64,
    /// False when the files' contents were not hashed because the manifest is not signed by the
    /// key: its list cannot be trusted to say what to read.
    pub contents_checked: bool,
    pub problems: Vec<Problem>,
}

/// What to do when there is no bundle where one was looked for.
pub const NO_BUNDLE_HERE: &str =
    "give the directory of a bundle (`mirrorcast bundle` writes one to dist)";

/// The bundle directory must exist before anything else is worth saying.
pub fn require_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        // Not a bundle at all (content/, an empty folder) is a wrong argument, not a bundle
        // that fails its check. Present in any form, the manifest is judged by the check.
        if std::fs::symlink_metadata(dir.join(MANIFEST)).is_err() {
            return Err(Error::Usage(format!(
                "{}: not a bundle (no {MANIFEST} in it); give the directory `mirrorcast bundle` \
                 writes, such as dist",
                crate::text::path(dir)
            )));
        }
        return Ok(());
    }
    if std::fs::symlink_metadata(dir).is_err() {
        return Err(Error::Usage(crate::safe_fs::not_here(dir, NO_BUNDLE_HERE)));
    }
    Err(Error::Usage(format!(
        "{}: not a directory; give the directory of a bundle, such as dist",
        crate::text::path(dir)
    )))
}

/// A bundle that passed its check: its manifest, and the manifest's bytes as they are on disk.
pub struct Genuine {
    pub manifest: Manifest,
    pub bytes: Vec<u8>,
}

/// Check the bundle in `dir` against `key`. `Err` only when `dir` itself cannot be read.
pub fn check(
    dir: &Path,
    key: &TrustedKey,
    now: jiff::Timestamp,
    progress: &dyn Progress,
) -> Result<CheckReport> {
    check_bundle(dir, key, now, progress).map(|(report, _)| report)
}

/// [`check`], and the genuine manifest when the bundle is genuine.
pub fn check_bundle(
    dir: &Path,
    key: &TrustedKey,
    now: jiff::Timestamp,
    progress: &dyn Progress,
) -> Result<(CheckReport, Option<Genuine>)> {
    require_dir(dir)?;
    let root = Root::open(dir).at(dir)?;
    let mut report = CheckReport {
        dir: dir.display().to_string(),
        genuine: false,
        key_id: key.key.key_id(),
        key_source: key.source.clone(),
        site: None,
        release: None,
        created: None,
        expires: None,
        expired: false,
        files_checked: 0,
        bytes_checked: 0,
        contents_checked: false,
        problems: Vec::new(),
    };
    let problems = &mut report.problems;

    let present = list_files(&root, problems)?;

    // The signature first, over the raw bytes; nothing unsigned is parsed.
    let manifest_bytes = read_meta(&root, MANIFEST, MAX_MANIFEST);
    let signature = read_meta(&root, MANIFEST_SIG, MAX_SIGNATURE);
    let manifest = match (&manifest_bytes, signature) {
        (Ok(bytes), Ok(signature)) => match accept(&Rule::genuine(&key.key), bytes, &signature) {
            Ok(m) => Some(m),
            Err(rejection) => {
                problems.push(rejected(rejection));
                None
            }
        },
        (bytes, signature) => {
            problems.extend(bytes.as_ref().err().cloned());
            problems.extend(signature.err());
            None
        }
    };

    // Without a genuine manifest there is nothing to compare the files with; the signed
    // SHA256SUMS can still say whether the manifest was edited after signing.
    let Some(manifest) = manifest else {
        if let Ok(bytes) = &manifest_bytes {
            check_sums_alone(&root, key, bytes, problems);
        }
        for name in META_FILES {
            if !present.contains_key(name) && !problems.iter().any(|p| p.path == name) {
                problems.push(Problem::new(
                    name,
                    ProblemKind::Missing,
                    "not in the bundle",
                ));
            }
        }
        problems.sort_by(|a, b| a.path.cmp(&b.path));
        return Ok((report, None));
    };
    let manifest_bytes = manifest_bytes.unwrap_or_default();
    report.site = Some(manifest.site.clone());
    report.release = Some(manifest.release);
    report.created = Some(manifest.created.clone());
    report.expires = Some(manifest.expires.clone());
    report.expired = crate::release::acceptance::is_expired(&manifest, now);

    // Which files the bundle must have, and their expected size and hash (the acceptance rule
    // already refused unsafe, reserved and repeated paths). SHA256SUMS is among them; it is
    // checked line by line below, to say which line is wrong.
    let (expected, _) = files::expected(&manifest, &manifest_bytes);
    let expected: BTreeMap<&str, &Expected> = expected
        .iter()
        .filter(|f| f.path != SUMS)
        .map(|f| (f.path.as_str(), f))
        .collect();

    check_sums(&root, key, &manifest, &manifest_bytes, problems);

    for name in META_FILES {
        if !present.contains_key(name) && !problems.iter().any(|p| p.path == name) {
            problems.push(Problem::new(
                name,
                ProblemKind::Missing,
                "not in the bundle",
            ));
        }
    }
    for path in present.keys() {
        if !expected.contains_key(path.as_str()) && !META_FILES.contains(&path.as_str()) {
            problems.push(Problem::new(
                path,
                ProblemKind::Extra,
                "not in the manifest",
            ));
        }
    }

    let mut to_hash = Vec::new();
    for (path, file) in &expected {
        match present.get(*path) {
            None => problems.push(Problem::new(
                path,
                ProblemKind::Missing,
                "listed in the manifest, not in the bundle",
            )),
            Some(actual) if *actual != file.size => problems.push(Problem {
                expected: Some(file.size.to_string()),
                actual: Some(actual.to_string()),
                ..Problem::new(
                    path,
                    ProblemKind::WrongSize,
                    "size in bytes differs from the manifest",
                )
            }),
            Some(_) => to_hash.push(*file),
        }
    }
    report.contents_checked = true;
    progress.begin("checking", to_hash.iter().map(|f| f.size).sum());
    let hashed: Vec<(usize, u64, Option<Problem>)> = to_hash
        .par_iter()
        .map(|file| {
            let read = crate::transport::source::hash_local(&root, &file.path, file.size, progress);
            match files::judge(file, read) {
                Found::Good => (1, file.size, None),
                Found::Tampered { received } => (
                    1,
                    file.size,
                    Some(Problem {
                        expected: Some(file.sha256.clone()),
                        actual: Some(received),
                        ..Problem::new(
                            &file.path,
                            ProblemKind::Tampered,
                            "SHA-256 differs from the manifest",
                        )
                    }),
                ),
                // Listed a moment ago: it went away or turned into something else meanwhile.
                Found::Missing => (
                    0,
                    0,
                    Some(Problem::new(
                        &file.path,
                        ProblemKind::Missing,
                        "listed in the manifest, not in the bundle",
                    )),
                ),
                Found::Unreadable(e) => (
                    0,
                    0,
                    Some(Problem::new(
                        &file.path,
                        ProblemKind::Unreadable,
                        e.to_string(),
                    )),
                ),
            }
        })
        .collect();
    progress.end();
    for (n, bytes, problem) in hashed {
        report.files_checked += n;
        report.bytes_checked += bytes;
        problems.extend(problem);
    }
    // The four list and signature files were read and checked above.
    for name in META_FILES {
        if let Some(size) = present.get(name) {
            report.files_checked += 1;
            report.bytes_checked += size;
        }
    }
    problems.sort_by(|a, b| a.path.cmp(&b.path));
    report.genuine = problems.is_empty();
    let genuine = report.genuine.then_some(Genuine {
        manifest,
        bytes: manifest_bytes,
    });
    Ok((report, genuine))
}

/// The problem a rejected manifest is.
fn rejected(rejection: Rejection) -> Problem {
    match rejection {
        Rejection::BadSignature(p) => Problem::new(
            MANIFEST_SIG,
            ProblemKind::BadSignature,
            format!("{p} ({MANIFEST})"),
        ),
        Rejection::WrongComment { expected, found } => Problem {
            expected: Some(expected),
            actual: Some(found),
            ..Problem::new(
                MANIFEST_SIG,
                ProblemKind::BadSignature,
                "the signed trusted comment does not match the manifest's site, release or expiry",
            )
        },
        other => Problem::new(MANIFEST, ProblemKind::Malformed, other.to_string()),
    }
}

/// Every regular file under the root, relative and `/`-separated, with its size. Anything else
/// that is not a directory (a link, a FIFO, a device) is a problem, and never entered.
fn list_files(root: &Root, problems: &mut Vec<Problem>) -> Result<BTreeMap<String, u64>> {
    let mut files = BTreeMap::new();
    let entries = root.walk().at(root.path())?;
    for entry in entries {
        let rel = entry
            .path
            .to_str()
            .map(|s| s.replace(std::path::MAIN_SEPARATOR, "/"))
            .unwrap_or_else(|| entry.path.to_string_lossy().into_owned());
        match entry.kind {
            Kind::Dir => {}
            Kind::File => {
                files.insert(rel, entry.size);
            }
            Kind::Link | Kind::Other => problems.push(Problem::new(
                &rel,
                ProblemKind::NotAFile,
                "not a regular file (a link, a pipe or a device)",
            )),
        }
    }
    Ok(files)
}

/// Read a list or signature file of the bundle, or say what is wrong with it.
fn read_meta(root: &Root, name: &str, cap: u64) -> std::result::Result<Vec<u8>, Problem> {
    root.read_regular(Path::new(name), cap)
        .map_err(|e| match e {
            ReadError::Missing => Problem::new(name, ProblemKind::Missing, "not in the bundle"),
            ReadError::NotAFile => Problem::new(
                name,
                ProblemKind::NotAFile,
                "not a regular file (a link, a pipe or a device)",
            ),
            ReadError::TooLarge => Problem::new(
                name,
                ProblemKind::Malformed,
                format!("larger than {cap} bytes, far beyond any genuine one"),
            ),
            ReadError::Io(e) => Problem::new(name, ProblemKind::Unreadable, e.to_string()),
        })
}

/// Verify `sig_name` over `data` and return its trusted comment, or say what is wrong.
fn signature_over(
    root: &Root,
    sig_name: &str,
    data: &[u8],
    key: &TrustedKey,
    signed_file: &str,
    problems: &mut Vec<Problem>,
) -> Option<String> {
    let text = match read_meta(root, sig_name, MAX_SIGNATURE) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(problem) => {
            problems.push(problem);
            return None;
        }
    };
    match signing::verify(&key.key, &text, data) {
        Ok(comment) => Some(comment),
        Err(e) => {
            problems.push(Problem::new(
                sig_name,
                ProblemKind::BadSignature,
                format!("{e} ({signed_file})"),
            ));
            None
        }
    }
}

/// `SHA256SUMS` and the trusted comment of its signature, when the signature holds; else the
/// problems say why not.
fn signed_sums(
    root: &Root,
    key: &TrustedKey,
    problems: &mut Vec<Problem>,
) -> Option<(Vec<u8>, String)> {
    let bytes = read_meta(root, SUMS, MAX_MANIFEST)
        .map_err(|problem| problems.push(problem))
        .ok()?;
    let comment = signature_over(root, SUMS_SIG, &bytes, key, SUMS, problems)?;
    Some((bytes, comment))
}

/// `SHA256SUMS` must be signed, with the manifest's trusted comment, and list exactly the
/// manifest's files plus `manifest.json`, with the same hashes. Its lines are read only once its
/// signature holds.
fn check_sums(
    root: &Root,
    key: &TrustedKey,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    problems: &mut Vec<Problem>,
) {
    let Some((bytes, comment)) = signed_sums(root, key, problems) else {
        return;
    };
    let expected_comment = manifest.trusted_comment(SUMS);
    if TrustedComment::parse(&comment).as_ref() != Some(&expected_comment) {
        problems.push(Problem {
            expected: Some(expected_comment.to_string()),
            actual: Some(comment),
            ..Problem::new(
                SUMS_SIG,
                ProblemKind::BadSignature,
                "the signed trusted comment does not match the manifest's site, release or expiry",
            )
        });
        return;
    }
    let Some(listed) = std::str::from_utf8(&bytes).ok().and_then(parse_sums) else {
        problems.push(Problem::new(
            SUMS,
            ProblemKind::Malformed,
            "not in the format `sha256sum -c` reads",
        ));
        return;
    };
    let manifest_sha = hash::sha256_hex(manifest_bytes);
    let want: BTreeMap<&str, &str> = manifest
        .files
        .iter()
        .map(|f| (f.path.as_str(), f.sha256.as_str()))
        .chain([(MANIFEST, manifest_sha.as_str())])
        .collect();
    let got: BTreeMap<&str, &str> = listed
        .iter()
        .map(|(p, s)| (p.as_str(), s.as_str()))
        .collect();
    let paths: BTreeSet<&str> = want.keys().copied().chain(got.keys().copied()).collect();
    let differing: Vec<&str> = paths
        .into_iter()
        .filter(|p| want.get(p) != got.get(p))
        .collect();
    if !differing.is_empty() {
        let mut shown = differing
            .iter()
            .take(5)
            .map(|p| printable(p).into_owned())
            .collect::<Vec<_>>()
            .join(", ");
        if differing.len() > 5 {
            shown.push_str(&format!(" and {} more", differing.len() - 5));
        }
        problems.push(Problem::new(
            SUMS,
            ProblemKind::Malformed,
            format!("disagrees with the manifest about {shown}"),
        ));
    }
}

/// Without a genuine manifest: is `SHA256SUMS` genuine, and does it name these manifest bytes?
/// A manifest edited after signing shows here as the one file that differs.
fn check_sums_alone(
    root: &Root,
    key: &TrustedKey,
    manifest_bytes: &[u8],
    problems: &mut Vec<Problem>,
) {
    let Some((bytes, comment)) = signed_sums(root, key, problems) else {
        return;
    };
    if TrustedComment::parse(&comment).is_none_or(|c| c.file != SUMS) {
        problems.push(Problem::new(
            SUMS_SIG,
            ProblemKind::BadSignature,
            "the signed trusted comment is not mirrorcast's for SHA256SUMS",
        ));
        return;
    }
    let listed = std::str::from_utf8(&bytes).ok().and_then(parse_sums);
    let signed_manifest = listed.as_ref().and_then(|l| {
        l.iter()
            .find(|(p, _)| p == MANIFEST)
            .map(|(_, sha)| sha.as_str())
    });
    let actual = hash::sha256_hex(manifest_bytes);
    if signed_manifest != Some(actual.as_str()) {
        problems.push(Problem {
            expected: signed_manifest.map(str::to_string),
            actual: Some(actual),
            ..Problem::new(
                SUMS,
                ProblemKind::Malformed,
                "signs another manifest.json than this one: the manifest was changed after signing",
            )
        });
    }
}

/// Read a public key given on the command line: a `.pub` file, or the key itself.
pub fn public_key_arg(arg: &str) -> Result<PublicKey> {
    let path = Path::new(arg);
    if path.is_file() {
        PublicKey::from_file(path)
    } else {
        PublicKey::parse(arg)
            .map_err(|e| Error::Key(format!("--publisher-key: neither a file nor a key ({e})")))
    }
}

/// The key id a bundle's manifest signature claims, to find a local key for it.
pub fn claimed_key_id(dir: &Path) -> Option<String> {
    let root = Root::open(dir).ok()?;
    let bytes = root
        .read_regular(Path::new(MANIFEST_SIG), MAX_SIGNATURE)
        .ok()?;
    let text = String::from_utf8(bytes).ok()?;
    signing::signature_key_id(&text)
}
