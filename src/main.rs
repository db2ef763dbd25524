use std::io::{IsTerminal as _, Write as _};
use std::process::ExitCode;

use clap::Parser as _;
use mirrorcast::cli::Cli;
use mirrorcast::progress::{NoProgress, Progress};
use mirrorcast::release::signing::Secret;
use mirrorcast::text::for_terminal;
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
/// Bars on standard error: one for the current long job, one per concurrent task (a mirror).
struct Bar {
    multi: indicatif::MultiProgress,
    main: indicatif::ProgressBar,
}

fn bytes_style() -> indicatif::ProgressStyle {
    indicatif::ProgressStyle::with_template(
        "{msg} {wide_bar} {binary_bytes}/{binary_total_bytes} {binary_bytes_per_sec} {eta}",
    )
    .expect("a valid template")
}

impl Progress for Bar {
    fn begin(&self, label: &str, total: u64) {
        if total == 0 {
            return;
        }
        self.main.reset();
        self.main.set_style(bytes_style());
        self.main.set_message(label.to_string());
        self.main.set_length(total);
        self.main
            .set_draw_target(indicatif::ProgressDrawTarget::stderr());
    }
    fn advance(&self, bytes: u64) {
        self.main.inc(bytes);
    }
    fn end(&self) {
        self.main.finish_and_clear();
        self.main
            .set_draw_target(indicatif::ProgressDrawTarget::hidden());
    }
    fn task(&self, label: &str, total: u64) -> Box<dyn Progress> {
        let bar = self.multi.add(indicatif::ProgressBar::new(total));
        bar.set_style(bytes_style());
        bar.set_message(label.to_string());
        Box::new(TaskBar(bar))
    }
}

struct TaskBar(indicatif::ProgressBar);

impl Progress for TaskBar {
    fn advance(&self, bytes: u64) {
        self.0.inc(bytes);
    }
    fn end(&self) {
        self.0.finish_and_clear();
    }
}

/// `verify` and `push` hold a connection per copy and file in flight; the common soft limit of
/// 1024 open files is too low for a thousand mirrors, while the hard limit is not. Raise the
/// soft limit to the hard one (at most 65536), as servers do.
fn raise_open_file_limit() {
    let mut limit = libc::rlimit {
        rlim_cur: 0,
        rlim_max: 0,
    };
    // SAFETY: getrlimit/setrlimit with a valid pointer to a local rlimit.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 {
            let wanted = limit.rlim_max.min(65536);
            if limit.rlim_cur < wanted {
                limit.rlim_cur = wanted;
                let _ = libc::setrlimit(libc::RLIMIT_NOFILE, &limit);
            }
        }
    }
}

/// Standard error for diagnostics, every line passed through the same redaction as reports:
/// a secret in a URL, a header or a server's answer never reaches a log.
struct RedactedStderr;

impl std::io::Write for RedactedStderr {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        std::io::stderr().write_all(for_terminal(&text).as_bytes())?;
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        std::io::stderr().flush()
    }
}

/// Diagnostics (`tracing`) to standard error, as `-v` or RUST_LOG ask; none otherwise, except
/// for a daemon (`serve`), whose log is how its operator sees what it does.
fn diagnostics(verbose: u8, daemon: bool) {
    let wanted = match verbose {
        0 if daemon => Some("mirrorcast=info"),
        0 => None,
        1 => Some("mirrorcast=info"),
        2 => Some("mirrorcast=debug"),
        _ => Some("mirrorcast=trace"),
    };
    let filter = match std::env::var("RUST_LOG") {
        Ok(spec) if !spec.trim().is_empty() => tracing_subscriber::EnvFilter::new(spec),
        _ => match wanted {
            Some(spec) => tracing_subscriber::EnvFilter::new(spec),
            None => return,
        },
    };
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(|| RedactedStderr)
        .with_ansi(false)
        .with_target(false)
        .try_init();
}

fn main() -> ExitCode {
    raise_open_file_limit();
    let cli = Cli::parse();
    diagnostics(
        cli.verbose,
        matches!(cli.command, mirrorcast::cli::Command::Serve(_)) && !cli.quiet,
    );
    let prompt: &dyn Prompt = if std::env::var_os("CI").is_some() {
        &NoPrompt
    } else {
        &TerminalPrompt
    };
    let bar;
    let progress: &dyn Progress = if std::io::stderr().is_terminal() && !cli.quiet && !cli.json {
        bar = Bar {
            multi: indicatif::MultiProgress::with_draw_target(
                indicatif::ProgressDrawTarget::stderr(),
            ),
            main: indicatif::ProgressBar::hidden(),
        };
        &bar
    } else {
        &NoProgress
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::from(2);
        }
    };
    let ctx = Context::from_env(prompt, progress);
    let result = runtime.block_on(async {
        interrupt_handler(&ctx);
        mirrorcast::run(&cli, &ctx).await
    });
    // A git or ssh process, or a copy that never answers, past its deadline must not keep us
    // waiting.
    runtime.shutdown_background();
    match result {
        Ok(outcome) => {
            let text = if cli.json {
                match serde_json::to_value(&outcome.report) {
                    Ok(value) => json_text(value),
                    Err(e) => {
                        eprintln!("error: could not write the report as JSON: {e}");
                        return ExitCode::from(2);
                    }
                }
            } else {
                let (text, warnings) = outcome.report.human();
                // --quiet promises errors only; warnings point at the report it leaves out.
                for w in warnings.iter().filter(|_| !cli.quiet) {
                    eprintln!("warning: {}", for_terminal(w));
                }
                for_terminal(&text)
            };
            if !cli.quiet || cli.json {
                // A closed pipe (`mirrorcast check dist | head -1`) is not an error.
                let _ = std::io::stdout().write_all(text.as_bytes());
            }
            ExitCode::from(outcome.exit_code)
        }
        Err(err) => {
            if cli.json {
                print!(
                    "{}",
                    json_text(serde_json::json!({
                        "error": err.to_string(),
                        "kind": err.kind().as_str(),
                    }))
                );
            }
            eprintln!("error: {}", for_terminal(&err.to_string()));
            let mut shown = err.to_string();
            let mut source = std::error::Error::source(&err);
            while let Some(cause) = source {
                // Most of our errors already quote their cause; say each thing once.
                let text = cause.to_string();
                if !shown.contains(&text) {
                    eprintln!("  caused by: {}", for_terminal(&text));
                    shown.push_str(&text);
                }
                source = cause.source();
            }
            ExitCode::from(err.exit_code())
        }
    }
}

/// Ctrl-C. While mirrors are being written (push, publish's push), the first one stops new
/// uploads and lets swaps finish, so every mirror stays on a consistent release; a second one
/// ends at once. Anywhere else the process ends at once, as if no handler were installed.
fn interrupt_handler(ctx: &Context<'_>) {
    let (cancel, writing) = (ctx.cancel.clone(), ctx.stops_gracefully.clone());
    tokio::spawn(async move {
        while tokio::signal::ctrl_c().await.is_ok() {
            if writing.load(std::sync::atomic::Ordering::SeqCst) && !cancel.is_cancelled() {
                cancel.cancel();
                continue;
            }
            end_by_interrupt();
        }
    });
}

/// End the way an interrupted program does: killed by SIGINT, so the shell sees it (and puts
/// back the terminal a password prompt had stopped echoing).
fn end_by_interrupt() -> ! {
    // SAFETY: restoring the default disposition of SIGINT and raising it; no memory is touched.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}

/// JSON for standard output, every string with secrets hidden (whatever flag or variable a
/// secret was pasted into); serde escapes control characters itself.
fn json_text(mut value: serde_json::Value) -> String {
    fn redact(value: &mut serde_json::Value) {
        match value {
            serde_json::Value::String(s) => {
                if let std::borrow::Cow::Owned(hidden) = mirrorcast::text::redact(s) {
                    *s = hidden;
                }
            }
            serde_json::Value::Array(items) => items.iter_mut().for_each(redact),
            serde_json::Value::Object(map) => map.values_mut().for_each(redact),
            _ => {}
        }
    }
    redact(&mut value);
    serde_json::to_string_pretty(&value).unwrap_or_default() + "\n"
}
