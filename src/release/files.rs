//! Every file of a release as a copy serves it, against the hashes the manifest signs: the one
//! routine `check`, `verify`, `push --repair` and the mirror daemon judge copies with. How a file is read
//! (over HTTP, from a folder, through a transport) is the caller's; what counts as right is
//! decided here.

use futures_util::StreamExt as _;

use super::manifest::{MANIFEST, Manifest, SUMS, sums_text};
use crate::transport::source::{FetchError, Hashed};

/// A file a release must hold, as the manifest signs it.
#[derive(Debug, Clone)]
pub struct Expected {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

/// What a copy holds at an expected path.
#[derive(Debug)]
pub enum Found {
    /// The signed bytes.
    Good,
    /// Other bytes: their SHA-256, or why there is none ("more than the N bytes signed").
    Tampered { received: String },
    /// Nothing there.
    Missing,
    /// It could not be read (no answer, a redirect off the copy, too large): readers cannot
    /// read this copy either.
    Unreadable(FetchError),
}

/// The content files `manifest` lists and the `SHA256SUMS` that follows from it and from the
/// manifest's own bytes, with the text of that `SHA256SUMS` (its signature is checked over it).
pub fn expected(manifest: &Manifest, manifest_bytes: &[u8]) -> (Vec<Expected>, String) {
    let manifest_sha = crate::hash::sha256_hex(manifest_bytes);
    let sums = sums_text(
        manifest
            .files
            .iter()
            .map(|f| (f.path.as_str(), f.sha256.as_str()))
            .chain([(MANIFEST, manifest_sha.as_str())]),
    );
    let mut expected: Vec<Expected> = manifest
        .files
        .iter()
        .map(|f| Expected {
            path: f.path.clone(),
            size: f.size,
            sha256: f.sha256.clone(),
        })
        .collect();
    expected.push(Expected {
        path: SUMS.to_string(),
        size: sums.len() as u64,
        sha256: crate::hash::sha256_hex(sums.as_bytes()),
    });
    (expected, sums)
}

/// Read every expected file through `hash` (which reads no more than the size given), `jobs`
/// at a time, and judge each. The first file that cannot be read ends the reading: one such
/// file means readers cannot read this copy, and waiting out every other file's deadline would
/// tell nothing more. Results in the order they came.
pub async fn check<'a, F, Fut>(
    expected: &'a [Expected],
    jobs: usize,
    hash: F,
) -> Vec<(&'a Expected, Found)>
where
    F: Fn(&'a Expected) -> Fut,
    Fut: std::future::Future<Output = Result<Hashed, FetchError>>,
{
    let mut judged = Vec::with_capacity(expected.len());
    let mut reads = futures_util::stream::iter(expected)
        .map(|file| {
            let read = hash(file);
            async move { (file, judge(file, read.await)) }
        })
        .buffer_unordered(jobs.max(1));
    while let Some((file, found)) = reads.next().await {
        let unreadable = matches!(found, Found::Unreadable(_));
        judged.push((file, found));
        if unreadable {
            break;
        }
    }
    judged
}

/// What a read of `file` found, against its signed hash.
pub fn judge(file: &Expected, read: Result<Hashed, FetchError>) -> Found {
    match read {
        Ok(h) if h.sha256.as_deref() == Some(file.sha256.as_str()) => Found::Good,
        Ok(h) => Found::Tampered {
            received: h
                .sha256
                .unwrap_or_else(|| format!("more than the {} bytes signed", file.size)),
        },
        Err(FetchError::NotFound) => Found::Missing,
        Err(e) => Found::Unreadable(e),
    }
}
