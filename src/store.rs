//! A volunteer mirror's releases on disk, for the mirror daemon (`serve`): each verified release
//! in a folder of its own under `releases/`, and `current`, a link to the one served, switched
//! in one rename (never `ln -sf`, which removes and then creates).
//!
//! A release comes in three ways: from a bundle on disk (`serve --install`), pushed file by
//! file by its publisher (the signed push protocol), or fetched from another copy (follow
//! mode). Whatever the way, the four signed files are judged first, by the one acceptance rule
//! plus "this site, newer than the release served"; then every file is gathered into
//! `releases/.partial-NAME`: a file a kept release already holds with the same hash is linked,
//! one received by hash into `incoming/` is linked, one in a bundle is copied and hashed as it is
//! written. The gathered release is checked whole, as `check` checks a bundle, synced, renamed
//! into place, and only then pointed at; a crash at any moment leaves the last complete release
//! served, and the partial folder is removed at the next start. The last few releases are kept.
//!
//! Everything goes through [`Root`]: nothing in the store, or in a bundle installed from, is
//! followed if it is a link.

use std::collections::{BTreeMap, HashMap};
use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};

use sha2::Digest as _;

use crate::error::{Error, IoContext as _, Result};
use crate::hash::HashingWriter;
use crate::release::acceptance::{Rejection, Rule, accept};
use crate::release::check::{TrustedKey, check_bundle};
use crate::release::manifest::{
    MANIFEST, MANIFEST_SIG, MAX_MANIFEST, MAX_SIGNATURE, META_FILES, Manifest,
};
use crate::tree::{FILE_MODE, Kind, Root};

const RELEASES: &str = "releases";
const CURRENT: &str = "current";
const PARTIAL: &str = ".partial-";
/// Files received by hash (`incoming/SHA256`), and those still arriving (`incoming/.part-SHA256`).
const INCOMING: &str = "incoming";
const PART: &str = ".part-";
/// How long a file received by hash waits for its release's commit.
const INCOMING_KEPT: std::time::Duration = std::time::Duration::from_secs(24 * 3600);
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

/// The four signed files of a release, as offered: the manifest, SHA256SUMS and their
/// signatures, read whole and capped.
#[derive(Debug, Clone, Default)]
pub struct Signed {
    pub files: BTreeMap<&'static str, Vec<u8>>,
}

impl Signed {
    /// The most one of the four may hold.
    pub fn cap(name: &str) -> u64 {
        if name.ends_with(".minisig") {
            MAX_SIGNATURE
        } else {
            MAX_MANIFEST
        }
    }

    /// The four files of the bundle in `root`, never through a link, each within its cap.
    pub fn read(root: &Root) -> std::result::Result<Signed, String> {
        let mut files = BTreeMap::new();
        for name in META_FILES {
            let bytes = root
                .read_regular(Path::new(name), Self::cap(name))
                .map_err(|e| format!("{name}: {}", e))?;
            files.insert(name, bytes);
        }
        Ok(Signed { files })
    }

    pub fn get(&self, name: &str) -> &[u8] {
        self.files.get(name).map_or(&[], Vec::as_slice)
    }

    /// The release's name in the store: its number and the start of its manifest's hash.
    fn name(&self, manifest: &Manifest) -> String {
        format!(
            "{}-{}",
            manifest.release,
            &crate::hash::sha256_hex(self.get(MANIFEST))[..12]
        )
    }
}

/// Why a release offered is not taken.
#[derive(Debug, thiserror::Error)]
pub enum Refusal {
    /// Not a genuine manifest of this site that a mirror may serve now (bad or missing
    /// signature, another key or site, expired, malformed, too large).
    #[error("{0}")]
    NotOurs(Rejection),
    /// Genuine, but not newer than the release served.
    #[error("release {offered} is not newer than release {served}, which this mirror serves")]
    NotNewer { offered: u64, served: u64 },
    /// Files of the release are neither held nor received yet (the hashes).
    #[error("{} of its files have not been received yet", .0.len())]
    Missing(Vec<String>),
    /// The release gathered is not what was signed (a file changed while it was copied, or
    /// SHA256SUMS does not match its manifest).
    #[error("not a genuine release ({0})")]
    NotGenuine(String),
    /// The store could not be written or read.
    #[error(transparent)]
    Store(#[from] Error),
}

/// A file a release lists that the store does not hold yet.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Wanted {
    pub sha256: String,
    pub size: u64,
    /// Bytes already received: an upload resumes from there.
    pub have: u64,
}

/// Why a file sent by hash is not taken.
#[derive(Debug, thiserror::Error)]
pub enum BlobError {
    #[error("it is to continue at byte {offered}, and {have} bytes have been received")]
    WrongOffset { offered: u64, have: u64 },
    #[error("more than the {size} bytes signed")]
    TooLarge { size: u64 },
    #[error("its SHA-256 is {found}, not the {expected} signed")]
    WrongHash { expected: String, found: String },
    #[error("it ended after {got} of its {size} bytes; send the rest from byte {got}")]
    Short { got: u64, size: u64 },
    #[error(transparent)]
    Store(#[from] Error),
}

/// A file being received by hash into `incoming/`: hashed as it is written, taken only if it
/// is exactly the bytes signed.
pub struct Receiving {
    file: std::fs::File,
    sha: sha2::Sha256,
    written: u64,
    size: u64,
    expected: String,
    part: PathBuf,
}

impl Receiving {
    pub fn write(&mut self, chunk: &[u8]) -> std::result::Result<(), BlobError> {
        if self.written + chunk.len() as u64 > self.size {
            return Err(BlobError::TooLarge { size: self.size });
        }
        self.file.write_all(chunk).at(&self.part)?;
        self.sha.update(chunk);
        self.written += chunk.len() as u64;
        Ok(())
    }
}

impl Store {
    /// Open (or make) a store at `path`, removing what a crash left half-made.
    pub fn open(path: &Path) -> Result<Store> {
        // The store's own folder is the operator's choice (a link to it is fine); nothing below
        // it is followed, `releases` included.
        std::fs::create_dir_all(path).at(path)?;
        let root = Root::open(path).at(path)?;
        for dir in [RELEASES, INCOMING] {
            root.create_dir_all(Path::new(dir)).at(path.join(dir))?;
        }
        for (name, _, _) in root.list(Some(Path::new(RELEASES))).at(path)? {
            let name = name.to_string_lossy().into_owned();
            if name.starts_with(PARTIAL) {
                let partial = Path::new(RELEASES).join(&name);
                root.remove_all(&partial).at(path.join(&partial))?;
            }
        }
        let store = Store {
            root,
            path: path.to_path_buf(),
        };
        store.sweep_incoming();
        Ok(store)
    }

    /// Remove files received by hash that no release took within [`INCOMING_KEPT`]: a push
    /// abandoned, or a release never committed. What is younger is kept for a push to continue.
    fn sweep_incoming(&self) {
        let Ok(names) = self.root.list(Some(Path::new(INCOMING))) else {
            return;
        };
        for (name, _, _) in names {
            let rel = Path::new(INCOMING).join(&name);
            // Not followed: the entry itself, whatever it is.
            let old = std::fs::symlink_metadata(self.path.join(&rel))
                .and_then(|m| m.modified())
                .ok()
                .and_then(|t| t.elapsed().ok())
                .is_none_or(|age| age > INCOMING_KEPT);
            if old {
                let _ = self.root.remove_all(&rel);
            }
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The release served, if any: its manifest as installed (already checked then).
    pub fn current(&self) -> Result<Option<Current>> {
        let target = match self.root.read_link(Path::new(CURRENT)) {
            Ok(t) => PathBuf::from(t),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).at(self.path.join(CURRENT)),
        };
        Ok(Some(Current {
            manifest: self.manifest_of(&target)?,
            dir: target,
        }))
    }

    /// The manifest of a release in the store (checked when it came in).
    fn manifest_of(&self, dir: &Path) -> Result<Manifest> {
        let bytes = self
            .root
            .read_regular(&dir.join(MANIFEST), MAX_MANIFEST)
            .map_err(|e| {
                Error::Content(format!(
                    "{}: a release in the store has no readable manifest ({})",
                    self.path.join(dir).display(),
                    e
                ))
            })?;
        Manifest::parse(&bytes)
    }

    /// Whether the release `signed` may replace the one served: genuine by `key` (the one
    /// acceptance rule), unexpired at `now`, of the same site, and newer.
    pub fn admit(
        &self,
        signed: &Signed,
        key: &TrustedKey,
        now: jiff::Timestamp,
    ) -> std::result::Result<Manifest, Refusal> {
        let current = self.current()?;
        let rule = Rule {
            key: &key.key,
            site: current.as_ref().map(|c| c.manifest.site.as_str()),
            not_below: current.as_ref().map(|c| c.manifest.release),
            now: Some(now),
        };
        let manifest = accept(&rule, signed.get(MANIFEST), signed.get(MANIFEST_SIG))
            .map_err(Refusal::NotOurs)?;
        if let Some(c) = current
            && manifest.release <= c.manifest.release
        {
            return Err(Refusal::NotNewer {
                offered: manifest.release,
                served: c.manifest.release,
            });
        }
        Ok(manifest)
    }

    /// Every file the kept releases and `incoming/` hold, by SHA-256: where a new release can
    /// link its files from.
    fn held(&self) -> Result<HashMap<String, PathBuf>> {
        let mut held = HashMap::new();
        for (name, kind, _) in self.root.list(Some(Path::new(INCOMING))).at(&self.path)? {
            let name = name.to_string_lossy().into_owned();
            if kind == Kind::File && crate::hash::digest_of_hex(&name).is_some() {
                held.insert(name.clone(), Path::new(INCOMING).join(name));
            }
        }
        for (_, dir) in self.releases()? {
            let dir = Path::new(RELEASES).join(dir);
            let Ok(manifest) = self.manifest_of(&dir) else {
                continue;
            };
            for f in manifest.files {
                held.entry(f.sha256.to_ascii_lowercase())
                    .or_insert_with(|| dir.join(&f.path));
            }
        }
        Ok(held)
    }

    /// The files of `manifest` the store does not hold, each once, with what has arrived of it.
    pub fn wanted(&self, manifest: &Manifest) -> Result<Vec<Wanted>> {
        let held = self.held()?;
        let mut wanted: BTreeMap<String, Wanted> = BTreeMap::new();
        for f in &manifest.files {
            let sha = f.sha256.to_ascii_lowercase();
            if held.contains_key(&sha) || wanted.contains_key(&sha) {
                continue;
            }
            let have = match self.root.kind(&part_of(&sha)).at(&self.path)? {
                Some((Kind::File, size)) if size <= f.size => size,
                _ => 0,
            };
            wanted.insert(
                sha.clone(),
                Wanted {
                    sha256: sha,
                    size: f.size,
                    have,
                },
            );
        }
        Ok(wanted.into_values().collect())
    }

    /// Start (or, from `offset`, continue) receiving the file of `size` bytes whose SHA-256 is
    /// `sha`. The caller has checked that a release admitted wants it.
    pub fn receive(
        &self,
        sha: &str,
        size: u64,
        offset: u64,
    ) -> std::result::Result<Receiving, BlobError> {
        let part = part_of(sha);
        let have = match self.root.kind(&part).at(&self.path)? {
            Some((Kind::File, n)) => n,
            Some(_) => {
                self.root.remove_all(&part).at(self.path.join(&part))?;
                0
            }
            None => 0,
        };
        // From the start, or exactly where the bytes kept end.
        if offset != 0 && offset != have {
            return Err(BlobError::WrongOffset {
                offered: offset,
                have,
            });
        }
        let mut sha256 = sha2::Sha256::new();
        let file = if offset == 0 {
            let _ = self.root.remove_file(&part);
            self.root
                .create_new(&part, FILE_MODE)
                .at(self.path.join(&part))?
        } else {
            // What arrived before is hashed again: the hash must cover every byte kept.
            let mut before = self.root.open_regular(&part).map_err(|e| {
                Error::Content(format!("{}: {}", self.path.join(&part).display(), e))
            })?;
            let mut buf = vec![0u8; 1 << 16];
            loop {
                let n = before.read(&mut buf).at(self.path.join(&part))?;
                if n == 0 {
                    break;
                }
                sha256.update(&buf[..n]);
            }
            self.root.open_append(&part).at(self.path.join(&part))?
        };
        Ok(Receiving {
            file,
            sha: sha256,
            written: offset,
            size,
            expected: sha.to_ascii_lowercase(),
            part,
        })
    }

    /// The file is all there: keep it as `incoming/SHA256` if its bytes are the ones signed.
    /// A short file is kept to be continued; a wrong one is removed.
    pub fn received(&self, receiving: Receiving) -> std::result::Result<(), BlobError> {
        let Receiving {
            file,
            sha,
            written,
            size,
            expected,
            part,
        } = receiving;
        if written < size {
            file.sync_data().at(self.path.join(&part))?;
            return Err(BlobError::Short { got: written, size });
        }
        let found = crate::hash::hex(&sha.finalize());
        if found != expected {
            drop(file);
            let _ = self.root.remove_file(&part);
            return Err(BlobError::WrongHash { expected, found });
        }
        file.sync_all().at(self.path.join(&part))?;
        let done = Path::new(INCOMING).join(&expected);
        self.root.rename(&part, &done).at(self.path.join(&done))?;
        Ok(())
    }

    /// Put the release `signed` in place from what the store holds (kept releases and files
    /// received by hash), if it is still admitted.
    pub fn commit(
        &self,
        signed: &Signed,
        key: &TrustedKey,
        now: jiff::Timestamp,
    ) -> std::result::Result<Current, Refusal> {
        let manifest = self.admit(signed, key, now)?;
        let missing: Vec<String> = self
            .wanted(&manifest)?
            .into_iter()
            .map(|w| w.sha256)
            .collect();
        if !missing.is_empty() {
            return Err(Refusal::Missing(missing));
        }
        let held = self.held()?;
        let current = self.gather(signed, &manifest, key, now, |store, path, sha, to| {
            let from = sha
                .and_then(|sha| held.get(&sha.to_ascii_lowercase()))
                .ok_or_else(|| Refusal::Missing(vec![path.to_string()]))?;
            store
                .root
                .link_to(from, &store.root, to)
                .at(store.path.join(to))?;
            Ok(())
        })?;
        // What came in by hash now lives in the release.
        for f in &current.manifest.files {
            let _ = self
                .root
                .remove_file(&Path::new(INCOMING).join(f.sha256.to_ascii_lowercase()));
        }
        self.sweep_incoming();
        Ok(current)
    }

    /// Install the bundle in `bundle` as the release served, if it is genuine (`key`), not
    /// expired, of the same site as the release served, and newer than it.
    pub fn install(
        &self,
        bundle: &Path,
        key: &TrustedKey,
        now: jiff::Timestamp,
    ) -> Result<Current> {
        let not_genuine = |why: String| {
            Error::Release(format!(
                "{}: not a genuine release ({why})",
                bundle.display()
            ))
        };
        let source = Root::open(bundle).at(bundle)?;
        let signed = Signed::read(&source).map_err(not_genuine)?;
        let refused = |r: Refusal| match r {
            Refusal::NotOurs(Rejection::Expired { manifest }) => Error::Release(format!(
                "{}: release {} expired at {}; a mirror serves no expired release",
                bundle.display(),
                manifest.release,
                manifest.expires
            )),
            Refusal::NotOurs(Rejection::AnotherSite { site, .. }) => Error::Release(format!(
                "{}: a release of the site {:?}, and this mirror serves another",
                bundle.display(),
                crate::text::printable(&site),
            )),
            Refusal::NotOurs(Rejection::Older { highest, manifest }) => Refusal::NotNewer {
                offered: manifest.release,
                served: highest,
            }
            .into_error(bundle),
            Refusal::NotOurs(r) => not_genuine(r.to_string()),
            Refusal::NotGenuine(why) => not_genuine(why),
            Refusal::Store(e) => e,
            other => other.into_error(bundle),
        };
        let manifest = self.admit(&signed, key, now).map_err(refused)?;
        let held = self.held()?;
        self.gather(&signed, &manifest, key, now, |store, path, sha, to| {
            // A file a kept release holds with the same hash: a second name, not a copy.
            if let Some(from) = sha.and_then(|sha| held.get(&sha.to_ascii_lowercase()))
                && store.root.link_to(from, &store.root, to).is_ok()
            {
                return Ok(());
            }
            store.copy(&source, bundle, path, to, sha)
        })
        .map_err(refused)
    }

    /// Gather the release into a partial folder, file by file (`place` puts each: bundle path,
    /// signed SHA-256, where), write the four signed files, check the whole as `check` checks a
    /// bundle, and switch to it.
    fn gather(
        &self,
        signed: &Signed,
        manifest: &Manifest,
        key: &TrustedKey,
        now: jiff::Timestamp,
        mut place: impl FnMut(&Store, &str, Option<&str>, &Path) -> std::result::Result<(), Refusal>,
    ) -> std::result::Result<Current, Refusal> {
        let name = signed.name(manifest);
        let partial = Path::new(RELEASES).join(format!("{PARTIAL}{name}"));
        self.root
            .create_dir_new(&partial)
            .at(self.path.join(&partial))?;
        let result = (|| {
            for f in &manifest.files {
                let to = partial.join(&f.path);
                if let Some(parent) = Path::new(&f.path)
                    .parent()
                    .filter(|p| !p.as_os_str().is_empty())
                {
                    self.root
                        .create_dir_all(&partial.join(parent))
                        .at(self.path.join(&partial))?;
                }
                place(self, &f.path, Some(&f.sha256), &to)?;
            }
            for name in META_FILES {
                let to = partial.join(name);
                let mut file = self
                    .root
                    .create_new(&to, FILE_MODE)
                    .at(self.path.join(&to))?;
                file.write_all(signed.get(name)).at(self.path.join(&to))?;
                file.sync_all().at(self.path.join(&to))?;
            }
            // The whole, as a reader's checker sees it: every file and both signatures. This is
            // what decides; whatever came before only saved work.
            let (report, genuine) = check_bundle(
                &self.path.join(&partial),
                key,
                now,
                &crate::progress::NoProgress,
            )?;
            if genuine.is_none() || report.expired {
                let first = report
                    .problems
                    .first()
                    .map(|p| format!("{}: {}", p.path, p.detail))
                    .unwrap_or_else(|| "expired".into());
                return Err(Refusal::NotGenuine(first));
            }
            Ok(())
        })();
        if let Err(e) = result {
            let _ = self.root.remove_all(&partial);
            return Err(e);
        }
        // Every folder of the release, deepest first, so its names survive a power cut.
        let tree = self.root.subdir(&partial).at(self.path.join(&partial))?;
        let mut dirs: Vec<PathBuf> = tree
            .walk()
            .at(self.path.join(&partial))?
            .into_iter()
            .filter(|e| e.kind == Kind::Dir)
            .map(|e| partial.join(e.path))
            .collect();
        dirs.sort_by_key(|d| std::cmp::Reverse(d.components().count()));
        for dir in dirs
            .iter()
            .map(PathBuf::as_path)
            .chain([partial.as_path(), Path::new(RELEASES)])
        {
            self.root.sync_dir(Some(dir)).at(self.path.join(dir))?;
        }
        let done = Path::new(RELEASES).join(&name);
        // The same release complete but never switched to (a crash between the two steps): it
        // is not served, and this copy has just been checked whole.
        if self.root.kind(&done).at(self.path.join(&done))?.is_some() {
            self.root.remove_all(&done).at(self.path.join(&done))?;
        }
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
        // Switched: from here on the release is served whatever else fails.
        if let Err(e) = self.prune(&name) {
            tracing::warn!("{}: old releases not removed: {e}", self.path.display());
        }
        Ok(Current {
            manifest: manifest.clone(),
            dir: done,
        })
    }

    /// Copy one file of the bundle, hashing it as it is written: the bundle may change after it
    /// was judged, and nothing but the signed bytes may go in.
    fn copy(
        &self,
        source: &Root,
        bundle: &Path,
        path: &str,
        to: &Path,
        sha: Option<&str>,
    ) -> std::result::Result<(), Refusal> {
        let mut from = source
            .open_regular(Path::new(path))
            .map_err(|e| Refusal::NotGenuine(format!("{path}: {}", e)))?;
        let file = self.root.create_new(to, FILE_MODE).at(self.path.join(to))?;
        let mut writer = HashingWriter::new(file);
        std::io::copy(&mut from, &mut writer).at(bundle.join(path))?;
        writer.flush().at(self.path.join(to))?;
        let (file, _, hex) = writer.finish();
        file.sync_all().at(self.path.join(to))?;
        if let Some(sha) = sha
            && !hex.eq_ignore_ascii_case(sha)
        {
            return Err(Refusal::NotGenuine(format!(
                "{path}: its SHA-256 is {hex}, the manifest says {sha}"
            )));
        }
        Ok(())
    }

    /// The releases in the store, oldest first: (number, folder name).
    fn releases(&self) -> Result<Vec<(u64, String)>> {
        let mut releases: Vec<(u64, String)> = self
            .root
            .list(Some(Path::new(RELEASES)))
            .at(&self.path)?
            .into_iter()
            .filter(|(_, kind, _)| *kind == Kind::Dir)
            .filter_map(|(name, _, _)| {
                let name = name.to_string_lossy().into_owned();
                let release = name.split('-').next()?.parse().ok()?;
                Some((release, name))
            })
            .collect();
        releases.sort();
        Ok(releases)
    }

    /// Remove all but the newest [`KEEP`] releases besides `served`.
    fn prune(&self, served: &str) -> Result<()> {
        let releases: Vec<(u64, String)> = self
            .releases()?
            .into_iter()
            .filter(|(_, name)| name != served)
            .collect();
        let old = releases.len().saturating_sub(KEEP);
        for (_, name) in &releases[..old] {
            let dir = Path::new(RELEASES).join(name);
            self.root.remove_all(&dir).at(self.path.join(&dir))?;
        }
        Ok(())
    }
}

impl Refusal {
    /// For a command's edge: the refusal of the bundle at `bundle`.
    fn into_error(self, bundle: &Path) -> Error {
        match self {
            Refusal::Store(e) => e,
            other => Error::Release(format!("{}: {other}", bundle.display())),
        }
    }
}

/// Where the file with hash `sha` arrives.
fn part_of(sha: &str) -> PathBuf {
    Path::new(INCOMING).join(format!("{PART}{}", sha.to_ascii_lowercase()))
}
