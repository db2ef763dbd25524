use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::Parser as _;
use mirrorcast::cli::Cli;
use mirrorcast::progress::{NoProgress, Progress};
use mirrorcast::signing::Secret;
use mirrorcast::{Context, NoPrompt, Prompt};

/// Asks on the terminal (never echoing), only when there is one.
struct TerminalPrompt;

impl Prompt for TerminalPrompt {
    fn password(&self, prompt: &str, confirm: bool) -> Result<Option<Secret>, String> {
        if !std::io::stdin().is_terminal() {
            return Ok(None);
        }
        let ask = |p: &str| {
            rpassword::prompt_password(p).map_err(|e| format!("could not read the password: {e}"))
        };
        for _ in 0..3 {
            let first = ask(&format!("{prompt}: "))?;
            if !confirm {
                return Ok(Some(Secret::new(first)));
            }
            if ask("the same again: ")? == first {
                return Ok(Some(Secret::new(first)));
            }
            eprintln!("the two passwords differ; try again");
        }
        Err("the passwords differed three times; nothing was written".into())
    }
}

/// A byte bar on standard error, drawn only while work is under way.
struct Bar(indicatif::ProgressBar);

impl Progress for Bar {
    fn begin(&self, label: &str, total: u64) {
        if total == 0 {
            return;
        }
        self.0.reset();
        self.0.set_style(
            indicatif::ProgressStyle::with_template(
                "{msg} {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}",
            )
            .expect("a valid template"),
        );
        self.0.set_message(label.to_string());
        self.0.set_length(total);
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn end(&self) {
        self.0.finish_and_clear();
        self.0
            .set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let prompt: &dyn Prompt = if std::env::var_os("CI").is_some() {
        &NoPrompt
    } else {
        &TerminalPrompt
    };
    let bar;
    let progress: &dyn Progress = if std::io::stderr().is_terminal() && !cli.quiet && !cli.json {
        bar = Bar(indicatif::ProgressBar::hidden());
        bar.0
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
        &bar
    } else {
        &NoProgress
    };
    let ctx = Context::from_env(prompt, progress);
    match mirrorcast::run(&cli, &ctx) {
        Ok(outcome) => {
            let text = if cli.json {
                match serde_json::to_string_pretty(&outcome.report) {
                    Ok(json) => json + "\n",
                    Err(e) => {
                        eprintln!("error: could not write the report as JSON: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                let (text, warnings) = outcome.report.human();
                for w in warnings {
                    eprintln!("warning: {w}");
                }
                text
            };
            if !cli.quiet || cli.json {
                // A closed pipe (`mirrorcast check dist | head -1`) is not an error.
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            ExitCode::from(outcome.exit_code)
        }
        Err(err) => {
            if cli.json {
                let json = serde_json::json!({ "error": err.to_string() });
                println!("{json}");
            }
            eprintln!("error: {err}");
            let mut shown = err.to_string();
            let mut source = std::error::Error::source(&err);
            while let Some(cause) = source {
                // Most of our errors already quote their cause; say each thing once.
                let text = cause.to_string();
                if !shown.contains(&text) {
                    eprintln!("  caused by: {text}");
                    shown.push_str(&text);
                }
                source = cause.source();
            }
            ExitCode::from(2)
        }
    }
}
