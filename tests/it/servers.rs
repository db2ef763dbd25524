//! Real servers for the push tests, each on 127.0.0.1 with a free port and a temporary
//! directory, stopped when dropped: nginx with WebDAV, OpenSSH's sshd for SFTP.

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
        let _ = self.child.kill();
        let _ = self.child.wait();
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
    log_format dav '$request_method\t$uri\t$status\t$content_length';
    access_log @DIR@/access.log dav;
    server {
        listen 127.0.0.1:@PORT@;
        root @DIR@/root;
        client_max_body_size 0;
        location / {
            auth_basic "webdav";
            auth_basic_user_file @DIR@/htpasswd;
            dav_methods PUT DELETE MKCOL COPY MOVE;
            dav_ext_methods PROPFIND OPTIONS;
            create_full_put_path on;
            dav_access user:rw group:r all:r;
        }
    }
}
"#;

/// nginx serving WebDAV with basic auth (`user`/`password`) from `root()`.
pub fn webdav(user: &str, password: &str) -> Server {
    crate::support::require_tool("nginx");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().display().to_string();
    std::fs::create_dir_all(dir.path().join("root")).expect("mkdir");
    std::fs::create_dir_all(dir.path().join("tmp")).expect("mkdir");
    let hash = Command::new("openssl")
        .args(["passwd", "-apr1", password])
        .output()
        .expect("openssl passwd");
    std::fs::write(
        dir.path().join("htpasswd"),
        format!("{user}:{}", String::from_utf8_lossy(&hash.stdout)),
    )
    .expect("htpasswd");
    let port = free_port();
    let conf = NGINX_CONF
        .replace("@DIR@", &d)
        .replace("@PORT@", &port.to_string());
    std::fs::write(dir.path().join("nginx.conf"), conf).expect("nginx.conf");
    let log = dir.path().join("error.log");
    let mut child = Command::new("nginx")
        .arg("-p")
        .arg(format!("{d}/"))
        .arg("-c")
        .arg(dir.path().join("nginx.conf"))
        .arg("-e")
        .arg(&log)
        .args(["-g", "daemon off;"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start nginx");
    wait_for_port(port, &mut child, "nginx", &log);
    Server { child, dir, port }
}

impl Server {
    pub fn root(&self) -> PathBuf {
        self.dir.path().join("root")
    }

    /// (method, path, status) of every request nginx logged.
    pub fn access_log(&self) -> Vec<(String, String, String)> {
        std::fs::read_to_string(self.dir.path().join("access.log"))
            .unwrap_or_default()
            .lines()
            .map(|l| {
                let f: Vec<&str> = l.split('\t').collect();
                (
                    f.first().unwrap_or(&"").to_string(),
                    f.get(1).unwrap_or(&"").to_string(),
                    f.get(2).unwrap_or(&"").to_string(),
                )
            })
            .collect()
    }
}

/// OpenSSH's sshd with a throwaway host key, accepting `client_key()` for root, serving SFTP.
pub fn sftp() -> Server {
    crate::support::require_tool("sshd");
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path();
    for (name, comment) in [("host_key", "testhost"), ("client_key", "testclient")] {
        let status = Command::new("ssh-keygen")
            .args(["-q", "-t", "ed25519", "-N", "", "-C", comment, "-f"])
            .arg(d.join(name))
            .status()
            .expect("ssh-keygen");
        assert!(status.success());
    }
    std::fs::copy(d.join("client_key.pub"), d.join("authorized_keys")).expect("authorized_keys");
    let port = free_port();
    let config = format!(
        "ListenAddress 127.0.0.1\nPort {port}\nHostKey {dir}/host_key\nPidFile {dir}/sshd.pid\nAuthorizedKeysFile {dir}/authorized_keys\nStrictModes no\nPubkeyAuthentication yes\nPasswordAuthentication no\nKbdInteractiveAuthentication no\nPermitRootLogin prohibit-password\nUsePAM no\nAllowTcpForwarding no\nX11Forwarding no\nPrintMotd no\nSubsystem sftp internal-sftp\nLogLevel INFO\n",
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
