//! What one mirror needs: the difference between the release we push and the release the mirror
//! holds, and the order that keeps the mirror consistent while it changes.
//!
//! - Only files whose hash differs from the mirror's (or that it lacks) are sent.
//! - Content files go first, then `SHA256SUMS` and the signatures, then `manifest.json` last: a
//!   reader never sees a manifest naming files that are not there yet.
//! - Afterwards, files the mirror's previous manifest listed and the new one does not are
//!   deleted. Nothing else on the mirror is ever touched, and nothing at all is deleted when the
//!   mirror's manifest is not a genuine one of ours (we would not know what it listed).

use std::collections::BTreeMap;

use crate::release::manifest::{MANIFEST, MANIFEST_SIG, META_FILES, Manifest, SUMS, SUMS_SIG};

/// The steps for one mirror, in order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Plan {
    /// Site files to send, in order.
    pub content: Vec<String>,
    /// The list and signature files, `manifest.json` last; empty when the mirror already has
    /// this exact manifest.
    pub meta: Vec<String>,
    /// Files of the previous release to delete once the new one is complete.
    pub delete: Vec<String>,
    /// Site files the mirror already has with the right hash.
    pub skipped: usize,
}

impl Plan {
    pub fn is_empty(&self) -> bool {
        self.content.is_empty() && self.meta.is_empty() && self.delete.is_empty()
    }

    /// Send `wrong` too: files reading the mirror found damaged or missing, though its
    /// manifest says they are right. A list or signature file among them sends all four, so
    /// `manifest.json` still goes last.
    pub fn repair(&mut self, local: &Manifest, wrong: &std::collections::BTreeSet<String>) {
        let sent: std::collections::BTreeSet<String> = self.content.iter().cloned().collect();
        let before = self.content.len();
        self.content.extend(
            local
                .files
                .iter()
                .filter(|f| wrong.contains(&f.path) && !sent.contains(&f.path))
                .map(|f| f.path.clone()),
        );
        self.skipped -= self.content.len() - before;
        if self.meta.is_empty() && META_FILES.iter().any(|m| wrong.contains(*m)) {
            self.meta = [SUMS, SUMS_SIG, MANIFEST_SIG, MANIFEST]
                .iter()
                .map(|s| s.to_string())
                .collect();
        }
    }
}

/// What the mirror holds now, as far as we can tell.
pub enum Remote<'a> {
    /// No manifest there: a new mirror.
    Empty,
    /// A manifest that is not a genuine one of ours (unsigned, another key, damaged): send
    /// everything, delete nothing.
    Unknown,
    /// A genuine manifest, and whether its bytes equal ours.
    Release {
        manifest: &'a Manifest,
        same_bytes: bool,
    },
}

/// Plan pushing `local` to a mirror holding `remote`. `full` sends every file whatever the
/// mirror's manifest says (for a mirror whose files were damaged behind its manifest's back).
pub fn plan(local: &Manifest, remote: &Remote<'_>, full: bool) -> Plan {
    let previous: BTreeMap<&str, &str> = match remote {
        Remote::Release { manifest, .. } => manifest
            .files
            .iter()
            .map(|f| (f.path.as_str(), f.sha256.as_str()))
            .collect(),
        _ => BTreeMap::new(),
    };
    let mut plan = Plan::default();
    for f in &local.files {
        if !full && previous.get(f.path.as_str()) == Some(&f.sha256.as_str()) {
            plan.skipped += 1;
        } else {
            plan.content.push(f.path.clone());
        }
    }
    let unchanged = matches!(
        remote,
        Remote::Release {
            same_bytes: true,
            ..
        }
    );
    if full || !unchanged {
        plan.meta = [SUMS, SUMS_SIG, MANIFEST_SIG, MANIFEST]
            .iter()
            .map(|s| s.to_string())
            .collect();
    }
    let keep: std::collections::BTreeSet<&str> =
        local.files.iter().map(|f| f.path.as_str()).collect();
    // Only plain relative bundle paths are ever deleted (`genuine_manifest` already refuses
    // others; this holds whatever the caller passed).
    plan.delete = previous
        .keys()
        .filter(|p| !keep.contains(*p) && !META_FILES.contains(p))
        .filter(|p| {
            crate::site::content::bundle_path(std::path::Path::new(p)).as_deref() == Some(**p)
        })
        .map(|p| p.to_string())
        .collect();
    plan
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::manifest::FileEntry;

    fn manifest(files: &[(&str, &str)]) -> Manifest {
        Manifest {
            format: 1,
            site: "s".into(),
            release: 1,
            created: "c".into(),
            expires: "e".into(),
            files: files
                .iter()
                .map(|(p, h)| FileEntry {
                    path: p.to_string(),
                    size: 1,
                    sha256: h.to_string(),
                })
                .collect(),
            mirrors: Vec::new(),
        }
    }

    /// The plan for `new` over a mirror holding the genuine release `old`.
    fn over(new: &Manifest, old: &Manifest, same_bytes: bool, full: bool) -> Plan {
        plan(
            new,
            &Remote::Release {
                manifest: old,
                same_bytes,
            },
            full,
        )
    }

    #[test]
    fn only_changes_travel_and_the_manifest_goes_last() {
        let old = manifest(&[("a", "1"), ("b", "2"), ("gone", "3")]);
        let new = manifest(&[("a", "1"), ("b", "9"), ("c", "4")]);
        let p = over(&new, &old, false, false);
        assert_eq!(p.content, ["b", "c"]);
        assert_eq!(p.skipped, 1);
        assert_eq!(p.meta.last().map(String::as_str), Some(MANIFEST));
        assert_eq!(p.meta.len(), 4);
        assert_eq!(p.delete, ["gone"]);
    }

    #[test]
    fn nothing_outside_the_bundle_is_ever_deleted() {
        let old = manifest(&[
            ("../../victim", "1"),
            ("/etc/passwd", "2"),
            ("a/../b", "3"),
            ("gone", "4"),
        ]);
        let new = manifest(&[("a", "1")]);
        let p = over(&new, &old, false, false);
        assert_eq!(p.delete, ["gone"]);
    }

    #[test]
    fn an_up_to_date_mirror_needs_nothing() {
        let m = manifest(&[("a", "1")]);
        let p = over(&m, &m, true, false);
        assert!(p.is_empty(), "{p:?}");
        // --full sends everything anyway.
        let p = over(&m, &m, true, true);
        assert_eq!((p.content.len(), p.meta.len()), (1, 4));
    }

    #[test]
    fn an_unknown_manifest_means_send_everything_delete_nothing() {
        let m = manifest(&[("a", "1"), ("b", "2")]);
        for remote in [Remote::Empty, Remote::Unknown] {
            let p = plan(&m, &remote, false);
            assert_eq!(p.content, ["a", "b"]);
            assert_eq!(p.meta.len(), 4);
            assert!(p.delete.is_empty());
        }
    }
}
