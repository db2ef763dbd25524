use super::{Context, Outcome};
use crate::cli::CheckArgs;
use crate::error::{Error, Result};
use crate::keys::StateDir;
use crate::release::check::{self, TrustedKey, claimed_key_id, public_key_arg};
use crate::report::Report;
use crate::site::content::{SITE_TOML, SiteConfig};

pub fn run(args: &CheckArgs, ctx: &Context<'_>) -> Result<Outcome> {
    check::require_dir(&args.dir)?;
    let key = trusted_key(args)?;
    let report = check::check(&args.dir, &key, ctx.now, ctx.progress)?;
    let exit_code = if report.genuine { 0 } else { 1 };
    Ok(Outcome {
        report: Report::Check(report),
        exit_code,
    })
}

/// `--publisher-key`, else site.toml's `publisher-key`, else the remembered local key the bundle
/// claims to be signed with.
pub(crate) fn trusted_key(args: &CheckArgs) -> Result<TrustedKey> {
    if let Some(arg) = &args.publisher_key {
        return Ok(TrustedKey {
            key: public_key_arg(arg)?,
            source: "--publisher-key".into(),
        });
    }
    let site_path = args.content.join(SITE_TOML);
    if let Some((_, site)) = SiteConfig::load(&args.content)?
        && let Some(key) = site.publisher_key
    {
        return Ok(TrustedKey {
            key,
            source: site_path.display().to_string(),
        });
    }
    let state = StateDir::new(&args.state_dir);
    if let Some((key, path)) = claimed_key_id(&args.dir).and_then(|id| state.find(&id)) {
        return Ok(TrustedKey {
            key,
            source: format!(
                "{} (local key; no publisher key is configured)",
                path.display()
            ),
        });
    }
    Err(Error::Usage(format!(
        "no publisher key to check {} against: pass --publisher-key RW… (or a .pub file), or set `publisher-key` in {}",
        args.dir.display(),
        site_path.display()
    )))
}

/// [`genuine_bundle`], for a command that sends it somewhere: a genuine bundle already past its
/// expiry goes nowhere either, since every copy serving it would be refused. Its stop (exit 1)
/// says "NOT `verb`", that nothing was `done`, and what to do `next` after `release --next`.
pub(crate) fn sendable_bundle(
    args: &CheckArgs,
    ctx: &Context<'_>,
    verb: &str,
    done: &str,
    next: &str,
) -> Result<std::result::Result<Checked, Outcome>> {
    let checked = match genuine_bundle(args, ctx)? {
        Ok(checked) if checked.check.expired => checked,
        other => return Ok(other),
    };
    let then = format!(
        "NOT {verb}: release {} expired at {}, so nothing was {done}; make a new release with \
         `mirrorcast release --next`, then {next}",
        checked.check.release.unwrap_or_default(),
        checked.check.expires.as_deref().unwrap_or("?")
    );
    Ok(Err(Outcome {
        report: Report::Stopped {
            check: checked.check,
            then,
            warnings: Vec::new(),
        },
        exit_code: 1,
    }))
}

/// A bundle that passed its own check, ready to be sent somewhere.
pub(crate) struct Checked {
    pub key: TrustedKey,
    pub check: crate::release::check::CheckReport,
    pub manifest: crate::release::manifest::Manifest,
    /// `manifest.json` as it is on disk.
    pub manifest_bytes: Vec<u8>,
}

/// Check the bundle `args` names, as `check` does. `Err(outcome)` carries the check report of a
/// bundle that is not genuine: the caller stops and returns it (exit 1), sending nothing.
pub(crate) fn genuine_bundle(
    args: &CheckArgs,
    ctx: &Context<'_>,
) -> Result<std::result::Result<Checked, Outcome>> {
    let key = trusted_key(args)?;
    let (check, genuine) = check::check_bundle(&args.dir, &key, ctx.now, ctx.progress)?;
    let Some(genuine) = genuine else {
        return Ok(Err(Outcome {
            report: Report::Check(check),
            exit_code: 1,
        }));
    };
    Ok(Ok(Checked {
        key,
        check,
        manifest: genuine.manifest,
        manifest_bytes: genuine.bytes,
    }))
}
