//! Many mirrors in one process, for `scripts/bench verify`: a static server answering on COUNT
//! loopback ports, every one serving the same directory.
//!
//! Usage: `many_mirrors DIR COUNT [DELAY_MS]`. It binds COUNT listeners on `127.0.0.1`, port 0,
//! prints their ports on standard output (one per line, once all are bound) and serves until
//! killed. With DELAY_MS, every answer waits that long first, as a distant host's would.
//!
//! The benchmark measures the client, so the server must never be what it waits on: the files are
//! read once and held in memory (a response is a reference-counted slice, no copy, no disk), and
//! connections are HTTP/1.1 keep-alive with Nagle off, as a tuned web server's would be. GET and
//! HEAD of a file of DIR answer 200, an unknown path 404 and other methods 405, like a static host.

use std::collections::HashMap;
use std::future::IntoFuture as _;
use std::io::Write as _;
use std::path::Path;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::body::Bytes;
use axum::http::{Method, StatusCode, Uri, header};
use axum::response::{IntoResponse, Response};
use axum::serve::ListenerExt as _;

/// The served tree: the path below the root, without a leading `/`, and the file's bytes.
type Files = Arc<HashMap<String, Bytes>>;

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let (dir, count, delay) = match args.as_slice() {
        [dir, count, delay @ ..] if delay.len() <= 1 => {
            let delay = match delay.first().map(|d| d.parse::<u64>()) {
                None => 0,
                Some(Ok(ms)) => ms,
                Some(Err(_)) => return usage(),
            };
            match count.parse::<usize>() {
                Ok(n) if n > 0 => (Path::new(dir), n, Duration::from_millis(delay)),
                _ => return usage(),
            }
        }
        _ => return usage(),
    };
    let files = match load(dir) {
        Ok(files) => Arc::new(files),
        Err(e) => {
            eprintln!("many_mirrors: cannot read {}: {e}", dir.display());
            return ExitCode::from(2);
        }
    };
    let limit = raise_open_files_limit();
    // Past the limit, accept fails and axum retries a second later: clients would time out, and
    // the benchmark would measure this server's limit, not the client.
    if limit < 2 * count as libc::rlim_t + 16 {
        eprintln!(
            "many_mirrors: warning: only {limit} file descriptors for {count} ports and their \
             connections; clients will wait (raise the hard limit, `ulimit -Hn`)"
        );
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("many_mirrors: cannot start the runtime: {e}");
            return ExitCode::from(2);
        }
    };
    match runtime.block_on(serve(files, count, delay)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("many_mirrors: {e}");
            ExitCode::from(2)
        }
    }
}

fn usage() -> ExitCode {
    eprintln!(
        "usage: many_mirrors DIR COUNT [DELAY_MS]   (prints COUNT loopback ports, serves DIR on each)"
    );
    ExitCode::from(2)
}

/// Every regular file below `dir`, read once.
fn load(dir: &Path) -> std::io::Result<HashMap<String, Bytes>> {
    let mut files = HashMap::new();
    for entry in walkdir::WalkDir::new(dir) {
        let entry = entry?;
        if !entry.file_type().is_file() {
            continue;
        }
        let rel = entry
            .path()
            .strip_prefix(dir)
            .map_err(std::io::Error::other)?
            .to_string_lossy()
            .replace(std::path::MAIN_SEPARATOR, "/");
        files.insert(rel, Bytes::from(std::fs::read(entry.path())?));
    }
    Ok(files)
}

/// COUNT listeners plus one socket per client connection: far past the usual soft limit of 1,024
/// descriptors, so take the hard limit. The limit now in force.
fn raise_open_files_limit() -> libc::rlim_t {
    // Should getrlimit fail, assume no limit rather than warn about one.
    let mut limit = libc::rlimit {
        rlim_cur: libc::RLIM_INFINITY,
        rlim_max: libc::RLIM_INFINITY,
    };
    // SAFETY: getrlimit and setrlimit only read and write the struct passed.
    unsafe {
        if libc::getrlimit(libc::RLIMIT_NOFILE, &mut limit) == 0 && limit.rlim_cur < limit.rlim_max
        {
            let raised = libc::rlimit {
                rlim_cur: limit.rlim_max,
                rlim_max: limit.rlim_max,
            };
            if libc::setrlimit(libc::RLIMIT_NOFILE, &raised) == 0 {
                limit = raised;
            }
        }
    }
    limit.rlim_cur
}

async fn serve(files: Files, count: usize, delay: Duration) -> std::io::Result<()> {
    let app = Router::new().fallback(move |method: Method, uri: Uri| {
        let files = files.clone();
        async move {
            if !delay.is_zero() {
                tokio::time::sleep(delay).await;
            }
            answer(&files, &method, &uri)
        }
    });
    let mut listeners = Vec::with_capacity(count);
    for _ in 0..count {
        listeners.push(tokio::net::TcpListener::bind("127.0.0.1:0").await?);
    }
    // The ports, only once every listener is bound, so a reader may connect to any it has read.
    let mut out = std::io::stdout().lock();
    for l in &listeners {
        writeln!(out, "{}", l.local_addr()?.port())?;
    }
    out.flush()?;
    drop(out);
    let mut servers = tokio::task::JoinSet::new();
    for listener in listeners {
        // A response is written whole; Nagle could only hold its last segment back until the
        // client's delayed ACK.
        let listener = listener.tap_io(|tcp| {
            let _ = tcp.set_nodelay(true);
        });
        servers.spawn(axum::serve(listener, app.clone()).into_future());
    }
    // axum::serve runs until its listener fails for good; the first one to stop ends the server.
    match servers.join_next().await {
        Some(Ok(result)) => result,
        Some(Err(e)) => Err(std::io::Error::other(e)),
        None => Ok(()),
    }
}

fn answer(files: &HashMap<String, Bytes>, method: &Method, uri: &Uri) -> Response {
    if method != Method::GET && method != Method::HEAD {
        return StatusCode::METHOD_NOT_ALLOWED.into_response();
    }
    let path = percent_encoding::percent_decode_str(uri.path().trim_start_matches('/'))
        .decode_utf8_lossy();
    // A directory's address serves its index.html, as static hosts do.
    let path = if path.is_empty() || path.ends_with('/') {
        format!("{path}index.html")
    } else {
        path.into_owned()
    };
    match files.get(&path) {
        // Cloning Bytes shares the buffer: no copy per request.
        Some(bytes) => {
            ([(header::CONTENT_TYPE, content_type(&path))], bytes.clone()).into_response()
        }
        None => StatusCode::NOT_FOUND.into_response(),
    }
}

fn content_type(path: &str) -> &'static str {
    match path.rsplit_once('.').map(|(_, ext)| ext) {
        Some("html") => "text/html; charset=utf-8",
        Some("txt" | "md") => "text/plain; charset=utf-8",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}
