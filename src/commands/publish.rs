//! `publish`: bundle, check, push, in one command. (Pinning and verification join it in their
//! issues.) It stops before pushing anything if the bundle fails its own check.

use super::{Context, Outcome};
use crate::cli::{CheckArgs, PublishArgs, PushArgs};
use crate::error::Result;
use crate::report::{PublishReport, Report};

pub fn run(args: &PublishArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let bundled = super::bundle::run(&args.bundle, ctx)?;
    let Report::Bundle(bundle) = bundled.report else {
        return Ok(bundled);
    };
    let project = &args.bundle.project;
    let push = PushArgs {
        check: CheckArgs {
            dir: args.bundle.out.clone(),
            publisher_key: None,
            content: project.content.clone(),
            state_dir: project.state_dir.clone(),
        },
        mirrors: project.mirrors.clone(),
        options: args.options.clone(),
    };
    let pushed = super::push::run(&push, ctx)?;
    let Report::Push(push) = pushed.report else {
        // The bundle failed its own check: nothing was pushed; the check says why.
        return Ok(pushed);
    };
    Ok(Outcome {
        report: Report::Publish(PublishReport { bundle, push }),
        exit_code: pushed.exit_code,
    })
}
