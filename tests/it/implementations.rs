//! The push and verify suite against every implementation of each protocol a volunteer may
//! run: WebDAV on nginx, Apache httpd (mod_dav, Debian's stock configuration, DirectoryIndex
//! included) and `rclone serve webdav`; SFTP on OpenSSH, OpenSSH chrooted with
//! `internal-sftp`, and `rclone serve sftp`; readers' GET through nginx and Apache.
//!
//! Each mirror starts as a folder that does not exist yet, two levels deep: push makes it.
//! Then the releases of `hostile::push_transitions` go in one after the other (files and
//! folders trading places, names ending in the old staging suffix), each with four files at a
//! time, and after each the files on the server's disk must be exactly the release.

use std::path::{Path, PathBuf};

use crate::hostile::{holds_genuine, push_transitions};
use crate::servers::Server;
use crate::support::{Project, Run};

const USER: &str = "organiser";
const PASSWORD: &str = "dav-pass-31";

/// `push`, four files at a time, with the WebDAV password in its variable.
fn push(p: &Project) -> Run {
    push_with(p, &[("DAV_PASSWORD", PASSWORD)])
}

/// `push`, four files at a time, with these environment variables.
fn push_with(p: &Project, vars: &[(&str, &str)]) -> Run {
    let mut c = p.cmd(&[
        "push",
        "--json",
        "--publisher-key",
        "ci.pub",
        "--file-jobs",
        "4",
    ]);
    c.envs(vars.iter().copied());
    Run::from(c.output().expect("push"))
}

/// A project pushing to the WebDAV server `server` at `/deep/letter/`, readers' address the
/// same folder.
fn webdav_project(server: &Server) -> Project {
    let p = Project::new();
    p.keygen();
    let base = format!("http://127.0.0.1:{}/deep/letter/", server.port);
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"dav\"\nurls = [\"{base}\"]\n[mirror.webdav]\nendpoint = \"{base}\"\nusername = \"{USER}\"\npassword-env = \"DAV_PASSWORD\"\n"
        ),
    );
    p
}

/// Push every release of the transitions to `server`, checking its disk after each.
fn webdav_transitions(server: &Server) -> Project {
    let p = webdav_project(server);
    let site = server.root().join("deep/letter");
    push_transitions(&p, &push, &|p| holds_genuine(p, &site));
    p
}

/// Readers' GET of the pushed site: `verify` says ok, then, with a byte changed on the
/// server's disk, tampered.
fn readers_see_it_and_tampering_shows(p: &Project, server: &Server) {
    let url = format!("http://127.0.0.1:{}/deep/letter/", server.port);
    let verify = || {
        p.run(&[
            "verify",
            "--json",
            "--publisher-key",
            "ci.pub",
            "--url",
            &url,
        ])
    };
    let run = verify();
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let index = server.root().join("deep/letter/index.html");
    let mut bytes = std::fs::read(&index).expect("index");
    bytes[100] ^= 1;
    std::fs::write(&index, bytes).expect("tamper");
    let run = verify();
    assert_eq!(run.code, 1, "{}", run.stdout);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).expect("json");
    let copy = report["copies"]
        .as_array()
        .and_then(|c| c.iter().find(|c| c["url"] == url.as_str()))
        .expect("the copy");
    assert_eq!(copy["status"], "tampered", "{copy}");
}

#[test]
fn webdav_on_nginx() {
    let server = crate::servers::webdav(USER, PASSWORD);
    let p = webdav_transitions(&server);
    readers_see_it_and_tampering_shows(&p, &server);
}

#[test]
fn webdav_on_apache_with_debians_stock_configuration() {
    let server = crate::servers::apache_webdav(USER, PASSWORD);
    let p = webdav_transitions(&server);
    // Apache's DirectoryIndex answers a PROPFIND of a folder holding index.html with 405, and
    // concurrent MKCOLs of one folder with 403: push sends neither.
    let log = server.access_log();
    let refused: Vec<_> = log
        .iter()
        .filter(|r| r.status == "403" || (r.method != "PROPFIND" && r.status == "405"))
        .filter(|r| !(r.method == "MKCOL" && r.status == "405"))
        .collect();
    assert!(refused.is_empty(), "{refused:?}");
    readers_see_it_and_tampering_shows(&p, &server);
}

#[test]
fn webdav_on_rclone() {
    let server = crate::servers::rclone_webdav(USER, PASSWORD);
    webdav_transitions(&server);
}

/// A project pushing over SFTP to `path` on `server` (`known` is the server's key line).
fn sftp_project(server: &Server, path: &str) -> Project {
    let p = Project::new();
    p.keygen();
    p.write("known_hosts", &server.known_hosts_line());
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"ssh-box\"\nurls = [\"https://ssh.example/\"]\n[mirror.sftp]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"root\"\npath = \"{path}\"\nkey-file = \"{}\"\nknown-hosts = \"known_hosts\"\n",
            server.port,
            server.client_key().display(),
        ),
    );
    p
}

/// Push every release of the transitions over SFTP to `path`, which is `disk` on the
/// server's disk.
fn sftp_transitions(server: &Server, path: &str, disk: &Path) {
    let p = sftp_project(server, path);
    assert!(!disk.exists());
    push_transitions(&p, &push, &|p| holds_genuine(p, disk));
}

#[test]
fn sftp_on_openssh() {
    let server = crate::servers::sftp();
    let disk: PathBuf = server.dir.path().join("www/deep/letter");
    sftp_transitions(&server, &disk.display().to_string(), &disk);
}

#[test]
fn sftp_on_openssh_chrooted_internal_sftp() {
    let (server, chroot) = crate::servers::sftp_chroot();
    sftp_transitions(&server, "/deep/letter", &chroot.path().join("deep/letter"));
}

#[test]
fn sftp_on_rclone() {
    let server = crate::servers::rclone_sftp();
    sftp_transitions(&server, "/deep/letter", &server.root().join("deep/letter"));
}

/// On an SFTP server, links planted in the site's folder: nothing is written or deleted
/// through them, and the push says which link stopped it.
#[test]
fn sftp_links_on_the_server_are_never_followed() {
    let server = crate::servers::sftp();
    let site = server.dir.path().join("www");
    std::fs::create_dir_all(&site).expect("mkdir");
    let p = sftp_project(&server, &site.display().to_string());
    p.write("content/files/old-leaflet.txt", "release 1 only\n");
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    // A folder of the release made a link to elsewhere on the server, and the folder of a
    // file the release drops too.
    let outside = server.dir.path().join("outside");
    let elsewhere = server.dir.path().join("elsewhere");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::create_dir_all(&elsewhere).expect("mkdir");
    std::fs::write(elsewhere.join("old-leaflet.txt"), "someone's file\n").expect("write");
    std::fs::remove_dir_all(site.join("en")).expect("rm");
    crate::support::symlink(&outside, site.join("en"));
    std::fs::remove_dir_all(site.join("files")).expect("rm");
    crate::support::symlink(&elsewhere, site.join("files"));
    std::fs::remove_file(p.path().join("content/files/old-leaflet.txt")).expect("rm");
    p.next_release(2);
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let error = crate::push::mirror(&crate::push::json(&run), "ssh-box")["error"].to_string();
    assert!(error.contains("link"), "{error}");
    assert_eq!(
        std::fs::read_dir(&outside).expect("outside").count(),
        0,
        "written through the link"
    );
    assert_eq!(
        std::fs::read_to_string(elsewhere.join("old-leaflet.txt")).expect("elsewhere"),
        "someone's file\n"
    );
}

/// S3 (Garage) through every release of the transitions: each time the bucket's website
/// serves exactly the release, and the bucket holds nothing else of ours.
#[test]
fn s3_on_garage_through_files_and_folders_trading_places() {
    let g = crate::servers::garage();
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"garage\"\nurls = [\"https://letter.example/\"]\n[mirror.s3]\nendpoint = \"http://127.0.0.1:{}\"\nbucket = \"{}\"\nregion = \"garage\"\naccess-key-id-env = \"S3_KEY\"\nsecret-access-key-env = \"S3_SECRET\"\n",
            g.s3_port, g.bucket
        ),
    );
    let push = |p: &Project| push_with(p, &[("S3_KEY", g.key_id), ("S3_SECRET", g.secret)]);
    push_transitions(&p, &push, &|p| {
        let dist = crate::support::tree(&p.path().join("dist"));
        for (path, bytes) in &dist {
            let (status, body) = g.web_get(path);
            if (status, &body) != (200, bytes) {
                return Err(format!("{path}: HTTP {status}, {} bytes", body.len()));
            }
        }
        let mut keys = g.keys("");
        keys.sort();
        let want: Vec<String> = dist.keys().cloned().collect();
        if keys != want {
            return Err(format!("the bucket holds {keys:?}, the release {want:?}"));
        }
        Ok(())
    });
}

/// A swap the server refuses halfway (Apache forbids one new file's place) is undone: the
/// mirror holds its previous release whole, someone's file where the new release would have
/// put one is back, and no staged file is left.
#[test]
fn a_swap_the_server_refuses_halfway_is_undone() {
    let server = crate::servers::apache_webdav_with(
        USER,
        PASSWORD,
        "<Location \"/deep/letter/files/refused.txt\">\n  <LimitExcept GET HEAD OPTIONS>\n    Require all denied\n  </LimitExcept>\n</Location>",
    );
    let p = webdav_project(&server);
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let site = server.root().join("deep/letter");
    let release_1 = crate::support::tree(&site);
    // Someone's file stands where release 2 puts one of its own.
    let theirs = site.join("files/robots.txt");
    std::fs::create_dir_all(theirs.parent().expect("parent")).expect("mkdir");
    std::fs::write(&theirs, "someone's robots.txt\n").expect("write");
    p.write("content/files/robots.txt", "the release's robots.txt\n");
    p.write(
        "content/files/refused.txt",
        "the server will not take this\n",
    );
    p.next_release(2);
    p.bundle();
    let run = push(&p);
    assert_eq!(run.code, 1, "{}\n{}", run.stdout, run.stderr);
    let error = crate::push::mirror(&crate::push::json(&run), "dav")["error"].to_string();
    assert!(error.contains("403") && error.contains("undone"), "{error}");
    let mut now = crate::support::tree(&site);
    assert_eq!(
        now.remove("files/robots.txt").as_deref(),
        Some(&b"someone's robots.txt\n"[..])
    );
    assert_eq!(now, release_1, "the mirror does not hold release 1 whole");
}
