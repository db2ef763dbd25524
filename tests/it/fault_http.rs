//! A fault-injecting HTTP server of our own, for error paths no real product produces on demand:
//! a node that answers with another CID, a call that never returns, a mirror that resets, trickles,
//! never ends or redirects elsewhere.

use std::io::{BufRead as _, BufReader, Read as _, Write as _};
use std::net::{TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

pub enum Reply {
    /// Status and a JSON body.
    Json(u16, String),
    /// Read the request, then never answer (until the server is dropped).
    Hang,
    /// This status, then a body that never ends.
    Endless(u16),
    /// Status, extra header lines (`Name: value`) and a body.
    Bytes(u16, Vec<String>, Vec<u8>),
    /// Close the connection with a TCP reset, answering nothing.
    Reset,
    /// 200 and a Content-Length for `body`, sent one byte a second.
    Trickle(Vec<u8>),
}

pub struct FaultServer {
    pub url: String,
    stop: Arc<AtomicBool>,
    heads: Arc<Mutex<Vec<String>>>,
}

impl FaultServer {
    /// Serve `handler(method, path_and_query)` on 127.0.0.1 with a free port.
    pub fn start(handler: impl Fn(&str, &str) -> Reply + Send + Sync + 'static) -> Self {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
        let url = format!("http://{}", listener.local_addr().expect("local address"));
        let stop = Arc::new(AtomicBool::new(false));
        let handler = Arc::new(handler);
        let heads = Arc::new(Mutex::new(Vec::new()));
        let recorded = heads.clone();
        let stopping = stop.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                if stopping.load(Ordering::SeqCst) {
                    break;
                }
                let Ok(stream) = stream else { continue };
                let handler = handler.clone();
                let stopping = stopping.clone();
                let recorded = recorded.clone();
                std::thread::spawn(move || serve(stream, &*handler, &stopping, &recorded));
            }
        });
        FaultServer { url, stop, heads }
    }

    /// The request line and headers of every request so far, one string each.
    pub fn heads(&self) -> Vec<String> {
        self.heads.lock().expect("lock").clone()
    }
}

impl Drop for FaultServer {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        // Wake the accept loop so it sees the flag.
        let _ = TcpStream::connect(self.url.trim_start_matches("http://"));
    }
}

fn serve(
    stream: TcpStream,
    handler: &dyn Fn(&str, &str) -> Reply,
    stop: &AtomicBool,
    heads: &Mutex<Vec<String>>,
) {
    let _ = stream.set_read_timeout(Some(Duration::from_secs(30)));
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).unwrap_or(0) == 0 {
            return;
        }
        let mut parts = line.split_whitespace();
        let (method, target) = (
            parts.next().unwrap_or("").to_string(),
            parts.next().unwrap_or("").to_string(),
        );
        let (mut length, mut chunked) = (0usize, false);
        let mut head = line.clone();
        loop {
            let mut header = String::new();
            if reader.read_line(&mut header).unwrap_or(0) == 0 {
                return;
            }
            head.push_str(&header);
            let header = header.trim_end();
            if header.is_empty() {
                break;
            }
            let lower = header.to_ascii_lowercase();
            if let Some(v) = lower.strip_prefix("content-length:") {
                length = v.trim().parse().unwrap_or(0);
            }
            if lower.starts_with("transfer-encoding:") && lower.contains("chunked") {
                chunked = true;
            }
        }
        heads.lock().expect("lock").push(head);
        // Read the body so the client is never cut off mid-upload.
        if chunked {
            loop {
                let mut size = String::new();
                if reader.read_line(&mut size).unwrap_or(0) == 0 {
                    return;
                }
                let n = usize::from_str_radix(size.trim().split(';').next().unwrap_or("0"), 16)
                    .unwrap_or(0);
                let mut chunk = vec![0; n + 2];
                if reader.read_exact(&mut chunk).is_err() {
                    return;
                }
                if n == 0 {
                    break;
                }
            }
        } else {
            let mut body = vec![0; length];
            if reader.read_exact(&mut body).is_err() {
                return;
            }
        }
        match handler(&method, &target) {
            Reply::Hang => {
                while !stop.load(Ordering::SeqCst) {
                    std::thread::sleep(Duration::from_millis(50));
                }
                return;
            }
            Reply::Endless(status) => {
                let mut out = stream.try_clone().expect("clone stream");
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n"
                );
                if out.write_all(head.as_bytes()).is_err() {
                    return;
                }
                let chunk = format!("10000\r\n{}\r\n", "x".repeat(0x10000));
                while !stop.load(Ordering::SeqCst) {
                    if out.write_all(chunk.as_bytes()).is_err() {
                        return;
                    }
                }
                return;
            }
            Reply::Bytes(status, headers, body) => {
                let mut out = stream.try_clone().expect("clone stream");
                let mut head = format!("HTTP/1.1 {status} X\r\nContent-Length: {}\r\n", body.len());
                for h in headers {
                    head.push_str(&h);
                    head.push_str("\r\n");
                }
                head.push_str("\r\n");
                if out.write_all(head.as_bytes()).is_err() || out.write_all(&body).is_err() {
                    return;
                }
            }
            Reply::Reset => {
                // SO_LINGER 0: close() sends RST instead of FIN.
                let _ = socket2::SockRef::from(&stream).set_linger(Some(Duration::ZERO));
                return;
            }
            Reply::Trickle(body) => {
                let mut out = stream.try_clone().expect("clone stream");
                let head = format!("HTTP/1.1 200 OK\r\nContent-Length: {}\r\n\r\n", body.len());
                if out.write_all(head.as_bytes()).is_err() {
                    return;
                }
                for byte in body {
                    if stop.load(Ordering::SeqCst) || out.write_all(&[byte]).is_err() {
                        return;
                    }
                    std::thread::sleep(Duration::from_secs(1));
                }
            }
            Reply::Json(status, body) => {
                let mut out = stream.try_clone().expect("clone stream");
                let head = format!(
                    "HTTP/1.1 {status} X\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n",
                    body.len()
                );
                if out.write_all(head.as_bytes()).is_err()
                    || out.write_all(body.as_bytes()).is_err()
                {
                    return;
                }
            }
        }
    }
}
