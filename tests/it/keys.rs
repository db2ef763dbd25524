use crate::support::Project;

const PASSWORD: &str = "a long passphrase nobody guesses";

#[test]
fn encrypted_key_round_trip() {
    let p = Project::new();
    let r = p
        .cmd(&["keygen"])
        .env("MIRRORCAST_KEY_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let stdout = String::from_utf8_lossy(&r.stdout);
    let public = p.read("mirrorcast.pub").lines().nth(1).unwrap().to_string();
    assert!(stdout.starts_with(&public), "{stdout}");
    let secret = p.read("mirrorcast.key");
    assert!(secret.contains("encrypted secret key"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let mode = std::fs::metadata(p.path().join("mirrorcast.key"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    // Without a password and no terminal: one clear error.
    let r = p.run(&["bundle"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("MIRRORCAST_KEY_PASSWORD"), "{}", r.stderr);

    // A wrong password: refused, and neither password nor key material shows.
    let r = p
        .cmd(&["--json", "bundle"])
        .env("MIRRORCAST_KEY_PASSWORD", "hunter2")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(all.contains("wrong password"), "{all}");
    assert!(!all.contains("hunter2"), "{all}");
    let secret_line = secret.lines().nth(1).unwrap();
    assert!(!all.contains(secret_line));

    // The right one, through the environment; the default key file is found.
    let r = p
        .cmd(&["--json", "bundle"])
        .env("MIRRORCAST_KEY_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    let all = format!(
        "{}{}",
        String::from_utf8_lossy(&r.stdout),
        String::from_utf8_lossy(&r.stderr)
    );
    assert!(!all.contains(PASSWORD) && !all.contains(secret_line));
    p.ok(&["check", "dist", "--publisher-key", "mirrorcast.pub"]);
}

#[test]
fn keygen_never_overwrites_by_accident() {
    let p = Project::new();
    p.keygen();
    let before = p.read("ci.key");
    let r = p.run_keygen("ci");
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--force"), "{}", r.stderr);
    assert_eq!(p.read("ci.key"), before);
    let r = p.run(&["keygen", "--secret-key", "new.key"]);
    assert_eq!(r.code, 2, "an encrypted key needs a password");
    // One path for both halves would overwrite the secret key with the public one.
    for force in [false, true] {
        let mut args = vec!["keygen", "--unencrypted", "-s", "same", "-p", "./same"];
        if force {
            args.push("--force");
        }
        let r = p.run(&args);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("different names"), "{}", r.stderr);
        assert!(!p.path().join("same").exists());
    }
}

#[test]
fn replacing_the_publisher_key_says_who_still_trusts_the_old_one() {
    let p = Project::new();
    let old = p.keygen();
    let site = p.read("content/site.toml");
    let name_in_site = |key: &str| {
        p.write(
            "content/site.toml",
            &site.replace(
                "publisher-key = \"\"",
                &format!("publisher-key = \"{key}\""),
            ),
        )
    };
    let replace_ci = || {
        let r = p.run_keygen_with("ci", &["--force"]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        r
    };
    name_in_site(&old);
    let r = replace_ci();
    assert!(
        r.stderr
            .contains("content/site.toml names another publisher key")
            && r.stderr.contains("serve --publisher-key"),
        "{}",
        r.stderr
    );
    // The same in --json, for a second key made beside the project.
    name_in_site(p.read("ci.pub").lines().nth(1).unwrap());
    let r = p.run_keygen_with("b", &["--json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report: serde_json::Value = serde_json::from_str(&r.stdout).expect("JSON");
    assert!(
        report["warnings"][0]
            .as_str()
            .is_some_and(|w| w.contains("names another publisher key")),
        "{report}"
    );
    // A key kept outside the project: the project here is the one looked at.
    std::fs::create_dir(p.path().join("keys")).expect("mkdir");
    let r = p.run_keygen_with("keys/c", &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stderr.contains("names another publisher key"),
        "{}",
        r.stderr
    );
    // No publisher key named yet: nothing to warn of.
    p.write("content/site.toml", &site);
    let r = replace_ci();
    assert!(!r.stderr.contains("publisher key"), "{}", r.stderr);
}

#[test]
fn site_key_must_match_the_secret_key() {
    let p = Project::new();
    p.keygen();
    let other = p.keygen_as("other");
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace(
            "publisher-key = \"\"",
            &format!("publisher-key = \"{other}\""),
        ),
    );
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("site.toml names publisher key"),
        "{}",
        r.stderr
    );
    // And with a publisher key configured, a missing secret key is an error, not a throwaway.
    std::fs::remove_file(p.path().join("ci.key")).unwrap();
    let r = p.run(&["bundle"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no secret key"), "{}", r.stderr);
}

#[test]
fn an_encrypted_key_without_a_terminal_says_how_to_give_its_password() {
    let p = Project::new();
    let made = p
        .cmd(&["keygen", "--secret-key", "ci.key", "--public-key", "ci.pub"])
        .env("MIRRORCAST_KEY_PASSWORD", "correct horse")
        .output()
        .expect("keygen");
    assert!(made.status.success(), "{made:?}");
    let run = crate::support::Run::from(
        p.cmd(&["bundle", "--secret-key", "ci.key"])
            .env_remove("MIRRORCAST_KEY_PASSWORD")
            .env("CI", "true")
            .output()
            .expect("bundle"),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("set MIRRORCAST_KEY_PASSWORD")
            && run.stderr.contains("secrets.KEY_PASSWORD"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_missing_secret_key_points_at_the_project_key() {
    let p = Project::new();
    let made = p.run(&["keygen", "--unencrypted"]);
    assert_eq!(made.code, 0, "{}", made.stderr);
    let run = p.run(&["bundle", "--secret-key", "missing.key"]);
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "missing.key: no secret key here; this project's key is mirrorcast.key: leave out --secret-key"
        ),
        "{}",
        run.stderr
    );
}

/// The warning for an unencrypted key names the stock way to give it a password, and the key
/// minisign writes back is one mirrorcast reads: asked for that password, refusing another.
#[test]
fn an_unencrypted_key_gets_a_password_the_way_the_warning_says() {
    let minisign = crate::support::require_tool("minisign");
    let p = Project::new();
    let r = p.ok(&["keygen", "--unencrypted"]);
    let advice = "to give it a password later, run `minisign -C -s mirrorcast.key`";
    assert!(r.stderr.contains(advice), "{}", r.stderr);
    assert!(!r.stdout.contains("warning"), "{}", r.stdout);

    // minisign asks twice, on standard input when there is no terminal.
    let mut child = std::process::Command::new(minisign)
        .args(["-C", "-s", "mirrorcast.key"])
        .current_dir(p.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().unwrap();
        writeln!(stdin, "{PASSWORD}\n{PASSWORD}").unwrap();
    }
    assert!(child.wait().unwrap().success());

    let r = p.run(&["bundle"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("the key is encrypted"), "{}", r.stderr);
    let r = p
        .cmd(&["bundle"])
        .env("MIRRORCAST_KEY_PASSWORD", "not it")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    let r = p
        .cmd(&["bundle"])
        .env("MIRRORCAST_KEY_PASSWORD", PASSWORD)
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
}
