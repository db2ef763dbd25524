//! `mirrors.toml`: the list of mirrors and IPFS gateways.
//!
//! The file is parsed strictly (unknown fields are errors) so that a typo never silently drops a
//! mirror. Every error names the file, the line and the column. Secrets never live in this file:
//! later transports name environment variables instead.

use std::path::{Path, PathBuf};

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
    /// Empty only for a local directory mirror, which is then checked on disk.
    pub urls: Vec<Url>,
    /// How `push` reaches it; `None` for a mirror that updates itself (pulls).
    pub transport: Option<TransportConfig>,
}

/// How a mirror is written to. Secrets are named environment variables, never values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TransportConfig {
    /// A local or mounted directory.
    Dir { path: PathBuf },
    /// A WebDAV server (basic auth).
    Webdav {
        endpoint: Url,
        username: Option<String>,
        password_env: Option<String>,
    },
    /// Any S3-compatible store.
    S3 {
        endpoint: Url,
        bucket: String,
        region: String,
        /// Where in the bucket the site lives ("" for the top).
        prefix: String,
        /// `bucket.host` addresses instead of `host/bucket`.
        virtual_host_style: bool,
        access_key_id_env: String,
        secret_access_key_env: String,
    },
    /// SFTP with an SSH key.
    Sftp {
        host: String,
        port: u16,
        user: String,
        path: String,
        key_file: PathBuf,
        /// A known_hosts file holding the server's key (else the user's own).
        known_hosts: Option<PathBuf>,
    },
    /// A git repository: the bundle is committed to `branch` and pushed (GitHub, GitLab and
    /// Codeberg Pages are fed this way).
    Git { repository: String, branch: String },
}

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

/// Read a secret from the environment variable the config names.
pub fn secret_from_env(var: &str, owner: &str) -> Result<crate::release::signing::Secret> {
    match std::env::var(var) {
        Ok(value) if !value.is_empty() => Ok(crate::release::signing::Secret::new(value)),
        _ => Err(Error::Usage(format!(
            "{owner}: the environment variable {var} is not set (or empty); export it before running"
        ))),
    }
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
    #[serde(default)]
    urls: Option<Spanned<Vec<Spanned<String>>>>,
    dir: Option<Spanned<RawDir>>,
    webdav: Option<Spanned<RawWebdav>>,
    s3: Option<Spanned<RawS3>>,
    sftp: Option<Spanned<RawSftp>>,
    git: Option<Spanned<RawGit>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawDir {
    path: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawWebdav {
    endpoint: Spanned<String>,
    username: Option<Spanned<String>>,
    password_env: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawS3 {
    endpoint: Spanned<String>,
    bucket: Spanned<String>,
    #[serde(default)]
    region: Option<Spanned<String>>,
    #[serde(default)]
    prefix: Option<Spanned<String>>,
    #[serde(default)]
    virtual_host_style: bool,
    access_key_id_env: Spanned<String>,
    secret_access_key_env: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSftp {
    host: Spanned<String>,
    port: Option<Spanned<i64>>,
    user: Spanned<String>,
    path: Spanned<String>,
    key_file: Spanned<String>,
    known_hosts: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawGit {
    repository: Spanned<String>,
    branch: Option<Spanned<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawIpfs {
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
            if name.is_empty() || name.chars().any(crate::text::is_unsafe_char) {
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
            // A mirror we write to may have no public address (a USB stick, a private bucket, an
            // account another web server serves from): verify reads it through its transport.
            // A mirror we neither write to nor can reach is nothing.
            let raw_urls = m.urls.as_ref().map(Spanned::get_ref);
            let written = m.dir.is_some()
                || m.webdav.is_some()
                || m.s3.is_some()
                || m.sftp.is_some()
                || m.git.is_some();
            if raw_urls.is_none_or(Vec::is_empty) && !written {
                return Err(err(
                    m.urls.as_ref().map_or(m.name.span(), Spanned::span),
                    format!(
                        "mirror {name:?} has no public address and no transport; write urls = [\"https://example.org/letter/\"], or a [mirror.dir], [mirror.webdav], [mirror.s3], [mirror.sftp] or [mirror.git] to push to"
                    ),
                ));
            }
            let mut urls = Vec::new();
            for u in raw_urls.into_iter().flatten() {
                urls.push(public_url(u).map_err(|msg| err(u.span(), msg))?);
            }
            let transports = [
                m.dir.as_ref().map(Spanned::span),
                m.webdav.as_ref().map(Spanned::span),
                m.s3.as_ref().map(Spanned::span),
                m.sftp.as_ref().map(Spanned::span),
                m.git.as_ref().map(Spanned::span),
            ];
            if let Some(second) = transports.iter().flatten().nth(1) {
                return Err(err(
                    second.clone(),
                    format!(
                        "mirror {name:?} has two transports; give each mirror one of [mirror.dir], [mirror.webdav], [mirror.s3], [mirror.sftp], [mirror.git] (list the same host twice under two names if you need both)"
                    ),
                ));
            }
            let base = path.parent().unwrap_or(Path::new("."));
            let transport = transport(&name, base, m, &err)?;
            mirrors.push(Mirror {
                name,
                urls,
                transport,
            });
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
            if let Some(keep) = raw.keep {
                ipfs.keep = usize::try_from(*keep.get_ref())
                    .ok()
                    .filter(|&k| k >= 1)
                    .ok_or_else(|| {
                        err(
                            keep.span(),
                            "`keep` is how many releases stay pinned: a whole number, 1 or more"
                                .into(),
                        )
                    })?;
            }
            if let Some(t) = raw.timeout {
                ipfs.timeout = parse_duration(t.get_ref()).ok_or_else(|| {
                    err(
                        t.span(),
                        "`timeout` must be a duration such as \"90s\", \"10m\" or \"1h\" (at most a day)".into(),
                    )
                })?;
            }
            let mut names = Vec::new();
            let mut unique = |name: &Spanned<String>| {
                let text = name.get_ref().trim().to_string();
                if text.is_empty() || text.chars().any(crate::text::is_unsafe_char) {
                    return Err(err(
                        name.span(),
                        "a `name` must be a non-empty single line, e.g. name = \"local\"".into(),
                    ));
                }
                if names.contains(&text) {
                    return Err(err(
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
                let api = api_url(n.api.get_ref()).map_err(|m| err(n.api.span(), m))?;
                let env = |v: Option<Spanned<String>>| -> Result<Option<String>> {
                    v.map(|v| env_name(&v).map_err(|m| err(v.span(), m)))
                        .transpose()
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
                        return Err(err(
                            token_span.unwrap_or(n.name.span()),
                            format!(
                                "IPFS node {name:?}: give either both `username-env` and `password-env` (basic auth), or `token-env` alone (bearer token)"
                            ),
                        ));
                    }
                };
                if auth != Auth::None {
                    credentials_need_tls(&api).map_err(|m| err(n.api.span(), m))?;
                }
                let ipns_key = match n.ipns_key {
                    Some(k) => {
                        let text = k.get_ref().trim();
                        if text.is_empty()
                            || !text
                                .chars()
                                .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
                        {
                            return Err(err(
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
                let endpoint =
                    service_url(p.endpoint.get_ref()).map_err(|m| err(p.endpoint.span(), m))?;
                let token_env = env_name(&p.token_env).map_err(|m| err(p.token_env.span(), m))?;
                credentials_need_tls(&endpoint).map_err(|m| err(p.endpoint.span(), m))?;
                ipfs.pinning_services.push(PinningService {
                    name,
                    endpoint,
                    token_env,
                });
            }
        }
        Ok(MirrorsConfig { mirrors, ipfs })
    }
}

type SpanError<'a> = dyn Fn(std::ops::Range<usize>, String) -> Error + 'a;

/// The validated transport of one mirror (paths relative to mirrors.toml's directory).
fn transport(
    name: &str,
    base: &Path,
    m: RawMirror,
    err: &SpanError<'_>,
) -> Result<Option<TransportConfig>> {
    let text = |v: &Spanned<String>, what: &str| -> Result<String> {
        let t = v.get_ref().trim();
        if t.is_empty() || t.chars().any(crate::text::is_unsafe_char) {
            return Err(err(
                v.span(),
                format!("mirror {name:?}: `{what}` must be a non-empty single line"),
            ));
        }
        Ok(t.to_string())
    };
    let env = |v: &Spanned<String>| env_name(v).map_err(|m| err(v.span(), m));
    let local = |v: &Spanned<String>, what: &str| -> Result<PathBuf> {
        let p = PathBuf::from(text(v, what)?);
        let p = if p.is_absolute() { p } else { base.join(p) };
        // Absolute, so that it means the same wherever the transport works from (git runs in
        // its clone's directory).
        Ok(std::path::absolute(&p).unwrap_or(p))
    };
    if let Some(d) = m.dir {
        let d = d.into_inner();
        return Ok(Some(TransportConfig::Dir {
            path: local(&d.path, "path")?,
        }));
    }
    if let Some(w) = m.webdav {
        let w = w.into_inner();
        let endpoint = service_url(w.endpoint.get_ref()).map_err(|m| err(w.endpoint.span(), m))?;
        let password_env = w.password_env.as_ref().map(env).transpose()?;
        if password_env.is_some() {
            credentials_need_tls(&endpoint).map_err(|m| err(w.endpoint.span(), m))?;
        }
        return Ok(Some(TransportConfig::Webdav {
            endpoint,
            username: w
                .username
                .as_ref()
                .map(|u| text(u, "username"))
                .transpose()?,
            password_env,
        }));
    }
    if let Some(s) = m.s3 {
        let s = s.into_inner();
        let endpoint = service_url(s.endpoint.get_ref()).map_err(|m| err(s.endpoint.span(), m))?;
        credentials_need_tls(&endpoint).map_err(|m| err(s.endpoint.span(), m))?;
        let prefix = match &s.prefix {
            Some(p) => p.get_ref().trim().trim_matches('/').to_string(),
            None => String::new(),
        };
        return Ok(Some(TransportConfig::S3 {
            endpoint,
            bucket: text(&s.bucket, "bucket")?,
            region: match &s.region {
                Some(r) => text(r, "region")?,
                None => "us-east-1".into(),
            },
            prefix,
            virtual_host_style: s.virtual_host_style,
            access_key_id_env: env(&s.access_key_id_env)?,
            secret_access_key_env: env(&s.secret_access_key_env)?,
        }));
    }
    if let Some(s) = m.sftp {
        let s = s.into_inner();
        let port = match &s.port {
            Some(p) => u16::try_from(*p.get_ref())
                .ok()
                .filter(|&p| p > 0)
                .ok_or_else(|| err(p.span(), "`port` must be 1 to 65535".into()))?,
            None => 22,
        };
        let path = text(&s.path, "path")?;
        if !path.starts_with('/') {
            return Err(err(
                s.path.span(),
                format!(
                    "mirror {name:?}: `path` must be absolute on the server, e.g. \"/var/www/letter\""
                ),
            ));
        }
        return Ok(Some(TransportConfig::Sftp {
            host: text(&s.host, "host")?,
            port,
            user: text(&s.user, "user")?,
            path,
            key_file: local(&s.key_file, "key-file")?,
            known_hosts: s
                .known_hosts
                .as_ref()
                .map(|k| local(k, "known-hosts"))
                .transpose()?,
        }));
    }
    if let Some(g) = m.git {
        let g = g.into_inner();
        let repository = text(&g.repository, "repository")?;
        // Credentials in a git URL would end up in logs; git has credential helpers for them.
        // Over http a user name alone may be a token (GitHub accepts one there); over ssh it is
        // just the account (`ssh://git@host/...`).
        if let Ok(url) = Url::parse(&repository)
            && (url.password().is_some()
                || (url.scheme().starts_with("http") && !url.username().is_empty()))
        {
            return Err(err(
                g.repository.span(),
                format!(
                    "mirror {name:?}: the repository address carries credentials; write it without them (https://host/org/repo.git) and use an SSH key or a git credential helper instead"
                ),
            ));
        }
        // A local path (a bare repository on disk) is relative to mirrors.toml, like `dir`;
        // URLs and scp-style addresses (`git@host:org/repo.git`) are left to git.
        let scp_like = repository
            .split_once(':')
            .is_some_and(|(host, _)| !host.contains('/') && host.len() > 1);
        let repository = if repository.contains("://") || scp_like {
            repository
        } else {
            local(&g.repository, "repository")?
                .to_string_lossy()
                .into_owned()
        };
        let branch = match &g.branch {
            Some(b) => text(b, "branch")?,
            None => "pages".into(),
        };
        if branch.starts_with('-') || branch.contains("..") || branch.contains(char::is_whitespace)
        {
            let span = g.branch.as_ref().map_or(g.repository.span(), Spanned::span);
            return Err(err(
                span,
                format!("mirror {name:?}: `branch` is not a valid branch name"),
            ));
        }
        return Ok(Some(TransportConfig::Git { repository, branch }));
    }
    Ok(None)
}

/// A public address readers open: http(s), a host, no credentials. Directory addresses get a
/// trailing slash so relative links resolve under them.
fn public_url(raw: &Spanned<String>) -> std::result::Result<Url, String> {
    public_address(raw.get_ref())
}

/// A public address readers open: http(s), a host, no credentials, no query, ending in `/`.
pub fn public_address(raw: &str) -> std::result::Result<Url, String> {
    // The messages below never quote the address: it may hold a password or a token, and error
    // text ends up in logs and CI output. The line and column say which address is meant.
    let mut url = Url::parse(raw.trim()).map_err(|e| {
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

/// A Kubo RPC address: an http(s) URL, or a multiaddr such as `/ip4/127.0.0.1/tcp/5001`.
pub fn api_url(text: &str) -> std::result::Result<Url, String> {
    let text = text.trim();
    if text.starts_with('/') {
        let parts: Vec<&str> = text.trim_matches('/').split('/').collect();
        let host = match parts.as_slice() {
            ["ip4" | "dns" | "dns4" | "dns6", host, "tcp", _, rest @ ..]
                if rest.is_empty() || rest == ["http"] =>
            {
                host.to_string()
            }
            ["ip6", host, "tcp", _, rest @ ..] if rest.is_empty() || rest == ["http"] => {
                format!("[{host}]")
            }
            _ => {
                return Err("this multiaddr is not an RPC address; write \"/ip4/127.0.0.1/tcp/5001\" or \"http://127.0.0.1:5001\"".into());
            }
        };
        let port = parts[3];
        return service_url(&format!("http://{host}:{port}"));
    }
    service_url(text)
}

/// The address of an API we call (not shown to readers): http(s), a host, no credentials (they
/// come from environment variables), a trailing slash so paths join under it.
fn service_url(text: &str) -> std::result::Result<Url, String> {
    let mut url = Url::parse(text.trim()).map_err(|e| {
        format!("this address is not a URL ({e}); write a full address such as \"http://127.0.0.1:5001\"")
    })?;
    if !matches!(url.scheme(), "http" | "https") || url.host_str().is_none() {
        return Err("this address must start with http:// or https:// and name a host".into());
    }
    if !url.username().is_empty() || url.password().is_some() || url.query().is_some() {
        return Err("this address carries credentials or a query; put secrets in environment variables and name them with `username-env`/`password-env`/`token-env`".into());
    }
    if !url.path().ends_with('/') {
        let path = format!("{}/", url.path());
        url.set_path(&path);
    }
    Ok(url)
}

/// Credentials go in clear over `http://`: allow that only to this machine.
pub fn credentials_need_tls(url: &Url) -> std::result::Result<(), String> {
    let local = match url.host() {
        Some(url::Host::Domain(d)) => d == "localhost",
        Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
        Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
        None => false,
    };
    if url.scheme() == "https" || local {
        Ok(())
    } else {
        Err(
            "credentials would travel unencrypted to another machine: use an https:// address"
                .into(),
        )
    }
}

/// The name of an environment variable (never its value).
fn env_name(name: &Spanned<String>) -> std::result::Result<String, String> {
    let text = name.get_ref().trim();
    if text.is_empty()
        || text.starts_with(|c: char| c.is_ascii_digit())
        || !text.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        || looks_like_a_value(text)
    {
        return Err("this must be the NAME of an environment variable holding the secret, such as \"PINATA_TOKEN\"; never the secret itself".into());
    }
    Ok(text.to_string())
}

/// Whether a would-be variable name looks like a pasted secret instead: long, with lowercase
/// letters and digits mixed in (names are by custom upper case and words).
fn looks_like_a_value(text: &str) -> bool {
    let lower = text.chars().filter(char::is_ascii_lowercase).count();
    let digits = text.chars().filter(char::is_ascii_digit).count();
    text.len() >= 16 && lower > 0 && digits > 0 && !text.contains('_')
}

/// `90s`, `10m`, `1h`, or a plain number of seconds.
fn parse_duration(text: &str) -> Option<std::time::Duration> {
    let text = text.trim();
    let (number, unit) = text.split_at(
        text.find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len()),
    );
    let n: u64 = number.parse().ok()?;
    let seconds = match unit.trim() {
        "" | "s" => n,
        "m" => n.checked_mul(60)?,
        "h" => n.checked_mul(3600)?,
        _ => return None,
    };
    // Up to a day: longer is a typo, and deadlines must stay representable.
    (1..=86_400)
        .contains(&seconds)
        .then(|| std::time::Duration::from_secs(seconds))
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
    format!("{}:{line}:{column}", crate::text::path(path))
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
            hide_quoted(r#"invalid type: string "a\"b", expected x"#),
            r#"invalid type: string "…", expected x"#
        );
    }
}
