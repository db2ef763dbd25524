//! A git repository as a mirror: the bundle is committed to a branch and pushed, which is how
//! GitHub, GitLab and Codeberg Pages sites are fed. The whole release appears in one commit, so
//! readers never see half of it.
//!
//! The work happens in a clone kept in the state directory (`.mirrorcast/git/<mirror>`), with the
//! system `git`, so the user's SSH keys and credential helpers apply and no secret passes
//! through us.

use std::path::{Path, PathBuf};
use std::process::Command;

use super::{Capabilities, Transport, TransportError, TransportResult};

#[derive(Clone)]
pub struct GitTransport {
    repository: String,
    branch: String,
    /// The clone's work tree.
    work: PathBuf,
    /// Fetched (or started empty) for this push.
    prepared: std::sync::Arc<tokio::sync::OnceCell<()>>,
}

/// Author and committer of release commits: fixed, so the same release makes the same commit
/// content whoever pushes it.
const AUTHOR: [(&str, &str); 4] = [
    ("GIT_AUTHOR_NAME", "mirrorcast"),
    ("GIT_AUTHOR_EMAIL", "mirrorcast@localhost"),
    ("GIT_COMMITTER_NAME", "mirrorcast"),
    ("GIT_COMMITTER_EMAIL", "mirrorcast@localhost"),
];

impl GitTransport {
    /// Prepare the clone: fetch `branch` if the repository has it, else start it empty.
    /// Note where the clone lives; the network is touched only in the push itself, so a host
    /// that is down fails this mirror alone, within its time limit.
    pub fn open(repository: &str, branch: &str, work: &Path) -> TransportResult<Self> {
        std::fs::create_dir_all(work)
            .map_err(|e| TransportError::permanent(format!("{}: {e}", work.display())))?;
        Ok(GitTransport {
            repository: repository.to_string(),
            branch: branch.to_string(),
            work: work.to_path_buf(),
            prepared: std::sync::Arc::new(tokio::sync::OnceCell::new()),
        })
    }

    /// Fetch the branch into the clone, or start it empty; once per push.
    async fn prepare(&self) -> TransportResult<()> {
        let me = self.clone();
        self.prepared
            .get_or_try_init(|| async move {
                tokio::task::spawn_blocking(move || me.fetch())
                    .await
                    .map_err(|e| TransportError::permanent(format!("git: {e}")))?
            })
            .await
            .map(|_| ())
    }

    fn fetch(&self) -> TransportResult<()> {
        let branch = self.branch.as_str();
        if !self.work.join(".git").exists() {
            self.git(&["init", "--quiet"])?;
        }
        // Always fetch into a clean state: a clone left by an interrupted push is reset.
        self.git(&["remote", "remove", "mirror"]).ok();
        self.git(&["remote", "add", "mirror", &self.repository])?;
        let has_branch = self
            .git(&["ls-remote", "--heads", "mirror", branch])?
            .contains(&format!("refs/heads/{branch}"));
        if has_branch {
            self.git(&["fetch", "--quiet", "--depth", "1", "mirror", branch])?;
            self.git(&["checkout", "--quiet", "--force", "-B", branch, "FETCH_HEAD"])?;
        } else {
            // Start the branch empty, whatever a former run left locally under that name.
            self.git(&["update-ref", "-d", &format!("refs/heads/{branch}")])
                .ok();
            self.git(&["symbolic-ref", "HEAD", &format!("refs/heads/{branch}")])?;
            self.git(&["rm", "-r", "--quiet", "--cached", "--ignore-unmatch", "."])?;
        }
        self.git(&["clean", "--quiet", "-d", "--force", "-x"])?;
        Ok(())
    }

    fn git(&self, args: &[&str]) -> TransportResult<String> {
        let out = Command::new("git")
            .arg("-C")
            .arg(&self.work)
            // A stalled transfer over http ends instead of hanging.
            .args(["-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=30"])
            .args(args)
            .envs(AUTHOR)
            .env("GIT_TERMINAL_PROMPT", "0")
            // No prompt, and a dead host or a stalled transfer ends instead of hanging.
            .env(
                "GIT_SSH_COMMAND",
                "ssh -o BatchMode=yes -o ConnectTimeout=15 -o ServerAliveInterval=15 -o ServerAliveCountMax=2",
            )

            .output()
            .map_err(|e| TransportError::permanent(format!("cannot run git ({e}); install git")))?;
        if out.status.success() {
            return Ok(String::from_utf8_lossy(&out.stdout).into_owned());
        }
        let stderr = String::from_utf8_lossy(&out.stderr);
        let said: Vec<&str> = stderr
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .collect();
        let message = format!(
            "git {} ({}): {}",
            args.first().copied().unwrap_or_default(),
            self.repository,
            crate::safe_fs::printable(&said.join("; "))
        );
        // Network trouble is worth another try; a refused push or a bad address is not.
        let temporary = [
            "Could not resolve host",
            "Connection timed out",
            "Connection reset",
            "early EOF",
            "The remote end hung up",
        ]
        .iter()
        .any(|m| stderr.contains(m));
        Err(TransportError { temporary, message })
    }

    /// The file in the clone; never anything outside it.
    fn local(&self, path: &str) -> TransportResult<PathBuf> {
        super::checked(path)?;
        Ok(self.work.join(path))
    }
}

#[async_trait::async_trait]
impl Transport for GitTransport {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: true,
            atomic_release: true,
        }
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        self.prepare().await?;
        match crate::safe_fs::read_regular(&self.local(path)?, cap) {
            Ok(bytes) => Ok(Some(bytes)),
            Err(crate::safe_fs::ReadError::Missing) => Ok(None),
            Err(_) => Err(TransportError::permanent(format!(
                "{path} in the clone of {} is not a readable file",
                self.repository
            ))),
        }
    }

    async fn write(&self, path: &str, from: &Path) -> TransportResult<()> {
        self.prepare().await?;
        let to = self.local(path)?;
        if let Some(dir) = to.parent() {
            std::fs::create_dir_all(dir)
                .map_err(|e| TransportError::permanent(format!("{}: {e}", dir.display())))?;
        }
        std::fs::copy(from, &to)
            .map(|_| ())
            .map_err(|e| TransportError::permanent(format!("{}: {e}", to.display())))
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        std::fs::rename(self.local(from)?, self.local(to)?)
            .map_err(|e| TransportError::permanent(format!("{from} → {to}: {e}")))
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        match std::fs::remove_file(self.local(path)?) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                Err(TransportError::permanent(format!("{path}: {e}")))
            }
            _ => Ok(()),
        }
    }

    async fn finish(&self, message: &str) -> TransportResult<()> {
        // Committing and pushing may take a while on the network: off the async thread, so
        // the other mirrors go on meanwhile.
        let (me, message) = (self.clone(), message.to_string());
        tokio::task::spawn_blocking(move || me.commit_and_push(&message))
            .await
            .map_err(|e| TransportError::permanent(format!("git: {e}")))?
    }
}

impl GitTransport {
    fn commit_and_push(&self, message: &str) -> TransportResult<()> {
        // Every file exactly as in the bundle: no .gitignore of the target repository, no line
        // ending conversion.
        self.git(&["-c", "core.autocrlf=false", "add", "--all", "--force", "."])?;
        let status = self.git(&["status", "--porcelain"])?;
        if !status.trim().is_empty() {
            self.git(&["commit", "--quiet", "--no-gpg-sign", "-m", message])?;
        }
        // Always push: a retry after a failed push finds nothing to commit but must still push.
        let refspec = format!("HEAD:refs/heads/{}", self.branch);
        self.git(&["push", "--quiet", "mirror", &refspec])?;
        Ok(())
    }
}
