//! `mirrorcast serve`: the command's edge; the daemon itself is [`crate::serve`].

use super::{Context, Outcome, WritingMirrors};
use crate::cli::ServeArgs;
use crate::error::Result;
use crate::release::check::{TrustedKey, public_key_arg};
use crate::report::Report;

pub async fn run(args: &ServeArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let key = TrustedKey {
        key: public_key_arg(&args.publisher_key)?,
        source: "--publisher-key".into(),
    };
    // The first Ctrl-C stops serving gracefully (answers in flight finish), as it stops a push.
    let _graceful = WritingMirrors::start(ctx);
    let report = crate::serve::run(
        args.root.clone(),
        key,
        args.install.clone(),
        args.listen,
        ctx.cancel.clone(),
    )
    .await?;
    Ok(Outcome::ok(Report::Serve(report)))
}
