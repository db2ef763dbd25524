//! mirrorcast: keep a text reachable while governments block sites.
//!
//! The library does the work and never prints; `main.rs` parses flags, calls [`run`], prints
//! the [`report::Report`] and maps the outcome to an exit code.

#![forbid(unsafe_code)]

pub mod acceptance;
pub mod bundle;
pub mod check;
pub mod cli;
pub mod commands;
pub mod config;
pub mod error;
pub mod hash;
pub mod history;
pub mod http;
pub mod ipfs;
pub mod keys;
pub mod manifest;
pub mod progress;
pub mod push;
pub mod release_log;
pub mod report;
pub mod safe_fs;
pub mod signing;
pub mod site;
pub mod text;
pub mod tree;
pub mod verify;
pub mod write_behind;

pub use commands::{Context, NoPrompt, Outcome, Prompt};
pub use error::{Error, Result};

/// Run one command.
pub fn run(cli: &cli::Cli, ctx: &Context<'_>) -> Result<Outcome> {
    match &cli.command {
        cli::Command::Init(args) => commands::init::run(args, ctx),
        cli::Command::Keygen(args) => commands::keygen::run(args, ctx),
        cli::Command::Bundle(args) => commands::bundle::run(args, ctx),
        cli::Command::Check(args) => commands::check::run(args, ctx),
        cli::Command::Cid(args) => commands::ipfs::cid(args, ctx),
        cli::Command::Car(args) => commands::ipfs::car(args, ctx),
        cli::Command::Pin(args) => commands::ipfs::pin(args, ctx),
        cli::Command::Push(args) => commands::push::run(args, ctx),
        cli::Command::Publish(args) => commands::publish::run(args, ctx),
        cli::Command::Verify(args) => commands::verify::run(args, ctx),
        cli::Command::Status(args) => commands::verify::status(args),
    }
}
