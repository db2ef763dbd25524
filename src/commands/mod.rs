//! One module per subcommand. Each takes its parsed flags and the [`Context`], does the work
//! through the library, and returns a [`Report`]; none of them prints.

pub mod bundle;
pub mod check;
pub mod init;
pub mod ipfs;
pub mod keygen;
pub mod manual;
pub mod publish;
pub mod push;
pub mod release;
pub mod serve;
pub mod verify;

use crate::error::{Error, Result};
use crate::progress::Progress;
use crate::release::signing::Secret;
use crate::report::Report;

/// Asks a person for a password. The binary asks on the terminal; tests and pipelines don't.
pub trait Prompt: Sync {
    /// `Ok(None)` when there is nobody to ask; `Err` with the reason when asking failed.
    fn password(&self, prompt: &str, confirm: bool) -> std::result::Result<Option<Secret>, String>;
}

/// For runs with no terminal: never asks.
pub struct NoPrompt;

impl Prompt for NoPrompt {
    fn password(&self, _: &str, _: bool) -> std::result::Result<Option<Secret>, String> {
        Ok(None)
    }
}

/// What the commands take from the environment, gathered in one place so tests can set it.
pub struct Context<'a> {
    pub prompt: &'a dyn Prompt,
    pub progress: &'a dyn Progress,
    /// `MIRRORCAST_KEY_PASSWORD`.
    pub key_password: Option<Secret>,
    /// `SOURCE_DATE_EPOCH`.
    pub source_date_epoch: Option<String>,
    pub now: jiff::Timestamp,
    /// Cancelled when the user interrupts (or a daemon shuts down): long work stops starting
    /// new steps and leaves every copy consistent.
    pub cancel: tokio_util::sync::CancellationToken,
    /// Set while mirrors are being written, or a daemon serves: only then does the first
    /// interruption stop gracefully (cancelling `cancel`: swaps and answers under way finish);
    /// anywhere else the process may simply stop.
    pub stops_gracefully: std::sync::Arc<std::sync::atomic::AtomicBool>,
}

impl<'a> Context<'a> {
    pub fn from_env(prompt: &'a dyn Prompt, progress: &'a dyn Progress) -> Self {
        Context {
            prompt,
            progress,
            key_password: std::env::var("MIRRORCAST_KEY_PASSWORD")
                .ok()
                .map(Secret::new),
            source_date_epoch: std::env::var("SOURCE_DATE_EPOCH").ok(),
            now: jiff::Timestamp::now(),
            cancel: tokio_util::sync::CancellationToken::new(),
            stops_gracefully: Default::default(),
        }
    }

    /// The key password: from the environment, else asked for, else an error saying how to give it.
    pub(crate) fn password(&self, what: &str, confirm: bool) -> Result<Secret> {
        let password = match &self.key_password {
            Some(p) => Some(p.clone()),
            None => self
                .prompt
                .password(what, confirm)
                .map_err(|why| Error::Key(format!("{what}: {why}")))?,
        }
        .ok_or_else(|| {
            // `confirm` is asked only of a key being made: its way out is not to encrypt it.
            Error::Key(if confirm {
                format!(
                    "{what}: there is no terminal to ask for a password to encrypt it with; \
                     set MIRRORCAST_KEY_PASSWORD to one, run on a terminal, or pass \
                     --unencrypted to leave this key unencrypted (fine for trying things \
                     out; a key that signs real releases deserves a password)"
                )
            } else {
                format!(
                    "{what}: the key is encrypted and there is no terminal to ask for its \
                     password; set MIRRORCAST_KEY_PASSWORD to it (in CI, from the pipeline's \
                     secrets, for example `MIRRORCAST_KEY_PASSWORD: ${{{{ secrets.KEY_PASSWORD }}}}` \
                     in a GitHub Actions step), or run on a terminal"
                )
            })
        })?;
        if password.expose().is_empty() {
            return Err(Error::Key(format!("{what}: the password is empty")));
        }
        Ok(password)
    }
}

/// What a command produced, and the exit code it calls for.
pub struct Outcome {
    pub report: Report,
    pub exit_code: u8,
}

impl Outcome {
    pub(crate) fn ok(report: Report) -> Self {
        Outcome {
            report,
            exit_code: 0,
        }
    }
}

/// Run blocking work (hashing, bundling, file trees, SQLite) without holding up the network
/// tasks: on a multi-threaded runtime the worker hands its tasks to the others first. Borrows
/// stay borrowed, which `spawn_blocking` would not allow.
pub(crate) fn off_reactor<T>(work: impl FnOnce() -> T) -> T {
    match tokio::runtime::Handle::try_current() {
        Ok(handle) if handle.runtime_flavor() == tokio::runtime::RuntimeFlavor::MultiThread => {
            tokio::task::block_in_place(work)
        }
        _ => work(),
    }
}

/// For as long as it lives, the first interruption stops gracefully (mirrors being written,
/// a daemon serving) instead of ending the process.
pub(crate) struct GracefulStop<'a>(&'a std::sync::atomic::AtomicBool);

impl<'a> GracefulStop<'a> {
    pub(crate) fn start(ctx: &'a Context<'_>) -> Self {
        ctx.stops_gracefully
            .store(true, std::sync::atomic::Ordering::SeqCst);
        GracefulStop(&ctx.stops_gracefully)
    }
}

impl Drop for GracefulStop<'_> {
    fn drop(&mut self) {
        self.0.store(false, std::sync::atomic::Ordering::SeqCst);
    }
}
