//! SFTP with an SSH key, through the system `ssh` (the `openssh` crate drives it, as OpenDAL's
//! SFTP service does) and `openssh-sftp-client`. We use them directly rather than through
//! OpenDAL because the server's key must be checked against a known_hosts file of our choosing
//! (`known-hosts` in mirrors.toml), which OpenDAL cannot pass on. An unknown or changed host key
//! is refused. One SSH connection carries every request, so stock sshd limits are never hit.
//!
//! The server resolves paths itself, so a link planted on it would be followed by any request
//! naming a path through it. Before a path is used, every component below the site's folder is
//! looked at with `lstat` and a link is refused (a folder seen to be a real folder once is not
//! looked at again within the push); staged files are created exclusively in a staging area of
//! unpredictable name, and renames and deletes act on a link itself, never on what it names.
//! What is left is a race with someone changing the server between our look and our request,
//! which no SFTP request can close.

use std::path::{Path, PathBuf};
use std::time::Duration;

use openssh::{KnownHosts, SessionBuilder};
use openssh_sftp_client::error::{Error as SftpError, SftpErrorKind};
use openssh_sftp_client::{Sftp, SftpOptions};

use futures_util::StreamExt as _;
use serde::Deserialize;
use toml::Spanned;

use super::{Backup, Body, Capabilities, Opening, Transport, TransportError, TransportResult};
use crate::config::Fields;
use crate::error::Result;

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
const PART: usize = 1 << 20;

/// `[mirror.sftp]`: an account on an SSH server, reached with a key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub host: String,
    pub port: u16,
    pub user: String,
    /// The site's directory on the server.
    pub path: String,
    pub key_file: PathBuf,
    /// A known_hosts file holding the server's key (else the user's own).
    pub known_hosts: Option<PathBuf>,
}

/// `[mirror.sftp]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    host: Spanned<String>,
    port: Option<Spanned<i64>>,
    user: Spanned<String>,
    path: Spanned<String>,
    key_file: Spanned<String>,
    known_hosts: Option<Spanned<String>>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        let port = match &self.port {
            Some(p) => u16::try_from(*p.get_ref())
                .ok()
                .filter(|&p| p > 0)
                .ok_or_else(|| f.fail(p.span(), "`port` must be 1 to 65535".into()))?,
            None => 22,
        };
        let path = f.line(&self.path, "path")?;
        if !path.starts_with('/') {
            return Err(f.fail(
                self.path.span(),
                format!(
                    "{}: `path` must be absolute on the server, e.g. \"/var/www/letter\"",
                    f.owner
                ),
            ));
        }
        Ok(Config {
            host: f.line(&self.host, "host")?,
            port,
            user: f.line(&self.user, "user")?,
            path,
            key_file: f.local(&self.key_file, "key-file")?,
            known_hosts: self
                .known_hosts
                .as_ref()
                .map(|k| f.local(k, "known-hosts"))
                .transpose()?,
        })
    }
}

/// The account as a transport; ssh keeps its control socket in the state folder.
pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    let sftp = SftpTransport::open(config.clone(), at.state).map_err(|e| at.failed(e))?;
    Ok(Box::new(sftp))
}

pub struct SftpTransport {
    target: Config,
    describe: String,
    /// Where ssh keeps its control socket.
    control: PathBuf,
    /// Connected on first use, inside the push (a failed connection fails this mirror only).
    sftp: tokio::sync::OnceCell<Sftp>,
    /// Folders below the site's folder seen to be real folders (not links) in this push.
    seen_dirs: std::sync::Mutex<std::collections::HashSet<String>>,
}

impl SftpTransport {
    pub fn open(target: Config, state: &Path) -> TransportResult<Self> {
        let describe = format!(
            "SFTP {}@{}:{}{}",
            target.user, target.host, target.port, target.path
        );
        if !target.key_file.is_file() {
            return Err(TransportError::permanent(format!(
                "{describe}: the key file {} does not exist",
                target.key_file.display()
            )));
        }
        if let Some(kh) = &target.known_hosts
            && !kh.is_file()
        {
            return Err(TransportError::permanent(format!(
                "{describe}: the known-hosts file {} does not exist; add the server's key with `ssh-keyscan -p {} {} >> {}`",
                kh.display(),
                target.port,
                target.host,
                kh.display()
            )));
        }
        let control = state.join("ssh");
        std::fs::create_dir_all(&control)
            .map_err(|e| TransportError::permanent(format!("{}: {e}", control.display())))?;
        Ok(SftpTransport {
            target,
            describe,
            control,
            sftp: tokio::sync::OnceCell::new(),
            seen_dirs: Default::default(),
        })
    }

    async fn sftp(&self) -> TransportResult<&Sftp> {
        self.sftp
            .get_or_try_init(|| async {
                let t = &self.target;
                let mut b = SessionBuilder::default();
                b.user(t.user.clone())
                    .port(t.port)
                    .keyfile(&t.key_file)
                    .known_hosts_check(KnownHosts::Strict)
                    .connect_timeout(CONNECT_TIMEOUT)
                    .control_directory(&self.control);
                if let Some(kh) = &t.known_hosts {
                    b.user_known_hosts_file(kh);
                }
                let session = b.connect_mux(&t.host).await.map_err(|e| {
                    // ssh's own words say why: refused, unknown host key, key not accepted.
                    let text = error_chain(&e);
                    TransportError::new(
                        text.contains("Connection refused")
                            || text.contains("timed out")
                            || text.contains("Connection reset"),
                        format!("{}: cannot connect: {text}", self.describe),
                    )
                })?;
                Sftp::from_session(session, SftpOptions::default())
                    .await
                    .map_err(|e| self.error("start sftp", "", &e))
            })
            .await
    }

    fn full(&self, path: &str) -> TransportResult<PathBuf> {
        Ok(Path::new(&self.target.path).join(super::checked(path)?))
    }

    fn error(&self, what: &str, path: &str, e: &SftpError) -> TransportError {
        let temporary = !matches!(e, SftpError::SftpError(..));
        let hint = match e {
            SftpError::SftpError(SftpErrorKind::PermDenied, _) => {
                "; check that the account may write there"
            }
            _ => "",
        };
        TransportError::new(
            temporary,
            format!(
                "{} {what} {}: {}{hint}",
                self.describe,
                crate::text::printable(path),
                crate::text::printable(&error_chain(e))
            ),
        )
    }

    async fn timed<T>(
        &self,
        what: &str,
        path: &str,
        op: impl std::future::Future<Output = Result<T, SftpError>>,
    ) -> TransportResult<T> {
        super::within(&self.describe, what, path, async {
            op.await.map_err(|e| self.error(what, path, &e))
        })
        .await
    }

    /// What `full` is on the server, not following a link: `None` when nothing is there.
    async fn lstat(
        &self,
        sftp: &Sftp,
        shown: &str,
        full: &Path,
    ) -> TransportResult<Option<openssh_sftp_client::metadata::FileType>> {
        let mut fs = sftp.fs();
        let stat = super::within(&self.describe, "lstat", shown, async {
            Ok(fs.symlink_metadata(full).await)
        });
        match stat.await? {
            Err(e) if missing(&e) => Ok(None),
            Err(e) => Err(self.error("lstat", shown, &e)),
            Ok(meta) => Ok(meta.file_type()),
        }
    }

    /// Refuse `path` if any folder on the way to it below the site's folder is a link (or not
    /// a folder); with `last`, the last component too. Returns the full path on the server.
    async fn no_links(&self, sftp: &Sftp, path: &str, last: bool) -> TransportResult<PathBuf> {
        let full = self.full(path)?;
        let parts: Vec<&str> = path.split('/').collect();
        let upto = if last { parts.len() } else { parts.len() - 1 };
        for n in 1..=upto {
            let prefix = parts[..n].join("/");
            let is_dir_on_the_way = n < parts.len();
            if is_dir_on_the_way
                && self
                    .seen_dirs
                    .lock()
                    .map(|s| s.contains(&prefix))
                    .unwrap_or(false)
            {
                continue;
            }
            match self.lstat(sftp, &prefix, &self.full(&prefix)?).await? {
                Some(t) if t.is_symlink() => {
                    return Err(TransportError::permanent(format!(
                        "{} {}: a symbolic link; mirrorcast never follows links on a mirror: remove it",
                        self.describe,
                        crate::text::printable(&prefix)
                    )));
                }
                Some(t) if is_dir_on_the_way && t.is_dir() => {
                    if let Ok(mut seen) = self.seen_dirs.lock() {
                        seen.insert(prefix);
                    }
                }
                _ => {}
            }
        }
        Ok(full)
    }

    /// Make the site's own folder, and those above it, where missing: a new mirror's folder
    /// need not exist yet. Links above it are the server owner's setup and are not judged.
    async fn make_root(&self, sftp: &Sftp) -> TransportResult<()> {
        let mut fs = sftp.fs();
        let root = PathBuf::from(&self.target.path);
        let shown = root.display().to_string();
        let meta = super::within(&self.describe, "stat", &shown, async {
            Ok(fs.metadata(&root).await)
        });
        match meta.await? {
            Ok(m) if m.file_type().is_some_and(|t| t.is_dir()) => return Ok(()),
            Ok(_) => {
                return Err(TransportError::permanent(format!(
                    "{} {shown}: not a folder; `path` in mirrors.toml must name the site's folder",
                    self.describe
                )));
            }
            Err(e) if missing(&e) => {}
            Err(e) => return Err(self.error("stat", &shown, &e)),
        }
        let mut dir = PathBuf::new();
        for part in root.components() {
            dir.push(part);
            if matches!(part, std::path::Component::RootDir) {
                continue;
            }
            let made = super::within(&self.describe, "mkdir", &shown, async {
                Ok(fs.create_dir(&dir).await)
            });
            if let Err(e) = made.await? {
                let exists = super::within(&self.describe, "stat", &shown, async {
                    Ok(fs.metadata(&dir).await)
                });
                if !matches!(exists.await?, Ok(m) if m.file_type().is_some_and(|t| t.is_dir())) {
                    return Err(TransportError::permanent(format!(
                        "{} {}: the site's folder does not exist and could not be made ({}); create it on the server, writable by {}",
                        self.describe,
                        dir.display(),
                        crate::text::printable(&error_chain(&e)),
                        self.target.user
                    )));
                }
            }
        }
        Ok(())
    }

    /// Remove the staging area `path`: its files (a link is removed, never followed), then
    /// itself. Staging areas are flat; a folder inside one is not ours, and stays (then so does
    /// the area, and the error says why).
    async fn remove_area(&self, sftp: &Sftp, path: &str) -> TransportResult<()> {
        let Some(names) = self.list_dir(path).await? else {
            return Ok(());
        };
        let full = self.no_links(sftp, path, true).await?;
        let mut fs = sftp.fs();
        for name in names {
            let child = full.join(&name);
            match fs.remove_file(&child).await {
                Ok(()) => {}
                Err(e) if missing(&e) => {}
                Err(e) => return Err(self.error("delete", &format!("{path}/{name}"), &e)),
            }
        }
        match fs.remove_dir(&full).await {
            Err(e) if !missing(&e) => Err(self.error("remove folder", path, &e)),
            _ => Ok(()),
        }
    }
}

fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(cause) = source {
        text = format!("{text}: {cause}");
        source = cause.source();
    }
    text.chars().take(500).collect()
}

fn missing(e: &SftpError) -> bool {
    matches!(e, SftpError::SftpError(SftpErrorKind::NoSuchFile, _))
}

#[async_trait::async_trait]
impl super::Streamed for SftpTransport {
    fn describe(&self) -> &str {
        &self.describe
    }

    async fn read_into(
        &self,
        path: &str,
        cap: u64,
        sink: &mut (dyn for<'c> FnMut(&'c [u8]) -> bool + Send),
    ) -> TransportResult<bool> {
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, true).await?;
        let mut fs = sftp.fs();
        // A missing file is an answer, not an error.
        let stat = super::within(&self.describe, "stat", path, async {
            Ok(fs.symlink_metadata(&full).await)
        });
        let meta = match stat.await? {
            Err(e) if missing(&e) => return Ok(false),
            result => result.map_err(|e| self.error("stat", path, &e))?,
        };
        if !meta.file_type().is_some_and(|t| t.is_file()) {
            return Err(TransportError::permanent(format!(
                "{} {}: not a regular file",
                self.describe,
                crate::text::printable(path)
            )));
        }
        if meta.len().unwrap_or(0) > cap {
            return Err(TransportError::too_large(format!(
                "{} {path} is larger than any genuine one",
                self.describe
            )));
        }
        // Read in parts, never past `cap`: the size the server announced is its word only.
        let file = self.timed("open", path, sftp.open(&full)).await?;
        let read = super::within(&self.describe, "read", path, async {
            use tokio::io::AsyncReadExt as _;
            let compat = Box::pin(openssh_sftp_client::file::TokioCompatFile::new(file));
            let mut limited = compat.take(cap + 1);
            let mut part = vec![0; 1 << 16];
            loop {
                let n = limited.read(&mut part).await.map_err(|e| {
                    TransportError::temporary(format!("{} read {path}: {e}", self.describe))
                })?;
                if n == 0 || !sink(&part[..n]) {
                    return Ok(());
                }
            }
        });
        read.await?;
        Ok(true)
    }
}

#[async_trait::async_trait]
impl Transport for SftpTransport {
    fn capabilities(&self) -> Capabilities {
        Capabilities::FILE_SYSTEM
    }

    async fn prepare(&self) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        self.make_root(sftp).await
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        super::read_streamed(self, path, cap).await
    }

    async fn hash(&self, path: &str, size: u64) -> TransportResult<Option<(Option<String>, u64)>> {
        super::hash_streamed(self, path, size).await
    }

    async fn write(&self, path: &str, body: Body) -> TransportResult<()> {
        use futures_util::StreamExt as _;
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, false).await?;
        let mut chunks = std::pin::pin!(body.into_chunks(PART).await?);
        // Exclusive: never an existing file, never through a link standing at the name.
        let mut options = sftp.options();
        options.write(true).create_new(true);
        let mut file = self.timed("create", path, options.open(&full)).await?;
        while let Some(chunk) = chunks.next().await {
            let chunk = chunk.map_err(|e| {
                TransportError::permanent(format!("reading what to write at {path}: {e}"))
            })?;
            self.timed("write", path, file.write_all(&chunk)).await?;
        }
        if sftp.support_fsync() {
            self.timed("fsync", path, file.sync_all()).await?;
        }
        self.timed("close", path, file.close()).await
    }

    async fn create_dir(&self, path: &str, exclusive: bool) -> TransportResult<bool> {
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, false).await?;
        let mut fs = sftp.fs();
        let made = super::within(&self.describe, "mkdir", path, async {
            Ok(fs.create_dir(&full).await)
        });
        match made.await? {
            Ok(()) => {
                if let Ok(mut seen) = self.seen_dirs.lock() {
                    seen.insert(path.to_string());
                }
                Ok(true)
            }
            // Already there (servers say Failure for that): fine if it is a real folder.
            Err(e) => match self.lstat(sftp, path, &full).await? {
                Some(t) if t.is_dir() && !exclusive => {
                    if let Ok(mut seen) = self.seen_dirs.lock() {
                        seen.insert(path.to_string());
                    }
                    Ok(false)
                }
                Some(t) if t.is_symlink() => Err(TransportError::permanent(format!(
                    "{} {}: a symbolic link; mirrorcast never follows links on a mirror: remove it",
                    self.describe,
                    crate::text::printable(path)
                ))),
                Some(t) if !t.is_dir() => Err(TransportError::permanent(format!(
                    "{} {}: a file stands where a folder is needed",
                    self.describe,
                    crate::text::printable(path)
                ))),
                _ => Err(self.error("mkdir", path, &e)),
            },
        }
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        let from_full = self.no_links(sftp, from, false).await?;
        let to_full = self.no_links(sftp, to, false).await?;
        let mut fs = sftp.fs();
        // posix-rename replaces atomically; plain SFTP rename refuses an existing target, so
        // without the extension the old file goes first (a moment without it, never a partial one).
        if !sftp.support_posix_rename() {
            match fs.remove_file(&to_full).await {
                Err(e) if !missing(&e) => return Err(self.error("delete", to, &e)),
                _ => {}
            }
        }
        self.timed("rename", from, fs.rename(&from_full, &to_full))
            .await
    }

    async fn backup(&self, from: &str, to: &str) -> TransportResult<Backup> {
        let sftp = self.sftp().await?;
        let from_full = self.no_links(sftp, from, true).await?;
        match self.lstat(sftp, from, &from_full).await? {
            None => return Ok(Backup::Nothing),
            Some(t) if t.is_dir() => {
                return Err(TransportError::permanent(format!(
                    "{} {}: a folder where this release puts a file; move it away",
                    self.describe,
                    crate::text::printable(from)
                )));
            }
            Some(_) if !sftp.support_hardlink() => return Ok(Backup::Cannot),
            Some(_) => {}
        }
        let to_full = self.no_links(sftp, to, false).await?;
        let mut fs = sftp.fs();
        let linked = super::within(&self.describe, "link", from, async {
            Ok(fs.hard_link(&from_full, &to_full).await)
        });
        match linked.await? {
            Ok(()) => Ok(Backup::Kept),
            Err(e) if missing(&e) => Ok(Backup::Nothing),
            Err(e) => Err(self.error("link", from, &e)),
        }
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, false).await?;
        let mut fs = sftp.fs();
        let removed = super::within(&self.describe, "delete", path, async {
            Ok(fs.remove_file(full).await)
        });
        match removed.await? {
            Err(e) if missing(&e) => Ok(()),
            result => result.map_err(|e| self.error("delete", path, &e)),
        }
    }

    async fn remove_dir(&self, path: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, true).await?;
        // Some servers remove a file when asked to remove a folder of its name.
        if !self
            .lstat(sftp, path, &full)
            .await?
            .is_some_and(|t| t.is_dir())
        {
            return Ok(());
        }
        let mut fs = sftp.fs();
        let removed = super::within(&self.describe, "remove folder", path, async {
            Ok(fs.remove_dir(&full).await)
        });
        match removed.await? {
            Ok(()) => Ok(()),
            Err(e) if missing(&e) => Ok(()),
            // SFTP says only "failure" for a folder that is not empty: look.
            Err(e) => {
                let listed = self.list_dir(path).await?;
                if listed.is_some_and(|l| !l.is_empty()) {
                    Err(TransportError::not_empty(format!(
                        "{} {}: the folder holds files that are not of this site",
                        self.describe,
                        crate::text::printable(path)
                    )))
                } else {
                    Err(self.error("remove folder", path, &e))
                }
            }
        }
    }

    async fn list_dir(&self, path: &str) -> TransportResult<Option<Vec<String>>> {
        let sftp = self.sftp().await?;
        let full = self.no_links(sftp, path, true).await?;
        let mut fs = sftp.fs();
        let dir = match fs.open_dir(&full).await {
            Ok(d) => d,
            Err(e) if missing(&e) => return Ok(None),
            Err(e) => return Err(self.error("list", path, &e)),
        };
        // Only folders of ours are listed (the staging folder, a folder to remove): far fewer
        // entries than this, whatever a server sends.
        const MAX_ENTRIES: usize = 100_000;
        let entries = super::within(&self.describe, "list", path, async {
            Ok(dir
                .read_dir()
                .take(MAX_ENTRIES + 3)
                .collect::<Vec<_>>()
                .await)
        })
        .await?;
        if entries.len() > MAX_ENTRIES + 2 {
            return Err(TransportError::permanent(format!(
                "{} {}: more than {MAX_ENTRIES} entries",
                self.describe,
                crate::text::printable(path)
            )));
        }
        let mut names = Vec::new();
        for entry in entries {
            let entry = entry.map_err(|e| self.error("list", path, &e))?;
            let name = entry.filename().to_string_lossy().into_owned();
            if name != "." && name != ".." {
                names.push(name);
            }
        }
        Ok(Some(names))
    }

    async fn remove_all(&self, path: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        super::within(&self.describe, "remove", path, self.remove_area(sftp, path)).await
    }
}
