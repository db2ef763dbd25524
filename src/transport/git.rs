//! A git repository as a mirror: the bundle is committed to a branch and pushed, which is how
//! GitHub, GitLab and Codeberg Pages sites are fed. The whole release appears in one commit, so
//! readers never see half of it.
//!
//! Anyone with push access to the pages repository can commit anything into it, links aimed at
//! the organiser's files included. So nothing of the repository is ever checked out: the branch
//! is fetched into a bare repository of ours in the state directory (objects only, no work
//! tree), and the release commit is built from `dist/` with plumbing: `hash-object` for the
//! files sent, a temporary index read from the fetched tree with the changes applied,
//! `write-tree`, `commit-tree`, and a push of that commit. Files of the repository that are not
//! ours (a `CNAME`, a `.nojekyll`) stay as they are. The system `git` does the work, so the
//! user's SSH keys and credential helpers apply and no secret passes through us.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde::Deserialize;
use toml::Spanned;
use url::Url;

use super::{Body, Capabilities, Opening, Transport, TransportError, TransportResult};
use crate::config::Fields;
use crate::error::Result;

/// `[mirror.git]`: a repository and the branch a pages host serves.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// An URL, an scp-style address, or an absolute local path.
    pub repository: String,
    pub branch: String,
}

/// `[mirror.git]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    repository: Spanned<String>,
    branch: Option<Spanned<String>>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        let repository = f.line(&self.repository, "repository")?;
        // Credentials in a git URL would end up in logs; git has credential helpers for them.
        // Over http a user name alone may be a token (GitHub accepts one there); over ssh it is
        // just the account (`ssh://git@host/...`).
        if let Ok(url) = Url::parse(&repository)
            && (url.password().is_some()
                || (url.scheme().starts_with("http") && !url.username().is_empty()))
        {
            return Err(f.fail(
                self.repository.span(),
                format!(
                    "{}: the repository address carries credentials; write it without them (https://host/org/repo.git) and use an SSH key or a git credential helper instead",
                    f.owner
                ),
            ));
        }
        // A local path (a bare repository on disk) is relative to mirrors.toml, like `dir`;
        // URLs and scp-style addresses (`git@host:org/repo.git`) are left to git.
        let scp_like = repository
            .split_once(':')
            .is_some_and(|(host, _)| !host.contains('/') && host.len() > 1);
        let repository = if repository.contains("://") || scp_like {
            repository
        } else {
            f.local(&self.repository, "repository")?
                .to_string_lossy()
                .into_owned()
        };
        let branch = match &self.branch {
            Some(b) => f.line(b, "branch")?,
            None => "pages".into(),
        };
        if branch.starts_with('-') || branch.contains("..") || branch.contains(char::is_whitespace)
        {
            let span = self
                .branch
                .as_ref()
                .map_or(self.repository.span(), Spanned::span);
            return Err(f.fail(
                span,
                format!("{}: `branch` is not a valid branch name", f.owner),
            ));
        }
        Ok(Config { repository, branch })
    }
}

/// The repository as a transport: one bare repository of ours per mirror in the state folder,
/// named by a hash so any mirror name is a safe folder name.
pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    let dir = at.state.join("git").join(format!(
        "{}.git",
        &crate::hash::sha256_hex(at.mirror.as_bytes())[..16]
    ));
    let git =
        GitTransport::open(&config.repository, &config.branch, &dir).map_err(|e| at.failed(e))?;
    Ok(Box::new(git))
}

#[derive(Clone)]
pub struct GitTransport {
    repository: String,
    branch: String,
    /// Our bare repository: fetched objects and the commits we make; never a work tree.
    git_dir: PathBuf,
    state: std::sync::Arc<State>,
}

#[derive(Default)]
struct State {
    /// The branch's commit as fetched (`None`: the branch is new); fetched once per push.
    fetched: tokio::sync::OnceCell<Option<String>>,
    /// What this push changes: a path and the local file it gets, or `None` to remove it.
    changes: std::sync::Mutex<BTreeMap<String, Option<PathBuf>>>,
    /// The commit made, kept so that a retried push does not commit again.
    committed: std::sync::Mutex<Option<String>>,
    /// The commit the branch points at once this push's commit went out: what reads see after.
    pushed: std::sync::Mutex<Option<String>>,
    /// Streamed files, kept until the commit (removed with the transport).
    spool: std::sync::OnceLock<tempfile::TempDir>,
}

/// Author and committer of release commits: fixed, so the same release makes the same commit
/// content whoever pushes it.
const AUTHOR: [(&str, &str); 4] = [
    ("GIT_AUTHOR_NAME", "mirrorcast"),
    ("GIT_AUTHOR_EMAIL", "mirrorcast@localhost"),
    ("GIT_COMMITTER_NAME", "mirrorcast"),
    ("GIT_COMMITTER_EMAIL", "mirrorcast@localhost"),
];

/// The object id that removes a path in `update-index --index-info`.
const ZERO_SHA: &str = "0000000000000000000000000000000000000000";

impl GitTransport {
    /// Note where the bare repository lives; the network is touched only in the push itself, so
    /// a host that is down fails this mirror alone, within its time limit.
    pub fn open(repository: &str, branch: &str, git_dir: &Path) -> TransportResult<Self> {
        std::fs::create_dir_all(git_dir).map_err(|e| {
            TransportError::permanent(format!("{}: {e}", crate::text::path(git_dir)))
        })?;
        Ok(GitTransport {
            repository: repository.to_string(),
            branch: branch.to_string(),
            git_dir: git_dir.to_path_buf(),
            state: Default::default(),
        })
    }

    /// The fetched commit of the branch, fetching it on first use.
    async fn fetched(&self) -> TransportResult<Option<String>> {
        let me = self.clone();
        self.state
            .fetched
            .get_or_try_init(|| async move {
                tokio::task::spawn_blocking(move || me.fetch())
                    .await
                    .map_err(|e| TransportError::permanent(format!("git: {e}")))?
            })
            .await
            .cloned()
    }

    fn fetch(&self) -> TransportResult<Option<String>> {
        if !self.git_dir.join("HEAD").is_file() {
            self.git(&["init", "--quiet", "--bare"])?;
        }
        let branch = format!("refs/heads/{}", self.branch);
        let listed = self.git(&[
            "ls-remote",
            "--heads",
            "--end-of-options",
            &self.repository,
            &branch,
        ])?;
        if !listed.lines().any(|l| l.ends_with(&branch)) {
            return Ok(None);
        }
        let tracking = format!("refs/mirrorcast/{}", self.branch);
        self.git(&[
            "fetch",
            "--quiet",
            "--force",
            "--depth",
            "1",
            "--no-tags",
            "--end-of-options",
            &self.repository,
            &format!("+{branch}:{tracking}"),
        ])?;
        let commit = self.git(&["rev-parse", "--verify", &format!("{tracking}^{{commit}}")])?;
        Ok(Some(commit.trim().to_string()))
    }

    /// Run git on our bare repository; its standard output.
    fn git(&self, args: &[&str]) -> TransportResult<String> {
        self.run(args, None)
    }

    /// Run git on our bare repository with the temporary index `index` and `input` on its
    /// standard input.
    fn git_in(&self, index: &Path, args: &[&str], input: &[u8]) -> TransportResult<String> {
        self.run(args, Some((input, index)))
    }

    fn run(&self, args: &[&str], stdin: Option<(&[u8], &Path)>) -> TransportResult<String> {
        let mut command = Command::new("git");
        command
            .arg("--git-dir")
            .arg(&self.git_dir)
            // No hook of anyone's runs, and a stalled transfer over http ends instead of hanging.
            .args(["-c", "core.hooksPath=/dev/null"])
            .args(["-c", "http.lowSpeedLimit=1000", "-c", "http.lowSpeedTime=30"])
            .args(args)
            .envs(AUTHOR)
            .env("GIT_TERMINAL_PROMPT", "0")
            // No prompt, and a dead host or a stalled transfer ends instead of hanging.
            .env(
                "GIT_SSH_COMMAND",
                "ssh -o BatchMode=yes -o ConnectTimeout=15 -o ServerAliveInterval=15 -o ServerAliveCountMax=2",
            )
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        if let Some((_, index)) = stdin {
            command.env("GIT_INDEX_FILE", index).stdin(Stdio::piped());
        }
        let mut child = command
            .spawn()
            .map_err(|e| TransportError::permanent(format!("cannot run git ({e}); install git")))?;
        if let Some((input, _)) = stdin
            && let Some(mut pipe) = child.stdin.take()
        {
            let input = input.to_vec();
            // Fed from a thread: git may answer before it has read everything.
            std::thread::spawn(move || {
                let _ = pipe.write_all(&input);
            });
        }
        let out = child
            .wait_with_output()
            .map_err(|e| TransportError::permanent(format!("git: {e}")))?;
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
            crate::text::shown(&self.repository),
            crate::text::shown(&said.join("; "))
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
        Err(TransportError::new(temporary, message))
    }

    /// Build the release commit from the fetched tree and this push's changes, and push it.
    fn commit_and_push(&self, message: &str) -> TransportResult<()> {
        let fetched = self
            .state
            .fetched
            .get()
            .cloned()
            .ok_or_else(|| TransportError::permanent("git: nothing was fetched"))?;
        let committed = self.state.committed.lock().ok().and_then(|c| c.clone());
        let commit = match committed {
            Some(commit) => commit,
            None => {
                let commit = self.commit(fetched.as_deref(), message)?;
                if let Ok(mut c) = self.state.committed.lock() {
                    *c = Some(commit.clone());
                }
                commit
            }
        };
        // Always push: a retry after a failed push finds nothing to commit but must still push.
        let refspec = format!("{commit}:refs/heads/{}", self.branch);
        self.git(&[
            "push",
            "--quiet",
            "--end-of-options",
            &self.repository,
            &refspec,
        ])?;
        if let Ok(mut pushed) = self.state.pushed.lock() {
            *pushed = Some(commit);
        }
        Ok(())
    }

    fn commit(&self, parent: Option<&str>, message: &str) -> TransportResult<String> {
        let changes = self
            .state
            .changes
            .lock()
            .map(|c| c.clone())
            .unwrap_or_default();
        let added: Vec<(&String, &PathBuf)> = changes
            .iter()
            .filter_map(|(path, from)| from.as_ref().map(|f| (path, f)))
            .collect();
        let index = self
            .git_dir
            .join(format!("mirrorcast-index-{}", super::random_name()));
        let result = (|| {
            // Exactly the bytes of the bundle: no filters, no line-ending conversion.
            let paths: Vec<u8> = added
                .iter()
                .flat_map(|(_, from)| {
                    let mut line = from.as_os_str().as_encoded_bytes().to_vec();
                    line.push(b'\n');
                    line
                })
                .collect();
            if added
                .iter()
                .any(|(_, f)| f.as_os_str().as_encoded_bytes().contains(&b'\n'))
            {
                return Err(TransportError::permanent(
                    "git: a bundle path holds a line break",
                ));
            }
            let shas = if added.is_empty() {
                String::new()
            } else {
                self.git_in(
                    &index,
                    &["hash-object", "-w", "--no-filters", "--stdin-paths"],
                    &paths,
                )?
            };
            let shas: Vec<&str> = shas.lines().collect();
            if shas.len() != added.len() {
                return Err(TransportError::permanent(
                    "git hash-object: not one object per file",
                ));
            }
            match parent {
                Some(commit) => self.git_in(&index, &["read-tree", commit], b"")?,
                None => self.git_in(&index, &["read-tree", "--empty"], b"")?,
            };
            // Removals first, then every file of the release; a file where a folder was (or
            // the reverse) replaces it.
            let mut info = Vec::new();
            for (path, from) in &changes {
                if from.is_none() {
                    info.extend_from_slice(format!("0 {ZERO_SHA}\t{path}").as_bytes());
                    info.push(0);
                }
            }
            for ((path, _), sha) in added.iter().zip(&shas) {
                info.extend_from_slice(format!("100644 {sha}\t{path}").as_bytes());
                info.push(0);
            }
            self.git_in(&index, &["update-index", "-z", "--index-info"], &info)?;
            let tree = self.git_in(&index, &["write-tree"], b"")?;
            let tree = tree.trim();
            if let Some(parent) = parent {
                let old_tree = self.git(&["rev-parse", &format!("{parent}^{{tree}}")])?;
                if old_tree.trim() == tree {
                    return Ok(parent.to_string());
                }
            }
            let mut args = vec!["commit-tree", tree, "-m", message];
            if let Some(parent) = parent {
                args.extend(["-p", parent]);
            }
            Ok(self.git(&args)?.trim().to_string())
        })();
        let _ = std::fs::remove_file(&index);
        result
    }

    /// `body` in a file of our own, for git to hash at the commit.
    async fn spool(&self, path: &str, body: Body) -> TransportResult<PathBuf> {
        use futures_util::StreamExt as _;
        use tokio::io::AsyncWriteExt as _;
        let failed = |e: std::io::Error| {
            TransportError::permanent(format!("git: keeping {path} until the commit: {e}"))
        };
        let spool = match self.state.spool.get() {
            Some(dir) => dir,
            None => {
                let dir = tempfile::Builder::new()
                    .prefix("spool-")
                    .tempdir_in(&self.git_dir)
                    .map_err(failed)?;
                self.state.spool.get_or_init(|| dir)
            }
        };
        let file = spool.path().join(super::random_name());
        let mut out = tokio::fs::File::create(&file).await.map_err(failed)?;
        let mut chunks = std::pin::pin!(body.into_chunks(1 << 20).await?);
        while let Some(chunk) = chunks.next().await {
            out.write_all(&chunk.map_err(failed)?)
                .await
                .map_err(failed)?;
        }
        out.flush().await.map_err(failed)?;
        Ok(file)
    }

    fn record(&self, path: &str, from: Option<PathBuf>) {
        if let Ok(mut changes) = self.state.changes.lock() {
            changes.insert(path.to_string(), from);
        }
    }
}

#[async_trait::async_trait]
impl Transport for GitTransport {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: false,
            atomic_release: true,
            folders: false,
        }
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        super::checked(path)?;
        // After this push's commit went out, the branch holds it (reading the release back).
        let pushed = self.state.pushed.lock().ok().and_then(|p| p.clone());
        let Some(commit) = (match pushed {
            Some(commit) => Some(commit),
            None => self.fetched().await?,
        }) else {
            return Ok(None);
        };
        let (me, path, cap) = (self.clone(), path.to_string(), cap);
        tokio::task::spawn_blocking(move || {
            // Only a plain file of the tree is read: a link's target text is not a manifest.
            let listed = me.git(&["ls-tree", "-l", "-z", &commit, "--", &path])?;
            let Some(entry) = listed.split('\0').find(|e| !e.is_empty()) else {
                return Ok(None);
            };
            let fields: Vec<&str> = entry
                .split('\t')
                .next()
                .unwrap_or_default()
                .split_whitespace()
                .collect();
            let [mode, kind, sha, size] = fields[..] else {
                return Ok(None);
            };
            if kind != "blob" || !matches!(mode, "100644" | "100755") {
                return Err(TransportError::permanent(format!(
                    "{path} in {} is not a plain file (a link or a folder)",
                    crate::text::shown(&me.repository)
                )));
            }
            if size.parse::<u64>().map_or(true, |s| s > cap) {
                return Err(TransportError::too_large(format!(
                    "{path} in {} is larger than any genuine one",
                    crate::text::shown(&me.repository)
                )));
            }
            let out = Command::new("git")
                .arg("--git-dir")
                .arg(&me.git_dir)
                .args(["cat-file", "blob", sha])
                .output()
                .map_err(|e| TransportError::permanent(format!("git: {e}")))?;
            if !out.status.success() || out.stdout.len() as u64 > cap {
                return Err(TransportError::permanent(format!(
                    "git cat-file {path}: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
            Ok(Some(out.stdout))
        })
        .await
        .map_err(|e| TransportError::permanent(format!("git: {e}")))?
    }

    async fn write(&self, path: &str, body: Body) -> TransportResult<()> {
        super::checked(path)?;
        self.fetched().await?;
        // git hashes files in place: a stream is kept in a file of our own until the commit.
        let from = match body.local_file() {
            Some(local) => local.to_path_buf(),
            None => self.spool(path, body).await?,
        };
        self.record(path, Some(from));
        Ok(())
    }

    async fn create_dir(&self, _: &str, _: bool) -> TransportResult<bool> {
        Ok(false)
    }

    async fn rename(&self, from: &str, _: &str) -> TransportResult<()> {
        Err(TransportError::permanent(format!(
            "git: {from} cannot be moved; a git mirror takes each release as one commit"
        )))
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        self.record(path, None);
        Ok(())
    }

    async fn remove_dir(&self, _: &str) -> TransportResult<()> {
        Ok(())
    }

    async fn list_dir(&self, _: &str) -> TransportResult<Option<Vec<String>>> {
        Ok(None)
    }

    async fn remove_all(&self, _: &str) -> TransportResult<()> {
        Ok(())
    }

    async fn finish(&self, message: &str) -> TransportResult<()> {
        self.fetched().await?;
        // Committing and pushing may take a while on the network: off the async thread, so
        // the other mirrors go on meanwhile.
        let (me, message) = (self.clone(), message.to_string());
        tokio::task::spawn_blocking(move || me.commit_and_push(&message))
            .await
            .map_err(|e| TransportError::permanent(format!("git: {e}")))?
    }
}
