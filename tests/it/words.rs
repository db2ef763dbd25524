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
            // No `\b` after: a key may end in `+` or `/`, and then there is no word boundary.
            (r"\bRW[A-Za-z0-9+/]{54}", "[PUBLIC KEY]"),
            (r"\b[0-9A-F]{16}\b", "[KEY ID]"),
            (r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z", "[TIME]"),
            (r"127\.0\.0\.1:\d+", "127.0.0.1:[PORT]"),
            // In right-aligned columns the padding depends on the digits: it goes too.
            (r" +\d+(\.\d+)? s\b", " [SECONDS] s"),
            (r"\b\d+(\.\d+)? s\b", "[SECONDS] s"),
            (r" +\d+ ms\b", " [MS] ms"),
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
    let p = Project::with_local_mirror();
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

/// Mistakes people make editing mirrors.toml by hand, each as the one error it gives.
#[test]
fn mistakes_in_mirrors_toml() {
    let p = Project::new();
    p.keygen();
    let cases = [
        ("a quote not closed", "[[mirror]]\nname = \"usb\n"),
        ("a word without quotes", "[[mirror]]\nname = usb\n"),
        ("no equals sign", "[[mirror]]\nname \"usb\"\n"),
        ("a heading not closed", "[[mirror]\nname = \"usb\"\n"),
        (
            "one bracket where two are meant",
            "[mirror]\nname = \"usb\"\n",
        ),
        (
            "a key twice",
            "[[mirror]]\nname = \"usb\"\nname = \"stick\"\n",
        ),
        ("a key with a space", "[[mirror]]\nmirror name = \"usb\"\n"),
        (
            "a list not closed",
            "[[mirror]]\nname = \"usb\"\nurls = [\"https://a.example/\"\n",
        ),
        (
            "a misspelt field",
            "[[mirror]]\nname = \"usb\"\nurl = \"https://a.example/\"\n",
        ),
        ("a number in quotes", "[ipfs]\nkeep = \"3\"\n"),
        (
            "one address, not a list",
            "[[mirror]]\nname = \"usb\"\nurls = \"https://a.example/\"\n",
        ),
        ("a name as a number", "[[mirror]]\nname = 3\n"),
        (
            "a comma missing",
            "[[mirror]]\nname = \"usb\"\nurls = [\"https://a.example/\" \"https://b.example/\"]\n",
        ),
    ];
    let mut seen_all = String::new();
    for (what, text) in cases {
        p.write("mirrors.toml", text);
        let run = p.run(&["bundle", "--secret-key", "ci.key"]);
        seen_all += &format!("## {what}\n{text}{}\n", seen(&run));
    }
    snapshot("mirrors-toml-mistakes", &p, &seen_all);
}

/// A newcomer's first steps with no terminal: init (refused without a password, then with
/// --unencrypted), the first publish, what cid, car and check print, pin with nowhere to pin,
/// serve without the key, and commands run from inside content/.
#[test]
fn a_newcomers_first_steps() {
    let p = Project::empty();
    let refused = p.run(&["init", "letter"]);
    snapshot("init-no-terminal", &p, &seen(&refused));
    let init = p.run(&["init", "letter", "--unencrypted"]);
    snapshot("init", &p, &seen(&init));
    let letter = p.path().join("letter");
    let in_dir = |dir: &std::path::Path, args: &[&str]| {
        crate::support::Run::from(p.cmd(args).current_dir(dir).output().expect("mirrorcast"))
    };
    let mut steps = String::new();
    for args in [
        &["publish"][..],
        &["cid"],
        &["car"],
        &["check", "dist"],
        &["pin"],
        &["status"],
        &["verify", "--no-history", "--url", "mirrors/local-1"],
    ] {
        steps += &format!(
            "## mirrorcast {}\n{}\n",
            args.join(" "),
            seen(&in_dir(&letter, args))
        );
    }
    snapshot("first-steps", &p, &steps);

    let mut inside = String::new();
    for args in [&["publish"][..], &["verify"], &["status"], &["push"]] {
        let run = in_dir(&letter.join("content"), args);
        inside += &format!(
            "## mirrorcast {} (in content/)\n{}\n",
            args.join(" "),
            seen(&run)
        );
    }
    snapshot("from-inside-content", &p, &inside);

    let keygen = p.run_keygen("other");
    snapshot("keygen-unencrypted", &p, &seen(&keygen));
    let serve = p.run(&["serve"]);
    snapshot("serve-without-key", &p, &seen(&serve));
    let serve = p.run(&["serve", "--publisher-key", "letter/mirrorcast.key"]);
    snapshot("serve-with-the-secret-key", &p, &seen(&serve));
    // A port another program holds.
    let taken = std::net::TcpListener::bind("127.0.0.1:0").expect("a port");
    let listen = taken.local_addr().expect("its address").to_string();
    let serve = p.run(&[
        "serve",
        "--publisher-key",
        "letter/mirrorcast.pub",
        "--listen",
        &listen,
    ]);
    snapshot("serve-port-taken", &p, &seen(&serve));
}

/// A volunteer's first start, before any release: what the log says about how one gets there,
/// and what a reader is answered meanwhile.
#[test]
fn a_new_mirror_before_its_first_release() {
    let p = Project::new();
    p.keygen();
    let serving = crate::serve::Serving::start(&p, "store", &[]);
    let (head, body) = crate::serve::curl(&serving.base(), &[]);
    let status = head.lines().next().unwrap_or_default().trim().to_string();
    let run = serving.stop();
    let started = run
        .stderr
        .lines()
        .find_map(|l| l.find("listening on").map(|at| &l[at..]))
        .unwrap_or_else(|| panic!("no start line in {}", run.stderr));
    snapshot(
        "serve-no-release-yet",
        &p,
        &format!("log: {started}\nreader: {status}\n{body}"),
    );
}
