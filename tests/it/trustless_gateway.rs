//! A local, offline trustless IPFS gateway for tests, and a test that it is one.
//!
//! The gateway is `@helia/verified-fetch` on a blockstore-only Helia behind a small Node HTTP
//! front, started by `tests/trustless-gateway/start.sh` (see `tests/trustless-gateway/README.md`):
//! blocks come only from CARs posted to it ([`TrustlessGateway::import_car`]), names only from
//! [`TrustlessGateway::set_name`], and nothing is ever fetched from the network, so a missing block
//! fails at once. It serves `/ipfs/CID[/path]` and `/ipns/NAME[/path]` with `?format=car|raw` (or
//! the `Accept` header), `dag-scope=block|entity|all`, and deserialized files.
//!
//! It is installed (npm ci, pinned lock, idempotent) into
//! `${MIRRORCAST_TEST_CACHE:-$HOME/.cache/mirrorcast-tests}/trustless-gateway`, listens on a free
//! loopback port, and is stopped (its process group) when the [`TrustlessGateway`] is dropped; a
//! watchdog stops it if the test process dies without unwinding. HTTP goes through `curl`.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::ipfs_node::spawn_watchdog;
use crate::support::{Project, free_port};

/// A running gateway; dropping it stops the server.
pub struct TrustlessGateway {
    /// `http://127.0.0.1:PORT`; paths `/ipfs/<cid>/...`, `/ipns/<name>/...`, `/admin/...`.
    pub url: String,
    /// The server's PID, also its process group and session.
    pub pid: i32,
    /// The server's log.
    pub log: PathBuf,
    watchdog: Option<Child>,
    _dir: tempfile::TempDir,
}

/// An HTTP answer as curl saw it.
pub struct Answer {
    pub status: u16,
    /// Lower-cased header names with their values (the last response's, after no redirect).
    pub headers: Vec<(String, String)>,
    pub body: Vec<u8>,
}

impl Answer {
    pub fn header(&self, name: &str) -> Option<&str> {
        let name = name.to_ascii_lowercase();
        self.headers
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.as_str())
    }
}

/// Where the gateway is installed.
pub fn install_dir() -> PathBuf {
    crate::ipfs_node::cache_dir().join("trustless-gateway")
}

fn script() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/trustless-gateway/start.sh")
}

impl TrustlessGateway {
    /// Installs the gateway if needed (~25 s the first time) and starts it on a free port;
    /// returns once it answers (~2 s).
    pub fn start() -> TrustlessGateway {
        let mut failures = String::new();
        for attempt in 1..=5 {
            let port = free_port();
            let dir = tempfile::Builder::new()
                .prefix("mirrorcast-trustless-gateway.")
                .tempdir()
                .expect("temp dir for the gateway's log");
            let log = dir.path().join("server.log");
            let out = Command::new("bash")
                .arg(script())
                .arg(install_dir())
                .arg(port.to_string())
                .env("TRUSTLESS_GATEWAY_LOG", &log)
                .env("TRUSTLESS_GATEWAY_START_TIMEOUT", "120")
                .env_remove("TRUSTLESS_GATEWAY_INSTALL_ONLY")
                .stdin(Stdio::null())
                .output()
                .expect("run tests/trustless-gateway/start.sh (bash)");
            let stderr = String::from_utf8_lossy(&out.stderr);
            if out.status.success() {
                let stdout = String::from_utf8_lossy(&out.stdout);
                let pid: i32 = stdout.trim().parse().unwrap_or_else(|_| {
                    panic!("start.sh printed {stdout:?}, not a PID; stderr:\n{stderr}")
                });
                let mut gw = TrustlessGateway {
                    url: format!("http://127.0.0.1:{port}"),
                    pid,
                    log,
                    watchdog: None,
                    _dir: dir,
                };
                gw.watchdog = spawn_watchdog(pid);
                return gw;
            }
            failures.push_str(&format!(
                "--- attempt {attempt} (port {port}): {}\n{stderr}\n",
                out.status
            ));
            if !(stderr.contains("already in use") || stderr.contains("EADDRINUSE")) {
                break;
            }
        }
        panic!(
            "could not start the trustless gateway (tests/trustless-gateway/start.sh; it needs \
             node >= 20.18.1, npm and the npm registry the first time):\n{failures}"
        );
    }

    /// Puts every block of the CAR v1 file into the gateway's blockstore (each checked against
    /// its CID); returns the CAR's (first) root.
    pub fn import_car(&self, car: &Path) -> String {
        let data = format!("@{}", car.display());
        let url = format!("{}/admin/import", self.url);
        let a = curl(
            &[
                "-X",
                "POST",
                "-H",
                "Content-Type: application/vnd.ipld.car",
                "--data-binary",
                &data,
            ],
            &url,
        );
        assert_eq!(
            a.status,
            200,
            "import of {} answered: {}",
            car.display(),
            String::from_utf8_lossy(&a.body)
        );
        let v: serde_json::Value = serde_json::from_slice(&a.body).expect("import answers JSON");
        v["roots"][0]
            .as_str()
            .unwrap_or_else(|| panic!("import answered no root: {v}"))
            .to_owned()
    }

    /// Makes `/ipns/NAME/...` serve `/ipfs/CID/...`.
    pub fn set_name(&self, name: &str, cid: &str) {
        let url = format!("{}/admin/name?name={name}&cid={cid}", self.url);
        let a = curl(&["-X", "POST"], &url);
        assert_eq!(
            a.status,
            204,
            "set_name answered: {}",
            String::from_utf8_lossy(&a.body)
        );
    }

    /// GET `{url}{path}` with extra curl ARGS (e.g. `["-H", "Accept: ..."]`); redirects are not
    /// followed. Panics if curl fails (no answer, a cut transfer, 30 s).
    pub fn get(&self, path: &str, args: &[&str]) -> Answer {
        curl(args, &format!("{}{}", self.url, path))
    }

    /// As [`TrustlessGateway::get`], but a failed transfer is an `Err` with curl's message (the
    /// gateway cuts the connection when a block is missing after the answer has begun).
    pub fn try_get(&self, path: &str, args: &[&str]) -> Result<Answer, String> {
        try_curl(args, &format!("{}{}", self.url, path))
    }

    /// The last lines of the server's log.
    pub fn log_tail(&self, lines: usize) -> String {
        crate::ipfs_node::log_tail(&self.log, lines)
    }
}

impl Drop for TrustlessGateway {
    fn drop(&mut self) {
        crate::ipfs_node::stop_daemon("trustless gateway", &self.log, self.pid, &mut self.watchdog);
    }
}

/// `curl -sS -m 30 ARGS URL`: status, headers, body. Panics if curl fails.
fn curl(args: &[&str], url: &str) -> Answer {
    try_curl(args, url).unwrap_or_else(|e| panic!("{e}"))
}

/// `curl -sS -m 30 ARGS URL`: status, headers, body, or what curl said when it failed.
fn try_curl(args: &[&str], url: &str) -> Result<Answer, String> {
    let dir = tempfile::tempdir().expect("temp dir for curl");
    let body_path = dir.path().join("body");
    let head_path = dir.path().join("headers");
    let out = Command::new("curl")
        .args(["-sS", "-m", "30", "-o"])
        .arg(&body_path)
        .arg("-D")
        .arg(&head_path)
        .args(["-w", "%{http_code}"])
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .output()
        .expect("run curl (is it installed?)");
    if !out.status.success() {
        return Err(format!(
            "curl {args:?} {url} failed ({}): {}",
            out.status,
            String::from_utf8_lossy(&out.stderr).trim()
        ));
    }
    let code = String::from_utf8_lossy(&out.stdout);
    let status = code
        .trim()
        .parse()
        .unwrap_or_else(|_| panic!("curl {url}: bad status {code:?}"));
    let headers = std::fs::read_to_string(&head_path)
        .unwrap_or_default()
        .lines()
        .filter_map(|l| l.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_owned()))
        .collect();
    Ok(Answer {
        status,
        headers,
        body: std::fs::read(&body_path).unwrap_or_default(),
    })
}

/// A CAR v1 read whole: the header's roots and the blocks' CIDs, in order (base32 strings).
#[derive(Debug)]
pub struct Car {
    pub roots: Vec<String>,
    pub blocks: Vec<String>,
}

/// Parses CAR v1 bytes (checking each block's sha2-256 against its CID).
pub fn parse_car(bytes: &[u8]) -> Result<Car, String> {
    use sha2::Digest;
    let (header_len, mut rest) =
        unsigned_varint::decode::usize(bytes).map_err(|e| format!("header length: {e}"))?;
    if rest.len() < header_len {
        return Err(format!("header of {header_len} bytes, {} left", rest.len()));
    }
    let (header, after) = rest.split_at(header_len);
    rest = after;
    let mut cbor = Cbor(header);
    let mut roots = None;
    let mut version = None;
    for _ in 0..cbor.head(5)? {
        match cbor.text()?.as_str() {
            "roots" => {
                let n = cbor.head(4)?;
                let mut r = Vec::new();
                for _ in 0..n {
                    r.push(cbor.cid()?);
                }
                roots = Some(r);
            }
            "version" => version = Some(cbor.head(0)?),
            other => return Err(format!("unexpected header key {other:?}")),
        }
    }
    if version != Some(1) {
        return Err(format!("CAR version {version:?}, not 1"));
    }
    let roots = roots.ok_or("no roots in the header")?;
    let mut blocks = Vec::new();
    while !rest.is_empty() {
        let (len, after) =
            unsigned_varint::decode::usize(rest).map_err(|e| format!("section length: {e}"))?;
        if after.len() < len {
            return Err(format!("section of {len} bytes, {} left", after.len()));
        }
        let (section, after) = after.split_at(len);
        rest = after;
        let mut reader = std::io::Cursor::new(section);
        let cid = cid::Cid::read_bytes(&mut reader).map_err(|e| format!("block CID: {e}"))?;
        let data = &section[reader.position() as usize..];
        let mh = cid.hash();
        if mh.code() == 0x12 && sha2::Sha256::digest(data).as_slice() != mh.digest() {
            return Err(format!("block {cid}: its bytes do not match its CID"));
        }
        blocks.push(cid.to_string());
    }
    Ok(Car { roots, blocks })
}

/// Just enough DAG-CBOR for a CAR header.
struct Cbor<'a>(&'a [u8]);

impl Cbor<'_> {
    fn byte(&mut self) -> Result<u8, String> {
        let (&b, rest) = self.0.split_first().ok_or("CBOR: unexpected end")?;
        self.0 = rest;
        Ok(b)
    }

    /// A head of major type MAJOR: its argument.
    fn head(&mut self, major: u8) -> Result<u64, String> {
        let b = self.byte()?;
        if b >> 5 != major {
            return Err(format!(
                "CBOR: major type {} where {major} expected",
                b >> 5
            ));
        }
        match b & 0x1f {
            n @ 0..=23 => Ok(n as u64),
            n @ 24..=27 => {
                let mut v = 0u64;
                for _ in 0..(1 << (n - 24)) {
                    v = (v << 8) | self.byte()? as u64;
                }
                Ok(v)
            }
            n => Err(format!("CBOR: unsupported additional info {n}")),
        }
    }

    fn take(&mut self, n: u64) -> Result<&[u8], String> {
        let n = n as usize;
        if self.0.len() < n {
            return Err("CBOR: unexpected end".into());
        }
        let (v, rest) = self.0.split_at(n);
        self.0 = rest;
        Ok(v)
    }

    fn text(&mut self) -> Result<String, String> {
        let n = self.head(3)?;
        String::from_utf8(self.take(n)?.to_vec()).map_err(|e| e.to_string())
    }

    /// Tag 42, a byte string `0x00 ++ CID`.
    fn cid(&mut self) -> Result<String, String> {
        if self.head(6)? != 42 {
            return Err("CBOR: a tag other than 42 where a CID was expected".into());
        }
        let n = self.head(2)?;
        let bytes = self.take(n)?;
        let (&prefix, cid) = bytes.split_first().ok_or("CBOR: empty CID")?;
        if prefix != 0 {
            return Err("CBOR: CID without its 0x00 prefix".into());
        }
        cid::Cid::try_from(cid)
            .map(|c| c.to_string())
            .map_err(|e| e.to_string())
    }
}

/// The answer is a CAR (content type, CAR v1 header): parsed.
fn expect_car(a: &Answer, what: &str) -> Car {
    assert_eq!(
        a.status,
        200,
        "{what}: HTTP {}: {}",
        a.status,
        String::from_utf8_lossy(&a.body)
    );
    let ct = a.header("content-type").unwrap_or("");
    assert!(
        ct.starts_with("application/vnd.ipld.car"),
        "{what}: content-type {ct:?}"
    );
    parse_car(&a.body).unwrap_or_else(|e| panic!("{what}: not a CAR v1 ({e})"))
}

#[test]
fn trustless_gateway_serves_cars_of_a_bundle() {
    let p = Project::new();
    p.keygen();
    p.bundle();
    p.ok(&["car", "-o", "dist.car", "dist"]);
    let root = p.ok(&["cid", "dist"]).stdout.trim().to_owned();

    let gw = TrustlessGateway::start();
    assert_eq!(gw.import_car(&p.path().join("dist.car")), root);

    // The entity CAR of one file: the path's blocks, the directory's among them.
    let what = "/manifest.json?format=car&dag-scope=entity";
    let a = gw.get(
        &format!("/ipfs/{root}/manifest.json?format=car&dag-scope=entity"),
        &[],
    );
    let car = expect_car(&a, what);
    // A CAR v1 header: varint length (one byte here), then a DAG-CBOR map {roots, version: 1}.
    assert_eq!(a.body[1] >> 5, 5, "{what}: the header is not a CBOR map");
    assert!(
        car.blocks.contains(&root),
        "{what}: the root block is missing: {car:?}"
    );
    assert!(car.blocks.len() >= 2, "{what}: no file block: {car:?}");
    // The same through the Accept header.
    let by_accept = gw.get(
        &format!("/ipfs/{root}/manifest.json?dag-scope=entity"),
        &["-H", "Accept: application/vnd.ipld.car"],
    );
    assert_eq!(
        expect_car(&by_accept, "Accept: car").blocks,
        car.blocks,
        "?format=car and Accept give different CARs"
    );

    // dag-scope=block on the root: exactly the root block.
    let a = gw.get(&format!("/ipfs/{root}?format=car&dag-scope=block"), &[]);
    let car = expect_car(&a, "root, dag-scope=block");
    assert_eq!(car.blocks, vec![root.clone()], "root, dag-scope=block");
    assert_eq!(car.roots, vec![root.clone()], "root, dag-scope=block");

    // A raw block.
    let a = gw.get(&format!("/ipfs/{root}?format=raw"), &[]);
    assert_eq!(a.status, 200, "raw root block");
    assert_eq!(a.header("content-type"), Some("application/vnd.ipld.raw"));
    let mut one = Vec::new();
    let cid: cid::Cid = root.parse().unwrap();
    let section_len = cid.to_bytes().len() + a.body.len();
    one.extend_from_slice(unsigned_varint::encode::usize(
        section_len,
        &mut unsigned_varint::encode::usize_buffer(),
    ));
    one.extend_from_slice(&cid.to_bytes());
    one.extend_from_slice(&a.body);
    let block_car = gw.get(&format!("/ipfs/{root}?format=car&dag-scope=block"), &[]);
    assert!(
        block_car.body.ends_with(&one),
        "the raw block is not the CAR's block"
    );

    // Deserialized: the file itself.
    let a = gw.get(&format!("/ipfs/{root}/manifest.json"), &[]);
    assert_eq!(a.status, 200, "deserialized manifest.json");
    assert_eq!(
        a.body,
        std::fs::read(p.path().join("dist/manifest.json")).unwrap(),
        "deserialized manifest.json differs from dist/"
    );

    // A path request: what the header's roots hold.
    let a = gw.get(&format!("/ipfs/{root}/en/index.html?format=car"), &[]);
    let car = expect_car(&a, "/en/index.html?format=car");
    let file = car.blocks.last().cloned().unwrap_or_default();
    eprintln!(
        "CAR of /ipfs/ROOT/en/index.html?format=car: header roots {:?} ({}); blocks {:?}; ROOT {root}",
        car.roots,
        if car.roots == vec![root.clone()] {
            "the request's root CID"
        } else if car.roots == vec![file.clone()] {
            "the terminal file's CID"
        } else {
            "something else"
        },
        car.blocks
    );
    assert!(
        car.blocks.contains(&root),
        "path CAR without the root block"
    );

    // An IPNS-like name.
    gw.set_name("mirrorcast-test", &root);
    let a = gw.get("/ipns/mirrorcast-test/manifest.json?format=car", &[]);
    let car = expect_car(&a, "/ipns/NAME/manifest.json?format=car");
    assert!(
        car.blocks.contains(&root),
        "IPNS CAR without the root block"
    );

    // A CID never imported, and a path under it: both fail (an error status, or at worst a cut
    // transfer), and fast: there is no network to wait for.
    let missing = "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"; // "hello world\n"
    for path in [
        format!("/ipfs/{missing}?format=car"),
        format!("/ipfs/{missing}"),
        format!("/ipfs/{missing}?format=raw"),
    ] {
        let t0 = Instant::now();
        let outcome = match gw.try_get(&path, &[]) {
            Ok(a) => {
                assert!(
                    a.status >= 400,
                    "{path}: a missing block answered HTTP {}",
                    a.status
                );
                format!(
                    "HTTP {}: {}",
                    a.status,
                    String::from_utf8_lossy(&a.body).trim()
                )
            }
            Err(e) => e,
        };
        let took = t0.elapsed();
        assert!(
            took < Duration::from_secs(10),
            "{path}: a missing block took {took:?} to fail ({outcome})"
        );
        eprintln!("{path}: failed after {took:?}: {outcome}");
    }

    // Blocks missing below a root that is there: a whole-DAG CAR must not come back looking
    // complete (the gateway cuts the transfer), a file under it fails.
    let root_only = p.path().join("root-only.car");
    std::fs::write(&root_only, &block_car.body).unwrap();
    drop(gw);
    let gw = TrustlessGateway::start();
    assert_eq!(gw.import_car(&root_only), root);
    match gw.try_get(&format!("/ipfs/{root}?format=car&dag-scope=all"), &[]) {
        Err(e) => eprintln!("whole-DAG CAR with blocks missing: {e}"),
        Ok(a) => assert!(
            a.status >= 400,
            "a CAR of a DAG with missing blocks answered HTTP {} with {} bytes",
            a.status,
            a.body.len()
        ),
    }
    let a = gw.get(&format!("/ipfs/{root}/manifest.json"), &[]);
    assert!(a.status >= 400, "a missing file answered HTTP {}", a.status);
}
