//! Real servers for the push tests, each on 127.0.0.1 with a free port and a temporary
//! directory, stopped when dropped: WebDAV on nginx, Apache httpd (mod_dav, Debian's stock
//! module configuration) and `rclone serve webdav`; SFTP on OpenSSH's sshd (also chrooted with
//! `internal-sftp`) and `rclone serve sftp`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .expect("a free port")
        .port()
}

fn wait_for_port(port: u16, child: &mut Child, what: &str, log: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
            return;
        }
        if let Ok(Some(status)) = child.try_wait() {
            panic!(
                "{what} exited ({status}): {}",
                std::fs::read_to_string(log).unwrap_or_default()
            );
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("{what} did not listen on port {port}");
}

pub struct Server {
    child: Child,
    pub dir: tempfile::TempDir,
    pub port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        stop(&mut self.child);
    }
}

/// Kill a server and its children. nginx's workers outlive a killed master and keep serving,
/// and a live master replaces a killed worker: so the master goes first, then the workers it had.
fn stop(child: &mut Child) {
    let workers = Command::new("pgrep")
        .args(["-P", &child.id().to_string()])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let _ = child.kill();
    let _ = child.wait();
    for pid in workers.split_whitespace() {
        let _ = Command::new("kill").args(["-9", pid]).status();
    }
}

const NGINX_CONF: &str = r#"
load_module /usr/lib/nginx/modules/ngx_http_dav_ext_module.so;
user root root;
worker_processes 1;
pid @DIR@/nginx.pid;
error_log @DIR@/error.log info;
events { worker_connections 256; }
http {
    client_body_temp_path @DIR@/tmp/body;
    proxy_temp_path @DIR@/tmp/proxy;
    fastcgi_temp_path @DIR@/tmp/fastcgi;
    uwsgi_temp_path @DIR@/tmp/uwsgi;
    scgi_temp_path @DIR@/tmp/scgi;
    default_type application/octet-stream;
    log_format requests '$request_method\t$uri\t$status\t$content_length\t$http_x_amz_copy_source';
    access_log @DIR@/access.log requests;
    server {
        listen 127.0.0.1:@PORT@;
        root @DIR@/root;
        client_max_body_size 0;
        location / {
@LOCATION@
        }
    }
}
"#;

/// Readers GET without credentials, as on a real mirror; everything else needs the password.
const WEBDAV_LOCATION: &str = r#"
            limit_except GET HEAD {
                auth_basic "webdav";
                auth_basic_user_file @DIR@/htpasswd;
            }
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
"#;

/// A plain proxy that keeps the Host header, so S3 signatures stay valid: a counter on the wire.
const PROXY_LOCATION: &str = r#"
            proxy_pass http://127.0.0.1:@UPSTREAM@;
            proxy_set_header Host $http_host;
            proxy_http_version 1.1;
            proxy_request_buffering off;
            proxy_buffering off;
"#;

/// A mirror as volunteers run one: files from `root()`, with the content types browsers need,
/// `Access-Control-Allow-Origin: *` (readers' pages check other copies) and revalidation.
const STATIC_LOCATION: &str = r#"
            types { text/html html; text/javascript js; application/json json; text/plain txt minisig; }
            charset utf-8;
            charset_types text/html text/javascript application/json text/plain;
            add_header Access-Control-Allow-Origin * always;
            add_header Cache-Control no-cache always;
"#;

/// nginx in `dir` with `location` as its only location; started and listening.
fn nginx(dir: tempfile::TempDir, location: &str) -> Server {
    crate::support::require_tool("nginx");
    let d = dir.path().display().to_string();
    std::fs::create_dir_all(dir.path().join("root")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("tmp")).expect("mkdir");
    let port = free_port();
    let conf = NGINX_CONF
        .replace("@LOCATION@", location)
        .replace("@DIR@", &d)
        .replace("@PORT@", &port.to_string());
    std::fs::write(dir.path().join("nginx.conf"), conf).expect("nginx.conf");
    let mut child = spawn_nginx(dir.path());
    wait_for_port(port, &mut child, "nginx", &dir.path().join("error.log"));
    Server { child, dir, port }
}

/// nginx passing every request on to `upstream` (a port on 127.0.0.1) and logging it.
pub fn counting_proxy(upstream: u16) -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    nginx(
        dir,
        &PROXY_LOCATION.replace("@UPSTREAM@", &upstream.to_string()),
    )
}

/// nginx serving a static mirror from `root()`, as [`STATIC_LOCATION`] says.
pub fn static_site() -> Server {
    nginx(tempfile::tempdir().expect("temp dir"), STATIC_LOCATION)
}

/// The same without `Access-Control-Allow-Origin`, as a web server is out of the box.
pub fn static_site_without_cors() -> Server {
    let location: String = STATIC_LOCATION
        .lines()
        .filter(|l| !l.contains("Access-Control-Allow-Origin"))
        .map(|l| format!("{l}\n"))
        .collect();
    nginx(tempfile::tempdir().expect("temp dir"), &location)
}

/// nginx serving WebDAV with basic auth (`user`/`password`) from `root()`.
pub fn webdav(user: &str, password: &str) -> Server {
    let dir = tempfile::tempdir().expect("temp dir");
    let hash = Command::new("openssl")
        .args(["passwd", "-apr1", password])
        .output()
        .expect("openssl passwd");
    std::fs::write(
        dir.path().join("htpasswd"),
        format!("{user}:{}", String::from_utf8_lossy(&hash.stdout)),
    )
    .expect("htpasswd");
    nginx(dir, WEBDAV_LOCATION)
}

fn spawn_nginx(dir: &Path) -> Child {
    Command::new("nginx")
        .arg("-p")
        .arg(format!("{}/", dir.display()))
        .arg("-c")
        .arg(dir.join("nginx.conf"))
        .arg("-e")
        .arg(dir.join("error.log"))
        .args(["-g", "daemon off;"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start nginx")
}

impl Server {
    /// Stop the server at once, as a host going away would.
    pub fn kill(&mut self) {
        stop(&mut self.child);
        let deadline = Instant::now() + Duration::from_secs(10);
        while std::net::TcpStream::connect(("127.0.0.1", self.port)).is_ok() {
            assert!(
                Instant::now() < deadline,
                "the server on port {} would not stop",
                self.port
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// Start nginx again on the same port and files.
    pub fn restart(&mut self) {
        self.kill();
        self.child = spawn_nginx(self.dir.path());
        wait_for_port(
            self.port,
            &mut self.child,
            "nginx",
            &self.dir.path().join("error.log"),
        );
    }

    pub fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    /// The requests nginx answered, in order.
    pub fn access_log(&self) -> Vec<Request> {
        std::fs::read_to_string(self.dir.path().join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                let field = |i: usize| f.get(i).copied().unwrap_or_default().to_string();
                Request {
                    method: field(0),
                    uri: field(1),
                    status: field(2),
                    body: field(3).parse().unwrap_or(0),
                    copy: !matches!(field(4).as_str(), "" | "-"),
                    copy_source: field(4),
                }
            })
            .collect()
    }
}

/// One request in nginx's access log.
#[derive(Debug)]
pub struct Request {
    pub method: String,
    /// As nginx logs it: decoded, non-ASCII bytes escaped (`\xD0…`).
    pub uri: String,
    pub status: String,
    /// The body's length (Content-Length; 0 when there is none).
    pub body: u64,
    /// An S3 server-side copy (`x-amz-copy-source`), which carries no body.
    pub copy: bool,
    /// Where an S3 copy copies from (`-` when it is not one).
    pub copy_source: String,
}

/// OpenSSH's sshd with a throwaway host key, accepting `client_key()` for root, serving SFTP.
pub fn sftp() -> Server {
    sshd(tempfile::tempdir().expect("temp dir"), "")
}

/// sshd as in [`sftp`], every session confined to `chroot` with `internal-sftp`, as hosting
/// providers set it up. sshd wants every folder on the way to `chroot` owned by root and
/// writable by nobody else, which /tmp is not: it lives in the test cache.
pub fn sftp_chroot() -> (Server, tempfile::TempDir) {
    let base = crate::support::test_cache().join("chroots");
    std::fs::create_dir_all(&base).expect("mkdir");
    let chroot = tempfile::Builder::new()
        .prefix("sftp-")
        .tempdir_in(&base)
        .expect("chroot dir");
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(chroot.path(), std::fs::Permissions::from_mode(0o755)).expect("chmod");
    let extra = format!(
        "ChrootDirectory {}\nForceCommand internal-sftp\n",
        chroot.path().display()
    );
    (sshd(tempfile::tempdir().expect("temp dir"), &extra), chroot)
}

fn sshd(dir: tempfile::TempDir, extra: &str) -> Server {
    crate::support::require_tool("sshd");
    let d = dir.path();
    ssh_keys(d);
    let port = free_port();
    let config = format!(
        "ListenAddress 127.0.0.1\nPort {port}\nHostKey {dir}/host_key\nPidFile {dir}/sshd.pid\nAuthorizedKeysFile {dir}/authorized_keys\nStrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nUsePAM no\nAllowTcpForwarding no\nX11Forwarding no\nPrintMotd no\nSubsystem sftp internal-sftp\nLogLevel INFO\n{extra}",
        dir = d.display()
    );
    std::fs::write(d.join("sshd_config"), config).expect("sshd_config");
    // sshd refuses to start without its privilege-separation directory.
    let _ = std::fs::create_dir_all("/run/sshd");
    let log = d.join("sshd.log");
    let mut child = Command::new("/usr/sbin/sshd")
        .args(["-D", "-e", "-f"])
        .arg(d.join("sshd_config"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start sshd");
    wait_for_port(port, &mut child, "sshd", &log);
    Server { child, dir, port }
}

/// A host key, a client key, and the client key authorized, in `d`.
fn ssh_keys(d: &Path) {
    for (name, comment) in [("host_key", "testhost"), ("client_key", "testclient")] {
        let status = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
            .arg(d.join(name))
            .status()
            .expect("ssh-keygen");
        assert!(status.success());
    }
    std::fs::copy(d.join("client_key.pub"), d.join("authorized_keys")).expect("authorized_keys");
}

/// `rclone serve sftp` of `root()`, with a throwaway host key, accepting `client_key()`.
pub fn rclone_sftp() -> Server {
    crate::support::require_tool("rclone");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    ssh_keys(d);
    std::fs::create_dir_all(d.join("root")).expect("mkdir");
    let port = free_port();
    let log = d.join("rclone.log");
    let mut child = Command::new("rclone")
        .args(["serve", "sftp"])
        .arg(d.join("root"))
        .args(["--addr", &format!("127.0.0.1:{port}"), "--key"])
        .arg(d.join("host_key"))
        .arg("--authorized-keys")
        .arg(d.join("authorized_keys"))
        .args(["--config", "/dev/null", "--cache-dir"])
        .arg(d.join("cache"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start rclone");
    wait_for_port(port, &mut child, "rclone serve sftp", &log);
    Server { child, dir, port }
}

/// `rclone serve webdav` of `root()`, every request with basic auth `user`/`password`.
pub fn rclone_webdav(user: &str, password: &str) -> Server {
    crate::support::require_tool("rclone");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    std::fs::create_dir_all(d.join("root")).expect("mkdir");
    let port = free_port();
    let log = d.join("rclone.log");
    let mut child = Command::new("rclone")
        .args(["serve", "webdav"])
        .arg(d.join("root"))
        .args(["--addr", &format!("127.0.0.1:{port}")])
        .args(["--user", user, "--pass", password])
        // What is on disk is what a client sees, at once.
        .args([
            "--dir-cache-time",
            "0s",
            "--config",
            "/dev/null",
            "--cache-dir",
        ])
        .arg(d.join("cache"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start rclone");
    wait_for_port(port, &mut child, "rclone serve webdav", &log);
    Server { child, dir, port }
}

/// Debian's Apache httpd.
const APACHE: &str = "/usr/sbin/apache2";

/// Apache httpd with mod_dav on `root()` as a Debian user sets it up: Debian's own module
/// configuration (`dir.conf`, with its DirectoryIndex; `dav_fs.conf`), `Dav On` for the site,
/// readers' GET without credentials, everything else with `user`/`password`. Requests go to
/// `access.log` in the form `access_log` reads.
pub fn apache_webdav(user: &str, password: &str) -> Server {
    apache_webdav_with(user, password, "")
}

/// [`apache_webdav`] with `extra` added to its configuration.
pub fn apache_webdav_with(user: &str, password: &str, extra: &str) -> Server {
    assert!(
        Path::new(APACHE).is_file(),
        "{APACHE} is not installed; run scripts/setup"
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_path_buf();
    for sub in ["root", "lock", "run"] {
        std::fs::create_dir_all(d.join(sub)).expect("mkdir");
    }
    let hash = Command::new("openssl")
        .args(["passwd", "-apr1", password])
        .output()
        .expect("openssl passwd");
    std::fs::write(
        d.join("htpasswd"),
        format!("{user}:{}", String::from_utf8_lossy(&hash.stdout)),
    )
    .expect("htpasswd");
    // Started as root, Apache serves as www-data, which must own what it writes.
    let as_root = rustix::process::geteuid().is_root();
    if as_root {
        let status = Command::new("chown")
            .args(["-R", "www-data:www-data"])
            .arg(d.join("root"))
            .arg(d.join("lock"))
            .status()
            .expect("chown");
        assert!(status.success());
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(&d, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    }
    let port = free_port();
    let modules = "/usr/lib/apache2/modules";
    let mut conf = format!(
        "ServerRoot /etc/apache2\nServerName 127.0.0.1\nListen 127.0.0.1:{port}\nPidFile {d}/run/httpd.pid\nErrorLog {d}/error.log\nLogLevel info\nDefine APACHE_LOCK_DIR {d}/lock\n",
        d = d.display()
    );
    if as_root {
        conf.push_str("User www-data\nGroup www-data\n");
    }
    for (module, file) in [
        ("mpm_event", "mod_mpm_event.so"),
        ("authz_core", "mod_authz_core.so"),
        ("authz_user", "mod_authz_user.so"),
        ("authn_core", "mod_authn_core.so"),
        ("authn_file", "mod_authn_file.so"),
        ("auth_basic", "mod_auth_basic.so"),
        ("dir", "mod_dir.so"),
        ("mime", "mod_mime.so"),
        ("log_config", "mod_log_config.so"),
        ("dav", "mod_dav.so"),
        ("dav_fs", "mod_dav_fs.so"),
    ] {
        let path = format!("{modules}/{file}");
        // Some are built into Debian's httpd.
        if Path::new(&path).exists() {
            conf.push_str(&format!("LoadModule {module}_module {path}\n"));
        }
    }
    conf.push_str(&format!(
        "Include /etc/apache2/mods-available/dir.conf\n\
         Include /etc/apache2/mods-available/mime.conf\n\
         Include /etc/apache2/mods-available/dav_fs.conf\n\
         TypesConfig /etc/mime.types\n\
         LogFormat \"%m\\t%U\\t%>s\\t%{{Content-Length}}i\\t-\" requests\n\
         CustomLog {d}/access.log requests\n\
         DocumentRoot {d}/root\n\
         <Directory {d}/root>\n\
           Dav On\n\
           AuthType Basic\n\
           AuthName webdav\n\
           AuthUserFile {d}/htpasswd\n\
           <RequireAny>\n\
             Require method GET HEAD OPTIONS\n\
             Require valid-user\n\
           </RequireAny>\n\
         </Directory>\n\
         {extra}\n",
        d = d.display()
    ));
    std::fs::write(d.join("httpd.conf"), conf).expect("httpd.conf");
    let log = d.join("error.log");
    let mut child = Command::new(APACHE)
        .args(["-DFOREGROUND", "-f"])
        .arg(d.join("httpd.conf"))
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(d.join("stderr.log")).expect("log"))
        .spawn()
        .expect("start apache2");
    wait_for_port(port, &mut child, "apache2", &log);
    Server { child, dir, port }
}

impl Server {
    pub fn client_key(&self) -> PathBuf {
        self.dir.path().join("client_key")
    }

    /// The `known_hosts` line for this server.
    pub fn known_hosts_line(&self) -> String {
        let key = std::fs::read_to_string(self.dir.path().join("host_key.pub")).expect("host key");
        let mut fields = key.split_whitespace();
        format!(
            "[127.0.0.1]:{} {} {}\n",
            self.port,
            fields.next().unwrap_or_default(),
            fields.next().unwrap_or_default()
        )
    }
}

const GARAGE_TOML: &str = r#"
metadata_dir = "@DIR@/meta"
data_dir = "@DIR@/data"
db_engine = "sqlite"
metadata_fsync = false
data_fsync = false
disable_scrub = true
replication_factor = 1
rpc_bind_addr = "127.0.0.1:@RPC@"
rpc_public_addr = "127.0.0.1:@RPC@"
rpc_secret = "@SECRET@"

[s3_api]
s3_region = "garage"
api_bind_addr = "127.0.0.1:@S3@"
root_domain = ".s3.garage.localhost"

[s3_web]
bind_addr = "127.0.0.1:@WEB@"
root_domain = ".web.garage.localhost"
"#;

/// The Garage binary scripts/setup builds (once, cached outside target/).
pub fn garage_bin() -> PathBuf {
    let bin = crate::support::test_cache().join("garage/bin/garage");
    assert!(
        bin.is_file(),
        "{} is missing: run scripts/setup (it builds Garage once, about 6 minutes)",
        bin.display()
    );
    bin
}

pub struct Garage {
    pub server: Server,
    pub s3_port: u16,
    pub web_port: u16,
    pub bucket: &'static str,
    pub key_id: &'static str,
    pub secret: &'static str,
}

/// A single-node Garage (S3) with bucket `letter`, a read-write key and website access on.
pub fn garage() -> Garage {
    let bin = garage_bin();
    let dir = tempfile::tempdir().expect("temp dir");
    let (rpc, s3, web) = (free_port(), free_port(), free_port());
    let config = dir.path().join("garage.toml");
    std::fs::write(
        &config,
        GARAGE_TOML
            .replace("@DIR@", &dir.path().display().to_string())
            .replace("@RPC@", &rpc.to_string())
            .replace("@S3@", &s3.to_string())
            .replace("@WEB@", &web.to_string())
            .replace("@SECRET@", &"ab".repeat(32)),
    )
    .expect("garage.toml");
    let log = dir.path().join("garage.log");
    let mut child = Command::new(&bin)
        .arg("-c")
        .arg(&config)
        .arg("server")
        .env("RUST_LOG", "garage=warn")
        .stdout(Stdio::null())
        .stderr(std::fs::File::create(&log).expect("log"))
        .spawn()
        .expect("start garage");
    wait_for_port(s3, &mut child, "garage", &log);
    let garage = |args: &[&str]| -> String {
        let out = Command::new(&bin)
            .arg("-c")
            .arg(&config)
            .args(args)
            .output()
            .expect("garage cli");
        assert!(
            out.status.success(),
            "garage {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let deadline = Instant::now() + Duration::from_secs(20);
    let node = loop {
        let out = Command::new(&bin)
            .arg("-c")
            .arg(&config)
            .args(["node", "id", "-q"])
            .output()
            .expect("garage node id");
        if out.status.success() {
            break String::from_utf8_lossy(&out.stdout).trim().to_string();
        }
        assert!(Instant::now() < deadline, "garage did not answer");
        std::thread::sleep(Duration::from_millis(100));
    };
    let id = node.split('@').next().unwrap_or_default().to_string();
    garage(&["layout", "assign", "-z", "dc1", "-c", "1G", &id]);
    garage(&["layout", "apply", "--version", "1"]);
    let (bucket, key_id, secret) = (
        "letter",
        "GK0123456789abcdef01234567",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    );
    garage(&["bucket", "create", bucket]);
    garage(&["key", "import", "--yes", "-n", "letter-key", key_id, secret]);
    garage(&[
        "bucket", "allow", "--read", "--write", "--owner", bucket, "--key", key_id,
    ]);
    garage(&["bucket", "website", "--allow", bucket]);
    Garage {
        server: Server {
            child,
            dir,
            port: s3,
        },
        s3_port: s3,
        web_port: web,
        bucket,
        key_id,
        secret,
    }
}

impl Garage {
    /// A file of the bucket's website, as readers get it: (status, body).
    pub fn web_get(&self, path: &str) -> (u16, Vec<u8>) {
        let out = Command::new("curl")
            .args(["-s", "-o", "-", "-w", "\n%{http_code}", "-H"])
            .arg(format!("Host: {}.web.garage.localhost", self.bucket))
            .arg(format!("http://127.0.0.1:{}/{path}", self.web_port))
            .output()
            .expect("curl");
        let mut body = out.stdout;
        let split = body.iter().rposition(|&b| b == b'\n').unwrap_or(0);
        let status = String::from_utf8_lossy(&body[split + 1..])
            .trim()
            .parse()
            .unwrap_or(0);
        body.truncate(split);
        (status, body)
    }

    /// The keys of the bucket starting with `prefix`, listed through the S3 API.
    pub fn keys(&self, prefix: &str) -> Vec<String> {
        let out = Command::new("curl")
            .args(["-s", "--aws-sigv4", "aws:amz:garage:s3"])
            .args(["-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-u"])
            .arg(format!("{}:{}", self.key_id, self.secret))
            .arg(format!(
                "http://127.0.0.1:{}/{}?list-type=2&prefix={}",
                self.s3_port,
                self.bucket,
                prefix.replace('/', "%2F")
            ))
            .output()
            .expect("curl");
        assert!(
            out.status.success()
                && !out
                    .stdout
                    .starts_with(b"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error"),
            "listing the bucket failed: {}",
            String::from_utf8_lossy(&out.stdout)
        );
        let xml = String::from_utf8_lossy(&out.stdout).into_owned();
        xml.split("<Key>")
            .skip(1)
            .filter_map(|k| k.split("</Key>").next())
            .map(str::to_string)
            .collect()
    }

    /// Put an object with the key, as someone else sharing the bucket would.
    pub fn put_foreign(&self, key: &str, data: &[u8]) {
        let file = self.server.dir.path().join("foreign-upload");
        std::fs::write(&file, data).expect("write");
        let status = Command::new("curl")
            .args(["-s", "-f", "--aws-sigv4", "aws:amz:garage:s3"])
            // Garage wants the payload hash header, which curl does not add by itself.
            .args(["-H", "x-amz-content-sha256: UNSIGNED-PAYLOAD", "-u"])
            .arg(format!("{}:{}", self.key_id, self.secret))
            .arg("-T")
            .arg(&file)
            .arg(format!(
                "http://127.0.0.1:{}/{}/{key}",
                self.s3_port, self.bucket
            ))
            .status()
            .expect("curl");
        assert!(status.success(), "foreign PUT failed");
    }
}
