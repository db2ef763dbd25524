//! A throwaway project directory and a way to run the binary in it with a clean environment.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub const BIN: &str = env!("CARGO_BIN_EXE_mirrorcast");

/// The shipped content, so tests build what users get.
pub fn shipped_content() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("content")
}

pub struct Project {
    pub dir: tempfile::TempDir,
}

impl Project {
    /// A project with a copy of the shipped content, an empty mirror list and an unencrypted key.
    pub fn new() -> Self {
        let p = Self::empty();
        copy_dir(&shipped_content(), &p.path().join("content"));
        p.write("mirrors.toml", "");
        p
    }

    /// [`Project::new`] with the `ci` key pair and one local mirror, "usb" in `mirror-usb/`
    /// (the folder made, as a mounted drive's is).
    pub fn with_local_mirror() -> Self {
        let p = Self::new();
        p.keygen();
        p.write(
            "mirrors.toml",
            "[[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"mirror-usb\"\n",
        );
        std::fs::create_dir_all(p.path().join("mirror-usb")).expect("mkdir");
        p
    }

    pub fn empty() -> Self {
        Project {
            dir: tempfile::tempdir().expect("temp dir"),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    pub fn write(&self, rel: &str, text: &str) {
        let path = self.path().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    pub fn read(&self, rel: &str) -> String {
        std::fs::read_to_string(self.path().join(rel)).unwrap()
    }

    /// `mirrorcast ARGS` in this project, with no inherited mirrorcast settings and no terminal.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args);
        self.clean(c)
    }

    /// `sh -c SCRIPT` in this project, with `$0` the mirrorcast binary and the same clean
    /// environment as [`Project::cmd`].
    pub fn sh(&self, script: &str) -> Command {
        let mut c = Command::new("sh");
        c.args(["-c", script, BIN]);
        self.clean(c)
    }

    fn clean(&self, mut c: Command) -> Command {
        c.current_dir(self.path())
            .env("HOME", self.path())
            .env("CI", "true")
            .env_remove("MIRRORCAST_SECRET_KEY")
            .env_remove("MIRRORCAST_KEY_PASSWORD")
            .env_remove("MIRRORCAST_CONTENT")
            .env_remove("MIRRORCAST_MIRRORS")
            .env_remove("MIRRORCAST_PUBLISHER_KEY")
            .env_remove("MIRRORCAST_SERVE_ROOT")
            .env_remove("MIRRORCAST_SERVE_LISTEN")
            .env_remove("SOURCE_DATE_EPOCH")
            .env_remove("IPFS_API")
            .env_remove("IPFS_API_TOKEN")
            // clap wraps help at $COLUMNS when output is not a terminal: the snapshots must not
            // depend on the window CI runs in.
            .env_remove("COLUMNS")
            .env_remove("IPFS_API_USERNAME")
            .env_remove("IPFS_API_PASSWORD")
            .stdin(std::process::Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args).output().expect("run mirrorcast"))
    }

    /// Run and require exit 0.
    pub fn ok(&self, args: &[&str]) -> Run {
        let r = self.run(args);
        assert_eq!(
            r.code, 0,
            "mirrorcast {args:?} failed:\n{}{}",
            r.stdout, r.stderr
        );
        r
    }

    /// Make an unencrypted key pair `ci.key`/`ci.pub` and return the public key line.
    pub fn keygen(&self) -> String {
        self.keygen_as("ci")
    }

    /// `mirrorcast keygen --unencrypted` into `NAME.key`/`NAME.pub`, as a run.
    pub fn run_keygen(&self, name: &str) -> Run {
        self.run_keygen_with(name, &[])
    }

    /// [`Project::run_keygen`] with `extra` arguments.
    pub fn run_keygen_with(&self, name: &str, extra: &[&str]) -> Run {
        let (secret, public) = (format!("{name}.key"), format!("{name}.pub"));
        let mut args = vec![
            "keygen",
            "--unencrypted",
            "--secret-key",
            &secret,
            "--public-key",
            &public,
        ];
        args.extend_from_slice(extra);
        self.run(&args)
    }

    /// Make an unencrypted key pair `NAME.key`/`NAME.pub` and return the public key line.
    pub fn keygen_as(&self, name: &str) -> String {
        let r = self.run_keygen(name);
        assert_eq!(r.code, 0, "keygen failed: {}", r.stderr);
        self.read(&format!("{name}.pub"))
            .lines()
            .nth(1)
            .unwrap()
            .to_string()
    }

    /// Set `release` in content/site.toml.
    pub fn set_release(&self, release: u64) {
        let site = self.read("content/site.toml");
        let current = site
            .lines()
            .find_map(|l| l.strip_prefix("release = "))
            .expect("a release line in site.toml")
            .to_string();
        self.write(
            "content/site.toml",
            &site.replace(
                &format!("release = {current}"),
                &format!("release = {release}"),
            ),
        );
    }

    /// Release `release`: its number in site.toml, and one more signatory, so that every page
    /// listing names changes. Not bundled.
    pub fn next_release(&self, release: u64) {
        self.set_release(release);
        self.write(
            "content/signatories.txt",
            &(self.read("content/signatories.txt") + &format!("Signatory Of Release {release}\n")),
        );
    }

    /// Bundle into `dist` with `ci.key`.
    pub fn bundle(&self) -> Run {
        self.ok(&["bundle", "--secret-key", "ci.key"])
    }

    /// Release `n` (after [`Project::next_release`] when above 1), bundled, and a copy of the
    /// bundle kept in `release-N`; where.
    pub fn keep_release(&self, n: u64) -> PathBuf {
        if n > 1 {
            self.next_release(n);
        }
        self.bundle();
        let kept = self.path().join(format!("release-{n}"));
        copy_dir(&self.path().join("dist"), &kept);
        kept
    }

    /// Another project with this one's content and key (`ci.key`) (release `release` if
    /// given), signed on 2020-01-01 to be valid for one day: long expired. Its bundle is in its
    /// `dist`.
    pub fn expired_twin(&self, release: Option<u64>) -> Project {
        let old = Project::empty();
        copy_dir(&self.path().join("content"), &old.path().join("content"));
        old.write("mirrors.toml", "");
        for f in ["ci.key", "ci.pub"] {
            std::fs::copy(self.path().join(f), old.path().join(f)).expect("key");
        }
        old.write(
            "content/site.toml",
            &old.read("content/site.toml")
                .replace("valid-days = 365", "valid-days = 1"),
        );
        if let Some(release) = release {
            old.set_release(release);
        }
        let r = Run::from(
            old.cmd(&["bundle", "--secret-key", "ci.key"])
                .env("SOURCE_DATE_EPOCH", "1577836800")
                .output()
                .expect("bundle"),
        );
        assert_eq!(r.code, 0, "{}", r.stderr);
        old
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Self {
        Run {
            code: o.status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&o.stdout).into_owned(),
            stderr: String::from_utf8_lossy(&o.stderr).into_owned(),
        }
    }
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from) {
        let entry = entry.unwrap();
        let target = to.join(entry.path().strip_prefix(from).unwrap());
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Every file under `dir`: relative path to bytes.
pub fn tree(dir: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    walkdir::WalkDir::new(dir)
        .into_iter()
        .map(Result::unwrap)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            (
                e.path()
                    .strip_prefix(dir)
                    .unwrap()
                    .to_string_lossy()
                    .into_owned(),
                std::fs::read(e.path()).unwrap(),
            )
        })
        .collect()
}

/// A stock tool the tests rely on; `scripts/setup` installs it.
pub fn require_tool(name: &str) -> PathBuf {
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join(name))
        .find(|p| p.is_file())
        .unwrap_or_else(|| panic!("`{name}` is not installed; run scripts/setup"))
}

/// Decode a URL path's percent escapes.
pub fn percent_decode(s: &str) -> String {
    url::form_urlencoded::parse(format!("x={}", s.replace('+', "%2B")).as_bytes())
        .next()
        .unwrap()
        .1
        .into_owned()
}

/// Run `cmd` to its end: the run and the most memory it held at once (peak resident set, MiB).
///
/// The peak is the kernel's high-water mark of the process's own memory (`VmHWM`), read while
/// it runs: it only grows, so the last reading holds the peak. `wait4`'s `ru_maxrss` would not
/// do: a child spawned from this test process starts out counted with the parent's memory.
pub fn run_measured(mut cmd: Command) -> (Run, f64) {
    use std::io::Read as _;
    let mut child = cmd
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    // Read both pipes on threads, so a chatty child never blocks on a full pipe.
    let mut out = child.stdout.take().expect("stdout");
    let mut err = child.stderr.take().expect("stderr");
    let out_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = out.read_to_end(&mut v);
        v
    });
    let err_thread = std::thread::spawn(move || {
        let mut v = Vec::new();
        let _ = err.read_to_end(&mut v);
        v
    });
    let status_file = format!("/proc/{}/status", child.id());
    let mut peak_kib = 0u64;
    let status = loop {
        if let Ok(text) = std::fs::read_to_string(&status_file)
            && let Some(kib) = text
                .lines()
                .find_map(|l| l.strip_prefix("VmHWM:"))
                .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        {
            peak_kib = peak_kib.max(kib);
        }
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        std::thread::sleep(std::time::Duration::from_millis(2));
    };
    let run = Run {
        code: status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out_thread.join().unwrap_or_default()).into_owned(),
        stderr: String::from_utf8_lossy(&err_thread.join().unwrap_or_default()).into_owned(),
    };
    (run, peak_kib as f64 / 1024.0)
}

/// The tests' cache of installed tools (`scripts/setup` fills it).
pub fn test_cache() -> PathBuf {
    std::env::var_os("MIRRORCAST_TEST_CACHE")
        .map(PathBuf::from)
        .unwrap_or_else(|| {
            PathBuf::from(std::env::var_os("HOME").expect("HOME")).join(".cache/mirrorcast-tests")
        })
}

/// A link at `link` pointing to `target`.
pub fn symlink(target: impl AsRef<Path>, link: impl AsRef<Path>) {
    std::os::unix::fs::symlink(target, link).expect("symlink");
}

/// A port on 127.0.0.1 nothing listens on at the moment: bound, read, closed. For a server
/// about to start there, or for an address that answers nothing. Never the same twice in this
/// process: tests run in parallel, and two of them starting servers on one port would fail by
/// chance.
pub fn free_port() -> u16 {
    static TAKEN: std::sync::Mutex<std::collections::BTreeSet<u16>> =
        std::sync::Mutex::new(std::collections::BTreeSet::new());
    let mut taken = TAKEN.lock().unwrap_or_else(|e| e.into_inner());
    loop {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        if taken.insert(port) {
            return port;
        }
    }
}
