//! `mirrorcast serve`: the command's edge; the daemon itself is [`crate::serve`].

use super::{Context, GracefulStop, Outcome};
use crate::cli::ServeArgs;
use crate::error::Result;
use crate::release::check::{TrustedKey, public_key_arg};
use crate::report::Report;
use crate::serve::{FollowOptions, Limits, Options};

pub async fn run(args: &ServeArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let key = TrustedKey {
        key: public_key_arg(&args.publisher_key)?,
        source: "--publisher-key".into(),
    };
    // The first Ctrl-C stops serving gracefully (answers in flight finish), as it stops a push;
    // so does SIGTERM, which service managers send.
    let _graceful = GracefulStop::start(ctx);
    let stop = ctx.cancel.clone();
    if let Ok(mut term) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
    {
        let stop = stop.clone();
        tokio::spawn(async move {
            if term.recv().await.is_some() {
                stop.cancel();
            }
        });
    }
    let options = Options {
        root: args.root.clone(),
        key,
        install: args.install.clone(),
        listen: args.listen,
        limits: Limits {
            max_release_bytes: args.max_release_mib.saturating_mul(1 << 20),
            max_files: args.max_files,
            pushes_per_minute: args.pushes_per_minute,
        },
        onion: args.onion_location.clone(),
        follow: FollowOptions {
            sources: args
                .follow
                .iter()
                .map(|u| {
                    let mut u = u.clone();
                    if !u.path().ends_with('/') {
                        u.set_path(&format!("{}/", u.path()));
                    }
                    u
                })
                .collect(),
            learn: args.learn,
            every: args.every,
        },
        tls: args.tls_cert.clone().zip(args.tls_key.clone()),
    };
    let report = crate::serve::run(options, stop).await?;
    Ok(Outcome::ok(Report::Serve(report)))
}
