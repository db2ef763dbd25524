use std::path::{Path, PathBuf};

use super::{Context, Outcome};
use crate::bundle::{self, BundleRequest, ReleaseTimes};
use crate::cli::BundleArgs;
use crate::config::MirrorsConfig;
use crate::error::{Error, Result};
use crate::keys::StateDir;
use crate::release::signing::{self, SecretKey};
use crate::report::{BundleOutcome, Report};
use crate::site::Content;

/// Where `keygen` puts the secret key by default; `bundle` looks there too.
const DEFAULT_SECRET_KEY: &str = "mirrorcast.key";

pub fn run(args: &BundleArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let content = Content::load(&args.project.content)?;
    let mirrors = load_mirrors(&args.project.mirrors)?;
    let state = StateDir::new(&args.project.state_dir);
    let mut warnings = Vec::new();
    let (key, throwaway) = signing_key(args, &content, &state, ctx, &mut warnings)?;
    let times = ReleaseTimes::resolve(&content, ctx.source_date_epoch.as_deref())?;
    // Both are signed as they are (trying things out is allowed), but people must know.
    for letter in &content.languages {
        if letter.markdown.contains(super::init::TEMPLATE_OPENING) {
            warnings.push(format!(
                "{} still holds the text `mirrorcast init` wrote, and readers will see it: \
                 write the letter there (and, if this release is already out, \
                 `mirrorcast release --next`)",
                crate::text::path(&letter.source)
            ));
        }
    }
    let expired_when_signed = times.expires <= ctx.now;
    // A throwaway key is local to this machine, so is its release history: keep it out of the
    // project's log, which organisers commit.
    let release_log = match &throwaway {
        Some(_) => state.throwaway_release_log(),
        None => args.release_log.clone(),
    };
    let report = bundle::build(&BundleRequest {
        content: &content,
        mirrors: &mirrors,
        key: &key,
        times,
        out: &args.out,
        release_log: &release_log,
        progress: ctx.progress,
    })?;
    if expired_when_signed {
        warnings.push(signed_expired(&report));
    }
    // Remembering the key only helps `check` find it later: a failure costs a warning.
    if let Err(e) = state.remember(&key.public_key()) {
        warnings.push(format!(
            "the public key could not be remembered for `check`: {e}"
        ));
    }
    Ok(Outcome::ok(Report::Bundle(BundleOutcome {
        report,
        throwaway_key: throwaway,
        warnings,
    })))
}

/// The warning for a release signed already past its expiry (signing it is allowed).
pub(crate) fn signed_expired(report: &bundle::BundleReport) -> String {
    format!(
        "release {} is signed as expiring at {}, already past: copies serving it will be \
         refused; make a new release with `mirrorcast release --next`",
        report.release, report.expires
    )
}

/// A warning when the secret key file can be read by other users of this machine.
fn readable_by_others(path: &Path) -> Option<String> {
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(path).ok()?.permissions().mode();
    (mode & 0o077 != 0).then(|| {
        format!(
            "the secret key {} can be read by other users of this machine (mode {:o}); run `chmod 600 {}`",
            crate::text::path(path),
            mode & 0o777,
            crate::text::path(path)
        )
    })
}

/// Read `mirrors.toml`, with a hint when it is missing.
pub fn load_mirrors(path: &Path) -> Result<MirrorsConfig> {
    if !path.exists() {
        return Err(Error::Usage(crate::safe_fs::not_here(
            path,
            &format!("{}, or pass --mirrors FILE", crate::safe_fs::NO_PROJECT),
        )));
    }
    MirrorsConfig::load(path)
}

/// The key to sign with: the one given, else `./mirrorcast.key`, else (only while site.toml
/// names no publisher key) the project's throwaway key. Returns the throwaway key's path when
/// that is the one used.
fn signing_key(
    args: &BundleArgs,
    content: &Content,
    state: &StateDir,
    ctx: &Context<'_>,
    warnings: &mut Vec<String>,
) -> Result<(SecretKey, Option<String>)> {
    if let Some(given) = &args.secret_key
        && crate::text::looks_secret(&given.to_string_lossy())
    {
        // Never echoed: it is the key itself, pasted where its file's path belongs.
        return Err(Error::Key(
            "--secret-key (or MIRRORCAST_SECRET_KEY) holds what looks like the secret key itself, not the path of its file; save the key in a file readable only by you (chmod 600) and give that file's path"
                .into(),
        ));
    }
    let path = args.secret_key.clone().or_else(|| {
        let default = PathBuf::from(DEFAULT_SECRET_KEY);
        default.is_file().then_some(default)
    });
    if let Some(path) = path {
        if !path.is_file() {
            // The project's own key is the likely one meant; a new key would sign releases
            // nobody's copy accepts.
            let default = Path::new(DEFAULT_SECRET_KEY);
            let hint = if default.is_file() && path != default {
                format!(
                    "this project's key is {DEFAULT_SECRET_KEY}: leave out --secret-key (and MIRRORCAST_SECRET_KEY) to sign with it"
                )
            } else {
                "fix --secret-key / MIRRORCAST_SECRET_KEY, or create a key with `mirrorcast keygen` (a new key signs releases that copies following the old publisher key refuse)".to_string()
            };
            return Err(Error::Key(format!(
                "{}: no secret key here; {hint}",
                crate::text::path(&path)
            )));
        }
        warnings.extend(readable_by_others(&path));
        let password = if signing::secret_key_is_encrypted(&path)? {
            Some(ctx.password(&format!("password for {}", path.display()), false)?)
        } else {
            None
        };
        return Ok((SecretKey::load(&path, password.as_ref())?, None));
    }
    if let Some(publisher) = &content.site.publisher_key {
        return Err(Error::Key(format!(
            "no secret key: site.toml names publisher key {}; give its secret key with --secret-key or MIRRORCAST_SECRET_KEY",
            publisher.key_id()
        )));
    }
    Ok((
        state.throwaway_key()?,
        Some(state.throwaway_key_path().display().to_string()),
    ))
}
