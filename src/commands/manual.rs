//! `completions` and `man`: what shells and `man` need, generated from the same flags clap
//! parses, so they never fall behind.

use clap::CommandFactory as _;

use super::Outcome;
use crate::cli::{Cli, CompletionsArgs, ManArgs};
use crate::error::{Error, IoContext as _, Result};
use crate::report::{GeneratedReport, Report};

pub fn completions(args: &CompletionsArgs) -> Result<Outcome> {
    let mut command = Cli::command();
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut command, "mirrorcast", &mut script);
    Ok(generated(script, Vec::new()))
}

pub fn man(args: &ManArgs) -> Result<Outcome> {
    let command = Cli::command();
    let Some(dir) = &args.out_dir else {
        let mut page = Vec::new();
        clap_mangen::Man::new(command)
            .render(&mut page)
            .map_err(|e| Error::Usage(format!("could not render the manual page: {e}")))?;
        return Ok(generated(page, Vec::new()));
    };
    std::fs::create_dir_all(dir).at(dir)?;
    let mut files = Vec::new();
    // The main page, then one per command, each written whole under its final name only once
    // rendered.
    let mut pages = vec![("mirrorcast".to_string(), command.clone())];
    for sub in command.get_subcommands() {
        let name = format!("mirrorcast-{}", sub.get_name());
        pages.push((
            name.clone(),
            sub.clone()
                .display_name(&name)
                .bin_name(format!("mirrorcast {}", sub.get_name())),
        ));
    }
    for (name, page_command) in pages {
        let mut page = Vec::new();
        clap_mangen::Man::new(page_command)
            .render(&mut page)
            .map_err(|e| Error::Usage(format!("could not render the page of {name}: {e}")))?;
        let path = dir.join(format!("{name}.1"));
        crate::safe_fs::write_atomic(&path, &page, 0o644, true)?;
        files.push(path.display().to_string());
    }
    Ok(generated(Vec::new(), files))
}

fn generated(text: Vec<u8>, files: Vec<String>) -> Outcome {
    Outcome::ok(Report::Generated(GeneratedReport {
        text: String::from_utf8_lossy(&text).into_owned(),
        files,
    }))
}
