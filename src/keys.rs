//! Key files on disk: writing a new pair safely, the throwaway key for trying mirrorcast out, and
//! the local store of public keys that bundles were signed with.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::release::signing::{self, PublicKey, SecretKey};
use crate::safe_fs::write_atomic;

/// Write a freshly generated pair. The secret file is 0600; neither file is replaced unless
/// `force`.
pub fn write_pair(
    generated: &signing::GeneratedKey,
    secret_path: &Path,
    public_path: &Path,
    force: bool,
) -> Result<()> {
    if same_file(secret_path, public_path) {
        return Err(Error::Usage(format!(
            "--secret-key and --public-key are both {}; give them different names",
            secret_path.display()
        )));
    }
    if !force {
        for p in [secret_path, public_path] {
            if p.exists() {
                return Err(Error::Usage(format!(
                    "{}: already exists; keep it, or pass --force to replace it (a replaced secret key is gone for good)",
                    p.display()
                )));
            }
        }
    }
    write_atomic(
        secret_path,
        generated.secret_file.expose().as_bytes(),
        0o600,
        force,
    )?;
    write_atomic(
        public_path,
        generated.public.to_file_contents().as_bytes(),
        0o644,
        force,
    )
}

/// Whether two paths name the same file, existing or not.
fn same_file(a: &Path, b: &Path) -> bool {
    let resolve = |p: &Path| {
        let dir = match p.parent() {
            Some(d) if !d.as_os_str().is_empty() => d,
            _ => Path::new("."),
        };
        dir.canonicalize()
            .ok()
            .map(|d| d.join(p.file_name().unwrap_or_default()))
    };
    a == b || matches!((resolve(a), resolve(b)), (Some(x), Some(y)) if x == y)
}

/// The per-project state directory (`.mirrorcast/`): local public keys and the throwaway key.
pub struct StateDir {
    pub dir: PathBuf,
}

impl StateDir {
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        StateDir { dir: dir.into() }
    }

    fn keys_dir(&self) -> PathBuf {
        self.dir.join("keys")
    }

    pub fn throwaway_key_path(&self) -> PathBuf {
        self.dir.join("throwaway.key")
    }

    pub fn throwaway_release_log(&self) -> PathBuf {
        self.dir.join("throwaway-releases.jsonl")
    }

    /// The throwaway key, made on first use: unencrypted, for trying the tool out only.
    pub fn throwaway_key(&self) -> Result<SecretKey> {
        let path = self.throwaway_key_path();
        if !path.exists() {
            let generated = signing::generate(None)?;
            write_atomic(
                &path,
                generated.secret_file.expose().as_bytes(),
                0o600,
                false,
            )?;
        }
        SecretKey::load(&path, None)
    }

    /// Remember the public key a bundle was signed with, so `check` can find it by key id.
    pub fn remember(&self, key: &PublicKey) -> Result<()> {
        let path = self.keys_dir().join(format!("{}.pub", key.key_id()));
        if path.is_file() {
            return Ok(());
        }
        write_atomic(&path, key.to_file_contents().as_bytes(), 0o644, true)
    }

    /// A remembered public key with this id.
    pub fn find(&self, key_id: &str) -> Option<(PublicKey, PathBuf)> {
        if key_id.len() != 16 || !key_id.bytes().all(|b| b.is_ascii_hexdigit()) {
            return None;
        }
        let path = self.keys_dir().join(format!("{key_id}.pub"));
        let key = PublicKey::from_file(&path).ok()?;
        (key.key_id() == key_id).then_some((key, path))
    }
}
