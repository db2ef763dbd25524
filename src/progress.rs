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
    /// A separate, concurrent piece of work with its own progress (one mirror of many), already
    /// begun; it ends when its `end` is called.
    fn task(&self, _label: &str, _total: u64) -> Box<dyn Progress> {
        Box::new(NoProgress)
    }
}

/// Reports nothing.
pub struct NoProgress;

impl Progress for NoProgress {}
