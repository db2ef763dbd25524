//! `mirrorcast serve`: a volunteer's mirror. It serves the release its store holds (see
//! [`crate::store`]), the way readers and checkers need it: only the files the signed manifest
//! lists, each with a strong `ETag` from its signed SHA-256 (the same on every mirror), and
//! `Access-Control-Allow-Origin: *` so readers' pages on other copies can fall back to it.
//!
//! Work in progress (issue 13): releases come in only through `--install` at start for now;
//! the signed push protocol and follow mode build on this.

mod http;

use std::collections::HashMap;
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::error::{Error, IoContext as _, Result};
use crate::release::check::TrustedKey;
use crate::release::manifest::{META_FILES, Manifest};
use crate::store::Store;

/// What one run of `serve` did, reported when it stops.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ServeReport {
    pub site: String,
    pub release: u64,
    pub listen: String,
    /// Requests answered until it stopped.
    pub requests: u64,
}

/// The release being served, read once at start.
pub(crate) struct Served {
    /// The release's folder (the store's, not a tree anyone else writes).
    pub dir: PathBuf,
    pub manifest: Manifest,
    /// Every path served, with its SHA-256: the manifest's files and the four signed files.
    pub files: HashMap<String, String>,
    pub key_id: String,
    pub since: String,
    pub requests: std::sync::atomic::AtomicU64,
}

/// Open the store at `root`, install `install` first if given, then serve the current release
/// on `listen` until `stop` is cancelled.
pub async fn run(
    root: PathBuf,
    key: TrustedKey,
    install: Option<PathBuf>,
    listen: SocketAddr,
    stop: tokio_util::sync::CancellationToken,
) -> Result<ServeReport> {
    let served = tokio::task::spawn_blocking(move || -> Result<Served> {
        let store = Store::open(&root)?;
        if let Some(bundle) = &install {
            store.install(bundle, &key, jiff::Timestamp::now())?;
        }
        let current = store.current()?.ok_or_else(|| {
            Error::Usage(format!(
                "{}: nothing to serve yet; give --install DIR, a bundle of the site",
                root.display()
            ))
        })?;
        let dir = root.join(&current.dir);
        let mut files: HashMap<String, String> = current
            .manifest
            .files
            .iter()
            .map(|f| (f.path.clone(), f.sha256.to_ascii_lowercase()))
            .collect();
        for meta in META_FILES {
            let bytes = std::fs::read(dir.join(meta)).at(dir.join(meta))?;
            files.insert(meta.to_string(), crate::hash::sha256_hex(&bytes));
        }
        Ok(Served {
            dir,
            manifest: current.manifest,
            files,
            key_id: key.key.key_id(),
            since: jiff::Timestamp::now()
                .strftime("%Y-%m-%dT%H:%M:%SZ")
                .to_string(),
            requests: Default::default(),
        })
    })
    .await
    .map_err(|e| Error::Usage(format!("serve: {e}")))??;
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| Error::Usage(format!("--listen {listen}: {e}")))?;
    let served = Arc::new(served);
    tracing::info!(
        "serving release {} of {:?} on http://{listen}/",
        served.manifest.release,
        served.manifest.site
    );
    axum::serve(listener, http::router(served.clone()))
        .with_graceful_shutdown(stop.cancelled_owned())
        .await
        .map_err(|e| Error::Usage(format!("--listen {listen}: {e}")))?;
    Ok(ServeReport {
        site: served.manifest.site.clone(),
        release: served.manifest.release,
        listen: listen.to_string(),
        requests: served.requests.load(std::sync::atomic::Ordering::Relaxed),
    })
}
