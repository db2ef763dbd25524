//! Remote pins through the IPFS Pinning Service API v1 (Pinata, Filebase, IPFS Cluster's
//! `pinsvc` endpoint, …): ask the service to pin a CID, telling it where to fetch the blocks
//! (`origins`), then poll until it is pinned, failed, or the deadline passes.
//!
//! The service is a remote peer we do not control: every answer is size-capped, every request has
//! a timeout, redirects are not followed (the bearer token must not travel to another host), and
//! the token never appears in a message.

use std::time::{Duration, Instant};

use cid::Cid;
use serde::{Deserialize, Serialize};

use super::node::same_content;
use crate::config::{PinningService, secret_from_env};
use crate::error::{Error, Result};
use crate::http::peer_text;
use crate::release::signing::Secret;

const MAX_ANSWER: usize = 1 << 20;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
/// The `meta.app` of the pins we make: we unpin only pins that carry it.
const APP: &str = "mirrorcast";
/// Polling starts fast (a service may pin in a second) and backs off to this.
const MAX_POLL_INTERVAL: Duration = Duration::from_secs(30);

pub struct ServiceClient {
    pub name: String,
    endpoint: url::Url,
    token: Secret,
    http: reqwest::Client,
}

#[derive(Debug, Clone, Deserialize)]
struct PinStatus {
    requestid: String,
    status: String,
    pin: PinInfo,
    #[serde(default)]
    info: Option<serde_json::Value>,
}

#[derive(Debug, Clone, Deserialize)]
struct PinInfo {
    cid: String,
    #[serde(default)]
    meta: std::collections::BTreeMap<String, serde_json::Value>,
}

impl PinStatus {
    /// Whether this is a pin of `cid` (a service may ignore the query's filter).
    fn is_of(&self, cid: &Cid) -> bool {
        self.pin
            .cid
            .parse::<Cid>()
            .is_ok_and(|c| same_content(&c, cid))
    }

    /// Whether we made it, for `site`.
    fn is_ours(&self, site: &str) -> bool {
        let meta = |k: &str| self.pin.meta.get(k).and_then(|v| v.as_str());
        meta("app") == Some(APP) && meta("site") == Some(site)
    }
}

#[derive(Debug, Deserialize)]
struct PinResults {
    results: Vec<PinStatus>,
}

#[derive(Serialize)]
struct Pin<'a> {
    cid: String,
    name: &'a str,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    origins: &'a [String],
    meta: std::collections::BTreeMap<&'static str, String>,
}

/// What happened on one service.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct RemotePin {
    pub requestid: String,
    /// `pinned`, or `already-pinned` when an earlier run had pinned it.
    pub status: String,
    pub polls: u32,
}

impl ServiceClient {
    pub fn connect(service: &PinningService) -> Result<Self> {
        let owner = format!("pinning service {:?}", service.name);
        let token = secret_from_env(&service.token_env, &owner)?;
        let http = crate::http::client().map_err(|e| Error::Ipfs(format!("{owner}: {e}")))?;
        Ok(ServiceClient {
            name: service.name.clone(),
            endpoint: service.endpoint.clone(),
            token,
            http,
        })
    }

    fn error(&self, what: &str, why: impl std::fmt::Display) -> Error {
        Error::Ipfs(format!(
            "pinning service {:?} ({}): {what}: {why}",
            self.name, self.endpoint
        ))
    }

    fn url(&self, path: &str) -> url::Url {
        // The endpoint always ends in `/` (config), so this joins under it.
        let mut url = self.endpoint.clone();
        url.set_path(&format!("{}{path}", self.endpoint.path()));
        url
    }

    /// Send, check the status, and read a capped JSON answer (`None` for an empty body); a
    /// failure that may pass (no answer, 408, 429, 5xx) is tried again, as pushes are.
    async fn send<T: serde::de::DeserializeOwned>(
        &self,
        what: &str,
        req: reqwest::RequestBuilder,
    ) -> Result<Option<T>> {
        let req = req
            .bearer_auth(self.token.expose())
            .timeout(REQUEST_TIMEOUT);
        // Only what can be asked twice is tried again: a POST whose answer was lost may have
        // made a pin, and a second one would make another (the next run finds the first).
        let repeatable = matches!(req.try_clone().and_then(|r| r.build().ok()), Some(r) if r.method() == reqwest::Method::GET);
        let answer = crate::retry::retry(
            |failed: &Failed| repeatable && failed.may_pass(),
            |attempt, failed| {
                tracing::info!(
                    "pinning service {:?}: {what}: attempt {attempt} failed, trying again: {failed}",
                    self.name
                );
            },
            || async {
                let Some(req) = req.try_clone() else {
                    return Err(Failed::NoAnswer(false, "the request cannot be sent again".into()));
                };
                match crate::http::exchange(req, MAX_ANSWER).await {
                    Ok((status, body)) if passing(status) => Err(Failed::Status(status, body)),
                    Ok(answer) => Ok(answer),
                    // No answer at all (refused, reset, timed out): it may pass.
                    Err(why) => Err(Failed::NoAnswer(true, why)),
                }
            },
        )
        .await;
        let (status, body) = match answer {
            Ok(answer) => answer,
            // Still failing after every try: the last answer says why, below.
            Err(Failed::Status(status, body)) => (status, body),
            Err(Failed::NoAnswer(_, why)) => return Err(self.error(what, why)),
        };
        if !status.is_success() {
            let reason = serde_json::from_slice::<serde_json::Value>(&body)
                .ok()
                .and_then(|v| {
                    let e = v.get("error")?;
                    let reason = e.get("reason")?.as_str()?.to_string();
                    Some(match e.get("details").and_then(|d| d.as_str()) {
                        Some(d) => format!("{reason}: {d}"),
                        None => reason,
                    })
                })
                .unwrap_or_default();
            let hint = match status.as_u16() {
                401 | 403 => "; check the token in the environment variable mirrors.toml names",
                300..=399 => {
                    "; the endpoint redirects, which is not followed: put the final address in mirrors.toml"
                }
                _ => "",
            };
            return Err(self.error(
                what,
                format!("HTTP {status} {}{hint}", peer_text(&reason, 300)),
            ));
        }
        if body.iter().all(u8::is_ascii_whitespace) {
            return Ok(None);
        }
        serde_json::from_slice(&body).map(Some).map_err(|e| {
            self.error(
                what,
                format!("the answer does not follow the Pinning Service API ({e})"),
            )
        })
    }

    /// Send `req`, whose answer must be the PinStatus of a pin of `cid`.
    async fn status_of(
        &self,
        cid: &Cid,
        what: &str,
        req: reqwest::RequestBuilder,
    ) -> Result<PinStatus> {
        let status: PinStatus = self
            .send(what, req)
            .await?
            .ok_or_else(|| self.error(what, "the answer is empty"))?;
        if !status.is_of(cid) {
            return Err(self.error(
                what,
                "the answer is about another CID; the service does not follow the Pinning Service API",
            ));
        }
        Ok(status)
    }

    async fn existing(&self, cid: &Cid, statuses: &str) -> Result<Vec<PinStatus>> {
        let mut url = self.url("pins");
        url.query_pairs_mut()
            .append_pair("cid", &cid.to_string())
            .append_pair("status", statuses);
        let req = self.http.get(url);
        let answer: Option<PinResults> = self.send("GET /pins", req).await?;
        Ok(answer
            .map(|a| a.results)
            .unwrap_or_default()
            .into_iter()
            .filter(|p| p.is_of(cid))
            .collect())
    }

    /// Make sure `cid` is pinned, asking for it once (a re-run finds the earlier request), and
    /// wait until the service says `pinned`, says `failed`, or `deadline` passes.
    pub async fn ensure_pinned(
        &self,
        cid: &Cid,
        site: &str,
        release: u64,
        origins: &[String],
        timeout: Duration,
    ) -> Result<RemotePin> {
        let deadline = Instant::now() + timeout;
        let mut current = match self
            .existing(cid, "queued,pinning,pinned")
            .await?
            .into_iter()
            .next()
        {
            Some(p) if p.status == "pinned" => {
                return Ok(RemotePin {
                    requestid: p.requestid,
                    status: "already-pinned".into(),
                    polls: 0,
                });
            }
            Some(p) => p,
            None => {
                let pin = Pin {
                    cid: cid.to_string(),
                    name: &format!("{site} release {release}"),
                    origins,
                    meta: [
                        ("app", APP.to_string()),
                        ("site", site.to_string()),
                        ("release", release.to_string()),
                    ]
                    .into(),
                };
                let req = self.http.post(self.url("pins")).json(&pin);
                self.status_of(cid, "POST /pins", req).await?
            }
        };
        let mut polls = 0;
        let mut interval = Duration::from_millis(250);
        loop {
            match current.status.as_str() {
                "pinned" => {
                    return Ok(RemotePin {
                        requestid: current.requestid,
                        status: "pinned".into(),
                        polls,
                    });
                }
                "failed" => {
                    let info = current
                        .info
                        .map(|i| peer_text(&i.to_string(), 300))
                        .unwrap_or_default();
                    return Err(self.error(
                        "pin",
                        format!(
                            "the service reports the pin (request {}) failed {info}; check that the origins are reachable from the internet",
                            peer_text(&current.requestid, 100)
                        ),
                    ));
                }
                "queued" | "pinning" => {}
                other => {
                    return Err(
                        self.error("pin", format!("unknown status {:?}", peer_text(other, 40)))
                    );
                }
            }
            let now = Instant::now();
            if now >= deadline {
                return Err(self.error(
                    "pin",
                    format!(
                        "still {} after {} s (request {}); the service may not reach the content: check the origins, or raise `timeout` under [ipfs]",
                        current.status,
                        timeout.as_secs(),
                        peer_text(&current.requestid, 100)
                    ),
                ));
            }
            // Backoff with jitter, never past the deadline.
            let jitter = Duration::from_millis(u64::from(polls) * 37 % 100);
            tokio::time::sleep((interval + jitter).min(deadline - now)).await;
            interval = (interval * 2).min(MAX_POLL_INTERVAL);
            polls += 1;
            let req = self
                .http
                .get(self.url(&format!("pins/{}", encode(&current.requestid))));
            current = self.status_of(cid, "GET /pins/{requestid}", req).await?;
        }
    }

    /// Remove the pins of `cid` that we made for `site` (never anyone else's); how many.
    pub async fn unpin(&self, cid: &Cid, site: &str) -> Result<usize> {
        let pins = self.existing(cid, "queued,pinning,pinned,failed").await?;
        let ours: Vec<_> = pins.iter().filter(|p| p.is_ours(site)).collect();
        for p in &ours {
            let req = self
                .http
                .delete(self.url(&format!("pins/{}", encode(&p.requestid))));
            self.send::<serde_json::Value>("DELETE /pins/{requestid}", req)
                .await?;
        }
        Ok(ours.len())
    }
}

fn encode(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, percent_encoding::NON_ALPHANUMERIC).to_string()
}

/// A request to a pinning service that did not succeed, and whether trying again may help.
enum Failed {
    /// An answer whose status may pass (408, 429, 5xx), with its body.
    Status(reqwest::StatusCode, Vec<u8>),
    /// No answer (or none that could be sent); whether it may pass, and why.
    NoAnswer(bool, String),
}

impl Failed {
    fn may_pass(&self) -> bool {
        match self {
            Failed::Status(..) => true,
            Failed::NoAnswer(temporary, _) => *temporary,
        }
    }
}

impl std::fmt::Display for Failed {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Failed::Status(status, _) => write!(f, "HTTP {status}"),
            Failed::NoAnswer(_, why) => f.write_str(why),
        }
    }
}

/// Statuses that say "not now" rather than "no".
fn passing(status: reqwest::StatusCode) -> bool {
    status.is_server_error() || matches!(status.as_u16(), 408 | 429)
}
