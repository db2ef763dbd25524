//! A throw-away local IPFS node for tests, and the `ipfs-car` CLI.
//!
//! The node is js-ipfs 0.66.1 started by `tests/ipfs-node/start-ipfs.sh` (see
//! `tests/ipfs-node/README.md` for how it differs from Kubo): the Kubo RPC API on
//! `http://127.0.0.1:PORT/api/v0` and a path gateway on `http://127.0.0.1:PORT/ipfs/<cid>`, both on
//! free loopback ports, with a fresh repo in a temp dir. Dropping the [`IpfsNode`] stops the daemon
//! (also when the test panics); a watchdog stops it if the test process dies without unwinding.
//!
//! Both tools are npm installs in `${MIRRORCAST_TEST_CACHE:-$HOME/.cache/mirrorcast-tests}`
//! (`ipfs-node/`, `ipfs-car/`), made by `scripts/setup` or on demand here (same scripts, stamped,
//! so a changed lock reinstalls). HTTP goes through `curl`, synchronously.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The repository root (for the scripts).
fn repo_root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Where the npm installs live: `$MIRRORCAST_TEST_CACHE`, else `$HOME/.cache/mirrorcast-tests`.
pub fn cache_dir() -> PathBuf {
    if let Some(dir) = std::env::var_os("MIRRORCAST_TEST_CACHE").filter(|d| !d.is_empty()) {
        return PathBuf::from(dir);
    }
    let home = std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(PathBuf::from)
        .unwrap_or_else(std::env::temp_dir);
    home.join(".cache").join("mirrorcast-tests")
}

/// `scripts/setup COMPONENT` with the cache dir pinned, once per test process.
fn setup(component: &'static str, done: &'static OnceLock<()>) {
    done.get_or_init(|| {
        let out = Command::new("bash")
            .arg(repo_root().join("scripts/setup"))
            .arg(component)
            .env("MIRRORCAST_TEST_CACHE", cache_dir())
            .stdin(Stdio::null())
            .output()
            .expect("run scripts/setup (bash)");
        assert!(
            out.status.success(),
            "`scripts/setup {component}` failed ({}); it needs node, npm and the npm registry:\n{}{}",
            out.status,
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
    });
}

/// The js-ipfs install directory (installed on demand).
pub fn node_install_dir() -> PathBuf {
    static DONE: OnceLock<()> = OnceLock::new();
    setup("ipfs-node", &DONE);
    cache_dir().join("ipfs-node")
}

/// The Node.js binary the tools run on (`$NODE`, else `node` from PATH).
pub fn node_bin() -> PathBuf {
    let name = std::env::var_os("NODE").unwrap_or_else(|| "node".into());
    let out = Command::new("bash")
        .args(["-c", "command -v \"$1\"", "bash"])
        .arg(&name)
        .output()
        .expect("run bash to look up node");
    assert!(
        out.status.success(),
        "Node.js ({}) is not on PATH; the IPFS test tools need it",
        name.to_string_lossy()
    );
    PathBuf::from(String::from_utf8_lossy(&out.stdout).trim())
}

/// The installed `ipfs-car` CLI (installed on demand).
pub fn ipfs_car() -> PathBuf {
    static DONE: OnceLock<()> = OnceLock::new();
    setup("ipfs-car", &DONE);
    let bin = cache_dir().join("ipfs-car/node_modules/.bin/ipfs-car");
    assert!(
        bin.exists(),
        "ipfs-car not found at {} after scripts/setup",
        bin.display()
    );
    bin
}

/// `ipfs-car ARGS`: its stdout; panics with stderr on failure.
pub fn ipfs_car_run<I, S>(args: I) -> String
where
    I: IntoIterator<Item = S>,
    S: AsRef<OsStr>,
{
    let args: Vec<_> = args.into_iter().map(|a| a.as_ref().to_owned()).collect();
    let out = Command::new(ipfs_car())
        .args(&args)
        .stdin(Stdio::null())
        .output()
        .expect("run ipfs-car");
    assert!(
        out.status.success(),
        "ipfs-car {:?} failed ({}):\n{}{}",
        args,
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("ipfs-car printed UTF-8")
}

/// `ipfs-car pack INPUT --output CAR`: the root CID. A directory is packed as itself (ipfs-car's
/// `--no-wrap` would pack a directory holding a single file as that file), a file unwrapped.
/// ipfs-car skips hidden files (`.name`) unless `-H`, symlinks and empty subdirectories.
pub fn ipfs_car_pack(input: &Path, car: &Path) -> String {
    let mut args: Vec<&OsStr> = vec!["pack".as_ref(), input.as_os_str()];
    if !input.is_dir() {
        args.push("--no-wrap".as_ref());
    }
    args.extend(["--output".as_ref(), car.as_os_str()]);
    let out = ipfs_car_run(args);
    let cid = out.trim();
    assert!(
        !cid.is_empty() && !cid.contains(char::is_whitespace),
        "ipfs-car pack printed {out:?}"
    );
    cid.to_owned()
}

/// A running js-ipfs daemon; dropping it stops the daemon.
pub struct IpfsNode {
    /// e.g. `http://127.0.0.1:41234`; the RPC API is under `/api/v0/`.
    pub api: String,
    /// e.g. `http://127.0.0.1:41235`; paths `/ipfs/<cid>/...` and `/ipns/<name>/...`.
    pub gateway: String,
    /// The daemon's PID, also its process group and session.
    pub pid: i32,
    /// The IPFS repo (`daemon.log` is in it).
    pub repo: PathBuf,
    watchdog: Option<Child>,
    _repo_dir: tempfile::TempDir,
}

impl IpfsNode {
    /// Starts a fresh node (installing js-ipfs first if needed) and waits until both its API and
    /// gateway answer. Takes ~6 s.
    pub fn start() -> IpfsNode {
        let script = repo_root().join("tests/ipfs-node/start-ipfs.sh");
        let install = node_install_dir();
        let mut failures = String::new();
        for attempt in 1..=5 {
            let (api_port, gw_port) = (crate::support::free_port(), crate::support::free_port());
            let repo_dir = tempfile::Builder::new()
                .prefix("mirrorcast-ipfs-repo.")
                .tempdir()
                .expect("temp dir for the IPFS repo");
            let out = Command::new("bash")
                .arg(&script)
                .arg(&install)
                .arg(api_port.to_string())
                .arg(gw_port.to_string())
                .arg("0")
                .env("IPFS_NODE_REPO", repo_dir.path())
                .env("IPFS_NODE_START_TIMEOUT", "120")
                .env_remove("IPFS_NODE_INSTALL_ONLY")
                .stdin(Stdio::null())
                .output()
                .expect("run tests/ipfs-node/start-ipfs.sh (bash)");
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                let stdout = String::from_utf8_lossy(&out.stdout);
                let pid: i32 = stdout.trim().parse().unwrap_or_else(|_| {
                    panic!("start-ipfs.sh printed {stdout:?}, not a PID; stderr:\n{stderr}")
                });
                let mut node = IpfsNode {
                    api: format!("http://127.0.0.1:{api_port}"),
                    gateway: format!("http://127.0.0.1:{gw_port}"),
                    pid,
                    repo: repo_dir.path().to_owned(),
                    watchdog: None,
                    _repo_dir: repo_dir,
                };
                node.watchdog = spawn_watchdog(pid);
                return node;
            }
            let port_clash = [
                "already in use",
                "EADDRINUSE",
                "is not the one just started",
            ]
            .iter()
            .any(|m| stderr.contains(m));
            failures.push_str(&format!(
                "--- attempt {attempt} (api {api_port}, gateway {gw_port}): {}\n{stderr}\n",
                out.status
            ));
            if !port_clash {
                break;
            }
        }
        panic!("could not start the IPFS test node (tests/ipfs-node/start-ipfs.sh):\n{failures}");
    }

    /// POST `{api}/api/v0/{path_and_query}` and parse the answer as JSON; an NDJSON answer (several
    /// lines) comes back as a JSON array of them, an empty one as `null`. Panics on a non-2xx
    /// status or a stream error, with the body.
    pub fn rpc(&self, path_and_query: &str) -> serde_json::Value {
        let body = self.rpc_raw(path_and_query);
        parse_json_or_ndjson(&body, path_and_query)
    }

    /// POST `{api}/api/v0/{path_and_query}`: the raw body (e.g. a CAR from `dag/export`).
    /// Panics on a non-2xx status or a stream error (`X-Stream-Error` trailer), with the body.
    pub fn rpc_raw(&self, path_and_query: &str) -> Vec<u8> {
        let url = format!("{}/api/v0/{}", self.api, path_and_query);
        let r = curl(&["-X", "POST"], &url);
        r.expect_ok(&url);
        r.body
    }

    /// POST `{api}/api/v0/{path_and_query}` without judging the answer: the HTTP status and the
    /// body, for calls expected to fail (js-ipfs answers errors with 500 and
    /// `{"Message":...,"Code":0,"Type":"error"}`). A stream error (`X-Stream-Error` trailer, after a
    /// 200) is appended to the body as a last line `X-Stream-Error: {...}`.
    pub fn rpc_any(&self, path_and_query: &str) -> (u16, Vec<u8>) {
        let url = format!("{}/api/v0/{}", self.api, path_and_query);
        let mut r = curl(&["-X", "POST"], &url);
        if let Some(err) = r.stream_error() {
            r.body.extend_from_slice(format!("\n{err}").as_bytes());
        }
        (r.status, r.body)
    }

    /// POST a file (multipart, one `file` part, as `ipfs add`) to `{api}/api/v0/{path_and_query}`,
    /// e.g. `dag/import` with a CAR; the answer as [`IpfsNode::rpc`] gives it.
    pub fn rpc_upload(&self, path_and_query: &str, file: &Path) -> serde_json::Value {
        let url = format!("{}/api/v0/{}", self.api, path_and_query);
        let form = Multipart::new();
        let mut body = form.body_file();
        form.file_part(&mut body, "file", file);
        form.finish(&mut body);
        let r = form.post(&url, body.path());
        r.expect_ok(&url);
        parse_json_or_ndjson(&r.body, path_and_query)
    }

    /// `ipfs add` of DATA as one file named `data` with QUERY (e.g.
    /// `cid-version=1&raw-leaves=true`): the answer line (`Name`, `Hash`, `Size`).
    pub fn add_bytes(&self, data: &[u8], query: &str) -> serde_json::Value {
        let tmp = tempfile::tempdir().expect("temp dir for add_bytes");
        let file = tmp.path().join("data");
        std::fs::write(&file, data).expect("write the data to add");
        let mut lines = self.add_paths(&[(file, "data".to_owned())], query);
        assert_eq!(lines.len(), 1, "add of one file answered {lines:?}");
        lines.remove(0)
    }

    /// `ipfs add -r DIR` over the RPC API with QUERY (e.g.
    /// `cid-version=1&raw-leaves=true&chunker=size-1048576&wrap-with-directory=false`): the answer's
    /// NDJSON lines; without wrapping, the last line is DIR itself (`Name` = DIR's name).
    ///
    /// Sent as Kubo's CLI sends it: one multipart part per entry, depth first, sorted by name, a
    /// directory (`application/x-directory`) before its contents, filenames the percent-encoded
    /// path relative to DIR's parent (so starting with DIR's name). Hidden files are included;
    /// symlinks go as `application/symlink` parts.
    pub fn add_dir(&self, dir: &Path, query: &str) -> Vec<serde_json::Value> {
        let dir = std::fs::canonicalize(dir)
            .unwrap_or_else(|e| panic!("add_dir: {}: {e}", dir.display()));
        assert!(
            dir.is_dir(),
            "add_dir: {} is not a directory",
            dir.display()
        );
        let name = dir
            .file_name()
            .expect("add_dir: the directory has a name")
            .to_string_lossy()
            .into_owned();
        let mut entries = Vec::new();
        walk(&dir, &name, &mut entries);
        self.add_paths(&entries, query)
    }

    /// Uploads (path on disk, name in the upload) pairs, in order, to `add?QUERY`.
    fn add_paths(&self, entries: &[(PathBuf, String)], query: &str) -> Vec<serde_json::Value> {
        let url = format!("{}/api/v0/add?{}", self.api, query);
        let form = Multipart::new();
        let mut body = form.body_file();
        for (path, name) in entries {
            let meta = std::fs::symlink_metadata(path)
                .unwrap_or_else(|e| panic!("add: {}: {e}", path.display()));
            if meta.file_type().is_symlink() {
                let target = std::fs::read_link(path)
                    .unwrap_or_else(|e| panic!("add: readlink {}: {e}", path.display()));
                form.part(
                    &mut body,
                    name,
                    "application/symlink",
                    target.as_os_str().as_bytes(),
                );
            } else if meta.is_dir() {
                form.part(&mut body, name, "application/x-directory", b"");
            } else {
                form.file_part(&mut body, name, path);
            }
        }
        form.finish(&mut body);
        let r = form.post(&url, body.path());
        r.expect_ok(&url);
        let lines: Vec<serde_json::Value> = ndjson(&r.body, &url);
        for line in &lines {
            assert!(
                line.get("Type").and_then(|t| t.as_str()) != Some("error"),
                "{url} reported an error: {line}"
            );
        }
        lines
    }

    /// GET `{gateway}{path}` (e.g. `/ipfs/<cid>/a.txt`; redirects are not followed): the status
    /// and the body. js-ipfs answers 500 where Kubo says 404, and never answers for content it
    /// does not have (this panics after 60 s).
    pub fn gateway_get(&self, path: &str) -> (u16, Vec<u8>) {
        let url = format!("{}{}", self.gateway, path);
        let r = curl(&[], &url);
        (r.status, r.body)
    }

    /// The last lines of the daemon's log.
    pub fn log_tail(&self, lines: usize) -> String {
        log_tail(&self.repo.join("daemon.log"), lines)
    }
}

impl Drop for IpfsNode {
    fn drop(&mut self) {
        stop_daemon(
            "IPFS test node",
            &self.repo.join("daemon.log"),
            self.pid,
            &mut self.watchdog,
        );
    }
}

/// The last `lines` lines of the log at `path`.
pub(crate) fn log_tail(path: &Path, lines: usize) -> String {
    let log = std::fs::read_to_string(path).unwrap_or_default();
    let all: Vec<&str> = log.lines().collect();
    all[all.len().saturating_sub(lines)..].join("\n")
}

/// Stop a daemon started as its own process group `pid`, and its watchdog; when a test is
/// failing, show the end of its log (`name`, `log`) first.
pub(crate) fn stop_daemon(name: &str, log: &Path, pid: i32, watchdog: &mut Option<Child>) {
    if std::thread::panicking() {
        eprintln!("--- {name} log ({}):\n{}", log.display(), log_tail(log, 40));
    }
    stop_group(pid);
    if let Some(mut w) = watchdog.take() {
        // The watchdog is its own process group (bash + tail).
        unsafe { libc::kill(-(w.id() as i32), libc::SIGKILL) };
        let _ = w.wait();
    }
}

/// SIGTERM to the process group, up to 5 s for it to go, then SIGKILL.
fn stop_group(pgid: i32) {
    if pgid <= 1 {
        return;
    }
    let alive = || unsafe { libc::kill(-pgid, 0) } == 0;
    unsafe { libc::kill(-pgid, libc::SIGTERM) };
    let deadline = Instant::now() + Duration::from_secs(5);
    while alive() && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(50));
    }
    if alive() {
        unsafe { libc::kill(-pgid, libc::SIGKILL) };
        let deadline = Instant::now() + Duration::from_secs(2);
        while alive() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

/// A process that stops the daemon when this test process ends without dropping the node
/// (abort, SIGINT, SIGKILL). In its own process group, so a Ctrl-C does not take it first.
pub(crate) fn spawn_watchdog(pid: i32) -> Option<Child> {
    let me = std::process::id();
    let script = format!(
        "tail --pid={me} -f /dev/null 2>/dev/null || while kill -0 {me} 2>/dev/null; do sleep 1; done; \
         kill -TERM -- -{pid} 2>/dev/null; sleep 5; kill -KILL -- -{pid} 2>/dev/null; exit 0"
    );
    Command::new("bash")
        .args(["-c", &script])
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .ok()
}

/// Directory walk for add_dir: DIR first, then its entries sorted by name, depth first.
fn walk(path: &Path, name: &str, out: &mut Vec<(PathBuf, String)>) {
    out.push((path.to_owned(), name.to_owned()));
    let meta = std::fs::symlink_metadata(path)
        .unwrap_or_else(|e| panic!("add_dir: {}: {e}", path.display()));
    if !meta.is_dir() {
        return;
    }
    let mut children: Vec<_> = std::fs::read_dir(path)
        .unwrap_or_else(|e| panic!("add_dir: read {}: {e}", path.display()))
        .map(|e| {
            e.unwrap_or_else(|e| panic!("add_dir: read {}: {e}", path.display()))
                .file_name()
        })
        .collect();
    children.sort_by(|a, b| a.as_bytes().cmp(b.as_bytes()));
    for child in children {
        let child_name = format!("{name}/{}", child.to_string_lossy());
        walk(&path.join(&child), &child_name, out);
    }
}

/// A multipart/form-data body built in a temp file.
struct Multipart {
    boundary: String,
}

impl Multipart {
    fn new() -> Multipart {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0);
        Multipart {
            boundary: format!("mirrorcast-{nanos:x}-{:x}", std::process::id()),
        }
    }

    fn body_file(&self) -> tempfile::NamedTempFile {
        tempfile::NamedTempFile::new().expect("temp file for a multipart body")
    }

    fn head(&self, body: &mut tempfile::NamedTempFile, name: &str, content_type: &str) {
        write!(
            body,
            "--{}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{}\"\r\nContent-Type: {}\r\n\r\n",
            self.boundary,
            encode_filename(name),
            content_type
        )
        .expect("write a multipart head");
    }

    fn part(
        &self,
        body: &mut tempfile::NamedTempFile,
        name: &str,
        content_type: &str,
        data: &[u8],
    ) {
        self.head(body, name, content_type);
        body.write_all(data).expect("write a multipart part");
        body.write_all(b"\r\n").expect("write a multipart part");
    }

    fn file_part(&self, body: &mut tempfile::NamedTempFile, name: &str, path: &Path) {
        self.head(body, name, "application/octet-stream");
        let mut f = std::fs::File::open(path)
            .unwrap_or_else(|e| panic!("open {} to upload: {e}", path.display()));
        std::io::copy(&mut f, body)
            .unwrap_or_else(|e| panic!("copy {} into the upload: {e}", path.display()));
        body.write_all(b"\r\n").expect("write a multipart part");
    }

    fn finish(&self, body: &mut tempfile::NamedTempFile) {
        write!(body, "--{}--\r\n", self.boundary).expect("finish a multipart body");
        body.flush().expect("flush a multipart body");
    }

    fn post(&self, url: &str, body: &Path) -> CurlAnswer {
        let ct = format!(
            "Content-Type: multipart/form-data; boundary={}",
            self.boundary
        );
        let data = format!("@{}", body.display());
        curl(&["-X", "POST", "-H", &ct, "--data-binary", &data], url)
    }
}

/// Percent-encodes all but `A-Za-z0-9-_.~` (both Kubo and js-ipfs decode it). js-ipfs ignores a
/// one-character filename (its parser wants two), so such a name is encoded whole (`d` -> `%64`).
fn encode_filename(name: &str) -> String {
    let enc = |all: bool| {
        name.bytes()
            .map(|b| {
                if !all && (b.is_ascii_alphanumeric() || b"-_.~".contains(&b)) {
                    (b as char).to_string()
                } else {
                    format!("%{b:02X}")
                }
            })
            .collect::<String>()
    };
    let e = enc(false);
    if e.len() < 2 { enc(true) } else { e }
}

struct CurlAnswer {
    status: u16,
    body: Vec<u8>,
    /// Headers and trailers as curl dumped them.
    headers: String,
}

impl CurlAnswer {
    fn expect_ok(&self, url: &str) {
        assert!(
            (200..300).contains(&self.status),
            "{url} answered HTTP {}: {}",
            self.status,
            String::from_utf8_lossy(&self.body)
        );
        if let Some(err) = self.stream_error() {
            panic!(
                "{url} answered HTTP {} but the stream failed: {err}\n(body so far: {} bytes)",
                self.status,
                self.body.len()
            );
        }
    }

    /// The `X-Stream-Error: ...` trailer line, if the server sent one.
    fn stream_error(&self) -> Option<String> {
        self.headers
            .lines()
            .find(|l| l.to_ascii_lowercase().starts_with("x-stream-error:"))
            .map(|l| l.trim().to_owned())
    }
}

/// `curl -sS -m 60 ARGS URL`: status, body, headers (with trailers). Panics if curl fails.
fn curl(args: &[&str], url: &str) -> CurlAnswer {
    let dir = tempfile::tempdir().expect("temp dir for curl");
    let body_path = dir.path().join("body");
    let head_path = dir.path().join("headers");
    let out = Command::new("curl")
        .args(["-sS", "-m", "60", "-o"])
        .arg(&body_path)
        .arg("-D")
        .arg(&head_path)
        .args(["-w", "%{http_code}"])
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .output()
        .expect("run curl (is it installed?)");
    let body = std::fs::read(&body_path).unwrap_or_default();
    let headers = std::fs::read_to_string(&head_path).unwrap_or_default();
    assert!(
        out.status.success(),
        "curl {args:?} {url} failed ({}): {}{}",
        out.status,
        String::from_utf8_lossy(&out.stderr),
        if out.status.code() == Some(28) {
            " (60 s timeout: js-ipfs waits forever for content it does not have; pass timeout=5s \
             to the RPC call)"
        } else {
            ""
        }
    );
    let code = String::from_utf8_lossy(&out.stdout);
    let status = code
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("curl {url}: bad status {code:?}"));
    CurlAnswer {
        status,
        body,
        headers,
    }
}

fn ndjson(body: &[u8], what: &str) -> Vec<serde_json::Value> {
    String::from_utf8_lossy(body)
        .lines()
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            serde_json::from_str(l)
                .unwrap_or_else(|e| panic!("{what}: not a JSON line ({e}): {l:?}"))
        })
        .collect()
}

fn parse_json_or_ndjson(body: &[u8], what: &str) -> serde_json::Value {
    if body.iter().all(|b| b.is_ascii_whitespace()) {
        return serde_json::Value::Null;
    }
    match serde_json::from_slice(body) {
        Ok(v) => v,
        Err(_) => serde_json::Value::Array(ndjson(body, what)),
    }
}
