//! What people read: the human output of commands, as snapshots (`tests/it/snapshots/`), so a
//! change to the words is seen and accepted on purpose (`cargo insta review`, or
//! `INSTA_UPDATE=always` and a look at the diff). Paths, times, hashes, keys, CIDs and ports
//! change from run to run and are replaced by placeholders.

use crate::support::{Project, Run};

/// The text a person sees: standard output, then standard error, each labelled.
fn seen(run: &Run) -> String {
    format!(
        "exit {}\n--- stdout\n{}--- stderr\n{}",
        run.code, run.stdout, run.stderr
    )
}

/// Snapshot `text` under `name`, with what changes from run to run replaced.
fn snapshot(name: &str, p: &Project, text: &str) {
    let root = p.path().display().to_string();
    let text = text.replace(&root, "[PROJECT]");
    insta::with_settings!({
        snapshot_path => "snapshots",
        prepend_module_to_snapshot => false,
        filters => vec![
            (r"\b[0-9a-f]{64}\b", "[SHA256]"),
            (r"\bbafy[a-z2-7]{50,}\b", "[CID]"),
            (r"\bRW[A-Za-z0-9+/]{54}\b", "[PUBLIC KEY]"),
            (r"\b[0-9A-F]{16}\b", "[KEY ID]"),
            (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "[TIME]"),
            (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
            (r"\b\d+(\.\d+)? s\b", "[SECONDS] s"),
            (r"\b\d+ ms\b", "[MS] ms"),
            (r"/tmp/\.tmp[A-Za-z0-9]+", "[TMP]"),
            (r"\d+\.\d (KiB|MiB)\b", "[SIZE]"),
            (r"\d+ (B|bytes|KiB|MiB)\b", "[SIZE]"),
            (r"\b\d+ d \d+ h\b", "[DAYS] d [HOURS] h"),
        ],
    }, {
        insta::assert_snapshot!(name, text);
    });
}

#[test]
fn the_first_publish_and_what_follows() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n",
    );
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    let publish = p.run(&["publish", "--secret-key", "ci.key"]);
    snapshot("publish-first", &p, &seen(&publish));
    let push = p.run(&["push", "--publisher-key", "ci.pub"]);
    snapshot("push-up-to-date", &p, &seen(&push));
    let verify = p.run(&[
        "verify",
        "--publisher-key",
        "ci.pub",
        "--url",
        "http://127.0.0.1:9/",
    ]);
    snapshot("verify-one-unreachable", &p, &seen(&verify));
    let status = p.run(&["status"]);
    snapshot("status-after-two-runs", &p, &seen(&status));
    // Edited content under the same release: refused, then the next release in one command.
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + "Someone New\n"),
    );
    let refused = p.run(&["bundle", "--secret-key", "ci.key"]);
    snapshot("bundle-same-release-edited", &p, &seen(&refused));
    let next = p.run(&["release", "--next"]);
    snapshot("release-next", &p, &seen(&next));
}

#[test]
fn a_bundle_that_is_not_genuine() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let path = p.path().join("dist/signatories.txt");
    let mut bytes = std::fs::read(&path).expect("read");
    bytes.extend_from_slice(b"Mallory\n");
    std::fs::write(&path, bytes).expect("write");
    let check = p.run(&["check", "dist", "--publisher-key", "ci.pub"]);
    snapshot("check-wrong-size", &p, &seen(&check));
}

#[test]
fn help_of_a_command() {
    let p = Project::empty();
    snapshot("help-cid", &p, &seen(&p.run(&["cid", "--help"])));
}
