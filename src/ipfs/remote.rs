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

use crate::config::{PinningService, secret_from_env};
use crate::error::{Error, Result};
use crate::signing::Secret;

const MAX_ANSWER: usize = 1 << 20;
const REQUEST_TIMEOUT: Duration = Duration::from_secs(30);
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
    #[serde(default)]
    info: Option<serde_json::Value>,
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
        let http = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .timeout(REQUEST_TIMEOUT)
            .connect_timeout(Duration::from_secs(10))
            .user_agent(concat!("mirrorcast/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(|e| Error::Ipfs(format!("{owner}: cannot set up HTTP ({e})")))?;
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

    /// Send, check the status, and read a capped JSON answer (`None` for an empty body).
    async fn send<T: serde::de::DeserializeOwned>(
        &self,
        what: &str,
        req: reqwest::RequestBuilder,
    ) -> Result<Option<T>> {
        let mut res = req
            .bearer_auth(self.token.expose())
            .send()
            .await
            .map_err(|e| self.error(what, describe(&e)))?;
        let status = res.status();
        let mut body = Vec::new();
        while let Some(chunk) = res
            .chunk()
            .await
            .map_err(|e| self.error(what, describe(&e)))?
        {
            if body.len() + chunk.len() > MAX_ANSWER {
                return Err(
                    self.error(what, "the answer is larger than any valid one; refusing it")
                );
            }
            body.extend_from_slice(&chunk);
        }
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
                format!(
                    "HTTP {status} {}{hint}",
                    crate::safe_fs::printable(&reason.chars().take(300).collect::<String>())
                ),
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

    async fn existing(&self, cid: &Cid, statuses: &str) -> Result<Vec<PinStatus>> {
        let mut url = self.url("pins");
        url.query_pairs_mut()
            .append_pair("cid", &cid.to_string())
            .append_pair("status", statuses);
        let req = self.http.get(url);
        let answer: Option<PinResults> = self.send("GET /pins", req).await?;
        Ok(answer.map(|a| a.results).unwrap_or_default())
    }

    /// Make sure `cid` is pinned, asking for it once (a re-run finds the earlier request), and
    /// wait until the service says `pinned`, says `failed`, or `deadline` passes.
    pub async fn ensure_pinned(
        &self,
        cid: &Cid,
        name: &str,
        origins: &[String],
        meta: &[(&'static str, String)],
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
                    name,
                    origins,
                    meta: meta.iter().cloned().collect(),
                };
                let req = self.http.post(self.url("pins")).json(&pin);
                self.send("POST /pins", req)
                    .await?
                    .ok_or_else(|| self.error("POST /pins", "the answer is empty"))?
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
                        .map(|i| crate::safe_fs::printable(&i.to_string()).into_owned())
                        .unwrap_or_default();
                    return Err(self.error(
                        "pin",
                        format!(
                            "the service reports the pin (request {}) failed {info}; check that the origins are reachable from the internet",
                            current.requestid
                        ),
                    ));
                }
                "queued" | "pinning" => {}
                other => {
                    return Err(self.error(
                        "pin",
                        format!(
                            "unknown status {:?}",
                            crate::safe_fs::printable(&other.chars().take(40).collect::<String>())
                        ),
                    ));
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
                        current.requestid
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
            current = self
                .send("GET /pins/{requestid}", req)
                .await?
                .ok_or_else(|| self.error("GET /pins/{requestid}", "the answer is empty"))?;
        }
    }

    /// Remove every pin request for `cid`; how many there were.
    pub async fn unpin(&self, cid: &Cid) -> Result<usize> {
        let pins = self.existing(cid, "queued,pinning,pinned,failed").await?;
        for p in &pins {
            let req = self
                .http
                .delete(self.url(&format!("pins/{}", encode(&p.requestid))));
            self.send::<serde_json::Value>("DELETE /pins/{requestid}", req)
                .await?;
        }
        Ok(pins.len())
    }
}

fn encode(segment: &str) -> String {
    percent_encoding::utf8_percent_encode(segment, percent_encoding::NON_ALPHANUMERIC).to_string()
}

fn describe(e: &reqwest::Error) -> String {
    if e.is_timeout() {
        format!("no answer within {} s", REQUEST_TIMEOUT.as_secs())
    } else if e.is_connect() {
        "cannot connect; check `endpoint` in mirrors.toml and the network".into()
    } else {
        // reqwest's text can name the URL, which carries no secret (the token is a header).
        e.to_string()
    }
}
