//! `mirrorcast serve`: a volunteer's mirror in one command.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::{Project, free_port};

/// `curl -si URL` with extra arguments: the status line and headers, lower-cased, and the body.
pub(crate) fn curl(url: &str, extra: &[&str]) -> (String, String) {
    let out = Command::new("curl")
        .args(["-si", "--max-time", "10"])
        .args(extra)
        .arg(url)
        .output()
        .expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (head, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    (head.to_ascii_lowercase(), body.to_string())
}

/// `verify --json --no-history` of the project `p` with `extra` flags and `env`: the line of the
/// copy at `url`.
pub(crate) fn verified_copy(
    p: &Project,
    url: &str,
    extra: &[&str],
    env: &[(&str, &str)],
) -> serde_json::Value {
    let mut args = vec![
        "verify",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--no-history",
    ];
    args.extend_from_slice(extra);
    let mut cmd = p.cmd(&args);
    for (k, v) in env {
        cmd.env(k, v);
    }
    let run = crate::support::Run::from(cmd.output().expect("verify"));
    let report: serde_json::Value = serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", run.stdout, run.stderr));
    report["copies"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["url"] == url))
        .cloned()
        .unwrap_or_else(|| panic!("no copy at {url} in {report}"))
}

/// A `mirrorcast serve` of the project `p`, stopped (SIGKILL) when dropped.
pub(crate) struct Serving {
    pub child: Option<std::process::Child>,
    pub port: u16,
    /// Its log so far, read as it is written: a test can wait for a line, and a chatty daemon
    /// never blocks on a full pipe.
    log: std::sync::Arc<std::sync::Mutex<Vec<u8>>>,
    reader: Option<std::thread::JoinHandle<()>>,
}

impl Serving {
    /// Start `serve --publisher-key ci.pub --root ROOT` on a free port with `extra`, and wait
    /// until it listens.
    pub fn start(p: &Project, root: &str, extra: &[&str]) -> Serving {
        Self::start_on(p, root, free_port(), extra)
    }

    pub fn start_on(p: &Project, root: &str, port: u16, extra: &[&str]) -> Serving {
        let listen = format!("127.0.0.1:{port}");
        let mut args = vec![
            "serve",
            "--json",
            "--publisher-key",
            "ci.pub",
            "--root",
            root,
            "--listen",
            &listen,
        ];
        args.extend_from_slice(extra);
        let mut child = p
            .cmd(&args)
            .env("RUST_LOG", "mirrorcast=info")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("serve");
        let log = std::sync::Arc::new(std::sync::Mutex::new(Vec::new()));
        let mut stderr = child.stderr.take().expect("piped");
        let into = log.clone();
        let reader = std::thread::spawn(move || {
            let mut chunk = [0u8; 8192];
            loop {
                match std::io::Read::read(&mut stderr, &mut chunk) {
                    Ok(0) => break,
                    Ok(n) => into
                        .lock()
                        .unwrap_or_else(|e| e.into_inner())
                        .extend_from_slice(&chunk[..n]),
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(_) => break,
                }
            }
        });
        let mut serving = Serving {
            child: Some(child),
            port,
            log,
            reader: Some(reader),
        };
        let deadline = Instant::now() + Duration::from_secs(20);
        while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
            let child = serving.child.as_mut().expect("running");
            if let Ok(Some(status)) = child.try_wait() {
                // Already gone: no signal, which could reach another process by now.
                serving.child = None;
                if let Some(reader) = serving.reader.take() {
                    let _ = reader.join();
                }
                panic!("serve exited: {status}\n{}", serving.log());
            }
            assert!(Instant::now() < deadline, "serve did not listen");
            std::thread::sleep(Duration::from_millis(50));
        }
        serving
    }

    /// Its log so far.
    pub fn log(&self) -> String {
        String::from_utf8_lossy(&self.log.lock().unwrap_or_else(|e| e.into_inner())).into_owned()
    }

    /// Wait until its log holds `line`.
    pub fn wait_for_log(&self, line: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while !self.log().contains(line) {
            assert!(
                Instant::now() < deadline,
                "never logged {line:?}:\n{}",
                self.log()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    pub fn base(&self) -> String {
        format!("http://127.0.0.1:{}/", self.port)
    }

    /// The release it serves, from /.well-known/mirrorcast.json (None: none, or unreachable).
    pub fn release(&self) -> Option<u64> {
        let (head, body) = curl(&format!("{}.well-known/mirrorcast.json", self.base()), &[]);
        if !head.starts_with("http/1.1 200") {
            return None;
        }
        serde_json::from_str::<serde_json::Value>(&body).ok()?["release"].as_u64()
    }

    /// Stop it as a service manager does (SIGTERM): its run report.
    pub fn stop(self) -> crate::support::Run {
        self.stop_with("TERM")
    }

    /// Stop it with the signal `signal` (`INT`: Ctrl-C): its run report.
    pub fn stop_with(mut self, signal: &str) -> crate::support::Run {
        let child = self.child.take().expect("running");
        let _ = Command::new("kill")
            .args([&format!("-{signal}"), &child.id().to_string()])
            .status();
        let mut out = child.wait_with_output().expect("serve ends");
        if let Some(reader) = self.reader.take() {
            let _ = reader.join();
        }
        out.stderr = self.log().into_bytes();
        crate::support::Run::from(out)
    }
}

impl Drop for Serving {
    fn drop(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }
}

#[test]
fn a_mirror_serves_only_the_signed_release_and_verifies_ok() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let d = Serving::start(
        &p,
        "mirror",
        &[
            "--install",
            "dist",
            "--onion-location",
            "http://mirrorcastexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxx.onion/",
        ],
    );
    let base = d.base();

    let (head, body) = curl(&format!("{base}en/"), &[]);
    assert!(head.starts_with("http/1.1 200"), "{head}");
    assert_eq!(body, p.read("dist/en/index.html"));
    let sha = mirrorcast::hash::sha256_hex(body.as_bytes());
    for h in [
        format!("etag: \"{sha}\""),
        "cache-control: no-cache".into(),
        "x-content-type-options: nosniff".into(),
        "referrer-policy: no-referrer".into(),
        "access-control-allow-origin: *".into(),
        "content-type: text/html; charset=utf-8".into(),
    ] {
        assert!(head.contains(&h), "{h} missing:\n{head}");
    }
    // The bundle's policy as a header too, and Tor Browser's pointer to the onion address.
    let csp = head
        .lines()
        .find_map(|l| l.strip_prefix("content-security-policy: "))
        .unwrap_or_else(|| panic!("no CSP header:\n{head}"));
    assert!(csp.contains("script-src 'self'"), "{csp}");
    assert!(
        head.contains("onion-location: http://mirrorcastexampleonionaddressxxxxxxxxxxxxxxxxxxxxxxxxx.onion/en/index.html"),
        "{head}"
    );
    // Compressed only when asked, and then the same bytes once decoded.
    assert!(!head.contains("content-encoding"), "{head}");
    assert!(head.contains("vary: accept-encoding"), "{head}");
    for coding in ["gzip", "br"] {
        let (head, _) = curl(
            &format!("{base}en/"),
            &["-H", &format!("Accept-Encoding: {coding}")],
        );
        assert!(
            head.contains(&format!("content-encoding: {coding}")),
            "{head}"
        );
        assert!(
            head.contains(&format!("etag: \"{sha}.{coding}\"")),
            "{head}"
        );
        let (_, decoded) = curl(
            &format!("{base}en/"),
            &["--compressed", "-H", &format!("Accept-Encoding: {coding}")],
        );
        assert_eq!(decoded, body, "{coding}");
    }
    // One range: the bytes asked for, from the signed file.
    let (head, part) = curl(&format!("{base}en/index.html"), &["-r", "10-19"]);
    assert!(head.starts_with("http/1.1 206"), "{head}");
    assert!(
        head.contains(&format!("content-range: bytes 10-19/{}", body.len())),
        "{head}"
    );
    assert_eq!(part, body[10..20]);
    let (head, _) = curl(&format!("{base}en/index.html"), &["-r", "999999-"]);
    assert!(head.starts_with("http/1.1 416"), "{head}");
    // A range for another version of the file: the whole file.
    let (head, _) = curl(
        &format!("{base}en/index.html"),
        &["-r", "0-9", "-H", "If-Range: \"0000\""],
    );
    assert!(head.starts_with("http/1.1 200"), "{head}");
    let (head, _) = curl(
        &format!("{base}en/index.html"),
        &["-H", &format!("If-None-Match: \"{sha}\"")],
    );
    assert!(head.starts_with("http/1.1 304"), "{head}");
    let (head, body) = curl(&format!("{base}en/index.html"), &["-I"]);
    assert!(
        head.starts_with("http/1.1 200") && body.is_empty(),
        "{head}"
    );
    for bad in [
        "..%2F..%2Fetc/passwd",
        "en/",
        "releases/",
        ".well-known/x",
        "ci.key",
        "en%2Findex.html",
    ] {
        let (head, _) = curl(&format!("{base}{bad}"), &["--path-as-is"]);
        let ok = bad == "en/";
        assert_eq!(head.starts_with("http/1.1 200"), ok, "{bad}: {head}");
    }
    let (head, _) = curl(&format!("{base}en/index.html"), &["-X", "PUT"]);
    assert!(head.starts_with("http/1.1 405"), "{head}");
    let (_, well_known) = curl(&format!("{base}.well-known/mirrorcast.json"), &[]);
    let state: serde_json::Value = serde_json::from_str(&well_known).expect("JSON");
    assert_eq!(state["release"], 1, "{state}");

    let copy = verified_copy(&p, &base, &["--url", &base], &[]);
    assert_eq!(copy["status"], "ok", "{copy}");
    assert_eq!(copy["reader-fallback"], true, "{copy}");

    // Ctrl-C: it stops, and says what it served.
    let run = d.stop_with("INT");
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = crate::schemas::conforms("serve", &run);
    assert_eq!(report["release"], 1);
    assert!(report["requests"].as_u64().unwrap() >= 10, "{report}");
}

/// A test CA in `dir` (ca.pem) and a certificate for 127.0.0.1 signed by it, named `name`
/// (`NAME.pem`, `NAME.key`, subject CN=NAME).
pub(crate) fn test_certificate(dir: &std::path::Path, name: &str) {
    let sh = |script: &str| {
        let out = Command::new("bash")
            .args(["-euc", script])
            .current_dir(dir)
            .output()
            .expect("bash");
        assert!(
            out.status.success(),
            "{script}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    if !dir.join("ca.pem").exists() {
        sh(
            "openssl req -x509 -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout ca.key \
            -out ca.pem -days 2 -subj /CN=mirrorcast-test-CA \
            -addext basicConstraints=critical,CA:TRUE -addext keyUsage=critical,keyCertSign 2>/dev/null",
        );
    }
    sh(&format!(
        "openssl req -newkey ec -pkeyopt ec_paramgen_curve:P-256 -nodes -keyout {name}.key \
         -out {name}.csr -subj /CN={name} 2>/dev/null
         printf 'subjectAltName=IP:127.0.0.1\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > {name}.ext
         openssl x509 -req -in {name}.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out {name}.pem \
           -days 2 -extfile {name}.ext 2>/dev/null"
    ));
}

#[test]
fn a_mirror_serves_https_and_takes_a_renewed_certificate_on_sighup() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let tls = p.path().join("tls");
    std::fs::create_dir_all(&tls).unwrap();
    test_certificate(&tls, "first");
    std::fs::copy(tls.join("first.pem"), tls.join("cert.pem")).unwrap();
    std::fs::copy(tls.join("first.key"), tls.join("key.pem")).unwrap();
    let cert = tls.join("cert.pem").display().to_string();
    let key = tls.join("key.pem").display().to_string();
    let d = Serving::start(
        &p,
        "mirror",
        &["--install", "dist", "--tls-cert", &cert, "--tls-key", &key],
    );
    let base = format!("https://127.0.0.1:{}/", d.port);
    let ca = tls.join("ca.pem").display().to_string();
    let subject = || {
        let out = Command::new("curl")
            .args([
                "-sv",
                "--max-time",
                "10",
                "--cacert",
                &ca,
                "-o",
                "/dev/null",
            ])
            .arg(format!("{base}en/"))
            .output()
            .expect("curl");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stderr).into_owned()
    };
    assert!(subject().contains("CN=first"));

    // verify checks it as readers reach it, trusting the test CA through SSL_CERT_FILE.
    let copy = verified_copy(&p, &base, &["--url", &base], &[("SSL_CERT_FILE", &ca)]);
    assert_eq!(copy["status"], "ok", "{copy}");

    // A renewed certificate, in place, then SIGHUP: served from then on, no restart.
    test_certificate(&tls, "renewed");
    std::fs::copy(tls.join("renewed.pem"), tls.join("cert.pem")).unwrap();
    std::fs::copy(tls.join("renewed.key"), tls.join("key.pem")).unwrap();
    let pid = d.child.as_ref().unwrap().id().to_string();
    let _ = Command::new("kill").args(["-HUP", &pid]).status();
    let deadline = Instant::now() + Duration::from_secs(20);
    while !subject().contains("CN=renewed") {
        assert!(
            Instant::now() < deadline,
            "the renewed certificate was never served"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    // A broken one on SIGHUP: logged, and the one in use kept.
    std::fs::write(tls.join("cert.pem"), "not a certificate").unwrap();
    let _ = Command::new("kill").args(["-HUP", &pid]).status();
    d.wait_for_log("still serving the certificate read before");
    assert!(subject().contains("CN=renewed"));
    let out = d.stop();
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        out.stderr
            .contains("still serving the certificate read before"),
        "{}",
        out.stderr
    );
}
