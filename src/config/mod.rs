//! `mirrors.toml`: the list of mirrors and IPFS gateways.
//!
//! The file is parsed strictly (unknown fields are errors) so that a typo never silently drops a
//! mirror. Every error names the file, the line and the column. Secrets never live in this file:
//! transports and IPFS providers name environment variables instead.
//!
//! This module owns the file and the `[[mirror]]` list; [`fields`] the checks of single values,
//! [`ipfs`] the `[ipfs]` section, and each storage kind's own module in `transport/` its
//! `[mirror.KIND]` table.

mod fields;
mod ipfs;

use std::path::Path;

use serde::Deserialize;
use toml::Spanned;
use url::Url;

use crate::error::Result;
use crate::transport::RawTransport;

pub use crate::transport::TransportConfig;
pub use fields::{Fields, api_url, credentials_need_tls, public_address, secret_from_env};
pub(crate) use fields::{location, parse_duration, parse_toml};
pub use ipfs::{Auth, IpfsConfig, IpfsNode, PinningService};

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
    /// Empty only for a mirror with a transport, which verify then reads through it.
    pub urls: Vec<Url>,
    /// How `push` reaches it; `None` for a mirror that updates itself (pulls).
    pub transport: Option<TransportConfig>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawFile {
    #[serde(default, rename = "mirror")]
    mirrors: Vec<RawMirror>,
    #[serde(default)]
    ipfs: Option<ipfs::RawIpfs>,
}

/// One `[[mirror]]` as written: its name, its addresses, and any `[mirror.KIND]` tables (more
/// than one is refused when checked, pointing at the second).
struct RawMirror {
    name: Spanned<String>,
    urls: Option<Spanned<Vec<Spanned<String>>>>,
    transports: Vec<RawTransport>,
}

/// A key of a `[[mirror]]` table. Read as a key (not after it) so that an unknown one is
/// reported at its own line and column.
enum MirrorKey {
    Name,
    Urls,
    Transport(String),
}

impl<'de> Deserialize<'de> for MirrorKey {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        let key = String::deserialize(d)?;
        match key.as_str() {
            "name" => Ok(MirrorKey::Name),
            "urls" => Ok(MirrorKey::Urls),
            k if RawTransport::NAMES.contains(&k) => Ok(MirrorKey::Transport(key)),
            _ => Err(serde::de::Error::custom(format!(
                "unknown field `{}`; a [[mirror]] takes `name`, `urls` and one of the tables {}",
                crate::text::shown(&key),
                transport_tables(", ", " or ")
            ))),
        }
    }
}

impl<'de> Deserialize<'de> for RawMirror {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> std::result::Result<Self, D::Error> {
        struct Visit;
        impl<'de> serde::de::Visitor<'de> for Visit {
            type Value = RawMirror;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a [[mirror]] table")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> std::result::Result<RawMirror, A::Error> {
                use serde::de::Error as _;
                let (mut name, mut urls, mut transports) = (None, None, Vec::new());
                while let Some(key) = map.next_key::<MirrorKey>()? {
                    match key {
                        MirrorKey::Name if name.is_some() => {
                            return Err(A::Error::duplicate_field("name"));
                        }
                        MirrorKey::Name => name = Some(map.next_value()?),
                        MirrorKey::Urls if urls.is_some() => {
                            return Err(A::Error::duplicate_field("urls"));
                        }
                        MirrorKey::Urls => urls = Some(map.next_value()?),
                        MirrorKey::Transport(kind) => {
                            transports.push(RawTransport::next_value(&kind, &mut map)?);
                        }
                    }
                }
                Ok(RawMirror {
                    name: name.ok_or_else(|| A::Error::missing_field("name"))?,
                    urls,
                    transports,
                })
            }
        }
        d.deserialize_map(Visit)
    }
}

/// `[mirror.dir], [mirror.webdav] … or [mirror.git]`, for messages.
pub(crate) fn transport_tables(comma: &str, last: &str) -> String {
    let names: Vec<String> = RawTransport::NAMES
        .iter()
        .map(|n| format!("[mirror.{n}]"))
        .collect();
    match names.split_last() {
        Some((end, rest)) if !rest.is_empty() => format!("{}{last}{end}", rest.join(comma)),
        _ => names.concat(),
    }
}

impl MirrorsConfig {
    /// Read and validate `mirrors.toml`.
    pub fn load(path: &Path) -> Result<Self> {
        let text = crate::safe_fs::read_text(path, crate::safe_fs::MAX_CONFIG)?;
        Self::parse(path, &text)
    }

    pub fn parse(path: &Path, text: &str) -> Result<Self> {
        let raw: RawFile = parse_toml(path, text)?;
        let file = Fields {
            path,
            text,
            owner: "mirrors.toml".into(),
        };
        let mut mirrors = Vec::new();
        for m in raw.mirrors {
            let mirror = check_mirror(m, &mirrors, path, text)?;
            mirrors.push(mirror);
        }
        let ipfs = match raw.ipfs {
            Some(raw) => ipfs::check(
                raw,
                &Fields {
                    owner: "[ipfs]".into(),
                    ..file
                },
            )?,
            None => IpfsConfig::default(),
        };
        Ok(MirrorsConfig { mirrors, ipfs })
    }
}

/// Check one `[[mirror]]` against the rules and the mirrors before it.
fn check_mirror(m: RawMirror, before: &[Mirror], path: &Path, text: &str) -> Result<Mirror> {
    let name = m.name.get_ref().trim().to_string();
    let f = Fields {
        path,
        text,
        owner: format!("mirror {name:?}"),
    };
    if name.is_empty() || name.chars().any(crate::text::is_unsafe_char) {
        return Err(f.fail(
            m.name.span(),
            "a mirror's `name` must be a non-empty single line, e.g. name = \"volunteer-berlin\""
                .into(),
        ));
    }
    if before.iter().any(|x| x.name == name) {
        return Err(f.fail(
            m.name.span(),
            format!("a second mirror is named {name:?}; give every mirror its own name"),
        ));
    }
    // A mirror we write to may have no public address (a USB stick, a private bucket, an
    // account another web server serves from): verify reads it through its transport. A mirror
    // we neither write to nor can reach is nothing.
    let raw_urls = m.urls.as_ref().map(Spanned::get_ref);
    if raw_urls.is_none_or(Vec::is_empty) && m.transports.is_empty() {
        return Err(f.fail(
            m.urls.as_ref().map_or(m.name.span(), Spanned::span),
            format!(
                "mirror {name:?} has no public address and no transport; write urls = [\"https://example.org/letter/\"], or a {} to push to",
                transport_tables(", ", " or ")
            ),
        ));
    }
    let mut urls = Vec::new();
    for u in raw_urls.into_iter().flatten() {
        urls.push(f.public(u)?);
    }
    if let Some(second) = m.transports.get(1) {
        return Err(f.fail(
            second.span(),
            format!(
                "mirror {name:?} has two transports; give each mirror one of {} (list the same host twice under two names if you need both)",
                transport_tables(", ", ", ")
            ),
        ));
    }
    let transport = m
        .transports
        .into_iter()
        .next()
        .map(|t| t.check(&f))
        .transpose()?;
    Ok(Mirror {
        name,
        urls,
        transport,
    })
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
        let c =
            parse("[[mirror]]\nname = \"a\"\nurls = [\"https://a.example/x\"]\n").expect("parses");
        assert_eq!(c.mirrors[0].urls[0].as_str(), "https://a.example/x/");
    }

    #[test]
    fn ipfs_providers() {
        let c = parse(
            "[ipfs]\nkeep = 2\ntimeout = \"5m\"\n[[ipfs.node]]\nname = \"local\"\napi = \"/ip4/127.0.0.1/tcp/5001\"\nipns-key = \"letter\"\n[[ipfs.node]]\nname = \"cluster\"\napi = \"https://cluster.example:9095\"\ntoken-env = \"CLUSTER_TOKEN\"\n[[ipfs.pinning-service]]\nname = \"pinata\"\nendpoint = \"https://api.pinata.cloud/psa\"\ntoken-env = \"PINATA\"\n",
        )
        .expect("parses");
        assert_eq!(c.ipfs.keep, 2);
        assert_eq!(c.ipfs.timeout.as_secs(), 300);
        assert_eq!(c.ipfs.nodes[0].api.as_str(), "http://127.0.0.1:5001/");
        assert_eq!(c.ipfs.nodes[0].ipns_key.as_deref(), Some("letter"));
        assert_eq!(
            c.ipfs.nodes[1].auth,
            Auth::Bearer {
                token_env: "CLUSTER_TOKEN".into()
            }
        );
        assert_eq!(
            c.ipfs.pinning_services[0].endpoint.as_str(),
            "https://api.pinata.cloud/psa/"
        );
        for (bad, want) in [
            ("[ipfs]\nkeep = 0\n", "mirrors.toml:2:8:"),
            ("[ipfs]\ntimeout = \"soon\"\n", "mirrors.toml:2:11:"),
            (
                "[[ipfs.pinning-service]]\nname = \"p\"\nendpoint = \"https://p.example\"\ntoken-env = \"eyJhbGciOi.secret\"\n",
                "mirrors.toml:4:13:",
            ),
            // An S3 secret without `/` or `+` is a valid-looking name: still not one.
            (
                "[[ipfs.pinning-service]]\nname = \"p\"\nendpoint = \"https://p.example\"\ntoken-env = \"wJalrXUtnFEMI7K7MDENGbPxRfiCYEXAMPLEKEY\"\n",
                "mirrors.toml:4:13:",
            ),
            (
                "[[ipfs.node]]\nname = \"n\"\napi = \"https://u:secret@n.example\"\n",
                "mirrors.toml:3:7:",
            ),
            // A token must not cross the network in clear.
            (
                "[[ipfs.node]]\nname = \"n\"\napi = \"http://n.example:5001\"\ntoken-env = \"T\"\n",
                "mirrors.toml:3:7:",
            ),
            ("[ipfs]\ntimeout = \"999999h\"\n", "mirrors.toml:2:11:"),
        ] {
            let e = parse(bad).unwrap_err().to_string();
            assert!(e.starts_with(want), "{bad}: {e}");
            assert!(
                !e.contains("eyJ") && !e.contains(":secret") && !e.contains("wJalr"),
                "{e}"
            );
        }
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
        // A git address: no password anywhere, no user name over http (it may be a token);
        // an ssh account name is fine.
        let git = |repo: &str| {
            parse(&format!(
                "[[mirror]]\nname = \"pages\"\nurls = [\"https://p.example/\"]\n[mirror.git]\nrepository = \"{repo}\"\n"
            ))
        };
        for repo in [
            "https://ghp_s3cret@github.com/o/r.git",
            "https://x:s3cret@github.com/o/r.git",
            "ssh://git:s3cret@host.example/o/r.git",
        ] {
            let e = git(repo).unwrap_err().to_string();
            assert!(!e.contains("s3cret"), "{repo}: {e}");
            assert!(e.starts_with("mirrors.toml:5:"), "{repo}: {e}");
        }
        git("ssh://git@host.example/o/r.git").expect("a valid git address");
        git("git@host.example:o/r.git").expect("a valid git address");
        assert_eq!(
            fields::hide_quoted(r#"invalid type: string "a\"b", expected x"#),
            r#"invalid type: string "…", expected x"#
        );
    }
}
