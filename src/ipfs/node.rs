//! An IPFS node reached through the Kubo RPC API (`/api/v0`): Kubo itself, an IPFS Cluster
//! peer's Kubo-compatible proxy, or anything else that speaks it.
//!
//! Requests are built by `ipfs-api-backend-hyper`'s request types and backend; every call goes
//! through [`NodeClient::call`] so that each one gets the same bearer token (the client only knows
//! basic auth), a deadline and a cap on the answer's size. The client has no `dag/import`, so
//! that endpoint's request type is defined here, on the same connection.

use std::path::Path;
use std::time::Duration;

use cid::Cid;
use hyper::body::HttpBody as _;
use ipfs_api_backend_hyper::{Form, IpfsClient, TryFromUri as _};
use ipfs_api_prelude::Backend as _;
use ipfs_api_prelude::request::{self, ApiRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::{Auth, IpfsNode, secret_from_env};
use crate::error::{Error, Result};
use crate::http::peer_text;
use crate::release::signing::Secret;

/// The most we read of any answer: they are small JSON documents.
const MAX_ANSWER: usize = 4 << 20;
/// How long a quick call (version, pin/ls, key/list) may take.
const QUICK: Duration = Duration::from_secs(30);

pub struct NodeClient {
    pub name: String,
    /// The API address, for messages (it never carries credentials: the config refuses them).
    pub api: String,
    /// Builds each request (URL, query, basic auth, multipart body) with the client's types.
    requests: IpfsClient,
    bearer: Option<Secret>,
    http: reqwest::Client,
}

impl NodeClient {
    pub fn connect(node: &IpfsNode) -> Result<Self> {
        let owner = format!("IPFS node {:?}", node.name);
        let base = format!("{}api/v0", node.api);
        let uri = base
            .parse()
            .map_err(|e| Error::Usage(format!("{owner}: the API address is not usable ({e})")))?;
        let mut requests = IpfsClient::build_with_base_uri(uri);
        let mut bearer = None;
        match &node.auth {
            Auth::None => {}
            Auth::Basic {
                username_env,
                password_env,
            } => {
                let user = secret_from_env(username_env, &owner)?;
                let password = secret_from_env(password_env, &owner)?;
                requests = requests.with_credentials(user.expose(), password.expose());
            }
            Auth::Bearer { token_env } => {
                bearer = Some(secret_from_env(token_env, &owner)?);
            }
        }
        Ok(NodeClient {
            name: node.name.clone(),
            api: node.api.to_string(),
            requests,
            bearer,
            http: crate::http::client().map_err(|e| Error::Ipfs(format!("{owner}: {e}")))?,
        })
    }

    fn error(&self, what: &str, why: impl std::fmt::Display) -> Error {
        Error::Ipfs(format!(
            "IPFS node {:?} ({}): {what}: {why}",
            self.name, self.api
        ))
    }

    /// Send `req` and parse the last JSON line of the answer (streaming endpoints send progress
    /// lines before the result). An error the node itself reports is an `Error::Ipfs` quoting it.
    async fn call<Req, Res>(
        &self,
        req: Req,
        form: Option<Form<'static>>,
        limit: Duration,
    ) -> Result<Res>
    where
        Req: ApiRequest,
        Res: DeserializeOwned,
    {
        let what = Req::PATH.trim_start_matches('/');
        self.call_api(req, form, limit)
            .await?
            .map_err(|message| self.error(what, format!("the node says: {message}")))
    }

    /// Like [`NodeClient::call`], but an error the node reports comes back as `Ok(Err(message))`
    /// (printable, short), for callers that expect some.
    async fn call_api<Req, Res>(
        &self,
        req: Req,
        form: Option<Form<'static>>,
        limit: Duration,
    ) -> Result<std::result::Result<Res, String>>
    where
        Req: ApiRequest,
        Res: DeserializeOwned,
    {
        let what = Req::PATH.trim_start_matches('/');
        // The client builds the request; we send it, so that the answer is read with a cap
        // whatever its status (the client would read an error body of any size) and with the
        // bearer token the client cannot add.
        let built = self
            .requests
            .build_base_request(req, form)
            .map_err(|e| self.error(what, e))?;
        let (parts, body) = built.into_parts();
        let method = reqwest::Method::from_bytes(parts.method.as_str().as_bytes())
            .map_err(|e| self.error(what, e))?;
        let mut send = self.http.request(method, parts.uri.to_string());
        for (name, value) in &parts.headers {
            send = send.header(name.as_str(), value.as_bytes());
        }
        if let Some(token) = &self.bearer {
            send = send.bearer_auth(token.expose());
        }
        let chunks = futures_util::stream::unfold(body, |mut body| async move {
            body.data().await.map(|chunk| (chunk, body))
        });
        let send = send.body(reqwest::Body::wrap_stream(chunks));
        let (status, body) = tokio::time::timeout(limit, crate::http::exchange(send, MAX_ANSWER))
            .await
            .map_err(|_| {
                self.error(
                    what,
                    format!("no complete answer within {} s", limit.as_secs()),
                )
            })?
            .map_err(|why| self.error(what, why))?;
        if !status.is_success() {
            #[derive(serde::Deserialize)]
            #[serde(rename_all = "PascalCase")]
            struct ApiError {
                message: String,
            }
            return match serde_json::from_slice::<ApiError>(&body) {
                Ok(e) => Ok(Err(peer_text(&e.message, 300))),
                Err(_) => Err(self.error(
                    what,
                    format!(
                        "HTTP {status}: {}",
                        peer_text(&String::from_utf8_lossy(&body), 200)
                    ),
                )),
            };
        }
        let last = body
            .split(|&b| b == b'\n')
            .rfind(|l| !l.iter().all(u8::is_ascii_whitespace))
            .unwrap_or(&[]);
        serde_json::from_slice(last).map(Ok).map_err(|e| {
            self.error(
                what,
                format!("the answer is not what the Kubo RPC API gives ({e}); is this an IPFS RPC address?"),
            )
        })
    }
}

/// The same node is asked about the same CID under v0 and v1 names: compare what they address.
pub fn same_content(a: &Cid, b: &Cid) -> bool {
    a.hash() == b.hash() && a.codec() == b.codec()
}

/// Any request, with Kubo's global `timeout` option: the node gives up by itself, so a call on
/// absent content (which would otherwise wait forever) ends and frees the node's resources.
#[derive(Serialize)]
struct Timed<R> {
    #[serde(flatten)]
    request: R,
    timeout: String,
}

impl<R: ApiRequest> ApiRequest for Timed<R> {
    const PATH: &'static str = R::PATH;
}

fn timed<R>(request: R, limit: Duration) -> Timed<R> {
    Timed {
        request,
        timeout: format!("{}s", limit.as_secs().max(1)),
    }
}

/// `dag/import`, which the client lacks: a CAR in, its roots out.
#[derive(Serialize)]
struct DagImport {
    #[serde(rename = "pin-roots")]
    pin_roots: bool,
}

impl ApiRequest for DagImport {
    const PATH: &'static str = "/dag/import";
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DagImportAnswer {
    root: DagImportRoot,
}

#[derive(serde::Deserialize)]
#[serde(rename_all = "PascalCase")]
struct DagImportRoot {
    cid: serde_json::Value,
    #[serde(default)]
    pin_error_msg: Option<String>,
}

impl NodeClient {
    /// The node's version string: proves the address is a live Kubo RPC API.
    pub async fn version(&self) -> Result<String> {
        let v: ipfs_api_prelude::response::VersionResponse =
            self.call(request::Version, None, QUICK).await?;
        Ok(v.version)
    }

    /// Whether `cid` is pinned recursively on the node.
    pub async fn is_pinned(&self, cid: &Cid) -> Result<bool> {
        let key = cid.to_string();
        let req = timed(
            request::PinLs {
                key: Some(&key),
                typ: Some("recursive"),
            },
            QUICK,
        );
        match self
            .call_api::<_, ipfs_api_prelude::response::PinLsResponse>(req, None, QUICK + QUICK)
            .await?
        {
            Ok(answer) => Ok(answer
                .keys
                .keys()
                .filter_map(|k| k.parse::<Cid>().ok())
                .any(|k| same_content(&k, cid))),
            // Kubo and js-ipfs answer an error, not an empty list, for a CID that is not pinned.
            Err(message) if message.contains("not pinned") => Ok(false),
            Err(message) => Err(self.error("pin/ls", format!("the node says: {message}"))),
        }
    }

    /// Upload a CAR file (streamed from disk) and return the root the node read from it.
    pub async fn import_car(&self, car: &Path, limit: Duration) -> Result<Cid> {
        let mut form = Form::default();
        form.add_file("file", car).map_err(|e| Error::io(car, e))?;
        // With `pin-roots` the node pins the root the CAR names and says which it was (without it,
        // nodes answer nothing); `pin` then pins explicitly, which an IPFS Cluster proxy turns
        // into a cluster-wide pin.
        let answer: DagImportAnswer = self
            .call(DagImport { pin_roots: true }, Some(form), limit)
            .await?;
        if let Some(msg) = answer.root.pin_error_msg.filter(|m| !m.is_empty()) {
            return Err(self.error("dag/import", peer_text(&msg, 300)));
        }
        let text = answer
            .root
            .cid
            .get("/")
            .and_then(|v| v.as_str())
            .or(answer.root.cid.as_str())
            .unwrap_or_default();
        text.parse()
            .map_err(|_| self.error("dag/import", "the answer names no valid root CID"))
    }

    /// Pin `cid` recursively, waiting at most `limit`: a pin of content the node cannot find
    /// would otherwise wait forever. Returns the CIDs the node says it pinned.
    pub async fn pin(&self, cid: &Cid, limit: Duration) -> Result<Vec<String>> {
        let key = cid.to_string();
        let req = timed(
            request::PinAdd {
                key: &key,
                recursive: Some(true),
                progress: false,
            },
            limit,
        );
        let answer: ipfs_api_prelude::response::PinAddResponse =
            self.call(req, None, limit + QUICK).await?;
        Ok(answer.pins)
    }

    pub async fn unpin(&self, cid: &Cid) -> Result<()> {
        let key = cid.to_string();
        let req = timed(
            request::PinRm {
                key: &key,
                recursive: true,
            },
            QUICK,
        );
        let _: ipfs_api_prelude::response::PinRmResponse =
            self.call(req, None, QUICK + QUICK).await?;
        Ok(())
    }

    /// Publish `/ipfs/<cid>` under the node's key `key` (created when missing); the IPNS name.
    pub async fn publish_name(&self, cid: &Cid, key: &str, limit: Duration) -> Result<String> {
        let keys: ipfs_api_prelude::response::KeyListResponse =
            self.call(request::KeyList, None, QUICK).await?;
        if !keys.keys.iter().any(|k| k.name == key) {
            let _: ipfs_api_prelude::response::KeyGenResponse = self
                .call(
                    request::KeyGen {
                        name: key,
                        kind: request::KeyType::Ed25519,
                        size: 0,
                    },
                    None,
                    QUICK,
                )
                .await?;
        }
        let path = format!("/ipfs/{cid}");
        let answer: ipfs_api_prelude::response::NamePublishResponse = self
            .call(
                timed(
                    request::NamePublish {
                        path: &path,
                        resolve: false,
                        lifetime: None,
                        ttl: None,
                        key: Some(key),
                    },
                    limit,
                ),
                None,
                limit + QUICK,
            )
            .await?;
        if answer.value != path && answer.value != cid.to_string() {
            return Err(self.error(
                "name/publish",
                format!(
                    "the node published {:?} instead of {path}",
                    peer_text(&answer.value, 100)
                ),
            ));
        }
        Ok(peer_text(&answer.name, 100))
    }

    /// The node's peer id and the addresses it listens on: `origins` for pinning services.
    pub async fn addresses(&self) -> Result<Vec<String>> {
        let id: ipfs_api_prelude::response::IdResponse =
            self.call(request::Id { peer: None }, None, QUICK).await?;
        Ok(id
            .addresses
            .into_iter()
            .map(|a| {
                if a.contains("/p2p/") || a.contains("/ipfs/") {
                    a
                } else {
                    format!("{a}/p2p/{}", id.id)
                }
            })
            .collect())
    }
}
