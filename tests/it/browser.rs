//! The pages in a real browser (Debian's Chromium, headless): opened as `file://` and served
//! from a sub-path over HTTP, every page renders with no console message at all, so the strict
//! Content-Security-Policy blocks nothing of ours and nothing else is loaded or fails.

use std::io::{BufRead as _, BufReader, Write as _};
use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Project, percent_decode, require_tool, tree};

/// A minimal static file server for the test: GET under `prefix`, on 127.0.0.1, a free port.
/// It only has to hand files to the browser; the product under test is the pages.
fn serve(root: PathBuf, prefix: &'static str) -> u16 {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming() {
            let Ok(mut stream) = stream else { continue };
            let mut request = String::new();
            if BufReader::new(&stream).read_line(&mut request).is_err() {
                continue;
            }
            let path = request.split(' ').nth(1).unwrap_or("/").to_string();
            let file = path
                .strip_prefix(prefix)
                .filter(|rel| !rel.contains(".."))
                .map(|rel| root.join(percent_decode(rel)))
                .filter(|p| p.is_file());
            let response = match file {
                Some(file) => {
                    let body = std::fs::read(&file).unwrap();
                    let kind = match file.extension().and_then(|e| e.to_str()) {
                        Some("html") => "text/html; charset=utf-8",
                        _ => "text/plain; charset=utf-8",
                    };
                    let mut r = format!(
                        "HTTP/1.1 200 OK\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
                        body.len()
                    )
                    .into_bytes();
                    r.extend(body);
                    r
                }
                None => b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"
                    .to_vec(),
            };
            let _ = stream.write_all(&response);
        }
    });
    port
}

/// Load `url` in headless Chromium; return the DOM and the console messages.
fn load(chromium: &Path, url: &str) -> (String, Vec<String>) {
    let profile = tempfile::tempdir().unwrap();
    let out = Command::new(chromium)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--enable-logging=stderr",
            "--v=0",
            "--dump-dom",
        ])
        .arg(format!("--user-data-dir={}", profile.path().display()))
        .arg(url)
        .output()
        .unwrap();
    let console = String::from_utf8_lossy(&out.stderr)
        .lines()
        .filter(|l| l.contains(":CONSOLE"))
        .map(str::to_string)
        .collect();
    (String::from_utf8_lossy(&out.stdout).into_owned(), console)
}

#[test]
fn pages_render_in_chromium_with_no_console_messages() {
    let chromium = require_tool("chromium");
    let p = Project::new();
    p.keygen();
    p.write(
        "mirrors.toml",
        "[[mirror]]\nname = \"one\"\nurls = [\"https://one.example/\"]\n",
    );
    p.bundle();
    let dist = p.path().join("dist");
    let port = serve(dist.clone(), "/some/sub/path/");
    let pages: Vec<String> = tree(&dist)
        .into_keys()
        .filter(|k| k.ends_with(".html"))
        .collect();
    assert!(pages.len() >= 9);
    for page in &pages {
        for url in [
            format!("file://{}/{page}", dist.display()),
            format!("http://127.0.0.1:{port}/some/sub/path/{page}"),
        ] {
            let (dom, console) = load(&chromium, &url);
            assert!(console.is_empty(), "{url}: {console:#?}");
            assert!(dom.contains("<h1>"), "{url} did not render: {dom}");
        }
    }

    // The check above can fail: a page whose style does not match the policy's hash is reported.
    let page = dist.join("en/mirrors.html");
    let html = std::fs::read_to_string(&page).unwrap();
    std::fs::write(&page, html.replacen("<style>", "<style>p{}", 1)).unwrap();
    let (_, console) = load(&chromium, &format!("file://{}", page.display()));
    assert!(
        console
            .iter()
            .any(|l| l.contains("Content Security Policy")),
        "a CSP violation went unnoticed: {console:#?}"
    );
}
