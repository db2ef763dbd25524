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
use futures_util::StreamExt as _;
use ipfs_api_backend_hyper::{Form, IpfsClient, TryFromUri as _};
use ipfs_api_prelude::Backend as _;
use ipfs_api_prelude::request::{self, ApiRequest};
use serde::Serialize;
use serde::de::DeserializeOwned;

use crate::config::{Auth, IpfsNode, secret_from_env};
use crate::error::{Error, Result};

/// The most we read of any answer: they are small JSON documents.
const MAX_ANSWER: usize = 4 << 20;
/// How long a quick call (version, pin/ls, key/list) may take.
const QUICK: Duration = Duration::from_secs(30);

pub struct NodeClient {
    pub name: String,
    /// The API address, for messages (it never carries credentials: the config refuses them).
    pub api: String,
    client: IpfsClient,
    bearer: Option<http::HeaderValue>,
}

impl NodeClient {
    pub fn connect(node: &IpfsNode) -> Result<Self> {
        let owner = format!("IPFS node {:?}", node.name);
        let base = format!("{}api/v0", node.api);
        let uri: http::Uri = base
            .parse()
            .map_err(|e| Error::Usage(format!("{owner}: the API address is not usable ({e})")))?;
        let mut client = IpfsClient::build_with_base_uri(uri);
        let mut bearer = None;
        match &node.auth {
            Auth::None => {}
            Auth::Basic {
                username_env,
                password_env,
            } => {
                let user = secret_from_env(username_env, &owner)?;
                let password = secret_from_env(password_env, &owner)?;
                client = client.with_credentials(user.expose(), password.expose());
            }
            Auth::Bearer { token_env } => {
                let token = secret_from_env(token_env, &owner)?;
                let mut value = http::HeaderValue::from_str(&format!("Bearer {}", token.expose()))
                    .map_err(|_| {
                        Error::Usage(format!(
                            "{owner}: the token in {token_env} has characters a header cannot carry"
                        ))
                    })?;
                value.set_sensitive(true);
                bearer = Some(value);
            }
        }
        Ok(NodeClient {
            name: node.name.clone(),
            api: node.api.to_string(),
            client,
            bearer,
        })
    }

    fn error(&self, what: &str, why: impl std::fmt::Display) -> Error {
        Error::Ipfs(format!(
            "IPFS node {:?} ({}): {what}: {why}",
            self.name, self.api
        ))
    }

    /// Send `req`, within `limit`, and parse the last JSON line of the answer (streaming
    /// endpoints send progress lines before the result).
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
        let mut http_req = self
            .client
            .build_base_request(req, form)
            .map_err(|e| self.error(what, describe(&e)))?;
        if let Some(bearer) = &self.bearer {
            http_req
                .headers_mut()
                .insert(http::header::AUTHORIZATION, bearer.clone());
        }
        let body = tokio::time::timeout(limit, async {
            let mut stream = self.client.request_stream(
                http_req,
                <IpfsClient as ipfs_api_prelude::Backend>::response_to_byte_stream,
            );
            let mut body = Vec::new();
            while let Some(part) = stream.next().await {
                let part = part.map_err(|e| self.error(what, describe(&e)))?;
                if body.len() + part.len() > MAX_ANSWER {
                    return Err(
                        self.error(what, "the answer is larger than any valid one; refusing it")
                    );
                }
                body.extend_from_slice(&part);
            }
            Ok(body)
        })
        .await
        .map_err(|_| self.error(what, format!("no answer within {} s", limit.as_secs())))??;
        let last = body
            .split(|&b| b == b'\n')
            .rfind(|l| !l.iter().all(u8::is_ascii_whitespace))
            .unwrap_or(&[]);
        serde_json::from_slice(last).map_err(|e| {
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
            .call::<_, ipfs_api_prelude::response::PinLsResponse>(req, None, QUICK + QUICK)
            .await
        {
            Ok(answer) => Ok(answer
                .keys
                .keys()
                .filter_map(|k| k.parse::<Cid>().ok())
                .any(|k| same_content(&k, cid))),
            // Kubo and js-ipfs answer an error, not an empty list, for a CID that is not pinned.
            Err(Error::Ipfs(message)) if message.contains("not pinned") => Ok(false),
            Err(e) => Err(e),
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
            return Err(self.error("dag/import", msg));
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
        if !answer.value.ends_with(&cid.to_string()) {
            return Err(self.error(
                "name/publish",
                format!("the node published {:?} instead of {path}", answer.value),
            ));
        }
        Ok(answer.name)
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

/// The cause of a client error in words a person can act on.
fn describe(e: &ipfs_api_backend_hyper::Error) -> String {
    use ipfs_api_backend_hyper::Error as E;
    match e {
        E::Api(api) => format!("the node says: {}", api.message),
        E::Client(h) if h.is_connect() => {
            "cannot connect; is the daemon running, and is `api` in mirrors.toml (or IPFS_API) its RPC address?".into()
        }
        E::Client(h) if h.is_timeout() => "timed out".into(),
        E::Client(h) => format!("the connection failed ({h})"),
        E::IpfsClientError(ipfs_api_prelude::Error::UnrecognizedApiError(body)) => {
            let body: String = body.chars().take(200).collect();
            format!("unexpected answer: {}", crate::safe_fs::printable(body.trim()))
        }
        other => other.to_string(),
    }
}
