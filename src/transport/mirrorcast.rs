//! A mirror run with `mirrorcast serve`, written through the signed push protocol
//! ([`crate::serve::protocol`]): no password, since the daemon takes only releases signed by
//! the publisher key it follows. The whole release goes in at once: offered, the files the
//! daemon lacks sent by hash (continuing any cut off), then committed; the daemon switches to it
//! in one step or not at all.

use std::collections::BTreeMap;
use std::time::Duration;

use base64::Engine as _;
use futures_util::StreamExt as _;
use serde::Deserialize;
use toml::Spanned;
use url::Url;

use super::{
    Body, Capabilities, Failure, Opening, Swapped, Transport, TransportError, TransportResult,
    WholeRelease,
};
use crate::config::Fields;
use crate::error::Result;
use crate::release::manifest::{MANIFEST, META_FILES, Manifest};
use crate::serve::protocol::{Code, Committed, Offer, Offered, PREFIX, Refused, WantedFile};

/// `[mirror.mirrorcast]`: the address of a `mirrorcast serve` daemon.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub endpoint: Url,
}

/// `[mirror.mirrorcast]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    endpoint: Spanned<String>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        // No secret travels, and every byte is signed: plain http is as safe as https here.
        Ok(Config {
            endpoint: f.service(&self.endpoint)?,
        })
    }
}

/// Offers, uploads and commits a push makes before it gives up: each round continues where
/// the one before was cut off.
const ROUNDS: usize = 6;
/// Files sent at once.
const UPLOADS: usize = 4;
/// The deadline of a small request (an offer, a commit, a manifest).
const SMALL: Duration = Duration::from_secs(60);

pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    Ok(Box::new(open(config).map_err(|e| at.failed(e))?))
}

pub struct Daemon {
    client: reqwest::Client,
    endpoint: Url,
    describe: String,
}

pub fn open(config: &Config) -> TransportResult<Daemon> {
    let describe = format!("the `mirrorcast serve` at {}", config.endpoint);
    let (tls, _) = super::http::tls().map_err(TransportError::permanent)?;
    let client = crate::http::builder()
        .tls_backend_preconfigured(tls)
        .build()
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    let mut endpoint = config.endpoint.clone();
    if !endpoint.path().ends_with('/') {
        endpoint.set_path(&format!("{}/", endpoint.path()));
    }
    Ok(Daemon {
        client,
        endpoint,
        describe,
    })
}

/// What the organiser can do about a refusal, where the daemon's words alone do not say.
fn next_step(code: Code) -> &'static str {
    match code {
        Code::AnotherKey => {
            "; that mirror trusts another publisher key: sign with the key it trusts, or ask its \
             volunteer to restart `mirrorcast serve` with your mirrorcast.pub"
        }
        Code::AnotherSite => {
            "; that mirror serves another site: a second site needs a `mirrorcast serve` of its \
             own (another --root and --listen)"
        }
        Code::Expired => "; make a new release: `mirrorcast release --next`, then publish",
        Code::TooLarge => "; its volunteer can raise --max-release-mib or --max-files",
        _ => "",
    }
}

impl Daemon {
    fn url(&self, path: &str) -> TransportResult<Url> {
        self.endpoint
            .join(path.trim_start_matches('/'))
            .map_err(|e| TransportError::permanent(format!("{}: {e}", self.describe)))
    }

    /// `what` names a step of the protocol; a file's path is named by the caller already.
    fn unreachable(&self, what: Option<&str>, e: &reqwest::Error) -> TransportError {
        TransportError::temporary(format!(
            "{}{}: {}",
            self.describe,
            what.map(|w| format!(", sending {w}")).unwrap_or_default(),
            crate::http::describe(e)
        ))
    }

    /// A refusal, as the daemon worded it when it did.
    async fn refused(
        &self,
        what: &str,
        res: reqwest::Response,
    ) -> (Option<Refused>, TransportError) {
        let status = res.status();
        let body = crate::http::read_capped(res, 64 * 1024)
            .await
            .unwrap_or_default();
        let refused: Option<Refused> = serde_json::from_slice(&body).ok();
        let message = match &refused {
            Some(r) => format!(
                "{} refused {what}: {}{}",
                self.describe,
                crate::http::peer_text(&r.message, 300),
                next_step(r.error)
            ),
            None => format!(
                "{} {what}: HTTP {}{}",
                self.describe,
                status.as_u16(),
                if status == reqwest::StatusCode::NOT_FOUND {
                    " (is this a mirrorcast serve daemon, and a version that takes pushes?)"
                } else {
                    ""
                }
            ),
        };
        let temporary = match &refused {
            Some(r) => matches!(
                r.error,
                Code::RateLimited
                    | Code::Internal
                    | Code::Busy
                    | Code::Short
                    | Code::WrongOffset
                    | Code::Missing
                    | Code::NoOffer
            ),
            None => status.is_server_error() || status == reqwest::StatusCode::TOO_MANY_REQUESTS,
        };
        let failure = match refused.as_ref().map(|r| r.error) {
            Some(Code::TooLarge) => Failure::TooLarge,
            _ if temporary => Failure::Temporary,
            _ => Failure::Permanent,
        };
        (refused, TransportError::with(failure, message))
    }

    async fn offer(&self, offer: &Offer) -> TransportResult<Offered> {
        let res = self
            .client
            .post(self.url(&format!("{PREFIX}/offer"))?)
            .timeout(SMALL)
            .json(offer)
            .send()
            .await
            .map_err(|e| self.unreachable(Some("the offer"), &e))?;
        if !res.status().is_success() {
            return Err(self.refused("the release", res).await.1);
        }
        let body = crate::http::read_capped(res, 64 << 20).await.map_err(|_| {
            TransportError::temporary(format!(
                "{}: the answer to the offer broke off",
                self.describe
            ))
        })?;
        serde_json::from_slice(&body).map_err(|e| {
            TransportError::permanent(format!(
                "{}: not an answer to an offer ({e})",
                self.describe
            ))
        })
    }

    /// Send the file at `path` in `dir` from byte `w.have`.
    async fn upload(
        &self,
        dir: &std::path::Path,
        path: &str,
        offer: &str,
        w: &WantedFile,
    ) -> TransportResult<u64> {
        use tokio::io::{AsyncReadExt as _, AsyncSeekExt as _};
        let local = dir.join(path);
        let mut file = tokio::fs::File::open(&local)
            .await
            .map_err(|e| TransportError::permanent(format!("{}: {e}", local.display())))?;
        file.seek(std::io::SeekFrom::Start(w.have))
            .await
            .map_err(|e| TransportError::permanent(format!("{}: {e}", local.display())))?;
        let left = w.size.saturating_sub(w.have);
        let stream = tokio_util::io::ReaderStream::new(file.take(left));
        let res = self
            .client
            .put(self.url(&format!("{PREFIX}/{offer}/{}?offset={}", w.sha256, w.have))?)
            .timeout(SMALL + crate::http::time_for(left))
            .header(reqwest::header::CONTENT_LENGTH, left)
            .body(reqwest::Body::wrap_stream(stream))
            .send()
            .await
            .map_err(|e| self.unreachable(Some(path), &e))?;
        if res.status().is_success() {
            return Ok(left);
        }
        Err(self.refused(path, res).await.1)
    }

    async fn commit(&self, offer: &str) -> TransportResult<Committed> {
        let res = self
            .client
            .post(self.url(&format!("{PREFIX}/{offer}/commit"))?)
            .timeout(SMALL + Duration::from_secs(600))
            .send()
            .await
            .map_err(|e| self.unreachable(Some("the commit"), &e))?;
        if !res.status().is_success() {
            return Err(self.refused("the release", res).await.1);
        }
        let body = crate::http::read_capped(res, 64 * 1024)
            .await
            .map_err(|_| {
                TransportError::temporary(format!(
                    "{}: the answer to the commit broke off",
                    self.describe
                ))
            })?;
        serde_json::from_slice(&body).map_err(|e| {
            TransportError::permanent(format!(
                "{}: not an answer to a commit ({e})",
                self.describe
            ))
        })
    }

    /// Whether the daemon serves exactly the manifest `ours`.
    async fn holds(&self, ours: &[u8]) -> bool {
        matches!(
            self.read(MANIFEST, crate::release::manifest::MAX_MANIFEST).await,
            Ok(Some(theirs)) if theirs == ours
        )
    }

    fn whole_only(&self) -> TransportError {
        TransportError::with(
            Failure::Unsupported,
            format!("{} takes whole signed releases only", self.describe),
        )
    }
}

#[async_trait::async_trait]
impl Transport for Daemon {
    fn capabilities(&self) -> Capabilities {
        Capabilities {
            rename: true,
            atomic_release: true,
            folders: false,
        }
    }

    async fn read(&self, path: &str, cap: u64) -> TransportResult<Option<Vec<u8>>> {
        let res = self
            .client
            .get(self.url(super::checked(path)?)?)
            .timeout(SMALL)
            .send()
            .await
            .map_err(|e| self.unreachable(None, &e))?;
        // 503: a daemon with no release yet.
        if matches!(res.status().as_u16(), 404 | 503) {
            return Ok(None);
        }
        if !res.status().is_success() {
            return Err(TransportError::new(
                res.status().is_server_error(),
                format!("{} {path}: HTTP {}", self.describe, res.status().as_u16()),
            ));
        }
        match crate::http::read_capped(res, usize::try_from(cap).unwrap_or(usize::MAX)).await {
            Ok(bytes) => Ok(Some(bytes)),
            Err(crate::http::ReadFailure::TooLarge) => Err(TransportError::too_large(format!(
                "{}: its {path} is larger than any genuine one",
                self.describe
            ))),
            Err(crate::http::ReadFailure::Transport(e)) => Err(self.unreachable(None, &e)),
        }
    }

    async fn write(&self, _: &str, _: Body) -> TransportResult<()> {
        Err(self.whole_only())
    }
    async fn create_dir(&self, _: &str, _: bool) -> TransportResult<bool> {
        Err(self.whole_only())
    }
    async fn rename(&self, _: &str, _: &str) -> TransportResult<()> {
        Err(self.whole_only())
    }
    async fn delete(&self, _: &str) -> TransportResult<()> {
        Err(self.whole_only())
    }
    async fn remove_dir(&self, _: &str) -> TransportResult<()> {
        Err(self.whole_only())
    }
    /// The daemon keeps no staging area anyone else sees.
    async fn list_dir(&self, _: &str) -> TransportResult<Option<Vec<String>>> {
        Ok(None)
    }
    async fn remove_all(&self, _: &str) -> TransportResult<()> {
        Err(self.whole_only())
    }

    async fn swap_release(&self, release: &WholeRelease<'_>) -> TransportResult<Swapped> {
        let mut files = BTreeMap::new();
        for name in META_FILES {
            let path = release.dir.join(name);
            let bytes = std::fs::read(&path)
                .map_err(|e| TransportError::permanent(format!("{}: {e}", path.display())))?;
            files.insert(
                name.to_string(),
                base64::engine::general_purpose::STANDARD.encode(bytes),
            );
        }
        let manifest_bytes = std::fs::read(release.dir.join(MANIFEST))
            .map_err(|e| TransportError::permanent(format!("{MANIFEST}: {e}")))?;
        let manifest = Manifest::parse(&manifest_bytes)
            .map_err(|e| TransportError::permanent(format!("{MANIFEST}: {e}")))?;
        let offer = Offer { files };
        let (mut sent, mut bytes) = (0u64, 0u64);
        let mut last = TransportError::temporary(format!("{}: no round was made", self.describe));
        let mut done = false;
        for round in 0..ROUNDS {
            if release.stop.is_cancelled() || std::time::Instant::now() >= release.deadline {
                return Err(TransportError::permanent(format!(
                    "{}: stopped before the release was committed; the files sent are kept there, and the next push continues",
                    self.describe
                )));
            }
            if round > 0 {
                tracing::info!("{}: continuing ({last})", self.describe);
                tokio::time::sleep(Duration::from_millis(500 << round.min(4))).await;
            }
            let offered = match self.offer(&offer).await {
                Ok(o) => o,
                Err(e) if e.is_temporary() => {
                    last = e;
                    continue;
                }
                // Refused, perhaps because an earlier round's commit went in though its answer
                // was lost: then the daemon serves exactly these bytes.
                Err(_) if round > 0 && self.holds(&manifest_bytes).await => {
                    done = true;
                    break;
                }
                Err(e) => return Err(e),
            };
            let mut jobs = Vec::new();
            for w in &offered.wanted {
                let Some(path) = manifest
                    .files
                    .iter()
                    .find(|f| f.sha256.eq_ignore_ascii_case(&w.sha256))
                    .map(|f| f.path.clone())
                else {
                    return Err(TransportError::permanent(format!(
                        "{}: asked for a file the release does not list",
                        self.describe
                    )));
                };
                let (offer, w) = (offered.offer.clone(), w.clone());
                jobs.push(async move { self.upload(release.dir, &path, &offer, &w).await });
            }
            let uploads = futures_util::stream::iter(jobs).buffer_unordered(UPLOADS);
            let results: Vec<TransportResult<u64>> = uploads.collect().await;
            let mut failed = None;
            for r in results {
                match r {
                    Ok(n) => {
                        sent += 1;
                        bytes += n;
                    }
                    Err(e) if e.is_temporary() => failed = Some(e),
                    Err(e) => return Err(e),
                }
            }
            if let Some(e) = failed {
                last = e;
                continue;
            }
            match self.commit(&offered.offer).await {
                Ok(c) if c.release == manifest.release => {
                    done = true;
                    break;
                }
                Ok(c) => {
                    return Err(TransportError::permanent(format!(
                        "{}: committed release {}, not the release {} sent",
                        self.describe, c.release, manifest.release
                    )));
                }
                Err(e) if e.is_temporary() => last = e,
                Err(e) => return Err(e),
            }
        }
        if !done {
            return Err(last);
        }
        Ok(Swapped::Done {
            // The four signed files travel in every offer.
            files: sent + META_FILES.len() as u64,
            bytes,
            deleted: release.drop.len() as u64,
            how: "the whole release went in at once (offered, sent by hash, committed)",
        })
    }
}
