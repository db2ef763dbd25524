//! SFTP with an SSH key, through the system `ssh` (the `openssh` crate drives it, as OpenDAL's
//! SFTP service does) and `openssh-sftp-client`. We use them directly rather than through
//! OpenDAL because the server's key must be checked against a known_hosts file of our choosing
//! (`known-hosts` in mirrors.toml), which OpenDAL cannot pass on. An unknown or changed host key
//! is refused. One SSH connection carries every request, so stock sshd limits are never hit.

use std::path::{Path, PathBuf};
use std::time::Duration;

use openssh::{KnownHosts, SessionBuilder};
use openssh_sftp_client::error::{Error as SftpError, SftpErrorKind};
use openssh_sftp_client::{Sftp, SftpOptions};

use super::{Capabilities, Transport, TransportError, TransportResult};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(15);
const PART: usize = 1 << 20;

pub struct SftpTarget {
    pub host: String,
    pub port: u16,
    pub user: String,
    /// The site's directory on the server.
    pub path: String,
    pub key_file: PathBuf,
    pub known_hosts: Option<PathBuf>,
}

pub struct SftpTransport {
    target: SftpTarget,
    describe: String,
    /// Where ssh keeps its control socket.
    control: PathBuf,
    /// Connected on first use, inside the push (a failed connection fails this mirror only).
    sftp: tokio::sync::OnceCell<Sftp>,
}

impl SftpTransport {
    pub fn open(target: SftpTarget, state: &Path) -> TransportResult<Self> {
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
                    TransportError {
                        temporary: text.contains("Connection refused")
                            || text.contains("timed out")
                            || text.contains("Connection reset"),
                        message: format!("{}: cannot connect: {text}", self.describe),
                    }
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
        TransportError {
            temporary,
            message: format!(
                "{} {what} {path}: {}",
                self.describe,
                crate::safe_fs::printable(&error_chain(e))
            ),
        }
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

    /// `mkdir -p` of the file's directory, below the site's directory.
    async fn make_parents(&self, sftp: &Sftp, path: &str) -> TransportResult<()> {
        let mut dir = PathBuf::from(&self.target.path);
        let Some(parent) = Path::new(path).parent() else {
            return Ok(());
        };
        let mut fs = sftp.fs();
        for part in parent.components() {
            dir.push(part);
            match fs.create_dir(&dir).await {
                Ok(()) => {}
                // Already there (servers say Failure for that): fine if it is a directory.
                Err(_) => {
                    let meta = self
                        .timed("stat", &dir.display().to_string(), fs.metadata(&dir))
                        .await?;
                    if meta.file_type().is_some_and(|t| !t.is_dir()) {
                        return Err(TransportError::permanent(format!(
                            "{} {} exists and is not a directory",
                            self.describe,
                            dir.display()
                        )));
                    }
                }
            }
        }
        Ok(())
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
impl Transport for SftpTransport {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: true,
            atomic_release: false,
        }
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        let sftp = self.sftp().await?;
        let full = self.full(path)?;
        let mut fs = sftp.fs();
        // A missing file is an answer, not an error.
        let stat = super::within(&self.describe, "stat", path, async {
            Ok(fs.metadata(&full).await)
        });
        let meta = match stat.await? {
            Err(e) if missing(&e) => return Ok(None),
            result => result.map_err(|e| self.error("stat", path, &e))?,
        };
        if meta.len().unwrap_or(0) > cap {
            return Err(TransportError::permanent(format!(
                "{} {path} is larger than any genuine one",
                self.describe
            )));
        }
        let bytes = self.timed("read", path, fs.read(&full)).await?;
        if bytes.len() as u64 > cap {
            return Err(TransportError::permanent(format!(
                "{} {path} is larger than any genuine one",
                self.describe
            )));
        }
        Ok(Some(bytes.to_vec()))
    }

    async fn write(&self, path: &str, from: &Path) -> TransportResult<()> {
        use tokio::io::AsyncReadExt as _;
        let sftp = self.sftp().await?;
        self.make_parents(sftp, path).await?;
        let local =
            |e: std::io::Error| TransportError::permanent(format!("{}: {e}", from.display()));
        let mut source = tokio::fs::File::open(from).await.map_err(local)?;
        let full = self.full(path)?;
        let mut file = self.timed("create", path, sftp.create(&full)).await?;
        let mut part = vec![0; PART];
        loop {
            let n = source.read(&mut part).await.map_err(local)?;
            if n == 0 {
                break;
            }
            self.timed("write", path, file.write_all(&part[..n]))
                .await?;
        }
        self.timed("close", path, file.close()).await
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        let mut fs = sftp.fs();
        // posix-rename replaces atomically; plain SFTP rename refuses an existing target, so
        // without the extension the old file goes first (a moment without it, never a partial one).
        if !sftp.support_posix_rename() {
            match fs.remove_file(self.full(to)?).await {
                Err(e) if !missing(&e) => return Err(self.error("delete", to, &e)),
                _ => {}
            }
        }
        self.timed("rename", from, fs.rename(self.full(from)?, self.full(to)?))
            .await
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        let sftp = self.sftp().await?;
        let mut fs = sftp.fs();
        let full = self.full(path)?;
        let removed = super::within(&self.describe, "delete", path, async {
            Ok(fs.remove_file(full).await)
        });
        match removed.await? {
            Err(e) if missing(&e) => Ok(()),
            result => result.map_err(|e| self.error("delete", path, &e)),
        }
    }
}
