//! `push`: the checked bundle onto every mirror with a transport.

use std::path::PathBuf;
use std::time::Duration;

use futures_util::StreamExt as _;

use super::check::Checked;
use super::{Context, Outcome};
use crate::cli::PushArgs;
use crate::config::MirrorsConfig;
use crate::error::{Error, Result};
use crate::push::{MirrorReport, MirrorStatus, Options, Release, push_one};
use crate::report::{PushReport, Report};
use crate::transport::TransportKind;

pub async fn run(args: &PushArgs, ctx: &Context<'_>) -> Result<Outcome> {
    crate::release::check::require_dir(&args.check.dir)?;
    let mirrors = super::bundle::load_mirrors(&args.mirrors)?;
    check_only(args, &mirrors)?;
    // Only a genuine bundle goes out.
    let sendable = || {
        let next = "`mirrorcast publish`";
        super::check::sendable_bundle(&args.check, ctx, "pushed", "sent", next)
    };
    let checked = match super::off_reactor(sendable)? {
        Ok(checked) => checked,
        Err(stopped) => return Ok(stopped),
    };
    let mut outcome = push_checked(args, &mirrors, &checked, ctx).await?;
    if let Report::Push(report) = &mut outcome.report
        && let Some(newer) = edited_since_bundled(&args.check.content, &args.check.dir)
    {
        report.warnings.push(format!(
            "{} changed after {} was bundled, and push sends the bundle as it is: run \
             `mirrorcast publish` to send the change",
            crate::text::path(&newer),
            crate::text::path(&args.check.dir)
        ));
    }
    Ok(outcome)
}

/// A file of `content` changed after the bundle in `dir` was written, if any: someone edited
/// the letter and pushed the old bundle. Only times are read, and no link is followed.
fn edited_since_bundled(content: &std::path::Path, dir: &std::path::Path) -> Option<PathBuf> {
    let bundled = std::fs::symlink_metadata(dir.join(crate::release::manifest::MANIFEST))
        .and_then(|m| m.modified())
        .ok()?;
    walkdir::WalkDir::new(content)
        .follow_links(false)
        .max_depth(16)
        .into_iter()
        .take(100_000)
        .filter_map(|e| e.ok())
        .filter(|e| e.file_type().is_file())
        .find(|e| {
            e.metadata()
                .ok()
                .and_then(|m| m.modified().ok())
                .is_some_and(|t| t > bundled)
        })
        .map(|e| e.into_path())
}

/// Every `--only` name is a mirror's.
pub(crate) fn check_only(args: &PushArgs, mirrors: &MirrorsConfig) -> Result<()> {
    for name in &args.options.only {
        if !mirrors.mirrors.iter().any(|m| &m.name == name) {
            return Err(Error::Usage(format!(
                "--only {name}: no mirror of that name in {}",
                args.mirrors.display()
            )));
        }
    }
    Ok(())
}

/// Push a bundle that has passed its check to the mirrors of `mirrors`.
pub(crate) async fn push_checked(
    args: &PushArgs,
    mirrors: &MirrorsConfig,
    checked: &Checked,
    ctx: &Context<'_>,
) -> Result<Outcome> {
    let dir = &args.check.dir;
    let (key, manifest, manifest_bytes) =
        (&checked.key, &checked.manifest, &checked.manifest_bytes);

    // Open every transport first: a missing secret is an error of use, before anything is sent.
    let state = &args.check.state_dir;
    let mut targets = Vec::new();
    let mut reports = Vec::new();
    for mirror in &mirrors.mirrors {
        if !args.options.only.is_empty() && !args.options.only.contains(&mirror.name) {
            continue;
        }
        match crate::transport::open(mirror, state)? {
            Some((transport, kind)) => {
                targets.push((transport, MirrorReport::new(&mirror.name, kind)))
            }
            None => {
                let mut report = MirrorReport::new(&mirror.name, TransportKind::None);
                report.status = MirrorStatus::Skipped;
                reports.push(report);
            }
        }
    }
    if targets.is_empty() {
        return Err(Error::Usage(format!(
            "no mirror in {} has a transport to push with; add {} to one (the mirrors.toml \
             `mirrorcast init` writes shows an example of each)",
            args.mirrors.display(),
            crate::config::transport_tables(", ", " or ")
        )));
    }
    let release = Release {
        dir,
        manifest,
        manifest_bytes,
        key: &key.key,
    };
    let options = Options {
        progress: ctx.progress,
        stop: &ctx.cancel,
        file_jobs: args.options.file_jobs.max(1),
        time_limit: Duration::from_secs(args.options.time_limit.max(1)),
        full: args.options.full,
        repair: args.options.repair,
    };
    let writing = super::GracefulStop::start(ctx);
    let pushed: Vec<MirrorReport> = futures_util::stream::iter(targets)
        .map(|(transport, mut report)| {
            let (release, options) = (&release, &options);
            async move {
                push_one(transport.as_ref(), release, options, &mut report).await;
                report
            }
        })
        .buffer_unordered(args.options.jobs.max(1))
        .collect()
        .await;
    drop(writing);
    reports.extend(pushed);
    reports.sort_by(|a, b| a.name.cmp(&b.name));
    let all_ok = reports.iter().all(|r| r.status != MirrorStatus::Failed);
    Ok(Outcome {
        report: Report::Push(PushReport {
            site: manifest.site.clone(),
            release: manifest.release,
            mirrors: reports,
            all_ok,
            warnings: Vec::new(),
        }),
        exit_code: if all_ok { 0 } else { 1 },
    })
}
