//! The signed push protocol, as both ends speak it: a mirror daemon (`serve`) takes a release
//! from anyone who holds a newer genuine one, and nobody needs a password.
//!
//! 1. `POST /.well-known/mirrorcast/push/offer` with the four signed files (JSON, each in
//!    base64). The daemon applies the acceptance rule (signature over the raw bytes, site,
//!    newer than the release it serves, not expired) and its size limits, and answers with the
//!    offer's id and the files it lacks, by SHA-256, with the bytes of each it already has.
//! 2. `PUT /.well-known/mirrorcast/push/OFFER/SHA256?offset=N` for each file it lacks (from byte
//!    N, to continue one cut off): only files the offer lists, only while it is pending, each
//!    checked against its hash as it arrives.
//! 3. `POST /.well-known/mirrorcast/push/OFFER/commit`: the daemon gathers the release from the
//!    files it received and those it held, checks it whole, and switches to it.
//!
//! Offering the same release again answers what is still missing, so a push cut off anywhere
//! continues where it stopped. Every refusal is an HTTP status with a JSON body naming it
//! ([`Refused`]).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::store::Wanted;

/// Where the protocol lives on a daemon; bundle paths never start with a dot, so it can never
/// shadow a file of a release.
pub const PREFIX: &str = "/.well-known/mirrorcast/push";

/// The offer: the four signed files, in base64 so their bytes arrive exactly.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Offer {
    pub files: BTreeMap<String, String>,
}

/// The daemon's answer to an offer.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Offered {
    /// The offer's id: the SHA-256 of the manifest offered.
    pub offer: String,
    pub release: u64,
    /// The files the daemon lacks.
    pub wanted: Vec<WantedFile>,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq, Eq)]
pub struct WantedFile {
    pub sha256: String,
    pub size: u64,
    /// Bytes already received: send from there.
    pub have: u64,
}

impl From<Wanted> for WantedFile {
    fn from(w: Wanted) -> Self {
        WantedFile {
            sha256: w.sha256,
            size: w.size,
            have: w.have,
        }
    }
}

/// The daemon's answer to a commit.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Committed {
    pub release: u64,
    pub files: u64,
}

/// A refusal, in every status but 200 and 201.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub struct Refused {
    /// What kind of refusal, for programs ([`Code`]).
    pub error: Code,
    /// What it means, for people.
    pub message: String,
    /// With `missing`: what is still wanted. With `wrong-offset`: the bytes kept.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub have: Option<u64>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub wanted: Vec<WantedFile>,
}

crate::report::word_enum! {
    /// Why a daemon refused a step of a push.
    pub enum Code {
        /// The request is not the protocol's (not JSON, not base64, a file missing).
        BadRequest = "bad-request",
        /// The manifest's signature is missing, malformed or wrong.
        BadSignature = "bad-signature",
        /// Signed by another key than the one this mirror follows.
        AnotherKey = "another-key",
        /// A genuine release of another site.
        AnotherSite = "another-site",
        /// Not newer than the release the mirror serves.
        NotNewer = "not-newer",
        Expired = "expired",
        /// Signed, but not a manifest a mirror can take (format, paths, trusted comment).
        Malformed = "malformed",
        /// Larger than this mirror takes (files, bytes), or than any genuine manifest.
        TooLarge = "too-large",
        /// No such offer pending (never made, taken, or given up after a while unused).
        NoOffer = "no-offer",
        /// A file the offer does not list, or a path that is not a SHA-256.
        UnlistedFile = "unlisted-file",
        /// An upload continues at another byte than the daemon holds (`have`).
        WrongOffset = "wrong-offset",
        /// The file's bytes are not the ones signed.
        WrongHash = "wrong-hash",
        /// The file is being received on another connection.
        Busy = "busy",
        /// The upload ended before the file's end (`have`): continue from there.
        Short = "short",
        /// Files are still missing (`wanted`).
        Missing = "missing",
        /// The gathered release did not check out.
        NotGenuine = "not-genuine",
        /// Too many requests from this address; try again after `Retry-After` seconds.
        RateLimited = "rate-limited",
        /// The daemon could not write its store.
        Internal = "internal",
    }
}

impl Code {
    pub fn status(self) -> u16 {
        match self {
            Code::BadRequest => 400,
            Code::BadSignature | Code::AnotherKey => 403,
            Code::NoOffer | Code::UnlistedFile => 404,
            Code::AnotherSite | Code::NotNewer | Code::Expired => 409,
            Code::WrongOffset | Code::Busy | Code::Missing => 409,
            Code::TooLarge => 413,
            Code::Malformed | Code::WrongHash | Code::Short | Code::NotGenuine => 422,
            Code::RateLimited => 429,
            Code::Internal => 500,
        }
    }
}
