//! mirrorcast: keep a text reachable while governments block sites.
//!
//! The library does the work and never prints; `main.rs` parses flags, calls [`run`], prints
//! the [`report::Report`] and maps the outcome to an exit code.

#![forbid(unsafe_code)]

pub mod bundle;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod hash;
pub mod history;
pub mod http;
pub mod ipfs;
pub mod keys;
pub mod progress;
pub mod push;
pub mod release;
pub mod report;
pub mod retry;
pub mod safe_fs;
pub mod serve;
pub mod site;
pub mod store;
pub mod text;
pub mod transport;
pub mod tree;
pub mod verify;
pub mod write_behind;

pub use commands::{Context, NoPrompt, Outcome, Prompt};
pub use error::{Error, Result};

/// Run one command, on the caller's runtime. Work that blocks (hashing, bundling, file trees)
/// runs off the reactor; network work is cancelled through `ctx.cancel`.
pub async fn run(cli: &cli::Cli, ctx: &Context<'_>) -> Result<Outcome> {
    use commands::off_reactor;
    match &cli.command {
        cli::Command::Init(args) => off_reactor(|| commands::init::run(args, ctx)),
        cli::Command::Keygen(args) => off_reactor(|| commands::keygen::run(args, ctx)),
        cli::Command::Bundle(args) => off_reactor(|| commands::bundle::run(args, ctx)),
        cli::Command::Release(args) => commands::release::run(args),
        cli::Command::Check(args) => off_reactor(|| commands::check::run(args, ctx)),
        cli::Command::Cid(args) => off_reactor(|| commands::ipfs::cid(args, ctx)),
        cli::Command::Car(args) => off_reactor(|| commands::ipfs::car(args, ctx)),
        cli::Command::Pin(args) => commands::ipfs::pin(args, ctx).await,
        cli::Command::Push(args) => commands::push::run(args, ctx).await,
        cli::Command::Publish(args) => commands::publish::run(args, ctx).await,
        cli::Command::Verify(args) => commands::verify::run(args, ctx).await,
        cli::Command::Status(args) => off_reactor(|| commands::verify::status(args)),
        cli::Command::Serve(args) => commands::serve::run(args, ctx).await,
        cli::Command::Completions(args) => commands::manual::completions(args),
        cli::Command::Man(args) => off_reactor(|| commands::manual::man(args)),
    }
}
