//! Pinning a release everywhere mirrors.toml says: hand our own blocks (a CAR) to every IPFS
//! node, pin the root with a deadline, check each node's word against the CID we computed,
//! publish the IPNS name, ask remote pinning services to fetch it from our nodes, and unpin
//! releases older than the newest `keep`.
//!
//! One failing provider never stops the others: each gets a line in the report.

use std::path::Path;
use std::time::{Duration, Instant};

use cid::Cid;
use serde::Serialize;

use super::node::{NodeClient, same_content};
use super::remote::ServiceClient;
use super::unixfs::CidProfile;
use crate::config::{IpfsConfig, IpfsNode};
use crate::error::{Error, Result};
use crate::progress::Progress;

pub struct PinRequest<'a> {
    pub dir: &'a Path,
    pub profile: CidProfile,
    pub config: &'a IpfsConfig,
    /// The nodes to use (mirrors.toml's, or the one IPFS_API names).
    pub nodes: &'a [IpfsNode],
    pub site: &'a str,
    pub release: u64,
    /// CIDs of this site's older releases, to unpin where they are pinned.
    pub unpin: &'a [Cid],
    /// Where the temporary CAR may be written.
    pub work_dir: &'a Path,
    /// The DAG and CAR already made from `dir` (publish makes them once); else they are made
    /// here.
    pub prepared: Option<&'a super::car::Prepared>,
    pub progress: &'a dyn Progress,
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct PinReport {
    pub cid: String,
    pub profile: CidProfile,
    pub site: String,
    pub release: u64,
    pub blocks: u64,
    pub block_bytes: u64,
    /// Size of the CAR uploaded; absent when every node already had the release.
    pub car_bytes: Option<u64>,
    pub providers: Vec<ProviderReport>,
    /// The TXT record that makes `dnslink` in mirrors.toml point at this release.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub dnslink_record: Option<String>,
    /// The release through each configured gateway.
    pub gateway_urls: Vec<String>,
    /// Whether every node and service holds the release (errors after pinning, such as an
    /// IPNS publish that failed, are in the providers' `error`).
    pub all_pinned: bool,
}

crate::report::word_enum! {
    /// Who pins.
    pub enum ProviderKind {
        /// An IPFS node through its RPC API.
        Node = "node",
        /// A service speaking the IPFS Pinning Service API.
        PinningService = "pinning-service",
    }
}

crate::report::word_enum! {
    pub enum PinStatus {
        Pinned = "pinned",
        /// It held the release pinned before this run.
        AlreadyPinned = "already-pinned",
        Failed = "failed",
    }
}

#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ProviderReport {
    pub name: String,
    pub kind: ProviderKind,
    pub status: PinStatus,
    #[serde(serialize_with = "crate::report::serialize_seconds")]
    pub seconds: f64,
    /// Older releases unpinned here.
    pub unpinned: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub ipns_name: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl ProviderReport {
    fn new(name: &str, kind: ProviderKind, started: Instant) -> Self {
        ProviderReport {
            name: name.to_string(),
            kind,
            status: PinStatus::Failed,
            seconds: started.elapsed().as_secs_f64(),
            unpinned: Vec::new(),
            ipns_name: None,
            error: None,
        }
    }
}

pub async fn pin(req: &PinRequest<'_>) -> Result<PinReport> {
    if req.nodes.is_empty() && req.config.pinning_services.is_empty() {
        return Err(Error::Usage(
            "nowhere to pin: mirrors.toml lists no IPFS node and no pinning service; add an \
             [[ipfs.node]] with the `api` address of a node you run (or set \
             IPFS_API=http://127.0.0.1:5001), or an [[ipfs.pinning-service]] with its \
             `endpoint` and `token-env` (a service that keeps the files online for you); \
             mirrors.toml written by `mirrorcast init` has both, commented out"
                .into(),
        ));
    }
    // Resolve every secret first: a missing variable is a usage error, before any upload.
    let nodes = req
        .nodes
        .iter()
        .map(|n| Ok((NodeClient::connect(n)?, n.ipns_key.clone())))
        .collect::<Result<Vec<_>>>()?;
    let services = req
        .config
        .pinning_services
        .iter()
        .map(ServiceClient::connect)
        .collect::<Result<Vec<_>>>()?;
    let dag = match req.prepared {
        Some(prepared) => prepared.summary.dag.clone(),
        None => crate::commands::off_reactor(|| {
            super::unixfs::cid_of(req.dir, req.profile, req.progress)
        })?,
    };
    let root = dag.root;

    let timeout = req.config.timeout;
    let mut car_bytes = None;
    let mut providers = async {
        // Which nodes lack the release: a re-run uploads nothing to a node that has it.
        let mut states = futures_util::future::join_all(
            nodes.iter().map(|(client, _)| node_state(client, &root)),
        )
        .await;
        let mut car = None;
        let mut car_path = None;
        if let Some(prepared) = req
            .prepared
            .filter(|_| states.iter().any(|s| matches!(s, Ok(false))))
        {
            car_bytes = Some(prepared.summary.car_bytes);
            car_path = Some(prepared.car.clone());
        } else if states.iter().any(|s| matches!(s, Ok(false))) {
            match export_car(req, &root).await {
                Ok((dir, bytes)) => {
                    car_bytes = Some(bytes);
                    car_path = Some(dir.path().join("bundle.car"));
                    car = Some(dir);
                }
                Err(e) => {
                    let message = e.to_string();
                    for state in &mut states {
                        if matches!(state, Ok(false)) {
                            *state = Err(Error::Ipfs(message.clone()));
                        }
                    }
                }
            }
        }
        let node_reports = futures_util::future::join_all(nodes.iter().zip(states).map(
            |((client, key), state)| {
                pin_on_node(
                    client,
                    key.as_deref(),
                    state,
                    car_path.as_deref(),
                    &root,
                    req.unpin,
                    timeout,
                )
            },
        ))
        .await;
        drop(car);
        // Services fetch the blocks from our nodes: tell them where those listen.
        let mut origins = Vec::new();
        for ((client, _), report) in nodes.iter().zip(&node_reports) {
            if report.status != PinStatus::Failed
                && let Ok(addresses) = client.addresses().await
            {
                origins.extend(addresses.into_iter().filter(|a| reachable_origin(a)));
            }
        }
        origins.dedup();
        origins.truncate(20); // the API's limit
        let service_reports = futures_util::future::join_all(services.iter().map(|s| {
            pin_on_service(
                s,
                &root,
                req.site,
                req.release,
                &origins,
                req.unpin,
                timeout,
            )
        }))
        .await;
        node_reports
            .into_iter()
            .chain(service_reports)
            .collect::<Vec<_>>()
    }
    .await;
    providers.sort_by(|a, b| {
        a.kind
            .as_str()
            .cmp(b.kind.as_str())
            .then(a.name.cmp(&b.name))
    });
    let all_pinned = providers.iter().all(|p| p.status != PinStatus::Failed);
    Ok(PinReport {
        cid: root.to_string(),
        profile: req.profile,
        site: req.site.to_string(),
        release: req.release,
        blocks: dag.blocks,
        block_bytes: dag.block_bytes,
        car_bytes,
        providers,
        dnslink_record: req
            .config
            .dnslink
            .as_ref()
            .map(|d| format!("_dnslink.{d} TXT \"dnslink=/ipfs/{root}\"")),
        gateway_urls: req
            .config
            .gateways
            .iter()
            .map(|g| format!("{g}ipfs/{root}/"))
            .collect(),
        all_pinned,
    })
}

/// The CAR to upload, in a temporary directory that goes away with it, and its size. The bundle
/// must still be the one whose CID was computed.
async fn export_car(req: &PinRequest<'_>, root: &Cid) -> Result<(tempfile::TempDir, u64)> {
    let work = tempfile::Builder::new()
        .prefix(".mirrorcast-pin-")
        .tempdir_in(req.work_dir)
        .map_err(|e| Error::io(req.work_dir, e))?;
    let car = crate::commands::off_reactor(|| {
        super::car::export(
            req.dir,
            &work.path().join("bundle.car"),
            req.profile,
            req.progress,
        )
    })?;
    if car.dag.root != *root {
        return Err(Error::Content(format!(
            "{}: the bundle changed while it was being pinned; run pin again",
            req.dir.display()
        )));
    }
    Ok((work, car.car_bytes))
}

/// Whether the node answers and already holds `root` pinned.
async fn node_state(client: &NodeClient, root: &Cid) -> Result<bool> {
    client.version().await?;
    client.is_pinned(root).await
}

/// Whether a pinning service on the internet could fetch from this address: loopback,
/// private and link-local addresses are useless to it, and tell it about our network.
fn reachable_origin(addr: &str) -> bool {
    let mut parts = addr.split('/').skip(1);
    let (Some(proto), Some(host)) = (parts.next(), parts.next()) else {
        return false;
    };
    match proto {
        "ip4" => host.parse::<std::net::Ipv4Addr>().is_ok_and(|ip| {
            !(ip.is_loopback() || ip.is_private() || ip.is_link_local() || ip.is_unspecified())
        }),
        "ip6" => host.parse::<std::net::Ipv6Addr>().is_ok_and(|ip| {
            let first = ip.segments()[0];
            !(ip.is_loopback()
                || ip.is_unspecified()
                || (first & 0xfe00) == 0xfc00
                || (first & 0xffc0) == 0xfe80)
        }),
        "dns" | "dns4" | "dns6" | "dnsaddr" => host != "localhost",
        _ => false,
    }
}

async fn pin_on_node(
    client: &NodeClient,
    ipns_key: Option<&str>,
    state: Result<bool>,
    car: Option<&Path>,
    root: &Cid,
    unpin: &[Cid],
    timeout: Duration,
) -> ProviderReport {
    let started = Instant::now();
    let mut report = ProviderReport::new(&client.name, ProviderKind::Node, started);
    let result: Result<()> = async {
        report.status = if state? {
            PinStatus::AlreadyPinned
        } else {
            let car = car.ok_or_else(|| Error::Ipfs("no CAR to upload".into()))?;
            let read = client.import_car(car, timeout).await?;
            if !same_content(&read, root) {
                return Err(Error::Ipfs(format!(
                    "IPFS node {:?}: it read the root {read} from our CAR, but the bundle's CID is {root}; refusing to pin what we did not compute",
                    client.name
                )));
            }
            let pinned = client.pin(root, timeout).await?;
            let ok = pinned
                .iter()
                .filter_map(|p| p.parse::<Cid>().ok())
                .any(|p| same_content(&p, root));
            if !ok {
                return Err(Error::Ipfs(format!(
                    "IPFS node {:?}: asked to pin {root}, it answered that it pinned {}; the node does not hold our release",
                    client.name,
                    crate::http::peer_text(&pinned.join(", "), 200)
                )));
            }
            PinStatus::Pinned
        };
        // The name first: if it cannot move to this release, the older ones stay pinned so that
        // it never points at content nobody keeps.
        if let Some(key) = ipns_key {
            report.ipns_name = Some(client.publish_name(root, key, timeout).await?);
        }
        for old in unpin.iter().filter(|c| !same_content(c, root)) {
            if client.is_pinned(old).await? {
                client.unpin(old).await?;
                report.unpinned.push(old.to_string());
            }
        }
        Ok(())
    }
    .await;
    finish(report, started, result)
}

async fn pin_on_service(
    service: &ServiceClient,
    root: &Cid,
    site: &str,
    release: u64,
    origins: &[String],
    unpin: &[Cid],
    timeout: Duration,
) -> ProviderReport {
    let started = Instant::now();
    let mut report = ProviderReport::new(&service.name, ProviderKind::PinningService, started);
    let result: Result<()> = async {
        let pinned = service
            .ensure_pinned(root, site, release, origins, timeout)
            .await?;
        report.status = if pinned.status == "already-pinned" {
            PinStatus::AlreadyPinned
        } else {
            PinStatus::Pinned
        };
        for old in unpin.iter().filter(|c| !same_content(c, root)) {
            if service.unpin(old, site).await? > 0 {
                report.unpinned.push(old.to_string());
            }
        }
        Ok(())
    }
    .await;
    finish(report, started, result)
}

fn finish(mut report: ProviderReport, started: Instant, result: Result<()>) -> ProviderReport {
    report.seconds = started.elapsed().as_secs_f64();
    // The status stays what was reached: a release pinned before unpinning or IPNS failed is
    // still pinned, and the error says what else went wrong.
    if let Err(e) = result {
        report.error = Some(e.to_string());
    }
    tracing::info!(
        "{} {:?}: {} in {:.1} s{}",
        report.kind,
        report.name,
        report.status,
        report.seconds,
        report
            .error
            .as_deref()
            .map(|e| format!(" ({e})"))
            .unwrap_or_default()
    );
    report
}
