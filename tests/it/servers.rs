//! Real servers for the push tests, each on 127.0.0.1 with a free port and a temporary
//! directory, stopped when dropped: WebDAV on nginx, Apache httpd (mod_dav, Debian's stock
//! module configuration) and `rclone serve webdav`; SFTP on OpenSSH's sshd (also chrooted with
//! `internal-sftp`) and `rclone serve sftp`.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::free_port;

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
replication_factor = @REPLICATION@
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

/// One Garage server: its configuration (in a folder of its own, with its metadata and data),
/// its ports, and its process while it runs. Stopped when dropped.
pub struct GarageNode {
    child: Option<Child>,
    config: PathBuf,
    log: PathBuf,
    pub s3_port: u16,
    pub web_port: u16,
    /// `<node id>@127.0.0.1:<rpc port>`, as `garage node connect` takes it.
    pub address: String,
}

impl GarageNode {
    /// Configure a node in `dir` (replication factor `replication`, free ports, the secret all
    /// test nodes share), start it and wait until it answers.
    fn new(dir: &Path, replication: u8) -> Self {
        std::fs::create_dir_all(dir).expect("node dir");
        let (rpc, s3, web) = (free_port(), free_port(), free_port());
        let config = dir.join("garage.toml");
        std::fs::write(
            &config,
            GARAGE_TOML
                .replace("@DIR@", &dir.display().to_string())
                .replace("@REPLICATION@", &replication.to_string())
                .replace("@RPC@", &rpc.to_string())
                .replace("@S3@", &s3.to_string())
                .replace("@WEB@", &web.to_string())
                .replace("@SECRET@", &"ab".repeat(32)),
        )
        .expect("garage.toml");
        let mut node = GarageNode {
            child: None,
            config,
            log: dir.join("garage.log"),
            s3_port: s3,
            web_port: web,
            address: String::new(),
        };
        node.start();
        node
    }

    /// Start the server (again, on the same ports and files) and wait until its S3 API listens
    /// and it answers its CLI (over RPC: `garage node id` alone reads a file).
    fn start(&mut self) {
        assert!(self.child.is_none(), "garage is already running");
        let mut child = Command::new(garage_bin())
            .arg("-c")
            .arg(&self.config)
            .arg("server")
            .env("RUST_LOG", "garage=warn")
            .stdout(Stdio::null())
            .stderr(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(&self.log)
                    .expect("log"),
            )
            .spawn()
            .expect("start garage");
        wait_for_port(self.s3_port, &mut child, "garage", &self.log);
        self.child = Some(child);
        let deadline = Instant::now() + Duration::from_secs(20);
        while let Err(e) = self.try_cli(&["status"]) {
            assert!(Instant::now() < deadline, "garage did not answer: {e}");
            std::thread::sleep(Duration::from_millis(100));
        }
        self.address = self.cli(&["node", "id", "-q"]).trim().to_string();
    }

    /// Kill the server; its files stay.
    fn stop(&mut self) {
        if let Some(mut child) = self.child.take() {
            stop(&mut child);
        }
    }

    pub fn is_running(&self) -> bool {
        self.child.is_some()
    }

    /// The node id, without the address.
    pub fn id(&self) -> &str {
        self.address.split('@').next().unwrap_or_default()
    }

    fn try_cli(&self, args: &[&str]) -> Result<String, String> {
        let out = Command::new(garage_bin())
            .arg("-c")
            .arg(&self.config)
            .args(args)
            .output()
            .expect("garage cli");
        if out.status.success() {
            Ok(String::from_utf8_lossy(&out.stdout).into_owned())
        } else {
            Err(format!(
                "{}{}",
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr)
            ))
        }
    }

    /// `garage ARGS` against this node, which must succeed: its output.
    pub fn cli(&self, args: &[&str]) -> String {
        self.try_cli(args)
            .unwrap_or_else(|e| panic!("garage {args:?}: {e}"))
    }

    /// A line of `garage health` as this node sees the cluster (`Cluster health`, `Storage
    /// nodes up`, ...); `None` while the node cannot tell.
    fn health(&self, field: &str) -> Option<String> {
        let out = self.try_cli(&["health"]).unwrap_or_else(|e| e);
        out.lines().find_map(|l| {
            let (name, value) = l.split_once(':')?;
            (name.trim() == field).then(|| value.trim().to_string())
        })
    }

    /// Wait until this node reports `value` for the `garage health` line `field`.
    fn wait_for_health(&self, field: &str, value: &str) {
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let now = self.health(field);
            if now.as_deref() == Some(value) {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "garage {}: {field} is {now:?}, not {value}: {}",
                self.address,
                std::fs::read_to_string(&self.log).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(100));
        }
    }
}

impl Drop for GarageNode {
    fn drop(&mut self) {
        self.stop();
    }
}

/// Give every node of `nodes` a role (a zone each, 1 GB) and apply the layout, from the first.
fn garage_layout(nodes: &[GarageNode]) {
    for (i, node) in nodes.iter().enumerate() {
        let zone = format!("dc{}", i + 1);
        nodes[0].cli(&["layout", "assign", "-z", &zone, "-c", "1G", node.id()]);
    }
    nodes[0].cli(&["layout", "apply", "--version", "1"]);
}

/// The bucket `letter`, a read-write key for it, and website access on: (bucket, key id,
/// secret).
fn garage_letter_bucket(node: &GarageNode) -> (&'static str, &'static str, &'static str) {
    let (bucket, key_id, secret) = (
        "letter",
        "GK0123456789abcdef01234567",
        "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
    );
    node.cli(&["bucket", "create", bucket]);
    node.cli(&["key", "import", "--yes", "-n", "letter-key", key_id, secret]);
    node.cli(&[
        "bucket", "allow", "--read", "--write", "--owner", bucket, "--key", key_id,
    ]);
    node.cli(&["bucket", "website", "--allow", bucket]);
    (bucket, key_id, secret)
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
    let dir = tempfile::tempdir().expect("temp dir");
    let mut node = GarageNode::new(dir.path(), 1);
    garage_layout(std::slice::from_ref(&node));
    let (bucket, key_id, secret) = garage_letter_bucket(&node);
    Garage {
        server: Server {
            child: node.child.take().expect("garage runs"),
            dir,
            port: node.s3_port,
        },
        s3_port: node.s3_port,
        web_port: node.web_port,
        bucket,
        key_id,
        secret,
    }
}

/// Garage on several machines, here on loopback: nodes with their own folders and ports, one
/// rpc secret, replication factor 3, a zone each in the layout. Bucket `letter` (read-write key,
/// website on) is also aliased `localhost`, so that every node's web endpoint serves it at
/// `http://localhost:<web port>/`: Garage finds a website's bucket by the Host header, and
/// `localhost` is the one name that resolves here without a proxy.
pub struct GarageCluster {
    pub nodes: Vec<GarageNode>,
    pub bucket: &'static str,
    pub key_id: &'static str,
    pub secret: &'static str,
    _dir: tempfile::TempDir,
}

/// Three Garage nodes on loopback, connected, replication factor 3, layout applied, healthy.
pub fn garage_cluster() -> GarageCluster {
    let dir = tempfile::tempdir().expect("temp dir");
    let nodes: Vec<GarageNode> = (1..=3)
        .map(|i| GarageNode::new(&dir.path().join(format!("node-{i}")), 3))
        .collect();
    for other in &nodes[1..] {
        nodes[0].cli(&["node", "connect", &other.address]);
    }
    garage_layout(&nodes);
    for node in &nodes {
        node.wait_for_health("Cluster health", "HEALTHY");
    }
    let (bucket, key_id, secret) = garage_letter_bucket(&nodes[0]);
    nodes[0].cli(&["bucket", "alias", bucket, "localhost"]);
    GarageCluster {
        nodes,
        bucket,
        key_id,
        secret,
        _dir: dir,
    }
}

impl GarageCluster {
    /// Node `i`'s website endpoint, the public address of the bucket on it.
    pub fn web_url(&self, i: usize) -> String {
        format!("http://localhost:{}/", self.nodes[i].web_port)
    }

    /// Stop node `i`, and wait until the others have noticed (the cluster is degraded: every
    /// partition still has a quorum of 2 of its 3 copies).
    pub fn stop(&mut self, i: usize) {
        self.nodes[i].stop();
        for node in self.nodes.iter().filter(|n| n.is_running()) {
            node.wait_for_health("Cluster health", "DEGRADED");
        }
    }

    /// Start node `i` again on its files, reconnect it, and wait until every node sees the
    /// whole cluster healthy. The others would reconnect by themselves, but only when their
    /// retries, further apart the longer the node was away, come round: tens of seconds. So
    /// each of them connects to it, as an operator may with `garage node connect`.
    pub fn start(&mut self, i: usize) {
        self.nodes[i].start();
        let back = &self.nodes[i];
        for other in self.nodes.iter().filter(|n| n.is_running()) {
            if other.address != back.address {
                other.cli(&["node", "connect", &back.address]);
            }
        }
        for node in self.nodes.iter().filter(|n| n.is_running()) {
            node.wait_for_health("Cluster health", "HEALTHY");
        }
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
