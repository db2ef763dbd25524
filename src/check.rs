//! Check a bundle on disk: both signatures, the trusted comments, every file's size and SHA-256,
//! and that nothing is missing and nothing was added.
//!
//! Every problem is collected and reported; nothing stops at the first one, so a person sees the
//! whole picture at once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::error::{Error, Result};
use crate::hash;
use crate::manifest::{
    MANIFEST, MANIFEST_SIG, META_FILES, Manifest, SUMS, SUMS_SIG, TrustedComment, parse_sums,
};
use crate::progress::Progress;
use crate::safe_fs::{self, ReadError};
use crate::signing::{self, PublicKey};
use crate::site::content::bundle_path;

/// A manifest larger than this is not one of ours (100,000 signatories make a few dozen KB).
/// The most of a manifest anyone reads: far beyond any genuine one.
pub const MAX_MANIFEST: u64 = 64 << 20;

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

/// The bundle directory must exist before anything else is worth saying.
pub fn require_dir(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "{}: not a directory; give the directory of a bundle, such as dist",
        dir.display()
    )))
}

/// Check the bundle in `dir` against `key`. `Err` only when `dir` itself cannot be read.
pub fn check(
    dir: &Path,
    key: &TrustedKey,
    now: jiff::Timestamp,
    progress: &dyn Progress,
) -> Result<CheckReport> {
    require_dir(dir)?;
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

    let present = list_files(dir, problems)?;

    let manifest_bytes = match read_meta(dir, MANIFEST, MAX_MANIFEST) {
        Ok(b) => Some(b),
        Err(problem) => {
            problems.push(problem);
            None
        }
    };
    let manifest = manifest_bytes
        .as_deref()
        .and_then(|bytes| match Manifest::parse(bytes) {
            Ok(m) => Some(m),
            Err(e) => {
                problems.push(Problem::new(
                    MANIFEST,
                    ProblemKind::Malformed,
                    e.to_string(),
                ));
                None
            }
        });
    let manifest_signed = manifest_bytes.as_ref().is_some_and(|bytes| {
        check_signature(
            dir,
            MANIFEST_SIG,
            bytes,
            key,
            manifest.as_ref(),
            MANIFEST,
            problems,
        )
    });

    // Without a manifest there is nothing to compare the files with; that one problem says it.
    let Some(manifest) = manifest else {
        return Ok(report);
    };
    report.site = Some(manifest.site.clone());
    report.release = Some(manifest.release);
    report.created = Some(manifest.created.clone());
    report.expires = Some(manifest.expires.clone());
    report.expired = manifest
        .expires
        .parse::<jiff::Timestamp>()
        .is_ok_and(|t| t <= now);

    // Which files the bundle must have, and their expected size and hash.
    let mut expected: BTreeMap<String, (u64, String)> = BTreeMap::new();
    for f in &manifest.files {
        if bundle_path(Path::new(&f.path)).as_deref() != Some(f.path.as_str())
            || META_FILES.contains(&f.path.as_str())
        {
            problems.push(Problem::new(
                MANIFEST,
                ProblemKind::Malformed,
                format!("lists an unsafe or reserved path {:?}", f.path),
            ));
            continue;
        }
        if expected
            .insert(f.path.clone(), (f.size, f.sha256.to_ascii_lowercase()))
            .is_some()
        {
            problems.push(Problem::new(
                MANIFEST,
                ProblemKind::Malformed,
                format!("lists {:?} twice", f.path),
            ));
        }
    }

    check_sums(
        dir,
        key,
        &manifest,
        manifest_bytes.as_deref().unwrap_or_default(),
        &expected,
        problems,
    );

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
        if !expected.contains_key(path) && !META_FILES.contains(&path.as_str()) {
            problems.push(Problem::new(
                path,
                ProblemKind::Extra,
                "not in the manifest",
            ));
        }
    }

    let mut to_hash = Vec::new();
    for (path, (size, sha)) in &expected {
        match present.get(path) {
            None => problems.push(Problem::new(
                path,
                ProblemKind::Missing,
                "listed in the manifest, not in the bundle",
            )),
            Some(actual) if *actual != *size => problems.push(Problem {
                expected: Some(size.to_string()),
                actual: Some(actual.to_string()),
                ..Problem::new(
                    path,
                    ProblemKind::WrongSize,
                    format!("{actual} bytes, the manifest says {size}"),
                )
            }),
            Some(_) => to_hash.push((path, *size, sha)),
        }
    }
    // Sizes and names come from a manifest the publisher did not sign: hashing what it lists
    // would let a hostile copy keep us busy for hours (a sparse file of terabytes). The copy is
    // not genuine anyway; presence and sizes above already say what differs.
    report.contents_checked = manifest_signed;
    if !manifest_signed {
        to_hash.clear();
    }
    progress.begin("checking", to_hash.iter().map(|(_, size, _)| size).sum());
    let hashed: Vec<(usize, u64, Option<Problem>)> = to_hash
        .par_iter()
        .map(
            |(path, size, sha)| match hash_bundle_file(&dir.join(path), progress) {
                Err(e) => (0, 0, Some(Problem::new(path, ProblemKind::Unreadable, e))),
                Ok(actual) if actual != **sha => (
                    1,
                    *size,
                    Some(Problem {
                        expected: Some((*sha).clone()),
                        actual: Some(actual),
                        ..Problem::new(
                            path,
                            ProblemKind::Tampered,
                            "SHA-256 differs from the manifest",
                        )
                    }),
                ),
                Ok(_) => (1, *size, None),
            },
        )
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
    Ok(report)
}

/// SHA-256 of a file of the bundle, opened without following links or blocking on pipes.
fn hash_bundle_file(path: &Path, progress: &dyn Progress) -> std::result::Result<String, String> {
    let file = safe_fs::open_regular(path).map_err(|e| match e {
        ReadError::Io(e) => e.to_string(),
        _ => "not a regular file".to_string(),
    })?;
    hash::sha256_reader(file, progress)
        .map(|(_, sha)| sha)
        .map_err(|e| e.to_string())
}

/// Every regular file under `dir`, relative and `/`-separated, with its size. Anything else
/// that is not a directory is a problem.
fn list_files(dir: &Path, problems: &mut Vec<Problem>) -> Result<BTreeMap<String, u64>> {
    let mut files = BTreeMap::new();
    for entry in walkdir::WalkDir::new(dir).min_depth(1) {
        let entry = match entry {
            Ok(e) => e,
            Err(e) => {
                let path = e
                    .path()
                    .map(Path::to_path_buf)
                    .unwrap_or_else(|| dir.to_path_buf());
                if path == dir {
                    return Err(Error::io(dir, e.into()));
                }
                let rel = path
                    .strip_prefix(dir)
                    .unwrap_or(&path)
                    .to_string_lossy()
                    .into_owned();
                problems.push(Problem::new(&rel, ProblemKind::Unreadable, e.to_string()));
                continue;
            }
        };
        let rel_path = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        let rel = rel_path
            .to_str()
            .map(|s| s.replace(std::path::MAIN_SEPARATOR, "/"))
            .unwrap_or_else(|| rel_path.to_string_lossy().into_owned());
        let ft = entry.file_type();
        if ft.is_dir() {
            continue;
        }
        if !ft.is_file() {
            problems.push(Problem::new(
                &rel,
                ProblemKind::NotAFile,
                "not a regular file",
            ));
            continue;
        }
        let size = entry.metadata().map(|m| m.len()).unwrap_or(0);
        files.insert(rel, size);
    }
    Ok(files)
}

/// The largest signature file we read; real ones are about 300 bytes.
/// The most of a signature file anyone reads.
pub const MAX_SIGNATURE: u64 = 64 * 1024;

/// Read a list or signature file of the bundle, or say what is wrong with it.
fn read_meta(dir: &Path, name: &str, cap: u64) -> std::result::Result<Vec<u8>, Problem> {
    safe_fs::read_regular(&dir.join(name), cap).map_err(|e| match e {
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

/// Verify `sig_name` over `data`, and that its trusted comment agrees with the manifest.
/// Returns whether both hold.
fn check_signature(
    dir: &Path,
    sig_name: &str,
    data: &[u8],
    key: &TrustedKey,
    manifest: Option<&Manifest>,
    signed_file: &str,
    problems: &mut Vec<Problem>,
) -> bool {
    let text = match read_meta(dir, sig_name, MAX_SIGNATURE) {
        Ok(bytes) => String::from_utf8_lossy(&bytes).into_owned(),
        Err(problem) => {
            problems.push(problem);
            return false;
        }
    };
    let comment = match signing::verify(&key.key, &text, data) {
        Ok(c) => c,
        Err(e) => {
            problems.push(Problem::new(
                sig_name,
                ProblemKind::BadSignature,
                format!("{e} ({signed_file})"),
            ));
            return false;
        }
    };
    let Some(m) = manifest else { return false };
    let expected = m.trusted_comment(signed_file);
    if TrustedComment::parse(&comment).as_ref() != Some(&expected) {
        problems.push(Problem {
            expected: Some(expected.to_string()),
            actual: Some(comment),
            ..Problem::new(
                sig_name,
                ProblemKind::BadSignature,
                "the signed trusted comment does not match the manifest's site, release or expiry",
            )
        });
        return false;
    }
    true
}

/// `SHA256SUMS` must be signed and list exactly the manifest's files plus `manifest.json`, with
/// the same hashes.
fn check_sums(
    dir: &Path,
    key: &TrustedKey,
    manifest: &Manifest,
    manifest_bytes: &[u8],
    expected: &BTreeMap<String, (u64, String)>,
    problems: &mut Vec<Problem>,
) {
    let bytes = match read_meta(dir, SUMS, MAX_MANIFEST) {
        Ok(b) => b,
        Err(problem) => {
            problems.push(problem);
            return;
        }
    };
    let _ = check_signature(dir, SUMS_SIG, &bytes, key, Some(manifest), SUMS, problems);
    let Some(listed) = std::str::from_utf8(&bytes).ok().and_then(parse_sums) else {
        problems.push(Problem::new(
            SUMS,
            ProblemKind::Malformed,
            "not in the format `sha256sum -c` reads",
        ));
        return;
    };
    let mut want: BTreeMap<&str, String> = expected
        .iter()
        .map(|(p, (_, sha))| (p.as_str(), sha.clone()))
        .collect();
    want.insert(MANIFEST, hash::sha256_hex(manifest_bytes));
    let got: BTreeMap<&str, &str> = listed
        .iter()
        .map(|(p, s)| (p.as_str(), s.as_str()))
        .collect();
    let paths: BTreeSet<&str> = want.keys().copied().chain(got.keys().copied()).collect();
    let differing: Vec<&str> = paths
        .into_iter()
        .filter(|p| want.get(p).map(String::as_str) != got.get(p).copied())
        .collect();
    if !differing.is_empty() {
        let mut shown = differing
            .iter()
            .take(5)
            .copied()
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
    let bytes = safe_fs::read_regular(&dir.join(MANIFEST_SIG), MAX_SIGNATURE).ok()?;
    let text = String::from_utf8(bytes).ok()?;
    signing::signature_key_id(&text)
}

/// A manifest someone else holds (a mirror's), taken only if `signature` is `key`'s over exactly
/// these bytes and its trusted comment agrees with them. The error says why not, for people.
pub fn genuine_manifest(
    key: &PublicKey,
    bytes: &[u8],
    signature: &[u8],
) -> std::result::Result<Manifest, String> {
    let signature = std::str::from_utf8(signature).map_err(|_| "the signature is not text")?;
    let comment = signing::verify(key, signature, bytes).map_err(|e| e.to_string())?;
    let manifest = Manifest::parse(bytes).map_err(|e| e.to_string())?;
    // Its paths decide what gets deleted on a mirror: only plain relative bundle paths, the
    // same rule `check` applies, however genuine the signature.
    if let Some(bad) = manifest
        .files
        .iter()
        .find(|f| bundle_path(Path::new(&f.path)).as_deref() != Some(f.path.as_str()))
    {
        return Err(format!(
            "it lists the unsafe path {:?}",
            safe_fs::printable(&bad.path)
        ));
    }
    let expected = manifest.trusted_comment(MANIFEST);
    if TrustedComment::parse(&comment).as_ref() != Some(&expected) {
        return Err(
            "the signed trusted comment does not match the manifest's site, release or expiry"
                .into(),
        );
    }
    Ok(manifest)
}
