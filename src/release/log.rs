//! The release log: which content was signed under which release number, per key.
//!
//! Readers and mirrors trust "the highest release signed by the publisher key". If the same key
//! ever signed two different contents under one number, nobody could tell which is current, and
//! a replayed copy could pass for the newest. So before signing we refuse:
//! - a release number below one this key already signed, and
//! - a release number this key already signed for different content.
//!
//! Re-signing the same content under the same number is allowed (a rebuild, or a new expiry).
//!
//! One JSON object per line, append-only in spirit, rewritten atomically. Keep it with the
//! project (commit it) so every organiser's machine shares the guard. The CID of each bundle is
//! recorded here too: a CID cannot sit inside the bundle it names, and `pin` uses the log to know
//! which older releases it may unpin.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};
use crate::release::manifest::MAX_RELEASE;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Entry {
    pub site: String,
    pub release: u64,
    /// minisign key id of the signing key.
    pub key: String,
    /// `Manifest::content_digest`.
    pub content: String,
    pub created: String,
    /// The IPFS CIDs (profile `unixfs-v1-2025`) this release was bundled as, oldest first: a
    /// re-signed release (new expiry) is a new bundle, so a new CID.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub cids: Vec<String>,
}

impl Entry {
    /// The entry for `manifest`, signed with the key `key_id`.
    pub fn of(manifest: &crate::release::manifest::Manifest, key_id: String) -> Self {
        Entry {
            site: manifest.site.clone(),
            release: manifest.release,
            key: key_id,
            content: manifest.content_digest(),
            created: manifest.created.clone(),
            cids: Vec::new(),
        }
    }
}

/// Load the log; a missing file is an empty log.
pub fn load(path: &Path) -> Result<Vec<Entry>> {
    if !path.exists() {
        return Ok(Vec::new());
    }
    let text = crate::safe_fs::read_text(path, 64 << 20)?;
    text.lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty())
        .map(|(n, line)| {
            let location = || format!("{}:{}", crate::text::path(path), n + 1);
            let entry: Entry = serde_json::from_str(line).map_err(|e| Error::Config {
                location: location(),
                message: format!(
                    "not a release-log entry ({e}); restore the line from version control"
                ),
            })?;
            if entry.release == 0 || entry.release > MAX_RELEASE {
                return Err(Error::Config {
                    location: location(),
                    message: format!(
                        "release {} is outside 1 to {MAX_RELEASE}, which no release can be; restore the line from version control",
                        entry.release
                    ),
                });
            }
            Ok(entry)
        })
        .collect()
}

/// Whether `entry` may be signed: `Ok(true)` for a new release, `Ok(false)` for the same
/// content again under its number (a rebuild, a new expiry). Nothing is written: the release is
/// recorded with [`record`] once its bundle is in place.
///
/// `bundled` is the release a bundle on disk holds (its folder and entry), weighed as if the log
/// listed it: when the log was deleted or never committed, the last bundle still guards its
/// number.
pub fn check(path: &Path, entry: &Entry, bundled: Option<(&Path, &Entry)>) -> Result<bool> {
    let mut entries = load(path)?;
    let unlisted = bundled.filter(|(_, b)| !entries.iter().any(|e| same_release(e, b)));
    entries.extend(unlisted.map(|(_, b)| b.clone()));
    let log = crate::text::path(path);
    let see = |prior: &Entry| match unlisted {
        Some((dir, b)) if same_release(prior, b) => format!(
            "the bundle in {} is that release, and {}",
            crate::text::path(dir),
            if path.exists() {
                format!("{log} does not list it: restore the log from version control")
            } else {
                format!(
                    "there is no {log} to list it: it belongs with the project, so restore it \
                     from version control if it was committed"
                )
            }
        ),
        _ => format!("see {log}"),
    };
    let same_key = entries
        .iter()
        .filter(|e| e.key == entry.key && e.site == entry.site);
    let highest = same_key.clone().map(|e| e.release).max();
    // The number to suggest: one past the highest signed, when there is such a number.
    // `release --next` adds one to site.toml's number (this entry's), which may not reach it.
    let next = |highest: u64| match highest.checked_add(1).filter(|n| *n <= MAX_RELEASE) {
        Some(n) if n == entry.release + 1 => format!(
            "run `mirrorcast release --next` (release {n}, released now), or set `release` in site.toml to {n}"
        ),
        Some(n) => format!(
            "set `release` in site.toml to {highest}, then run `mirrorcast release --next` \
             (release {n}, released now)"
        ),
        None => format!(
            "release {highest} is the highest possible, so this key can sign no newer release of this site: make a new key (`mirrorcast keygen`) and publish its public key"
        ),
    };
    // Every entry of this number counts: the log and the bundle on disk may disagree.
    let same_number = same_key.clone().filter(|e| e.release == entry.release);
    if let Some(prior) = same_number.clone().find(|e| e.content != entry.content) {
        return Err(Error::Release(format!(
            "release {} of {:?} was already signed with key {} for different content ({}); {}",
            entry.release,
            entry.site,
            entry.key,
            see(prior),
            next(highest.unwrap_or(entry.release))
        )));
    }
    if same_number.clone().next().is_some() {
        return Ok(false);
    }
    if let Some(prior) = same_key
        .filter(|e| e.release > entry.release)
        .max_by_key(|e| e.release)
    {
        return Err(Error::Release(format!(
            "release {} of {:?} is lower than release {}, already signed with key {} ({}); releases only go up: {}",
            entry.release,
            entry.site,
            prior.release,
            entry.key,
            see(prior),
            next(prior.release)
        )));
    }
    Ok(true)
}

/// The same release of the same site, signed with the same key for the same content.
fn same_release(a: &Entry, b: &Entry) -> bool {
    (&a.site, a.release, &a.key, &a.content) == (&b.site, b.release, &b.key, &b.content)
}

/// Record that the release `entry` names was bundled (as `cid`, when it has one), checking it
/// against the log once more.
pub fn record(path: &Path, entry: &Entry, cid: Option<&str>) -> Result<()> {
    check(path, entry, None)?;
    let mut entries = load(path)?;
    let found = entries
        .iter_mut()
        .rev()
        .find(|e| e.site == entry.site && e.release == entry.release && e.key == entry.key);
    let found = match found {
        Some(found) => found,
        None => {
            entries.push(entry.clone());
            entries.last_mut().expect("just pushed")
        }
    };
    if let Some(cid) = cid
        && found.cids.last().map(String::as_str) != Some(cid)
    {
        found.cids.retain(|c| c != cid);
        found.cids.push(cid.to_string());
    }
    save(path, &entries)
}

fn save(path: &Path, entries: &[Entry]) -> Result<()> {
    let mut text = String::new();
    for e in entries {
        text.push_str(&serde_json::to_string(e).expect("an entry is serializable"));
        text.push('\n');
    }
    crate::safe_fs::write_atomic(path, text.as_bytes(), 0o644, true)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(release: u64, content: &str) -> Entry {
        Entry {
            site: "s".into(),
            release,
            key: "K".into(),
            content: content.into(),
            created: "t".into(),
            cids: Vec::new(),
        }
    }

    #[test]
    fn guard() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = dir.path().join("releases.jsonl");
        let check_and_record = |e: &Entry| {
            let new = check(&log, e, None)?;
            record(&log, e, None)?;
            Ok::<bool, Error>(new)
        };
        assert!(check_and_record(&entry(2, "a")).expect("the release log"));
        assert!(!check_and_record(&entry(2, "a")).expect("the release log"));
        let e = check_and_record(&entry(2, "b")).unwrap_err().to_string();
        assert!(e.contains("already signed") && e.contains("to 3"), "{e}");
        let e = check_and_record(&entry(1, "c")).unwrap_err().to_string();
        assert!(e.contains("lower than release 2"), "{e}");
        assert!(check_and_record(&entry(3, "b")).expect("the release log"));
        // Another key has its own sequence.
        let mut other = entry(1, "z");
        other.key = "L".into();
        assert!(check_and_record(&other).expect("the release log"));
        assert_eq!(load(&log).expect("load the log").len(), 3);
        record(&log, &entry(3, "b"), Some("bafyA")).expect("record");
        record(&log, &entry(3, "b"), Some("bafyB")).expect("record");
        record(&log, &entry(3, "b"), Some("bafyA")).expect("record");
        let e = load(&log).expect("load the log");
        assert_eq!(e[1].cids, ["bafyB", "bafyA"]);
        assert!(e[0].cids.is_empty());
        // Checking writes nothing.
        let fresh = dir.path().join("fresh.jsonl");
        assert!(check(&fresh, &entry(1, "a"), None).expect("the release log"));
        assert!(!fresh.exists());
    }

    #[test]
    fn the_bundle_on_disk_counts_as_an_entry() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = dir.path().join("releases.jsonl");
        let dist = dir.path().join("dist");
        // No log at all: the bundle guards its number, and says the log is missing.
        let e = check(&log, &entry(6, "a"), Some((&dist, &entry(6, "b"))))
            .unwrap_err()
            .to_string();
        assert!(e.contains("the bundle in") && e.contains("no "), "{e}");
        let e = check(&log, &entry(3, "a"), Some((&dist, &entry(6, "b"))))
            .unwrap_err()
            .to_string();
        assert!(
            e.contains("lower than release 6") && e.contains("to 6, then run"),
            "{e}"
        );
        // The log and the bundle disagree on a number: refused whichever the content matches.
        record(&log, &entry(6, "a"), None).expect("record");
        for content in ["a", "b"] {
            let e = check(&log, &entry(6, content), Some((&dist, &entry(6, "b"))))
                .unwrap_err()
                .to_string();
            assert!(e.contains("already signed"), "{e}");
        }
        // They agree: a rebuild.
        assert!(!check(&log, &entry(6, "a"), Some((&dist, &entry(6, "a")))).expect("log"));
        // Another key's bundle guards nothing of this key.
        let mut other = entry(9, "z");
        other.key = "L".into();
        assert!(check(&log, &entry(7, "c"), Some((&dist, &other))).expect("log"));
    }

    #[test]
    fn numbers_at_the_edge() {
        let dir = tempfile::tempdir().expect("temp dir");
        let log = dir.path().join("releases.jsonl");
        record(&log, &entry(MAX_RELEASE, "a"), None).expect("record");
        let e = check(&log, &entry(MAX_RELEASE, "b"), None)
            .unwrap_err()
            .to_string();
        assert!(e.contains("highest possible"), "{e}");
        let e = check(&log, &entry(5, "b"), None).unwrap_err().to_string();
        assert!(e.contains("highest possible") && !e.contains("to 0"), "{e}");
        std::fs::write(
            &log,
            "{\"site\":\"s\",\"release\":18446744073709551615,\"key\":\"K\",\"content\":\"a\",\"created\":\"t\"}\n",
        )
        .expect("write");
        let e = check(&log, &entry(5, "b"), None).unwrap_err().to_string();
        assert!(
            e.contains("releases.jsonl:1") && e.contains("outside"),
            "{e}"
        );
    }
}
