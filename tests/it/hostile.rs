//! What a hostile mirror, a hostile contribution to `content/` or a slip in configuration can
//! make mirrorcast do: nothing written or deleted outside a mirror, no key bundled or echoed, no
//! release left broken, no raw escape on the terminal.

use std::path::Path;

use crate::push::{json, mirror};
use crate::support::{Project, Run, run_measured, symlink, tree};

/// A project with a key and a directory mirror `usb` at `mirror-usb`, nothing pushed yet.
fn with_a_dir_mirror() -> Project {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\nurls = [\"https://usb.example/\"]\n[mirror.dir]\npath = \"mirror-usb\"\n",
    );
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    // As a web server's folder usually is, whatever the umask: the mirror is the pusher's
    // alone, so a whole release can go in at once.
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(
        p.path().join("mirror-usb"),
        std::fs::Permissions::from_mode(0o755),
    )
    .expect("chmod");
    p
}

/// A project with a key, one attachment and a directory mirror `usb` at `mirror-usb`, whose
/// release 1 is bundled and pushed.
fn pushed_to_a_dir_mirror() -> Project {
    let p = with_a_dir_mirror();
    p.write("content/files/old-leaflet.txt", "release 1 only\n");
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    p
}

fn push(p: &Project) -> Run {
    p.run(&["push", "--json", "--publisher-key", "ci.pub"])
}

/// Release `release`, bundled (see `Project::next_release`).
fn next_release(p: &Project, release: u64) {
    p.next_release(release);
    p.bundle();
}

/// `check DIR` against the project's key: whether it is genuine, and what it said.
fn genuine(p: &Project, dir: &str) -> (bool, String) {
    let r = p.run(&["check", dir, "--publisher-key", "ci.pub"]);
    (r.code == 0, r.stdout + &r.stderr)
}

/// Every file below `dir` (following nothing), as the tree helper sees it.
fn files(dir: &Path) -> Vec<String> {
    tree(dir).into_keys().collect()
}

// ---------------------------------------------------------------- links planted on a mirror

#[test]
fn a_linked_folder_on_a_dir_mirror_is_never_written_through() {
    let p = pushed_to_a_dir_mirror();
    std::fs::create_dir_all(p.path().join("outside")).expect("mkdir");
    std::fs::remove_dir_all(p.path().join("mirror-usb/en")).expect("rm");
    symlink("../outside", p.path().join("mirror-usb/en"));
    next_release(&p, 2);
    let run = push(&p);
    assert!(
        files(&p.path().join("outside")).is_empty(),
        "push wrote through the link: {:?}\n{}",
        files(&p.path().join("outside")),
        run.stdout
    );
    // The mirror fails, naming the link; nothing else of it changed.
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let error = mirror(&json(&run), "usb")["error"].to_string();
    assert!(error.contains("link") && error.contains("en"), "{error}");
}

#[test]
fn a_link_at_a_file_or_staging_name_is_replaced_never_written_through() {
    let p = pushed_to_a_dir_mirror();
    p.write("victim.txt", "the victim\n");
    p.write("victim-2.txt", "the second victim\n");
    // At a file of the release, and at the staging name push used to write first.
    std::fs::remove_file(p.path().join("mirror-usb/index.html")).expect("rm");
    symlink("../victim.txt", p.path().join("mirror-usb/index.html"));
    for name in [
        "signatories.txt.mirrorcast-partial",
        "en/index.html.mirrorcast-partial",
        "manifest.json.mirrorcast-partial",
    ] {
        symlink("../../victim-2.txt", p.path().join("mirror-usb").join(name));
    }
    next_release(&p, 2);
    let run = push(&p);
    assert_eq!(p.read("victim.txt"), "the victim\n");
    assert_eq!(p.read("victim-2.txt"), "the second victim\n");
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(
        std::fs::read(p.path().join("mirror-usb/index.html")).expect("index"),
        std::fs::read(p.path().join("dist/index.html")).expect("index")
    );
    assert!(
        !std::fs::symlink_metadata(p.path().join("mirror-usb/index.html"))
            .expect("meta")
            .file_type()
            .is_symlink()
    );
}

#[test]
fn deletions_never_follow_a_linked_folder() {
    let p = pushed_to_a_dir_mirror();
    // The genuine release 1 lists files/old-leaflet.txt; its folder is now a link elsewhere.
    p.write("elsewhere/old-leaflet.txt", "someone's file\n");
    std::fs::remove_dir_all(p.path().join("mirror-usb/files")).expect("rm");
    symlink("../elsewhere", p.path().join("mirror-usb/files"));
    std::fs::remove_file(p.path().join("content/files/old-leaflet.txt")).expect("rm");
    next_release(&p, 2);
    let run = push(&p);
    assert_eq!(
        std::fs::read_to_string(p.path().join("elsewhere/old-leaflet.txt")).ok(),
        Some("someone's file\n".to_string()),
        "push deleted a file through the link:\n{}",
        run.stdout
    );
}

#[test]
fn a_hostile_pages_repository_cannot_reach_the_organisers_files() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"pages\"\nurls = [\"https://pages.example/\"]\n[mirror.git]\nrepository = \"bare.git\"\nbranch = \"pages\"\n",
    );
    let git = |dir: &Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", "x")
            .env("GIT_AUTHOR_EMAIL", "x@x")
            .env("GIT_COMMITTER_NAME", "x")
            .env("GIT_COMMITTER_EMAIL", "x@x")
            .output()
            .expect("git");
        assert!(
            out.status.success(),
            "git {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    git(p.path(), &["init", "--quiet", "--bare", "bare.git"]);
    p.bundle();
    assert_eq!(push(&p).code, 0);
    // Someone with push access to the pages repository commits links aimed at the organiser's
    // secret key and at a folder outside the clone.
    std::fs::create_dir_all(p.path().join("outside")).expect("mkdir");
    git(
        p.path(),
        &[
            "clone", "--quiet", "--branch", "pages", "bare.git", "attacker",
        ],
    );
    let work = p.path().join("attacker");
    for name in [
        "signatories.txt.mirrorcast-partial",
        "index.html.mirrorcast-partial",
    ] {
        symlink("../../../ci.key", work.join(name));
    }
    std::fs::remove_dir_all(work.join("ru")).expect("rm");
    symlink("../../../outside", work.join("ru"));
    git(&work, &["add", "--all"]);
    git(&work, &["commit", "--quiet", "-m", "links"]);
    git(&work, &["push", "--quiet", "origin", "HEAD:pages"]);
    let key_before = p.read("ci.key");
    next_release(&p, 2);
    let run = push(&p);
    assert_eq!(p.read("ci.key"), key_before, "{}", run.stdout);
    use std::os::unix::fs::PermissionsExt as _;
    let mode = std::fs::metadata(p.path().join("ci.key"))
        .expect("key")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the secret key's mode changed");
    assert!(files(&p.path().join("outside")).is_empty());
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
}

// ---------------------------------------------------------------- another site, same key

#[test]
fn a_genuine_manifest_of_another_site_is_never_replaced() {
    let p = with_a_dir_mirror();
    // The organisers' other site, signed with the same key, holds the mirror.
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace("id = \"open-letter\"", "id = \"another-letter\""),
    );
    p.write("content/files/theirs.txt", "the other site's file\n");
    p.bundle();
    assert_eq!(push(&p).code, 0);
    let before = tree(&p.path().join("mirror-usb"));
    p.write("content/site.toml", &site);
    std::fs::remove_file(p.path().join("content/files/theirs.txt")).expect("rm");
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let error = mirror(&json(&run), "usb")["error"].to_string();
    assert!(error.contains("another-letter"), "{error}");
    assert_eq!(tree(&p.path().join("mirror-usb")), before);
}

// ---------------------------------------------------------------- links in content/

#[test]
fn links_in_content_are_refused_and_no_secret_is_bundled() {
    for (link, target) in [
        ("content/signatories.txt", "../ci.key"),
        ("content/letter.en.md", "../ci.key"),
        ("content/site.toml", "../elsewhere/site.toml"),
        ("content/files", "../elsewhere"),
        ("content/files/sub", "../../elsewhere"),
    ] {
        let p = Project::new();
        p.keygen();
        p.write("elsewhere/site.toml", &p.read("content/site.toml"));
        p.write("elsewhere/key-copy.txt", &p.read("ci.key"));
        let path = p.path().join(link);
        if path.is_dir() {
            std::fs::remove_dir_all(&path).expect("rm");
        } else if path.exists() {
            std::fs::remove_file(&path).expect("rm");
        }
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        symlink(target, &path);
        let r = p.run(&["bundle", "--secret-key", "ci.key"]);
        assert_eq!(r.code, 2, "{link}: {}\n{}", r.stdout, r.stderr);
        let name = Path::new(link).file_name().expect("name").to_string_lossy();
        assert!(
            r.stderr.contains("link") && r.stderr.contains(name.as_ref()),
            "{link}: {}",
            r.stderr
        );
        assert!(!p.path().join("dist").exists(), "{link}: a bundle was made");
    }
}

// ---------------------------------------------------------------- secrets

#[test]
fn a_secret_key_pasted_where_a_path_belongs_is_never_echoed() {
    let p = Project::new();
    p.keygen();
    let key = p.read("ci.key");
    let material = key.lines().nth(1).expect("key line").to_string();
    let mut runs = Vec::new();
    for json in [false, true] {
        let mut args = vec!["bundle"];
        if json {
            args.insert(0, "--json");
        }
        let mut c = p.cmd(&args);
        c.env("MIRRORCAST_SECRET_KEY", &key);
        runs.push(Run::from(c.output().expect("bundle")));
        let mut c = p.cmd(&args);
        c.env("MIRRORCAST_SECRET_KEY", &material);
        runs.push(Run::from(c.output().expect("bundle")));
        let mut flag = args.clone();
        flag.extend(["--secret-key", key.as_str()]);
        runs.push(p.run(&flag));
        runs.push(p.run(&[args.as_slice(), &["--mirrors", key.as_str()]].concat()));
        runs.push(p.run(&[&args[..args.len() - 1], &["check", key.as_str()]].concat()));
    }
    for r in &runs {
        assert_eq!(r.code, 2, "{}\n{}", r.stdout, r.stderr);
        for piece in [&material[..40], &material[60..100], &material[150..]] {
            assert!(
                !r.stdout.contains(piece) && !r.stderr.contains(piece),
                "key material echoed:\n{}\n{}",
                r.stdout,
                r.stderr
            );
        }
    }
    // The message says what is wrong without showing the key.
    assert!(
        runs[0].stderr.contains("MIRRORCAST_SECRET_KEY") || runs[0].stderr.contains("--secret-key"),
        "{}",
        runs[0].stderr
    );
}

#[test]
fn credentials_in_addresses_are_never_echoed() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let closed = crate::support::free_port();
    let mut runs = Vec::new();
    for url in [
        format!("https://user:TOKEN-S3CRET@127.0.0.1:{closed}/"),
        format!("http://TOKEN-S3CRET@127.0.0.1:{closed}/letter/"),
        format!("https://127.0.0.1:{closed}/?access_token=TOKEN-S3CRET"),
        "https://user:TOKEN-S3CRET@/nohost".to_string(),
    ] {
        for json in [false, true] {
            let mut args = vec!["verify", "--publisher-key", "ci.pub", "--url", url.as_str()];
            if json {
                args.push("--json");
            }
            runs.push(p.run(&args));
        }
    }
    let mut c = p.cmd(&["pin", "--publisher-key", "ci.pub"]);
    c.env(
        "IPFS_API",
        format!("http://u:TOKEN-S3CRET@127.0.0.1:{closed}"),
    );
    runs.push(Run::from(c.output().expect("pin")));
    for r in &runs {
        assert!(
            !r.stdout.contains("S3CRET") && !r.stderr.contains("S3CRET"),
            "a credential was echoed:\n{}\n{}",
            r.stdout,
            r.stderr
        );
        assert_ne!(r.code, 0);
    }
}

// ---------------------------------------------------------------- release transitions

/// Bundle release `n` with `files` (path → contents) as its attachments, replacing the last.
fn release_with_files(p: &Project, n: u64, files: &[(&str, &str)]) {
    let _ = std::fs::remove_dir_all(p.path().join("content/files"));
    for (path, text) in files {
        p.write(&format!("content/files/{path}"), text);
    }
    p.set_release(n);
    p.bundle();
}

/// Releases whose attachments trade places: files become folders and back, names end in the
/// suffix push used for staging, folders empty out.
const TRANSITIONS: [&[(&str, &str)]; 5] = [
    &[("a/b.txt", "in a folder\n"), ("x", "x one\n")],
    &[
        ("a", "now a file\n"),
        ("x.mirrorcast-partial", "partial?\n"),
        ("x", "x two\n"),
    ],
    &[
        ("a/b.txt", "a folder again\n"),
        ("x.mirrorcast-partial/y", "deep\n"),
    ],
    &[("a/b/c/d.txt", "deeper\n"), ("x", "x three\n")],
    &[("a/b", "flat\n")],
];

/// Push every release of [`TRANSITIONS`] in turn to the mirrors of `p`; after each, `holds`
/// must say the mirror holds exactly that release, and a second push must find nothing to do.
pub(crate) fn push_transitions(
    p: &Project,
    push: &dyn Fn(&Project) -> Run,
    holds: &dyn Fn(&Project) -> Result<(), String>,
) {
    for (i, files) in TRANSITIONS.iter().enumerate() {
        let release = 10 + i as u64;
        release_with_files(p, release, files);
        let run = push(p);
        assert_eq!(
            run.code, 0,
            "release {release}: {}\n{}",
            run.stdout, run.stderr
        );
        if let Err(why) = holds(p) {
            panic!("release {release}: the mirror does not hold it:\n{why}");
        }
        let again = json(&push(p));
        for m in again["mirrors"].as_array().expect("mirrors") {
            assert_eq!(m["status"], "up-to-date", "release {release}: {again}");
        }
    }
}

/// `check DIR`: genuine, and nothing else there.
pub(crate) fn holds_genuine(p: &Project, dir: &Path) -> Result<(), String> {
    let (ok, said) = genuine(p, &dir.display().to_string());
    if ok { Ok(()) } else { Err(said) }
}

#[test]
fn files_and_folders_trading_places_leave_a_dir_mirror_genuine() {
    let p = with_a_dir_mirror();
    push_transitions(&p, &push, &|p| {
        holds_genuine(p, &p.path().join("mirror-usb"))
    });
}

#[test]
fn files_and_folders_trading_places_leave_a_git_mirror_genuine() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"pages\"\nurls = [\"https://pages.example/\"]\n[mirror.git]\nrepository = \"bare.git\"\nbranch = \"pages\"\n",
    );
    let status = std::process::Command::new("git")
        .args(["init", "--quiet", "--bare", "bare.git"])
        .current_dir(p.path())
        .status()
        .expect("git");
    assert!(status.success());
    push_transitions(&p, &push, &|p| {
        holds_genuine(p, &crate::push::checkout_pages(p))
    });
}

// ---------------------------------------------------------------- auxiliary stores

#[test]
fn a_damaged_history_costs_a_warning_not_the_report() {
    let p = Project::with_local_mirror();
    let run = p.run(&["publish", "--secret-key", "ci.key"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    std::fs::write(
        p.path().join(".mirrorcast/history.sqlite"),
        b"this is not a database, it was damaged",
    )
    .expect("damage");
    for args in [
        &["publish", "--secret-key", "ci.key"][..],
        &["verify", "--publisher-key", "ci.pub"],
        &["--json", "verify", "--publisher-key", "ci.pub"],
    ] {
        let run = p.run(args);
        assert_eq!(run.code, 0, "{args:?}: {}\n{}", run.stdout, run.stderr);
        if args[0] == "--json" {
            let report = json(&run);
            assert_eq!(report["all-ok"], true);
            assert!(
                report["warnings"].to_string().contains("history"),
                "{report}"
            );
        } else {
            assert!(run.stderr.contains("history"), "{}", run.stderr);
            assert!(run.stdout.contains("1 of 1 copies ok"), "{}", run.stdout);
        }
    }
}

// ---------------------------------------------------------------- memory before a signature

/// A manifest of `entries` forged entries, unsigned, in place of the bundle's own.
fn forge_giant_manifest(dir: &Path, entries: usize) {
    let mut text = String::from(
        "{\n  \"created\": \"2026-01-01T00:00:00Z\",\n  \"expires\": \"2030-01-01T00:00:00Z\",\n  \"files\": [\n",
    );
    for i in 0..entries {
        text.push_str(&format!(
            "    {{\n      \"path\": \"f/{i:08}\",\n      \"sha256\": \"{}\",\n      \"size\": 1\n    }},\n",
            "0".repeat(64)
        ));
    }
    text.push_str("    {\"path\": \"z\", \"sha256\": \"00\", \"size\": 1}\n  ],\n  \"format\": 1,\n  \"mirrors\": [],\n  \"release\": 9,\n  \"site\": \"open-letter\"\n}\n");
    assert!(text.len() < 64 << 20, "{} bytes", text.len());
    std::fs::write(dir.join("manifest.json"), text).expect("write");
}

#[test]
fn an_unsigned_giant_manifest_costs_no_more_than_its_bytes() {
    let p = pushed_to_a_dir_mirror();
    let genuine_manifest = p.read("dist/manifest.json");
    // 420,000 entries of about 140 bytes: 60 MB, just under the cap.
    forge_giant_manifest(&p.path().join("dist"), 420_000);
    let (run, peak) = run_measured(p.cmd(&["check", "dist", "--publisher-key", "ci.pub"]));
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert!(
        peak < 200.0,
        "check held {peak:.0} MiB for an unsigned manifest"
    );
    // The same manifest on a mirror: push reads it, and must not parse it either.
    std::fs::copy(
        p.path().join("dist/manifest.json"),
        p.path().join("mirror-usb/manifest.json"),
    )
    .expect("copy");
    p.write("dist/manifest.json", &genuine_manifest);
    let (run, peak) = run_measured(p.cmd(&["push", "--publisher-key", "ci.pub"]));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(
        peak < 200.0,
        "push held {peak:.0} MiB for an unsigned manifest"
    );
}

/// A project with a key and `count` signatories named by `name`.
fn with_names(count: usize, name: impl Fn(usize) -> String) -> Project {
    let p = Project::new();
    p.keygen();
    let mut names = String::new();
    for i in 0..count {
        names.push_str(&name(i));
        names.push('\n');
    }
    p.write("content/signatories.txt", &names);
    p
}

#[test]
fn bundle_memory_does_not_grow_with_the_signatory_list() {
    // 400,000 names (about 14 MB): a long list, escaped on every page.
    let p = with_names(400_000, |i| format!("Имя Фамилия <&> \"{i}\""));
    let (run, peak) = run_measured(p.cmd(&["bundle", "--secret-key", "ci.key"]));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(peak < 150.0, "bundle held {peak:.0} MiB for 400,000 names");
    // Every page of names is still a file of the bundle, split so IPFS can take the bundle.
    let r = json(&p.run(&["--json", "bundle", "--secret-key", "ci.key"]));
    assert!(r["cid"].is_string(), "{r}");
}

// ---------------------------------------------------------------- release numbers

#[test]
fn release_numbers_stay_within_what_every_reader_can_hold() {
    let p = Project::new();
    p.keygen();
    let site = p.read("content/site.toml");
    for too_big in ["9223372036854775807", "9007199254740992"] {
        p.write(
            "content/site.toml",
            &site.replace("release = 1", &format!("release = {too_big}")),
        );
        let r = p.run(&["bundle", "--secret-key", "ci.key"]);
        assert_eq!(r.code, 2, "{too_big}: {}", r.stderr);
        assert!(r.stderr.contains("9007199254740991"), "{}", r.stderr);
    }
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 9007199254740991"),
    );
    p.bundle();
    // A log whose highest release is the largest number there is: no advice to go lower.
    let log = p.read("releases.jsonl");
    p.write(
        "releases.jsonl",
        &log.replace(
            "\"release\":9007199254740991",
            "\"release\":18446744073709551615",
        ),
    );
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 7"),
    );
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains("to 0"), "{}", r.stderr);
    assert!(r.stderr.contains("releases.jsonl"), "{}", r.stderr);
}

// ---------------------------------------------------------------- terminal escapes

#[test]
fn terminal_escapes_never_reach_the_terminal_raw() {
    let p = Project::new();
    p.keygen();
    p.write("content/files/\u{1b}[2Jcleared.txt", "x");
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    let r = p.run(&["check", "\u{1b}[2Jnowhere", "--publisher-key", "x"]);
    assert_eq!(r.code, 2);
    assert!(!r.stderr.contains('\u{1b}'), "{:?}", r.stderr);
    let r = p.run(&[
        "--json",
        "check",
        "\u{1b}[2Jnowhere",
        "--publisher-key",
        "x",
    ]);
    assert!(!r.stdout.contains('\u{1b}'), "{:?}", r.stdout);
}

// ---------------------------------------------------------------- the rest

#[test]
fn a_linked_out_dir_is_refused_and_nothing_is_recorded() {
    let p = Project::new();
    p.keygen();
    std::fs::create_dir_all(p.path().join("real-dist")).expect("mkdir");
    symlink("real-dist", p.path().join("dist"));
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("link"), "{}", r.stderr);
    assert!(!r.stderr.contains("os error"), "{}", r.stderr);
    assert!(!p.path().join("releases.jsonl").exists());
    assert!(files(&p.path().join("real-dist")).is_empty());
}

#[test]
fn a_secret_key_others_can_read_gets_a_warning() {
    use std::os::unix::fs::PermissionsExt as _;
    let p = Project::new();
    p.keygen();
    let key = p.path().join("ci.key");
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o644)).expect("chmod");
    let r = p.bundle();
    assert!(
        r.stderr.contains("ci.key") && r.stderr.contains("chmod 600"),
        "{}",
        r.stderr
    );
    std::fs::set_permissions(&key, std::fs::Permissions::from_mode(0o600)).expect("chmod");
    let r = p.bundle();
    assert!(!r.stderr.contains("chmod"), "{}", r.stderr);
}

#[test]
fn verify_of_a_local_copy_does_not_follow_linked_folders() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n",
    );
    p.bundle();
    // The local copy's `en` is a link to a genuine copy elsewhere: readers of the copy's own
    // server may not get it, and it is not the copy's.
    crate::support::copy_dir(&p.path().join("dist"), &p.path().join("elsewhere"));
    crate::support::copy_dir(&p.path().join("dist"), &p.path().join("mirror-usb"));
    std::fs::remove_dir_all(p.path().join("mirror-usb/en")).expect("rm");
    symlink("../elsewhere/en", p.path().join("mirror-usb/en"));
    let r = p.run(&["--json", "verify", "--publisher-key", "ci.pub"]);
    assert_eq!(r.code, 1, "{}\n{}", r.stdout, r.stderr);
    let copy = &json(&r)["copies"][0];
    assert_ne!(copy["status"], "ok", "{copy}");
}

#[test]
fn names_equal_after_case_folding_or_normalisation_are_refused() {
    for (a, b) in [
        ("Report.pdf", "report.pdf"),
        ("caf\u{e9}.txt", "cafe\u{301}.txt"),
        ("Dir/x.txt", "dir/y.txt"),
    ] {
        let p = Project::new();
        p.keygen();
        p.write(&format!("content/files/{a}"), "one");
        p.write(&format!("content/files/{b}"), "two");
        let r = p.run(&["bundle", "--secret-key", "ci.key"]);
        assert_eq!(r.code, 2, "{a} / {b}: {}", r.stderr);
        assert!(
            r.stderr.contains("case") || r.stderr.contains("normali"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn a_petition_sized_list_still_gets_a_cid() {
    // 1,000,001 names: 1,001 pages of names per language, more than one IPFS directory holds.
    let p = with_names(1_000_001, |i| format!("N{i}"));
    let run = p.run(&["--json", "bundle", "--secret-key", "ci.key"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let r = json(&run);
    assert!(r["cid"].is_string(), "{r}");
    assert!(r.get("cid-problem").is_none(), "{r}");
    assert!(!run.stderr.contains(".new-"), "{}", run.stderr);
    // Every directory of the bundle holds at most 1,000 entries.
    for entry in walkdir::WalkDir::new(p.path().join("dist")) {
        let entry = entry.expect("walk");
        if entry.file_type().is_dir() {
            let n = std::fs::read_dir(entry.path()).expect("dir").count();
            assert!(n <= 1000, "{}: {n} entries", entry.path().display());
        }
    }
}

// ---------------------------------------------------------------- the swap, killed

/// `kill -9` of push at the first moment anything of release 2 shows in a directory mirror:
/// the mirror holds release 1 whole, or release 2 whole, never a mix, and the next push
/// completes it.
#[test]
fn a_push_killed_at_the_swap_leaves_a_whole_release() {
    use std::os::unix::fs::MetadataExt as _;
    let p = pushed_to_a_dir_mirror();
    // A large attachment that changes: freeing the old one's blocks is the slow part of a
    // swap file by file, and the moment to be killed in.
    let big = |seed: u8| -> Vec<u8> {
        (0..(96u32 << 20))
            .map(|i| (i as u8).wrapping_mul(seed))
            .collect()
    };
    p.write("content/files/big.bin", "");
    std::fs::write(p.path().join("content/files/big.bin"), big(3)).expect("write");
    next_release(&p, 2);
    assert_eq!(push(&p).code, 0);
    std::fs::write(p.path().join("content/files/big.bin"), big(5)).expect("write");
    next_release(&p, 3);
    let mirror = p.path().join("mirror-usb");
    let watched = |m: &Path| {
        [
            "files/big.bin",
            "manifest.json",
            "en/signatories/1.html",
            "index.html",
        ]
        .map(|f| std::fs::metadata(m.join(f)).map(|x| x.ino()).unwrap_or(0))
    };
    let before = watched(&mirror);
    let mut child = p
        .cmd(&["push", "--publisher-key", "ci.pub"])
        .spawn()
        .expect("push");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    loop {
        if watched(&mirror) != before {
            let _ = child.kill();
            break;
        }
        if child.try_wait().expect("wait").is_some() {
            break;
        }
        assert!(std::time::Instant::now() < deadline, "push made no change");
        std::thread::yield_now();
    }
    let _ = child.wait();
    let (ok, said) = genuine(&p, "mirror-usb");
    assert!(
        ok,
        "killed at the swap, the mirror is a mix of two releases:\n{said}"
    );
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let (ok, said) = genuine(&p, "mirror-usb");
    assert!(ok, "{said}");
    assert_eq!(
        std::fs::read(mirror.join("manifest.json")).expect("manifest"),
        std::fs::read(p.path().join("dist/manifest.json")).expect("manifest")
    );
    // Nothing of the killed push is left beside the mirror.
    let leftovers: Vec<String> = std::fs::read_dir(p.path())
        .expect("dir")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.contains("mirrorcast-"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn release_next_never_reads_or_replaces_site_toml_through_a_link() {
    let p = Project::new();
    let outside = tempfile::tempdir().expect("temp dir");
    let target = outside.path().join("site.toml");
    std::fs::copy(p.path().join("content/site.toml"), &target).expect("copy");
    std::fs::remove_file(p.path().join("content/site.toml")).expect("rm");
    symlink(&target, p.path().join("content/site.toml"));
    let before = std::fs::read(&target).expect("read");
    let run = p.run(&["release", "--next"]);
    assert_eq!(run.code, 2, "{}\n{}", run.stdout, run.stderr);
    assert!(run.stderr.contains("site.toml"), "{}", run.stderr);
    // Neither the file behind the link nor the link itself changed.
    assert_eq!(std::fs::read(&target).expect("read"), before);
    assert!(
        std::fs::symlink_metadata(p.path().join("content/site.toml"))
            .expect("the link")
            .file_type()
            .is_symlink()
    );
    let left: Vec<_> = std::fs::read_dir(p.path().join("content"))
        .expect("content")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with(".site.toml"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}
