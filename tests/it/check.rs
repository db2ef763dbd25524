use crate::support::Project;

fn bundled() -> Project {
    let p = Project::new();
    p.keygen();
    p.bundle();
    p
}

/// `check dist` must fail, with a `kind` line naming each of `naming`.
fn assert_not_genuine(p: &Project, naming: &[&str], kind: &str) -> String {
    let r = check_with_watchdog(p, &["check", "dist", "--publisher-key", "ci.pub"]);
    assert_eq!(r.code, 1, "check should fail:\n{}{}", r.stdout, r.stderr);
    assert!(r.stdout.starts_with("NOT genuine"), "{}", r.stdout);
    for name in naming {
        assert!(
            r.stdout
                .lines()
                .any(|l| l.contains(kind) && l.contains(name)),
            "expected a {kind} line naming {name}:\n{}",
            r.stdout
        );
    }
    r.stdout
}

#[test]
fn genuine_bundle_passes() {
    let p = bundled();
    let r = p.ok(&["check", "dist", "--publisher-key", "ci.pub"]);
    assert!(r.stdout.starts_with("genuine:"), "{}", r.stdout);
    // The key named in site.toml is the default.
    let key = p.read("ci.pub").lines().nth(1).unwrap().to_string();
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace(
            "publisher-key = \"\"",
            &format!("publisher-key = \"{key}\""),
        ),
    );
    let r = p.ok(&["--json", "check", "dist"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["genuine"], true);
    assert_eq!(json["key-source"], "content/site.toml");
    assert_eq!(json["problems"].as_array().unwrap().len(), 0);
    assert!(json["files-checked"].as_u64().unwrap() > 10);
}

#[test]
fn one_flipped_byte() {
    let p = bundled();
    let path = p.path().join("dist/ru/signatories/1.html");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes[500] ^= 1;
    std::fs::write(&path, bytes).unwrap();
    let out = assert_not_genuine(&p, &["ru/signatories/1.html"], "tampered");
    assert_eq!(out.lines().count(), 2, "only that file is reported:\n{out}");
    // --json carries expected and actual hashes.
    let r = p.run(&["--json", "check", "dist", "--publisher-key", "ci.pub"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    let problem = &json["problems"][0];
    assert_eq!(problem["kind"], "tampered");
    assert_eq!(problem["path"], "ru/signatories/1.html");
    assert_ne!(problem["expected"], problem["actual"]);
}

#[test]
fn missing_file() {
    let p = bundled();
    std::fs::remove_file(p.path().join("dist/en/verify.html")).unwrap();
    assert_not_genuine(&p, &["en/verify.html"], "missing");
}

#[test]
fn extra_file() {
    let p = bundled();
    p.write("dist/en/inject.js", "alert(1)");
    assert_not_genuine(&p, &["en/inject.js"], "extra");
}

#[test]
fn wrong_public_key() {
    let p = bundled();
    p.keygen_as("other");
    let r = p.run(&["check", "dist", "--publisher-key", "other.pub"]);
    assert_eq!(r.code, 1);
    assert!(
        r.stdout.lines().any(|l| l.contains("bad-signature")
            && l.contains("manifest.json.minisig")
            && l.contains("not by the publisher key")),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.lines().any(|l| l.contains("SHA256SUMS.minisig")),
        "{}",
        r.stdout
    );
}

#[test]
fn edited_manifest_breaks_the_signature() {
    let p = bundled();
    let m = p.read("dist/manifest.json");
    p.write(
        "dist/manifest.json",
        &m.replace("\"release\": 1", "\"release\": 9"),
    );
    let out = assert_not_genuine(&p, &["manifest.json.minisig"], "bad-signature");
    assert!(out.contains("SHA256SUMS"), "{out}");
}

#[test]
fn wrong_size_and_missing_signature() {
    let p = bundled();
    let path = p.path().join("dist/signatories.txt");
    let mut bytes = std::fs::read(&path).unwrap();
    bytes.extend_from_slice(b"Mallory\n");
    std::fs::write(&path, bytes).unwrap();
    std::fs::remove_file(p.path().join("dist/SHA256SUMS.minisig")).unwrap();
    let out = assert_not_genuine(&p, &["signatories.txt"], "wrong-size");
    // Each number once, in words a person reads.
    let line = out.lines().find(|l| l.contains("wrong-size")).unwrap();
    let size = std::fs::metadata(&path).unwrap().len();
    assert!(
        line.ends_with(&format!(
            "signatories.txt: size in bytes differs from the manifest (expected {}, found {size})",
            size - 8
        )),
        "{line}"
    );
    assert_not_genuine(&p, &["SHA256SUMS.minisig"], "missing");
}

#[test]
fn usage_errors_exit_2() {
    let p = bundled();
    let r = p.run(&["check", "nowhere", "--publisher-key", "ci.pub"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("nowhere"), "{}", r.stderr);
    let r = p.run(&["check", "dist", "--publisher-key", "RWnotakey"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("--publisher-key"), "{}", r.stderr);
    // Without a directory, `check` checks dist/ (its key remembered locally at bundle time).
    let r = p.run(&["check"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A wrong directory is named as such, before any question of keys: missing, or a file.
    let r = p.run(&["check", "nowhere"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("nowhere: not found in ")
            && r.stderr.contains("`mirrorcast bundle` writes one to dist"),
        "{}",
        r.stderr
    );
    // A folder that is no bundle at all (content/, by mistake) is a wrong argument.
    let r = p.run(&["check", "content", "--publisher-key", "ci.pub"]);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(
        r.stderr
            .contains("content: not a bundle (no manifest.json in it)"),
        "{}",
        r.stderr
    );
    let r = p.run(&["check", "dist/manifest.json"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("dist/manifest.json: not a directory"),
        "{}",
        r.stderr
    );
    // No key configured, none remembered for this bundle's key id.
    std::fs::remove_dir_all(p.path().join(".mirrorcast")).unwrap();
    let r = p.run(&["check", "dist"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no publisher key"), "{}", r.stderr);
}

/// Run `check` with a watchdog: a hostile bundle must never make it hang. The limit only turns a
/// hang into a failure; nothing here measures time.
fn check_with_watchdog(p: &Project, args: &[&str]) -> crate::support::Run {
    let mut child = p
        .cmd(args)
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(120);
    while child.try_wait().unwrap().is_none() {
        if std::time::Instant::now() > deadline {
            let _ = child.kill();
            panic!("mirrorcast {args:?} hung");
        }
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    crate::support::Run::from(child.wait_with_output().unwrap())
}

fn expect_problem(p: &Project, name: &str, kind: &str) -> String {
    assert_not_genuine(p, &[name], kind)
}

#[test]
fn malformed_signatures_do_not_crash_check() {
    let p = bundled();
    let good = p.read("dist/manifest.json.minisig");
    let lines: Vec<&str> = good.lines().collect();
    for bad in [
        format!("{}\n{}\n{}\n\n", lines[0], lines[1], lines[2]),
        format!("{}\n{}\n{}\nAAAA\n", lines[0], lines[1], lines[2]),
        format!("{}\nAAAA\n{}\n{}\n", lines[0], lines[2], lines[3]),
        "\u{0}\u{1}binary".to_string(),
        String::new(),
    ] {
        p.write("dist/manifest.json.minisig", &bad);
        expect_problem(&p, "manifest.json.minisig", "bad-signature");
    }
}

#[cfg(unix)]
#[test]
fn links_pipes_and_odd_names_in_a_bundle() {
    use std::os::unix::ffi::OsStrExt as _;
    let p = bundled();
    let dist = p.path().join("dist");
    let outside = p.path().join("secret.txt");
    std::fs::write(&outside, "outside the bundle").unwrap();

    // A FIFO where the manifest should be: reported, never read (reading would block forever).
    std::fs::rename(
        dist.join("manifest.json"),
        p.path().join("manifest.json.bak"),
    )
    .unwrap();
    assert!(
        std::process::Command::new("mkfifo")
            .arg(dist.join("manifest.json"))
            .status()
            .unwrap()
            .success()
    );
    expect_problem(&p, "manifest.json", "not-a-file");
    std::fs::remove_file(dist.join("manifest.json")).unwrap();

    // A link to /dev/zero where the manifest should be, and a link to a file outside the bundle.
    std::os::unix::fs::symlink("/dev/zero", dist.join("manifest.json")).unwrap();
    expect_problem(&p, "manifest.json", "not-a-file");
    std::fs::remove_file(dist.join("manifest.json")).unwrap();
    std::fs::rename(
        p.path().join("manifest.json.bak"),
        dist.join("manifest.json"),
    )
    .unwrap();
    std::fs::remove_file(dist.join("en/verify.html")).unwrap();
    std::os::unix::fs::symlink(&outside, dist.join("en/verify.html")).unwrap();
    let out = expect_problem(&p, "en/verify.html", "not-a-file");
    assert!(!out.contains("outside the bundle"));
    std::fs::remove_file(dist.join("en/verify.html")).unwrap();

    // A name that is not UTF-8, and one with a line break that tries to fake a verdict.
    std::fs::write(dist.join(std::ffi::OsStr::from_bytes(b"bad\xffname")), "x").unwrap();
    std::fs::write(dist.join("x\ngenuine: release 9"), "x").unwrap();
    let out = expect_problem(&p, "bad\u{fffd}name", "extra");
    assert!(!out.lines().any(|l| l.starts_with("genuine")), "{out}");
    assert!(out.contains("x\\u{a}genuine: release 9"), "{out}");
}

/// A validly signed manifest that names paths outside the bundle is refused without reading them.
#[test]
fn signed_manifest_with_escaping_paths() {
    use mirrorcast::release::manifest::{FileEntry, MANIFEST, MANIFEST_SIG, Manifest};
    let p = bundled();
    let key =
        mirrorcast::release::signing::SecretKey::load(&p.path().join("ci.key"), None).unwrap();
    let dist = p.path().join("dist");
    let mut m = Manifest::parse(&std::fs::read(dist.join(MANIFEST)).unwrap()).unwrap();
    for path in [
        "../secret.txt",
        "/etc/passwd",
        "en/../../secret.txt",
        "a//b",
    ] {
        m.files.push(FileEntry {
            path: path.into(),
            size: 1,
            sha256: "0".repeat(64),
        });
    }
    let bytes = m.to_canonical_json();
    std::fs::write(dist.join(MANIFEST), &bytes).unwrap();
    std::fs::write(
        dist.join(MANIFEST_SIG),
        key.sign(&bytes, &m.trusted_comment(MANIFEST).to_string(), "test"),
    )
    .unwrap();
    let out = expect_problem(&p, "manifest.json", "malformed");
    for path in [
        "../secret.txt",
        "/etc/passwd",
        "en/../../secret.txt",
        "a//b",
    ] {
        assert!(
            out.contains(&format!("{path:?}")),
            "{path} not named:\n{out}"
        );
    }
}

#[cfg(unix)]
#[test]
fn json_with_a_non_utf8_path() {
    use std::os::unix::ffi::OsStrExt as _;
    let p = bundled();
    let odd = std::ffi::OsStr::from_bytes(b"d\xff");
    std::fs::rename(p.path().join("dist"), p.path().join(odd)).unwrap();
    let r = p
        .cmd(&["--json", "check", "--publisher-key", "ci.pub"])
        .arg(odd)
        .output()
        .unwrap();
    assert_eq!(
        r.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&r.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(json["genuine"], true);
}

/// An unsigned manifest cannot make `check` read what it lists: a huge (sparse) file named by a
/// forged entry is not hashed.
#[cfg(unix)]
#[test]
fn forged_manifest_is_not_followed() {
    let p = bundled();
    let dist = p.path().join("dist");
    let big = std::fs::File::create(dist.join("big.bin")).unwrap();
    big.set_len(1 << 40).unwrap(); // 1 TiB, sparse: hashing it would take hours
    drop(big);
    let manifest = p.read("dist/manifest.json");
    let entry = format!(
        "\"files\": [\n    {{\n      \"path\": \"big.bin\",\n      \"sha256\": \"{}\",\n      \"size\": {}\n    }},",
        "0".repeat(64),
        1u64 << 40
    );
    p.write(
        "dist/manifest.json",
        &manifest.replacen("\"files\": [", &entry, 1),
    );
    let out = expect_problem(&p, "manifest.json.minisig", "bad-signature");
    assert!(out.contains("file contents were not hashed"), "{out}");
    assert!(!out.contains("tampered"), "{out}");
    let r = p.run(&["--json", "check", "dist", "--publisher-key", "ci.pub"]);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert_eq!(json["contents-checked"], false);
    assert!(json["bytes-checked"].as_u64().unwrap() < 1 << 20);
}
