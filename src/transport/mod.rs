//! Where copies live: how a mirror is written to ([`Transport`]) and how any copy is read
//! ([`source::Source`]). One file per kind of storage, and a description of what each can do so
//! that `push` uses the safest order the storage allows.

pub mod dir;
pub mod git;
pub mod http;
pub mod mirrorcast;
pub mod s3;
pub mod sftp;
pub mod source;
pub mod storage;
pub mod webdav;

use std::path::Path;

use crate::config::{Mirror, secret_from_env};
use crate::error::{Error, Result};

/// What a transport can do beyond plain writes and deletes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct Capabilities {
    /// Files can be written under a temporary name and moved into place, so a reader sees
    /// either the old file or the new one, never a partial one.
    pub rename: bool,
    /// All changes become visible at once, in [`Transport::finish`] (a git commit and push).
    pub atomic_release: bool,
    /// The storage has folders of its own, which must exist before files go in them and can
    /// stand in the way of a file (S3 has only keys).
    pub folders: bool,
}

impl Capabilities {
    /// A file system, local or remote (a folder, WebDAV, SFTP): folders, and renames.
    pub const FILE_SYSTEM: Capabilities = Capabilities {
        rename: true,
        atomic_release: false,
        folders: true,
    };
}

/// How an operation failed, which decides what the caller does next.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Failure {
    /// Trying again may help (a timeout, a reset, a 503).
    Temporary,
    /// It will fail the same way again.
    Permanent,
    /// A folder that was to be removed holds something.
    NotEmpty,
    /// A file is larger than any genuine one could be: hostile, or not ours. It will fail the
    /// same way again.
    TooLarge,
    /// The storage refused the credentials (HTTP 401 or 403, access denied).
    Credentials,
    /// The storage does not offer this operation here (HTTP 405).
    Unsupported,
}

/// Why an operation failed, and whether trying again can help.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TransportError {
    pub failure: Failure,
    /// What failed, for people; never a secret.
    pub message: String,
}

impl TransportError {
    pub fn temporary(message: impl Into<String>) -> Self {
        TransportError {
            failure: Failure::Temporary,
            message: message.into(),
        }
    }

    pub fn permanent(message: impl Into<String>) -> Self {
        TransportError {
            failure: Failure::Permanent,
            message: message.into(),
        }
    }

    pub fn not_empty(message: impl Into<String>) -> Self {
        TransportError {
            failure: Failure::NotEmpty,
            message: message.into(),
        }
    }

    pub fn too_large(message: impl Into<String>) -> Self {
        TransportError {
            failure: Failure::TooLarge,
            message: message.into(),
        }
    }

    /// With another kind (the failure decides what the caller does, never the message).
    pub fn with(failure: Failure, message: impl Into<String>) -> Self {
        TransportError {
            failure,
            message: message.into(),
        }
    }

    /// Temporary when `temporary`, else permanent.
    pub fn new(temporary: bool, message: impl Into<String>) -> Self {
        if temporary {
            Self::temporary(message)
        } else {
            Self::permanent(message)
        }
    }

    pub fn is_temporary(&self) -> bool {
        self.failure == Failure::Temporary
    }
}

impl std::fmt::Display for TransportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

pub type TransportResult<T> = std::result::Result<T, TransportError>;

/// The folder at a mirror's root that holds push's staging areas, and nothing else of ours.
pub const STAGING_ROOT: &str = ".mirrorcast";
/// Staging areas are `.mirrorcast/staging-<random>`.
pub const STAGING_PREFIX: &str = "staging-";

/// A path a transport may touch: a plain relative bundle path, or a path inside the staging
/// folder; never one that climbs out of the mirror or names an absolute place. Bundle paths
/// never start with a dot, so the two can never be confused.
pub fn checked(path: &str) -> TransportResult<&str> {
    let plain = |p: &str| crate::site::content::bundle_path(Path::new(p)).as_deref() == Some(p);
    let staged = path == STAGING_ROOT
        || path
            .strip_prefix(STAGING_ROOT)
            .and_then(|rest| rest.strip_prefix('/'))
            .is_some_and(plain);
    if plain(path) || staged {
        Ok(path)
    } else {
        Err(TransportError::permanent(format!(
            "refusing the path {:?}: not a plain path inside the bundle",
            crate::text::printable(path)
        )))
    }
}

/// A new staging area's path: unpredictable, so nobody can plant anything at it in advance.
pub fn new_staging_area() -> String {
    format!("{STAGING_ROOT}/{STAGING_PREFIX}{}", random_name())
}

/// 24 hex digits from the system's randomness: a name nobody can guess in advance.
pub fn random_name() -> String {
    crate::hash::hex(&random_bytes::<12>())
}

/// `N` (at most 32) bytes from the system's randomness.
pub(crate) fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes).unwrap_or_else(|_| {
        // No system randomness: the clock's nanoseconds and our pid are still not guessable
        // far in advance, and creation is exclusive anyway.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let mixed = crate::hash::sha256(format!("{nanos}:{}", std::process::id()).as_bytes());
        bytes.copy_from_slice(&mixed[..N]);
    });
    bytes
}

/// A storage that reads a file in chunks: `read` and `hash` follow from it, once, here.
#[async_trait::async_trait]
pub(crate) trait Streamed: Sync {
    /// The file at `path` in chunks to `sink` until `sink` says stop (false), never starting
    /// one announced larger than `cap`; false when there is no file.
    async fn read_into(
        &self,
        path: &str,
        cap: u64,
        sink: &mut (dyn for<'c> FnMut(&'c [u8]) -> bool + Send),
    ) -> TransportResult<bool>;

    /// How the storage is named in messages.
    fn describe(&self) -> &str;
}

/// [`Transport::read`] of a [`Streamed`] storage: whole, never past `cap`.
pub(crate) async fn read_streamed(
    storage: &impl Streamed,
    path: &str,
    cap: u64,
) -> TransportResult<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    let found = storage
        .read_into(path, cap, &mut |chunk: &[u8]| {
            bytes.extend_from_slice(chunk);
            bytes.len() as u64 <= cap
        })
        .await?;
    if !found {
        return Ok(None);
    }
    if bytes.len() as u64 > cap {
        return Err(TransportError::too_large(format!(
            "{} {path} is larger than any genuine one",
            storage.describe()
        )));
    }
    Ok(Some(bytes))
}

/// [`Transport::hash`] of a [`Streamed`] storage: chunk by chunk, never held whole.
pub(crate) async fn hash_streamed(
    storage: &impl Streamed,
    path: &str,
    size: u64,
) -> TransportResult<Option<(Option<String>, u64)>> {
    let mut hasher = Hasher::new(size);
    match storage
        .read_into(path, size, &mut |chunk: &[u8]| hasher.feed(chunk))
        .await
    {
        Ok(true) => Ok(hasher.finish()),
        Ok(false) => Ok(None),
        Err(e) if e.failure == Failure::TooLarge => Ok(Some((None, size + 1))),
        Err(e) => Err(e),
    }
}

/// Hashes what a streaming read hands it, up to `size` bytes; past that it only counts.
struct Hasher {
    sha: sha2::Sha256,
    size: u64,
    read: u64,
}

impl Hasher {
    fn new(size: u64) -> Self {
        use sha2::Digest as _;
        Hasher {
            sha: sha2::Sha256::new(),
            size,
            read: 0,
        }
    }

    /// Take a chunk; false once more than `size` bytes came (stop reading).
    fn feed(&mut self, chunk: &[u8]) -> bool {
        use sha2::Digest as _;
        self.read += chunk.len() as u64;
        if self.read > self.size {
            return false;
        }
        self.sha.update(chunk);
        true
    }

    /// What [`Transport::hash`] returns for what was fed.
    fn finish(self) -> Option<(Option<String>, u64)> {
        use sha2::Digest as _;
        let hex = (self.read <= self.size).then(|| crate::hash::hex(&self.sha.finalize()));
        Some((hex, self.read))
    }
}

/// What a transport writes: `size` bytes from a stream. A local file keeps its path, so
/// storages that copy inside the kernel (a folder) or hash a file in place (git) still can.
pub struct Body {
    pub size: u64,
    from: From,
}

enum From {
    File(std::path::PathBuf),
    Stream(std::pin::Pin<Box<dyn tokio::io::AsyncRead + Send + Sync>>),
}

impl Body {
    /// The local file `path`, as it is now.
    pub fn file(path: &Path) -> TransportResult<Body> {
        let size = std::fs::metadata(path)
            .map_err(|e| TransportError::permanent(format!("{}: {e}", crate::text::path(path))))?
            .len();
        Ok(Body {
            size,
            from: From::File(path.to_path_buf()),
        })
    }

    /// `size` bytes from `stream` (an upload, another copy); more or fewer is an error.
    pub fn stream(size: u64, stream: impl tokio::io::AsyncRead + Send + Sync + 'static) -> Body {
        Body {
            size,
            from: From::Stream(Box::pin(stream)),
        }
    }

    /// The local file the bytes come from, when they do.
    pub fn local_file(&self) -> Option<&Path> {
        match &self.from {
            From::File(path) => Some(path),
            From::Stream(_) => None,
        }
    }

    /// The bytes in chunks of at most `chunk`, exactly `size` of them: a stream that ends
    /// early, or goes on past `size`, ends in an error.
    pub async fn into_chunks(
        self,
        chunk: usize,
    ) -> TransportResult<impl futures_util::Stream<Item = std::io::Result<Vec<u8>>> + Send + Sync>
    {
        let reader: std::pin::Pin<Box<dyn tokio::io::AsyncRead + Send + Sync>> = match self.from {
            From::File(path) => Box::pin(tokio::fs::File::open(&path).await.map_err(|e| {
                TransportError::permanent(format!("{}: {e}", crate::text::path(&path)))
            })?),
            From::Stream(stream) => stream,
        };
        let chunk = chunk.max(1);
        Ok(futures_util::stream::unfold(
            Some((reader, self.size)),
            move |state| async move {
                use tokio::io::AsyncReadExt as _;
                let (mut reader, left) = state?;
                // One byte more than is due, to see a stream that goes on.
                let want = usize::try_from(left).map_or(chunk, |l| l.min(chunk)).max(1);
                let mut buf = vec![0; want];
                match reader.read(&mut buf).await {
                    Ok(0) if left == 0 => None,
                    Ok(0) => Some((
                        Err(std::io::Error::new(
                            std::io::ErrorKind::UnexpectedEof,
                            format!("the stream ended {left} bytes early"),
                        )),
                        None,
                    )),
                    Ok(n) if n as u64 > left => Some((
                        Err(std::io::Error::other(
                            "the stream holds more bytes than it said",
                        )),
                        None,
                    )),
                    Ok(n) => {
                        buf.truncate(n);
                        Some((Ok(buf), Some((reader, left - n as u64))))
                    }
                    Err(e) => Some((Err(e), None)),
                }
            },
        ))
    }
}

/// What [`Transport::backup`] found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backup {
    /// A file was there; its copy is kept.
    Kept,
    /// Nothing was there.
    Nothing,
    /// The storage cannot keep copies: whatever was there is not known.
    Cannot,
}

/// What [`Transport::swap_release`] did.
pub enum Swapped {
    /// The storage cannot put a whole release in place at once (or not here, now): the caller
    /// stages and swaps file by file.
    NotHere(String),
    /// The release is in place: how many files and bytes were written, how many dropped, and
    /// how it went in, for the report.
    Done {
        files: u64,
        bytes: u64,
        deleted: u64,
        how: &'static str,
    },
}

/// A whole release for [`Transport::swap_release`].
pub struct WholeRelease<'a> {
    /// The local bundle.
    pub dir: &'a Path,
    /// Every path of the new release (the four list and signature files included).
    pub paths: &'a std::collections::BTreeSet<String>,
    /// Files to write even if the mirror has them (changed, or all with `--full`).
    pub send: &'a std::collections::BTreeSet<String>,
    /// Files of the previous release (a genuine manifest) that this one drops.
    pub drop: &'a std::collections::BTreeSet<String>,
    /// Every file of the previous release, when it was genuine.
    pub previous: Option<&'a std::collections::BTreeSet<String>>,
    /// Set when the user interrupts: give up before the switch.
    pub stop: &'a tokio_util::sync::CancellationToken,
    /// Give up before the switch once this has passed.
    pub deadline: std::time::Instant,
}

/// One mirror's storage. Paths are the bundle's relative paths (`en/index.html`) or paths in
/// the staging folder; a transport never follows a link it finds on the mirror.
#[async_trait::async_trait]
pub trait Transport: Send + Sync {
    fn capabilities(&self) -> Capabilities;

    /// Get ready: connect, and make the mirror's own folder where it is missing (or say
    /// precisely why it cannot be made).
    async fn prepare(&self) -> TransportResult<()> {
        Ok(())
    }

    /// A small file (the manifest and its signature), or `None` when there is none; never more
    /// than `cap` bytes.
    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>>;

    /// The SHA-256 of the file at `path` and the bytes read, reading no more than `size` of them
    /// (plus what shows there are more: then no hash); `None` when there is no file. Storages
    /// that can stream do, so a large attachment is never held whole.
    async fn hash(&self, path: &str, size: u64) -> TransportResult<Option<(Option<String>, u64)>> {
        match self.read(path, size).await {
            Ok(Some(bytes)) => Ok(Some((
                Some(crate::hash::sha256_hex(&bytes)),
                bytes.len() as u64,
            ))),
            Ok(None) => Ok(None),
            Err(e) if e.failure == Failure::TooLarge => Ok(Some((None, size + 1))),
            Err(e) => Err(e),
        }
    }

    /// Write `body` at `path`. Its folder exists; a staged file is new.
    async fn write(&self, path: &str, body: Body) -> TransportResult<()>;

    /// Make the folder `path`, whose parent exists; whether it was made now. With `exclusive`,
    /// one already there is an error (a staging area must be new); otherwise a folder there is
    /// fine (`Ok(false)`), a file is not.
    async fn create_dir(&self, path: &str, exclusive: bool) -> TransportResult<bool>;

    /// Move `from` to `to`, replacing a file at `to`. Only called when `capabilities().rename`.
    async fn rename(&self, from: &str, to: &str) -> TransportResult<()>;

    /// Keep a copy of the file `from` at `to` (a hard link where the storage has them), so a
    /// failed swap can put it back; and so learn whether there is a file at `from`. A folder
    /// at `from` is an error: the release puts a file there, and someone else's folder is not
    /// for it to replace.
    async fn backup(&self, _from: &str, _to: &str) -> TransportResult<Backup> {
        Ok(Backup::Cannot)
    }

    /// Delete the file `path`; a file already gone is not an error.
    async fn delete(&self, path: &str) -> TransportResult<()>;

    /// Remove the folder `path` if it is empty ([`Failure::NotEmpty`] if not); gone is fine.
    async fn remove_dir(&self, path: &str) -> TransportResult<()>;

    /// The names in the folder `path`, or `None` when there is no such folder.
    async fn list_dir(&self, path: &str) -> TransportResult<Option<Vec<String>>>;

    /// Remove the folder `path` and everything in it (only ever a staging area of ours).
    async fn remove_all(&self, path: &str) -> TransportResult<()>;

    /// Remove what an interrupted push left outside the staging folder (the directory
    /// transport's half-built trees beside the mirror); what was removed, for the report.
    async fn sweep_elsewhere(&self) -> TransportResult<Vec<String>> {
        Ok(Vec::new())
    }

    /// Put the whole release in place at once, where the storage can (see [`Swapped`]).
    async fn swap_release(&self, _release: &WholeRelease<'_>) -> TransportResult<Swapped> {
        Ok(Swapped::NotHere("this storage swaps file by file".into()))
    }

    /// Make the release visible where that is a separate step (git: commit and push).
    async fn finish(&self, _message: &str) -> TransportResult<()> {
        Ok(())
    }
}

/// Declares every kind of storage a mirror can be written to, from one list: the settings enum
/// ([`TransportConfig`]), the names reports use ([`TransportKind`]), the `[mirror.KIND]` tables
/// mirrors.toml accepts, and how each is opened. Each kind's module owns its settings, their
/// checks (`Raw::check`) and its opening (`connect`); adding a kind is that module and one line
/// in the list below.
macro_rules! storage_kinds {
    ($($(#[$doc:meta])* $variant:ident = $module:ident, $word:literal;)+) => {
        /// How a mirror is written to. Secrets are named environment variables, never values.
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub enum TransportConfig {
            $($(#[$doc])* $variant($module::Config),)+
        }

        crate::report::word_enum! {
            /// How a mirror is written to.
            pub enum TransportKind {
                $($variant = $word,)+
                /// No transport: the mirror updates itself.
                None = "none",
            }
        }

        /// One `[mirror.KIND]` table of mirrors.toml, as written.
        pub(crate) enum RawTransport {
            $($variant(toml::Spanned<$module::Raw>),)+
        }

        impl RawTransport {
            /// The table names mirrors.toml accepts under `[[mirror]]`.
            pub(crate) const NAMES: &[&str] = &[$($word),+];

            /// Read the table under key `key` of a `[[mirror]]`.
            pub(crate) fn next_value<'de, A: serde::de::MapAccess<'de>>(
                key: &str,
                map: &mut A,
            ) -> std::result::Result<Self, A::Error> {
                match key {
                    $($word => map.next_value().map(Self::$variant),)+
                    _ => Err(serde::de::Error::custom(format!("no storage kind is named `{key}`"))),
                }
            }

            pub(crate) fn span(&self) -> std::ops::Range<usize> {
                match self {
                    $(Self::$variant(raw) => raw.span(),)+
                }
            }

            pub(crate) fn check(self, f: &crate::config::Fields<'_>) -> Result<TransportConfig> {
                match self {
                    $(Self::$variant(raw) => raw.into_inner().check(f).map(TransportConfig::$variant),)+
                }
            }
        }

        impl TransportConfig {
            pub fn kind(&self) -> TransportKind {
                match self {
                    $(Self::$variant(_) => TransportKind::$variant,)+
                }
            }

            fn connect(&self, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
                match self {
                    $(Self::$variant(config) => $module::connect(config, at),)+
                }
            }
        }
    };
}

storage_kinds! {
    /// A local or mounted directory.
    Dir = dir, "dir";
    /// A WebDAV server (basic auth).
    Webdav = webdav, "webdav";
    /// Any S3-compatible store.
    S3 = s3, "s3";
    /// SFTP with an SSH key.
    Sftp = sftp, "sftp";
    /// A git repository: the bundle is committed to a branch and pushed (GitHub, GitLab and
    /// Codeberg Pages are fed this way).
    Git = git, "git";
    /// A `mirrorcast serve` daemon: the signed push protocol, no password.
    Mirrorcast = mirrorcast, "mirrorcast";
}

/// What opening one mirror's transport needs.
pub(crate) struct Opening<'a> {
    pub mirror: &'a str,
    /// `mirror "NAME"`, for messages.
    pub owner: String,
    /// Where local working copies live (git's bare repositories, ssh's control sockets).
    pub state: &'a Path,
}

impl Opening<'_> {
    fn failed(&self, e: TransportError) -> Error {
        Error::Usage(format!("{}: {}", self.owner, e.message))
    }

    fn secret(&self, var: &str) -> Result<crate::release::signing::Secret> {
        secret_from_env(var, &self.owner)
    }
}

/// The transport of `mirror`, with its secrets read from the environment; `None` for a mirror
/// without one. `state` holds local working copies (git clones).
pub fn open(mirror: &Mirror, state: &Path) -> Result<Option<(Box<dyn Transport>, TransportKind)>> {
    let Some(config) = &mirror.transport else {
        return Ok(None);
    };
    let at = Opening {
        mirror: &mirror.name,
        owner: format!("mirror {:?}", mirror.name),
        state,
    };
    Ok(Some((config.connect(&at)?, config.kind())))
}

/// A mirror that cannot be reached at all: every operation fails with the reason.
pub(super) struct Unavailable(pub(super) String);

#[async_trait::async_trait]
impl Transport for Unavailable {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: false,
            atomic_release: false,
            folders: false,
        }
    }
    async fn prepare(&self) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn read(&self, _: &str, _: u64) -> TransportResult<Option<Vec<u8>>> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn write(&self, _: &str, _: Body) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn create_dir(&self, _: &str, _: bool) -> TransportResult<bool> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn rename(&self, _: &str, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn delete(&self, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn remove_dir(&self, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn list_dir(&self, _: &str) -> TransportResult<Option<Vec<String>>> {
        Err(TransportError::permanent(self.0.clone()))
    }
    async fn remove_all(&self, _: &str) -> TransportResult<()> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use futures_util::StreamExt as _;

    async fn collect(body: Body) -> Result<Vec<u8>, String> {
        let mut chunks = std::pin::pin!(body.into_chunks(4).await.map_err(|e| e.message)?);
        let mut out = Vec::new();
        while let Some(chunk) = chunks.next().await {
            out.extend(chunk.map_err(|e| e.to_string())?);
        }
        Ok(out)
    }

    #[tokio::test]
    async fn a_body_is_exactly_its_size() {
        let bytes = b"eleven byte".to_vec();
        assert_eq!(
            collect(Body::stream(11, std::io::Cursor::new(bytes.clone()))).await,
            Ok(bytes.clone())
        );
        let early = collect(Body::stream(12, std::io::Cursor::new(bytes.clone()))).await;
        assert!(early.is_err_and(|e| e.contains("1 bytes early")));
        let more = collect(Body::stream(10, std::io::Cursor::new(bytes.clone()))).await;
        assert!(more.is_err_and(|e| e.contains("more bytes")));
        assert_eq!(collect(Body::stream(0, &b""[..])).await, Ok(Vec::new()));
    }

    #[tokio::test]
    async fn a_streamed_body_lands_whole_in_a_folder() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mirror = dir.path().join("mirror");
        std::fs::create_dir(&mirror).expect("mkdir");
        let transport = dir::open(&mirror).expect("open");
        let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i % 251) as u8).collect();
        let body = Body::stream(bytes.len() as u64, std::io::Cursor::new(bytes.clone()));
        transport.write("a.bin", body).await.expect("write");
        assert_eq!(std::fs::read(mirror.join("a.bin")).expect("read"), bytes);
        // Staged files are new: a second write at the same name is refused.
        let again = Body::stream(1, &b"x"[..]);
        assert!(transport.write("a.bin", again).await.is_err());
        // A stream that ends early fails the write.
        let short = Body::stream(10, &b"short"[..]);
        assert!(transport.write("b.bin", short).await.is_err());
    }
}
