//! Whether a manifest found anywhere (a bundle on disk, a mirror, a copy, later a peer) is
//! ours: one rule, applied in one order by everyone who reads a release.
//!
//! 1. The size is capped, and the signature is checked over the raw bytes *before* anything is
//!    parsed: an unsigned manifest costs at most its bytes, never a parse.
//! 2. The signed trusted comment must name `manifest.json`; the manifest must parse, be of a
//!    format we read, list only plain paths inside the bundle (each once), carry a release
//!    number JavaScript readers can hold, and agree with the trusted comment about site,
//!    release and expiry.
//! 3. Same site: a genuine manifest of another site (organisers run several with one key) is
//!    another site, never ours to replace.
//! 4. Release order: lower than the highest release already seen is a replay.
//! 5. Expiry.
//!
//! Steps 3 to 5 are asked for by the caller ([`Rule`]); a rejection at those steps still hands
//! back the genuine manifest, since `verify` reports an expired or older copy file by file.

use std::collections::BTreeSet;
use std::path::Path;

use crate::release::manifest::{MANIFEST, MAX_MANIFEST, MAX_RELEASE, MAX_SIGNATURE, META_FILES};
use crate::release::manifest::{Manifest, TrustedComment};
use crate::release::signing::{self, PublicKey, SignatureProblem};
use crate::site::content::bundle_path;
use crate::text::printable;

/// What a manifest must be, beyond genuine.
#[derive(Debug, Clone, Copy)]
pub struct Rule<'a> {
    pub key: &'a PublicKey,
    /// The site it must be; `None` takes any site (a bundle checked on its own).
    pub site: Option<&'a str>,
    /// The highest release already seen; a lower one is refused as a replay.
    pub not_below: Option<u64>,
    /// When to judge the expiry; `None` leaves it to the caller.
    pub now: Option<jiff::Timestamp>,
}

impl<'a> Rule<'a> {
    /// Genuine, any site, any release, expired or not.
    pub fn genuine(key: &'a PublicKey) -> Self {
        Rule {
            key,
            site: None,
            not_below: None,
            now: None,
        }
    }
}

/// Why a manifest is not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rejection {
    /// Larger than any genuine manifest or signature; not read further.
    TooLarge { what: &'static str },
    /// No valid signature by the key over these bytes.
    BadSignature(SignatureProblem),
    /// Signed, but its trusted comment is not the one this manifest calls for.
    WrongComment { expected: String, found: String },
    /// Signed, but not a manifest we can take (format, paths, release number); the reason.
    Malformed(String),
    /// Genuine, of another site.
    AnotherSite {
        site: String,
        manifest: Box<Manifest>,
    },
    /// Genuine, but older than a release already seen.
    Older {
        highest: u64,
        manifest: Box<Manifest>,
    },
    /// Genuine, but past its signed expiry.
    Expired { manifest: Box<Manifest> },
}

impl Rejection {
    /// The genuine manifest a rejection at steps 3 to 5 still carries.
    pub fn genuine_manifest(&self) -> Option<&Manifest> {
        match self {
            Rejection::AnotherSite { manifest, .. }
            | Rejection::Older { manifest, .. }
            | Rejection::Expired { manifest } => Some(manifest),
            _ => None,
        }
    }
}

impl std::fmt::Display for Rejection {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Rejection::TooLarge { what } => write!(f, "{what} is larger than any genuine one"),
            Rejection::BadSignature(p) => write!(f, "{p}"),
            Rejection::WrongComment { .. } => f.write_str(
                "the signed trusted comment does not match the manifest's site, release or expiry",
            ),
            Rejection::Malformed(why) => f.write_str(why),
            Rejection::AnotherSite { site, .. } => {
                write!(
                    f,
                    "a genuine manifest of another site, {:?}",
                    printable(site)
                )
            }
            Rejection::Older { highest, manifest } => write!(
                f,
                "release {}, older than release {highest} already seen",
                manifest.release
            ),
            Rejection::Expired { manifest } => {
                write!(
                    f,
                    "release {} expired at {}",
                    manifest.release, manifest.expires
                )
            }
        }
    }
}

/// Apply `rule` to `bytes` (a `manifest.json`) and `signature` (its `.minisig`).
pub fn accept(rule: &Rule<'_>, bytes: &[u8], signature: &[u8]) -> Result<Manifest, Rejection> {
    if bytes.len() as u64 > MAX_MANIFEST {
        return Err(Rejection::TooLarge { what: MANIFEST });
    }
    if signature.len() as u64 > MAX_SIGNATURE {
        return Err(Rejection::TooLarge {
            what: "manifest.json.minisig",
        });
    }
    let signature = std::str::from_utf8(signature)
        .map_err(|_| Rejection::BadSignature(SignatureProblem::Malformed))?;
    let comment = signing::verify(rule.key, signature, bytes).map_err(Rejection::BadSignature)?;
    let manifest = Manifest::parse(bytes).map_err(|e| Rejection::Malformed(e.to_string()))?;
    check_paths(&manifest)?;
    if manifest.release == 0 || manifest.release > MAX_RELEASE {
        return Err(Rejection::Malformed(format!(
            "release {} is outside 1 to {MAX_RELEASE}",
            manifest.release
        )));
    }
    let expected = manifest.trusted_comment(MANIFEST);
    if TrustedComment::parse(&comment).as_ref() != Some(&expected) {
        return Err(Rejection::WrongComment {
            expected: expected.to_string(),
            found: comment,
        });
    }
    if let Some(site) = rule.site
        && manifest.site != site
    {
        return Err(Rejection::AnotherSite {
            site: manifest.site.clone(),
            manifest: Box::new(manifest),
        });
    }
    if let Some(highest) = rule.not_below
        && manifest.release < highest
    {
        return Err(Rejection::Older {
            highest,
            manifest: Box::new(manifest),
        });
    }
    if let Some(now) = rule.now
        && is_expired(&manifest, now)
    {
        return Err(Rejection::Expired {
            manifest: Box::new(manifest),
        });
    }
    Ok(manifest)
}

/// Whether `manifest`'s signed expiry is at or before `now` (an unreadable one counts as past).
pub fn is_expired(manifest: &Manifest, now: jiff::Timestamp) -> bool {
    manifest
        .expires
        .parse::<jiff::Timestamp>()
        .map_or(true, |t| t <= now)
}

/// Its paths decide what is read, written and deleted on a mirror: plain relative bundle paths
/// only, each once, none of the four list and signature files.
fn check_paths(manifest: &Manifest) -> Result<(), Rejection> {
    let mut bad = Vec::new();
    let mut seen = BTreeSet::new();
    for f in &manifest.files {
        let plain = bundle_path(Path::new(&f.path)).as_deref() == Some(f.path.as_str());
        if !plain || META_FILES.contains(&f.path.as_str()) {
            bad.push(format!("{:?}", printable(&f.path)));
        } else if !seen.insert(f.path.as_str()) {
            bad.push(format!("{:?} (twice)", printable(&f.path)));
        }
    }
    if bad.is_empty() {
        return Ok(());
    }
    let n = bad.len();
    let mut shown = bad.into_iter().take(10).collect::<Vec<_>>().join(", ");
    if n > 10 {
        shown.push_str(&format!(" and {} more", n - 10));
    }
    Err(Rejection::Malformed(format!(
        "lists unsafe, reserved or repeated paths: {shown}"
    )))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::release::manifest::FileEntry;
    use crate::release::signing::{SecretKey, generate};

    fn key() -> (SecretKey, PublicKey) {
        let dir = tempfile::tempdir().expect("temp dir");
        let g = generate(None).expect("a key pair");
        let path = dir.path().join("k");
        std::fs::write(&path, g.secret_file.expose()).expect("write");
        (
            SecretKey::load(&path, None).expect("load the key"),
            g.public,
        )
    }

    fn signed(key: &SecretKey, m: &Manifest) -> (Vec<u8>, Vec<u8>) {
        let bytes = m.to_canonical_json();
        let sig = key.sign(&bytes, &m.trusted_comment(MANIFEST).to_string(), "t");
        (bytes, sig.into_bytes())
    }

    fn manifest(site: &str, release: u64, expires: &str) -> Manifest {
        Manifest {
            format: 1,
            site: site.into(),
            release,
            created: "2026-01-01T00:00:00Z".into(),
            expires: expires.into(),
            files: vec![FileEntry {
                path: "index.html".into(),
                size: 1,
                sha256: "0".repeat(64),
            }],
            mirrors: Vec::new(),
        }
    }

    #[test]
    fn the_rule_in_its_order() {
        let (sk, pk) = key();
        let now: jiff::Timestamp = "2026-06-01T00:00:00Z".parse().expect("a valid value");
        let m = manifest("letter", 5, "2027-01-01T00:00:00Z");
        let (bytes, sig) = signed(&sk, &m);
        let rule = Rule {
            key: &pk,
            site: Some("letter"),
            not_below: Some(5),
            now: Some(now),
        };
        assert_eq!(accept(&rule, &bytes, &sig), Ok(m.clone()));
        // Another site, signed by the same key.
        let other = Rule {
            site: Some("another"),
            ..rule
        };
        assert!(matches!(
            accept(&other, &bytes, &sig),
            Err(Rejection::AnotherSite { .. })
        ));
        let newer_seen = Rule {
            not_below: Some(6),
            ..rule
        };
        assert!(matches!(
            accept(&newer_seen, &bytes, &sig),
            Err(Rejection::Older { highest: 6, .. })
        ));
        let later = Rule {
            now: Some("2027-01-01T00:00:00Z".parse().expect("a valid value")),
            ..rule
        };
        assert!(matches!(
            accept(&later, &bytes, &sig),
            Err(Rejection::Expired { .. })
        ));
        // A changed byte: refused at the signature, before any parse.
        let mut edited = bytes.clone();
        edited[0] = b'[';
        assert_eq!(
            accept(&rule, &edited, &sig),
            Err(Rejection::BadSignature(SignatureProblem::Invalid))
        );
        // Signed, but no release JavaScript can hold.
        let huge = manifest("letter", MAX_RELEASE + 1, "2027-01-01T00:00:00Z");
        let (bytes, sig) = signed(&sk, &huge);
        assert!(matches!(
            accept(&Rule::genuine(&pk), &bytes, &sig),
            Err(Rejection::Malformed(_))
        ));
    }
}
