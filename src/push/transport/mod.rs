//! Transports: how a mirror is written to. One trait, one file per kind of storage, and a
//! description of what each can do so that `push` uses the safest order the storage allows.

pub mod git;

use std::path::Path;

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
