//! `verify` against copies that misbehave in every way a blocked, stale or tampered mirror does
//! (our fault-injecting server), and against real servers: nginx serving a pushed mirror.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use crate::fault_http::{FaultServer, Reply};
use crate::support::{Project, Run, copy_dir, percent_decode};

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn copy<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["copies"]
        .as_array()
        .expect("copies")
        .iter()
        .find(|c| c["name"] == name)
        .unwrap_or_else(|| panic!("no copy {name} in {report}"))
}

/// A project at release 2 (`dist`), with release 1 kept in `r1`, the same release signed with
/// another key in `other-key`, and the same release already expired in `expired`.
fn releases() -> Project {
    let p = Project::new();
    p.keygen();
    p.bundle();
    copy_dir(&p.path().join("dist"), &p.path().join("r1"));
    let site = p
        .read("content/site.toml")
        .replace("release = 1", "release = 2");
    p.write("content/site.toml", &site);
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + "Новая Подпись\n"),
    );
    p.bundle();
    // Another key, another project (its own release log): same site, same release.
    let other = Project::empty();
    copy_dir(&p.path().join("content"), &other.path().join("content"));
    other.write("mirrors.toml", "");
    other.keygen_as("other");
    other.ok(&["bundle", "--secret-key", "other.key"]);
    copy_dir(&other.path().join("dist"), &p.path().join("other-key"));
    // Our key, released in 2020 for one day.
    let old = p.expired_twin(None);
    copy_dir(&old.path().join("dist"), &p.path().join("expired"));
    p
}

fn file(dir: &Path, path: &str) -> Reply {
    match std::fs::read(dir.join(path)) {
        Ok(bytes) => Reply::Bytes(200, vec![], bytes),
        Err(_) => Reply::Bytes(404, vec![], b"not found".to_vec()),
    }
}

/// 100 MB of zeros, gzipped: about 100 KB on the wire.
fn gzip_bomb() -> Vec<u8> {
    let out = std::process::Command::new("sh")
        .args(["-c", "head -c 100000000 /dev/zero | gzip -9"])
        .output()
        .expect("gzip");
    assert!(out.status.success());
    out.stdout
}

/// One mirror per behaviour, each under its own path prefix.
fn matrix_server(root: &Path) -> FaultServer {
    let root = root.to_path_buf();
    let bomb = gzip_bomb();
    FaultServer::start(move |_, target| {
        let target = percent_decode(target.split('?').next().unwrap_or(""));
        let mut parts = target.trim_start_matches('/').splitn(2, '/');
        let (mirror, path) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
        let dist = root.join("dist");
        let page = "en/index.html";
        match mirror {
            "good" => file(&dist, path),
            "flipped" if path == page => {
                let mut bytes = std::fs::read(dist.join(page)).expect("page");
                bytes[100] ^= 0x20;
                Reply::Bytes(200, vec![], bytes)
            }
            "script" if path == page => {
                let html = std::fs::read_to_string(dist.join(page)).expect("page");
                let bytes = html.replacen("</body>", "<script>steal()</script></body>", 1);
                Reply::Bytes(200, vec![], bytes.into_bytes())
            }
            "missing" if path == "signatories.txt" => Reply::Bytes(404, vec![], Vec::new()),
            "replay" => file(&root.join("r1"), path),
            "other-key" => file(&root.join("other-key"), path),
            "expired" => file(&root.join("expired"), path),
            "error500" => Reply::Bytes(500, vec![], b"oops".to_vec()),
            "reset" => Reply::Reset,
            "silent" => Reply::Hang,
            "trickle" => Reply::Trickle(std::fs::read(dist.join(path)).unwrap_or_default()),
            "endless" if path == page => Reply::Endless(200),
            "gzip-bomb" if path == page => Reply::Bytes(
                200,
                vec![
                    "Content-Encoding: gzip".into(),
                    "Content-Type: text/html".into(),
                ],
                bomb.clone(),
            ),
            "loop" => Reply::Bytes(302, vec![format!("Location: /loop/{path}")], Vec::new()),
            "away" => Reply::Bytes(
                302,
                vec!["Location: http://blocked.example/stop.html".into()],
                Vec::new(),
            ),
            _ => file(&dist, path),
        }
    })
}

const MATRIX: [(&str, &str); 16] = [
    ("good", "ok"),
    ("flipped", "tampered"),
    ("script", "tampered"),
    ("missing", "partial"),
    ("replay", "stale"),
    ("other-key", "bad-signature"),
    ("expired", "expired"),
    ("error500", "unreachable"),
    ("reset", "unreachable"),
    ("silent", "unreachable"),
    ("trickle", "unreachable"),
    ("endless", "tampered"),
    ("gzip-bomb", "tampered"),
    ("loop", "unreachable"),
    ("away", "redirected"),
    ("gone", "unreachable"),
];

/// Run `mirrorcast verify` and wait at most `limit`; its peak memory (VmHWM) in kB.
fn run_bounded(mut cmd: std::process::Command, limit: Duration) -> (Run, u64) {
    let child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("verify");
    let pid = child.id();
    let started = Instant::now();
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let watcher = {
        let done = done.clone();
        std::thread::spawn(move || {
            let mut peak = 0u64;
            while !done.load(std::sync::atomic::Ordering::SeqCst) {
                if let Ok(status) = std::fs::read_to_string(format!("/proc/{pid}/status"))
                    && let Some(kb) = status
                        .lines()
                        .find_map(|l| l.strip_prefix("VmHWM:"))
                        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
                {
                    peak = peak.max(kb);
                }
                if started.elapsed() > limit {
                    // SAFETY: a signal to our own child, whose id we hold.
                    unsafe { libc::kill(pid as i32, libc::SIGKILL) };
                }
                std::thread::sleep(Duration::from_millis(10));
            }
            peak
        })
    };
    let out = child.wait_with_output().expect("wait");
    done.store(true, std::sync::atomic::Ordering::SeqCst);
    let peak = watcher.join().expect("watcher");
    assert!(
        started.elapsed() < limit,
        "verify did not finish within {limit:?}: some read has no deadline"
    );
    (Run::from(out), peak)
}

#[test]
fn every_kind_of_bad_copy_gets_its_status() {
    let p = releases();
    let server = matrix_server(p.path());
    let gone = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("port");
        l.local_addr().expect("addr").port()
    };
    let mut mirrors = String::new();
    for (name, _) in MATRIX {
        let url = if name == "gone" {
            format!("http://127.0.0.1:{gone}/")
        } else {
            format!("{}/{name}/", server.url)
        };
        mirrors.push_str(&format!(
            "[[mirror]]\nname = \"{name}\"\nurls = [\"{url}\"]\n\n"
        ));
    }
    p.write("mirrors.toml", &mirrors);
    let cmd = p.cmd(&[
        "verify",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--verify-timeout",
        "2",
        "--no-history",
        "--html",
        "status.html",
    ]);
    // Every read has a 2 s deadline and copies are checked at once: the whole matrix ends in
    // a few seconds. The limit here only catches a read without a deadline.
    let (run, peak_kb) = run_bounded(cmd, Duration::from_secs(60));
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    for (name, want) in MATRIX {
        let c = copy(&report, name);
        assert_eq!(c["status"], want, "{name}: {c}");
    }
    assert_eq!(report["newest-release"], 2);
    assert_eq!(report["all-ok"], false);
    assert_eq!(report["counts"]["ok"], 1);

    // The details say what readers would need to know.
    let good = copy(&report, "good");
    assert_eq!(good["files-good"], good["files-total"]);
    assert_eq!(good["release"], 2);
    let flipped = copy(&report, "flipped");
    let t = &flipped["tampered"][0];
    assert_eq!(t["path"], "en/index.html");
    assert_eq!(
        flipped["detail"],
        "1 file differs from the signed manifest (en/index.html)"
    );
    let genuine = mirrorcast::hash::sha256_hex(
        &std::fs::read(p.path().join("dist/en/index.html")).expect("page"),
    );
    assert_eq!(t["expected"], genuine);
    assert_ne!(t["received"], genuine);
    assert_eq!(copy(&report, "missing")["missing"][0], "signatories.txt");
    assert_eq!(copy(&report, "replay")["behind"], 1);
    assert_eq!(copy(&report, "replay")["release"], 1);
    // Each detail names the cause.
    for (name, says) in [
        ("error500", "HTTP 500"),
        ("reset", "reset"),
        ("silent", "timed out"),
        ("trickle", "timed out"),
        ("loop", "loop"),
        ("away", "blocked.example"),
        ("gone", "refused"),
        ("expired", "2020-01-02"),
    ] {
        let detail = copy(&report, name)["detail"]
            .as_str()
            .unwrap_or("")
            .to_string();
        assert!(detail.contains(says), "{name}: {detail}");
    }

    // Memory stays bounded with an endless body and a gzip bomb among the copies.
    assert!(peak_kb > 0 && peak_kb < 200_000, "peak memory {peak_kb} kB");

    // The HTML page: self-contained, every copy listed.
    let html = p.read("status.html");
    assert!(
        !html.contains("<script") && !html.contains("src="),
        "{html}"
    );
    for (name, want) in MATRIX {
        assert!(
            html.contains(&format!(">{want}</td><td>{name}<")),
            "{name} in {html}"
        );
    }
}

#[test]
fn the_json_report_follows_its_schema() {
    let p = releases();
    let server = matrix_server(p.path());
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"good\"\nurls = [\"{0}/good/\"]\n\n[[mirror]]\nname = \"flipped\"\nurls = [\"{0}/flipped/\"]\n\n[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"r1\"\n",
            server.url
        ),
    );
    let run = p.run(&[
        "verify",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--no-history",
    ]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let report = json(&run);
    // With the other schemas at hand: verify.schema.json refers to check.schema.json.
    let validator = crate::schemas::validator("verify");
    let errors: Vec<String> = validator
        .iter_errors(&report)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:?}\n{report}");
    // A local copy without a public address is read from disk: release 1, so stale.
    assert_eq!(copy(&report, "usb")["status"], "stale");
    assert_eq!(copy(&report, "usb")["kind"], "mirror");
}

#[test]
fn a_pushed_webdav_mirror_verifies_through_nginx_and_tampering_shows() {
    let server = crate::servers::webdav("organiser", "dav-pass-77");
    let p = Project::new();
    p.keygen();
    let address = format!("http://127.0.0.1:{}/письмо/", server.port);
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"dav\"\nurls = [\"{address}\"]\n[mirror.webdav]\nendpoint = \"{address}\"\nusername = \"organiser\"\npassword-env = \"DAV_PASSWORD\"\n"
        ),
    );
    p.bundle();
    let mut push = p.cmd(&["push", "--publisher-key", "ci.pub"]);
    push.env("DAV_PASSWORD", "dav-pass-77");
    assert_eq!(Run::from(push.output().expect("push")).code, 0);
    let verify = || {
        p.run(&[
            "verify",
            "--json",
            "--publisher-key",
            "ci.pub",
            "--no-history",
        ])
    };
    let run = verify();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    let dav = copy(&report, "dav");
    assert_eq!(dav["status"], "ok", "{dav}");
    let files = std::fs::read_to_string(p.path().join("dist/SHA256SUMS"))
        .expect("sums")
        .lines()
        .count();
    // Every file of SHA256SUMS (which lists the manifest too), the manifest's signature,
    // SHA256SUMS and its signature.
    assert_eq!(dav["files-total"], files + 3, "{dav}");
    assert_eq!(dav["files-good"], dav["files-total"]);

    // Someone edits a signatory page on the server.
    let page = server.root().join("письмо/en/signatories/1.html");
    let html = std::fs::read_to_string(&page).expect("page");
    std::fs::write(&page, html.replacen("<li>", "<li>Fake Name</li><li>", 1)).expect("edit");
    let run = verify();
    assert_eq!(run.code, 1);
    let report = json(&run);
    let dav = copy(&report, "dav");
    assert_eq!(dav["status"], "tampered", "{dav}");
    assert_eq!(dav["tampered"][0]["path"], "en/signatories/1.html");
}

/// A gateway that serves `car` (tampered, say) for `?format=car` requests, and 404 otherwise.
fn car_gateway(car: Vec<u8>) -> FaultServer {
    FaultServer::start(move |_, target| {
        if target.contains("format=car") {
            Reply::Bytes(
                200,
                vec!["Content-Type: application/vnd.ipld.car; version=1".into()],
                car.clone(),
            )
        } else {
            Reply::Bytes(404, vec![], Vec::new())
        }
    })
}

#[test]
fn gateways_are_checked_block_by_block_or_path_by_path() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    p.ok(&["car", "dist", "-o", "dist.car"]);
    let car = std::fs::read(p.path().join("dist.car")).expect("car");
    // A real trustless gateway (verified-fetch on Helia) holding the release.
    let good = crate::trustless_gateway::TrustlessGateway::start();
    good.import_car(&p.path().join("dist.car"));
    let mut flipped = car.clone();
    let at = flipped.len() - 10;
    flipped[at] ^= 1;
    let bad = car_gateway(flipped);
    let node = crate::ipfs_node::IpfsNode::start();
    let mut pin = p.cmd(&["pin", "--publisher-key", "ci.pub", "--api", &node.api]);
    pin.env_remove("IPFS_API");
    let pinned = Run::from(pin.output().expect("pin"));
    assert_eq!(pinned.code, 0, "{}\n{}", pinned.stdout, pinned.stderr);
    p.write(
        "mirrors.toml",
        &format!(
            "[ipfs]\ngateways = [\"{}/\", \"{}/\", \"{}/\"]\n",
            good.url, bad.url, node.gateway
        ),
    );
    let run = p.run(&[
        "verify",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--no-history",
    ]);
    let report = json(&run);
    let by_url = |url: &str| {
        report["copies"]
            .as_array()
            .expect("copies")
            .iter()
            .find(|c| c["url"].as_str().is_some_and(|u| u.starts_with(url)))
            .unwrap_or_else(|| panic!("{url} in {report}"))
            .clone()
    };
    let g = by_url(&good.url);
    assert_eq!(
        (g["status"].clone(), g["method"].clone()),
        ("ok".into(), "car".into()),
        "{g}"
    );
    assert_eq!(g["files-good"], g["files-total"]);
    let b = by_url(&bad.url);
    assert_eq!(b["status"], "tampered", "{b}");
    // The real node (js-ipfs) serves no CARs: every file is fetched under /ipfs/<cid>/.
    let n = by_url(&node.gateway);
    assert_eq!(n["status"], "ok", "{n}");
    assert_eq!(n["release"], 1);
    assert_eq!(run.code, 1, "{}", run.stdout);
}

/// A project whose release 1 is pushed to the local copy "usb" (`mirror-usb`).
fn pushed_to_a_local_copy() -> Project {
    let p = Project::with_local_mirror();
    p.bundle();
    p.ok(&["push", "--publisher-key", "ci.pub"]);
    p
}

#[test]
fn every_run_is_recorded_and_status_sums_them_up() {
    let p = pushed_to_a_local_copy();
    let run = p.ok(&["verify", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(json(&run)["history"], ".mirrorcast/history.sqlite");
    // Someone edits the copy; the next run finds it.
    let page = p.path().join("mirror-usb/en/index.html");
    std::fs::write(&page, "<p>not the letter</p>").expect("edit");
    assert_eq!(p.run(&["verify", "--publisher-key", "ci.pub"]).code, 1);
    let status = json(&p.ok(&["status", "--json"]));
    assert_eq!(status["site"], "open-letter");
    let c = &status["copies"][0];
    assert_eq!(c["name"], "usb");
    assert_eq!(c["checks"], 2);
    assert_eq!(c["ok-checks"], 1);
    assert_eq!(c["ok-share"], 0.5);
    assert_eq!(c["last-status"], "tampered");
    assert_eq!(c["last-failure"]["status"], "tampered");
    assert_eq!(c["releases"][0]["release"], 1);
    assert!(c["releases"][0]["delay-seconds"].is_number(), "{c}");
    // The human text says the same.
    let text = p.ok(&["status"]).stdout;
    assert!(
        text.starts_with(
            "copy                      ok  checks  last status   first byte  address\n"
        ),
        "{text}"
    );
    assert!(text.contains("  50.0%       2  tampered"), "{text}");
    assert!(text.contains("last failure"), "{text}");
    assert!(!text.contains("status --all"), "{text}");

    // A one-off copy given by --url is listed while it is in the latest run, and left out
    // (history kept, said so) once a run no longer checks it.
    let one_off = "http://127.0.0.1:9/";
    assert_eq!(
        p.run(&["verify", "--publisher-key", "ci.pub", "--url", one_off])
            .code,
        1
    );
    let listed = |args: &[&str]| -> Vec<String> {
        json(&p.ok(args))["copies"]
            .as_array()
            .expect("copies")
            .iter()
            .map(|c| c["url"].as_str().expect("url").to_string())
            .collect()
    };
    assert!(listed(&["status", "--json"]).contains(&one_off.to_string()));
    assert_eq!(p.run(&["verify", "--publisher-key", "ci.pub"]).code, 1);
    let status = crate::schemas::conforms("status", &p.ok(&["status", "--json"]));
    assert_eq!(status["left-out"], 1, "{status}");
    assert!(!listed(&["status", "--json"]).contains(&one_off.to_string()));
    let text = p.ok(&["status"]).stdout;
    assert!(
        text.contains("1 more copy in the history the latest run did not check"),
        "{text}"
    );
    assert!(
        text.contains("`mirrorcast status --all` lists it"),
        "{text}"
    );
    let all = crate::schemas::conforms("status", &p.ok(&["status", "--json", "--all"]));
    assert_eq!(all["left-out"], 0);
    let copy = all["copies"]
        .as_array()
        .expect("copies")
        .iter()
        .find(|c| c["url"] == one_off)
        .expect("the one-off copy with --all");
    assert_eq!(copy["in-latest-run"], false);
    assert_eq!(copy["checks"], 1);
}

#[test]
fn the_readme_first_command_publishes_to_the_shipped_local_mirrors() {
    // The shipped content and mirrors.toml, as on a fresh clone.
    let p = Project::new();
    std::fs::copy(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("mirrors.toml"),
        p.path().join("mirrors.toml"),
    )
    .expect("mirrors.toml");
    // Even on a machine without CA certificates: local copies need no TLS.
    let run = Run::from(
        p.sh("mkdir -p mirrors/local-1 mirrors/local-2 && \"$0\" publish --json")
            .env("SSL_CERT_FILE", "/nonexistent/ca.pem")
            .env("SSL_CERT_DIR", "/nonexistent")
            .output()
            .expect("publish"),
    );
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(report["published"], true);
    let copies = report["verify"]["copies"].as_array().expect("copies");
    assert_eq!(copies.len(), 2);
    for c in copies {
        assert_eq!(c["status"], "ok", "{c}");
        assert_eq!(c["files-good"], c["files-total"], "{c}");
    }
    assert_eq!(report["ipfs"]["step"], "skipped");
    // For people: the table of copies says what each column is; copies by address are told
    // apart; the warning points at lines that exist wherever it prints.
    let run = p.run(&[
        "verify",
        "--no-history",
        "--url",
        "http://127.0.0.1:9/",
        "--url",
        "http://127.0.0.1:7/",
    ]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let heading = run.stdout.lines().nth(1).unwrap_or_default();
    for column in [
        "status",
        "copy",
        "release",
        "files ok",
        "first byte",
        "took",
        "address",
    ] {
        assert!(heading.contains(column), "{}", run.stdout);
    }
    assert!(
        run.stdout.contains("  unreachable   127.0.0.1:9 "),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("  unreachable   127.0.0.1:7 "),
        "{}",
        run.stdout
    );
    assert!(
        run.stderr
            .contains("see their lines in the table of copies"),
        "{}",
        run.stderr
    );
}

#[test]
fn without_ca_certificates_local_copies_are_still_checked_and_https_says_why_not() {
    let p = pushed_to_a_local_copy();
    // No request leaves the machine: an https copy is refused before any connection.
    let run = Run::from(
        p.cmd(&[
            "verify",
            "--json",
            "--no-history",
            "--publisher-key",
            "ci.pub",
            "--url",
            "https://copy.example.org/",
        ])
        .env("SSL_CERT_FILE", "/nonexistent/ca.pem")
        .env("SSL_CERT_DIR", "/nonexistent")
        .output()
        .expect("verify"),
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(copy(&report, "usb")["status"], "ok");
    let https = copy(&report, "copy.example.org");
    assert_eq!(https["status"], "unreachable");
    assert!(
        https["detail"]
            .as_str()
            .is_some_and(|d| d.contains("no trusted CA certificates")),
        "{https}"
    );
}
