//! A property: any release followed by any other (files and folders appearing, disappearing,
//! trading places, non-ASCII names), pushed to a directory mirror and an SFTP mirror, leaves
//! each mirror holding exactly the second release, and nothing outside the mirrors touched.

use std::collections::BTreeMap;

use proptest::prelude::*;

use crate::support::{Project, tree};

/// Names of path components: non-ASCII, spaces, and names that are prefixes of others.
const PARTS: [&str; 7] = ["a", "b", "ж", "é", "日本", "x y", "a.b"];

/// A release's attachments: up to six files under `files/`, none of them also a folder.
fn release() -> impl Strategy<Value = BTreeMap<String, String>> {
    let path = prop::collection::vec(prop::sample::select(&PARTS[..]), 1..=3)
        .prop_map(|parts| parts.join("/"));
    prop::collection::btree_map(path, "[a-z ]{0,12}", 0..=6).prop_map(|files| {
        let paths: Vec<String> = files.keys().cloned().collect();
        files
            .into_iter()
            .filter(|(p, _)| !paths.iter().any(|q| q.starts_with(&format!("{p}/"))))
            .collect()
    })
}

fn bundle(p: &Project, release: u64, files: &BTreeMap<String, String>) {
    let _ = std::fs::remove_dir_all(p.path().join("content/files"));
    for (path, text) in files {
        p.write(&format!("content/files/{path}"), text);
    }
    p.set_release(release);
    p.bundle();
}

#[test]
fn any_release_after_any_other_leaves_each_mirror_genuine() {
    let server = crate::servers::sftp();
    let outside = server.dir.path().join("outside");
    std::fs::create_dir_all(&outside).expect("mkdir");
    std::fs::write(outside.join("keep.txt"), "not the mirror's\n").expect("write");
    let server_before = tree(&outside);
    let case = std::sync::atomic::AtomicUsize::new(0);
    let config = ProptestConfig {
        cases: 16,
        failure_persistence: None,
        ..ProptestConfig::default()
    };
    proptest!(config, |(first in release(), second in release())| {
        let case = case.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        let p = Project::new();
        p.keygen();
        let sftp_dir = server.dir.path().join(format!("www-{case}"));
        let known = p.path().join("known_hosts");
        std::fs::write(&known, server.known_hosts_line()).expect("known_hosts");
        p.write(
            "mirrors.toml",
            &format!(
                "[[mirror]]\nname = \"usb\"\nurls = [\"https://usb.example/\"]\n[mirror.dir]\npath = \"mirror-usb\"\n\n[[mirror]]\nname = \"ssh\"\nurls = [\"https://ssh.example/\"]\n[mirror.sftp]\nhost = \"127.0.0.1\"\nport = {}\nuser = \"root\"\npath = \"{}\"\nkey-file = \"{}\"\nknown-hosts = \"known_hosts\"\n",
                server.port,
                sftp_dir.display(),
                server.client_key().display()
            ),
        );
        std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
        p.write("beside/keep.txt", "beside the mirror\n");
        for (n, files) in [(1, &first), (2, &second)] {
            bundle(&p, n, files);
            let run = p.run(&["push", "--publisher-key", "ci.pub"]);
            prop_assert_eq!(run.code, 0, "release {}: {}\n{}", n, run.stdout, run.stderr);
            let dist = tree(&p.path().join("dist"));
            prop_assert_eq!(&tree(&p.path().join("mirror-usb")), &dist, "the directory mirror, release {}", n);
            prop_assert_eq!(&tree(&sftp_dir), &dist, "the SFTP mirror, release {}", n);
            let check = p.run(&["check", "mirror-usb", "--publisher-key", "ci.pub"]);
            prop_assert_eq!(check.code, 0, "{}", check.stdout);
        }
        prop_assert_eq!(p.read("beside/keep.txt"), "beside the mirror\n");
        prop_assert_eq!(&tree(&outside), &server_before);
    });
}
