//! Transports: how a mirror is written to. One trait, one file per kind of storage, and a
//! description of what each can do so that `push` uses the safest order the storage allows.

pub mod dir;
pub mod git;
pub mod s3;
pub mod sftp;
pub mod storage;
pub mod webdav;

use std::path::Path;

use crate::config::{Mirror, TransportConfig, secret_from_env};
use crate::error::{Error, Result};

/// What a transport can do beyond plain writes and deletes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Capabilities {
    /// Files can be written under a temporary name and renamed into place, so a reader sees
    /// either the old file or the new one, never a partial one.
    pub rename: bool,
    /// All changes become visible at once, in [`Transport::finish`] (a git commit and push).
    pub atomic_release: bool,
}

/// Why an operation failed, and whether trying again can help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportError {
    pub temporary: bool,
    /// What failed, for people; never a secret.
    pub message: String,
}

impl TransportError {
    pub fn temporary(message: impl Into<String>) -> Self {
        TransportError {
            temporary: true,
            message: message.into(),
        }
    }

    pub fn permanent(message: impl Into<String>) -> Self {
        TransportError {
            temporary: false,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub type TransportResult<T> = std::result::Result<T, TransportError>;

/// A path a transport may touch: a plain relative bundle path (or its staging name), never one
/// that climbs out of the mirror or names an absolute place.
pub fn checked(path: &str) -> TransportResult<&str> {
    if crate::site::content::bundle_path(Path::new(path)).as_deref() == Some(path) {
        Ok(path)
    } else {
        Err(TransportError::permanent(format!(
            "refusing the path {:?}: not a plain path inside the bundle",
            crate::safe_fs::printable(path)
        )))
    }
}

/// One mirror's storage. Paths are the bundle's relative paths (`en/index.html`).
#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    fn capabilities(&self) -> Capabilities;

    /// A small file (the manifest and its signature), or `None` when there is none; never more
    /// than `cap` bytes.
    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>>;

    /// Write the local file `from` at `path`, creating directories as needed.
    async fn write(&self, path: &str, from: &Path) -> TransportResult<()>;

    /// Move `from` to `to`, replacing `to`. Only called when `capabilities().rename`.
    async fn rename(&self, from: &str, to: &str) -> TransportResult<()>;

    /// Delete `path`; a file already gone is not an error.
    async fn delete(&self, path: &str) -> TransportResult<()>;

    /// Make the release visible where that is a separate step (git: commit and push).
    async fn finish(&self, _message: &str) -> TransportResult<()> {
        Ok(())
    }
}

/// The transport of `mirror`, with its secrets read from the environment; `None` for a mirror
/// without one. `state` holds local working copies (git clones).
pub fn open(mirror: &Mirror, state: &Path) -> Result<Option<(Box<dyn Transport>, &'static str)>> {
    let owner = format!("mirror {:?}", mirror.name);
    let failed = |e: TransportError| Error::Usage(format!("{owner}: {}", e.message));
    let Some(config) = &mirror.transport else {
        return Ok(None);
    };
    let opened: (Box<dyn Transport>, &'static str) = match config {
        // An unmounted drive must not turn into a new folder on the local disk; it fails this
        // mirror alone.
        TransportConfig::Dir { path } if !path.is_dir() => (
            Box::new(Unavailable(format!(
                "directory {}: not there; is the drive mounted? (for a new mirror, create the folder once)",
                path.display()
            ))),
            "dir",
        ),
        TransportConfig::Dir { path } => (Box::new(dir::open(path).map_err(failed)?), "dir"),
        TransportConfig::Webdav {
            endpoint,
            username,
            password_env,
        } => {
            let password = password_env
                .as_ref()
                .map(|v| secret_from_env(v, &owner))
                .transpose()?;
            (
                Box::new(
                    webdav::open(endpoint, username.as_deref(), password.as_ref())
                        .map_err(failed)?,
                ),
                "webdav",
            )
        }
        TransportConfig::S3 {
            endpoint,
            bucket,
            region,
            prefix,
            virtual_host_style,
            access_key_id_env,
            secret_access_key_env,
        } => {
            let key_id = secret_from_env(access_key_id_env, &owner)?;
            let secret = secret_from_env(secret_access_key_env, &owner)?;
            let target = s3::S3Target {
                endpoint,
                bucket,
                region,
                prefix,
                virtual_host_style: *virtual_host_style,
            };
            (
                Box::new(s3::open(&target, &key_id, &secret).map_err(failed)?),
                "s3",
            )
        }
        TransportConfig::Sftp {
            host,
            port,
            user,
            path,
            key_file,
            known_hosts,
        } => {
            let target = sftp::SftpTarget {
                host: host.clone(),
                port: *port,
                user: user.clone(),
                path: path.clone(),
                key_file: key_file.clone(),
                known_hosts: known_hosts.clone(),
            };
            (
                Box::new(sftp::SftpTransport::open(target, state).map_err(failed)?),
                "sftp",
            )
        }
        TransportConfig::Git { repository, branch } => {
            // One clone per mirror, named by a hash so any mirror name is a safe directory name.
            let dir = state
                .join("git")
                .join(&crate::hash::sha256_hex(mirror.name.as_bytes())[..16]);
            (
                Box::new(
                    git::GitTransport::open(repository, branch, &dir)
                        .map_err(|e| Error::Usage(format!("{owner}: {}", e.message)))?,
                ),
                "git",
            )
        }
    };
    Ok(Some(opened))
}

/// A mirror that cannot be reached at all: every operation fails with the reason.
struct Unavailable(String);

#[async_trait::async_trait]
impl Transport for Unavailable {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: false,
            atomic_release: false,
        }
    }
    async fn read(&self, _: &str, _: u64) -> TransportResult<Option<Vec<u8>>> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn write(&self, _: &str, _: &Path) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn rename(&self, _: &str, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn delete(&self, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
}

/// The longest one operation on one file may take before it counts as a temporary failure.
pub(super) const OPERATION_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(300);

/// `op` within [`OPERATION_TIMEOUT`]; no answer in time is a temporary failure, named after
/// the storage (`describe`), the operation and the path.
pub(super) async fn within<T>(
    describe: &str,
    what: &str,
    path: &str,
    op: impl std::future::Future<Output = TransportResult<T>>,
) -> TransportResult<T> {
    tokio::time::timeout(OPERATION_TIMEOUT, op)
        .await
        .unwrap_or_else(|_| {
            Err(TransportError::temporary(format!(
                "{describe} {what} {path}: no answer within {} s",
                OPERATION_TIMEOUT.as_secs()
            )))
        })
}
