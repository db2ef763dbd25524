//! The signed push protocol: `push` to a `mirrorcast serve` daemon with no password, every
//! refusal with its own status, and a push cut off that continues where it stopped.

use std::io::Write as _;
use std::path::Path;
use std::process::Command;

use base64::Engine as _;

use crate::push::{json, mirror};
use crate::serve::{Serving, curl};
use crate::support::{Project, Run, copy_dir};

const PREFIX: &str = ".well-known/mirrorcast/push";

fn mirrors_toml(base: &str) -> String {
    format!(
        r#"
[[mirror]]
name = "volunteer"
urls = ["{base}"]
[mirror.mirrorcast]
endpoint = "{base}"
"#
    )
}

fn push(p: &Project) -> Run {
    p.run(&["push", "--json", "--publisher-key", "ci.pub"])
}

/// The offer of the bundle in `dir`: its four signed files in base64.
fn offer_of(dir: &Path) -> String {
    let files: serde_json::Map<String, serde_json::Value> = [
        "manifest.json",
        "manifest.json.minisig",
        "SHA256SUMS",
        "SHA256SUMS.minisig",
    ]
    .iter()
    .map(|name| {
        let bytes = std::fs::read(dir.join(name)).expect("signed file");
        (
            name.to_string(),
            base64::engine::general_purpose::STANDARD
                .encode(bytes)
                .into(),
        )
    })
    .collect();
    serde_json::json!({ "files": files }).to_string()
}

/// POST or PUT `body` to the daemon: the status and the JSON answer (Null when there is none).
fn send(d: &Serving, method: &str, path: &str, body: &[u8]) -> (u16, serde_json::Value) {
    let file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(file.path(), body).expect("write");
    let out = Command::new("curl")
        .args(["-s", "--max-time", "20", "--path-as-is", "-X", method])
        .args([
            "-H",
            "content-type: application/json",
            "-o",
            "-",
            "-w",
            "\n%{http_code}",
        ])
        .arg("--data-binary")
        .arg(format!("@{}", file.path().display()))
        .arg(format!("{}{path}", d.base()))
        .output()
        .expect("curl");
    let text = String::from_utf8_lossy(&out.stdout).into_owned();
    let (body, code) = text.rsplit_once('\n').expect("a status");
    (
        code.trim().parse().expect("a status code"),
        serde_json::from_str(body).unwrap_or(serde_json::Value::Null),
    )
}

fn offer(d: &Serving, dir: &Path) -> (u16, serde_json::Value) {
    send(
        d,
        "POST",
        &format!("{PREFIX}/offer"),
        offer_of(dir).as_bytes(),
    )
}

#[test]
fn a_pushed_release_is_served_and_only_what_changed_is_sent() {
    let p = Project::new();
    p.keygen();
    let d = Serving::start(&p, "mirror", &[]);
    // A new mirror waits for its first release.
    let (head, _) = curl(&d.base(), &[]);
    assert!(head.starts_with("http/1.1 503"), "{head}");
    p.write("mirrors.toml", &mirrors_toml(&d.base()));

    let r1 = p.keep_release(1);
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    let m = mirror(&report, "volunteer");
    assert_eq!(m["status"], "updated", "{m}");
    assert_eq!(m["transport"], "mirrorcast", "{m}");
    let listed = std::fs::read_to_string(r1.join("manifest.json")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&listed).unwrap();
    let files = manifest["files"].as_array().unwrap();
    // Every file, and the four signed ones in the offer; counted as any push counts them.
    let total = files.len() as u64 + 4;
    assert_eq!(m["files-sent"], total, "{m}");
    assert_eq!(m["files-skipped"], 0, "{m}");
    assert_eq!(d.release(), Some(1));
    let (_, body) = curl(&format!("{}en/", d.base()), &[]);
    assert_eq!(body, p.read("dist/en/index.html"));

    // Release 2 changes the pages listing names: only those travel.
    p.keep_release(2);
    let report = json(&push(&p));
    let m = mirror(&report, "volunteer");
    assert_eq!(m["status"], "updated", "{m}");
    let sent = m["files-sent"].as_u64().unwrap();
    assert!(sent > 4 && sent < total, "{m}");
    assert_eq!(m["files-skipped"].as_u64(), Some(total - sent), "{m}");
    assert_eq!(d.release(), Some(2));

    // Nothing new: nothing sent.
    let report = json(&push(&p));
    assert_eq!(mirror(&report, "volunteer")["status"], "up-to-date");

    // verify treats it as any other mirror.
    let copy = crate::serve::verified_copy(&p, &d.base(), &[], &[]);
    assert_eq!(copy["status"], "ok", "{copy}");

    let out = d.stop();
    assert_eq!(out.code, 0, "{}", out.stderr);
    let report = crate::schemas::conforms("serve", &out);
    assert_eq!(report["release"], 2);
    assert_eq!(report["updates"], 2);
}

#[test]
fn every_refusal_says_what_it_is() {
    let p = Project::new();
    p.keygen();
    let r1 = p.keep_release(1);
    let r2 = p.keep_release(2);
    let d = Serving::start(
        &p,
        "mirror",
        &["--install", "release-2", "--max-files", "40"],
    );
    let status = |(code, body): (u16, serde_json::Value)| (code, body["error"].clone());

    // The same release, and an older one.
    assert_eq!(status(offer(&d, &r2)), (409, "not-newer".into()));
    assert_eq!(status(offer(&d, &r1)), (409, "not-newer".into()));

    // Release 3, edited after signing: the signature fails, before anything is parsed.
    let r3 = p.keep_release(3);
    let tampered = p.path().join("tampered");
    copy_dir(&r3, &tampered);
    let m = std::fs::read_to_string(tampered.join("manifest.json")).unwrap();
    std::fs::write(
        tampered.join("manifest.json"),
        m.replacen("\"release\": 3", "\"release\": 4", 1),
    )
    .unwrap();
    assert_eq!(status(offer(&d, &tampered)), (403, "bad-signature".into()));

    // Signed by another key.
    let other = Project::empty();
    copy_dir(&p.path().join("content"), &other.path().join("content"));
    other.write("mirrors.toml", "");
    other.keygen_as("other");
    other.ok(&["bundle", "--secret-key", "other.key"]);
    assert_eq!(
        status(offer(&d, &other.path().join("dist"))),
        (403, "another-key".into())
    );

    // Another site, our key.
    let site = Project::empty();
    copy_dir(&p.path().join("content"), &site.path().join("content"));
    site.write("mirrors.toml", "");
    for f in ["ci.key", "ci.pub"] {
        std::fs::copy(p.path().join(f), site.path().join(f)).unwrap();
    }
    site.write(
        "content/site.toml",
        &site
            .read("content/site.toml")
            .replace("id = \"open-letter\"", "id = \"another-letter\""),
    );
    site.set_release(9);
    site.bundle();
    assert_eq!(
        status(offer(&d, &site.path().join("dist"))),
        (409, "another-site".into())
    );

    // Expired: our key, released in 2020 for a day.
    let old = p.expired_twin(Some(9));
    assert_eq!(
        status(offer(&d, &old.path().join("dist"))),
        (409, "expired".into())
    );

    // Not an offer at all.
    let (code, body) = send(&d, "POST", &format!("{PREFIX}/offer"), b"{\"files\": 3}");
    assert_eq!((code, body["error"].clone()), (400, "bad-request".into()));

    // Release 3, genuine: admitted, and only its files may come, each exactly as signed.
    let (code, offered) = offer(&d, &r3);
    assert_eq!(code, 200, "{offered}");
    let id = offered["offer"].as_str().unwrap();
    let wanted = offered["wanted"].as_array().unwrap();
    assert!(!wanted.is_empty());
    let sha = wanted[0]["sha256"].as_str().unwrap();
    let unlisted = "0".repeat(64);
    assert_eq!(
        status(send(&d, "PUT", &format!("{PREFIX}/{id}/{unlisted}"), b"x")),
        (404, "unlisted-file".into())
    );
    for escape in ["..%2F..%2Fcurrent%2Fen%2Findex.html", "../../x", "%2e%2e"] {
        let (code, _) = send(&d, "PUT", &format!("{PREFIX}/{id}/{escape}"), b"x");
        assert!(code == 404 || code == 405, "{escape}: {code}");
    }
    assert_eq!(
        status(send(
            &d,
            "PUT",
            &format!("{PREFIX}/{}/{sha}", "1".repeat(64)),
            b"x"
        )),
        (404, "no-offer".into())
    );
    let size = wanted[0]["size"].as_u64().unwrap() as usize;
    assert_eq!(
        status(send(
            &d,
            "PUT",
            &format!("{PREFIX}/{id}/{sha}"),
            &vec![b'x'; size]
        )),
        (422, "wrong-hash".into())
    );
    assert_eq!(
        status(send(
            &d,
            "PUT",
            &format!("{PREFIX}/{id}/{sha}"),
            &vec![b'x'; size + 1]
        )),
        (413, "too-large".into())
    );
    // A commit before every file came.
    let (code, body) = send(&d, "POST", &format!("{PREFIX}/{id}/commit"), b"");
    assert_eq!(
        (code, body["error"].clone()),
        (409, "missing".into()),
        "{body}"
    );
    assert_eq!(body["wanted"].as_array().map(Vec::len), Some(wanted.len()));
    assert_eq!(d.release(), Some(2));

    // A release with more files than this mirror takes.
    let r4 = {
        for i in 0..40 {
            p.write(
                &format!("content/files/leaflet-{i}.txt"),
                &format!("leaflet {i}\n"),
            );
        }
        p.keep_release(4)
    };
    assert_eq!(status(offer(&d, &r4)), (413, "too-large".into()));
    drop(d);

    // Rate: a few requests a minute from one address, then 429.
    let d = Serving::start(&p, "mirror", &["--pushes-per-minute", "3"]);
    for _ in 0..3 {
        assert_eq!(status(offer(&d, &r1)).0, 409);
    }
    assert_eq!(status(offer(&d, &r1)), (429, "rate-limited".into()));
}

#[test]
fn a_push_cut_off_continues_where_it_stopped() {
    let p = Project::new();
    p.keygen();
    // A large attachment, so a cut leaves something to continue.
    let big: String = (0..200_000).map(|i| format!("{i:07}\n")).collect();
    p.write("content/files/archive.txt", &big);
    let r1 = p.keep_release(1);
    let d = Serving::start(&p, "mirror", &[]);
    p.write("mirrors.toml", &mirrors_toml(&d.base()));

    let (code, offered) = offer(&d, &r1);
    assert_eq!(code, 200, "{offered}");
    let id = offered["offer"].as_str().unwrap().to_string();
    let archive = std::fs::read(r1.join("files/archive.txt")).unwrap();
    let sha = mirrorcast::hash::sha256_hex(&archive);
    let half = archive.len() / 2;
    // The connection breaks halfway through the upload.
    {
        let mut s = std::net::TcpStream::connect(("127.0.0.1", d.port)).unwrap();
        write!(
            s,
            "PUT /{PREFIX}/{id}/{sha}?offset=0 HTTP/1.1\r\nHost: x\r\nContent-Length: {}\r\n\r\n",
            archive.len()
        )
        .unwrap();
        s.write_all(&archive[..half]).unwrap();
        s.flush().unwrap();
        std::thread::sleep(std::time::Duration::from_millis(300));
    }
    // Offered again: the daemon says how much it kept, once that stops growing (it may still be
    // writing what arrived before the cut).
    let mut kept = 0;
    for _ in 0..100 {
        let (_, offered) = offer(&d, &r1);
        let w = offered["wanted"]
            .as_array()
            .unwrap()
            .iter()
            .find(|w| w["sha256"] == sha.as_str())
            .cloned()
            .expect("the archive is still wanted");
        let have = w["have"].as_u64().unwrap();
        if have > 0 && have == kept {
            break;
        }
        kept = have;
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    assert!(kept > 0 && kept <= half as u64, "kept {kept}");

    // push continues from there: the archive's first part is not sent again.
    let run = push(&p);
    let report = json(&run);
    let m = mirror(&report, "volunteer");
    assert_eq!(m["status"], "updated", "{m}\n{}", run.stderr);
    let total: u64 = mirrorcast::release::manifest::Manifest::parse(
        &std::fs::read(r1.join("manifest.json")).unwrap(),
    )
    .unwrap()
    .files
    .iter()
    .map(|f| f.size)
    .sum();
    assert_eq!(m["bytes-sent"].as_u64().unwrap(), total - kept, "{m}");
    assert_eq!(d.release(), Some(1));
    let (_, body) = curl(&format!("{}files/archive.txt", d.base()), &[]);
    assert_eq!(body.as_bytes(), archive.as_slice());
}

#[test]
fn offers_that_never_arrive_do_not_hold_the_mirror() {
    let p = Project::new();
    p.keygen();
    let r1 = p.keep_release(1);
    let d = Serving::start(&p, "mirror", &["--install", "release-1"]);
    // Two offers that announce a megabyte and send nothing, held open.
    let stalled: Vec<std::net::TcpStream> = (0..2)
        .map(|_| {
            let mut s = std::net::TcpStream::connect(("127.0.0.1", d.port)).unwrap();
            write!(
                s,
                "POST /{PREFIX}/offer HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000000\r\n\r\n{{"
            )
            .unwrap();
            s
        })
        .collect();
    // Meanwhile a real offer is turned away for now, once the stalled ones hold their places
    // (until then it is judged, which changes nothing: it is not newer)...
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(30);
    loop {
        let (code, body) = offer(&d, &r1);
        if code == 429 {
            // Turned away for the offers being judged, not for the per-minute limit.
            assert_eq!(body["error"], "rate-limited", "{body}");
            assert!(body.to_string().contains("being judged"), "{body}");
            break;
        }
        assert_eq!(code, 409, "{body}");
        assert!(
            std::time::Instant::now() < deadline,
            "the stalled offers never held the mirror"
        );
        std::thread::sleep(std::time::Duration::from_millis(100));
    }
    // ...and judged once the stalled ones run out of time (here: not newer than what it serves).
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(90);
    loop {
        let (code, body) = offer(&d, &r1);
        if code == 409 {
            assert_eq!(body["error"], "not-newer", "{body}");
            break;
        }
        assert!(
            std::time::Instant::now() < deadline,
            "still refused: {code} {body}"
        );
        std::thread::sleep(std::time::Duration::from_secs(1));
    }
    drop(stalled);
}
