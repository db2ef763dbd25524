//! What a reader sees, in a real browser (Debian's Chromium over WebDriver): every page checks
//! itself against the signed release and says so, on copies served by nginx as volunteers serve
//! them. Screenshots of each case go to `target/tmp/screenshots/reader-*.png`.

use std::path::Path;

use base64::Engine as _;
use serde_json::{Value, json};

use crate::servers::{Server, static_site};
use crate::support::{Project, copy_dir};
use crate::webdriver::Browser;

/// What the page's check said: its outcome, its words, and how long after the script started.
async fn outcome(b: &Browser) -> (String, String, u64) {
    let v = b
        .until(
            "const p = document.getElementById('proof');
             return p && p.dataset.outcome ? [p.dataset.outcome, p.textContent, +p.dataset.ms] : null;",
        )
        .await;
    (
        v[0].as_str().unwrap_or_default().to_string(),
        v[1].as_str().unwrap_or_default().to_string(),
        v[2].as_u64().unwrap_or_default(),
    )
}

/// Scroll the page's line into view, for the screenshot.
async fn show_proof(b: &Browser) {
    b.js("document.getElementById('proof').scrollIntoView({ block: 'center' })")
        .await;
}

/// Put `dist` on a copy, replacing what it held.
fn publish_to(dist: &Path, copy: &Server) {
    let root = copy.root();
    let _ = std::fs::remove_dir_all(&root);
    copy_dir(dist, &root);
}

/// A project whose mirror list names `copies`, bundled (release 1) with `ci.key`.
fn letter_on(copies: &[&Server]) -> Project {
    let p = Project::new();
    p.keygen();
    let mut mirrors = String::new();
    for (n, c) in copies.iter().enumerate() {
        mirrors.push_str(&format!(
            "[[mirror]]\nname = \"copy-{}\"\nurls = [\"http://127.0.0.1:{}/\"]\n\n",
            n + 1,
            c.port
        ));
    }
    p.write("mirrors.toml", &mirrors);
    p.bundle();
    p
}

#[tokio::test]
async fn every_page_proves_itself_and_names_what_is_wrong() {
    let (a, b, c) = (static_site(), static_site(), static_site());
    let p = letter_on(&[&a, &b, &c]);
    let dist = p.path().join("release-1");
    copy_dir(&p.path().join("dist"), &dist);
    for copy in [&a, &b, &c] {
        publish_to(&dist, copy);
    }
    let browser = Browser::start(&[]).await;
    let key_id = p
        .read("ci.pub")
        .lines()
        .next()
        .and_then(|l| l.rsplit(' ').next().map(str::to_string))
        .expect("the key id in ci.pub's comment");

    // 1. All good, in English and in Russian.
    let mut times = Vec::new();
    for (lang, words) in [
        ("en", "Genuine: release 1"),
        ("ru", "Подлинная копия: выпуск 1"),
    ] {
        browser
            .goto(&format!("http://127.0.0.1:{}/{lang}/index.html", a.port))
            .await;
        let (kind, text, ms) = outcome(&browser).await;
        assert_eq!(kind, "genuine", "{lang}: {text}");
        assert!(text.contains(words) && text.contains(&key_id), "{text}");
        times.push(ms);
        show_proof(&browser).await;
        browser.screenshot(&format!("reader-genuine-{lang}")).await;
    }
    eprintln!("time from script start to the genuine line: {times:?} ms");

    // 2. One byte of the letter changed on the first copy: the page says it was altered, and
    // which page; the other pages of the copy are still genuine.
    let page = a.root().join("en/index.html");
    let html = std::fs::read_to_string(&page).expect("the page");
    let at = html.find("<article>").expect("the letter") + "<article>\n<h1>".len();
    let mut bytes = html.clone().into_bytes();
    bytes[at] ^= 0x20; // the first letter of the title, its case flipped
    std::fs::write(&page, &bytes).expect("tamper");
    browser
        .goto(&format!("http://127.0.0.1:{}/en/index.html", a.port))
        .await;
    let (kind, text, _) = outcome(&browser).await;
    assert_eq!(kind, "altered", "{text}");
    assert!(text.contains("en/index.html"), "{text}");
    // The warning stands first in the page, where reading starts.
    let first = browser
        .js("return document.getElementById('main').firstElementChild.id")
        .await;
    assert_eq!(first, "proof");
    browser.screenshot("reader-altered-en").await;
    browser
        .goto(&format!("http://127.0.0.1:{}/en/mirrors.html", a.port))
        .await;
    assert_eq!(outcome(&browser).await.0, "genuine");
    std::fs::write(&page, html).expect("restore");

    // 5. A copy serving a manifest signed by another key is not taken for the publisher's.
    let other = Project::new();
    copy_dir(&p.path().join("content"), &other.path().join("content"));
    other.write("mirrors.toml", &p.read("mirrors.toml"));
    other.keygen();
    other.bundle();
    for f in ["manifest.json", "manifest.json.minisig"] {
        std::fs::copy(other.path().join("dist").join(f), c.root().join(f)).expect("swap");
    }
    browser
        .goto(&format!("http://127.0.0.1:{}/en/index.html", c.port))
        .await;
    let (kind, text, _) = outcome(&browser).await;
    assert_eq!(kind, "another-key", "{text}");
    browser.screenshot("reader-another-key").await;

    // An older genuine release on a copy where this browser has seen a newer one: a replay.
    p.next_release(2);
    p.bundle();
    publish_to(&p.path().join("dist"), &b);
    browser
        .goto(&format!("http://127.0.0.1:{}/en/index.html", b.port))
        .await;
    let (kind, text, _) = outcome(&browser).await;
    assert!(kind == "genuine" && text.contains("release 2"), "{text}");
    // nginx's ETag is the file's size and modification second: release 1's manifest, the same
    // size as release 2's, put back within the same second would be taken for it (304).
    std::thread::sleep(std::time::Duration::from_millis(1100));
    publish_to(&dist, &b);
    browser
        .goto(&format!("http://127.0.0.1:{}/en/index.html", b.port))
        .await;
    let (kind, text, _) = outcome(&browser).await;
    assert_eq!(kind, "replay", "{text}");
    assert!(
        text.contains("release 1") && text.contains("release 2"),
        "{text}"
    );
    browser.screenshot("reader-replay").await;
}

#[tokio::test]
async fn a_page_on_plain_http_still_checks_itself() {
    let a = static_site();
    let p = letter_on(&[&a]);
    publish_to(&p.path().join("dist"), &a);
    // A host name of its own: not localhost, so not a secure context (no WebCrypto, no
    // service worker); the vendored code still checks the page.
    let browser = Browser::start(&["--host-resolver-rules=MAP letter.test 127.0.0.1"]).await;
    browser
        .goto(&format!("http://letter.test:{}/ru/index.html", a.port))
        .await;
    assert_eq!(browser.js("return window.isSecureContext").await, false);
    let (kind, text, _) = outcome(&browser).await;
    assert_eq!(kind, "genuine", "{text}");
    show_proof(&browser).await;
    browser.screenshot("reader-plain-http").await;
}

#[tokio::test]
async fn without_javascript_every_page_reads_as_before() {
    let a = static_site();
    let p = letter_on(&[&a]);
    publish_to(&p.path().join("dist"), &a);
    // The same page with its scripts taken out, as it was before pages checked themselves.
    for page in ["en/index.html", "ru/mirrors.html", "index.html"] {
        let html = std::fs::read_to_string(a.root().join(page)).expect("page");
        let bare: String = html
            .lines()
            .filter(|l| !l.starts_with("<script "))
            .map(|l| format!("{l}\n"))
            .collect();
        assert_eq!(html.lines().count() - 2, bare.lines().count(), "{page}");
        std::fs::write(a.root().join(format!("{page}.bare.html")), bare).expect("write");
    }
    let browser = Browser::start(&["--blink-settings=scriptEnabled=false"]).await;
    for page in ["en/index.html", "ru/mirrors.html", "index.html"] {
        let url = format!("http://127.0.0.1:{}/{page}", a.port);
        browser.goto(&url).await;
        let name = page.replace('/', "-");
        let with_scripts = browser.screenshot(&format!("reader-no-js-{name}")).await;
        browser.goto(&format!("{url}.bare.html")).await;
        let bare = browser.client.screenshot().await.expect("screenshot");
        assert!(
            with_scripts == bare,
            "{page} looks different without JavaScript than a page without scripts"
        );
    }
}

/// The browser's own judgement of every vector in tests/vectors/, by the bundle's proof.js.
#[tokio::test]
async fn the_page_script_judges_every_vector_as_mirrorcast_does() {
    let a = static_site();
    let p = letter_on(&[&a]);
    publish_to(&p.path().join("dist"), &a);
    let vectors = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors");
    let cases: Value = serde_json::from_str(
        &std::fs::read_to_string(vectors.join("cases.json")).expect("cases.json"),
    )
    .expect("cases.json is JSON");
    let b64 = |rel: &str| {
        base64::engine::general_purpose::STANDARD
            .encode(std::fs::read(vectors.join(rel)).expect("a vector file"))
    };
    let mut inputs = Vec::new();
    for c in cases["acceptance"].as_array().expect("acceptance cases") {
        inputs.push(json!({
            "name": c["name"],
            "manifest": b64(c["manifest"].as_str().unwrap()),
            "signature": b64(c["signature"].as_str().unwrap()),
            "site": c["site"],
            "highest_seen": c["highest_seen"],
            "now": c["now"],
        }));
    }
    // A tampered vector must fail: the genuine manifest with one byte changed, said to pass.
    let genuine = &cases["acceptance"][0];
    let mut bytes = std::fs::read(vectors.join(genuine["manifest"].as_str().unwrap())).unwrap();
    bytes[10] ^= 1;
    inputs.push(json!({
        "name": "tampered here",
        "manifest": base64::engine::general_purpose::STANDARD.encode(&bytes),
        "signature": b64(genuine["signature"].as_str().unwrap()),
        "site": genuine["site"], "highest_seen": genuine["highest_seen"], "now": genuine["now"],
    }));
    let browser = Browser::start(&[]).await;
    browser
        .goto(&format!("http://127.0.0.1:{}/en/index.html", a.port))
        .await;
    outcome(&browser).await;
    let judged = browser
        .client
        .execute(
            "const [key, cases, files] = arguments;
             const bytes = (b) => Uint8Array.from(atob(b), (c) => c.charCodeAt(0));
             const out = {};
             for (const c of cases) {
               const r = mirrorcast.accept({ key, site: c.site, highestSeen: c.highest_seen,
                 now: c.now == null ? null : Date.parse(c.now) }, bytes(c.manifest), bytes(c.signature));
               out[c.name] = r.rejection ? r.rejection.kind : 'accept';
             }
             for (const f of files) {
               out['file: ' + f.name] = mirrorcast.judge(
                 { size: BigInt(f.expected_size), sha256: f.expected_sha256 }, bytes(f.content_base64));
             }
             return out;",
            vec![cases["public_key"].clone(), json!(inputs), cases["files"].clone()],
        )
        .await
        .expect("the vectors run");
    let mut wrong = Vec::new();
    for c in cases["acceptance"].as_array().unwrap() {
        let name = c["name"].as_str().unwrap();
        if judged[name] != c["expect"] {
            wrong.push(format!(
                "{name}: {} (expected {})",
                judged[name], c["expect"]
            ));
        }
    }
    for f in cases["files"].as_array().unwrap() {
        let name = format!("file: {}", f["name"].as_str().unwrap());
        let want = f["problem"].as_str().unwrap_or("good");
        if judged[&name] != want {
            wrong.push(format!("{name}: {} (expected {want})", judged[&name]));
        }
    }
    assert!(wrong.is_empty(), "{wrong:#?}");
    assert_eq!(judged["tampered here"], "BadSignature");
    assert_eq!(judged.as_object().unwrap().len(), 88 + 12 + 1);
}
