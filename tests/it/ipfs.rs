//! IPFS: the CID and CAR against the IPFS project's own tools and a real node, and `pin` against
//! a real node, a spec-following Pinning Service API server, and a fault-injecting one.

use crate::fault_http::{FaultServer, Reply};
use crate::ipfs_node;
use crate::pinning_service::{Behaviour, PinningService};
use crate::support::{Project, Run};

/// A project with a signed bundle in `dist/` and `mirrors.toml` set to `mirrors`.
fn bundled(mirrors: &str) -> Project {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", mirrors);
    p.bundle();
    p
}

fn cid(p: &Project, path: &str, profile: &str) -> String {
    p.ok(&["cid", "--cid-profile", profile, path])
        .stdout
        .trim()
        .to_string()
}

/// Raise the release, add a signatory, bundle again: the new release's CID.
fn next_release(p: &Project, release: u64, signatory: &str) -> String {
    let site = p.read("content/site.toml").replace(
        &format!("release = {}", release - 1),
        &format!("release = {release}"),
    );
    p.write("content/site.toml", &site);
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + signatory + "\n"),
    );
    p.bundle();
    cid(p, "dist", "unixfs-v1-2025")
}

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr))
}

fn pin(p: &Project, envs: &[(&str, &str)]) -> Run {
    let mut c = p.cmd(&["pin", "--json", "--publisher-key", "ci.pub"]);
    for (k, v) in envs {
        c.env(k, v);
    }
    Run::from(c.output().expect("run mirrorcast pin"))
}

fn service_toml(endpoint: &str, timeout: &str) -> String {
    format!(
        "[ipfs]\ntimeout = \"{timeout}\"\nkeep = 1\n[[ipfs.pinning-service]]\nname = \"psa\"\nendpoint = \"{endpoint}\"\ntoken-env = \"PSA_TOKEN\"\n"
    )
}

#[test]
fn the_release_log_and_bundle_report_carry_the_cid() {
    let p = bundled("");
    let out = p.ok(&["bundle", "--secret-key", "ci.key", "--json"]).stdout;
    let report: serde_json::Value = serde_json::from_str(&out).expect("json");
    let cid = cid(&p, "dist", "unixfs-v1-2025");
    assert!(cid.starts_with("bafybei"), "{cid}");
    assert_eq!(report["cid"], cid.as_str());
    let log = p.read("releases.jsonl");
    assert!(log.contains(&format!("\"cids\":[\"{cid}\"]")), "{log}");
    // The CAR names the same root.
    let car = json(&p.ok(&["car", "dist", "--json"]));
    assert_eq!(car["root"], cid.as_str());
    assert_eq!(car["car"], "dist.car");
    let size = std::fs::metadata(p.path().join("dist.car"))
        .expect("dist.car")
        .len();
    assert_eq!(car["car-bytes"].as_u64(), Some(size));
}

#[test]
fn pinning_service_pins_polls_and_is_idempotent() {
    let service = PinningService::start("tok-123", Behaviour::PinnedAfterPolls(3));
    let p = bundled(&service_toml(&service.endpoint, "60s"));
    let run = pin(&p, &[("PSA_TOKEN", "tok-123")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    let cid = cid(&p, "dist", "unixfs-v1-2025");
    assert_eq!(report["cid"], cid.as_str());
    assert_eq!(report["providers"][0]["status"], "pinned");
    let pins = service.pins();
    assert_eq!(pins.len(), 1);
    assert_eq!(pins[0]["pin"]["cid"], cid.as_str());
    assert_eq!(pins[0]["status"], "pinned");
    assert_eq!(pins[0]["pin"]["meta"]["app"], "mirrorcast");
    for (_, _, auth) in service.requests() {
        assert_eq!(auth.as_deref(), Some("Bearer tok-123"));
    }
    assert!(!run.stdout.contains("tok-123") && !run.stderr.contains("tok-123"));

    // A re-run finds the pin and asks for nothing new.
    let posts = |s: &PinningService| s.requests().iter().filter(|(m, _, _)| m == "POST").count();
    assert_eq!(posts(&service), 1);
    let again = pin(&p, &[("PSA_TOKEN", "tok-123")]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(json(&again)["providers"][0]["status"], "already-pinned");
    assert_eq!(posts(&service), 1);
}

#[test]
fn older_releases_are_unpinned_beyond_keep() {
    let service = PinningService::start("t", Behaviour::PinnedAfterPolls(0));
    let p = bundled(&service_toml(&service.endpoint, "60s"));
    assert_eq!(pin(&p, &[("PSA_TOKEN", "t")]).code, 0);
    let first = cid(&p, "dist", "unixfs-v1-2025");
    let second = next_release(&p, 2, "Новый Подписант");
    assert_ne!(first, second);
    let run = pin(&p, &[("PSA_TOKEN", "t")]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(json(&run)["providers"][0]["unpinned"][0], first.as_str());
    let pins: Vec<String> = service
        .pins()
        .iter()
        .map(|p| p["pin"]["cid"].as_str().unwrap_or_default().to_string())
        .collect();
    assert_eq!(pins, [second]);
}

#[test]
fn a_pin_that_never_completes_ends_at_the_deadline() {
    let service = PinningService::start("t", Behaviour::NeverCompletes);
    let p = bundled(&service_toml(&service.endpoint, "2s"));
    let run = pin(&p, &[("PSA_TOKEN", "t")]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = json(&run);
    let error = report["providers"][0]["error"].as_str().expect("an error");
    assert!(
        error.contains("still") && error.contains("after 2 s"),
        "{error}"
    );
    assert_eq!(report["providers"][0]["status"], "failed");
}

#[test]
fn a_failed_remote_pin_and_a_wrong_token_are_reported_once() {
    let service = PinningService::start("right", Behaviour::FailsAfterPolls(1));
    let p = bundled(&service_toml(&service.endpoint, "30s"));
    let run = pin(&p, &[("PSA_TOKEN", "right")]);
    assert_eq!(run.code, 1);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(error.contains("failed"), "{error}");

    let before = service.requests().len();
    let run = pin(&p, &[("PSA_TOKEN", "wrong-secret-value")]);
    assert_eq!(run.code, 1);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(error.contains("401") && error.contains("token"), "{error}");
    assert!(!run.stdout.contains("wrong-secret") && !run.stderr.contains("wrong-secret"));
    // One request, no retry storm.
    assert_eq!(service.requests().len(), before + 1);

    // A missing variable is a usage error naming it.
    let run = pin(&p, &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("PSA_TOKEN"), "{}", run.stderr);
}

fn node_toml(api: &str, timeout: &str) -> String {
    format!("[ipfs]\ntimeout = \"{timeout}\"\n[[ipfs.node]]\nname = \"n\"\napi = \"{api}\"\n")
}

const VERSION: &str =
    r#"{"Version":"0.30.0","Commit":"","Repo":"16","System":"amd64/linux","Golang":"go1.23"}"#;
const NOT_PINNED: &str = r#"{"Message":"path is not pinned","Code":0,"Type":"error"}"#;

#[test]
fn a_node_that_reads_another_root_is_refused() {
    let node = FaultServer::start(|_, path| {
        match path.split('?').next().unwrap_or("") {
        "/api/v0/version" => Reply::Json(200, VERSION.into()),
        "/api/v0/pin/ls" => Reply::Json(500, NOT_PINNED.into()),
        "/api/v0/dag/import" => Reply::Json(
            200,
            r#"{"Root":{"Cid":{"/":"bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"},"PinErrorMsg":""}}"#.into(),
        ),
        _ => Reply::Json(500, r#"{"Message":"unexpected","Code":0}"#.into()),
    }
    });
    let p = bundled(&node_toml(&node.url, "10s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(error.contains("refusing to pin"), "{error}");
}

#[test]
fn a_node_whose_pin_never_returns_ends_at_the_deadline() {
    let p = bundled("");
    let root = cid(&p, "dist", "unixfs-v1-2025");
    let node = FaultServer::start(move |_, path| match path.split('?').next().unwrap_or("") {
        "/api/v0/version" => Reply::Json(200, VERSION.into()),
        "/api/v0/pin/ls" => Reply::Json(500, NOT_PINNED.into()),
        // The import works, the pin never answers: content the node cannot find.
        "/api/v0/dag/import" => Reply::Json(
            200,
            format!(r#"{{"Root":{{"Cid":{{"/":"{root}"}},"PinErrorMsg":""}}}}"#),
        ),
        _ => Reply::Hang,
    });
    p.write("mirrors.toml", &node_toml(&node.url, "2s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(
        error.contains("pin/add") && error.contains("no complete answer within"),
        "{error}"
    );
}

#[test]
fn a_node_that_is_down_is_named_with_the_cause() {
    // A port nothing listens on: bind, read it, close.
    let port = crate::support::free_port();
    let p = bundled(&node_toml(&format!("/ip4/127.0.0.1/tcp/{port}"), "5s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(
        error.contains("\\\"n\\\"") && error.contains("cannot connect"),
        "{error}"
    );
}

fn sha256(bytes: &[u8]) -> String {
    mirrorcast::hash::sha256_hex(bytes)
}

/// (path, sha256) of every file the bundle's manifest lists.
fn manifest_files(p: &Project) -> Vec<(String, String)> {
    let manifest: serde_json::Value =
        serde_json::from_str(&p.read("dist/manifest.json")).expect("manifest");
    manifest["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["sha256"].as_str().expect("sha256").to_string(),
            )
        })
        .collect()
}

#[test]
fn ipfs_car_gives_our_cid_reads_our_car_and_unpacks_the_bundle() {
    let p = bundled("");
    let ours = cid(&p, "dist", "unixfs-v1-2025");
    let reference = ipfs_node::ipfs_car_run([
        "pack".as_ref(),
        p.path().join("dist").as_os_str(),
        "--no-wrap".as_ref(),
        "--output".as_ref(),
        p.path().join("ref.car").as_os_str(),
    ]);
    assert_eq!(reference.trim(), ours, "ipfs-car pack dist --no-wrap");

    p.ok(&["car", "dist"]);
    let car = p.path().join("dist.car");
    let roots = ipfs_node::ipfs_car_run(["roots".as_ref(), car.as_os_str()]);
    assert_eq!(roots.trim(), ours);
    let out = p.path().join("unpacked");
    ipfs_node::ipfs_car_run([
        "unpack".as_ref(),
        car.as_os_str(),
        "--output".as_ref(),
        out.as_os_str(),
    ]);
    assert_eq!(
        crate::support::tree(&out),
        crate::support::tree(&p.path().join("dist")),
        "ipfs-car unpack of our CAR is not the bundle"
    );
}

#[test]
fn the_cid_bundle_reports_from_writing_attachments_is_the_one_read_back() {
    // bundle hashes each chunk of an attachment while copying it and never reads it again for
    // the CID: sizes around the chunk (1 MiB) and the copy buffer (4 MiB) must give the CID
    // that reading the bundle gives, and ipfs-car agrees.
    let p = Project::new();
    p.keygen();
    let block: Vec<u8> = (0..(1u32 << 20) + 7).map(|i| (i * 7 % 251) as u8).collect();
    for n in [(1 << 20) + 1, 4 << 20, (4 << 20) + 1, (9 << 20) + 3] {
        let bytes: Vec<u8> = block.iter().copied().cycle().take(n).collect();
        let path = p.path().join(format!("content/files/a{n}.bin"));
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(path, bytes).expect("write");
    }
    let run = p.ok(&["--json", "bundle"]);
    let reported = json(&run)["cid"].as_str().expect("a CID").to_string();
    assert_eq!(
        reported,
        cid(&p, "dist", "unixfs-v1-2025"),
        "read back by cid"
    );
    let reference = ipfs_node::ipfs_car_run([
        "pack".as_ref(),
        p.path().join("dist").as_os_str(),
        "--no-wrap".as_ref(),
        "--output".as_ref(),
        p.path().join("ref.car").as_os_str(),
    ]);
    assert_eq!(reference.trim(), reported, "ipfs-car pack dist --no-wrap");
}

#[test]
fn file_sizes_around_chunk_and_link_limits_match_ipfs_car() {
    let dir = tempfile::tempdir().expect("tempdir");
    let p = Project::empty();
    // 1 MiB - 1, 1 MiB, 1 MiB + 1, and 1128 chunks (> 1024 links: a tree of two levels).
    for n in [(1 << 20) - 1, 1 << 20, (1 << 20) + 1, 1128 << 20] {
        let path = dir.path().join(format!("f{n}"));
        {
            // A sparse file: the 1.1 GiB case must not need 1.1 GiB of disk (CI machines
            // can be short of it). A few KiB of its own at the start of every MiB, and
            // at the very end, make every chunk differ, so no leaf repeats and a link
            // out of order would change the root.
            use std::io::{Seek as _, SeekFrom, Write as _};
            let mut f = std::fs::File::create(&path).expect("create");
            f.set_len(n as u64).expect("set_len");
            let mut mark = |at: u64, seed: u64| {
                let len = (4096).min(n as u64 - at) as usize;
                let bytes: Vec<u8> = (0..len as u64)
                    .map(|i| ((i * 7 + seed * 13) % 251) as u8)
                    .collect();
                f.seek(SeekFrom::Start(at)).expect("seek");
                f.write_all(&bytes).expect("write");
            };
            for k in 0..=(n as u64 >> 20) {
                if k << 20 < n as u64 {
                    mark(k << 20, k);
                }
            }
            mark((n as u64).saturating_sub(4096), u64::MAX % 251);
        }
        let path_str = path.to_str().expect("utf-8 path");
        let ours = cid(&p, path_str, "unixfs-v1-2025");
        // Without --output, ipfs-car writes the CAR to stdout and the CID to stderr.
        let out = std::process::Command::new(ipfs_node::ipfs_car())
            .args(["pack", path_str, "--no-wrap"])
            .stdout(std::process::Stdio::null())
            .output()
            .expect("ipfs-car");
        assert!(out.status.success());
        let reference = String::from_utf8_lossy(&out.stderr);
        assert_eq!(reference.trim(), ours, "{n} bytes");
        std::fs::remove_file(&path).expect("remove");
    }
}

#[test]
fn pin_on_a_real_node() {
    let node = ipfs_node::IpfsNode::start();
    let mirrors = format!(
        "[ipfs]\ntimeout = \"60s\"\nkeep = 1\ndnslink = \"letter.example.org\"\ngateways = [\"https://gw.example/\"]\n[[ipfs.node]]\nname = \"test-node\"\napi = \"{}\"\nipns-key = \"open-letter\"\n",
        node.api
    );
    let p = bundled(&mirrors);
    let ours = cid(&p, "dist", "unixfs-v1-2025");

    let run = pin(&p, &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(report["cid"], ours.as_str());
    let provider = &report["providers"][0];
    assert_eq!(provider["status"], "pinned", "{provider}");
    assert_eq!(
        report["dnslink-record"],
        format!("_dnslink.letter.example.org TXT \"dnslink=/ipfs/{ours}\"").as_str()
    );
    assert_eq!(
        report["gateway-urls"][0],
        format!("https://gw.example/ipfs/{ours}/").as_str()
    );

    // The node holds it pinned, under the CID it computes itself for the same files and
    // parameters.
    let pins = node.rpc(&format!("pin/ls?arg={ours}&type=recursive"));
    assert!(pins["Keys"].get(&ours).is_some(), "{pins}");
    let added = node.add_dir(
        &p.path().join("dist"),
        "cid-version=1&raw-leaves=true&chunker=size-1048576&pin=false",
    );
    assert_eq!(added.last().expect("add answered")["Hash"], ours.as_str());

    // Every file, through the RPC API and through the gateway, has the manifest's hash.
    for (path, want) in manifest_files(&p) {
        let bytes = node.rpc_raw(&format!("cat?arg=/ipfs/{ours}/{path}&timeout=10s"));
        assert_eq!(sha256(&bytes), want, "cat {path}");
        let (status, bytes) = node.gateway_get(&format!("/ipfs/{ours}/{path}"));
        assert_eq!(status, 200, "gateway {path}");
        assert_eq!(sha256(&bytes), want, "gateway {path}");
    }

    // The IPNS name resolves to the release.
    let name = provider["ipns-name"]
        .as_str()
        .expect("an IPNS name")
        .to_string();
    let resolved = node.rpc(&format!("name/resolve?arg={name}"));
    assert_eq!(resolved["Path"], format!("/ipfs/{ours}").as_str());

    // A re-run is idempotent.
    let again = pin(&p, &[]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert_eq!(json(&again)["providers"][0]["status"], "already-pinned");

    // Release 2 replaces release 1 (keep = 1).
    let second = next_release(&p, 2, "Ещё Одна Подпись");
    let run = pin(&p, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = json(&run);
    assert_eq!(report["providers"][0]["unpinned"][0], ours.as_str());
    let (status, body) = node.rpc_any(&format!("pin/ls?arg={ours}&type=recursive&timeout=5s"));
    let body = String::from_utf8_lossy(&body);
    assert!(
        status != 200 && body.contains("not pinned"),
        "release 1 is still pinned: {status} {body}"
    );
    let pins = node.rpc(&format!("pin/ls?arg={second}&type=recursive"));
    assert!(pins["Keys"].get(&second).is_some(), "{pins}");
    let resolved = node.rpc(&format!("name/resolve?arg={name}"));
    assert_eq!(resolved["Path"], format!("/ipfs/{second}").as_str());

    // The legacy profile: CIDv0, the same as the node's own defaults.
    let mut c = p.cmd(&[
        "pin",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--cid-profile",
        "legacy",
    ]);
    let run = Run::from(c.output().expect("pin legacy"));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let legacy = json(&run)["cid"].as_str().expect("cid").to_string();
    assert!(legacy.starts_with("Qm"), "{legacy}");
    let added = node.add_dir(&p.path().join("dist"), "cid-version=0&pin=false");
    assert_eq!(added.last().expect("add answered")["Hash"], legacy.as_str());
}

#[test]
fn a_node_answering_an_endless_error_is_cut_off() {
    let node = FaultServer::start(|_, _| Reply::Endless(500));
    let p = bundled(&node_toml(&node.url, "20s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(error.contains("larger than any valid one"), "{error}");
}

#[test]
fn a_service_answering_500_is_named_with_the_status() {
    let service = PinningService::start("t", Behaviour::Status500);
    let p = bundled(&service_toml(&service.endpoint, "10s"));
    let run = pin(&p, &[("PSA_TOKEN", "t")]);
    assert_eq!(run.code, 1);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(
        error.contains("HTTP 500") && error.contains("psa"),
        "{error}"
    );
}

#[test]
fn a_service_ignoring_filters_never_gets_foreign_pins_deleted() {
    use std::sync::{Arc, Mutex};
    // Release 1, then release 2 with keep = 1: release 1's CID is to be unpinned.
    let p = bundled("");
    let first = cid(&p, "dist", "unixfs-v1-2025");
    let second = next_release(&p, 2, "Третья Подпись");
    let seen = Arc::new(Mutex::new(Vec::new()));
    let log = seen.clone();
    // Every listing answers someone else's pins, whatever the filter: another CID, and release
    // 1's CID pinned by somebody else (no mirrorcast meta).
    let service = FaultServer::start(move |method, path| {
        log.lock().expect("lock").push(format!("{method} {path}"));
        let status = |id: &str, cid: &str, meta: &str| {
            format!(
                r#"{{"requestid":"{id}","status":"pinned","created":"2026-01-01T00:00:00Z","pin":{{"cid":"{cid}","meta":{meta}}},"delegates":["/ip4/203.0.113.1/tcp/4001/p2p/x"]}}"#
            )
        };
        match (method, path.split('?').next().unwrap_or("")) {
            ("GET", "/pins") => Reply::Json(
                200,
                format!(
                    r#"{{"count":2,"results":[{},{}]}}"#,
                    status(
                        "foreign-1",
                        "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
                        "{}"
                    ),
                    status("foreign-2", &first, r#"{"app":"someone-else"}"#)
                ),
            ),
            ("POST", "/pins") => {
                Reply::Json(202, status("ours", &second, r#"{"app":"mirrorcast"}"#))
            }
            _ => Reply::Json(404, r#"{"error":{"reason":"NOT_FOUND"}}"#.into()),
        }
    });
    p.write("mirrors.toml", &service_toml(&service.url, "10s"));
    let run = pin(&p, &[("PSA_TOKEN", "t")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(report["providers"][0]["status"], "pinned");
    assert_eq!(report["providers"][0]["unpinned"], serde_json::json!([]));
    let requests = seen.lock().expect("lock").clone();
    assert!(
        requests.iter().any(|r| r.starts_with("POST /pins")),
        "{requests:?}"
    );
    assert!(
        !requests.iter().any(|r| r.starts_with("DELETE")),
        "{requests:?}"
    );
}

#[test]
fn a_bundle_ipfs_cannot_take_unsharded_is_still_bundled() {
    let p = Project::new();
    p.keygen();
    for i in 0..1001 {
        p.write(&format!("content/files/f{i:04}.txt"), &format!("{i}\n"));
    }
    let run = p.run(&["bundle", "--secret-key", "ci.key", "--json"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = json(&run);
    assert!(report["cid"].is_null(), "{report}");
    assert!(
        report["cid-problem"].to_string().contains("1001 entries"),
        "{report}"
    );
    let run = p.run(&["bundle", "--secret-key", "ci.key"]);
    assert!(run.stderr.contains("no IPFS CID"), "{}", run.stderr);
    p.ok(&["check", "dist", "--publisher-key", "ci.pub"]);
}

/// A fault node that imports and pins whatever it is given and records what it was asked.
fn recording_node(
    root: String,
    name_publish: Reply,
) -> (FaultServer, std::sync::Arc<std::sync::Mutex<Vec<String>>>) {
    let seen = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
    let log = seen.clone();
    let publish = std::sync::Mutex::new(Some(name_publish));
    let server = FaultServer::start(move |_, path| {
        log.lock().expect("lock").push(path.to_string());
        match path.split('?').next().unwrap_or("") {
            "/api/v0/version" => Reply::Json(200, VERSION.into()),
            "/api/v0/pin/ls" => Reply::Json(500, NOT_PINNED.into()),
            "/api/v0/dag/import" => Reply::Json(
                200,
                format!(r#"{{"Root":{{"Cid":{{"/":"{root}"}},"PinErrorMsg":""}}}}"#),
            ),
            "/api/v0/pin/add" => Reply::Json(200, format!(r#"{{"Pins":["{root}"]}}"#)),
            "/api/v0/key/list" => {
                Reply::Json(200, r#"{"Keys":[{"Name":"k","Id":"12D3KooWk"}]}"#.into())
            }
            "/api/v0/name/publish" => publish
                .lock()
                .expect("lock")
                .take()
                .unwrap_or(Reply::Json(500, r#"{"Message":"again?","Code":0}"#.into())),
            _ => Reply::Json(500, r#"{"Message":"unexpected","Code":0}"#.into()),
        }
    });
    (server, seen)
}

#[test]
fn the_node_token_is_sent_as_a_header_and_never_shown() {
    let p = bundled("");
    let root = cid(&p, "dist", "unixfs-v1-2025");
    let (node, _) = recording_node(root, Reply::Json(500, "{}".into()));
    p.write(
        "mirrors.toml",
        &format!(
            "[[ipfs.node]]\nname = \"n\"\napi = \"{}\"\ntoken-env = \"NODE_TOKEN\"\n",
            node.url
        ),
    );
    let run = pin(&p, &[("NODE_TOKEN", "node-secret-42")]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains("node-secret") && !run.stderr.contains("node-secret"));
    let heads = node.heads();
    assert!(heads.len() >= 4, "{heads:?}");
    for head in &heads {
        assert!(
            head.to_ascii_lowercase()
                .contains("authorization: bearer node-secret-42\r\n"),
            "a request without the token: {head}"
        );
    }
    // The same address over the network in clear is refused before anything is sent.
    p.write(
        "mirrors.toml",
        "[[ipfs.node]]\nname = \"n\"\napi = \"http://192.0.2.1:5001\"\ntoken-env = \"NODE_TOKEN\"\n",
    );
    let run = pin(&p, &[("NODE_TOKEN", "node-secret-42")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("https://"), "{}", run.stderr);
}

#[test]
fn a_failed_ipns_publish_keeps_older_releases_pinned() {
    let p = bundled("");
    let first = cid(&p, "dist", "unixfs-v1-2025");
    let second = next_release(&p, 2, "Подпись Для IPNS");
    // Pin on a node whose name/publish answers `reply`: the run, and what the node was asked.
    let pin_with = |reply: Reply| {
        let (node, seen) = recording_node(second.clone(), reply);
        p.write(
            "mirrors.toml",
            &format!(
                "[ipfs]\nkeep = 1\n[[ipfs.node]]\nname = \"n\"\napi = \"{}\"\nipns-key = \"k\"\n",
                node.url
            ),
        );
        let run = pin(&p, &[]);
        let asked = seen.lock().expect("lock").clone();
        (run, asked)
    };
    let (run, asked) = pin_with(Reply::Json(
        500,
        r#"{"Message":"NotFound: ","Code":0,"Type":"error"}"#.into(),
    ));
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = json(&run);
    let provider = &report["providers"][0];
    assert_eq!(provider["status"], "pinned", "{provider}");
    assert!(
        provider["error"].to_string().contains("name/publish"),
        "{provider}"
    );
    assert_eq!(provider["unpinned"], serde_json::json!([]));
    assert!(
        !asked.iter().any(|a| a.contains(&first)),
        "release 1 ({first}) was looked at for unpinning although the name still points at it: {asked:?}"
    );

    // The control: when the name moves, release 1 is looked for to be unpinned.
    let (run, asked) = pin_with(Reply::Json(
        200,
        format!(r#"{{"Name":"12D3KooWk","Value":"/ipfs/{second}"}}"#),
    ));
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(
        asked
            .iter()
            .any(|a| a.starts_with("/api/v0/pin/ls") && a.contains(&first)),
        "{asked:?}"
    );
}
