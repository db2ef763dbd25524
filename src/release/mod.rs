//! A signed release: what it is made of and the one rule that says whether it is ours.
//!
//! `docs/FORMAT.md` writes the format down for other implementations (the reader's page, other
//! tools); `tests/vectors/` holds examples that every implementation must judge alike.
//!
//! - [`manifest`]: `manifest.json` (canonical JSON), `SHA256SUMS` as it follows from it, and the
//!   trusted comment both signatures carry;
//! - [`signing`]: minisign keys, signatures and their checks over raw bytes;
//! - [`acceptance`]: the acceptance rule (signature first, then format, site, release order,
//!   expiry), used by `check`, `push`, `verify` and the mirror daemon alike;
//! - [`check`]: every file of a bundle on disk against its manifest (with what is extra);
//! - [`files`]: every file of a copy, read any way, against its manifest;
//! - [`log`]: the highest release seen per site and key, so an older one is never taken back.

pub mod acceptance;
pub mod check;
pub mod files;
pub mod log;
pub mod manifest;
pub mod signing;
