//! `-v` and RUST_LOG: diagnostics on standard error, never in `--json`, never a secret.

use crate::support::{Project, Run};

#[test]
fn verbose_runs_say_what_happens_on_stderr_and_keep_json_and_secrets_clean() {
    let server = crate::servers::webdav("organiser", "dav-secret-9147");
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"dav\"\nurls = [\"http://127.0.0.1:{port}/letter/\"]\n[mirror.webdav]\nendpoint = \"http://127.0.0.1:{port}/letter/\"\nusername = \"organiser\"\npassword-env = \"DAV_PASSWORD\"\n",
            port = server.port
        ),
    );
    p.bundle();
    let run = |args: &[&str], envs: &[(&str, &str)]| {
        let mut c = p.cmd(args);
        c.env("DAV_PASSWORD", "dav-secret-9147");
        for (k, v) in envs {
            c.env(k, v);
        }
        Run::from(c.output().expect("run"))
    };

    let quiet = run(&["--json", "push", "--publisher-key", "ci.pub"], &[]);
    assert_eq!(quiet.code, 0, "{}", quiet.stderr);
    assert_eq!(quiet.stderr, "", "no diagnostics unless asked");

    let loud = run(
        &[
            "-vvv",
            "--json",
            "verify",
            "--publisher-key",
            "ci.pub",
            "--through-transport",
        ],
        &[],
    );
    assert_eq!(loud.code, 0, "{}\n{}", loud.stdout, loud.stderr);
    let report: serde_json::Value =
        serde_json::from_str(&loud.stdout).expect("only JSON on stdout");
    assert_eq!(report["counts"]["ok"], 1, "{report:#}");
    assert!(loud.stderr.contains("copy \"dav\""), "{}", loud.stderr);
    assert!(!loud.stderr.contains("dav-secret-9147"), "{}", loud.stderr);
    // Nor as the Basic credentials on the wire.
    let basic = "b3JnYW5pc2VyOmRhdi1zZWNyZXQtOTE0Nw";
    assert!(!loud.stderr.contains(basic), "{}", loud.stderr);

    let public = run(&["-vvv", "verify", "--publisher-key", "ci.pub"], &[]);
    assert_eq!(public.code, 0, "{}", public.stderr);
    assert!(
        public.stderr.contains("GET http://127.0.0.1:"),
        "each request at -vvv: {}",
        public.stderr
    );

    // RUST_LOG chooses instead of -v.
    p.next_release(2);
    p.bundle();
    let logged = run(
        &["push", "--publisher-key", "ci.pub"],
        &[("RUST_LOG", "mirrorcast=debug")],
    );
    assert_eq!(logged.code, 0, "{}", logged.stderr);
    assert!(
        logged.stderr.contains("pushing release 2"),
        "{}",
        logged.stderr
    );
    assert!(logged.stderr.contains("files to send"), "{}", logged.stderr);
    assert!(!logged.stderr.contains("dav-secret-9147"));
}
