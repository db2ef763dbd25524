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

/// A project with a key, and a new store in a folder of its own.
fn fresh() -> (Project, TrustedKey, tempfile::TempDir, Store) {
    let p = Project::new();
    p.keygen();
    let key = key(&p);
    let store_dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(store_dir.path()).expect("a new store");
    (p, key, store_dir, store)
}

fn now() -> jiff::Timestamp {
    jiff::Timestamp::now()
}

#[test]
fn only_genuine_newer_releases_are_switched_in_whole() {
    let (p, key, store_dir, store) = fresh();
    assert!(store.current().expect("current").is_none());

    let r1 = p.keep_release(1);
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
    let r2 = p.keep_release(2);
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

    // A tampered release 3: refused, release 2 still served. (A tampered file the store already
    // holds with the signed hash is never read from the bundle: it is linked, genuine.)
    let r3 = p.keep_release(3);
    let page = r3.join("en/signatories/1.html");
    let mut bytes = std::fs::read(&page).unwrap();
    bytes[100] ^= 1;
    std::fs::write(&page, bytes).unwrap();
    let e = store.install(&r3, &key, now()).unwrap_err().to_string();
    assert!(
        e.contains("not a genuine release") && e.contains("en/signatories/1.html"),
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
    let r4 = p.keep_release(4);
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
    let r5 = p.keep_release(5);
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

#[test]
fn a_release_received_by_hash_goes_in_only_whole_and_as_signed() {
    use mirrorcast::store::{BlobError, Refusal, Signed};
    let (p, key, store_dir, store) = fresh();
    let r1 = p.keep_release(1);
    let signed = Signed::read(&mirrorcast::tree::Root::open(&r1).unwrap()).expect("signed files");
    let manifest = store.admit(&signed, &key, now()).expect("admitted");
    let wanted = store.wanted(&manifest).expect("wanted");
    assert_eq!(wanted.len(), manifest.files.len());
    assert!(wanted.iter().all(|w| w.have == 0));

    // Not everything received: no commit, nothing served.
    let e = store.commit(&signed, &key, now()).unwrap_err();
    assert!(
        matches!(&e, Refusal::Missing(m) if m.len() == wanted.len()),
        "{e}"
    );
    assert!(store.current().unwrap().is_none());

    let by_hash = |sha: &str| {
        let f = manifest.files.iter().find(|f| f.sha256 == sha).unwrap();
        std::fs::read(r1.join(&f.path)).unwrap()
    };
    for (i, w) in wanted.iter().enumerate() {
        let bytes = by_hash(&w.sha256);
        if i == 0 {
            // Wrong bytes: refused and dropped.
            let mut wrong = bytes.clone();
            wrong[0] ^= 1;
            let mut r = store.receive(&w.sha256, w.size, 0).unwrap();
            r.write(&wrong).unwrap();
            assert!(matches!(
                store.received(r),
                Err(BlobError::WrongHash { .. })
            ));
            // Half, cut off, then the rest from where it ended.
            let half = bytes.len() / 2;
            let mut r = store.receive(&w.sha256, w.size, 0).unwrap();
            r.write(&bytes[..half]).unwrap();
            assert!(matches!(store.received(r), Err(BlobError::Short { .. })));
            let again = store.wanted(&manifest).unwrap();
            assert_eq!(again[0].have, half as u64);
            assert!(matches!(
                store.receive(&w.sha256, w.size, 1),
                Err(BlobError::WrongOffset { .. })
            ));
            let mut r = store.receive(&w.sha256, w.size, half as u64).unwrap();
            // More than signed: refused as it arrives.
            assert!(matches!(
                r.write(&[bytes.clone(), vec![0]].concat()[half..]),
                Err(BlobError::TooLarge { .. })
            ));
            r.write(&bytes[half..]).unwrap();
            store.received(r).expect("the rest");
        } else {
            let mut r = store.receive(&w.sha256, w.size, 0).unwrap();
            r.write(&bytes).unwrap();
            store.received(r).expect("received");
        }
    }
    assert!(store.wanted(&manifest).unwrap().is_empty());
    let current = store.commit(&signed, &key, now()).expect("committed");
    assert_eq!(current.manifest.release, 1);
    assert_eq!(
        std::fs::read(store_dir.path().join("current/en/index.html")).unwrap(),
        std::fs::read(r1.join("en/index.html")).unwrap()
    );
    // Received files now live in the release only.
    let incoming = std::fs::read_dir(store_dir.path().join("incoming"))
        .unwrap()
        .count();
    assert_eq!(incoming, 0);
    // The same release again: not newer.
    let e = store.commit(&signed, &key, now()).unwrap_err();
    assert!(
        matches!(
            e,
            Refusal::NotNewer {
                offered: 1,
                served: 1
            }
        ),
        "{e}"
    );
}

#[test]
fn files_received_for_a_release_never_committed_go_after_a_day() {
    let store_dir = tempfile::tempdir().expect("temp dir");
    drop(Store::open(store_dir.path()).expect("a new store"));
    let incoming = store_dir.path().join("incoming");
    let (old, fresh) = (
        incoming.join("a".repeat(64)),
        incoming.join(format!(".part-{}", "b".repeat(64))),
    );
    std::fs::write(&old, "abandoned").unwrap();
    std::fs::write(&fresh, "still arriving").unwrap();
    let touched = std::process::Command::new("touch")
        .args(["-d", "2 days ago"])
        .arg(&old)
        .status()
        .unwrap();
    assert!(touched.success());
    drop(Store::open(store_dir.path()).expect("reopens"));
    assert!(!old.exists());
    assert!(fresh.exists());
}

#[test]
fn a_bundle_with_a_link_in_it_is_never_installed() {
    let (p, key, _store_dir, store) = fresh();
    let r1 = p.keep_release(1);
    // A page replaced by a link to a file outside the bundle with the same bytes: genuine
    // content, but reached through a link, so it is never read.
    let outside = tempfile::tempdir().expect("temp dir");
    let page = r1.join("en/letter.txt");
    std::fs::copy(&page, outside.path().join("letter.txt")).unwrap();
    std::fs::remove_file(&page).unwrap();
    crate::support::symlink(outside.path().join("letter.txt"), &page);
    let e = store.install(&r1, &key, now()).unwrap_err().to_string();
    assert!(e.contains("en/letter.txt"), "{e}");
    assert!(store.current().unwrap().is_none());
    // And a link in place of a folder on the way.
    let r2 = p.keep_release(2);
    let en = r2.join("en");
    std::fs::rename(&en, outside.path().join("en")).unwrap();
    crate::support::symlink(outside.path().join("en"), &en);
    let e = store.install(&r2, &key, now()).unwrap_err().to_string();
    assert!(e.contains("en/"), "{e}");
    assert!(store.current().unwrap().is_none());
}
