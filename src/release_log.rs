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
//! project (commit it) so every organiser's machine shares the guard. The IPFS issue adds the
//! CID of each release here.

use std::path::Path;

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

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
            serde_json::from_str(line).map_err(|e| Error::Config {
                location: format!("{}:{}", path.display(), n + 1),
                message: format!(
                    "not a release-log entry ({e}); restore the line from version control"
                ),
            })
        })
        .collect()
}

/// Check `entry` against the log and append it if it is new. Returns whether it was added.
pub fn check_and_record(path: &Path, entry: &Entry) -> Result<bool> {
    let mut entries = load(path)?;
    let same_key = entries
        .iter()
        .filter(|e| e.key == entry.key && e.site == entry.site);
    let highest = same_key.clone().map(|e| e.release).max();
    if let Some(prior) = same_key.clone().find(|e| e.release == entry.release) {
        if prior.content == entry.content {
            return Ok(false);
        }
        return Err(Error::Release(format!(
            "release {} of {:?} was already signed with key {} for different content (see {}); raise `release` in site.toml to {}",
            entry.release,
            entry.site,
            entry.key,
            path.display(),
            highest.unwrap_or(entry.release) + 1
        )));
    }
    if let Some(highest) = highest.filter(|&h| h > entry.release) {
        return Err(Error::Release(format!(
            "release {} of {:?} is lower than release {highest}, already signed with key {} (see {}); releases only go up: set `release` in site.toml to {}",
            entry.release,
            entry.site,
            entry.key,
            path.display(),
            highest + 1
        )));
    }
    entries.push(entry.clone());
    let mut text = String::new();
    for e in &entries {
        text.push_str(&serde_json::to_string(e).expect("an entry is serializable"));
        text.push('\n');
    }
    crate::safe_fs::write_atomic(path, text.as_bytes(), 0o644, true)?;
    Ok(true)
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
        }
    }

    #[test]
    fn guard() {
        let dir = tempfile::tempdir().unwrap();
        let log = dir.path().join("releases.jsonl");
        assert!(check_and_record(&log, &entry(2, "a")).unwrap());
        assert!(!check_and_record(&log, &entry(2, "a")).unwrap());
        let e = check_and_record(&log, &entry(2, "b"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("already signed") && e.contains("to 3"), "{e}");
        let e = check_and_record(&log, &entry(1, "c"))
            .unwrap_err()
            .to_string();
        assert!(e.contains("lower than release 2"), "{e}");
        assert!(check_and_record(&log, &entry(3, "b")).unwrap());
        // Another key has its own sequence.
        let mut other = entry(1, "z");
        other.key = "L".into();
        assert!(check_and_record(&log, &other).unwrap());
        assert_eq!(load(&log).unwrap().len(), 3);
    }
}
