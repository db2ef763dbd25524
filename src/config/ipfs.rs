//! The `[ipfs]` section of mirrors.toml: gateways readers use, the IPNS name or DNSLink domain,
//! and the nodes and pinning services `pin` puts each release on.

use serde::Deserialize;
use toml::Spanned;
use url::Url;

use super::fields::{Fields, api_url, parse_duration};
use crate::error::Result;

/// Where the IPFS copy can be found, and where `pin` puts it.
#[derive(Debug, Clone)]
pub struct IpfsConfig {
    pub gateways: Vec<Url>,
    pub ipns: Option<String>,
    pub dnslink: Option<String>,
    /// How many releases (the newest) stay pinned; older ones this project pinned are unpinned.
    pub keep: usize,
    /// The longest one node or service may take to pin a release.
    pub timeout: std::time::Duration,
    pub nodes: Vec<IpfsNode>,
    pub pinning_services: Vec<PinningService>,
}

impl Default for IpfsConfig {
    fn default() -> Self {
        IpfsConfig {
            gateways: Vec::new(),
            ipns: None,
            dnslink: None,
            keep: 3,
            timeout: std::time::Duration::from_secs(600),
            nodes: Vec::new(),
            pinning_services: Vec::new(),
        }
    }
}

/// An IPFS node (Kubo, or an IPFS Cluster peer's Kubo-compatible proxy) reached through its RPC API.
#[derive(Debug, Clone)]
pub struct IpfsNode {
    pub name: String,
    pub api: Url,
    pub auth: Auth,
    /// The node's key to publish the release under (IPNS); created on the node when missing.
    pub ipns_key: Option<String>,
}

/// A remote pinning service speaking the IPFS Pinning Service API (Pinata, Filebase, …).
#[derive(Debug, Clone)]
pub struct PinningService {
    pub name: String,
    pub endpoint: Url,
    /// The environment variable holding the access token.
    pub token_env: String,
}

/// How to authenticate: only the *names* of environment variables live in the config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Auth {
    None,
    Basic {
        username_env: String,
        password_env: String,
    },
    Bearer {
        token_env: String,
    },
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub(super) struct RawIpfs {
    #[serde(default)]
    gateways: Vec<Spanned<String>>,
    ipns: Option<Spanned<String>>,
    dnslink: Option<Spanned<String>>,
    keep: Option<Spanned<i64>>,
    timeout: Option<Spanned<String>>,
    #[serde(default, rename = "node")]
    nodes: Vec<RawNode>,
    #[serde(default, rename = "pinning-service")]
    pinning_services: Vec<RawPinningService>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawNode {
    name: Spanned<String>,
    api: Spanned<String>,
    username_env: Option<Spanned<String>>,
    password_env: Option<Spanned<String>>,
    token_env: Option<Spanned<String>>,
    ipns_key: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawPinningService {
    name: Spanned<String>,
    endpoint: Spanned<String>,
    token_env: Spanned<String>,
}

/// Check the `[ipfs]` section.
pub(super) fn check(raw: RawIpfs, f: &Fields<'_>) -> Result<IpfsConfig> {
    let mut ipfs = IpfsConfig::default();
    for g in raw.gateways {
        ipfs.gateways.push(f.public(&g)?);
    }
    if let Some(name) = raw.ipns {
        let text = name.get_ref().trim();
        let text = text.strip_prefix("/ipns/").unwrap_or(text);
        if text.is_empty() || !text.chars().all(|c| c.is_ascii_alphanumeric()) {
            return Err(f.fail(
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
            return Err(f.fail(
                d.span(),
                "`dnslink` must be a domain name such as \"letter.example.org\"".into(),
            ));
        }
        ipfs.dnslink = Some(domain);
    }
    if let Some(keep) = raw.keep {
        ipfs.keep = usize::try_from(*keep.get_ref())
            .ok()
            .filter(|&k| k >= 1)
            .ok_or_else(|| {
                f.fail(
                    keep.span(),
                    "`keep` is how many releases stay pinned: a whole number, 1 or more".into(),
                )
            })?;
    }
    if let Some(t) = raw.timeout {
        ipfs.timeout = parse_duration(t.get_ref()).ok_or_else(|| {
            f.fail(
                t.span(),
                "`timeout` must be a duration such as \"90s\", \"10m\" or \"1h\" (at most a day)"
                    .into(),
            )
        })?;
    }
    let mut names = Vec::new();
    let mut unique = |name: &Spanned<String>| {
        let text = name.get_ref().trim().to_string();
        if text.is_empty() || text.chars().any(crate::text::is_unsafe_char) {
            return Err(f.fail(
                name.span(),
                "a `name` must be a non-empty single line, e.g. name = \"local\"".into(),
            ));
        }
        if names.contains(&text) {
            return Err(f.fail(
                    name.span(),
                    format!(
                        "a second IPFS node or pinning service is named {text:?}; give each its own name"
                    ),
                ));
        }
        names.push(text.clone());
        Ok(text)
    };
    for n in raw.nodes {
        let name = unique(&n.name)?;
        let api = api_url(n.api.get_ref()).map_err(|m| f.fail(n.api.span(), m))?;
        let env = |v: Option<Spanned<String>>| -> Result<Option<String>> {
            v.map(|v| f.env(&v)).transpose()
        };
        let token_span = n.token_env.as_ref().map(Spanned::span);
        let auth = match (
            env(n.username_env)?,
            env(n.password_env)?,
            env(n.token_env)?,
        ) {
            (None, None, None) => Auth::None,
            (Some(username_env), Some(password_env), None) => Auth::Basic {
                username_env,
                password_env,
            },
            (None, None, Some(token_env)) => Auth::Bearer { token_env },
            _ => {
                return Err(f.fail(
                        token_span.unwrap_or(n.name.span()),
                        format!(
                            "IPFS node {name:?}: give either both `username-env` and `password-env` (basic auth), or `token-env` alone (bearer token)"
                        ),
                    ));
            }
        };
        if auth != Auth::None {
            f.needs_tls(&api, n.api.span())?;
        }
        let ipns_key = match n.ipns_key {
            Some(k) => {
                let text = k.get_ref().trim();
                if text.is_empty()
                    || !text
                        .chars()
                        .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                {
                    return Err(f.fail(
                            k.span(),
                            "`ipns-key` is the name of a key on the node, e.g. \"open-letter\" (letters, digits, - _ .)".into(),
                        ));
                }
                Some(text.to_string())
            }
            None => None,
        };
        ipfs.nodes.push(IpfsNode {
            name,
            api,
            auth,
            ipns_key,
        });
    }
    for p in raw.pinning_services {
        let name = unique(&p.name)?;
        let endpoint = f.service(&p.endpoint)?;
        let token_env = f.env(&p.token_env)?;
        f.needs_tls(&endpoint, p.endpoint.span())?;
        ipfs.pinning_services.push(PinningService {
            name,
            endpoint,
            token_env,
        });
    }
    Ok(ipfs)
}
