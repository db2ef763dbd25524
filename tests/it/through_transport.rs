//! `verify` reading mirrors through their transports: a private S3 bucket (Garage), an SFTP
//! account (OpenSSH) and a WebDAV share (nginx), with the credentials mirrors.toml names.

use crate::support::{Project, Run};

fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

/// A project with a key and a bundle of release 1, and `mirrors` as its mirror list.
fn bundled(mirrors: &str) -> Project {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", mirrors);
    p.bundle();
    p
}

fn run_with(p: &Project, args: &[&str], envs: &[(&str, &str)]) -> Run {
    let mut c = p.cmd(args);
    for (k, v) in envs {
        c.env(k, v);
    }
    Run::from(c.output().expect("run mirrorcast"))
}

const VERIFY: &[&str] = &[
    "--json",
    "verify",
    "--publisher-key",
    "ci.pub",
    "--no-history",
];

fn verify(p: &Project, extra: &[&str], envs: &[(&str, &str)]) -> (Run, serde_json::Value) {
    let args: Vec<&str> = VERIFY.iter().chain(extra).copied().collect();
    let run = run_with(p, &args, envs);
    let report = json(&run);
    (run, report)
}

/// The one copy of the report, which must be the only one.
fn only_copy(report: &serde_json::Value) -> &serde_json::Value {
    let copies = report["copies"].as_array().expect("copies");
    assert_eq!(copies.len(), 1, "{report:#}");
    &copies[0]
}

#[test]
fn a_private_s3_bucket_is_verified_through_its_transport() {
    let g = crate::servers::garage();
    // No public address: the bucket is private, so verify reads it through S3.
    let p = bundled(&format!(
        "[[mirror]]\nname = \"private-bucket\"\n[mirror.s3]\nendpoint = \"http://127.0.0.1:{}\"\nbucket = \"{}\"\nregion = \"garage\"\naccess-key-id-env = \"S3_KEY\"\nsecret-access-key-env = \"S3_SECRET\"\n",
        g.s3_port, g.bucket
    ));
    let envs = [("S3_KEY", g.key_id), ("S3_SECRET", g.secret)];
    let push = run_with(&p, &["push", "--json", "--publisher-key", "ci.pub"], &envs);
    assert_eq!(push.code, 0, "{}\n{}", push.stdout, push.stderr);

    let (run, report) = verify(&p, &[], &envs);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "ok", "{copy:#}");
    assert_eq!(copy["name"], "private-bucket");
    // Where a private mirror lives stays private: the report (and the status page and history
    // made from it) names its kind only.
    let url = copy["url"].as_str().expect("url");
    assert_eq!(url, "s3 mirror, read through its transport");
    assert!(
        !run.stdout.contains(&g.s3_port.to_string()),
        "{}",
        run.stdout
    );
    assert_eq!(copy["files-good"], copy["files-total"]);
    for secret in [g.secret, g.key_id] {
        assert!(!run.stdout.contains(secret) && !run.stderr.contains(secret));
    }

    // Someone with the bucket's key edits the letter: verify names the file.
    g.put_foreign("en/index.html", b"<p>edited</p>\n");
    let (run, report) = verify(&p, &[], &envs);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "tampered", "{copy:#}");
    assert_eq!(copy["tampered"][0]["path"], "en/index.html", "{copy:#}");

    // Without the credentials it cannot be read: unreachable, saying which variable is missing;
    // other copies would still be checked.
    let (run, report) = verify(&p, &[], &[]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "unreachable", "{copy:#}");
    assert!(
        copy["detail"].as_str().expect("detail").contains("S3_KEY"),
        "{copy:#}"
    );
}

#[test]
fn an_sftp_account_is_verified_through_its_transport() {
    let server = crate::servers::sftp();
    let p = Project::new();
    p.keygen();
    let site = p.path().join("served").join("letter");
    let known = p.path().join("known_hosts");
    std::fs::write(&known, server.known_hosts_line()).expect("known_hosts");
    // A public address that does not hold the site (the web server is elsewhere): with
    // --through-transport, verify reads the account instead.
    let public = crate::servers::webdav("nobody", "unused");
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"ssh-box\"\nurls = [\"http://127.0.0.1:{}/not-here/\"]\n[mirror.sftp]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"root\"\npath = \"{}\"\nkey-file = \"{}\"\nknown-hosts = \"{}\"\n",
            public.port,
            server.port,
            site.display(),
            server.client_key().display(),
            known.display()
        ),
    );
    p.bundle();
    let push = p.run(&["push", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(push.code, 0, "{}\n{}", push.stdout, push.stderr);

    // By its public address, the copy is not there.
    let (run, report) = verify(&p, &[], &[]);
    assert_eq!(run.code, 1);
    assert_eq!(only_copy(&report)["status"], "partial", "{report:#}");

    let (run, report) = verify(&p, &["--through-transport"], &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "ok", "{copy:#}");
    assert_eq!(
        copy["url"], "sftp mirror, read through its transport",
        "{copy:#}"
    );

    // A file edited on the server, another removed: both named.
    std::fs::write(site.join("SHA256SUMS"), "edited\n").expect("edit");
    let (run, report) = verify(&p, &["--through-transport"], &[]);
    assert_eq!(run.code, 1);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "tampered", "{copy:#}");
    assert_eq!(copy["tampered"][0]["path"], "SHA256SUMS", "{copy:#}");
    std::fs::remove_file(site.join("en/index.html")).expect("remove");
    let (_, report) = verify(&p, &["--through-transport"], &[]);
    let copy = only_copy(&report);
    assert_eq!(copy["missing"][0], "en/index.html", "{copy:#}");
}

#[test]
fn a_webdav_share_behind_a_password_is_verified_through_its_transport() {
    let server = crate::servers::webdav("organiser", "dav-pass-31");
    let p = bundled(&format!(
        "[[mirror]]\nname = \"dav\"\nurls = [\"http://127.0.0.1:{port}/elsewhere/\"]\n[mirror.webdav]\nendpoint = \"http://127.0.0.1:{port}/letter/\"\nusername = \"organiser\"\npassword-env = \"DAV_PASSWORD\"\n",
        port = server.port
    ));
    let envs = [("DAV_PASSWORD", "dav-pass-31")];
    let push = run_with(&p, &["push", "--json", "--publisher-key", "ci.pub"], &envs);
    assert_eq!(push.code, 0, "{}\n{}", push.stdout, push.stderr);

    let (run, report) = verify(&p, &["--through-transport"], &envs);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "ok", "{copy:#}");
    assert_eq!(copy["url"], "webdav mirror, read through its transport");
    // Every request went through the share, with the credentials.
    let log = server.access_log();
    assert!(
        log.iter()
            .any(|r| r.uri.starts_with("/letter/manifest.json")),
        "{log:?}"
    );
    assert!(
        !log.iter().any(|r| r.uri.starts_with("/elsewhere/")),
        "{log:?}"
    );

    // Tampered on the server's disk: named, through the share.
    std::fs::write(
        server.root().join("letter/en/index.html"),
        "<p>edited</p>\n",
    )
    .expect("edit");
    let (run, report) = verify(&p, &["--through-transport"], &envs);
    assert_eq!(run.code, 1);
    let copy = only_copy(&report);
    assert_eq!(copy["status"], "tampered", "{copy:#}");
    assert_eq!(copy["tampered"][0]["path"], "en/index.html");
}

#[test]
fn a_share_that_never_answers_costs_one_deadline() {
    // A WebDAV server that reads each request and never answers, and one that answers a byte a
    // second: verify's deadline holds through the transport too.
    for reply in [
        || crate::fault_http::Reply::Hang,
        || crate::fault_http::Reply::Trickle(vec![b'x'; 100]),
    ] {
        let server = crate::fault_http::FaultServer::start(move |_, _| reply());
        let p = bundled(&format!(
            "[[mirror]]\nname = \"silent\"\n[mirror.webdav]\nendpoint = \"{}/letter/\"\n",
            server.url
        ));
        let (run, report) = verify(&p, &["--verify-timeout", "2"], &[]);
        assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
        let copy = only_copy(&report);
        assert_eq!(copy["status"], "unreachable", "{copy:#}");
        let detail = copy["detail"].as_str().expect("detail");
        assert!(detail.contains("timed out after 2 s"), "{detail}");
    }
}
