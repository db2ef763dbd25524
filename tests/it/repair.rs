//! `push --repair` and publish's own repair: a mirror whose files were edited behind its genuine
//! manifest's back gets exactly those files again.

use crate::support::{Project, Run};

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// `push --json` with `extra`, which must succeed: its report.
fn pushed(p: &Project, extra: &[&str]) -> serde_json::Value {
    let mut args = vec!["--json", "push", "--publisher-key", "ci.pub"];
    args.extend_from_slice(extra);
    let run = p.run(&args);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    json(&run)
}

fn mirror<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["mirrors"]
        .as_array()
        .expect("mirrors")
        .iter()
        .find(|m| m["name"] == name)
        .unwrap_or_else(|| panic!("no mirror {name} in {report:#}"))
}

fn strings(value: &serde_json::Value) -> Vec<&str> {
    value
        .as_array()
        .map(|a| a.iter().filter_map(|v| v.as_str()).collect())
        .unwrap_or_default()
}

/// Edit, delete and damage files on a mirror's disk, as someone with access to it would:
/// the paths touched, sorted.
fn tamper(site: &std::path::Path) -> Vec<&'static str> {
    std::fs::write(site.join("en/index.html"), "<p>edited</p>\n").expect("edit");
    std::fs::remove_file(site.join("ru/index.html")).expect("remove");
    std::fs::write(site.join("SHA256SUMS"), "damaged\n").expect("damage");
    vec!["SHA256SUMS", "en/index.html", "ru/index.html"]
}

#[test]
fn push_repair_sends_exactly_what_reading_the_mirror_finds_wrong() {
    let server = crate::servers::sftp();
    let p = Project::new();
    p.keygen();
    let usb = p.path().join("usb");
    std::fs::create_dir_all(&usb).expect("mkdir");
    let ssh_site = p.path().join("ssh-site");
    let known = p.path().join("known_hosts");
    std::fs::write(&known, server.known_hosts_line()).expect("known_hosts");
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"usb\"\n\n[[mirror]]\nname = \"ssh-box\"\n[mirror.sftp]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"root\"\npath = \"{}\"\nkey-file = \"{}\"\nknown-hosts = \"{}\"\n",
            server.port,
            ssh_site.display(),
            server.client_key().display(),
            known.display()
        ),
    );
    p.bundle();
    let push = |extra: &[&str]| pushed(&p, extra);
    push(&[]);
    let mut touched = tamper(&usb);
    touched.sort();
    assert_eq!(tamper(&ssh_site), touched);

    // Plain push trusts the mirror's genuine manifest: nothing is sent, the damage stays.
    let report = push(&[]);
    for name in ["usb", "ssh-box"] {
        assert_eq!(mirror(&report, name)["status"], "up-to-date", "{report:#}");
    }
    let verify = p.run(&[
        "--json",
        "verify",
        "--publisher-key",
        "ci.pub",
        "--no-history",
    ]);
    assert_eq!(verify.code, 1, "{}", verify.stdout);

    // --repair reads every file and sends exactly the wrong ones; the lists go as a whole.
    let report = push(&["--repair"]);
    for name in ["usb", "ssh-box"] {
        let m = mirror(&report, name);
        assert_eq!(m["status"], "updated", "{m:#}");
        assert_eq!(strings(&m["repaired"]), touched, "{m:#}");
        // Two pages, and the four list and signature files (manifest.json last).
        assert_eq!(m["files-sent"], 6, "{m:#}");
    }
    let verify = p.run(&[
        "--json",
        "verify",
        "--publisher-key",
        "ci.pub",
        "--no-history",
    ]);
    assert_eq!(verify.code, 0, "{}", verify.stdout);
    assert_eq!(json(&verify)["counts"]["ok"], 2, "{}", verify.stdout);
    assert_eq!(
        p.read("usb/en/index.html"),
        std::fs::read_to_string(p.path().join("dist/en/index.html")).expect("read")
    );

    // Nothing wrong: nothing sent, and the report says so.
    let report = push(&["--repair"]);
    for name in ["usb", "ssh-box"] {
        let m = mirror(&report, name);
        assert_eq!(m["status"], "up-to-date", "{m:#}");
        assert!(m.get("repaired").is_none(), "{m:#}");
    }
}

#[test]
fn publish_repairs_a_tampered_mirror_it_writes_to_and_verifies_it_again() {
    let p = Project::new();
    p.keygen();
    std::fs::create_dir_all(p.path().join("usb")).expect("mkdir");
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"usb\"\n",
    );
    let publish = || {
        p.run(&[
            "--json",
            "publish",
            "--secret-key",
            "ci.key",
            "--no-history",
        ])
    };
    let run = publish();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(json(&run).get("repair").is_none(), "{}", run.stdout);

    std::fs::write(p.path().join("usb/en/index.html"), "<p>edited</p>\n").expect("edit");
    let run = publish();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(
        report["push"]["mirrors"][0]["status"], "up-to-date",
        "{report:#}"
    );
    let repaired = &report["repair"]["mirrors"][0];
    assert_eq!(repaired["status"], "updated", "{report:#}");
    assert_eq!(
        strings(&repaired["repaired"]),
        ["en/index.html"],
        "{report:#}"
    );
    assert_eq!(repaired["files-sent"], 1, "{report:#}");
    assert_eq!(report["verify"]["counts"]["ok"], 1, "{report:#}");
    assert_eq!(report["published"], true);

    let text = p.run(&["publish", "--secret-key", "ci.key", "--no-history"]);
    assert_eq!(text.code, 0, "{}\n{}", text.stdout, text.stderr);
    assert!(
        !text.stdout.contains("repaired"),
        "nothing to repair: {}",
        text.stdout
    );
}

#[test]
fn push_repair_mends_a_git_mirror_edited_by_a_commit() {
    let p = Project::new();
    p.keygen();
    let git = |dir: &std::path::Path, args: &[&str]| {
        let out = std::process::Command::new("git")
            .args(args)
            .current_dir(dir)
            .env("GIT_AUTHOR_NAME", "someone")
            .env("GIT_AUTHOR_EMAIL", "someone@example.org")
            .env("GIT_COMMITTER_NAME", "someone")
            .env("GIT_COMMITTER_EMAIL", "someone@example.org")
            .output()
            .expect("git");
        assert!(out.status.success(), "git {args:?}: {out:?}");
    };
    git(p.path(), &["init", "--quiet", "--bare", "bare.git"]);
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"pages\"\n[mirror.git]\nrepository = \"bare.git\"\nbranch = \"pages\"\n",
    );
    p.bundle();
    let push = |extra: &[&str]| pushed(&p, extra);
    push(&[]);
    // Someone with write access commits an edit to the pages branch.
    git(
        p.path(),
        &["clone", "--quiet", "-b", "pages", "bare.git", "work"],
    );
    let work = p.path().join("work");
    std::fs::write(work.join("en/index.html"), "<p>edited</p>\n").expect("edit");
    git(&work, &["commit", "--quiet", "-am", "edit"]);
    git(&work, &["push", "--quiet", "origin", "pages"]);

    let report = push(&["--repair"]);
    let m = mirror(&report, "pages");
    assert_eq!(m["status"], "updated", "{m:#}");
    assert_eq!(strings(&m["repaired"]), ["en/index.html"], "{m:#}");
    let report = push(&["--repair"]);
    assert_eq!(
        mirror(&report, "pages")["status"],
        "up-to-date",
        "{report:#}"
    );
    // The branch holds the signed page again.
    git(&work, &["pull", "--quiet", "origin", "pages"]);
    assert_eq!(
        std::fs::read(work.join("en/index.html")).expect("read"),
        std::fs::read(p.path().join("dist/en/index.html")).expect("read")
    );
}

#[test]
fn repaired_names_only_what_the_mirrors_manifest_vouched_for() {
    // The mirror holds release 1. A page release 2 changes and a file it keeps are both
    // edited on the mirror: the page goes anyway; only the kept file is a repair.
    let p = Project::new();
    p.keygen();
    std::fs::create_dir_all(p.path().join("usb")).expect("mkdir");
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"usb\"\n",
    );
    p.write("content/files/leaflet.txt", "kept in every release\n");
    p.bundle();
    let push = |extra: &[&str]| pushed(&p, extra);
    push(&[]);
    p.next_release(2);
    p.bundle();
    // A page release 2 changes: its hash differs between the two manifests.
    let hashes = |path: &str| -> std::collections::BTreeMap<String, String> {
        let m: serde_json::Value = serde_json::from_str(&p.read(path)).expect("a manifest");
        m["files"]
            .as_array()
            .expect("files")
            .iter()
            .map(|f| {
                (
                    f["path"].as_str().expect("path").to_string(),
                    f["sha256"].as_str().expect("sha").to_string(),
                )
            })
            .collect()
    };
    let (old, new) = (hashes("usb/manifest.json"), hashes("dist/manifest.json"));
    let changed = new
        .iter()
        .find(|(path, sha)| old.get(*path).is_some_and(|o| o != *sha))
        .map(|(path, _)| path.clone())
        .expect("release 2 changes a page");
    std::fs::write(p.path().join("usb/files/leaflet.txt"), "edited\n").expect("edit");
    std::fs::write(p.path().join("usb").join(&changed), "<p>edited</p>\n").expect("edit");
    let report = push(&["--repair"]);
    let m = mirror(&report, "usb");
    assert_eq!(m["status"], "updated", "{m:#}");
    assert_eq!(strings(&m["repaired"]), ["files/leaflet.txt"], "{m:#}");
    assert_eq!(p.read("usb/files/leaflet.txt"), "kept in every release\n");
    assert_eq!(
        std::fs::read(p.path().join("usb").join(&changed)).expect("read"),
        std::fs::read(p.path().join("dist").join(&changed)).expect("read")
    );
}
