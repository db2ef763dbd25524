//! A mirror under load and under `kill -9`: every answer is one whole file of one release, and
//! a daemon killed at any moment of an update comes back serving the old or the new release
//! whole, with nothing half-made left behind.

use std::collections::{HashMap, HashSet};
use std::io::{Read as _, Write as _};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

use crate::serve::Serving;
use crate::support::{Project, Run, copy_dir, free_port};

/// Releases 1..=n of a project, bundled into `release-N`.
fn releases(p: &Project, n: u64) {
    for i in 1..=n {
        p.keep_release(i);
    }
}

/// Make `dist` the bundle of release `n` and push it to the mirrors in mirrors.toml.
fn push_release(p: &Project, n: u64) -> Run {
    let _ = std::fs::remove_dir_all(p.path().join("dist"));
    copy_dir(
        &p.path().join(format!("release-{n}")),
        &p.path().join("dist"),
    );
    p.run(&["push", "--json", "--publisher-key", "ci.pub"])
}

fn manifest_of(dir: &std::path::Path) -> mirrorcast::release::manifest::Manifest {
    mirrorcast::release::manifest::Manifest::parse(
        &std::fs::read(dir.join("manifest.json")).unwrap(),
    )
    .unwrap()
}

/// GET `path` over a plain HTTP/1.1 connection: status, ETag and body.
fn get(port: u16, path: &str) -> std::io::Result<(u16, String, Vec<u8>)> {
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port))?;
    s.set_read_timeout(Some(Duration::from_secs(20)))?;
    write!(
        s,
        "GET /{path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )?;
    let mut all = Vec::new();
    s.read_to_end(&mut all)?;
    let split = all
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .ok_or_else(|| std::io::Error::other("no header end"))?;
    let head = String::from_utf8_lossy(&all[..split]).to_ascii_lowercase();
    let status = head
        .split(' ')
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let etag = head
        .lines()
        .find_map(|l| l.strip_prefix("etag: "))
        .unwrap_or_default()
        .trim_matches('"')
        .to_string();
    Ok((status, etag, all[split + 4..].to_vec()))
}

#[test]
fn two_hundred_readers_while_releases_swap_each_get_one_whole_file_of_one_release() {
    let p = Project::new();
    p.keygen();
    releases(&p, 5);
    let d = Serving::start(&p, "mirror", &["--install", "release-1"]);
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"m\"\nurls = [\"{0}\"]\n[mirror.mirrorcast]\nendpoint = \"{0}\"\n",
            d.base()
        ),
    );
    // Every (path, hash) any release signs.
    let mut signed: HashMap<String, HashSet<String>> = HashMap::new();
    for n in 1..=5 {
        for f in manifest_of(&p.path().join(format!("release-{n}"))).files {
            signed.entry(f.path).or_default().insert(f.sha256);
        }
    }
    let paths: Vec<String> = signed.keys().cloned().collect();
    let signed = Arc::new(signed);
    let stop = Arc::new(AtomicBool::new(false));
    let answers = Arc::new(AtomicU64::new(0));
    let port = d.port;
    let readers: Vec<_> = (0..200)
        .map(|i| {
            let (signed, stop, answers, paths) =
                (signed.clone(), stop.clone(), answers.clone(), paths.clone());
            std::thread::spawn(move || -> Result<(), String> {
                let mut k = i;
                while !stop.load(Ordering::Relaxed) {
                    let path = &paths[k % paths.len()];
                    k += 7;
                    let (status, etag, body) = match get(port, path) {
                        Ok(answer) => answer,
                        // The machine ran out of something for a moment: not an answer.
                        Err(_) => continue,
                    };
                    if status != 200 {
                        return Err(format!("{path}: HTTP {status}"));
                    }
                    let sha = mirrorcast::hash::sha256_hex(&body);
                    if sha != etag || !signed[path].contains(&sha) {
                        return Err(format!(
                            "{path}: {} bytes, not a signed version",
                            body.len()
                        ));
                    }
                    answers.fetch_add(1, Ordering::Relaxed);
                }
                Ok(())
            })
        })
        .collect();
    for n in 2..=5 {
        let run = push_release(&p, n);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert_eq!(d.release(), Some(n));
    }
    std::thread::sleep(Duration::from_millis(300));
    stop.store(true, Ordering::Relaxed);
    for r in readers {
        r.join()
            .expect("reader")
            .expect("every answer whole and signed");
    }
    assert!(
        answers.load(Ordering::Relaxed) > 200,
        "too few answers to mean anything"
    );
}

/// What the store at `root` serves after a restart, checked whole by `check`: its release.
fn served_whole(p: &Project, root: &str) -> u64 {
    let current = p.path().join(root).join("current");
    let run = p.run(&[
        "check",
        "--json",
        "--publisher-key",
        "ci.pub",
        &current.display().to_string(),
    ]);
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["genuine"], true, "{report}");
    let partial: Vec<String> = std::fs::read_dir(p.path().join(root).join("releases"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(partial.is_empty(), "left half-made: {partial:?}");
    report["release"].as_u64().unwrap()
}

/// A pseudo-random delay in 0..max ms, different each call.
fn moment(seed: &mut u64, max: u64) -> Duration {
    *seed ^= *seed << 13;
    *seed ^= *seed >> 7;
    *seed ^= *seed << 17;
    Duration::from_millis(*seed % max)
}

#[test]
fn killed_at_any_moment_of_a_push_or_a_follow_it_serves_one_whole_release() {
    let p = Project::new();
    p.keygen();
    // A large attachment, so an update takes long enough to be killed in the middle.
    let big: Vec<u8> = (0..24u32 << 20)
        .map(|i| (i.wrapping_mul(2654435761) >> 24) as u8)
        .collect();
    std::fs::create_dir_all(p.path().join("content/files")).unwrap();
    std::fs::write(p.path().join("content/files/archive.bin"), &big).unwrap();
    let rounds = 6u64;
    p.keep_release(1);
    for n in 2..=rounds + 1 {
        // Each release changes the attachment, so each update moves it whole.
        let mut next = big.clone();
        next[0] = n as u8;
        std::fs::write(p.path().join("content/files/archive.bin"), &next).unwrap();
        p.keep_release(n);
    }
    let mut seed = 0x9e37_79b9_7f4a_7c15u64 ^ std::process::id() as u64;

    // Pushes.
    let port = free_port();
    let mut d = Serving::start_on(&p, "pushed", port, &["--install", "release-1"]);
    p.write(
        "mirrors.toml",
        &format!(
            "[[mirror]]\nname = \"m\"\nurls = [\"{0}\"]\n[mirror.mirrorcast]\nendpoint = \"{0}\"\n",
            d.base()
        ),
    );
    let mut served = 1;
    for n in 2..=rounds + 1 {
        let _ = std::fs::remove_dir_all(p.path().join("dist"));
        copy_dir(
            &p.path().join(format!("release-{n}")),
            &p.path().join("dist"),
        );
        let mut push = p
            .cmd(&["push", "--json", "--publisher-key", "ci.pub"])
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .expect("push");
        std::thread::sleep(moment(&mut seed, 1500));
        let mut child = d.child.take().expect("running");
        let _ = child.kill();
        let _ = child.wait();
        let _ = push.kill();
        let _ = push.wait();
        d = Serving::start_on(&p, "pushed", port, &[]);
        let now = served_whole(&p, "pushed");
        assert!(
            now == served || now == n,
            "release {now} after killing the update {served} → {n}"
        );
        eprintln!("push {served} → {n} killed: serves {now}");
        assert_eq!(d.release(), Some(now));
        served = now;
    }
    // And a push after all that completes.
    let run = p.run(&["push", "--json", "--publisher-key", "ci.pub"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert_eq!(served_whole(&p, "pushed"), rounds + 1);

    // Follow updates: a follower killed while it fetches from the origin.
    drop(d);
    let origin_port = free_port();
    let mut origin = Serving::start_on(&p, "origin", origin_port, &["--install", "release-1"]);
    let follow_port = free_port();
    let origin_url = origin.base();
    let follow = ["--follow", origin_url.as_str(), "--every", "1s"];
    let mut follower = Serving::start_on(&p, "follower", follow_port, &follow);
    let deadline = Instant::now() + Duration::from_secs(60);
    while follower.release() != Some(1) {
        assert!(
            Instant::now() < deadline,
            "the follower never took release 1"
        );
        std::thread::sleep(Duration::from_millis(100));
    }
    let mut served = 1;
    for n in 2..=rounds + 1 {
        drop(origin);
        origin = Serving::start_on(
            &p,
            "origin",
            origin_port,
            &["--install", &format!("release-{n}")],
        );
        // Started again only once the origin offers n: a follower started while it still
        // offered n - 1 could take that first, and the round would not be n - 1 → n.
        if follower.child.is_none() {
            follower = Serving::start_on(&p, "follower", follow_port, &follow);
        }
        std::thread::sleep(moment(&mut seed, 2500));
        let mut child = follower.child.take().expect("running");
        let _ = child.kill();
        let _ = child.wait();
        // A release killed while it was assembled is left in a partial folder, which the next
        // start removes before serving. Opening the store is that start (the push rounds above
        // check the daemon's own), and no follower runs now to start a new one meanwhile.
        mirrorcast::store::Store::open(&p.path().join("follower")).expect("the store opens");
        let now = served_whole(&p, "follower");
        assert!(
            now == served || now == n,
            "release {now} after killing the follow {served} → {n}"
        );
        eprintln!("follow {served} → {n} killed: serves {now}");
        served = now;
    }
    follower = Serving::start_on(&p, "follower", follow_port, &follow);
    let deadline = Instant::now() + Duration::from_secs(60);
    while follower.release() != Some(rounds + 1) {
        assert!(Instant::now() < deadline, "the follower never caught up");
        std::thread::sleep(Duration::from_millis(200));
    }
    assert_eq!(served_whole(&p, "follower"), rounds + 1);
}
