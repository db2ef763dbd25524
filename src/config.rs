//! `mirrors.toml`: the list of mirrors and IPFS gateways.
//!
//! The file is parsed strictly (unknown fields are errors) so that a typo never silently drops a
//! mirror. Every error names the file, the line and the column. Secrets never live in this file:
//! later transports name environment variables instead.

use std::path::Path;

use serde::Deserialize;
use serde::de::DeserializeOwned;
use toml::Spanned;
use url::Url;

use crate::error::{Error, Result};

/// The validated mirror list.
#[derive(Debug, Clone, Default)]
pub struct MirrorsConfig {
    pub mirrors: Vec<Mirror>,
    pub ipfs: IpfsConfig,
}

/// One mirror: a name and the public addresses readers use.
#[derive(Debug, Clone)]
pub struct Mirror {
    pub name: String,
    pub urls: Vec<Url>,
}

/// Where the IPFS copy can be found; filled in by the IPFS issue's commands.
#[derive(Debug, Clone, Default)]
pub struct IpfsConfig {
    pub gateways: Vec<Url>,
    pub ipns: Option<String>,
    pub dnslink: Option<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFile {
    #[serde(default, rename = "mirror")]
    mirrors: Vec<RawMirror>,
    #[serde(default)]
    ipfs: Option<RawIpfs>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawMirror {
    name: Spanned<String>,
    urls: Spanned<Vec<Spanned<String>>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawIpfs {
    #[serde(default)]
    gateways: Vec<Spanned<String>>,
    ipns: Option<Spanned<String>>,
    dnslink: Option<Spanned<String>>,
}

impl MirrorsConfig {
    /// Read and validate `mirrors.toml`.
    pub fn load(path: &Path) -> Result<Self> {
        let text = crate::safe_fs::read_text(path, crate::safe_fs::MAX_CONFIG)?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let raw: RawFile = parse_toml(path, text)?;
        let err = |span: std::ops::Range<usize>, message: String| Error::Config {
            location: location(path, text, span.start),
            message,
        };
        let mut mirrors = Vec::new();
        for m in raw.mirrors {
            let name = m.name.get_ref().trim().to_string();
            if name.is_empty() || name.chars().any(crate::safe_fs::is_unsafe_char) {
                return Err(err(
                    m.name.span(),
                    "a mirror's `name` must be a non-empty single line, e.g. name = \"volunteer-berlin\"".into(),
                ));
            }
            if mirrors.iter().any(|x: &Mirror| x.name == name) {
                return Err(err(
                    m.name.span(),
                    format!("a second mirror is named {name:?}; give every mirror its own name"),
                ));
            }
            if m.urls.get_ref().is_empty() {
                return Err(err(
                    m.urls.span(),
                    format!(
                        "mirror {name:?} has no public address; write urls = [\"https://example.org/letter/\"]"
                    ),
                ));
            }
            let mut urls = Vec::new();
            for u in m.urls.into_inner() {
                urls.push(public_url(&u).map_err(|msg| err(u.span(), msg))?);
            }
            mirrors.push(Mirror { name, urls });
        }
        let mut ipfs = IpfsConfig::default();
        if let Some(raw) = raw.ipfs {
            for g in raw.gateways {
                ipfs.gateways
                    .push(public_url(&g).map_err(|msg| err(g.span(), msg))?);
            }
            if let Some(name) = raw.ipns {
                let text = name.get_ref().trim();
                let text = text.strip_prefix("/ipns/").unwrap_or(text);
                if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphanumeric()) {
                    return Err(err(
                        name.span(),
                        "`ipns` must be an IPNS name (a key such as \"k51qzi5uqu5d…\"); for a domain use `dnslink`".into(),
                    ));
                }
                ipfs.ipns = Some(text.to_string());
            }
            if let Some(d) = raw.dnslink {
                let domain = d.get_ref().trim().trim_end_matches('.').to_string();
                if domain.is_empty()
                    || !domain
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '.')
                {
                    return Err(err(
                        d.span(),
                        "`dnslink` must be a domain name such as \"letter.example.org\"".into(),
                    ));
                }
                ipfs.dnslink = Some(domain);
            }
        }
        Ok(MirrorsConfig { mirrors, ipfs })
    }
}

/// A public address readers open: http(s), a host, no credentials. Directory addresses get a
/// trailing slash so relative links resolve under them.
fn public_url(raw: &Spanned<String>) -> std::result::Result<Url, String> {
    // The messages below never quote the address: it may hold a password or a token, and error
    // text ends up in logs and CI output. The line and column say which address is meant.
    let mut url = Url::parse(raw.get_ref().trim()).map_err(|e| {
        format!("this address is not a URL ({e}); write a full address such as \"https://example.org/letter/\"")
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err("this address must start with http:// or https:// and name a host".into());
    }
    if !url.username().is_empty() || url.password().is_some() {
        return Err(
            "this address carries credentials; public addresses are shown to every reader, so remove them"
                .into(),
        );
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(
            "this address has a query or fragment; give the address of the site's directory".into(),
        );
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// Parse TOML into `T`, turning syntax and schema errors into `file:line:column: message`.
pub(crate) fn parse_toml<T: DeserializeOwned>(path: &Path, text: &str) -> Result<T> {
    toml::from_str(text).map_err(|e| Error::Config {
        location: match e.span() {
            Some(span) => location(path, text, span.start),
            None => path.display().to_string(),
        },
        // serde speaks Rust ("expected i64"); people write TOML. Quoted values may be
        // addresses with credentials in them, and are never shown.
        message: hide_quoted(
            &e.message()
                .trim()
                .replace("expected i64", "expected a whole number")
                .replace("expected u64", "expected a whole number"),
        ),
    })
}

/// Replace every double-quoted value in a parser message with `"…"`: the line and column
/// already say where, and the value may be an address with a password in it.
pub(crate) fn hide_quoted(message: &str) -> String {
    let mut out = String::with_capacity(message.len());
    let mut chars = message.chars();
    while let Some(c) = chars.next() {
        out.push(c);
        if c != '"' {
            continue;
        }
        out.push('…');
        let mut escaped = false;
        for c in chars.by_ref() {
            match (escaped, c) {
                (false, '\\') => escaped = true,
                (false, '"') => break,
                _ => escaped = false,
            }
        }
        out.push('"');
    }
    out
}

/// `file:line:column` (both 1-based) for a byte offset into `text`.
pub(crate) fn location(path: &Path, text: &str, offset: usize) -> String {
    let offset = offset.min(text.len());
    let before = &text[..text.floor_char_boundary(offset)];
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    format!("{}:{line}:{column}", path.display())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<MirrorsConfig> {
        MirrorsConfig::parse(Path::new("mirrors.toml"), text)
    }

    #[test]
    fn unknown_field_names_line() {
        let e = parse("[[mirror]]\nname = \"a\"\nurl = [\"https://a.example/\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("mirrors.toml:3:1:"), "{e}");
        assert!(e.contains("unknown field `url`"), "{e}");
    }

    #[test]
    fn bad_url_names_line() {
        let e = parse("[[mirror]]\nname = \"a\"\nurls = [\n  \"ftp://a.example/\"]\n")
            .unwrap_err()
            .to_string();
        assert!(e.starts_with("mirrors.toml:4:3:"), "{e}");
        assert!(e.contains("http://"), "{e}");
    }

    #[test]
    fn duplicate_names_rejected() {
        let e = parse(
            "[[mirror]]\nname = \"a\"\nurls = [\"https://a.example\"]\n[[mirror]]\nname = \"a\"\nurls = [\"https://b.example\"]\n",
        )
        .unwrap_err()
        .to_string();
        assert!(e.starts_with("mirrors.toml:5:8:"), "{e}");
    }

    #[test]
    fn urls_get_trailing_slash() {
        let c = parse("[[mirror]]\nname = \"a\"\nurls = [\"https://a.example/x\"]\n").unwrap();
        assert_eq!(c.mirrors[0].urls[0].as_str(), "https://a.example/x/");
    }

    #[test]
    fn credentials_never_echoed() {
        for url in [
            "https://user:s3cret@a.example/",
            "ftp://user:s3cret@a.example/",
            "https://user:s3cret@a.example:99999/",
            "https://user:pa#s3cret@host.example/",
            "https://user:p/s3cret@host.example/",
            "https://bob:s3cret?cr@host/",
            "https://user:pa s3cret@host.example/",
            "https://bob:s3'cret@host.example/",
            "user:s3cret@host.example/",
            "https://host.example/?token=s3cret",
        ] {
            for text in [
                format!("[[mirror]]\nname = \"a\"\nurls = [\"{url}\"]\n"),
                format!("[[mirror]]\nname = \"a\"\nurls = \"{url}\"\n"),
                format!(
                    "[[mirror]]\nname = \"a\"\nurls = [\"https://ok.example/\"]\n[ipfs]\ngateways = [\"{url}\"]\n"
                ),
            ] {
                let e = parse(&text).unwrap_err().to_string();
                assert!(!e.contains("s3") && !e.contains("cret"), "{url}: {e}");
                assert!(e.starts_with("mirrors.toml:"), "{e}");
            }
        }
        assert_eq!(
            hide_quoted(r#"invalid type: string "a\"b", expected x"#),
            r#"invalid type: string "…", expected x"#
        );
    }
}
