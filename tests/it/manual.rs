//! `completions` and `man`: generated from the same flags the binary parses.

use crate::support::Project;

#[test]
fn completion_scripts_parse_in_their_shell_and_know_every_command() {
    let p = Project::empty();
    let out = p
        .cmd(&["completions", "bash"])
        .output()
        .expect("run completions");
    assert!(out.status.success(), "{out:?}");
    let script = String::from_utf8(out.stdout).expect("UTF-8");
    for command in ["publish", "verify", "push", "serve-never-existed"] {
        let known = script.contains(command);
        assert_eq!(
            known,
            command != "serve-never-existed",
            "{command} in the bash script"
        );
    }
    assert!(
        script.contains("--min-verified"),
        "publish's flags are completed"
    );
    // bash itself must accept it.
    std::fs::write(p.path().join("mirrorcast.bash"), &script).expect("write");
    let syntax = std::process::Command::new("bash")
        .args(["-n", "mirrorcast.bash"])
        .current_dir(p.path())
        .output()
        .expect("bash -n");
    assert!(syntax.status.success(), "bash -n: {syntax:?}");
    for shell in ["zsh", "fish", "elvish", "powershell"] {
        let out = p.cmd(&["completions", shell]).output().expect("run");
        assert!(
            out.status.success() && out.stdout.len() > 1000,
            "{shell}: {out:?}"
        );
    }
    let bad = p.cmd(&["completions", "tcsh"]).output().expect("run");
    assert_eq!(
        bad.status.code(),
        Some(2),
        "an unknown shell is a usage error"
    );
}

#[test]
fn man_pages_cover_every_command_and_render() {
    let p = Project::empty();
    let out = p.cmd(&["man"]).output().expect("run man");
    assert!(out.status.success(), "{out:?}");
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        page.starts_with(".ie") || page.contains(".TH mirrorcast 1"),
        "{page:.200}"
    );
    assert!(
        page.contains("Exit codes"),
        "the exit codes are in the page"
    );

    let out = p
        .cmd(&["--json", "man", "--out-dir", "man1"])
        .output()
        .expect("run man --out-dir");
    assert!(out.status.success(), "{out:?}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let files = report["files"].as_array().expect("files");
    for command in [
        "",
        "-init",
        "-keygen",
        "-bundle",
        "-check",
        "-cid",
        "-car",
        "-pin",
        "-push",
        "-publish",
        "-verify",
        "-status",
        "-completions",
        "-man",
    ] {
        let name = format!("mirrorcast{command}.1");
        let path = p.path().join("man1").join(&name);
        assert!(path.is_file(), "{name} written");
        assert!(
            files
                .iter()
                .any(|f| f.as_str().is_some_and(|f| f.ends_with(&name))),
            "{name} in the report"
        );
    }
    let publish = p.read("man1/mirrorcast-publish.1");
    assert!(
        publish.contains("min\\-verified"),
        "publish's flags are in its page"
    );
    assert!(
        publish.contains("mirrorcast publish"),
        "its synopsis names the command as typed"
    );
    // groff must render it without complaint where it is installed (-k: through preconv, as
    // man does, for the non-ASCII punctuation of the help).
    if let Ok(render) = std::process::Command::new("groff")
        .args(["-k", "-man", "-Tutf8", "-ww", "-z"])
        .arg(p.path().join("man1/mirrorcast-publish.1"))
        .output()
    {
        assert!(render.status.success(), "{render:?}");
        assert!(
            render.stderr.is_empty(),
            "groff warns: {}",
            String::from_utf8_lossy(&render.stderr)
        );
    } else {
        eprintln!("groff is not installed; the page was not rendered");
    }
}

#[test]
fn each_command_help_gives_its_own_exit_codes() {
    let p = Project::empty();
    let help = |cmd: &str| p.ok(&[cmd, "--help"]).stdout;
    for cmd in ["init", "keygen", "bundle", "cid", "car", "status"] {
        let text = help(cmd);
        assert!(
            text.contains("Exit codes:\n  0  done\n  2  error"),
            "{cmd}:\n{text}"
        );
        assert!(
            !text.contains("for check") && !text.contains("\n  1  "),
            "{cmd}:\n{text}"
        );
    }
    let check = help("check");
    assert!(check.contains("0  the bundle is genuine"), "{check}");
    assert!(check.contains("1  the bundle is not genuine"), "{check}");
    let serve = help("serve");
    assert!(serve.contains("stopped by Ctrl-C or SIGTERM"), "{serve}");
    for cmd in ["push", "pin", "publish", "verify"] {
        assert!(!help(cmd).contains("for check"), "{cmd}");
    }
    // Verify's bundle is optional and used for its own purpose; its help says which.
    let verify = help("verify")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        verify.contains("The local bundle, if there is one: it says which release is the newest"),
        "{verify}"
    );
    assert!(
        verify.contains("besides those mirrors.toml lists"),
        "{verify}"
    );
    let status = help("status");
    assert!(status.contains("--all"), "{status}");
}
