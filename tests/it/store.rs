//! The mirror daemon's release store: installs only genuine, newer releases of its site, switches
//! them in whole, shares unchanged files with the release before, and cleans up after a crash.

use std::os::unix::fs::MetadataExt as _;
use std::path::Path;

use mirrorcast::release::check::{TrustedKey, public_key_arg};
use mirrorcast::store::Store;

use crate::support::{Project, copy_dir};

fn key(p: &Project) -> TrustedKey {
    TrustedKey {
        key: public_key_arg(&p.path().join("ci.pub").display().to_string()).expect("ci.pub"),
        source: "test".into(),
    }
}

fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

/// Release `n` of `p`, bundled and kept in `release-N`.
fn release(p: &Project, n: u64) -> std::path::PathBuf {
    if n > 1 {
        p.next_release(n);
    }
    p.bundle();
    let kept = p.path().join(format!("release-{n}"));
    copy_dir(&p.path().join("dist"), &kept);
    kept
}

#[test]
fn only_genuine_newer_releases_are_switched_in_whole() {
    let p = Project::new();
    p.keygen();
    let key = key(&p);
    let store_dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(store_dir.path()).expect("a new store");
    assert!(store.current().expect("current").is_none());

    let r1 = release(&p, 1);
    let one = store.install(&r1, &key, now()).expect("release 1 installs");
    assert_eq!(one.manifest.release, 1);
    let current = store_dir.path().join("current");
    assert!(
        std::fs::symlink_metadata(&current)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    for f in [
        "manifest.json",
        "manifest.json.minisig",
        "SHA256SUMS",
        "en/index.html",
    ] {
        assert_eq!(
            std::fs::read(current.join(f)).unwrap(),
            std::fs::read(r1.join(f)).unwrap(),
            "{f}"
        );
    }

    // The same release again, and an older one: refused, naming both numbers.
    let e = store.install(&r1, &key, now()).unwrap_err().to_string();
    assert!(e.contains("release 1 is not newer than release 1"), "{e}");

    // Release 2: in whole, unchanged files shared with release 1 (the same inode).
    let r2 = release(&p, 2);
    let two = store.install(&r2, &key, now()).expect("release 2 installs");
    assert_eq!(store.current().unwrap().unwrap().manifest.release, 2);
    let inode = |dir: &Path, f: &str| {
        std::fs::metadata(store_dir.path().join(dir).join(f))
            .unwrap()
            .ino()
    };
    assert_eq!(
        inode(&one.dir, "en/index.html"),
        inode(&two.dir, "en/index.html")
    );
    assert_ne!(
        inode(&one.dir, "en/signatories/1.html"),
        inode(&two.dir, "en/signatories/1.html")
    );
    let e = store.install(&r1, &key, now()).unwrap_err().to_string();
    assert!(e.contains("release 1 is not newer than release 2"), "{e}");

    // A tampered release 3: refused, release 2 still served.
    let r3 = release(&p, 3);
    let page = r3.join("en/index.html");
    let mut bytes = std::fs::read(&page).unwrap();
    bytes[100] ^= 1;
    std::fs::write(&page, bytes).unwrap();
    let e = store.install(&r3, &key, now()).unwrap_err().to_string();
    assert!(
        e.contains("not a genuine release") && e.contains("en/index.html"),
        "{e}"
    );
    assert_eq!(store.current().unwrap().unwrap().manifest.release, 2);

    // Signed by another key: refused.
    let other = Project::new();
    copy_dir(&p.path().join("content"), &other.path().join("content"));
    other.keygen();
    other.next_release(9);
    other.bundle();
    let e = store
        .install(&other.path().join("dist"), &key, now())
        .unwrap_err()
        .to_string();
    assert!(e.contains("not a genuine release"), "{e}");

    // Expired by the time it would be installed: refused.
    let r4 = release(&p, 4);
    let later = now() + jiff::SignedDuration::from_hours(24 * 400);
    let e = store.install(&r4, &key, later).unwrap_err().to_string();
    assert!(e.contains("expired"), "{e}");

    // What a crash mid-install leaves is gone at the next start; the release served stays.
    std::fs::create_dir_all(store_dir.path().join("releases/.partial-9-abc/en")).unwrap();
    std::fs::write(
        store_dir.path().join("releases/.partial-9-abc/en/x"),
        "half",
    )
    .unwrap();
    let store = Store::open(store_dir.path()).expect("reopens");
    assert!(!store_dir.path().join("releases/.partial-9-abc").exists());
    assert_eq!(store.current().unwrap().unwrap().manifest.release, 2);

    // The served release and the two before it are kept, no more.
    store.install(&r4, &key, now()).expect("release 4");
    let r5 = release(&p, 5);
    store.install(&r5, &key, now()).expect("release 5");
    let mut kept: Vec<String> = std::fs::read_dir(store_dir.path().join("releases"))
        .unwrap()
        .map(|e| {
            e.unwrap()
                .file_name()
                .to_string_lossy()
                .split('-')
                .next()
                .unwrap()
                .to_string()
        })
        .collect();
    kept.sort();
    assert_eq!(kept, ["2", "4", "5"]);
}

#[test]
fn a_planted_link_in_the_store_is_never_followed() {
    let store_dir = tempfile::tempdir().expect("temp dir");
    let elsewhere = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir_all(elsewhere.path().join(".partial-1-x")).unwrap();
    crate::support::symlink(elsewhere.path(), store_dir.path().join("releases"));
    assert!(Store::open(store_dir.path()).is_err());
    // Nothing was removed through the link.
    assert!(elsewhere.path().join(".partial-1-x").is_dir());
}
