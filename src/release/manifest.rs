//! `manifest.json`, `SHA256SUMS` and the signed trusted comment: the bundle's statements about
//! itself.
//!
//! The manifest is serialized canonically (keys sorted, two-space indentation, one trailing
//! newline, files sorted by path) so that the same content always gives the same bytes and the
//! same signature.
//!
//! What lists what: the manifest lists every site file (pages, texts, attachments), not itself,
//! `SHA256SUMS` or the signatures. `SHA256SUMS` lists every site file and `manifest.json`, i.e.
//! every file of the bundle but itself and the two `.minisig` files.

use serde::{Deserialize, Serialize};

use crate::error::{Error, Result};

pub const MANIFEST: &str = "manifest.json";
pub const MANIFEST_SIG: &str = "manifest.json.minisig";
pub const SUMS: &str = "SHA256SUMS";
pub const SUMS_SIG: &str = "SHA256SUMS.minisig";
/// The files every bundle has besides the site files.
pub const META_FILES: [&str; 4] = [MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG];
pub const FORMAT_VERSION: u32 = 1;
/// The most of a manifest anyone reads: far beyond any genuine one (a million signatories make a
/// few hundred KB), and all the memory an unsigned one can cost before its signature is checked.
pub const MAX_MANIFEST: u64 = 64 << 20;
/// The most of a signature file anyone reads; real ones are about 300 bytes.
pub const MAX_SIGNATURE: u64 = 64 * 1024;
/// The highest release number: JavaScript readers hold numbers as doubles, exact up to 2^53 - 1.
pub const MAX_RELEASE: u64 = (1 << 53) - 1;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Manifest {
    pub format: u32,
    pub site: String,
    pub release: u64,
    /// RFC 3339, UTC, seconds.
    pub created: String,
    pub expires: String,
    pub files: Vec<FileEntry>,
    pub mirrors: Vec<MirrorEntry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct FileEntry {
    pub path: String,
    pub size: u64,
    pub sha256: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct MirrorEntry {
    pub name: String,
    pub urls: Vec<String>,
}

impl Manifest {
    /// The canonical bytes: sorted keys (serde_json's map is a BTreeMap), fixed indentation.
    pub fn to_canonical_json(&self) -> Vec<u8> {
        let mut sorted = self.clone();
        sorted.files.sort_by(|a, b| a.path.cmp(&b.path));
        let value = serde_json::to_value(&sorted).expect("a manifest is always serializable");
        let mut out = serde_json::to_vec_pretty(&value).expect("a JSON value is serializable");
        out.push(b'\n');
        out
    }

    pub fn parse(bytes: &[u8]) -> Result<Self> {
        let not_ours = |e: serde_json::Error| {
            Error::Content(format!("{MANIFEST}: not a mirrorcast manifest ({e})"))
        };
        // A newer format is not a broken manifest: say so, rather than list unknown fields. The
        // probe skips everything but `format` without keeping it.
        #[derive(Deserialize)]
        struct Probe {
            format: Option<u64>,
        }
        if let Ok(Probe {
            format: Some(format),
        }) = serde_json::from_slice::<Probe>(bytes)
            && format > u64::from(FORMAT_VERSION)
        {
            return Err(Error::Content(format!(
                "{MANIFEST}: format {format} is newer than this mirrorcast reads ({FORMAT_VERSION}); upgrade mirrorcast"
            )));
        }
        let manifest = serde_json::from_slice(bytes).map_err(not_ours)?;
        // serde reads a struct from an array of its fields in order too (`[1, "site", 7, …]`);
        // the format is objects only, as every other reader of it sees it.
        if !objects_where_due(&serde_json::from_slice(bytes).map_err(not_ours)?) {
            return Err(Error::Content(format!(
                "{MANIFEST}: not a mirrorcast manifest (the manifest, its file entries and its mirror entries must be JSON objects)"
            )));
        }
        Ok(manifest)
    }

    /// The site an *unsigned* manifest claims, read without keeping anything else: enough to
    /// refuse to overwrite another site's mirror, never a reason to trust it.
    pub fn claimed_site(bytes: &[u8]) -> Option<String> {
        #[derive(Deserialize)]
        struct Probe {
            site: Option<String>,
        }
        serde_json::from_slice::<Probe>(bytes).ok()?.site
    }

    /// A digest of what the release *says*, leaving out its dates: two builds of the same content
    /// that differ only in when they were made or how long they are valid have the same digest.
    pub fn content_digest(&self) -> String {
        let mut undated = self.clone();
        undated.created.clear();
        undated.expires.clear();
        crate::hash::sha256_hex(&undated.to_canonical_json())
    }

    /// The trusted comment signed into the signature of `file` (both `.minisig` files).
    pub fn trusted_comment(&self, file: &str) -> TrustedComment {
        TrustedComment {
            site: self.site.clone(),
            release: self.release,
            expires: self.expires.clone(),
            file: file.to_string(),
        }
    }
}

/// `mirrorcast site:ID release:N expires:TIME file:NAME`. minisign signs this line, so the release
/// number and expiry are protected even for tools that only read the signature (minisign's
/// intended guard against downgrades).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrustedComment {
    pub site: String,
    pub release: u64,
    pub expires: String,
    pub file: String,
}

impl std::fmt::Display for TrustedComment {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "mirrorcast site:{} release:{} expires:{} file:{}",
            self.site, self.release, self.expires, self.file
        )
    }
}

impl TrustedComment {
    pub fn parse(text: &str) -> Option<Self> {
        let mut parts = text.split(' ');
        if parts.next()? != "mirrorcast" {
            return None;
        }
        let mut field = |name: &str| parts.next()?.strip_prefix(name).map(str::to_string);
        let site = field("site:")?;
        let release = field("release:")?.parse().ok()?;
        let expires = field("expires:")?;
        let file = field("file:")?;
        Some(TrustedComment {
            site,
            release,
            expires,
            file,
        })
    }
}

/// `SHA256SUMS` text for `(path, sha256)` pairs, sorted by path, in `sha256sum` text mode.
pub fn sums_text<'a>(entries: impl IntoIterator<Item = (&'a str, &'a str)>) -> String {
    let mut entries: Vec<_> = entries.into_iter().collect();
    entries.sort();
    let mut out = String::new();
    for (path, sha) in entries {
        out.push_str(sha);
        out.push_str("  ");
        out.push_str(path);
        out.push('\n');
    }
    out
}

/// Parse `SHA256SUMS` into `(path, sha256)` pairs; `None` if a line is not `HEX  PATH`.
pub fn parse_sums(text: &str) -> Option<Vec<(String, String)>> {
    text.lines()
        .filter(|l| !l.is_empty())
        .map(|line| {
            let (sha, rest) = line.split_once(' ')?;
            let path = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('*'))?;
            (sha.len() == 64 && sha.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| (path.to_string(), sha.to_ascii_lowercase()))
        })
        .collect()
}

/// Whether a parsed manifest is an object whose `files` and `mirrors` hold objects.
fn objects_where_due(value: &serde_json::Value) -> bool {
    let entries = |name: &str| {
        value[name]
            .as_array()
            .is_some_and(|list| list.iter().all(serde_json::Value::is_object))
    };
    value.is_object() && entries("files") && entries("mirrors")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn newer_format_is_named() {
        let e = Manifest::parse(br#"{"format": 2, "new-field": true}"#)
            .unwrap_err()
            .to_string();
        assert!(e.contains("format 2 is newer"), "{e}");
        let e = Manifest::parse(b"[1, 2]").unwrap_err().to_string();
        assert!(e.contains("not a mirrorcast manifest"), "{e}");
    }

    #[test]
    fn trusted_comment_round_trips() {
        let c = TrustedComment {
            site: "open-letter".into(),
            release: 7,
            expires: "2027-01-01T00:00:00Z".into(),
            file: MANIFEST.into(),
        };
        assert_eq!(TrustedComment::parse(&c.to_string()), Some(c));
        assert_eq!(TrustedComment::parse("timestamp:1 file:x"), None);
    }

    #[test]
    fn sums_round_trip() {
        let a = "a".repeat(64);
        let b = "b".repeat(64);
        let text = sums_text([("z.txt", a.as_str()), ("a b.html", b.as_str())]);
        assert_eq!(text, format!("{b}  a b.html\n{a}  z.txt\n"));
        assert_eq!(
            parse_sums(&text).unwrap(),
            vec![("a b.html".to_string(), b), ("z.txt".to_string(), a)]
        );
        assert_eq!(parse_sums("nonsense\n"), None);
    }
}
