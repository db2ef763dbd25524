//! IPFS: the CID and CAR against the IPFS project's own tools and a real node, and `pin` against
//! a real node, a spec-following Pinning Service API server, and a fault-injecting one.

use crate::fault_http::{FaultServer, Reply};
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
    assert_eq!(car["car_bytes"].as_u64(), Some(size));
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
    let site = p
        .read("content/site.toml")
        .replace("release = 1", "release = 2");
    p.write("content/site.toml", &site);
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + "Новый Подписант\n"),
    );
    p.bundle();
    let second = cid(&p, "dist", "unixfs-v1-2025");
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
    let node = FaultServer::start(|_, path| match path.split('?').next().unwrap_or("") {
        "/api/v0/version" => Reply::Json(200, VERSION.into()),
        "/api/v0/pin/ls" => Reply::Json(500, NOT_PINNED.into()),
        "/api/v0/dag/import" => Reply::Hang,
        _ => Reply::Hang,
    });
    let p = bundled(&node_toml(&node.url, "2s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(error.contains("no answer within"), "{error}");
}

#[test]
fn a_node_that_is_down_is_named_with_the_cause() {
    // A port nothing listens on: bind, read it, close.
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("free port")
        .port();
    let p = bundled(&node_toml(&format!("/ip4/127.0.0.1/tcp/{port}"), "5s"));
    let run = pin(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = json(&run)["providers"][0]["error"].to_string();
    assert!(
        error.contains("\\\"n\\\"") && error.contains("cannot connect"),
        "{error}"
    );
}
