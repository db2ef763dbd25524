//! Progress of long work, reported by the library and drawn by the binary.
//!
//! The library never prints: it calls a [`Progress`] it was handed. The binary draws a bar on a
//! terminal (indicatif) and hands [`NoProgress`] otherwise, so pipes and CI logs stay clean.

/// Receives progress in bytes. Implementations must be cheap: `advance` is called per block.
pub trait Progress: Send + Sync {
    /// Work of `total` bytes starts.
    fn begin(&self, _label: &str, _total: u64) {}
    /// `bytes` more are done.
    fn advance(&self, _bytes: u64) {}
    /// The work is over (done or failed).
    fn end(&self) {}
}

/// Reports nothing.
pub struct NoProgress;

impl Progress for NoProgress {}
