//! Follow mode: a mirror keeps itself current from other copies (another `serve`, a plain
//! static mirror), fetching only the files it lacks, and never takes what a copy tampered with.

use std::time::{Duration, Instant};

use crate::serve::Serving;
use crate::support::{Project, copy_dir};

/// Wait until `d` serves `release` (following polls every second).
fn until_serves(d: &Serving, release: u64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    while d.release() != Some(release) {
        assert!(
            Instant::now() < deadline,
            "{} never served release {release} (serves {:?})",
            d.base(),
            d.release()
        );
        std::thread::sleep(Duration::from_millis(200));
    }
}

/// Put the bundle `dir` on the static mirror, replacing what it held.
fn publish_static(site: &crate::servers::Server, dir: &std::path::Path) {
    let root = site.root();
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(dir, &root);
}

#[test]
fn a_mirror_follows_another_mirror_and_a_static_copy_fetching_only_what_it_lacks() {
    let p = Project::new();
    p.keygen();
    let r1 = p.keep_release(1);
    let r2 = p.keep_release(2);
    let origin = Serving::start(&p, "origin", &["--install", "release-1"]);
    let follower = Serving::start(
        &p,
        "follower",
        &["--follow", &origin.base(), "--every", "1s"],
    );
    until_serves(&follower, 1);
    let (_, page) = crate::serve::curl(&format!("{}en/", follower.base()), &[]);
    assert_eq!(
        page,
        std::fs::read_to_string(r1.join("en/index.html")).unwrap()
    );

    // A static mirror with release 2: a second follower takes it from there, and then release
    // 3, asking only for the files it lacks.
    let site = crate::servers::static_site();
    publish_static(&site, &r2);
    let from_static = Serving::start(
        &p,
        "from-static",
        &[
            "--follow",
            &format!("http://127.0.0.1:{}/", site.port),
            "--every",
            "1s",
        ],
    );
    until_serves(&from_static, 2);
    let r3 = p.keep_release(3);
    let asked_before = site.access_log().len();
    publish_static(&site, &r3);
    until_serves(&from_static, 3);
    let manifest = mirrorcast::release::manifest::Manifest::parse(
        &std::fs::read(r3.join("manifest.json")).unwrap(),
    )
    .unwrap();
    let files_asked: Vec<String> = site.access_log()[asked_before..]
        .iter()
        .filter(|r| r.method == "GET" && r.status == "200")
        .map(|r| r.uri.trim_start_matches('/').to_string())
        .filter(|u| {
            manifest
                .files
                .iter()
                .any(|f| crate::support::percent_decode(u) == f.path)
        })
        .collect();
    assert!(
        !files_asked.is_empty() && files_asked.len() < manifest.files.len(),
        "asked for {files_asked:?} of {} files",
        manifest.files.len()
    );

    // A release pushed to the origin reaches its follower.
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"origin\"\nurls = [\"{0}\"]\n[mirror.mirrorcast]\nendpoint = \"{0}\"\n",
            origin.base()
        ),
    );
    let run = p.run(&["push", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    until_serves(&origin, 3);
    until_serves(&follower, 3);
    let out = follower.stop();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = crate::schemas::conforms("serve", &out);
    assert_eq!(report["updates"], 2, "{report}");
}

#[test]
fn a_tampered_copy_is_skipped_and_a_learnt_one_is_enough() {
    let p = Project::new();
    p.keygen();
    let site = crate::servers::static_site();
    let static_url = format!("http://127.0.0.1:{}/", site.port);
    // The signed mirror list names the static copy.
    p.write(
        "mirrors.toml",
        &format!("[[mirror]]\nname = \"static\"\nurls = [\"{static_url}\"]\n"),
    );
    p.keep_release(1);
    let r2 = p.keep_release(2);

    // The static copy holds release 2 with one page altered: never taken.
    let tampered = p.path().join("tampered");
    copy_dir(&r2, &tampered);
    let page = tampered.join("en/signatories/1.html");
    let mut bytes = std::fs::read(&page).unwrap();
    bytes[200] ^= 1;
    std::fs::write(&page, bytes).unwrap();
    publish_static(&site, &tampered);

    let origin = Serving::start(&p, "origin", &["--install", "release-1"]);
    let follower = Serving::start(
        &p,
        "follower",
        &["--follow", &origin.base(), "--learn", "--every", "1s"],
    );
    until_serves(&follower, 1);
    // Some rounds pass; the altered release never goes in, nor anything half of it.
    std::thread::sleep(Duration::from_secs(4));
    assert_eq!(follower.release(), Some(1));
    let releases = std::fs::read_dir(p.path().join("follower/releases"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect::<Vec<_>>();
    assert!(releases.iter().all(|r| r.starts_with("1-")), "{releases:?}");

    // The origin goes away; the static copy is mended: the copy learnt from the signed list is
    // enough.
    drop(origin);
    publish_static(&site, &r2);
    until_serves(&follower, 2);
    let out = follower.stop();
    assert!(
        out.stderr.contains("learnt") && out.stderr.contains("skipped"),
        "{}",
        out.stderr
    );
}

#[test]
fn a_mirror_follows_an_ipfs_gateway_at_the_site_ipns_name() {
    let node = crate::ipfs_node::IpfsNode::start();
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        &format!(
            "[ipfs]\ntimeout = \"60s\"\nkeep = 1\n[[ipfs.node]]\nname = \"n\"\napi = \"{}\"\nipns-key = \"open-letter\"\n",
            node.api
        ),
    );
    let pin = |p: &Project| -> String {
        let run = p.run(&["pin", "--json", "--publisher-key", "ci.pub"]);
        assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
        let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
        report["providers"][0]["ipns-name"]
            .as_str()
            .expect("an IPNS name")
            .to_string()
    };
    p.keep_release(1);
    let name = pin(&p);
    let source = format!("{}/ipns/{name}/", node.gateway.trim_end_matches('/'));
    let follower = Serving::start(&p, "follower", &["--follow", &source, "--every", "1s"]);
    until_serves(&follower, 1);

    // A new release pinned and published under the same name reaches the follower.
    p.keep_release(2);
    assert_eq!(pin(&p), name);
    until_serves(&follower, 2);
    let (_, page) = crate::serve::curl(&format!("{}en/", follower.base()), &[]);
    assert_eq!(page, p.read("dist/en/index.html"));
}

#[test]
fn a_mirror_follows_a_trustless_gateway_reading_cars() {
    let gw = crate::trustless_gateway::TrustlessGateway::start();
    let p = Project::new();
    p.keygen();
    let import = |p: &Project| -> String {
        p.ok(&["car", "-o", "dist.car", "dist"]);
        gw.import_car(&p.path().join("dist.car"))
    };
    p.keep_release(1);
    gw.set_name("letter.example.org", &import(&p));
    let source = format!("{}/ipns/letter.example.org/", gw.url.trim_end_matches('/'));
    let follower = Serving::start(&p, "follower", &["--follow", &source, "--every", "1s"]);
    until_serves(&follower, 1);

    // The name moves to release 2: taken, only the files that changed fetched.
    let r2 = p.keep_release(2);
    gw.set_name("letter.example.org", &import(&p));
    until_serves(&follower, 2);
    let (_, page) = crate::serve::curl(&format!("{}en/", follower.base()), &[]);
    assert_eq!(
        page,
        std::fs::read_to_string(r2.join("en/index.html")).unwrap()
    );
    let out = follower.stop();
    let fetched: Vec<usize> = out
        .stderr
        .lines()
        .filter(|l| l.contains("as CARs from the trustless gateway"))
        .filter_map(|l| l.split("fetching ").nth(1)?.split(' ').next()?.parse().ok())
        .collect();
    let files = mirrorcast::release::manifest::Manifest::parse(
        &std::fs::read(r2.join("manifest.json")).unwrap(),
    )
    .unwrap()
    .files
    .len();
    assert_eq!(fetched.len(), 2, "{}", out.stderr);
    assert_eq!(fetched[0], files, "{}", out.stderr);
    assert!(fetched[1] < files, "{}", out.stderr);
}
