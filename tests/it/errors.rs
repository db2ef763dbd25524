//! Bad input gets one clear error naming the file and line, exit 2, and never a panic.

use crate::support::Project;

fn one_error(p: &Project, args: &[&str], naming: &str) -> String {
    let r = p.run(args);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    assert!(!r.stderr.contains("panicked"), "{}", r.stderr);
    let first = r.stderr.lines().next().unwrap_or_default().to_string();
    assert!(first.starts_with("error: "), "{}", r.stderr);
    assert!(first.contains(naming), "expected {naming:?} in {first:?}");
    first
}

#[test]
fn malformed_site_toml() {
    let p = Project::new();
    p.keygen();
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = \"one\""),
    );
    one_error(
        &p,
        &["bundle", "--secret-key", "ci.key"],
        "content/site.toml:8:11:",
    );

    p.write(
        "content/site.toml",
        &site.replace("valid-days = 365", "valid-days = 365\nvalid-dayz = 1"),
    );
    let e = one_error(
        &p,
        &["bundle", "--secret-key", "ci.key"],
        "content/site.toml:16:1:",
    );
    assert!(e.contains("valid-dayz"), "{e}");

    p.write(
        "content/site.toml",
        &site.replace("[languages.en]", "[languages.en"),
    );
    one_error(
        &p,
        &["bundle", "--secret-key", "ci.key"],
        "content/site.toml:",
    );

    p.write(
        "content/site.toml",
        &site.replace("publisher-key = \"\"", "publisher-key = \"RWbogus\""),
    );
    let e = one_error(
        &p,
        &["bundle", "--secret-key", "ci.key"],
        "content/site.toml:23:",
    );
    assert!(e.contains("public key"), "{e}");
}

#[test]
fn malformed_mirrors_toml() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"a\"\nurls = [\"https://a.example/\"]\nurl = \"x\"\n",
    );
    let e = one_error(&p, &["bundle", "--secret-key", "ci.key"], "mirrors.toml:4:");
    assert!(e.contains("url"), "{e}");
    p.write("mirrors.toml", "[[mirror]\nname = \"a\"\n");
    one_error(&p, &["bundle", "--secret-key", "ci.key"], "mirrors.toml:1:");
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"a\"\nurls = [\"not a url\"]\n",
    );
    one_error(&p, &["bundle", "--secret-key", "ci.key"], "mirrors.toml:3:");
    std::fs::remove_file(p.path().join("mirrors.toml")).unwrap();
    one_error(
        &p,
        &["bundle", "--secret-key", "ci.key"],
        "mirrors.toml: not found",
    );
}

#[test]
fn broken_content() {
    let p = Project::new();
    p.keygen();
    std::fs::remove_file(p.path().join("content/letter.ru.md")).unwrap();
    one_error(&p, &["bundle", "--secret-key", "ci.key"], "letter.ru.md");
    let p = Project::new();
    p.keygen();
    p.write("content/notes.txt", "stray");
    one_error(&p, &["bundle", "--secret-key", "ci.key"], "notes.txt");
    let p = Project::new();
    p.keygen();
    std::fs::write(p.path().join("content/signatories.txt"), b"ok\n\xff\xfe\n").unwrap();
    one_error(&p, &["bundle", "--secret-key", "ci.key"], "not UTF-8");
    let r = Project::empty().run(&["bundle"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("content"), "{}", r.stderr);
}

#[test]
fn errors_in_json_mode() {
    let p = Project::new();
    p.write("mirrors.toml", "nonsense");
    let r = p.run(&["--json", "bundle"]);
    assert_eq!(r.code, 2);
    let json: serde_json::Value = serde_json::from_str(&r.stdout).unwrap();
    assert!(json["error"].as_str().unwrap().contains("mirrors.toml:1:"));
}

#[test]
fn run_from_inside_a_project_the_error_points_at_its_top() {
    let p = Project::new();
    p.write("mirrors.toml", "");
    let inside = p.path().join("content");
    let run = crate::support::Run::from(
        p.cmd(&["verify"])
            .current_dir(&inside)
            .output()
            .expect("verify"),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    let top = p.path().display().to_string();
    assert!(
        run.stderr.contains("a folder inside the project in")
            && run.stderr.contains(&format!("`cd {top}`")),
        "{}",
        run.stderr
    );
    // Every command that reads the project's files says the same, whichever file it looks
    // for first (mirrors.toml, content/, dist/, content/site.toml).
    for args in [
        &["bundle"][..],
        &["publish"],
        &["push"],
        &["pin"],
        &["status"],
        &["check"],
        &["release", "--next"],
    ] {
        let run = crate::support::Run::from(
            p.cmd(args)
                .current_dir(&inside)
                .output()
                .expect("mirrorcast"),
        );
        assert_eq!(run.code, 2, "{args:?}: {}", run.stderr);
        assert!(
            run.stderr.contains(&format!(
                "you are in {}, a folder inside the project in {top}; run mirrorcast from the project's folder: `cd {top}`",
                inside.display()
            )),
            "{args:?}: {}",
            run.stderr
        );
    }
    // Outside any project: where it looked.
    let nowhere = tempfile::tempdir().expect("temp dir");
    let run = crate::support::Run::from(
        p.cmd(&["bundle"])
            .current_dir(nowhere.path())
            .output()
            .expect("bundle"),
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("not found in {}", nowhere.path().display()))
            && run.stderr.contains("start one with `mirrorcast init DIR`"),
        "{}",
        run.stderr
    );
}
