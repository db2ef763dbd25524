use crate::support::Project;

fn bundled() -> Project {
    let p = Project::new();
    p.keygen();
    p.bundle();
    p
}

fn assert_not_genuine(p: &Project, naming: &[&str], kind: &str) -> String {
    let r = p.run(&["check", "dist", "--publisher-key", "ci.pub"]);
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
    assert_not_genuine(&p, &["signatories.txt"], "wrong-size");
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
    let r = p.run(&["check"]);
    assert_eq!(r.code, 2);
    // No key configured, none remembered for this bundle's key id.
    std::fs::remove_dir_all(p.path().join(".mirrorcast")).unwrap();
    let r = p.run(&["check", "dist"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no publisher key"), "{}", r.stderr);
}
