//! `mirrorcast init`: a new project that bundles, checks and publishes as it is, and never a
//! replaced file.

use std::path::Path;

use crate::support::{Project, Run, tree};

/// Everything init makes, in the order it makes it (the `created` list of its report).
const CREATED: [&str; 10] = [
    "mirrorcast.key",
    "mirrorcast.pub",
    "content/",
    "content/site.toml",
    "content/letter.en.md",
    "content/signatories.txt",
    "mirrors.toml",
    "mirrors/",
    "mirrors/local-1/",
    ".gitignore",
];

/// `mirrorcast ARGS` run from `sub`, a directory of the project.
fn run_in(p: &Project, sub: &str, args: &[&str]) -> Run {
    Run::from(
        p.cmd(args)
            .current_dir(p.path().join(sub))
            .output()
            .expect("run mirrorcast"),
    )
}

fn json(r: &Run) -> serde_json::Value {
    serde_json::from_str(&r.stdout).unwrap_or_else(|e| panic!("{e}: {}", r.stdout))
}

/// The public key line of a `.pub` file.
fn public_key(path: &Path) -> String {
    std::fs::read_to_string(path)
        .expect("read the file")
        .lines()
        .nth(1)
        .expect("a key line")
        .to_string()
}

#[test]
fn init_then_bundle_check_and_publish_work_as_they_are() {
    let p = Project::empty();
    let dir = "Open Letter 2026";
    let r = p.ok(&["--json", "init", dir, "--unencrypted"]);
    let init = json(&r);
    assert_eq!(init["site"], "open-letter-2026");
    let key_id = init["key"]["key-id"]
        .as_str()
        .expect("a string in the report")
        .to_string();
    assert_eq!(key_id.len(), 16);
    assert_eq!(
        p.read(&format!("{dir}/content/signatories.txt")),
        "",
        "every line of signatories.txt is a published name"
    );
    let project = p.path().join(dir);
    assert!(project.join("mirrors/local-1").is_dir());
    let gitignore = p.read(&format!("{dir}/.gitignore"));
    for line in ["*.key", "/dist/", "/.mirrorcast/", "/*.car"] {
        assert!(gitignore.lines().any(|l| l == line), "{line}: {gitignore}");
    }

    // The new key, found as ./mirrorcast.key: not the throwaway one.
    let bundle = json(&run_in(&p, dir, &["--json", "bundle"]));
    assert_eq!(bundle["site"], "open-letter-2026");
    assert_eq!(bundle["release"], 1);
    assert_eq!(bundle["key-id"], key_id.as_str());
    assert_eq!(bundle["throwaway-key"], serde_json::Value::Null);
    let manifest: serde_json::Value =
        serde_json::from_str(&p.read(&format!("{dir}/dist/manifest.json"))).expect("JSON");
    assert_eq!(manifest["site"], "open-letter-2026");
    // The local mirror has no public address: readers are not sent to it.
    assert_eq!(manifest["mirrors"], serde_json::json!([]));

    // Checked against the publisher key init wrote into site.toml.
    let r = run_in(&p, dir, &["--json", "check", "dist"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let check = json(&r);
    assert_eq!(check["genuine"], true);
    assert_eq!(check["site"], "open-letter-2026");
    assert_eq!(check["key-id"], key_id.as_str());
    assert_eq!(check["key-source"], "content/site.toml");

    // The last next step, with no account and no network: the local mirror takes the release.
    let r = run_in(&p, dir, &["--json", "publish"]);
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let publish = json(&r);
    assert_eq!(publish["push"]["mirrors"][0]["status"], "updated");
    assert_eq!(publish["verify"]["copies"][0]["status"], "ok");
    assert_eq!(publish["published"], true);
    assert_eq!(
        std::fs::read(project.join("mirrors/local-1/manifest.json")).expect("read the file"),
        std::fs::read(project.join("dist/manifest.json")).expect("read the file")
    );
}

#[test]
fn json_report_names_every_file_and_the_next_commands() {
    let p = Project::empty();
    let r = p.ok(&[
        "--json",
        "init",
        "letter",
        "--site",
        "my-site",
        "--unencrypted",
    ]);
    let report = json(&r);
    assert_eq!(report["dir"], "letter");
    assert_eq!(report["site"], "my-site");
    let created: Vec<&str> = report["created"]
        .as_array()
        .expect("a list in the report")
        .iter()
        .map(|v| v.as_str().expect("a string in the report"))
        .collect();
    assert_eq!(created, CREATED);
    let project = p.path().join("letter");
    for rel in CREATED {
        let path = project.join(rel);
        assert_eq!(path.is_dir(), rel.ends_with('/'), "{rel}");
        assert!(path.exists(), "{rel}");
    }
    let key = &report["key"];
    assert_eq!(key["encrypted"], false);
    assert_eq!(key["secret-key-file"], "letter/mirrorcast.key");
    let public = public_key(&project.join("mirrorcast.pub"));
    assert_eq!(key["public-key"], public.as_str());
    assert!(
        p.read("letter/content/site.toml")
            .contains(&format!("publisher-key = \"{public}\"")),
    );
    let commands: Vec<&str> = report["next-steps"]
        .as_array()
        .expect("a list in the report")
        .iter()
        .map(|s| s["command"].as_str().expect("a string in the report"))
        .collect();
    assert_eq!(
        commands,
        [
            "cd letter",
            "${EDITOR:-nano} content/letter.en.md",
            "${EDITOR:-nano} mirrors.toml",
            "mirrorcast publish",
        ]
    );

    // The same report for people: the files, then the commands to paste.
    let p = Project::empty();
    let r = p.ok(&["init", "My Letter", "--unencrypted"]);
    assert!(
        r.stdout
            .starts_with("started project \"my-letter\" in My Letter:\n"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("\n  content/letter.en.md\n"),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("\n  cd 'My Letter'  "), "{}", r.stdout);
    assert!(
        r.stdout.contains("\n  mirrorcast publish  "),
        "{}",
        r.stdout
    );
    assert!(r.stderr.contains("NOT encrypted"), "{}", r.stderr);
    assert!(
        r.stderr.contains(
            "to give it a password later, run `minisign -C -s 'My Letter/mirrorcast.key'`"
        ),
        "{}",
        r.stderr
    );
}

#[test]
fn init_twice_refuses_and_changes_nothing() {
    let p = Project::empty();
    p.ok(&["init", "--unencrypted"]);
    let before = tree(p.path());
    assert!(before.contains_key("content/site.toml"));
    let r = p.run(&["init", "--unencrypted"]);
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert_eq!(r.stderr.lines().count(), 1, "{}", r.stderr);
    assert!(
        r.stderr
            .starts_with("error: ./content, ./mirrors.toml, ./mirrorcast.key,"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("already exist; init never replaces"),
        "{}",
        r.stderr
    );
    assert_eq!(tree(p.path()), before);

    // One file of the user's own is enough to stop it, before anything is written.
    let p = Project::empty();
    p.write(".gitignore", "/target\n");
    let r = p.run(&["init", "--unencrypted"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: ./.gitignore: already exists; init never replaces"),
        "{}",
        r.stderr
    );
    let left: Vec<_> = std::fs::read_dir(p.path())
        .expect("list the directory")
        .map(|e| e.expect("list the directory").file_name())
        .collect();
    assert_eq!(left, [".gitignore"]);
    assert_eq!(p.read(".gitignore"), "/target\n");
}

#[cfg(unix)]
#[test]
fn secret_key_is_0600_and_encrypted_by_default() {
    use std::os::unix::fs::PermissionsExt as _;
    let p = Project::empty();
    let r = Run::from(
        p.cmd(&["init", "letter"])
            .env(
                "MIRRORCAST_KEY_PASSWORD",
                "a long passphrase nobody guesses",
            )
            .output()
            .expect("run mirrorcast"),
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    let key = p.path().join("letter/mirrorcast.key");
    let mode = std::fs::metadata(&key)
        .expect("read the file")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600);
    assert!(
        p.read("letter/mirrorcast.key")
            .contains("encrypted secret key")
    );
    assert!(!r.stdout.contains("NOT encrypted"), "{}", r.stdout);

    // Without a password and no terminal: an error, and the directory init made is gone again.
    let r = p.run(&["init", "other"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("MIRRORCAST_KEY_PASSWORD"), "{}", r.stderr);
    // A key not yet made is not "encrypted"; the way out for trying things is --unencrypted.
    assert!(r.stderr.contains("--unencrypted"), "{}", r.stderr);
    assert!(!r.stderr.contains("the key is encrypted"), "{}", r.stderr);
    assert!(!p.path().join("other").exists());
}

#[test]
fn a_file_or_an_unwritable_directory_is_one_clear_error() {
    let p = Project::empty();
    p.write("notes.txt", "mine\n");
    let r = p.run(&["init", "notes.txt", "--unencrypted"]);
    assert_eq!(r.code, 2);
    assert_eq!(
        r.stderr,
        "error: notes.txt: a file, not a directory; give init a new or empty directory, e.g. `mirrorcast init my-letter`\n"
    );
    assert_eq!(p.read("notes.txt"), "mine\n");

    let r = p.run(&["init", "--site", "Open Letter", "--unencrypted"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr
            .starts_with("error: --site \"Open Letter\": a site id is lowercase"),
        "{}",
        r.stderr
    );

    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let locked = p.path().join("locked");
        std::fs::create_dir(&locked).expect("write the test file");
        std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o555))
            .expect("write the test file");
        // Root writes through any mode; there is nothing to test then.
        if std::fs::write(locked.join("probe"), "").is_ok() {
            eprintln!("skipped the unwritable-directory case: running as root");
            return;
        }
        let r = p.run(&["init", "locked", "--unencrypted"]);
        assert_eq!(r.code, 2);
        assert_eq!(
            r.stderr,
            "error: locked: cannot write here (permission denied); run init in a directory you can write to, or change its permissions\n"
        );
        assert_eq!(
            std::fs::read_dir(&locked)
                .expect("list the directory")
                .count(),
            0
        );
    }
}
