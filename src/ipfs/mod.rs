//! The IPFS copy of a bundle: its DAG and CID computed locally ([`unixfs`]), exported as a CAR
//! ([`car`]), and pinned on IPFS nodes through the Kubo RPC API and on remote pinning services;
//! a trustless gateway's CAR answers read back, every block checked ([`trustless`]).

pub mod car;
pub mod node;
pub mod pin;
pub mod remote;
pub mod trustless;
pub mod unixfs;

pub use unixfs::CidProfile;

/// CIDs appear in reports as their usual string (base32 for v1, base58 for v0).
pub(crate) fn serialize_cid<S: serde::Serializer>(cid: &cid::Cid, s: S) -> Result<S::Ok, S::Error> {
    s.collect_str(cid)
}
