//! `publish`: the whole job. Bundle, check, pin (or, without IPFS configured, the CAR and CID
//! alone), push, verify. It stops before pushing anything if the bundle fails its own check, and
//! succeeds only when enough copies verify.

use super::{Context, Outcome};
use crate::cli::{CarArgs, CheckArgs, CidArgs, PinArgs, PublishArgs, PushArgs};
use crate::error::Result;
use crate::report::{IpfsStep, PublishReport, Report};
use crate::verify::Status;

pub async fn run(args: &PublishArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let bundled = super::off_reactor(|| super::bundle::run(&args.bundle, ctx))?;
    let Report::Bundle(bundle) = bundled.report else {
        return Ok(bundled);
    };
    let project = &args.bundle.project;
    let check = CheckArgs {
        dir: args.bundle.out.clone(),
        publisher_key: None,
        content: project.content.clone(),
        state_dir: project.state_dir.clone(),
    };
    // What the bundle step warned of is still said when publish stops at the check (for
    // people: the check report is the `--json` of a stop, as for `check`).
    let (_, mut bundle_warnings) = Report::Bundle(bundle.clone()).human();
    // The bundle must pass its own check before it goes anywhere, and not be past its expiry
    // already (an old SOURCE_DATE_EPOCH or `released`).
    let sendable = || {
        let (done, next) = ("pinned or pushed", "publish again");
        super::check::sendable_bundle(&check, ctx, "published", done, next)
    };
    let checked = match super::off_reactor(sendable)? {
        Ok(checked) => checked,
        Err(mut stopped) => {
            stopped.report = match stopped.report {
                Report::Check(check) => Report::Stopped {
                    check,
                    then: "NOT published: the bundle failed its own check (above), so nothing was pinned or pushed".into(),
                    warnings: bundle_warnings,
                },
                // Expired: the check says so; the bundle's warning of it would say it twice.
                Report::Stopped { check, then, .. } => {
                    bundle_warnings.retain(|w| w != &super::bundle::signed_expired(&bundle.report));
                    Report::Stopped {
                        check,
                        then,
                        warnings: bundle_warnings,
                    }
                }
                other => other,
            };
            return Ok(stopped);
        }
    };
    let mirrors = super::bundle::load_mirrors(&project.mirrors)?;

    let push_args = PushArgs {
        check: check.clone(),
        mirrors: project.mirrors.clone(),
        options: args.options.clone(),
    };
    super::push::check_only(&push_args, &mirrors)?;
    let pin_args = PinArgs {
        check: check.clone(),
        cid_profile: args.cid_profile,
        mirrors: project.mirrors.clone(),
        api: args.api.clone(),
        release_log: args.bundle.release_log.clone(),
    };
    let nodes = super::ipfs::nodes(&pin_args, &mirrors)?;

    // The DAG once: its CAR beside the bundle (what `car` writes), uploaded where a node
    // lacks it, and its blocks, which gateways are checked against.
    let car_args = CarArgs {
        cid: CidArgs {
            path: args.bundle.out.clone(),
            cid_profile: args.cid_profile,
        },
        out: None,
    };
    let (car, prepared) = super::off_reactor(|| super::ipfs::car_prepared(&car_args, ctx))?;
    let ipfs = if !nodes.is_empty() || !mirrors.ipfs.pinning_services.is_empty() {
        let pinned =
            super::ipfs::pin_checked(&pin_args, &mirrors, &nodes, &checked, Some(&prepared), ctx)
                .await?;
        match pinned.report {
            Report::Pin(pin) => IpfsStep::Pinned(pin),
            _ => return Ok(pinned),
        }
    } else {
        IpfsStep::Skipped {
            reason: "no IPFS node or pinning service in mirrors.toml (nor IPFS_API); the CAR and CID were written, not pinned".into(),
            car,
        }
    };

    // Mirrors without a transport update themselves: with none to push to, verify the copies.
    let push = if mirrors.mirrors.iter().any(|m| m.transport.is_some()) {
        let pushed = super::push::push_checked(&push_args, &mirrors, &checked, ctx).await?;
        match pushed.report {
            Report::Push(push) => Some(push),
            _ => return Ok(pushed),
        }
    } else {
        None
    };

    // With --only, the other mirrors were left as they are on purpose: checking them would
    // count copies this run never meant to update. Gateways are checked as ever.
    let mut verified = mirrors.clone();
    if !args.options.only.is_empty() {
        verified
            .mirrors
            .retain(|m| args.options.only.contains(&m.name));
    }
    let local =
        super::verify::prepared_bundle(&args.bundle.out, checked.manifest.clone(), prepared);
    let verify_copies = || {
        super::verify::verify(
            &verified,
            &[],
            &checked.key.key,
            Some(&local),
            &args.verify,
            &project.state_dir,
            ctx,
        )
    };
    let mut verify = verify_copies().await?;
    // A mirror push writes to that serves edited or missing files holds a genuine manifest
    // that vouches for them: push trusted it. Read those mirrors, send exactly what is wrong,
    // and verify again.
    let damaged: Vec<String> = mirrors
        .mirrors
        .iter()
        .filter(|m| m.transport.is_some())
        .filter(|m| {
            verify
                .copies
                .iter()
                .any(|c| c.name == m.name && matches!(c.status, Status::Tampered | Status::Partial))
        })
        .map(|m| m.name.clone())
        .collect();
    let mut repair = None;
    if push.is_some() && !damaged.is_empty() && !ctx.cancel.is_cancelled() {
        let mut repair_args = push_args.clone();
        repair_args.options.repair = true;
        repair_args.options.only = damaged;
        let repaired = super::push::push_checked(&repair_args, &mirrors, &checked, ctx).await?;
        if let Report::Push(report) = repaired.report {
            repair = Some(report);
            verify = verify_copies().await?;
        }
    }
    let needed = args.min_verified.unwrap_or(verify.copies.len());
    let verified = verify.ok_count() as usize;
    let exit_code = if verified >= needed { 0 } else { 1 };
    Ok(Outcome {
        report: Report::Publish(Box::new(PublishReport {
            bundle,
            ipfs,
            push,
            repair,
            verify,
            min_verified: needed,
            published: exit_code == 0,
        })),
        exit_code,
    })
}
