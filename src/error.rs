//! The library's error type.
//!
//! Policy, in the spirit of rustic and OpenDAL:
//! - every error a user can cause (bad content, a broken config file, a missing key, a wrong
//!   password) says *what* went wrong, *where* (file, and line when we know it) and *what to do*;
//! - nothing panics on input: parse, validate, and return one of these;
//! - secrets (secret keys, passwords) are never part of an error's text: errors carry paths and
//!   key ids, never key material;
//! - I/O errors keep their path, because "No such file or directory" alone helps nobody.
//!
//! The binary adds no context of its own beyond printing the chain and mapping to an exit code.

use std::path::{Path, PathBuf};

/// Everything that can go wrong in the library.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{}: {source}", crate::text::path(path))]
    Io {
        path: PathBuf,
        #[source]
        source: std::io::Error,
    },

    /// A configuration or content file is malformed. `location` is `file:line:column` when known.
    #[error("{location}: {message}")]
    Config { location: String, message: String },

    #[error("{0}")]
    Content(String),

    #[error("{0}")]
    Key(String),

    #[error("{0}")]
    Release(String),

    #[error("{0}")]
    Usage(String),

    /// An IPFS node or pinning service failed or misbehaved; the text names which one.
    #[error("{0}")]
    Ipfs(String),

    /// The local history of verification runs could not be read or written.
    #[error(transparent)]
    History(#[from] crate::history::HistoryError),
}

crate::report::word_enum! {
    /// What kind of failure an error is. Callers decide on this (the exit code, `--json`'s
    /// `kind`, and next the mirror daemon's HTTP statuses), never on the message. A copy's own
    /// faults (bad signature, older release, another site, too large) are not errors but
    /// results: see `release::acceptance::Rejection` and `transport::Failure`.
    pub enum ErrorKind {
        /// Bad flags, a missing environment variable, nothing to do: fix the command.
        Usage = "usage",
        /// mirrors.toml or site.toml is malformed: the message names file, line and column.
        Config = "config",
        /// Something in content/ cannot be bundled.
        Content = "content",
        /// A key is missing, unreadable, of another publisher, or its password is wrong.
        Key = "key",
        /// The release number is refused (already used for other content, or lower).
        Release = "release",
        /// A file or folder named is not there.
        NotFound = "not-found",
        /// Reading or writing a local file failed otherwise.
        Io = "io",
        /// An IPFS node or pinning service failed.
        Ipfs = "ipfs",
        /// The history of verify runs could not be read or written.
        History = "history",
    }
}

impl Error {
    pub fn kind(&self) -> ErrorKind {
        match self {
            Error::Io { source, .. } if source.kind() == std::io::ErrorKind::NotFound => {
                ErrorKind::NotFound
            }
            Error::Io { .. } => ErrorKind::Io,
            Error::Config { .. } => ErrorKind::Config,
            Error::Content(_) => ErrorKind::Content,
            Error::Key(_) => ErrorKind::Key,
            Error::Release(_) => ErrorKind::Release,
            Error::Usage(_) => ErrorKind::Usage,
            Error::Ipfs(_) => ErrorKind::Ipfs,
            Error::History(_) => ErrorKind::History,
        }
    }

    /// The exit code this error calls for: 2, for every kind (the job did not run to the end;
    /// 1 is for a job that ran and found a problem).
    pub fn exit_code(&self) -> u8 {
        2
    }

    pub(crate) fn io(path: impl AsRef<Path>, source: std::io::Error) -> Self {
        Error::Io {
            path: path.as_ref().to_path_buf(),
            source,
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Attach a path to an I/O result.
pub(crate) trait IoContext<T> {
    fn at(self, path: impl AsRef<Path>) -> Result<T>;
}

impl<T> IoContext<T> for std::io::Result<T> {
    fn at(self, path: impl AsRef<Path>) -> Result<T> {
        self.map_err(|e| Error::io(path, e))
    }
}
