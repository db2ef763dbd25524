//! One way to touch a tree we did not write: a mirror, a bundle someone handed us, `content/`
//! from a contributor, a local copy.
//!
//! Every open, create, rename, link and delete goes through a [`Root`]: a directory handle, and
//! a relative path below it that is walked one component at a time, each directory opened with
//! `O_NOFOLLOW | O_DIRECTORY` and the last component opened, created, renamed or removed
//! relative to its parent's handle without following it. A link anywhere on the way
//! (`en -> ../outside`, `index.html.tmp -> ~/.ssh/id_ed25519`) is an error, never followed;
//! `..`, absolute and empty components are refused before any system call. Only the root itself
//! is opened the usual way: it is the user's own choice (a path in `mirrors.toml` or on the
//! command line), and `/var/www` is a link on many systems.
//!
//! Why per component rather than Linux's `openat2(RESOLVE_BENEATH | RESOLVE_NO_SYMLINKS)`: for
//! paths without `..` (ours never have one) it gives the same guarantee, on every Unix and every
//! kernel, including containers whose seccomp filter refuses `openat2`. Once a directory is
//! open, the rest of the walk is relative to its handle, so a directory swapped for a link after
//! we opened it cannot redirect the rest of the operation.

use std::ffi::{OsStr, OsString};
use std::fs::File;
use std::io;
use std::os::fd::{AsFd, BorrowedFd, OwnedFd};
use std::os::unix::ffi::OsStrExt as _;
use std::path::{Component, Path, PathBuf};

use rustix::fs::{AtFlags, FileType, Mode, OFlags};
use rustix::io::Errno;

/// Directories we create: readable by a web server running as another user, whatever the umask.
pub const DIR_MODE: u32 = 0o755;
/// Files we create, for the same reason.
pub const FILE_MODE: u32 = 0o644;
/// Deeper than any bundle; a hostile tree may be arbitrarily deep.
const MAX_DEPTH: usize = 256;

const DIR_FLAGS: OFlags = OFlags::RDONLY
    .union(OFlags::DIRECTORY)
    .union(OFlags::NOFOLLOW)
    .union(OFlags::CLOEXEC);

/// What an entry is, never looking through a link.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    File,
    Dir,
    Link,
    /// A FIFO, socket or device.
    Other,
}

/// An entry found by [`Root::walk`].
#[derive(Debug, Clone)]
pub struct Entry {
    /// Relative to the root.
    pub path: PathBuf,
    pub kind: Kind,
    /// The size of a regular file (0 for anything else).
    pub size: u64,
    /// Permission bits.
    pub mode: u32,
    /// The owner's user id.
    pub uid: u32,
}

/// What `lstat` says of an entry.
#[derive(Debug, Clone, Copy)]
struct Stat {
    kind: Kind,
    size: u64,
    mode: u32,
    uid: u32,
}

/// Why reading a file of the tree gave no bytes.
#[derive(Debug)]
pub enum ReadError {
    Missing,
    /// A link, a FIFO, a device, a directory; or a link on the way to it.
    NotAFile,
    TooLarge,
    Io(io::Error),
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ReadError::Missing => f.write_str("missing"),
            ReadError::NotAFile => f.write_str("not a regular file (a link, a folder or a device)"),
            ReadError::TooLarge => f.write_str("larger than any genuine one"),
            ReadError::Io(e) => write!(f, "{e}"),
        }
    }
}

/// A directory whose subtree is touched without following links.
pub struct Root {
    fd: OwnedFd,
    path: PathBuf,
}

impl std::fmt::Debug for Root {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Root({})", self.path.display())
    }
}

/// The error for a link met where a directory or file was expected.
fn link_error(what: &OsStr) -> io::Error {
    io::Error::other(format!(
        "{}: a symbolic link; mirrorcast never follows links inside a tree it did not write",
        crate::text::shown(&what.to_string_lossy())
    ))
}

/// Whether an error is the refusal of a link.
pub fn is_link_refusal(e: &io::Error) -> bool {
    e.to_string().contains("never follows links") || e.raw_os_error() == Some(libc::ELOOP)
}

fn io(e: Errno) -> io::Error {
    e.into()
}

/// The plain components of a relative path; anything else is refused.
fn parts(rel: &Path) -> io::Result<Vec<&OsStr>> {
    let mut out = Vec::new();
    for c in rel.components() {
        match c {
            Component::Normal(p) if !p.as_bytes().contains(&0) => out.push(p),
            _ => {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    format!(
                        "{}: not a plain path inside the tree",
                        crate::text::shown(&rel.to_string_lossy())
                    ),
                ));
            }
        }
    }
    if out.is_empty() {
        return Err(io::Error::new(io::ErrorKind::InvalidInput, "an empty path"));
    }
    Ok(out)
}

fn kind_of(file_type: FileType) -> Kind {
    match file_type {
        FileType::RegularFile => Kind::File,
        FileType::Directory => Kind::Dir,
        FileType::Symlink => Kind::Link,
        _ => Kind::Other,
    }
}

/// Open the directory `name` in `dir`, refusing a link.
fn open_dir_at(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<OwnedFd> {
    rustix::fs::openat(dir, name, DIR_FLAGS, Mode::empty()).map_err(|e| match e {
        Errno::LOOP => link_error(name),
        // Linux says "not a directory" for a link opened with O_DIRECTORY | O_NOFOLLOW.
        Errno::NOTDIR if matches!(stat_at(dir, name), Ok(Some((Kind::Link, _)))) => {
            link_error(name)
        }
        e => io(e),
    })
}

/// The kind and size of `name` in `dir`, not following it; `None` when there is none.
fn stat_at(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<Option<(Kind, u64)>> {
    Ok(lstat_at(dir, name)?.map(|s| (s.kind, s.size)))
}

fn lstat_at(dir: BorrowedFd<'_>, name: &OsStr) -> io::Result<Option<Stat>> {
    match rustix::fs::statat(dir, name, AtFlags::SYMLINK_NOFOLLOW) {
        Ok(st) => {
            let kind = kind_of(FileType::from_raw_mode(st.st_mode));
            let size = if kind == Kind::File {
                st.st_size as u64
            } else {
                0
            };
            Ok(Some(Stat {
                kind,
                size,
                mode: st.st_mode & 0o7777,
                uid: st.st_uid,
            }))
        }
        Err(Errno::NOENT) => Ok(None),
        Err(e) => Err(io(e)),
    }
}

impl Root {
    /// Open `path` as a root. The root itself may be reached through a link (the user named it);
    /// nothing below it is.
    pub fn open(path: &Path) -> io::Result<Root> {
        let fd = rustix::fs::open(
            path,
            OFlags::RDONLY | OFlags::DIRECTORY | OFlags::CLOEXEC,
            Mode::empty(),
        )
        .map_err(io)?;
        Ok(Root {
            fd,
            path: path.to_path_buf(),
        })
    }

    /// Open `path` as a root, refusing a link at its last component as well.
    pub fn open_no_follow(path: &Path) -> io::Result<Root> {
        let fd = rustix::fs::open(path, DIR_FLAGS, Mode::empty()).map_err(|e| {
            if e == Errno::LOOP || e == Errno::NOTDIR {
                match std::fs::symlink_metadata(path) {
                    Ok(m) if m.file_type().is_symlink() => link_error(path.as_os_str()),
                    _ => io(e),
                }
            } else {
                io(e)
            }
        })?;
        Ok(Root {
            fd,
            path: path.to_path_buf(),
        })
    }

    /// Where the root is, for messages.
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Run `op` with the handle of the directory holding `rel`'s last component, and that
    /// component. With `create`, missing directories on the way are made.
    fn at<T>(
        &self,
        rel: &Path,
        create: bool,
        op: impl FnOnce(BorrowedFd<'_>, &OsStr) -> io::Result<T>,
    ) -> io::Result<T> {
        let parts = parts(rel)?;
        let (last, dirs) = parts.split_last().expect("parts are never empty");
        let mut held: Option<OwnedFd> = None;
        for part in dirs {
            let base = held.as_ref().map_or(self.fd.as_fd(), AsFd::as_fd);
            let next = match open_dir_at(base, part) {
                Err(e) if create && e.kind() == io::ErrorKind::NotFound => {
                    match rustix::fs::mkdirat(base, *part, Mode::from_raw_mode(DIR_MODE)) {
                        Ok(()) | Err(Errno::EXIST) => {}
                        Err(e) => return Err(io(e)),
                    }
                    let fd = open_dir_at(base, part)?;
                    // The umask must not make a mirror's folders unreadable to its web server.
                    let _ = rustix::fs::fchmod(&fd, Mode::from_raw_mode(DIR_MODE));
                    fd
                }
                other => other?,
            };
            held = Some(next);
        }
        let base = held.as_ref().map_or(self.fd.as_fd(), AsFd::as_fd);
        op(base, last)
    }

    /// Open a regular file for reading: not a link, not a FIFO (opened without blocking), not
    /// a device, with no link on the way.
    pub fn open_regular(&self, rel: &Path) -> Result<File, ReadError> {
        let opened = self.at(rel, false, |dir, name| {
            rustix::fs::openat(
                dir,
                name,
                OFlags::RDONLY | OFlags::NOFOLLOW | OFlags::NONBLOCK | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map_err(io)
        });
        let fd = opened.map_err(|e| match e.raw_os_error() {
            Some(libc::ENOENT) | Some(libc::ENOTDIR) => ReadError::Missing,
            Some(libc::ELOOP) => ReadError::NotAFile,
            _ if is_link_refusal(&e) => ReadError::NotAFile,
            _ => ReadError::Io(e),
        })?;
        let file = File::from(fd);
        let meta = file.metadata().map_err(ReadError::Io)?;
        if !meta.is_file() {
            return Err(ReadError::NotAFile);
        }
        Ok(file)
    }

    /// Read a regular file of at most `cap` bytes.
    pub fn read_regular(&self, rel: &Path, cap: u64) -> Result<Vec<u8>, ReadError> {
        let file = self.open_regular(rel)?;
        crate::safe_fs::read_capped(file, cap).map_err(|e| match e {
            Some(e) => ReadError::Io(e),
            None => ReadError::TooLarge,
        })
    }

    /// What `rel` is, without following it; `None` when nothing is there (or a directory on the
    /// way is missing).
    pub fn kind(&self, rel: &Path) -> io::Result<Option<(Kind, u64)>> {
        match self.at(rel, false, stat_at) {
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT) | Some(libc::ENOTDIR)) => {
                Ok(None)
            }
            other => other,
        }
    }

    /// Make the directory `rel` and every missing one above it. A file or link in the way is an
    /// error.
    pub fn create_dir_all(&self, rel: &Path) -> io::Result<()> {
        self.at(rel, true, |dir, name| {
            match rustix::fs::mkdirat(dir, name, Mode::from_raw_mode(DIR_MODE)) {
                Ok(()) => {
                    let fd = open_dir_at(dir, name)?;
                    let _ = rustix::fs::fchmod(&fd, Mode::from_raw_mode(DIR_MODE));
                    Ok(())
                }
                Err(Errno::EXIST) => match stat_at(dir, name)? {
                    Some((Kind::Dir, _)) => Ok(()),
                    Some((Kind::Link, _)) => Err(link_error(name)),
                    _ => Err(io::Error::new(
                        io::ErrorKind::AlreadyExists,
                        format!(
                            "{}: a file where a folder is needed",
                            crate::text::shown(&rel.to_string_lossy())
                        ),
                    )),
                },
                Err(e) => Err(io(e)),
            }
        })
    }

    /// Create a new file at `rel` (never an existing one, never through a link), making the
    /// directories above it, with `mode` whatever the umask.
    pub fn create_new(&self, rel: &Path, mode: u32) -> io::Result<File> {
        self.at(rel, true, |dir, name| {
            let fd = rustix::fs::openat(
                dir,
                name,
                OFlags::WRONLY | OFlags::CREATE | OFlags::EXCL | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::from_raw_mode(mode),
            )
            .map_err(io)?;
            rustix::fs::fchmod(&fd, Mode::from_raw_mode(mode)).map_err(io)?;
            Ok(File::from(fd))
        })
    }

    /// Open the regular file at `rel` to add to its end (never through a link): a resumed
    /// upload.
    pub fn open_append(&self, rel: &Path) -> io::Result<File> {
        let file = self.at(rel, false, |dir, name| {
            rustix::fs::openat(
                dir,
                name,
                OFlags::WRONLY | OFlags::APPEND | OFlags::NOFOLLOW | OFlags::CLOEXEC,
                Mode::empty(),
            )
            .map(File::from)
            .map_err(io)
        })?;
        if !file.metadata()?.is_file() {
            return Err(io::Error::other(format!(
                "{}: not a regular file",
                crate::text::shown(&rel.to_string_lossy())
            )));
        }
        Ok(file)
    }

    /// Make a directory that must not exist yet (a staging area).
    pub fn create_dir_new(&self, rel: &Path) -> io::Result<()> {
        self.at(rel, true, |dir, name| {
            rustix::fs::mkdirat(dir, name, Mode::from_raw_mode(DIR_MODE)).map_err(io)?;
            let fd = open_dir_at(dir, name)?;
            let _ = rustix::fs::fchmod(&fd, Mode::from_raw_mode(DIR_MODE));
            Ok(())
        })
    }

    /// Rename `from` to `to` (both below this root), replacing a file at `to`. Neither end is
    /// followed: a link at `to` is replaced, not written through.
    pub fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.at(from, false, |from_dir, from_name| {
            self.at(to, false, |to_dir, to_name| {
                rustix::fs::renameat(from_dir, from_name, to_dir, to_name).map_err(io)
            })
        })
    }

    /// Swap `a` and `b` (below this root) in one step: `renameat2(RENAME_EXCHANGE)`.
    #[cfg(target_os = "linux")]
    pub fn exchange(&self, a: &Path, b: &Path) -> io::Result<()> {
        self.at(a, false, |a_dir, a_name| {
            self.at(b, false, |b_dir, b_name| {
                rustix::fs::renameat_with(
                    a_dir,
                    a_name,
                    b_dir,
                    b_name,
                    rustix::fs::RenameFlags::EXCHANGE,
                )
                .map_err(io)
            })
        })
    }

    /// Move the entry `from` (a folder with what is in it, a file, a link) to `to` in `target`,
    /// a root on the same filesystem; a link is moved, never followed.
    pub fn rename_to(&self, from: &Path, target: &Root, to: &Path) -> io::Result<()> {
        self.at(from, false, |from_dir, from_name| {
            target.at(to, true, |to_dir, to_name| {
                rustix::fs::renameat(from_dir, from_name, to_dir, to_name).map_err(io)
            })
        })
    }

    /// Give the file (or link, never followed) at `from` a second name `to` in `target`.
    pub fn link_to(&self, from: &Path, target: &Root, to: &Path) -> io::Result<()> {
        self.at(from, false, |from_dir, from_name| {
            target.at(to, true, |to_dir, to_name| {
                rustix::fs::linkat(from_dir, from_name, to_dir, to_name, AtFlags::empty())
                    .map_err(io)
            })
        })
    }

    /// Make a symbolic link at `rel` (which must not exist) pointing at `target`, as written.
    pub fn symlink(&self, target: &str, rel: &Path) -> io::Result<()> {
        self.at(rel, true, |dir, name| {
            rustix::fs::symlinkat(target, dir, name).map_err(io)
        })
    }

    /// What the symbolic link at `rel` points at, as written (it is read, never followed).
    pub fn read_link(&self, rel: &Path) -> io::Result<OsString> {
        self.at(rel, false, |dir, name| {
            rustix::fs::readlinkat(dir, name, Vec::new())
                .map(|t| OsStr::from_bytes(t.as_bytes()).to_os_string())
                .map_err(io)
        })
    }

    /// Delete the file (or link, or FIFO) at `rel`; `NotFound` when there is none.
    pub fn remove_file(&self, rel: &Path) -> io::Result<()> {
        self.at(rel, false, |dir, name| {
            rustix::fs::unlinkat(dir, name, AtFlags::empty()).map_err(io)
        })
    }

    /// Delete the empty directory `rel`.
    pub fn remove_dir(&self, rel: &Path) -> io::Result<()> {
        self.at(rel, false, |dir, name| {
            rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR).map_err(io)
        })
    }

    /// Delete `rel` and, if it is a directory, everything in it; links inside are removed, never
    /// followed. Nothing there is not an error.
    pub fn remove_all(&self, rel: &Path) -> io::Result<()> {
        match self.at(rel, false, |dir, name| remove_all_at(dir, name, 0)) {
            Err(e) if matches!(e.raw_os_error(), Some(libc::ENOENT) | Some(libc::ENOTDIR)) => {
                Ok(())
            }
            other => other,
        }
    }

    /// Open the directory `rel` as a root of its own.
    pub fn subdir(&self, rel: &Path) -> io::Result<Root> {
        let fd = self.at(rel, false, open_dir_at)?;
        Ok(Root {
            fd,
            path: self.path.join(rel),
        })
    }

    /// Flush the directory `rel` (or the root, for `None`) to disk, so the names in it survive
    /// a crash.
    pub fn sync_dir(&self, rel: Option<&Path>) -> io::Result<()> {
        match rel {
            None => rustix::fs::fsync(&self.fd).map_err(io),
            Some(rel) => {
                let dir = self.subdir(rel)?;
                rustix::fs::fsync(&dir.fd).map_err(io)
            }
        }
    }

    /// The device the root is on (a mount point's root differs from its parent's).
    pub fn device(&self) -> io::Result<u64> {
        let st = rustix::fs::fstat(&self.fd).map_err(io)?;
        Ok(st.st_dev as u64)
    }

    /// Set the root's permission bits.
    pub fn set_mode(&self, mode: u32) -> io::Result<()> {
        rustix::fs::fchmod(&self.fd, Mode::from_raw_mode(mode)).map_err(io)
    }

    /// The root's owner and permission bits.
    pub fn owner_and_mode(&self) -> io::Result<(u32, u32)> {
        let st = rustix::fs::fstat(&self.fd).map_err(io)?;
        Ok((st.st_uid, st.st_mode & 0o7777))
    }

    /// The names in the directory `rel` (the root for `None`), with their kinds.
    pub fn list(&self, rel: Option<&Path>) -> io::Result<Vec<(OsString, Kind, u64)>> {
        let held;
        let dir = match rel {
            None => self.fd.as_fd(),
            Some(rel) => {
                held = self.at(rel, false, open_dir_at)?;
                held.as_fd()
            }
        };
        list_at(dir)
    }

    /// Every entry below the root, parents before their contents; links and other non-files
    /// are listed, never entered. Errors below the root end the walk. One folder is open at a
    /// time (each is opened again from the root when its turn comes), so a tree with more
    /// folders than the process may open files is walked all the same.
    pub fn walk(&self) -> io::Result<Vec<Entry>> {
        let mut out = Vec::new();
        let mut stack: Vec<(PathBuf, usize)> = vec![(PathBuf::new(), 0)];
        while let Some((prefix, depth)) = stack.pop() {
            let names = if prefix.as_os_str().is_empty() {
                list_with_stat(self.fd.as_fd())?
            } else {
                let dir = self.at(&prefix, false, open_dir_at)?;
                list_with_stat(dir.as_fd())?
            };
            for (name, stat) in names {
                let path = prefix.join(&name);
                if stat.kind == Kind::Dir {
                    if depth + 1 >= MAX_DEPTH {
                        return Err(io::Error::other(format!(
                            "{}: folders nested more than {MAX_DEPTH} deep",
                            crate::text::shown(&path.to_string_lossy())
                        )));
                    }
                    stack.push((path.clone(), depth + 1));
                }
                out.push(Entry {
                    path,
                    kind: stat.kind,
                    size: stat.size,
                    mode: stat.mode,
                    uid: stat.uid,
                });
            }
        }
        // Parents before their contents, in path order.
        out.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(out)
    }
}

/// The entries of an open directory with what `lstat` says of each, never following links.
fn list_with_stat(dir: BorrowedFd<'_>) -> io::Result<Vec<(OsString, Stat)>> {
    let fd = rustix::fs::openat(dir, ".", DIR_FLAGS, Mode::empty()).map_err(io)?;
    let entries = rustix::fs::Dir::new(fd).map_err(io)?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(io)?;
        let name = entry.file_name().to_bytes();
        if name == b"." || name == b".." {
            continue;
        }
        let name = OsStr::from_bytes(name).to_os_string();
        // d_type is not filled in on every filesystem, and never carries the size.
        if let Some(stat) = lstat_at(dir, &name)? {
            out.push((name, stat));
        }
    }
    Ok(out)
}

/// The entries of an open directory, with kinds and file sizes, never following links.
fn list_at(dir: BorrowedFd<'_>) -> io::Result<Vec<(OsString, Kind, u64)>> {
    Ok(list_with_stat(dir)?
        .into_iter()
        .map(|(name, s)| (name, s.kind, s.size))
        .collect())
}

fn remove_all_at(dir: BorrowedFd<'_>, name: &OsStr, depth: usize) -> io::Result<()> {
    match stat_at(dir, name)? {
        None => Ok(()),
        Some((Kind::Dir, _)) => {
            if depth >= MAX_DEPTH {
                return Err(io::Error::other("folders nested too deep to delete"));
            }
            let sub = open_dir_at(dir, name)?;
            for (child, _, _) in list_at(sub.as_fd())? {
                remove_all_at(sub.as_fd(), &child, depth + 1)?;
            }
            match rustix::fs::unlinkat(dir, name, AtFlags::REMOVEDIR) {
                Ok(()) | Err(Errno::NOENT) => Ok(()),
                Err(e) => Err(io(e)),
            }
        }
        Some(_) => match rustix::fs::unlinkat(dir, name, AtFlags::empty()) {
            Ok(()) | Err(Errno::NOENT) => Ok(()),
            Err(e) => Err(io(e)),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::{Read as _, Write as _};
    use std::os::unix::fs::symlink;

    fn setup() -> (tempfile::TempDir, Root) {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::create_dir_all(dir.path().join("tree/en")).expect("mkdir");
        std::fs::create_dir_all(dir.path().join("outside")).expect("mkdir");
        std::fs::write(dir.path().join("outside/victim.txt"), "victim").expect("write");
        std::fs::write(dir.path().join("tree/en/index.html"), "page").expect("write");
        let root = Root::open(&dir.path().join("tree")).expect("open the tree");
        (dir, root)
    }

    #[test]
    fn links_are_refused_at_every_component() {
        let (dir, root) = setup();
        symlink(dir.path().join("outside"), dir.path().join("tree/ru")).expect("symlink");
        symlink(
            dir.path().join("outside/victim.txt"),
            dir.path().join("tree/en/link.txt"),
        )
        .expect("symlink");
        // Through a linked directory: nothing read, written, made or deleted outside.
        assert!(matches!(
            root.open_regular(Path::new("ru/victim.txt")),
            Err(ReadError::NotAFile)
        ));
        assert!(root.create_new(Path::new("ru/new.txt"), 0o644).is_err());
        assert!(root.create_dir_all(Path::new("ru/sub")).is_err());
        assert!(root.remove_file(Path::new("ru/victim.txt")).is_err());
        assert!(
            root.rename(Path::new("en/index.html"), Path::new("ru/victim.txt"))
                .is_err()
        );
        // A link as the last component: not opened, not created through, replaced by a rename.
        assert!(matches!(
            root.open_regular(Path::new("en/link.txt")),
            Err(ReadError::NotAFile)
        ));
        assert!(root.create_new(Path::new("en/link.txt"), 0o644).is_err());
        let mut f = root
            .create_new(Path::new("en/staged"), FILE_MODE)
            .expect("create");
        f.write_all(b"new").expect("write");
        drop(f);
        root.rename(Path::new("en/staged"), Path::new("en/link.txt"))
            .expect("rename");
        assert_eq!(
            std::fs::read_to_string(dir.path().join("outside/victim.txt")).expect("read"),
            "victim"
        );
        let mut text = String::new();
        root.open_regular(Path::new("en/link.txt"))
            .expect("open")
            .read_to_string(&mut text)
            .expect("read");
        assert_eq!(text, "new");
        // remove_all removes the link, not what it points to.
        root.remove_all(Path::new("ru")).expect("remove");
        assert!(dir.path().join("outside/victim.txt").exists());
        for bad in [
            "../outside/victim.txt",
            "/etc/passwd",
            "",
            "en/../en/index.html",
        ] {
            assert!(root.kind(Path::new(bad)).is_err(), "{bad}");
        }
    }

    #[test]
    fn walk_lists_without_entering_links() {
        let (dir, root) = setup();
        symlink(dir.path().join("outside"), dir.path().join("tree/out")).expect("symlink");
        let entries = root.walk().expect("walk");
        let names: Vec<(String, Kind)> = entries
            .iter()
            .map(|e| (e.path.display().to_string(), e.kind))
            .collect();
        assert_eq!(
            names,
            [
                ("en".to_string(), Kind::Dir),
                ("en/index.html".to_string(), Kind::File),
                ("out".to_string(), Kind::Link),
            ]
        );
        assert_eq!(entries[1].size, 4);
    }

    #[test]
    fn create_new_never_replaces() {
        let (_dir, root) = setup();
        assert!(root.create_new(Path::new("en/index.html"), 0o644).is_err());
        root.create_dir_all(Path::new("a/b/c"))
            .expect("create folders");
        assert_eq!(
            root.kind(Path::new("a/b")).expect("kind"),
            Some((Kind::Dir, 0))
        );
        assert!(root.create_dir_all(Path::new("en/index.html/x")).is_err());
    }
}
