//! `verify`: every mirror and gateway, file by file, through the addresses readers use.

use std::path::Path;
use std::time::Duration;

use super::{Context, Outcome};
use crate::cli::{StatusArgs, VerifyArgs, VerifyOptionArgs};
use crate::config::MirrorsConfig;
use crate::error::{Error, Result};
use crate::release::signing::PublicKey;
use crate::report::Report;
use crate::verify::{Local, Options, VerifyReport};

/// The history database, in the state directory.
pub(crate) const HISTORY: &str = "history.sqlite";

/// Longest wait for a TCP connection to a copy.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);

pub async fn run(args: &VerifyArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let extra = args
        .urls
        .iter()
        .map(|u| {
            crate::config::public_address(u).map_err(|why| {
                // A folder given as a copy: `check` is the command for that.
                let folder = if std::path::Path::new(u).is_dir() {
                    "; a folder is checked with `mirrorcast check DIR`"
                } else {
                    ""
                };
                Error::Usage(format!("--url {}: {why}{folder}", crate::text::shown(u)))
            })
        })
        .collect::<Result<Vec<_>>>()?;
    // With addresses given on the command line, mirrors.toml is optional.
    let config = if extra.is_empty() || args.mirrors.exists() {
        super::bundle::load_mirrors(&args.mirrors)?
    } else {
        MirrorsConfig::default()
    };
    let key = super::check::trusted_key(&args.check)?;
    let local = if args.check.dir.is_dir() {
        match super::off_reactor(|| super::check::genuine_bundle(&args.check, ctx))? {
            Ok(checked) => Some(local_bundle(
                &args.check.dir,
                checked.manifest,
                args.cid_profile,
            )),
            // The local bundle is not genuine: it cannot say what the copies should hold.
            Err(not_genuine) => return Ok(not_genuine),
        }
    } else {
        None
    };
    let report = verify(
        &config,
        &extra,
        &key.key,
        local.as_ref(),
        &args.options,
        &args.check.state_dir,
        ctx,
    )
    .await?;
    Ok(outcome(report))
}

pub(crate) fn outcome(report: VerifyReport) -> Outcome {
    let exit_code = if report.all_ok { 0 } else { 1 };
    Outcome {
        report: Report::Verify(report),
        exit_code,
    }
}

/// The local bundle as verify needs it; a bundle without a CID leaves gateways unchecked.
pub(crate) fn local_bundle(
    dir: &Path,
    manifest: crate::release::manifest::Manifest,
    profile: crate::ipfs::CidProfile,
) -> Local {
    Local {
        manifest,
        dir: dir.to_path_buf(),
        dag: crate::verify::gateway::local_dag(dir, profile).ok(),
    }
}

/// The local bundle as verify needs it, its DAG already made.
pub(crate) fn prepared_bundle(
    dir: &Path,
    manifest: crate::release::manifest::Manifest,
    prepared: crate::ipfs::car::Prepared,
) -> Local {
    Local {
        manifest,
        dir: dir.to_path_buf(),
        dag: Some((
            prepared.summary.dag.root,
            prepared.blocks,
            prepared.summary.dag.block_bytes,
        )),
    }
}

/// Check every copy in `config` and `extra`, record the run, write the HTML page if asked.
pub(crate) async fn verify(
    config: &MirrorsConfig,
    extra: &[url::Url],
    key: &PublicKey,
    local: Option<&Local>,
    options: &VerifyOptionArgs,
    state_dir: &Path,
    ctx: &Context<'_>,
) -> Result<VerifyReport> {
    let with_gateways = local.is_some_and(|l| l.dag.is_some());
    let targets = crate::verify::targets(
        config,
        extra,
        with_gateways,
        options.through_transport,
        state_dir,
        Duration::from_secs(options.verify_timeout.max(1)),
    );
    if targets.is_empty() {
        return Err(Error::Usage(
            "nothing to verify: mirrors.toml lists no mirror and no IPFS gateway; add one (the \
             mirrors.toml `mirrorcast init` writes shows examples), or check a copy by its \
             address with `mirrorcast verify --url ADDRESS`"
                .into(),
        ));
    }
    let (tls, tls_problem) = crate::transport::http::tls().map_err(Error::Usage)?;
    let opts = Options {
        key,
        local,
        now: ctx.now,
        timeout: Duration::from_secs(options.verify_timeout.max(1)),
        jobs: options.verify_jobs.max(1),
        file_jobs: options.verify_file_jobs.max(1),
        tls,
        tls_problem,
        connect_timeout: CONNECT_TIMEOUT,
        verified: Default::default(),
        large_reads: tokio::sync::Semaphore::new(1),
    };
    let (copies, newest) = crate::verify::verify_all(&targets, &opts).await;
    let mut report = VerifyReport::new(
        local.map(|l| l.manifest.site.clone()),
        newest,
        ctx.now,
        copies,
    );
    // The page and the history are kept beside the job: when they cannot be written, the
    // report says so, and the run's result stands.
    super::off_reactor(|| keep_record(&mut report, options, state_dir, ctx));
    Ok(report)
}

/// Write the status page and record the run in the history, as asked.
fn keep_record(
    report: &mut VerifyReport,
    options: &VerifyOptionArgs,
    state_dir: &Path,
    ctx: &Context<'_>,
) {
    if let Some(path) = &options.html {
        let page = crate::verify::html::page(report);
        match crate::safe_fs::write_atomic(path, page.as_bytes(), 0o644, true) {
            Ok(()) => report.html = Some(path.display().to_string()),
            Err(e) => report
                .warnings
                .push(format!("the status page was not written: {e}")),
        }
    }
    if !options.no_history {
        let path = state_dir.join(HISTORY);
        let recorded = crate::history::History::open(&path)
            .map_err(crate::Error::from)
            .and_then(|mut history| report.record(&mut history, ctx.now));
        match recorded {
            Ok(()) => report.history = Some(path.display().to_string()),
            Err(e) => report.warnings.push(format!(
                "this run was not recorded in the history, so `status` will not count it: {e}"
            )),
        }
    }
}

/// `status`: the recorded runs, per copy.
pub fn status(args: &StatusArgs) -> Result<Outcome> {
    let site = match &args.site {
        Some(site) => site.clone(),
        None => {
            let Some((_, site)) = crate::site::content::SiteConfig::load(&args.content)? else {
                return Err(Error::Usage(crate::safe_fs::not_here(
                    &args.content.join(crate::site::content::SITE_TOML),
                    "pass --site ID to say whose history to show",
                )));
            };
            site.id
        }
    };
    let path = args.state_dir.join(HISTORY);
    if !path.is_file() {
        return Err(Error::Usage(format!(
            "{}: no history yet; run `mirrorcast verify` first",
            path.display()
        )));
    }
    let history = crate::history::History::open(&path)?;
    let (copies, left_out): (Vec<_>, Vec<_>) = history
        .summary(&site)?
        .into_iter()
        .partition(|c| args.all || c.in_latest_run);
    Ok(Outcome::ok(Report::Status(crate::report::StatusReport {
        site,
        history: path.display().to_string(),
        copies,
        left_out: left_out.len(),
    })))
}
