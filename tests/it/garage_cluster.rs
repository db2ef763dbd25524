//! Volunteers who pool machines run Garage across them (here three nodes on loopback,
//! replication factor 3) as one S3 mirror whose every node's website endpoint is a public
//! address: a push goes through with a node down, and verify reads the surviving nodes.

use crate::servers::GarageCluster;
use crate::support::{Project, Run};

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr))
}

fn run(p: &Project, args: &[&str], g: &GarageCluster) -> Run {
    let mut c = p.cmd(args);
    c.env("S3_KEY", g.key_id).env("S3_SECRET", g.secret);
    Run::from(c.output().expect("run mirrorcast"))
}

/// Push, which must succeed, updating the one mirror from `previous` (a release, or null).
fn push(p: &Project, g: &GarageCluster, previous: serde_json::Value) {
    let run = run(p, &["push", "--json", "--publisher-key", "ci.pub"], g);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    let mirrors = report["mirrors"].as_array().expect("mirrors");
    assert_eq!(mirrors.len(), 1, "{report:#}");
    assert_eq!(mirrors[0]["name"], "volunteers", "{report:#}");
    assert_eq!(mirrors[0]["status"], "updated", "{report:#}");
    assert_eq!(mirrors[0]["previous-release"], previous, "{report:#}");
}

/// Verify: the exit code, and each node's copy (by its web endpoint) in node order.
fn verify(p: &Project, g: &GarageCluster) -> (i32, Vec<serde_json::Value>) {
    let run = run(
        p,
        &[
            "--json",
            "verify",
            "--publisher-key",
            "ci.pub",
            "--no-history",
        ],
        g,
    );
    let report = json(&run);
    let copies = report["copies"].as_array().expect("copies");
    assert_eq!(copies.len(), g.nodes.len(), "{report:#}");
    let by_node = (0..g.nodes.len())
        .map(|i| {
            let url = g.web_url(i);
            copies
                .iter()
                .find(|c| c["url"] == url.as_str())
                .unwrap_or_else(|| panic!("no copy at {url}: {report:#}"))
                .clone()
        })
        .collect();
    (run.code, by_node)
}

fn assert_serves(copy: &serde_json::Value, release: u64) {
    assert_eq!(copy["name"], "volunteers", "{copy:#}");
    assert_eq!(copy["status"], "ok", "{copy:#}");
    assert_eq!(copy["release"], release, "{copy:#}");
    assert_eq!(copy["files-good"], copy["files-total"], "{copy:#}");
}

fn assert_unreachable(copy: &serde_json::Value) {
    assert_eq!(copy["name"], "volunteers", "{copy:#}");
    assert_eq!(copy["status"], "unreachable", "{copy:#}");
    assert!(
        copy["detail"]
            .as_str()
            .is_some_and(|d| d.contains("connection refused")),
        "{copy:#}"
    );
}

#[test]
fn a_garage_cluster_is_one_mirror_that_takes_a_push_and_serves_with_a_node_down() {
    let mut g = crate::servers::garage_cluster();
    let p = Project::new();
    p.keygen();
    // One mirror: every node's website endpoint is a public address of it; the S3 API is one
    // node's. mirrorcast talks to that one endpoint only, so it must be a node that is up: the
    // node stopped below is another one (volunteers point the endpoint at a node that is up, or
    // at a name or proxy in front of several).
    let (endpoint, down) = (0, 2);
    let urls: Vec<String> = (0..g.nodes.len())
        .map(|i| format!("\"{}\"", g.web_url(i)))
        .collect();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"volunteers\"\nurls = [{}]\n[mirror.s3]\nendpoint = \"http://127.0.0.1:{}\"\nbucket = \"{}\"\nregion = \"garage\"\naccess-key-id-env = \"S3_KEY\"\nsecret-access-key-env = \"S3_SECRET\"\n",
            urls.join(", "),
            g.nodes[endpoint].s3_port,
            g.bucket
        ),
    );
    p.bundle();

    // A node goes down. With 3 copies of everything, writes and reads need 2: the push
    // goes through, and the two nodes left serve the release whole.
    g.stop(down);
    push(&p, &g, serde_json::Value::Null);
    let one_down = |release: u64| {
        let (code, copies) = verify(&p, &g);
        assert_eq!(code, 1, "{copies:#?}");
        for (i, copy) in copies.iter().enumerate() {
            if i == down {
                assert_unreachable(copy);
            } else {
                assert_serves(copy, release);
            }
        }
    };
    one_down(1);

    // Release 2, the node still down.
    p.next_release(2);
    p.bundle();
    push(&p, &g, 1.into());
    one_down(2);

    // The node comes back, behind by a release: it reads with a quorum (itself and at least
    // one other node), so it serves release 2 at once, while Garage copies what it missed.
    g.start(down);
    let (code, copies) = verify(&p, &g);
    assert_eq!(code, 0, "{copies:#?}");
    for copy in &copies {
        assert_serves(copy, 2);
    }
}
