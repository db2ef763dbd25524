use crate::support::{Project, copy_dir, require_tool, tree};

/// Debian's minisign accepts both signatures, with the release and expiry in the trusted
/// comment; `sha256sum -c` accepts SHA256SUMS.
#[test]
fn stock_tools_accept_the_bundle() {
    let minisign = require_tool("minisign");
    let p = Project::new();
    let key = p.keygen();
    p.bundle();
    let dist = p.path().join("dist");
    for file in ["manifest.json", "SHA256SUMS"] {
        let out = std::process::Command::new(&minisign)
            .args(["-V", "-P", &key, "-m", file])
            .current_dir(&dist)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert!(
            out.status.success(),
            "minisign -V {file}: {stdout}{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            stdout.contains(&format!(
                "Trusted comment: mirrorcast site:open-letter release:1 expires:2027-11-29T00:00:00Z file:{file}"
            )),
            "{stdout}"
        );
    }
    // The .pub file written by keygen is read by minisign too.
    let out = std::process::Command::new(&minisign)
        .args(["-V", "-p"])
        .arg(p.path().join("ci.pub"))
        .args(["-m", "manifest.json"])
        .current_dir(&dist)
        .output()
        .unwrap();
    assert!(out.status.success());

    let out = std::process::Command::new(require_tool("sha256sum"))
        .args(["--strict", "-c", "SHA256SUMS"])
        .current_dir(&dist)
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    // Every file but SHA256SUMS itself and the two signatures is listed.
    let listed = stdout.lines().count();
    assert_eq!(listed, tree(&dist).len() - 3, "{stdout}");
    assert!(stdout.contains("manifest.json: OK"));
}

/// Two builds of the same content in different directories are byte-identical, file by file.
#[test]
fn builds_are_reproducible() {
    let a = Project::new();
    a.keygen();
    let b = Project::empty();
    copy_dir(&a.path().join("content"), &b.path().join("content"));
    b.write("mirrors.toml", &a.read("mirrors.toml"));
    std::fs::copy(a.path().join("ci.key"), b.path().join("ci.key")).unwrap();
    a.bundle();
    // Another time zone, another umask, another directory: the same bytes.
    let r = b
        .sh("umask 077; exec \"$0\" bundle --secret-key ci.key --out elsewhere/site")
        .env("TZ", "Asia/Tokyo")
        .env("LC_ALL", "C")
        .output()
        .unwrap();
    assert!(r.status.success(), "{}", String::from_utf8_lossy(&r.stderr));
    // Public whatever the umask: a web server running as another user can read it.
    #[cfg(unix)]
    for entry in walkdir::WalkDir::new(b.path().join("elsewhere/site")) {
        use std::os::unix::fs::PermissionsExt as _;
        let entry = entry.unwrap();
        let mode = entry.metadata().unwrap().permissions().mode() & 0o777;
        let want = if entry.file_type().is_dir() {
            0o755
        } else {
            0o644
        };
        assert_eq!(mode, want, "{}", entry.path().display());
    }
    let ta = tree(&a.path().join("dist"));
    let tb = tree(&b.path().join("elsewhere/site"));
    assert_eq!(ta.keys().collect::<Vec<_>>(), tb.keys().collect::<Vec<_>>());
    for (path, bytes) in &ta {
        assert!(tb[path] == *bytes, "{path} differs between the two builds");
    }
    // Nothing of the build's place or machine leaks into the output.
    for (path, bytes) in &ta {
        let text = String::from_utf8_lossy(bytes);
        assert!(
            !text.contains(&*a.path().to_string_lossy()),
            "{path} names the build directory"
        );
    }
    // Rebuilding in place gives the same bytes again, and says the content was already signed.
    let again = a.bundle();
    assert!(
        again.stdout.contains("same content as already signed"),
        "{}",
        again.stdout
    );
    assert_eq!(tree(&a.path().join("dist")), ta);
}

/// SOURCE_DATE_EPOCH replaces the release time from site.toml.
#[test]
fn source_date_epoch_sets_the_time() {
    let p = Project::new();
    p.keygen();
    let r = p
        .cmd(&["--json", "bundle", "--secret-key", "ci.key"])
        .env("SOURCE_DATE_EPOCH", "1700000000")
        .output()
        .unwrap();
    assert!(r.status.success());
    let json: serde_json::Value = serde_json::from_slice(&r.stdout).unwrap();
    assert_eq!(json["created"], "2023-11-14T22:13:20Z");
    assert_eq!(json["expires"], "2024-11-13T22:13:20Z");
    let manifest: serde_json::Value = serde_json::from_str(&p.read("dist/manifest.json")).unwrap();
    assert_eq!(manifest["created"], "2023-11-14T22:13:20Z");
    let r = p
        .cmd(&["bundle", "--secret-key", "ci.key"])
        .env("SOURCE_DATE_EPOCH", "yesterday")
        .output()
        .unwrap();
    assert_eq!(r.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&r.stderr).contains("SOURCE_DATE_EPOCH"));
}

/// The manifest is canonical JSON with every file, and the letter's text is carried unchanged.
#[test]
fn manifest_and_texts() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"one\"\nurls = [\"https://one.example/letter\"]\n",
    );
    p.bundle();
    let text = p.read("dist/manifest.json");
    let m: serde_json::Value = serde_json::from_str(&text).unwrap();
    let reserialized = serde_json::to_string_pretty(&m).unwrap() + "\n";
    assert_eq!(text, reserialized, "manifest.json is not in canonical form");
    assert_eq!(m["format"], 1);
    assert_eq!(m["site"], "open-letter");
    assert_eq!(m["release"], 1);
    assert_eq!(m["mirrors"][0]["urls"][0], "https://one.example/letter/");
    let files = m["files"].as_array().unwrap();
    let paths: Vec<&str> = files.iter().map(|f| f["path"].as_str().unwrap()).collect();
    let mut sorted = paths.clone();
    sorted.sort();
    assert_eq!(paths, sorted);
    let dist = tree(&p.path().join("dist"));
    assert_eq!(files.len(), dist.len() - 4);
    for f in files {
        let bytes = &dist[f["path"].as_str().unwrap()];
        assert_eq!(f["size"], bytes.len());
    }

    // The plain-text letter is the seed's wording, unchanged (the seed is kept, as it was given,
    // in tests/fixtures/).
    let seed = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/open-letter.txt"),
    )
    .unwrap();
    {
        let en = p.read("dist/en/letter.txt");
        let body: Vec<&str> = seed
            .lines()
            .take_while(|l| !l.starts_with("В связи"))
            .collect();
        assert_eq!(en.trim_end(), body.join("\n").trim_end());
        let ru = p.read("dist/ru/letter.txt");
        let ru_seed: Vec<&str> = seed
            .lines()
            .skip_while(|l| !l.starts_with("В связи"))
            .take_while(|l| !l.starts_with("Общее количество"))
            .collect();
        assert!(
            ru.contains(&ru_seed.join("\n")),
            "Russian text differs from the seed"
        );
    }
    let names = p.read("dist/signatories.txt");
    assert_eq!(names, p.read("content/signatories.txt"));
}

/// 100,000 signatories: paginated, every page under 1 MB, every name present in order.
#[test]
fn many_signatories_paginate() {
    let p = Project::new();
    p.keygen();
    let names: Vec<String> = (0..100_000)
        .map(|i| format!("Подписант <{i}> & \"Signatory\" Nummer {i}"))
        .collect();
    p.write("content/signatories.txt", &(names.join("\n") + "\n"));
    p.bundle();
    let dist = p.path().join("dist");
    let mut seen = 0;
    for page in 1..=100 {
        let html = p.read(&format!("dist/en/signatories/{page}.html"));
        assert!(
            html.len() < 1_000_000,
            "page {page} is {} bytes",
            html.len()
        );
        let count = html.matches("<li>Подписант").count();
        assert_eq!(count, 1000, "page {page}");
        assert!(html.contains(&format!(
            "<li>Подписант &lt;{seen}&gt; &amp; &quot;Signatory&quot; Nummer {seen}</li>"
        )));
        seen += count;
    }
    assert!(!dist.join("en/signatories/101.html").exists());
    assert_eq!(seen, 100_000);
    for (path, bytes) in tree(&dist) {
        if path.ends_with(".html") {
            assert!(bytes.len() < 1_000_000, "{path} is {} bytes", bytes.len());
        }
    }
}

/// Attachments in content/files/ are copied byte for byte and listed.
#[test]
fn attachments_are_carried() {
    let p = Project::new();
    p.keygen();
    let bytes: Vec<u8> = (0..3_000_000u32).map(|i| (i * 7 % 251) as u8).collect();
    std::fs::create_dir_all(p.path().join("content/files/docs")).unwrap();
    std::fs::write(p.path().join("content/files/docs/letter scan.pdf"), &bytes).unwrap();
    p.bundle();
    assert_eq!(
        std::fs::read(p.path().join("dist/files/docs/letter scan.pdf")).unwrap(),
        bytes
    );
    assert!(
        p.read("dist/en/index.html")
            .contains("href=\"../files/docs/letter%20scan.pdf\"")
    );
    p.ok(&["check", "dist"]);
}

/// The release number only goes up, and a number is never reused for other content.
#[test]
fn release_numbers_are_guarded() {
    let p = Project::new();
    p.keygen();
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 5"),
    );
    p.bundle();
    let log = p.read("releases.jsonl");
    assert_eq!(log.lines().count(), 1, "{log}");

    // Same number, different content: refused, and the bundle on disk is left alone.
    let before = tree(&p.path().join("dist"));
    p.write("content/signatories.txt", "Someone New\n");
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("release 5") && r.stderr.contains("already signed"),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("to 6"), "{}", r.stderr);
    assert_eq!(tree(&p.path().join("dist")), before);

    // A lower number: refused.
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 4"),
    );
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("lower than release 5"), "{}", r.stderr);

    // The next number: accepted.
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 6"),
    );
    p.bundle();
    assert_eq!(p.read("releases.jsonl").lines().count(), 2);

    // The log deleted (or never committed): the bundle in dist/ still guards its number.
    std::fs::remove_file(p.path().join("releases.jsonl")).expect("rm");
    p.write("content/signatories.txt", "Someone Else\n");
    let before = tree(&p.path().join("dist"));
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(
        r.stderr.contains("release 6")
            && r.stderr.contains("already signed")
            && r.stderr.contains("the bundle in dist")
            && r.stderr.contains("no releases.jsonl"),
        "{}",
        r.stderr
    );
    assert_eq!(tree(&p.path().join("dist")), before);
    p.write(
        "content/site.toml",
        &site.replace("release = 1", "release = 3"),
    );
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("lower than release 6"), "{}", r.stderr);
    // `release --next` adds one to site.toml's 3, which is not enough: what to run instead.
    assert!(
        r.stderr
            .contains("set `release` in site.toml to 6, then run `mirrorcast release --next`"),
        "{}",
        r.stderr
    );
    // Signed with another key, the bundle in dist/ is no guard of this key's numbers.
    p.keygen_as("other");
    p.ok(&["bundle", "--secret-key", "other.key"]);
}

/// With no key anywhere, the tool still runs end to end with a throwaway key, says so, and
/// `check` finds that key locally.
#[test]
fn throwaway_key_when_none_is_configured() {
    let p = Project::new();
    let r = p.ok(&["bundle"]);
    assert!(r.stderr.contains("throwaway key"), "{}", r.stderr);
    assert!(!p.path().join("releases.jsonl").exists());
    let r = p.ok(&["check", "dist"]);
    assert!(r.stdout.starts_with("genuine:"), "{}", r.stdout);
    assert!(r.stdout.contains("local key"), "{}", r.stdout);
}

/// `--out` never replaces a directory that is not a bundle.
#[test]
fn out_dir_must_be_a_bundle() {
    let p = Project::new();
    p.keygen();
    p.write("precious/notes.txt", "do not delete");
    let r = p.run(&["bundle", "--secret-key", "ci.key", "--out", "precious"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("not a mirrorcast bundle"), "{}", r.stderr);
    assert_eq!(p.read("precious/notes.txt"), "do not delete");
    // Another tool's manifest.json does not make a directory ours.
    p.write("extension/manifest.json", "{\"name\": \"my extension\"}");
    p.write("extension/manifest.json.minisig", "not ours either");
    let r = p.run(&["bundle", "--secret-key", "ci.key", "--out", "extension"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(p.path().join("extension/manifest.json").is_file());
    // A bundle with something added that its manifest does not list: not replaced either.
    p.ok(&["bundle", "--secret-key", "ci.key", "--out", "site"]);
    p.write("site/thesis.tex", "my only copy");
    let r = p.run(&["bundle", "--secret-key", "ci.key", "--out", "site"]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(p.read("site/thesis.tex"), "my only copy");
    std::fs::remove_file(p.path().join("site/thesis.tex")).unwrap();
    // An earlier bundle, even one a newer mirrorcast wrote, is replaced as a whole.
    let manifest = p.read("site/manifest.json");
    p.write(
        "site/manifest.json",
        &manifest.replace("\"format\": 1", "\"format\": 7"),
    );
    p.ok(&["bundle", "--secret-key", "ci.key", "--out", "site"]);
    assert!(p.read("site/manifest.json").contains("\"format\": 1"));
    p.ok(&["check", "site", "--publisher-key", "ci.pub"]);
}

/// Long names full of characters that escaping lengthens still give pages under 1 MB.
#[test]
fn long_names_stay_under_a_megabyte_per_page() {
    let p = Project::new();
    p.keygen();
    let name = "\"Ассоциация\" & <Partners> ".repeat(30);
    let name = &name[..name.floor_char_boundary(990)];
    let names: Vec<String> = (0..3000).map(|i| format!("{i} {name}")).collect();
    p.write("content/signatories.txt", &(names.join("\n") + "\n"));
    p.bundle();
    let dist = p.path().join("dist");
    let mut pages = 0;
    for (path, bytes) in tree(&dist) {
        if path.ends_with(".html") {
            assert!(bytes.len() < 1_000_000, "{path} is {} bytes", bytes.len());
            pages += 1;
        }
    }
    assert!(pages > 10, "{pages} pages");
    let listed: usize = (1..)
        .map_while(|n| std::fs::read_to_string(dist.join(format!("en/signatories/{n}.html"))).ok())
        .map(|html| {
            let list = &html[html.find("<ol class=\"names\"").unwrap()..];
            list[..list.find("</ol>").unwrap()].matches("<li>").count()
        })
        .sum();
    assert_eq!(listed, 3000);

    let too_long = "x".repeat(1001);
    p.write("content/signatories.txt", &format!("ok\n{too_long}\n"));
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("signatories.txt:2:"), "{}", r.stderr);
}

/// Links in the letter's Markdown may only point at files of the bundle.
#[test]
fn letter_links_stay_inside() {
    let p = Project::new();
    p.keygen();
    let letter = p.read("content/letter.en.md");
    p.write("content/files/scan.pdf", "%PDF");
    p.write(
        "content/letter.en.md",
        &format!(
            "{letter}\nSee [the scan](../files/scan.pdf) and [Russian](../ru/index.html#main).\n"
        ),
    );
    p.bundle();
    assert!(
        p.read("dist/en/index.html")
            .contains("href=\"../files/scan.pdf\"")
    );
    for (link, why) in [
        ("https://tracker.example/p.gif", "leaves the bundle"),
        ("/etc/passwd", "leaves the bundle"),
        ("javascript:alert(1)", "leaves the bundle"),
        ("../files/missing.pdf", "points to no file"),
        ("../../outside.html", "points to no file"),
        // These name existing files only if `..` were clamped at the site's root.
        ("../../index.html", "points to no file"),
        ("../../../files/scan.pdf", "points to no file"),
        ("..//files/scan.pdf", "points to no file"),
    ] {
        p.write("content/letter.en.md", &format!("{letter}\n![x]({link})\n"));
        let r = p.run(&["bundle", "--secret-key", "ci.key"]);
        assert_eq!(r.code, 2, "{link}");
        let line = letter.lines().count() + 2;
        assert!(
            r.stderr.contains(&format!("letter.en.md:{line}:")) && r.stderr.contains(why),
            "{link}: {}",
            r.stderr
        );
    }
}

/// A third language needs its own name; the pages then offer it everywhere.
#[test]
fn more_languages() {
    let p = Project::new();
    p.keygen();
    let site = p.read("content/site.toml");
    p.write("content/letter.de.md", "Ein Brief.\n");
    p.write(
        "content/site.toml",
        &format!("{site}\n[languages.de]\ntitle = \"Offener Brief\"\n"),
    );
    let r = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("name = ") && r.stderr.contains("site.toml:3"),
        "{}",
        r.stderr
    );
    p.write(
        "content/site.toml",
        &format!("{site}\n[languages.de]\ntitle = \"Offener Brief\"\nname = \"Deutsch\"\n"),
    );
    p.bundle();
    let root = p.read("dist/index.html");
    assert!(root.contains(">Deutsch<") && root.contains(">Русский<") && root.contains(">English<"));
    assert!(p.read("dist/ru/index.html").contains("hreflang=\"de\""));
    // Our words around the German letter are English, and marked so.
    let de = p.read("dist/de/index.html");
    assert!(
        de.contains("<html lang=\"de\">") && de.contains("<header lang=\"en\">"),
        "{de}"
    );
    assert!(de.contains("<article>\n<h1>Offener Brief</h1>"));
    assert!(
        p.read("dist/de/verify.html")
            .contains("<main id=\"main\" lang=\"en\">")
    );
    assert!(p.read("dist/ru/verify.html").contains("<main id=\"main\">"));
    p.ok(&["check", "dist", "--publisher-key", "ci.pub"]);
}

/// Pages carry no dates, so re-signing the same content with a new release time (a longer
/// validity, a rebuild in CI) changes only the manifest and its signatures, and is accepted
/// under the same release number.
#[test]
fn a_new_release_time_is_not_new_content() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let before = tree(&p.path().join("dist"));
    let site = p.read("content/site.toml");
    p.write(
        "content/site.toml",
        &site.replace(
            "released = 2026-11-29T00:00:00Z",
            "released = 2026-12-24T18:30:00Z",
        ),
    );
    let r = p.bundle();
    assert!(
        r.stdout.contains("same content as already signed"),
        "{}",
        r.stdout
    );
    let after = tree(&p.path().join("dist"));
    for (path, bytes) in &before {
        let meta = [
            "manifest.json",
            "manifest.json.minisig",
            "SHA256SUMS",
            "SHA256SUMS.minisig",
        ];
        if meta.contains(&path.as_str()) {
            assert_ne!(after[path], *bytes, "{path} should carry the new dates");
        } else {
            assert_eq!(after[path], *bytes, "{path} changed with the release time");
        }
    }
    assert!(
        p.read("dist/manifest.json")
            .contains("2026-12-24T18:30:00Z")
    );
    p.ok(&["check", "dist", "--publisher-key", "ci.pub"]);
}
