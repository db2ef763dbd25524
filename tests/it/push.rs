//! `push` to local directories and git repositories (the transports that need no server).

use std::collections::BTreeMap;

use crate::support::{Project, Run, tree};

pub(crate) fn json(run: &Run) -> serde_json::Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr))
}

pub(crate) fn mirror<'a>(report: &'a serde_json::Value, name: &str) -> &'a serde_json::Value {
    report["mirrors"]
        .as_array()
        .and_then(|m| m.iter().find(|m| m["name"] == name))
        .unwrap_or_else(|| panic!("no mirror {name} in {report}"))
}

const MIRRORS: &str = r#"
[[mirror]]
name = "usb"
urls = ["https://usb.example/"]
[mirror.dir]
path = "mirror-usb"

[[mirror]]
name = "pages"
urls = ["https://pages.example/"]
[mirror.git]
repository = "bare.git"
branch = "pages"

[[mirror]]
name = "pulls-by-itself"
urls = ["https://self.example/"]
"#;

/// A project with a key, a bare git repository and the mirror list above.
fn project() -> Project {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", MIRRORS);
    p.write("content/files/old-leaflet.txt", "release 1 only\n");
    // The directory mirror's folder exists, as on a mounted drive.
    std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
    let git = std::process::Command::new("git")
        .args(["init", "--quiet", "--bare", "bare.git"])
        .current_dir(p.path())
        .status()
        .expect("git");
    assert!(git.success());
    p
}

fn push(p: &Project, extra: &[&str]) -> Run {
    let mut args = vec!["push", "--json", "--publisher-key", "ci.pub"];
    args.extend_from_slice(extra);
    p.run(&args)
}

/// The files of the `pages` branch, as a tree.
fn git_tree(p: &Project) -> BTreeMap<String, Vec<u8>> {
    tree(&checkout_pages(p))
}

/// The `pages` branch of the project's `bare.git`, checked out afresh; where.
pub(crate) fn checkout_pages(p: &Project) -> std::path::PathBuf {
    let out = p.path().join("git-checkout");
    let _ = std::fs::remove_dir_all(&out);
    std::fs::create_dir_all(&out).expect("mkdir");
    let status = std::process::Command::new("git")
        .arg("--git-dir")
        .arg(p.path().join("bare.git"))
        .arg("--work-tree")
        .arg(&out)
        .args(["checkout", "pages", "--", "."])
        .status()
        .expect("git checkout");
    assert!(status.success());
    out
}

fn manifest_hashes(p: &Project) -> BTreeMap<String, String> {
    let m: serde_json::Value =
        serde_json::from_str(&p.read("dist/manifest.json")).expect("manifest");
    m["files"]
        .as_array()
        .expect("files")
        .iter()
        .map(|f| {
            (
                f["path"].as_str().expect("path").to_string(),
                f["sha256"].as_str().expect("sha").to_string(),
            )
        })
        .collect()
}

/// Release 2: the leaflet of release 1 dropped, `signatory` added, bundled. How many site files
/// changed, and the new release's hashes.
fn release_2_dropping_the_leaflet(
    p: &Project,
    signatory: &str,
) -> (usize, BTreeMap<String, String>) {
    std::fs::remove_file(p.path().join("content/files/old-leaflet.txt")).expect("rm");
    release_2_adding(p, signatory)
}

/// Bundle release 2 with one more signatory (and whatever else the caller changed): how many
/// files of the manifest changed, and the new manifest's hashes.
fn release_2_adding(p: &Project, signatory: &str) -> (usize, BTreeMap<String, String>) {
    let before = manifest_hashes(p);
    bump_to_release_2(p);
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + signatory + "\n"),
    );
    p.bundle();
    let after = manifest_hashes(p);
    let changed = after
        .iter()
        .filter(|(path, hash)| before.get(*path) != Some(*hash))
        .count();
    (changed, after)
}

fn bump_to_release_2(p: &Project) {
    let site = p
        .read("content/site.toml")
        .replace("release = 1", "release = 2");
    p.write("content/site.toml", &site);
}

#[test]
fn push_sends_only_changes_deletes_only_what_the_release_dropped() {
    let p = project();
    p.bundle();
    let run = push(&p, &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(mirror(&report, "usb")["status"], "updated");
    assert_eq!(mirror(&report, "pages")["status"], "updated");
    assert_eq!(mirror(&report, "pulls-by-itself")["status"], "skipped");
    let dist = tree(&p.path().join("dist"));
    assert_eq!(tree(&p.path().join("mirror-usb")), dist);
    assert_eq!(git_tree(&p), dist);

    // Someone else's file on the mirror, then release 2: one file dropped, one signatory added.
    p.write("mirror-usb/volunteer-notes.txt", "not ours\n");
    let (changed, after) = release_2_dropping_the_leaflet(&p, "Ещё Один Человек");
    let run = push(&p, &[]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    for name in ["usb", "pages"] {
        let m = mirror(&report, name);
        assert_eq!(m["status"], "updated", "{m}");
        assert_eq!(m["previous-release"], 1, "{m}");
        // The changed files and the four list and signature files, nothing else.
        assert_eq!(m["files-sent"], changed + 4, "{m}");
        assert_eq!(m["files-skipped"], after.len() - changed, "{m}");
        assert_eq!(m["files-deleted"], 1, "{m}");
    }
    let mut dist = tree(&p.path().join("dist"));
    assert_eq!(git_tree(&p), dist);
    // On the git server: release 2 is one commit on top of release 1 that touches exactly the
    // changed files, the four list and signature files and the dropped one.
    let git = |args: &[&str]| {
        let out = std::process::Command::new("git")
            .arg("--git-dir")
            .arg(p.path().join("bare.git"))
            .args(args)
            .output()
            .expect("git");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    assert_eq!(git(&["rev-list", "--count", "pages"]).trim(), "2");
    let touched = git(&["diff", "--name-only", "pages~1", "pages"]);
    assert_eq!(touched.lines().count(), changed + 4 + 1, "{touched}");
    assert!(
        touched.lines().any(|l| l == "files/old-leaflet.txt"),
        "{touched}"
    );
    dist.insert("volunteer-notes.txt".into(), b"not ours\n".to_vec());
    assert_eq!(tree(&p.path().join("mirror-usb")), dist);

    // Nothing to do the second time: every file of the bundle is already there, and the words
    // count the same way as for a push that sends.
    let report = json(&push(&p, &[]));
    for name in ["usb", "pages"] {
        let m = mirror(&report, name);
        assert_eq!(m["status"], "up-to-date", "{m}");
        assert_eq!(m["files-sent"], 0, "{m}");
        assert_eq!(m["files-skipped"], after.len() + 4, "{m}");
    }
    let run = p.run(&["push", "--publisher-key", "ci.pub"]);
    let total = after.len() + 4;
    assert!(
        run.stdout.contains(&format!(
            "sent 0 of {total} files (0 bytes), {total} already there"
        )),
        "{}",
        run.stdout
    );
}

#[test]
fn an_older_release_never_replaces_a_newer_one() {
    let p = project();
    p.bundle();
    crate::support::copy_dir(&p.path().join("dist"), &p.path().join("dist-1"));
    release_2_adding(&p, "Новое Имя");
    assert_eq!(push(&p, &["--only", "usb"]).code, 0);
    let run = push(&p, &["--only", "usb", "dist-1"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = mirror(&json(&run), "usb")["error"].to_string();
    assert!(error.contains("newer"), "{error}");
    assert_eq!(
        tree(&p.path().join("mirror-usb")),
        tree(&p.path().join("dist"))
    );
}

#[test]
fn a_mirror_manifest_that_is_not_ours_means_send_all_delete_nothing() {
    let p = project();
    p.bundle();
    assert_eq!(push(&p, &["--only", "usb"]).code, 0);
    // A forged manifest claiming a stray file: it must neither be trusted for the delta nor
    // decide what gets deleted.
    // It lists the stray file, so trusting it would delete the stray (not in release 1).
    let forged = p
        .read("mirror-usb/manifest.json")
        .replace("\"release\": 1", "\"release\": 9")
        .replace(
            "\"files\": [",
            "\"files\": [\n    {\"path\": \"stray.txt\", \"sha256\": \"00\", \"size\": 1},",
        );
    assert!(forged.contains("stray.txt"));
    p.write("mirror-usb/manifest.json", &forged);
    p.write("mirror-usb/stray.txt", "left alone\n");
    let run = push(&p, &["--only", "usb"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let m = mirror(&json(&run), "usb").clone();
    assert_eq!(m["files-skipped"], 0, "{m}");
    assert_eq!(m["files-deleted"], 0, "{m}");
    assert!(p.path().join("mirror-usb/stray.txt").exists());
    assert_eq!(
        p.read("mirror-usb/manifest.json"),
        p.read("dist/manifest.json")
    );
}

#[test]
fn configuration_errors_name_the_place_and_stop_before_sending() {
    let p = project();
    p.bundle();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"a\"\nurls = [\"https://a.example/\"]\n[mirror.dir]\npath = \"x\"\n[mirror.webdav]\nendpoint = \"https://dav.example/\"\n",
    );
    let run = push(&p, &[]);
    assert_eq!(run.code, 2);
    assert!(
        run.stderr.contains("mirrors.toml:6:1") && run.stderr.contains("two transports"),
        "{}",
        run.stderr
    );
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"dav\"\nurls = [\"https://a.example/\"]\n[mirror.webdav]\nendpoint = \"https://dav.example/\"\nusername = \"u\"\npassword-env = \"DAV_PASSWORD\"\n",
    );
    let run = push(&p, &[]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("DAV_PASSWORD"), "{}", run.stderr);
    let run = push(&p, &["--only", "nobody"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("nobody"), "{}", run.stderr);
    assert!(!p.path().join("x").exists());
}

#[test]
fn push_to_webdav_then_only_changes_and_wrong_credentials_fail_once() {
    let server = crate::servers::webdav("organiser", "dav-pass-77");
    let p = project();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"dav\"\nurls = [\"https://dav.example/\"]\n[mirror.webdav]\nendpoint = \"http://127.0.0.1:{}/письмо/\"\nusername = \"organiser\"\npassword-env = \"DAV_PASSWORD\"\n",
            server.port
        ),
    );
    p.bundle();
    let push_with = |password: &str| {
        let mut c = p.cmd(&["push", "--json", "--publisher-key", "ci.pub"]);
        c.env("DAV_PASSWORD", password);
        Run::from(c.output().expect("push"))
    };
    let run = push_with("dav-pass-77");
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // Every file, read back through the server as readers get it, has the manifest's hash.
    for (path, want) in manifest_hashes(&p) {
        let out = std::process::Command::new("curl")
            .args(["-s", "-f", "-u", "organiser:dav-pass-77"])
            .arg(format!(
                "http://127.0.0.1:{}/%D0%BF%D0%B8%D1%81%D1%8C%D0%BC%D0%BE/{path}",
                server.port
            ))
            .output()
            .expect("curl");
        assert!(out.status.success(), "GET {path}");
        assert_eq!(sha256(&out.stdout), want, "{path}");
    }
    assert_eq!(
        tree(&server.root().join("письмо")),
        tree(&p.path().join("dist"))
    );

    let (changed, _) = release_2_dropping_the_leaflet(&p, "Подпись По WebDAV");
    std::fs::write(server.root().join("письмо/theirs.txt"), "theirs\n").expect("foreign");
    let log_before = server.access_log().len();
    let run = push_with("dav-pass-77");
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // On the wire: a PUT for each changed file and each list/signature file, nothing more.
    let log = server.access_log();
    let puts: Vec<_> = log[log_before..]
        .iter()
        .filter(|r| r.method == "PUT" && r.status.starts_with('2'))
        .collect();
    assert_eq!(puts.len(), changed + 4, "{puts:?}");
    let sent: u64 = puts.iter().map(|r| r.body).sum();
    assert_eq!(mirror(&json(&run), "dav")["bytes-sent"], sent);
    let deletes: Vec<String> = log[log_before..]
        .iter()
        .filter(|r| r.method == "DELETE")
        .map(|r| r.uri.clone())
        .collect();
    // nginx logs non-ASCII bytes escaped (`\xD0…`): compare below the site's folder. One
    // file deleted; the folders are the one it left empty and push's own staging area.
    let files: Vec<&String> = deletes.iter().filter(|d| !d.ends_with('/')).collect();
    assert_eq!(files.len(), 1, "{deletes:?}");
    assert!(files[0].ends_with("/files/old-leaflet.txt"), "{deletes:?}");
    assert!(
        deletes
            .iter()
            .filter(|d| d.ends_with('/'))
            .all(|d| d.ends_with("/files/") || d.contains("/.mirrorcast/")),
        "{deletes:?}"
    );
    let mut want = tree(&p.path().join("dist"));
    want.insert("theirs.txt".into(), b"theirs\n".to_vec());
    assert_eq!(tree(&server.root().join("письмо")), want);

    // A wrong password: one line naming the mirror and the cause, no retries, no secret.
    let log_before = server.access_log().len();
    let run = push_with("wrong-pass-secret");
    assert_eq!(run.code, 1, "{}", run.stdout);
    let m = mirror(&json(&run), "dav").clone();
    assert_eq!(m["retries"], 0, "{m}");
    let error = m["error"].as_str().expect("error").to_string();
    assert!(
        error.contains("401") || error.contains("nauthorized"),
        "{error}"
    );
    assert!(!run.stdout.contains("wrong-pass") && !run.stderr.contains("wrong-pass"));
    let denied = server.access_log()[log_before..]
        .iter()
        .filter(|r| r.status == "401")
        .count();
    assert!(denied <= 2, "{denied} refused requests: a retry storm");
}

#[test]
fn push_over_sftp_checks_the_host_key_then_sends_only_changes() {
    let server = crate::servers::sftp();
    let p = project();
    let site_dir = server.dir.path().join("www");
    std::fs::create_dir_all(&site_dir).expect("mkdir");
    p.write("mirrors.toml", &sftp_mirror(&server, &site_dir));
    p.bundle();
    // A host whose key is not the one we know is refused, and nothing is written.
    let known_hosts = server.dir.path().join("known_hosts");
    std::fs::write(
        &known_hosts,
        format!(
            "[127.0.0.1]:{} ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIOMqqnkVzrm0SdG6UOoqKLsabgH5C9okWi0dh2l9GKJl\n",
            server.port
        ),
    )
    .expect("known_hosts");
    let run = p.run(&["push", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let error = mirror(&json(&run), "ssh-box")["error"].to_string();
    assert!(
        error.contains("ssh-box") || error.contains("SFTP"),
        "{error}"
    );
    assert!(
        error.contains("host key") || error.contains("HOST IDENTIFICATION"),
        "{error}"
    );
    assert!(!site_dir.join("manifest.json").exists());

    // With the server's real key, the push goes through, then only changes travel.
    std::fs::write(&known_hosts, server.known_hosts_line()).expect("known_hosts");
    let run = p.run(&["push", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(tree(&site_dir), tree(&p.path().join("dist")));
    let before = manifest_hashes(&p);
    let (changed, after) = release_2_adding(&p, "Подпись По SFTP");
    let inodes_before = inodes(&site_dir);
    let report = json(&p.run(&["push", "--json", "--publisher-key", "ci.pub"]));
    let m = mirror(&report, "ssh-box");
    assert_eq!(m["status"], "updated", "{m}");
    assert_eq!(m["files-sent"], changed + 4, "{m}");
    assert_eq!(tree(&site_dir), tree(&p.path().join("dist")));
    // On the server's own disk: a file written over SFTP is a new file (staged, then renamed),
    // so the files with new inodes are exactly what went over the wire.
    let rewritten: Vec<(String, u64)> = inodes(&site_dir)
        .into_iter()
        .filter(|(path, (inode, _))| inodes_before.get(path).map(|b| b.0) != Some(*inode))
        .map(|(path, (_, size))| (path, size))
        .collect();
    let changed_paths: Vec<&String> = after
        .iter()
        .filter(|(path, hash)| before.get(*path) != Some(*hash))
        .map(|(path, _)| path)
        .collect();
    assert_eq!(rewritten.len(), changed + 4, "{rewritten:?}");
    for path in changed_paths {
        assert!(rewritten.iter().any(|(p, _)| p == path), "{path} not sent");
    }
    let bytes: u64 = rewritten.iter().map(|(_, size)| size).sum();
    assert_eq!(m["bytes-sent"], bytes, "{m}");
}

/// Every file under `dir`: its inode and size.
fn inodes(dir: &std::path::Path) -> BTreeMap<String, (u64, u64)> {
    use std::os::unix::fs::MetadataExt;
    tree(dir)
        .keys()
        .map(|path| {
            let meta = std::fs::metadata(dir.join(path)).expect("metadata");
            (path.clone(), (meta.ino(), meta.size()))
        })
        .collect()
}

/// The mirror "ssh-box" on `server`, into `site_dir`, with the server's host key known
/// (written beside mirrors.toml as `known_hosts`).
fn sftp_mirror(server: &crate::servers::Server, site_dir: &std::path::Path) -> String {
    let known = site_dir.parent().expect("parent").join("known_hosts");
    std::fs::write(&known, server.known_hosts_line()).expect("known_hosts");
    format!(
        "[[mirror]]\nname = \"ssh-box\"\nurls = [\"https://ssh.example/\"]\n[mirror.sftp]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"root\"\npath = \"{}\"\nkey-file = \"{}\"\nknown-hosts = \"{}\"\n",
        server.port,
        site_dir.display(),
        server.client_key().display(),
        known.display()
    )
}

#[test]
fn publish_bundles_checks_pushes_and_verifies() {
    let p = project();
    let closed = crate::support::free_port();
    // A local copy (checked on disk) and a mirror whose address answers nothing.
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n\n[[mirror]]\nname = \"down\"\nurls = [\"http://127.0.0.1:{closed}/\"]\n"
        ),
    );
    let run = p.run(&["publish", "--secret-key", "ci.key", "--json"]);
    // Every copy must verify by default: the one that is down fails the publish.
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    assert_eq!(report["bundle"]["release"], 1);
    assert_eq!(report["ipfs"]["step"], "skipped");
    assert!(p.path().join("dist.car").is_file());
    assert_eq!(mirror(&report["push"], "usb")["status"], "updated");
    assert_eq!(mirror(&report["push"], "down")["status"], "skipped");
    let copies = report["verify"]["copies"].as_array().expect("copies");
    let status = |name: &str| {
        copies
            .iter()
            .find(|c| c["name"] == name)
            .map(|c| c["status"].clone())
    };
    assert_eq!(status("usb"), Some("ok".into()));
    assert_eq!(status("down"), Some("unreachable".into()));
    assert_eq!(report["published"], false);
    // For people: on the mirrors, yet not as many copies verified as asked; a mirror without a
    // transport is not a row of zeros.
    let text = p.run(&["publish", "--secret-key", "ci.key"]);
    assert!(
        text.stdout.contains(
            "NOT published as asked: only 1 copy verified ok, 2 needed (the mirrors that took the release hold it;"
        ),
        "{}",
        text.stdout
    );
    assert!(
        text.stdout
            .contains("down                 none       no transport: it updates itself"),
        "{}",
        text.stdout
    );
    assert_eq!(
        tree(&p.path().join("mirror-usb")),
        tree(&p.path().join("dist"))
    );
    // One good copy is enough when the organiser says so.
    let run = p.run(&[
        "publish",
        "--secret-key",
        "ci.key",
        "--json",
        "--min-verified",
        "1",
    ]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(json(&run)["published"], true);
    // For people: the CID once.
    let run = p.run(&["publish", "--secret-key", "ci.key", "--min-verified", "1"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let cid = p.ok(&["cid", "dist"]).stdout.trim().to_string();
    assert_eq!(run.stdout.matches(&cid).count(), 1, "{}", run.stdout);
    assert!(run.stdout.contains("wrote dist.car ("), "{}", run.stdout);
}

#[test]
fn publish_stops_before_pushing_a_bundle_that_fails_its_check() {
    let p = project();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n",
    );
    // Released in 2020 for one day: genuine, but already expired when checked.
    p.write(
        "content/site.toml",
        &p.read("content/site.toml")
            .replace("valid-days = 365", "valid-days = 1"),
    );
    let run = Run::from(
        p.cmd(&["publish", "--secret-key", "ci.key", "--json"])
            .env("SOURCE_DATE_EPOCH", "1577836800")
            .output()
            .expect("publish"),
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(json(&run)["expired"], true, "{}", run.stdout);
    assert!(p.path().join("dist/manifest.json").is_file());
    assert!(
        std::fs::read_dir(p.path().join("mirror-usb"))
            .expect("dir")
            .next()
            .is_none(),
        "something was pushed"
    );
}

fn sha256(bytes: &[u8]) -> String {
    mirrorcast::hash::sha256_hex(bytes)
}

#[test]
fn push_to_garage_s3_and_read_back_through_its_website() {
    let g = crate::servers::garage();
    let p = project();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"garage\"\nurls = [\"https://letter.example/\"]\n[mirror.s3]\nendpoint = \"http://127.0.0.1:{}\"\nbucket = \"{}\"\nregion = \"garage\"\naccess-key-id-env = \"S3_KEY\"\nsecret-access-key-env = \"S3_SECRET\"\n",
            g.s3_port, g.bucket
        ),
    );
    p.bundle();
    let push = |p: &Project| {
        let mut c = p.cmd(&["push", "--json", "--publisher-key", "ci.pub"]);
        c.env("S3_KEY", g.key_id).env("S3_SECRET", g.secret);
        Run::from(c.output().expect("push"))
    };
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert!(!run.stdout.contains(g.secret) && !run.stderr.contains(g.secret));
    for (path, want) in manifest_hashes(&p) {
        let (status, body) = g.web_get(&path);
        assert_eq!(status, 200, "{path}");
        assert_eq!(sha256(&body), want, "{path}");
    }

    g.put_foreign("theirs.txt", b"theirs\n");
    let (changed, after) = release_2_dropping_the_leaflet(&p, "Подпись Через S3");
    // Release 2 goes through a counting proxy in front of Garage.
    let proxy = crate::servers::counting_proxy(g.s3_port);
    p.write(
        "mirrors.toml",
        &p.read("mirrors.toml").replace(
            &format!("127.0.0.1:{}", g.s3_port),
            &format!("127.0.0.1:{}", proxy.port),
        ),
    );
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report = json(&run);
    let m = mirror(&report, "garage");
    assert_eq!(m["files-sent"], changed + 4, "{m}");
    assert_eq!(m["files-deleted"], 1, "{m}");
    // On the wire: one upload per changed file and list/signature file, into the staging area,
    // swapped in by as many server-side copies (the previous versions kept aside by copies into
    // the staging area, for an undo); the dropped file deleted, the staging area cleared away.
    let log = proxy.access_log();
    let staged = |uri: &str| uri.contains("/.mirrorcast/staging-");
    let uploads: Vec<_> = log
        .iter()
        .filter(|r| r.method == "PUT" && !r.copy && r.status.starts_with('2'))
        .collect();
    assert_eq!(uploads.len(), changed + 4, "{log:?}");
    assert!(uploads.iter().all(|r| staged(&r.uri)), "{uploads:?}");
    let sent: u64 = uploads.iter().map(|r| r.body).sum();
    assert_eq!(m["bytes-sent"], sent, "{m}");
    let swaps = log
        .iter()
        .filter(|r| r.method == "PUT" && r.copy && staged(&r.copy_source) && !staged(&r.uri))
        .count();
    assert_eq!(swaps, changed + 4, "{log:?}");
    let deleted: Vec<&str> = log
        .iter()
        .filter(|r| r.method == "DELETE" && !staged(&r.uri))
        .map(|r| r.uri.as_str())
        .collect();
    assert_eq!(
        deleted,
        [format!("/{}/files/old-leaflet.txt", g.bucket)],
        "{log:?}"
    );
    for (path, want) in &after {
        let (status, body) = g.web_get(path);
        assert_eq!((status, sha256(&body)), (200, want.clone()), "{path}");
    }
    assert_eq!(g.web_get("files/old-leaflet.txt").0, 404);
    assert_eq!(g.web_get("theirs.txt"), (200, b"theirs\n".to_vec()));
    // Nothing staged is left after the swap.
    assert_eq!(g.keys(".mirrorcast/"), Vec::<String>::new());

    // Wrong secret: refused at once, named, not retried, not shown.
    let mut c = p.cmd(&["push", "--json", "--publisher-key", "ci.pub", "--full"]);
    c.env("S3_KEY", g.key_id)
        .env("S3_SECRET", "wrong-secret-0000");
    let run = Run::from(c.output().expect("push"));
    assert_eq!(run.code, 1, "{}", run.stdout);
    let m = mirror(&json(&run), "garage").clone();
    assert_eq!(m["retries"], 0, "{m}");
    assert!(!run.stdout.contains("wrong-secret") && !run.stderr.contains("wrong-secret"));
}

/// The WebDAV mirror of `server` and a directory mirror.
fn dav_and_usb(server: &crate::servers::Server) -> String {
    format!(
        "[[mirror]]\nname = \"dav\"\nurls = [\"https://dav.example/\"]\n[mirror.webdav]\nendpoint = \"http://127.0.0.1:{}/\"\nusername = \"u\"\npassword-env = \"DAV_PASSWORD\"\n\n[[mirror]]\nname = \"usb\"\nurls = [\"https://usb.example/\"]\n[mirror.dir]\npath = \"mirror-usb\"\n",
        server.port
    )
}

/// The mirrors in `mirrors` hold release 1; release 2 (forty 1 MiB files) is being pushed, one
/// file at a time, when `interrupt` is called with the push's process id, as soon as the first
/// staged file is in `root` (the folder a mirror's server keeps its files in). The push runs in
/// a process group of its own, as a command started from a shell does. Returns the project, the
/// push's run and release 1's manifest.
fn interrupted_push(
    mirrors: &str,
    root: &std::path::Path,
    interrupt: impl FnOnce(u32),
) -> (Project, Run, String) {
    use std::os::unix::process::CommandExt;
    let p = project();
    p.write("mirrors.toml", mirrors);
    p.bundle();
    let (code, run) = push_slowly(&p);
    assert_eq!(code, 0, "{}\n{}", run.stdout, run.stderr);
    let release_1 = p.read("dist/manifest.json");
    big_release_2(&p);
    let child = push_command(&p)
        .stdout(std::process::Stdio::piped())
        .process_group(0)
        .spawn()
        .expect("push");
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while !has_staged(root) {
        assert!(std::time::Instant::now() < deadline, "no upload started");
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    interrupt(child.id());
    let run = Run::from(child.wait_with_output().expect("push ended"));
    (p, run, release_1)
}

/// Ctrl-C on a terminal: SIGINT to the push's whole process group, children included.
fn ctrl_c(pid: u32) {
    // SAFETY: a signal to the process group of our own child, which leads it.
    unsafe { libc::kill(-(pid as i32), libc::SIGINT) };
}

/// `push` to the mirrors above, one file at a time.
fn push_command(p: &Project) -> std::process::Command {
    let mut c = p.cmd(&[
        "push",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--file-jobs",
        "1",
    ]);
    c.env("DAV_PASSWORD", "p");
    c
}

fn push_slowly(p: &Project) -> (i32, Run) {
    let run = Run::from(push_command(p).output().expect("push"));
    (run.code, run)
}

#[test]
fn a_mirror_killed_mid_push_keeps_its_release_and_the_next_push_completes_it() {
    let mut server = crate::servers::webdav("u", "p");
    let root = server.root();
    let (p, run, release_1) = interrupted_push(&dav_and_usb(&server), &root, |_| server.kill());
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = json(&run);
    assert_eq!(mirror(&report, "usb")["status"], "updated");
    assert_eq!(mirror(&report, "dav")["status"], "failed");
    // The killed mirror still holds release 1, whole.
    holds_release(&root, &release_1);
    // Back up: the next push completes it, and no staged file is left behind.
    server.restart();
    let (code, run) = push_slowly(&p);
    assert_eq!(code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(tree(&root), tree(&p.path().join("dist")));
}

/// After Ctrl-C the mirror keeps release 1, its staged files are taken away, and the next push
/// completes it.
fn interrupted_cleanly(
    p: &Project,
    run: &Run,
    name: &str,
    root: &std::path::Path,
    release_1: &str,
) {
    assert_eq!(run.code, 1, "{}", run.stdout);
    let m = mirror(&json(run), name).clone();
    assert!(m["error"].to_string().contains("interrupted"), "{m}");
    holds_release(root, release_1);
    assert!(!has_staged(root), "staged files left on {name}");
    let (code, run) = push_slowly(p);
    assert_eq!(code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(tree(root), tree(&p.path().join("dist")));
}

#[test]
fn ctrl_c_stops_cleanly_and_the_next_push_completes() {
    let server = crate::servers::webdav("u", "p");
    let root = server.root();
    let (p, run, release_1) = interrupted_push(&dav_and_usb(&server), &root, ctrl_c);
    interrupted_cleanly(&p, &run, "dav", &root, &release_1);
}

#[test]
fn ctrl_c_leaves_the_sftp_connection_up_to_clean_after_itself() {
    // ssh children in the push's process group get the terminal's SIGINT too; the SFTP
    // connection must outlive it so the push can end the mirror cleanly.
    let server = crate::servers::sftp();
    let root = server.dir.path().join("www");
    std::fs::create_dir_all(&root).expect("mkdir");
    let (p, run, release_1) = interrupted_push(&sftp_mirror(&server, &root), &root, ctrl_c);
    interrupted_cleanly(&p, &run, "ssh-box", &root, &release_1);
}

/// Release 2 with forty 1 MiB files: a push that takes a while.
fn big_release_2(p: &Project) {
    for i in 0..40 {
        let bytes: Vec<u8> = (0..(1u32 << 20)).map(|j| (j * 7 + i) as u8).collect();
        std::fs::write(
            p.path().join(format!("content/files/part-{i:02}.bin")),
            bytes,
        )
        .expect("write");
    }
    bump_to_release_2(p);
    p.bundle();
}

/// The mirror holds exactly the release `manifest` describes: that manifest, and every file it
/// lists with its hash.
fn holds_release(root: &std::path::Path, manifest: &str) {
    assert_eq!(
        std::fs::read_to_string(root.join("manifest.json")).expect("manifest"),
        manifest
    );
    let m: serde_json::Value = serde_json::from_str(manifest).expect("json");
    for f in m["files"].as_array().expect("files") {
        let path = f["path"].as_str().expect("path");
        let bytes = std::fs::read(root.join(path)).expect(path);
        assert_eq!(sha256(&bytes), f["sha256"].as_str().expect("sha"), "{path}");
    }
}

/// Whether a push has a staging area with a file in it on the mirror whose folder is `root`.
fn has_staged(root: &std::path::Path) -> bool {
    let Ok(areas) = std::fs::read_dir(root.join(".mirrorcast")) else {
        return false;
    };
    areas
        .flatten()
        .any(|area| std::fs::read_dir(area.path()).is_ok_and(|mut files| files.next().is_some()))
}

#[test]
fn another_sites_mirror_is_never_overwritten() {
    let p = project();
    p.bundle();
    assert_eq!(push(&p, &["--only", "usb"]).code, 0);
    let theirs = p.read("mirror-usb/manifest.json").replace(
        "\"site\": \"open-letter\"",
        "\"site\": \"someone-elses-site\"",
    );
    p.write("mirror-usb/manifest.json", &theirs);
    let run = push(&p, &["--only", "usb", "--full"]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let error = mirror(&json(&run), "usb")["error"].to_string();
    assert!(error.contains("someone-elses-site"), "{error}");
    assert_eq!(p.read("mirror-usb/manifest.json"), theirs);
}

#[test]
fn a_missing_mirror_folder_fails_that_mirror_alone() {
    let p = project();
    p.bundle();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"unplugged\"\nurls = [\"https://u.example/\"]\n[mirror.dir]\npath = \"no-such-drive/letter\"\n\n[[mirror]]\nname = \"usb\"\nurls = [\"https://usb.example/\"]\n[mirror.dir]\npath = \"mirror-usb\"\n",
    );
    let run = push(&p, &[]);
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report = json(&run);
    assert_eq!(mirror(&report, "usb")["status"], "updated");
    assert!(
        mirror(&report, "unplugged")["error"]
            .to_string()
            .contains("mounted"),
        "{report}"
    );
    assert!(!p.path().join("no-such-drive").exists());
}

#[test]
fn a_large_file_goes_to_webdav_streamed_and_whole() {
    let server = crate::servers::webdav("u", "p");
    let p = project();
    // Larger than what is sent from memory in one piece (16 MiB).
    let big: Vec<u8> = (0..(20u32 << 20)).map(|i| (i * 31 % 253) as u8).collect();
    std::fs::write(p.path().join("content/files/big.bin"), &big).expect("write");
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"dav\"\nurls = [\"https://dav.example/\"]\n[mirror.webdav]\nendpoint = \"http://127.0.0.1:{}/site/\"\nusername = \"u\"\npassword-env = \"DAV_PASSWORD\"\n",
            server.port
        ),
    );
    p.bundle();
    let mut c = p.cmd(&["push", "--json", "--publisher-key", "ci.pub"]);
    c.env("DAV_PASSWORD", "p");
    let run = Run::from(c.output().expect("push"));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let got =
        std::fs::read(server.root().join("site/files/big.bin")).expect("big.bin on the server");
    assert_eq!(sha256(&got), sha256(&big));
    assert_eq!(
        tree(&server.root().join("site")),
        tree(&p.path().join("dist"))
    );
}

#[test]
fn a_storage_error_reads_as_its_cause_not_the_library_internals() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    let closed = crate::support::free_port();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"s3\"\nurls = [\"https://s3.example/\"]\n[mirror.s3]\nendpoint = \"http://127.0.0.1:{closed}\"\nbucket = \"b\"\naccess-key-id-env = \"K\"\nsecret-access-key-env = \"S\"\n"
        ),
    );
    let run = Run::from(
        p.cmd(&["push", "--publisher-key", "ci.pub", "--time-limit", "30"])
            .env("K", "key")
            .env("S", "secret")
            .output()
            .expect("push"),
    );
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let text = format!("{}{}", run.stdout, run.stderr);
    assert!(text.contains("Connection refused"), "{text}");
    for internal in [
        "Unexpected (temporary)",
        "context: {",
        "called: reqwest::send",
    ] {
        assert!(!text.contains(internal), "{internal}: {text}");
    }
    assert!(
        text.contains("s3                   s3         nothing sent"),
        "{text}"
    );
}

/// `publish --only NAME` updates that mirror alone, so it verifies that mirror alone: the others,
/// left on the older release on purpose, are not counted against it.
#[test]
fn publish_only_one_mirror_verifies_that_mirror() {
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"a\"\n[mirror.dir]\npath = \"mirror-a\"\n\n\
         [[mirror]]\nname = \"b\"\n[mirror.dir]\npath = \"mirror-b\"\n",
    );
    for dir in ["mirror-a", "mirror-b"] {
        std::fs::create_dir_all(p.path().join(dir)).expect("mkdir");
    }
    p.ok(&["publish", "--secret-key", "ci.key"]);
    p.ok(&["release", "--next"]);
    let run = p.run(&["publish", "--json", "--secret-key", "ci.key", "--only", "a"]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    let copies = report["verify"]["copies"].as_array().expect("copies");
    let names: Vec<&str> = copies.iter().filter_map(|c| c["name"].as_str()).collect();
    assert_eq!(names, ["a"], "{report}");
    assert_eq!(copies[0]["status"], "ok");
    assert_eq!(copies[0]["release"], 2);
    // b was left alone, and a plain verify says so.
    let verify = p.run(&[
        "verify",
        "--json",
        "--no-history",
        "--publisher-key",
        "ci.pub",
    ]);
    assert_eq!(verify.code, 1, "{}", verify.stdout);
    assert!(verify.stdout.contains("\"stale\""), "{}", verify.stdout);
}

/// Someone edits the letter and runs `push` (not `publish`): the old bundle goes out as it is,
/// and push says so, naming the file that changed.
#[test]
fn push_after_editing_content_says_the_change_was_not_sent() {
    let p = Project::with_local_mirror();
    p.bundle();
    let run = push(&p, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = crate::schemas::conforms("push", &run);
    assert!(report.get("warnings").is_none(), "{report}");
    p.write(
        "content/signatories.txt",
        &(p.read("content/signatories.txt") + "Someone New\n"),
    );
    let run = push(&p, &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report = crate::schemas::conforms("push", &run);
    let warning = report["warnings"][0].as_str().unwrap_or_default();
    assert!(
        warning.starts_with("content/signatories.txt changed after dist was bundled")
            && warning.contains("`mirrorcast publish`"),
        "{report}"
    );
    let text = p.run(&["push", "--publisher-key", "ci.pub"]);
    assert!(
        text.stderr
            .contains("warning: content/signatories.txt changed after dist was bundled"),
        "{}",
        text.stderr
    );
}
