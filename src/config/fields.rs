//! The checks every value of mirrors.toml goes through, whichever section it is in: addresses,
//! names of environment variables, durations, local paths, and `file:line:column` for errors.
//! Storage kinds check their own tables (`transport::*::Raw::check`) with [`Fields`].

use std::ops::Range;
use std::path::{Path, PathBuf};

use serde::de::DeserializeOwned;
use toml::Spanned;
use url::Url;

use crate::error::{Error, Result};

/// What checking one table of mirrors.toml needs: where errors point, and what relative paths
/// are relative to.
pub struct Fields<'a> {
    /// mirrors.toml, as named to the user.
    pub(crate) path: &'a Path,
    pub(crate) text: &'a str,
    /// Whose table this is, for messages (`mirror "berlin"`).
    pub(crate) owner: String,
}

impl Fields<'_> {
    /// An error at `span`: `mirrors.toml:LINE:COLUMN: message`.
    pub fn fail(&self, span: Range<usize>, message: String) -> Error {
        Error::Config {
            location: location(self.path, self.text, span.start),
            message,
        }
    }

    /// A non-empty single line of text.
    pub fn line(&self, v: &Spanned<String>, what: &str) -> Result<String> {
        let t = v.get_ref().trim();
        if t.is_empty() || t.chars().any(crate::text::is_unsafe_char) {
            return Err(self.fail(
                v.span(),
                format!("{}: `{what}` must be a non-empty single line", self.owner),
            ));
        }
        Ok(t.to_string())
    }

    /// The name of an environment variable holding a secret.
    pub fn env(&self, v: &Spanned<String>) -> Result<String> {
        env_name(v).map_err(|m| self.fail(v.span(), m))
    }

    /// A local path, relative to mirrors.toml's folder, made absolute so that it means the same
    /// wherever the transport works from (git runs in its clone's folder).
    pub fn local(&self, v: &Spanned<String>, what: &str) -> Result<PathBuf> {
        let p = PathBuf::from(self.line(v, what)?);
        let p = if p.is_absolute() {
            p
        } else {
            self.path.parent().unwrap_or(Path::new(".")).join(p)
        };
        Ok(std::path::absolute(&p).unwrap_or(p))
    }

    /// The address of a service we call (never shown to readers).
    pub fn service(&self, v: &Spanned<String>) -> Result<Url> {
        service_url(v.get_ref()).map_err(|m| self.fail(v.span(), m))
    }

    /// A public address readers open.
    pub fn public(&self, v: &Spanned<String>) -> Result<Url> {
        public_address(v.get_ref()).map_err(|m| self.fail(v.span(), m))
    }

    /// Refuse credentials sent in clear to `url` (given at `span`) to another machine.
    pub fn needs_tls(&self, url: &Url, span: Range<usize>) -> Result<()> {
        credentials_need_tls(url).map_err(|m| self.fail(span, m))
    }
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
pub(crate) fn service_url(text: &str) -> std::result::Result<Url, String> {
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
pub(crate) fn env_name(name: &Spanned<String>) -> std::result::Result<String, String> {
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
pub(crate) fn parse_duration(text: &str) -> Option<std::time::Duration> {
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
        message: e
            .span()
            .and_then(|span| single_brackets(text, span.start))
            .unwrap_or_else(|| plain_toml_message(e.message())),
    })
}

/// `[mirror]` where `[[mirror]]` is meant (a list of tables): the parser only sees a table
/// where it expects a list.
fn single_brackets(text: &str, at: usize) -> Option<String> {
    let start = text[..text.floor_char_boundary(at)]
        .rfind('\n')
        .map_or(0, |i| i + 1);
    let line = text[start..].lines().next()?.trim();
    let name = line.strip_prefix('[')?.strip_suffix(']')?;
    ["mirror", "ipfs.node", "ipfs.pinning-service"]
        .contains(&name)
        .then(|| {
            format!(
                "write `[[{name}]]`, with two brackets on each side: each one starts another \
                 entry of a list"
            )
        })
}

/// The TOML parser's words for a mistake (`invalid basic string, expected ...`), in the
/// words of someone editing the file, with what to write instead.
const TOML_MISTAKES: [(&str, &str); 9] = [
    (
        "invalid basic string",
        "a value in double quotes is not closed: a `\"` missing at the end of the line?",
    ),
    (
        "invalid literal string",
        "a value in single quotes is not closed: a `'` missing at the end of the line?",
    ),
    (
        "string values must be quoted",
        "text must be in quotes, as in `name = \"usb\"`",
    ),
    (
        "key with no value",
        "a name with no value: write `name = value` (a name with spaces or other signs \
         needs quotes)",
    ),
    (
        "unclosed array table",
        "a `[[…]]` heading is not closed: end it with `]]`",
    ),
    (
        "unclosed table",
        "a `[…]` heading is not closed: end it with `]`",
    ),
    (
        "unclosed array",
        "a list is not closed: end it with `]`, items separated by commas",
    ),
    (
        "missing comma between array elements",
        "a comma is missing between two items of the list",
    ),
    (
        "duplicate key",
        "this name is set twice in one table (each `[[mirror]]` heading starts a new mirror)",
    ),
];

/// A parser message for people (see [`TOML_MISTAKES`]). Any other message is shown with
/// serde's Rust type names turned into TOML's, and quoted values hidden: they may be
/// addresses with credentials in them.
fn plain_toml_message(message: &str) -> String {
    let message = message.trim();
    if let Some((_, plain)) = TOML_MISTAKES
        .iter()
        .find(|(parser, _)| message.starts_with(parser))
    {
        return plain.to_string();
    }
    // serde: "invalid type: string \"3\", expected i64". Said as what to write.
    if let Some(found) = message.strip_prefix("invalid type: ") {
        let expected = found.rsplit_once(", expected ").map(|(_, e)| e);
        let quoted = found.starts_with("string");
        match expected {
            Some("i64" | "u64" | "u32" | "u16" | "u8") if quoted => {
                return "a number is expected here: write it without quotes".into();
            }
            Some("i64" | "u64" | "u32" | "u16" | "u8") => {
                return "a whole number is expected here".into();
            }
            Some("a sequence") => {
                return "a list is expected here, in brackets: `[\"…\", \"…\"]`".into();
            }
            Some("a string" | "a borrowed string") => {
                return "text in double quotes is expected here".into();
            }
            _ => {}
        }
    }
    hide_quoted(
        &message
            .replace("expected i64", "expected a whole number")
            .replace("expected u64", "expected a whole number"),
    )
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
