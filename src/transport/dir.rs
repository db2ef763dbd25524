//! A local or mounted directory (a USB stick, an NFS or SSHFS mount, a web server's root).
//!
//! Everything goes through [`Root`]: no open, write, rename or delete follows a link at any
//! component, whoever planted it. Where the filesystem allows, a release goes in whole: a new
//! tree is built beside the mirror's folder (unchanged files and everything that is not ours
//! shared by hard link, so nothing of anyone else's is lost, and nothing is copied twice), then
//! the two are exchanged in one `renameat2(RENAME_EXCHANGE)`; readers see the old release or the
//! new one, never a mix, and a `kill -9` at any moment leaves one of the two. Where that cannot
//! be done (the folder is a mount point, not ours, on a filesystem without the call, or its
//! parent is not writable), push stages and swaps file by file through the other methods.

use std::collections::BTreeSet;
use std::io::Write as _;
use std::path::{Path, PathBuf};

use super::{
    Backup, Body, Capabilities, STAGING_ROOT, Swapped, Transport, TransportError, TransportResult,
    WholeRelease,
};
use crate::progress::NoProgress;
use crate::tree::{FILE_MODE, Kind, ReadError, Root};
use serde::Deserialize;
use toml::Spanned;

use super::Opening;
use crate::config::Fields;
use crate::error::Result;

/// `[mirror.dir]`: a local or mounted folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub path: PathBuf,
}

/// `[mirror.dir]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    path: Spanned<String>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        Ok(Config {
            path: f.local(&self.path, "path")?,
        })
    }
}

/// The folder as a transport. An unmounted drive must not turn into a new folder on the local
/// disk: a folder that is not there fails this mirror alone.
pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    if !config.path.is_dir() {
        return Ok(Box::new(super::Unavailable(format!(
            "directory {}: not there; is the drive mounted? (for a new mirror, create the folder once)",
            config.path.display()
        ))));
    }
    Ok(Box::new(open(&config.path).map_err(|e| at.failed(e))?))
}

pub struct DirTransport {
    /// The mirror's folder, links in the configured path resolved (it is the user's own choice).
    path: PathBuf,
    describe: String,
}

pub fn open(path: &Path) -> TransportResult<DirTransport> {
    let describe = format!("directory {}", crate::text::path(path));
    let path = path
        .canonicalize()
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    Ok(DirTransport { path, describe })
}

impl DirTransport {
    fn root(&self) -> TransportResult<Root> {
        Root::open(&self.path).map_err(|e| self.error("open", "", &e))
    }

    fn error(&self, what: &str, path: &str, e: &std::io::Error) -> TransportError {
        use std::io::ErrorKind as K;
        let temporary = matches!(e.kind(), K::Interrupted | K::WouldBlock | K::TimedOut);
        let hint = match e.raw_os_error() {
            Some(libc::ENOSPC) => "; the disk is full",
            Some(libc::EROFS) => "; the filesystem is read-only",
            Some(libc::EACCES) | Some(libc::EPERM) => "; check this folder's permissions",
            _ => "",
        };
        TransportError::new(
            temporary,
            format!(
                "{} {what} {}: {e}{hint}",
                self.describe,
                crate::text::printable(path)
            ),
        )
    }

    /// Run filesystem work off the async threads.
    async fn blocking<T: Send + 'static>(
        &self,
        work: impl FnOnce(Root) -> TransportResult<T> + Send + 'static,
    ) -> TransportResult<T> {
        let root = self.root()?;
        tokio::task::spawn_blocking(move || work(root))
            .await
            .map_err(|e| TransportError::permanent(format!("directory: {e}")))?
    }
}

/// Move to `new` what appeared in `old` after it was walked (`walked`): someone's upload
/// during the push. Best effort: what cannot be moved goes with the old tree.
fn rescue_late_additions(old: &Root, new: &Root, walked: &BTreeSet<PathBuf>) {
    let Ok(entries) = old.walk() else { return };
    let mut moved: Option<PathBuf> = None;
    for entry in entries {
        if walked.contains(&entry.path) || moved.as_ref().is_some_and(|m| entry.path.starts_with(m))
        {
            continue;
        }
        if matches!(new.kind(&entry.path), Ok(None))
            && old.rename_to(&entry.path, new, &entry.path).is_ok()
        {
            moved = Some(entry.path);
        }
    }
}

/// The start of the names of the trees built beside the mirror `name`.
fn sibling_prefix(name: &Path) -> String {
    format!(".{}.mirrorcast-", name.to_string_lossy())
}

/// Copy the local file `from` into a new file `to` below `root`, flushed to disk.
fn copy_new(root: &Root, to: &Path, from: &Path) -> std::io::Result<u64> {
    let mut source = std::fs::File::open(from)?;
    let mut file = root.create_new(to, FILE_MODE)?;
    let n = std::io::copy(&mut source, &mut file)?;
    file.flush()?;
    file.sync_all()?;
    Ok(n)
}

#[async_trait::async_trait]
impl Transport for DirTransport {
    fn capabilities(&self) -> Capabilities {
        Capabilities::FILE_SYSTEM
    }

    async fn prepare(&self) -> TransportResult<()> {
        self.root().map(|_| ())
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        super::checked(path)?;
        let root = self.root()?;
        match root.read_regular(Path::new(path), cap) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(ReadError::Missing) => Ok(None),
            Err(ReadError::TooLarge) => Err(TransportError::too_large(format!(
                "{} {path} is larger than any genuine one",
                self.describe
            ))),
            Err(ReadError::NotAFile) => Err(TransportError::permanent(format!(
                "{} {}: not a regular file (a link, or a link on the way to it); mirrorcast never follows links on a mirror",
                self.describe,
                crate::text::printable(path)
            ))),
            Err(ReadError::Io(e)) => Err(self.error("read", path, &e)),
        }
    }

    async fn hash(&self, path: &str, size: u64) -> TransportResult<Option<(Option<String>, u64)>> {
        super::checked(path)?;
        let (rel, describe) = (PathBuf::from(path), self.describe.clone());
        self.blocking(move |root| {
            use std::io::Read as _;
            let failed = |e: &dyn std::fmt::Display| {
                TransportError::permanent(format!("{describe} {}: {e}", crate::text::path(&rel)))
            };
            let file = match root.open_regular(&rel) {
                Ok(file) => file,
                Err(ReadError::Missing) => return Ok(None),
                Err(ReadError::Io(e)) => return Err(failed(&e)),
                Err(_) => {
                    return Err(failed(
                        &"not a regular file (a link, or a link on the way to it); mirrorcast never follows links on a mirror",
                    ));
                }
            };
            // Read on this blocking thread, never past one byte more than signed.
            let (read, hex) = crate::hash::sha256_reader(file.take(size + 1), &NoProgress)
                .map_err(|e| failed(&e))?;
            Ok(Some(((read <= size).then_some(hex), read)))
        })
        .await
    }

    async fn write(&self, path: &str, body: Body) -> TransportResult<()> {
        super::checked(path)?;
        let to = PathBuf::from(path);
        let failed = |e: std::io::Error| {
            TransportError::permanent(format!(
                "{} write {}: {e}",
                self.describe,
                crate::text::path(&to)
            ))
        };
        // A local file is copied by the kernel.
        if let Some(from) = body.local_file() {
            let (to, from) = (to.clone(), from.to_path_buf());
            let describe = self.describe.clone();
            return self
                .blocking(move |root| {
                    copy_new(&root, &to, &from).map(|_| ()).map_err(|e| {
                        TransportError::permanent(format!(
                            "{describe} write {}: {e}",
                            crate::text::path(&to)
                        ))
                    })
                })
                .await;
        }
        use futures_util::StreamExt as _;
        use tokio::io::AsyncWriteExt as _;
        let root = self.root()?;
        let file = root.create_new(&to, FILE_MODE).map_err(failed)?;
        let mut file = tokio::fs::File::from_std(file);
        let mut chunks = std::pin::pin!(body.into_chunks(1 << 20).await?);
        while let Some(chunk) = chunks.next().await {
            file.write_all(&chunk.map_err(failed)?)
                .await
                .map_err(failed)?;
        }
        file.flush().await.map_err(failed)?;
        file.sync_all().await.map_err(failed)
    }

    async fn create_dir(&self, path: &str, exclusive: bool) -> TransportResult<bool> {
        super::checked(path)?;
        let root = self.root()?;
        let rel = Path::new(path);
        if exclusive {
            return root
                .create_dir_new(rel)
                .map(|()| true)
                .map_err(|e| self.error("create folder", path, &e));
        }
        let there = root
            .kind(rel)
            .map_err(|e| self.error("stat", path, &e))?
            .is_some_and(|(k, _)| k == Kind::Dir);
        root.create_dir_all(rel)
            .map(|()| !there)
            .map_err(|e| self.error("create folder", path, &e))
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        super::checked(from)?;
        super::checked(to)?;
        let root = self.root()?;
        root.rename(Path::new(from), Path::new(to))
            .map_err(|e| self.error("rename", &format!("{from} → {to}"), &e))
    }

    async fn backup(&self, from: &str, to: &str) -> TransportResult<Backup> {
        super::checked(from)?;
        super::checked(to)?;
        let root = self.root()?;
        match root
            .kind(Path::new(from))
            .map_err(|e| self.error("stat", from, &e))?
        {
            None => return Ok(Backup::Nothing),
            Some((Kind::Dir, _)) => {
                return Err(TransportError::permanent(format!(
                    "{} {}: a folder where this release puts a file; move it away",
                    self.describe,
                    crate::text::printable(from)
                )));
            }
            Some(_) => {}
        }
        // A second name for the old file: the swap's rename then frees no blocks (that
        // happens when the staging area goes, after the swap), and a failed swap can put it back.
        match root.link_to(Path::new(from), &root, Path::new(to)) {
            Ok(()) => Ok(Backup::Kept),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Backup::Nothing),
            Err(e) if matches!(e.raw_os_error(), Some(libc::EPERM) | Some(libc::EXDEV)) => {
                Ok(Backup::Cannot)
            }
            Err(e) => Err(self.error("link", from, &e)),
        }
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        let root = self.root()?;
        match root.remove_file(Path::new(path)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) => Err(self.error("delete", path, &e)),
        }
    }

    async fn remove_dir(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        let root = self.root()?;
        match root.remove_dir(Path::new(path)) {
            Ok(()) => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
            Err(e) if e.kind() == std::io::ErrorKind::DirectoryNotEmpty => {
                Err(TransportError::not_empty(format!(
                    "{} {}: the folder holds files that are not of this site",
                    self.describe,
                    crate::text::printable(path)
                )))
            }
            Err(e) => Err(self.error("remove folder", path, &e)),
        }
    }

    async fn list_dir(&self, path: &str) -> TransportResult<Option<Vec<String>>> {
        super::checked(path)?;
        let root = self.root()?;
        match root.list(Some(Path::new(path))) {
            Ok(entries) => Ok(Some(
                entries
                    .into_iter()
                    .map(|(name, _, _)| name.to_string_lossy().into_owned())
                    .collect(),
            )),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(e) => Err(self.error("list", path, &e)),
        }
    }

    async fn remove_all(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        let owned = path.to_string();
        let describe = self.describe.clone();
        self.blocking(move |root| {
            root.remove_all(Path::new(&owned)).map_err(|e| {
                TransportError::permanent(format!(
                    "{describe} remove {}: {e}",
                    crate::text::printable(&owned)
                ))
            })
        })
        .await
    }

    async fn sweep_elsewhere(&self) -> TransportResult<Vec<String>> {
        let (Some(parent), Some(name)) = (self.path.parent(), self.path.file_name()) else {
            return Ok(Vec::new());
        };
        let (parent_path, prefix) = (parent.to_path_buf(), sibling_prefix(Path::new(name)));
        tokio::task::spawn_blocking(move || {
            let Ok(parent) = Root::open(&parent_path) else {
                return Ok(Vec::new());
            };
            let mut removed = Vec::new();
            // Trees an earlier push was building beside the mirror when it was killed: ours
            // by their name, and no release's.
            for (entry, kind, _) in parent.list(None).unwrap_or_default() {
                let entry = entry.to_string_lossy().into_owned();
                let ours = entry.strip_prefix(&prefix).is_some_and(|rest| {
                    rest.len() == 24 && rest.bytes().all(|b| b.is_ascii_hexdigit())
                });
                if kind == Kind::Dir && ours && parent.remove_all(Path::new(&entry)).is_ok() {
                    removed.push(crate::text::path(&parent_path.join(&entry)));
                }
            }
            Ok(removed)
        })
        .await
        .map_err(|e| TransportError::permanent(format!("directory: {e}")))?
    }

    async fn swap_release(&self, release: &WholeRelease<'_>) -> TransportResult<Swapped> {
        if !cfg!(target_os = "linux") {
            return Ok(Swapped::NotHere(
                "no exchange of two folders on this system".into(),
            ));
        }
        let job = TreeJob {
            mirror: self.path.clone(),
            dir: release.dir.to_path_buf(),
            paths: release.paths.clone(),
            send: release.send.clone(),
            drop: release.drop.clone(),
            previous: release.previous.cloned(),
            deadline: release.deadline,
            describe: self.describe.clone(),
        };
        let stopped = release.stop.clone();
        tokio::task::spawn_blocking(move || job.run(&stopped))
            .await
            .map_err(|e| TransportError::permanent(format!("directory: {e}")))?
    }
}

/// Building the new tree beside the mirror and exchanging the two, on a blocking thread.
struct TreeJob {
    mirror: PathBuf,
    dir: PathBuf,
    paths: BTreeSet<String>,
    send: BTreeSet<String>,
    drop: BTreeSet<String>,
    previous: Option<BTreeSet<String>>,
    deadline: std::time::Instant,
    describe: String,
}

/// Why the whole-tree swap is not possible here: the caller swaps file by file instead.
struct NotHere(String);

impl TreeJob {
    fn run(self, stopped: &tokio_util::sync::CancellationToken) -> TransportResult<Swapped> {
        let Some(parent_path) = self.mirror.parent().map(Path::to_path_buf) else {
            return Ok(Swapped::NotHere(
                "the mirror is the filesystem's root".into(),
            ));
        };
        let Some(name) = self.mirror.file_name().map(PathBuf::from) else {
            return Ok(Swapped::NotHere("the mirror's folder has no name".into()));
        };
        let io = |what: &str, e: std::io::Error| {
            TransportError::permanent(format!("{} {what}: {e}", self.describe))
        };
        let mirror = Root::open(&self.mirror).map_err(|e| io("open", e))?;
        let parent = match Root::open(&parent_path) {
            Ok(p) => p,
            Err(e) => return Ok(Swapped::NotHere(format!("its parent folder: {e}"))),
        };
        let (owner, mode) = mirror.owner_and_mode().map_err(|e| io("stat", e))?;
        if owner != rustix::process::geteuid().as_raw() {
            return Ok(Swapped::NotHere(
                "the folder belongs to another user".into(),
            ));
        }
        if mode & 0o022 != 0 {
            return Ok(Swapped::NotHere(
                "others may write in the folder, and a new tree would take their folders from them"
                    .into(),
            ));
        }
        if mirror.device().ok() != parent.device().ok() {
            return Ok(Swapped::NotHere("the folder is a mount point".into()));
        }
        let sibling = PathBuf::from(format!("{}{}", sibling_prefix(&name), super::random_name()));
        if let Err(e) = parent.create_dir_new(&sibling) {
            return Ok(Swapped::NotHere(format!(
                "cannot make a folder beside it ({e})"
            )));
        }
        let built = parent
            .subdir(&sibling)
            .map_err(|e| io("open", e))
            .and_then(|new| {
                let _ = new.set_mode(mode);
                self.build(&mirror, &new, stopped)
            });
        let (outcome, walked) = match built {
            Ok(Ok(built)) => built,
            Ok(Err(NotHere(why))) => {
                let _ = parent.remove_all(&sibling);
                return Ok(Swapped::NotHere(why));
            }
            Err(e) => {
                let _ = parent.remove_all(&sibling);
                return Err(e);
            }
        };
        if stopped.is_cancelled() || std::time::Instant::now() > self.deadline {
            let _ = parent.remove_all(&sibling);
            return Err(TransportError::permanent(
                "interrupted before this mirror's release was swapped in; it keeps its previous release",
            ));
        }
        // The switch: one system call.
        if let Err(e) = parent.exchange(&sibling, &name) {
            let _ = parent.remove_all(&sibling);
            return Ok(Swapped::NotHere(format!(
                "the filesystem cannot exchange folders ({e})"
            )));
        }
        let _ = parent.sync_dir(None);
        // Whatever someone added to the mirror while the new tree was being built is in the
        // old tree now: moved over to the new one, not deleted with the old.
        if let (Ok(old), Ok(new)) = (parent.subdir(&sibling), parent.subdir(&name)) {
            rescue_late_additions(&old, &new, &walked);
        }
        // The previous release now sits at the sibling's name: its blocks are freed here,
        // after the switch, not during it.
        let _ = parent.remove_all(&sibling);
        Ok(outcome)
    }

    /// Fill `new` from `old` and the local bundle; the counts for the report.
    fn build(
        &self,
        old: &Root,
        new: &Root,
        stopped: &tokio_util::sync::CancellationToken,
    ) -> TransportResult<Result<(Swapped, BTreeSet<PathBuf>), NotHere>> {
        let io = |what: &str, path: &Path, e: std::io::Error| {
            TransportError::permanent(format!(
                "{} {what} {}: {e}",
                self.describe,
                crate::text::path(path)
            ))
        };
        // Folders the new release needs, and the files it has.
        let needed_dirs = crate::push::dirs_of(self.paths.iter().map(String::as_str));
        // Folders the previous release had: made again only when something goes in them, so
        // a folder the new release empties is gone (someone else's empty folder stays).
        let previous_dirs =
            crate::push::dirs_of(self.previous.iter().flatten().map(String::as_str));
        let is_ours = |p: &str| {
            self.previous.as_ref().is_some_and(|prev| prev.contains(p)) || self.paths.contains(p)
        };
        let entries = old.walk().map_err(|e| io("read", Path::new(""), e))?;
        // A folder of another user's, or one others may write in, is shared: the new tree
        // would hand it to us and drop what they add while it is built.
        let me = rustix::process::geteuid().as_raw();
        if let Some(shared) = entries
            .iter()
            .find(|e| e.kind == Kind::Dir && (e.uid != me || e.mode & 0o022 != 0))
        {
            return Ok(Err(NotHere(format!(
                "{} is shared with other users",
                crate::text::path(&shared.path)
            ))));
        }
        let walked: BTreeSet<PathBuf> = entries.iter().map(|e| e.path.clone()).collect();
        let mut skipped_under: Option<PathBuf> = None;
        let mut present = BTreeSet::new();
        for entry in entries {
            if stopped.is_cancelled() {
                break;
            }
            if let Some(skip) = &skipped_under
                && entry.path.starts_with(skip)
            {
                continue;
            }
            let rel = entry.path.to_string_lossy().into_owned();
            // Our staging folder, and staged files of earlier versions of push, go.
            if entry.path.starts_with(STAGING_ROOT)
                || rel
                    .strip_suffix(".mirrorcast-partial")
                    .is_some_and(&is_ours)
            {
                if entry.kind == Kind::Dir {
                    skipped_under = Some(entry.path.clone());
                }
                continue;
            }
            match entry.kind {
                Kind::Dir if self.paths.contains(&rel) => {
                    // A folder where the release now has a file: it may hold only files of
                    // the previous release, which go with it.
                    let prev = self.previous.as_ref();
                    let foreign = old
                        .subdir(&entry.path)
                        .and_then(|d| d.walk())
                        .map_err(|e| io("read", &entry.path, e))?
                        .into_iter()
                        .find(|e| {
                            let full = entry.path.join(&e.path).to_string_lossy().into_owned();
                            e.kind != Kind::Dir && !prev.is_some_and(|p| p.contains(&full))
                        });
                    if let Some(f) = foreign {
                        return Err(TransportError::permanent(format!(
                            "{} {}: a folder holding {} (not of this site) where this release puts a file; move it away",
                            self.describe,
                            crate::text::printable(&rel),
                            crate::text::path(&entry.path.join(&f.path))
                        )));
                    }
                    skipped_under = Some(entry.path.clone());
                }
                // Folders are made as files go in them (links and writes make their folders).
                Kind::Dir if previous_dirs.contains(&rel) => {}
                Kind::Dir => {
                    new.create_dir_all(&entry.path)
                        .and_then(|()| new.subdir(&entry.path))
                        .and_then(|dir| dir.set_mode(entry.mode))
                        .map_err(|e| io("create folder", &entry.path, e))?;
                }
                _ if needed_dirs.contains(&rel) => {
                    // Something where the release needs a folder: a file of the previous
                    // release goes; anything else (a link, someone's file) stops the push.
                    if self.previous.as_ref().is_some_and(|p| p.contains(&rel))
                        && entry.kind == Kind::File
                    {
                        continue;
                    }
                    let what = if entry.kind == Kind::Link {
                        "a symbolic link (mirrorcast never writes through links)"
                    } else {
                        "something not of this site"
                    };
                    return Err(TransportError::permanent(format!(
                        "{} {}: {what} where this release needs a folder; remove it",
                        self.describe,
                        crate::text::printable(&rel)
                    )));
                }
                _ if self.drop.contains(&rel) => {}
                // A file of the release the mirror already has right: shared, if it is one.
                _ if self.paths.contains(&rel) => {
                    if entry.kind == Kind::File && !self.send.contains(&rel) {
                        if let Err(e) = old.link_to(&entry.path, new, &entry.path) {
                            return Ok(Err(NotHere(format!("cannot link {rel} ({e})"))));
                        }
                        present.insert(rel);
                    }
                }
                // Everything else is someone else's: kept as it is, links included.
                _ => {
                    if let Err(e) = old.link_to(&entry.path, new, &entry.path) {
                        return Ok(Err(NotHere(format!(
                            "cannot link {} ({e})",
                            crate::text::printable(&rel)
                        ))));
                    }
                }
            }
        }
        if stopped.is_cancelled() {
            return Err(TransportError::permanent(
                "interrupted before this mirror's release was swapped in; it keeps its previous release",
            ));
        }
        // Every file of the release that is not there yet is written from the bundle.
        let (mut files, mut bytes) = (0, 0);
        for path in &self.paths {
            if present.contains(path) {
                continue;
            }
            if stopped.is_cancelled() || std::time::Instant::now() > self.deadline {
                return Err(TransportError::permanent(
                    "interrupted before this mirror's release was swapped in; it keeps its previous release",
                ));
            }
            let rel = Path::new(path);
            let n = copy_new(new, rel, &self.dir.join(path)).map_err(|e| io("write", rel, e))?;
            files += 1;
            bytes += n;
        }
        // Folders flushed too, so the names survive a crash right after the switch.
        for entry in new.walk().map_err(|e| io("read", Path::new(""), e))? {
            if entry.kind == Kind::Dir {
                let _ = new.sync_dir(Some(&entry.path));
            }
        }
        let _ = new.sync_dir(None);
        Ok(Ok((
            Swapped::Done {
                files,
                bytes,
                deleted: self.drop.len() as u64,
                how: "the whole release went in at once (two folders exchanged)",
            },
            walked,
        )))
    }
}
