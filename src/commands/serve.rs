//! `mirrorcast serve`: the command's edge; the daemon itself is [`crate::serve`].

use super::{Context, GracefulStop, Outcome};
use crate::cli::ServeArgs;
use crate::error::{Error, Result};
use crate::release::check::{TrustedKey, public_key_arg};
use crate::report::Report;
use crate::serve::{FollowOptions, Limits, Options};

pub async fn run(args: &ServeArgs, ctx: &Context<'_>) -> Result<Outcome> {
    // Optional for clap so that a volunteer who forgot it learns where the key is, not only
    // that a flag is missing.
    let Some(publisher_key) = &args.publisher_key else {
        return Err(Error::Usage(
            "serve needs the publisher key, so that it takes only the organisers' releases: \
             pass --publisher-key with the `RW…` line shown on the site's \"Other copies\" \
             page (or the organisers' mirrorcast.pub file), or set MIRRORCAST_PUBLISHER_KEY"
                .into(),
        ));
    };
    let key = TrustedKey {
        key: public_key_arg(publisher_key)?,
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
