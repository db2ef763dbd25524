//! A WebDAV server (nginx, Apache httpd's mod_dav, rclone, Nextcloud, a hosting panel), with
//! basic auth, spoken directly over HTTP so that we choose every request.
//!
//! Servers differ, and a general-purpose client trips over them: Apache answers a `PROPFIND` on
//! a folder holding `index.html` with 405 under Debian's stock `DirectoryIndex`, and answers the
//! loser of two concurrent `MKCOL`s for one folder with 403. So folders are made once, in order,
//! before anything goes into them (an existing one answers 405, which is fine); files are `PUT`
//! streamed from disk into the staging area and moved into place with `MOVE`; and `PROPFIND` is
//! sent only where push must know what a folder holds (the staging folder, a folder to remove).

use reqwest::{Method, StatusCode};
use url::Url;

use super::{Backup, Body, Capabilities, Failure, Transport, TransportError, TransportResult};
use crate::release::signing::Secret;
use serde::Deserialize;
use toml::Spanned;

use super::Opening;
use crate::config::Fields;
use crate::error::Result;

/// `[mirror.webdav]`: a WebDAV share, with basic auth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub endpoint: Url,
    pub username: Option<String>,
    /// The environment variable holding the password.
    pub password_env: Option<String>,
}

/// `[mirror.webdav]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    endpoint: Spanned<String>,
    username: Option<Spanned<String>>,
    password_env: Option<Spanned<String>>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        let endpoint = f.service(&self.endpoint)?;
        let password_env = self.password_env.as_ref().map(|v| f.env(v)).transpose()?;
        if password_env.is_some() {
            f.needs_tls(&endpoint, self.endpoint.span())?;
        }
        Ok(Config {
            endpoint,
            username: self
                .username
                .as_ref()
                .map(|u| f.line(u, "username"))
                .transpose()?,
            password_env,
        })
    }
}

/// The share as a transport, its password read from the environment.
pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    let password = config
        .password_env
        .as_ref()
        .map(|v| at.secret(v))
        .transpose()?;
    let webdav = open(
        &config.endpoint,
        config.username.as_deref(),
        password.as_ref(),
    )
    .map_err(|e| at.failed(e))?;
    Ok(Box::new(webdav))
}

/// The most of a `PROPFIND` answer we read: a folder of thousands of entries is far below.
const MAX_LISTING: usize = 16 << 20;

pub struct Webdav {
    /// The site's folder, ending in `/`.
    base: Url,
    username: Option<String>,
    password: Option<Secret>,
    http: reqwest::Client,
    /// What this is, for messages (`WebDAV https://dav.example/letter/`); never a secret.
    describe: String,
}

pub fn open(
    endpoint: &Url,
    username: Option<&str>,
    password: Option<&Secret>,
) -> TransportResult<Webdav> {
    let describe = format!("WebDAV {}", crate::text::shown(endpoint.as_str()));
    let http = crate::http::builder()
        .build()
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    let mut base = endpoint.clone();
    if !base.path().ends_with('/') {
        let path = format!("{}/", base.path());
        base.set_path(&path);
    }
    Ok(Webdav {
        base,
        username: username.map(str::to_string),
        password: password.cloned(),
        http,
        describe,
    })
}

fn method(name: &'static str) -> Method {
    Method::from_bytes(name.as_bytes()).expect("a valid method name")
}

/// The text of a server's refusal, for people: tags dropped, spaces collapsed, short.
fn refusal_text(body: &[u8]) -> String {
    let text = String::from_utf8_lossy(body);
    let mut out = String::new();
    let mut in_tag = false;
    for c in text.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            _ if !in_tag => out.push(c),
            _ => {}
        }
    }
    let words: Vec<&str> = out.split_whitespace().collect();
    crate::http::peer_text(&words.join(" "), 200)
}

impl Webdav {
    /// The address of `path` below the site's folder, each segment percent-encoded; a folder's
    /// ends in `/`.
    fn url(&self, path: &str, folder: bool) -> TransportResult<Url> {
        let mut url = self.base.clone();
        {
            let mut segments = url.path_segments_mut().map_err(|_| {
                TransportError::permanent(format!("{}: not a base address", self.describe))
            })?;
            segments.pop_if_empty();
            if !path.is_empty() {
                segments.extend(path.split('/'));
            }
            if folder {
                segments.push("");
            }
        }
        Ok(url)
    }

    fn request(&self, method: Method, url: Url) -> reqwest::RequestBuilder {
        let req = self.http.request(method, url);
        match &self.username {
            Some(user) => req.basic_auth(user, self.password.as_ref().map(Secret::expose)),
            None => req,
        }
    }

    /// Send `req` within the operation timeout; a status is returned as it is, a transport
    /// failure (connect, reset, timeout) is temporary.
    async fn send(
        &self,
        what: &str,
        path: &str,
        req: reqwest::RequestBuilder,
    ) -> TransportResult<reqwest::Response> {
        super::within(&self.describe, what, path, async {
            req.send().await.map_err(|e| {
                TransportError::temporary(format!(
                    "{} {what} {}: {}",
                    self.describe,
                    crate::text::printable(path),
                    crate::http::describe(&e)
                ))
            })
        })
        .await
    }

    /// The error for a refused request: the status, the server's own words, and what to do.
    async fn refused(&self, what: &str, path: &str, res: reqwest::Response) -> TransportError {
        let status = res.status();
        let body = crate::http::read_capped(res, 64 * 1024)
            .await
            .map(|b| refusal_text(&b))
            .unwrap_or_default();
        let hint = match status.as_u16() {
            401 => "; check the user name and the password variable",
            403 => "; the server forbids it: check the account's rights to this folder",
            405 if what == "PROPFIND" => {
                "; Apache answers this when DirectoryIndex serves the folder's index.html to WebDAV: add `DirectoryIndex disabled` to the WebDAV location"
            }
            405 => "; is WebDAV enabled for this address?",
            409 => "; a folder on the way is missing, or a file stands where a folder should be",
            413 => "; the server refuses files this large (nginx: client_max_body_size)",
            423 => "; the server holds a lock on it; try again later",
            507 => "; the server is out of space",
            _ => "",
        };
        let failure = match status.as_u16() {
            401 | 403 => Failure::Credentials,
            405 => Failure::Unsupported,
            408 | 423 | 429 => Failure::Temporary,
            _ if status.is_server_error() => Failure::Temporary,
            _ => Failure::Permanent,
        };
        let said = if body.is_empty() {
            String::new()
        } else {
            format!(" ({body})")
        };
        TransportError::with(
            failure,
            format!(
                "{} {what} {}: HTTP {status}{said}{hint}",
                self.describe,
                crate::text::printable(path)
            ),
        )
    }

    /// The members of the folder `path` (name, is a folder), or `None` when there is no
    /// folder there (nothing, or a file). `Err` with the status 405 kept in the message when
    /// the server will not list it.
    async fn propfind(&self, path: &str) -> TransportResult<Option<Vec<(String, bool)>>> {
        let url = self.url(path, true)?;
        let res = self.send_propfind(path, url.clone(), "1").await?;
        match res.status().as_u16() {
            207 => {}
            404 | 410 => return Ok(None),
            _ => return Err(self.refused("PROPFIND", path, res).await),
        }
        let members = self.multistatus(path, res, MAX_LISTING).await?;
        let own = percent_encoding::percent_decode_str(url.path())
            .decode_utf8_lossy()
            .trim_end_matches('/')
            .to_string();
        let mut is_folder = false;
        let mut names = Vec::new();
        for (href, folder) in members {
            let href = Url::parse(&href)
                .map(|u| u.path().to_string())
                .unwrap_or(href);
            let decoded = percent_encoding::percent_decode_str(&href)
                .decode_utf8_lossy()
                .trim_end_matches('/')
                .to_string();
            if decoded == own {
                is_folder = folder;
            } else if let Some(name) = decoded.strip_prefix(&own).and_then(|r| r.strip_prefix('/'))
                && !name.is_empty()
                && !name.contains('/')
            {
                names.push((name.to_string(), folder));
            }
        }
        // A file answers too (with itself alone): it is not a folder.
        Ok(is_folder.then_some(names))
    }

    /// A `PROPFIND` of `url` (for `path`) asking for the resource type, to `depth`.
    async fn send_propfind(
        &self,
        path: &str,
        url: Url,
        depth: &'static str,
    ) -> TransportResult<reqwest::Response> {
        let req = self
            .request(method("PROPFIND"), url)
            .header("Depth", depth)
            .header(reqwest::header::CONTENT_TYPE, "application/xml")
            .body(
                "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<propfind xmlns=\"DAV:\"><prop><resourcetype/></prop></propfind>\n",
            );
        self.send("PROPFIND", path, req).await
    }

    /// The `(href, is a folder)` of a multistatus answer, read up to `cap` bytes.
    async fn multistatus(
        &self,
        path: &str,
        res: reqwest::Response,
        cap: usize,
    ) -> TransportResult<Vec<(String, bool)>> {
        let body = crate::http::read_capped(res, cap).await.map_err(|e| {
            TransportError::temporary(format!("{} PROPFIND {path}: {e}", self.describe))
        })?;
        parse_multistatus(&body).map_err(|why| {
            TransportError::permanent(format!(
                "{} PROPFIND {path}: not a WebDAV answer ({why})",
                self.describe
            ))
        })
    }

    /// What is at `path`: `None` for nothing, else whether it is a folder (`PROPFIND` of
    /// depth 0). Apache's 405 for a folder holding `index.html` means a folder.
    async fn what_is(&self, path: &str) -> TransportResult<Option<bool>> {
        let res = self
            .send_propfind(path, self.url(path, false)?, "0")
            .await?;
        match res.status().as_u16() {
            // 400 (Apache) and 409: a file stands where a folder on the way should be, so
            // nothing is at `path` itself.
            404 | 410 | 400 | 409 => Ok(None),
            // Apache's DirectoryIndex; a redirect to the address with a slash: a folder.
            405 | 301 | 302 | 307 | 308 => Ok(Some(true)),
            207 => {
                let members = self.multistatus(path, res, 1 << 20).await?;
                Ok(Some(members.iter().any(|(_, folder)| *folder)))
            }
            _ => Err(self.refused("PROPFIND", path, res).await),
        }
    }

    /// `DELETE` of `path` (a folder's address ends in `/`); gone already is fine.
    async fn send_delete(&self, path: &str, folder: bool) -> TransportResult<()> {
        let req = self.request(Method::DELETE, self.url(path, folder)?);
        let res = self.send("DELETE", path, req).await?;
        match res.status().as_u16() {
            200..=299 | 404 | 410 => Ok(()),
            _ => Err(self.refused("DELETE", path, res).await),
        }
    }

    /// Refuse to touch `path` as a file when a folder stands there: `MOVE` and `COPY` with
    /// `Overwrite: T`, and `DELETE`, would take the folder with everything in it.
    async fn not_a_folder(&self, path: &str) -> TransportResult<Option<()>> {
        match self.what_is(path).await? {
            None => Ok(None),
            Some(false) => Ok(Some(())),
            Some(true) => Err(TransportError::permanent(format!(
                "{} {}: a folder where this release has a file; mirrorcast never replaces a folder it did not make: move it away",
                self.describe,
                crate::text::printable(path)
            ))),
        }
    }
}

/// The `(href, is a collection)` of every `response` in a WebDAV multistatus answer.
fn parse_multistatus(body: &[u8]) -> Result<Vec<(String, bool)>, String> {
    use quick_xml::events::Event;
    let text = std::str::from_utf8(body).map_err(|_| "not UTF-8".to_string())?;
    let mut reader = quick_xml::Reader::from_str(text);
    let mut out = Vec::new();
    let (mut href, mut folder, mut in_href) = (String::new(), false, false);
    loop {
        match reader.read_event().map_err(|e| e.to_string())? {
            Event::Start(e) => match e.local_name().as_ref() {
                "response" => (href, folder) = (String::new(), false),
                "href" => in_href = true,
                "collection" => folder = true,
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == "collection" => folder = true,
            Event::Text(t) if in_href => href.push_str(t.as_ref()),
            Event::GeneralRef(r) if in_href => href.push_str(match r.as_ref() {
                "amp" => "&",
                "lt" => "<",
                "gt" => ">",
                "quot" => "\"",
                "apos" => "'",
                _ => "",
            }),
            Event::End(e) => match e.local_name().as_ref() {
                "href" => in_href = false,
                "response" => out.push((href.trim().to_string(), folder)),
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

fn success(status: StatusCode) -> bool {
    status.is_success()
}

impl Webdav {
    fn too_large(&self, path: &str) -> TransportError {
        TransportError::too_large(format!(
            "{} {path} is larger than any genuine one",
            self.describe
        ))
    }
}

#[async_trait::async_trait]
impl super::Streamed for Webdav {
    fn describe(&self) -> &str {
        &self.describe
    }

    async fn read_into(
        &self,
        path: &str,
        cap: u64,
        sink: &mut (dyn for<'c> FnMut(&'c [u8]) -> bool + Send),
    ) -> TransportResult<bool> {
        super::checked(path)?;
        let mut res = self
            .send(
                "GET",
                path,
                self.request(Method::GET, self.url(path, false)?),
            )
            .await?;
        match res.status().as_u16() {
            200 => {}
            404 | 410 => return Ok(false),
            _ => return Err(self.refused("GET", path, res).await),
        }
        if res.content_length().is_some_and(|n| n > cap) {
            return Err(self.too_large(path));
        }
        super::within(&self.describe, "GET", path, async {
            while let Some(chunk) = res.chunk().await.map_err(|e| {
                TransportError::temporary(format!(
                    "{} GET {path}: {}",
                    self.describe,
                    crate::http::describe(&e)
                ))
            })? {
                if !sink(&chunk) {
                    break;
                }
            }
            Ok(())
        })
        .await?;
        Ok(true)
    }
}

#[async_trait::async_trait]
impl Transport for Webdav {
    fn capabilities(&self) -> Capabilities {
        Capabilities::FILE_SYSTEM
    }

    async fn prepare(&self) -> TransportResult<()> {
        // The site's folder exists, or is made level by level (an existing level answers 405).
        let req = self
            .request(method("PROPFIND"), self.base.clone())
            .header("Depth", "0");
        let res = self.send("PROPFIND", "", req).await?;
        match res.status().as_u16() {
            // 405: Apache's DirectoryIndex answering for a folder holding index.html: it exists.
            207 | 405 => return Ok(()),
            404 => {}
            _ => return Err(self.refused("PROPFIND", "", res).await),
        }
        let mut url = self.base.clone();
        let segments: Vec<String> = self
            .base
            .path_segments()
            .map(|s| s.filter(|s| !s.is_empty()).map(str::to_string).collect())
            .unwrap_or_default();
        let mut path = String::from("/");
        for segment in segments {
            path.push_str(&segment);
            path.push('/');
            url.set_path(&path);
            let res = self
                .send("MKCOL", &path, self.request(method("MKCOL"), url.clone()))
                .await?;
            if !(success(res.status()) || res.status() == StatusCode::METHOD_NOT_ALLOWED) {
                let e = self.refused("MKCOL", &path, res).await;
                return Err(TransportError::new(
                    e.is_temporary(),
                    format!(
                        "{}; the site's folder does not exist and could not be made: create it on the server",
                        e.message
                    ),
                ));
            }
        }
        Ok(())
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        super::read_streamed(self, path, cap).await
    }

    async fn hash(&self, path: &str, size: u64) -> TransportResult<Option<(Option<String>, u64)>> {
        super::hash_streamed(self, path, size).await
    }

    async fn write(&self, path: &str, body: Body) -> TransportResult<()> {
        super::checked(path)?;
        let size = body.size;
        // Streamed: memory stays flat whatever the file's size.
        let chunks = body.into_chunks(1 << 20).await?;
        let req = self
            .request(Method::PUT, self.url(path, false)?)
            .header(reqwest::header::CONTENT_LENGTH, size)
            .body(reqwest::Body::wrap_stream(chunks));
        let res = self.send("PUT", path, req).await?;
        if success(res.status()) {
            return Ok(());
        }
        Err(self.refused("PUT", path, res).await)
    }

    async fn create_dir(&self, path: &str, exclusive: bool) -> TransportResult<bool> {
        super::checked(path)?;
        let res = self
            .send(
                "MKCOL",
                path,
                self.request(method("MKCOL"), self.url(path, true)?),
            )
            .await?;
        let status = res.status();
        if success(status) {
            return Ok(true);
        }
        match status.as_u16() {
            // Already there (RFC 4918: MKCOL only on an unmapped address).
            405 if !exclusive => Ok(false),
            405 => Err(TransportError::permanent(format!(
                "{} {path}: already exists",
                self.describe
            ))),
            // Apache: a file stands there.
            400 => Err(TransportError::permanent(format!(
                "{} {}: a file stands where a folder is needed",
                self.describe,
                crate::text::printable(path)
            ))),
            _ => Err(self.refused("MKCOL", path, res).await),
        }
    }

    async fn rename(&self, from: &str, to: &str) -> TransportResult<()> {
        super::checked(from)?;
        super::checked(to)?;
        let req = self
            .request(method("MOVE"), self.url(from, false)?)
            .header("Destination", self.url(to, false)?.as_str())
            .header("Overwrite", "T");
        let res = self.send("MOVE", from, req).await?;
        if success(res.status()) {
            return Ok(());
        }
        Err(self.refused("MOVE", &format!("{from} → {to}"), res).await)
    }

    async fn backup(&self, from: &str, to: &str) -> TransportResult<Backup> {
        super::checked(from)?;
        super::checked(to)?;
        if self.not_a_folder(from).await?.is_none() {
            return Ok(Backup::Nothing);
        }
        let req = self
            .request(method("COPY"), self.url(from, false)?)
            .header("Destination", self.url(to, false)?.as_str())
            .header("Overwrite", "T")
            .header("Depth", "0");
        let res = self.send("COPY", from, req).await?;
        match res.status().as_u16() {
            200..=299 => Ok(Backup::Kept),
            404 => Ok(Backup::Nothing),
            _ => Err(self.refused("COPY", from, res).await),
        }
    }

    async fn delete(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        // DELETE takes a folder with everything in it: only a file goes. Staged files are ours
        // by their staging area's name.
        if !path.starts_with(super::STAGING_ROOT) && self.not_a_folder(path).await?.is_none() {
            return Ok(());
        }
        self.send_delete(path, false).await
    }

    async fn remove_dir(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        // DELETE takes a folder with everything in it: look first.
        match self.propfind(path).await {
            Ok(None) => return Ok(()),
            Ok(Some(members)) if members.is_empty() => {}
            Ok(Some(_)) => {
                return Err(TransportError::not_empty(format!(
                    "{} {}: the folder holds files that are not of this site",
                    self.describe,
                    crate::text::printable(path)
                )));
            }
            // Apache's DirectoryIndex: an index.html is in it.
            Err(e) if e.failure == Failure::Unsupported => {
                return Err(TransportError::not_empty(format!(
                    "{} {}: the folder holds an index.html that is not of this site",
                    self.describe,
                    crate::text::printable(path)
                )));
            }
            Err(e) => return Err(e),
        }
        self.remove_all(path).await
    }

    async fn list_dir(&self, path: &str) -> TransportResult<Option<Vec<String>>> {
        super::checked(path)?;
        Ok(self
            .propfind(path)
            .await?
            .map(|m| m.into_iter().map(|(name, _)| name).collect()))
    }

    async fn remove_all(&self, path: &str) -> TransportResult<()> {
        super::checked(path)?;
        self.send_delete(path, true).await
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn multistatus_of_nginx_apache_and_rclone() {
        let apache = br#"<?xml version="1.0" encoding="utf-8"?>
<D:multistatus xmlns:D="DAV:" xmlns:ns0="DAV:">
<D:response xmlns:lp1="DAV:"><D:href>/site/.mirrorcast/</D:href><D:propstat><D:prop><lp1:resourcetype><D:collection/></lp1:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>/site/.mirrorcast/staging-ab%20c/</D:href><D:propstat><D:prop><D:resourcetype><D:collection/></D:resourcetype></D:prop></D:propstat></D:response>
<D:response><D:href>http://host/site/.mirrorcast/x&amp;y</D:href><D:propstat><D:prop><D:resourcetype/></D:prop></D:propstat></D:response>
</D:multistatus>"#;
        let parsed = super::parse_multistatus(apache).expect("a multistatus answer");
        assert_eq!(
            parsed,
            [
                ("/site/.mirrorcast/".to_string(), true),
                ("/site/.mirrorcast/staging-ab%20c/".to_string(), true),
                ("http://host/site/.mirrorcast/x&y".to_string(), false),
            ]
        );
    }
}
