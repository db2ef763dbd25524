//! A volunteer mirror's releases on disk, for the mirror daemon (`serve`, to come): each
//! verified release in a folder of its own under `releases/`, and `current`, a link to the one
//! served, switched in one rename (never `ln -sf`, which removes and then creates). A release is
//! copied into `releases/.partial-NAME`, every file hashed as it is written and synced, renamed
//! into place, and only then pointed at; a crash at any moment leaves the last complete release
//! served, and the partial folder is removed at the next start. Files the release before already
//! holds with the same hash are linked, not copied. The last few releases are kept.
//!
//! Everything goes through [`Root`]: nothing in the store, or in a bundle installed from, is
//! followed if it is a link.

use std::io::Write as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, IoContext as _, Result};
use crate::hash::HashingWriter;
use crate::release::check::{TrustedKey, check_bundle};
use crate::release::manifest::{META_FILES, Manifest};
use crate::tree::{FILE_MODE, Kind, Root};

const RELEASES: &str = "releases";
const CURRENT: &str = "current";
const PARTIAL: &str = ".partial-";
/// Releases kept besides the one served, so a reader mid-update still finds the files it asked
/// for, and an operator can go back by hand.
const KEEP: usize = 2;

pub struct Store {
    root: Root,
    path: PathBuf,
}

/// The release a store serves.
#[derive(Debug, Clone)]
pub struct Current {
    pub manifest: Manifest,
    /// Its folder, below the store.
    pub dir: PathBuf,
}

impl Store {
    /// Open (or make) a store at `path`, removing what a crash left half-made.
    pub fn open(path: &Path) -> Result<Store> {
        // The store's own folder is the operator's choice (a link to it is fine); nothing below
        // it is followed, `releases` included.
        std::fs::create_dir_all(path).at(path)?;
        let root = Root::open(path).at(path)?;
        root.create_dir_all(Path::new(RELEASES))
            .at(path.join(RELEASES))?;
        for (name, _, _) in root.list(Some(Path::new(RELEASES))).at(path)? {
            let name = name.to_string_lossy().into_owned();
            if name.starts_with(PARTIAL) {
                let partial = Path::new(RELEASES).join(&name);
                root.remove_all(&partial).at(path.join(&partial))?;
            }
        }
        Ok(Store {
            root,
            path: path.to_path_buf(),
        })
    }

    /// The release served, if any: its manifest as installed (already checked then).
    pub fn current(&self) -> Result<Option<Current>> {
        let target = match self.root.read_link(Path::new(CURRENT)) {
            Ok(t) => PathBuf::from(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).at(self.path.join(CURRENT)),
        };
        let bytes = self
            .root
            .read_regular(
                &target.join(crate::release::manifest::MANIFEST),
                crate::release::manifest::MAX_MANIFEST,
            )
            .map_err(|e| {
                Error::Content(format!(
                    "{}: the release served has no readable manifest ({e:?})",
                    self.path.join(&target).display()
                ))
            })?;
        Ok(Some(Current {
            manifest: Manifest::parse(&bytes)?,
            dir: target,
        }))
    }

    /// Install the bundle in `bundle` as the release served, if it is genuine (`key`), not
    /// expired, of the same site as the release served, and newer than it.
    pub fn install(
        &self,
        bundle: &Path,
        key: &TrustedKey,
        now: jiff::Timestamp,
    ) -> Result<Current> {
        let (report, genuine) = check_bundle(bundle, key, now, &crate::progress::NoProgress)?;
        let Some(genuine) = genuine else {
            let first = report
                .problems
                .first()
                .map(|p| format!("{}: {}", p.path, p.detail));
            return Err(Error::Release(format!(
                "{}: not a genuine release ({})",
                bundle.display(),
                first.unwrap_or_default()
            )));
        };
        let manifest = genuine.manifest;
        if report.expired {
            return Err(Error::Release(format!(
                "{}: release {} expired at {}; a mirror serves no expired release",
                bundle.display(),
                manifest.release,
                manifest.expires
            )));
        }
        let current = self.current()?;
        if let Some(c) = &current {
            if c.manifest.site != manifest.site {
                return Err(Error::Release(format!(
                    "{}: a release of the site {:?}, and this mirror serves {:?}",
                    bundle.display(),
                    manifest.site,
                    c.manifest.site
                )));
            }
            if manifest.release <= c.manifest.release {
                return Err(Error::Release(format!(
                    "{}: release {} is not newer than release {}, which this mirror serves",
                    bundle.display(),
                    manifest.release,
                    c.manifest.release
                )));
            }
        }
        let name = format!(
            "{}-{}",
            manifest.release,
            &crate::hash::sha256_hex(&genuine.bytes)[..12]
        );
        let partial = Path::new(RELEASES).join(format!("{PARTIAL}{name}"));
        self.root
            .create_dir_new(&partial)
            .at(self.path.join(&partial))?;
        let source = Root::open(bundle).at(bundle)?;
        let wanted = manifest
            .files
            .iter()
            .map(|f| (f.path.as_str(), Some(f.sha256.as_str())))
            .chain(META_FILES.iter().map(|m| (*m, None)));
        for (path, sha) in wanted {
            let to = partial.join(path);
            if let Some(parent) = Path::new(path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
            {
                self.root
                    .create_dir_all(&partial.join(parent))
                    .at(self.path.join(&partial))?;
            }
            // A file the release served holds with the same hash: a second name, not a copy.
            let same = current.as_ref().and_then(|c| {
                let before = c.manifest.files.iter().find(|f| f.path == path)?;
                (Some(before.sha256.as_str()) == sha).then(|| c.dir.join(path))
            });
            if let Some(before) = same
                && self.root.link_to(&before, &self.root, &to).is_ok()
            {
                continue;
            }
            self.copy(&source, bundle, path, &to, sha)?;
        }
        for dir in [Some(partial.as_path()), Some(Path::new(RELEASES))] {
            self.root.sync_dir(dir).at(&self.path)?;
        }
        let done = Path::new(RELEASES).join(&name);
        self.root
            .rename(&partial, &done)
            .at(self.path.join(&done))?;
        self.root
            .sync_dir(Some(Path::new(RELEASES)))
            .at(&self.path)?;
        // The switch: a new link beside `current`, renamed over it in one step.
        let next = Path::new("current.new");
        let _ = self.root.remove_file(next);
        self.root
            .symlink(&done.to_string_lossy(), next)
            .at(self.path.join(next))?;
        self.root
            .rename(next, Path::new(CURRENT))
            .at(self.path.join(CURRENT))?;
        self.root.sync_dir(None).at(&self.path)?;
        self.prune(&name)?;
        Ok(Current {
            manifest,
            dir: done,
        })
    }

    /// Copy one file of the bundle, hashing it as it is written: the bundle may change after it
    /// was checked, and nothing but the checked bytes may go in.
    fn copy(
        &self,
        source: &Root,
        bundle: &Path,
        path: &str,
        to: &Path,
        sha: Option<&str>,
    ) -> Result<()> {
        let mut from = source
            .open_regular(Path::new(path))
            .map_err(|e| Error::Release(format!("{}: {e:?}", bundle.join(path).display())))?;
        let file = self.root.create_new(to, FILE_MODE).at(self.path.join(to))?;
        let mut writer = HashingWriter::new(file);
        std::io::copy(&mut from, &mut writer).at(bundle.join(path))?;
        writer.flush().at(self.path.join(to))?;
        let (file, _, hex) = writer.finish();
        file.sync_all().at(self.path.join(to))?;
        if let Some(sha) = sha
            && !hex.eq_ignore_ascii_case(sha)
        {
            return Err(Error::Release(format!(
                "{}: changed while it was being installed (SHA-256 {hex}, signed {sha})",
                bundle.join(path).display()
            )));
        }
        Ok(())
    }

    /// Remove all but the newest [`KEEP`] releases besides `served`.
    fn prune(&self, served: &str) -> Result<()> {
        let mut releases: Vec<(u64, String)> = self
            .root
            .list(Some(Path::new(RELEASES)))
            .at(&self.path)?
            .into_iter()
            .filter(|(_, kind, _)| *kind == Kind::Dir)
            .filter_map(|(name, _, _)| {
                let name = name.to_string_lossy().into_owned();
                let release = name.split('-').next()?.parse().ok()?;
                (name != served).then_some((release, name))
            })
            .collect();
        releases.sort();
        let old = releases.len().saturating_sub(KEEP);
        for (_, name) in &releases[..old] {
            let dir = Path::new(RELEASES).join(name);
            self.root.remove_all(&dir).at(self.path.join(&dir))?;
        }
        Ok(())
    }
}
