//! Every `href` and `src` resolves to a file of the bundle, whether the site is served from a
//! host's root, a sub-path, an IPFS path gateway or opened as `file://`; nothing is loaded from
//! outside, and the only outside addresses are the configured mirrors, marked `rel="external"`.

use std::collections::BTreeMap;

use url::Url;

use crate::support::{Project, percent_decode, tree};

const MIRRORS: &str = r#"
[[mirror]]
name = "one"
urls = ["https://one.example/letter/", "http://onion-address-here.onion/"]

[[mirror]]
name = "two <&> \"quoted\""
urls = ["https://two.example/x"]

[ipfs]
gateways = ["https://gateway.example/"]
ipns = "k51qzi5uqu5dexample"
dnslink = "letter.example.org"
"#;

/// A start tag: its name and attributes.
struct Tag {
    name: String,
    attrs: BTreeMap<String, String>,
}

/// Start tags of our own generated HTML (attribute values always double-quoted, no `>` inside).
fn tags(html: &str) -> Vec<Tag> {
    let mut out = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        rest = &rest[start + 1..];
        let end = rest.find('>').expect("unclosed tag");
        let inner = &rest[..end];
        rest = &rest[end + 1..];
        if inner.starts_with('/') || inner.starts_with('!') {
            continue;
        }
        let name_end = inner.find([' ', '\n']).unwrap_or(inner.len());
        let name = inner[..name_end].to_ascii_lowercase();
        let mut attrs = BTreeMap::new();
        let mut a = inner[name_end..].trim();
        while !a.is_empty() {
            let eq = a.find('=');
            let space = a.find(' ');
            match (eq, space) {
                (Some(e), s) if s.is_none_or(|s| e < s) => {
                    let key = a[..e].trim().to_ascii_lowercase();
                    let value = &a[e + 1..];
                    assert!(
                        value.starts_with('"'),
                        "unquoted attribute {key} in <{inner}>"
                    );
                    let close = value[1..].find('"').unwrap() + 1;
                    attrs.insert(
                        key,
                        value[1..close]
                            .replace("&amp;", "&")
                            .replace("&quot;", "\""),
                    );
                    a = value[close + 1..].trim_start();
                }
                (_, Some(s)) => {
                    attrs.insert(a[..s].to_ascii_lowercase(), String::new());
                    a = a[s..].trim_start();
                }
                (_, None) => {
                    attrs.insert(a.to_ascii_lowercase(), String::new());
                    a = "";
                }
            }
        }
        out.push(Tag { name, attrs });
    }
    out
}

#[test]
fn links_resolve_inside_the_bundle_everywhere() {
    let p = Project::new();
    p.keygen();
    p.write("mirrors.toml", MIRRORS);
    std::fs::create_dir_all(p.path().join("content/files")).unwrap();
    std::fs::write(p.path().join("content/files/report #1 (ru).txt"), "x").unwrap();
    p.bundle();
    let dist = p.path().join("dist");
    let files = tree(&dist);
    let external: Vec<&str> = vec![
        "https://one.example/letter/",
        "http://onion-address-here.onion/",
        "https://two.example/x/",
    ];
    let file_base = Url::from_directory_path(&dist).unwrap();
    let bases = [
        Url::parse("https://host.example/").unwrap(),
        Url::parse("https://host.example/some/sub/path/").unwrap(),
        Url::parse("http://127.0.0.1:8080/ipfs/bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi/").unwrap(),
        file_base.clone(),
    ];
    let mut checked = 0;
    let mut externals_seen = Vec::new();
    for (page, bytes) in &files {
        if !page.ends_with(".html") {
            continue;
        }
        let html = std::str::from_utf8(bytes).unwrap();
        assert!(bytes.len() < 1_000_000, "{page} is over 1 MB");
        for forbidden in ["<iframe", "<object", "<embed", "srcset", "@import", "url("] {
            assert!(!html.contains(forbidden), "{page} contains {forbidden}");
        }
        let tags = tags(html);
        // The only scripts are the bundle's own two files (the page's proof and the signature
        // code it needs), deferred, empty (nothing inline); their src is checked as a link below.
        let scripts: Vec<&Tag> = tags.iter().filter(|t| t.name == "script").collect();
        assert_eq!(scripts.len(), 2, "{page}");
        assert_eq!(html.matches("<script").count(), 2, "{page}");
        assert_eq!(
            html.matches("></script>").count(),
            2,
            "{page}: a script with text"
        );
        for (script, file) in scripts.iter().zip(["noble.js", "proof.js"]) {
            assert!(script.attrs.contains_key("defer"), "{page}");
            assert!(
                script.attrs["src"].ends_with(file),
                "{page}: {:?}",
                script.attrs
            );
        }
        let html_tag = tags.iter().find(|t| t.name == "html").unwrap();
        assert!(html_tag.attrs.contains_key("lang"), "{page} has no lang");
        let csp = tags
            .iter()
            .find(|t| {
                t.attrs.get("http-equiv").map(String::as_str) == Some("Content-Security-Policy")
            })
            .unwrap_or_else(|| panic!("{page} has no CSP"));
        assert!(
            csp.attrs["content"].starts_with("default-src 'none'"),
            "{page}"
        );
        let ids: Vec<&str> = tags
            .iter()
            .filter_map(|t| t.attrs.get("id").map(String::as_str))
            .collect();

        for tag in &tags {
            for attr in ["href", "src", "action", "data", "poster"] {
                let Some(link) = tag.attrs.get(attr) else {
                    continue;
                };
                checked += 1;
                if tag
                    .attrs
                    .get("rel")
                    .is_some_and(|r| r.split(' ').any(|w| w == "external"))
                {
                    assert!(page.ends_with("/mirrors.html"), "external link on {page}");
                    assert_eq!(tag.name, "a");
                    assert!(
                        external.contains(&link.as_str()),
                        "{page}: unexpected outside link {link}"
                    );
                    externals_seen.push(link.clone());
                    continue;
                }
                if let Some(fragment) = link.strip_prefix('#') {
                    assert!(ids.contains(&fragment), "{page}: #{fragment} has no target");
                    continue;
                }
                assert!(
                    !link.starts_with('/') && !link.contains("://") && !link.starts_with("data:"),
                    "{page}: {attr}={link:?} is not relative"
                );
                assert!(
                    link.ends_with(".html") || link.contains('.'),
                    "{page}: {link:?} names a directory, which file:// cannot open"
                );
                for base in &bases {
                    let target = base.join(page).unwrap().join(link).unwrap();
                    let rel = target
                        .path()
                        .strip_prefix(base.path())
                        .unwrap_or_else(|| panic!("{page}: {link} leaves the site under {base}"));
                    let rel = percent_decode(rel);
                    assert!(
                        files.contains_key(&rel),
                        "{page}: {link} -> {rel} is not in the bundle (base {base})"
                    );
                    if base == &file_base {
                        assert!(target.to_file_path().unwrap().is_file());
                    }
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} links checked");
    for e in &external {
        assert!(
            externals_seen.iter().any(|s| s == e),
            "mirror {e} not linked"
        );
    }
    // hreflang alternates between the two languages.
    let en = String::from_utf8(files["en/index.html"].clone()).unwrap();
    assert!(en.contains("<link rel=\"alternate\" hreflang=\"ru\" href=\"../ru/index.html\">"));
    let root = String::from_utf8(files["index.html"].clone()).unwrap();
    assert!(root.contains("hreflang=\"ru\"") && root.contains("hreflang=\"en\""));
    // The mirror name with markup characters is escaped on the page.
    let mirrors = String::from_utf8(files["en/mirrors.html"].clone()).unwrap();
    assert!(
        mirrors.contains("two &lt;&amp;&gt; &quot;quoted&quot;"),
        "{mirrors}"
    );
    assert!(mirrors.contains("/ipns/letter.example.org"));
}
