//! The signed-release test vectors in `tests/vectors/` (the format: `docs/FORMAT.md`).
//!
//! Every other implementation (the reader's page first) must judge these cases as this one does.
//! The tests here read `tests/vectors/cases.json` and hold the library to every case in it, and
//! check that the files on disk are exactly what the generator below makes from the fixed test
//! keys: the vectors are deterministic, and stale ones fail. After a deliberate change of the
//! format, write them again with
//!
//! ```text
//! MIRRORCAST_WRITE_VECTORS=1 cargo test --test it vectors::vectors_are
//! ```
//!
//! The expected outcomes below are written by hand, never taken from the code under test.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use ed25519_dalek::Signer as _;
use serde_json::{Value, json};

use mirrorcast::progress::NoProgress;
use mirrorcast::release::acceptance::{Rejection, Rule, accept};
use mirrorcast::release::check::{TrustedKey, check_bundle};
use mirrorcast::release::manifest::{
    FileEntry, MANIFEST, MANIFEST_SIG, MAX_MANIFEST, MAX_SIGNATURE, Manifest, MirrorEntry, SUMS,
    SUMS_SIG, parse_sums, sums_text,
};
use mirrorcast::release::signing::{self, PublicKey, SecretKey, SignatureProblem};

use crate::support::test_cache;

const SITE: &str = "vector-site";
const RELEASE: u64 = 7;
const CREATED: &str = "2026-01-01T00:00:00Z";
const EXPIRES: &str = "2027-01-01T00:00:00Z";
/// The default rule: this site, release 6 seen before, judged on this day.
const NOW: &str = "2026-06-01T00:00:00Z";
const HIGHEST: u64 = 6;
const MAX_RELEASE: u64 = (1 << 53) - 1;

fn vectors_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/vectors")
}

fn read(rel: &str) -> Vec<u8> {
    let path = vectors_dir().join(rel);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn test_key() -> SecretKey {
    SecretKey::load(&vectors_dir().join("keys/test.key"), None).expect("the test key")
}

fn test_public_key() -> PublicKey {
    PublicKey::from_file(&vectors_dir().join("keys/test.pub")).expect("the test public key")
}

fn sha256_hex(data: &[u8]) -> String {
    mirrorcast::hash::sha256_hex(data)
}

// ---------------------------------------------------------------- the generator

/// The content files of the genuine bundle. Their names test the order of `SHA256SUMS` and of
/// the manifest's `files`: upper case before lower case, and U+FF21 before U+1F600 (UTF-8 byte
/// order; UTF-16 code-unit order, JavaScript's default sort, has them the other way round).
const BUNDLE_FILES: [(&str, &str); 8] = [
    (
        "index.html",
        "<!doctype html>\n<title>Vector site</title>\n<p>Release 7 of the test vectors.</p>\n",
    ),
    (
        "en/index.html",
        "<!doctype html>\n<title>Vector site (en)</title>\n<p>In English.</p>\n",
    ),
    ("B.txt", "An upper-case B sorts before a lower-case a.\n"),
    ("a b.txt", "A space inside a name is allowed.\n"),
    ("empty.txt", ""),
    (
        "files/\u{ff21}.txt",
        "U+FF21 FULLWIDTH LATIN CAPITAL LETTER A: UTF-8 EF BC A1.\n",
    ),
    (
        "files/\u{1f600}.txt",
        "U+1F600 GRINNING FACE: UTF-8 F0 9F 98 80, UTF-16 D83D DE00.\n",
    ),
    (
        "sub/manifest.json",
        "Not a manifest: the four reserved names are reserved at the top only.\n",
    ),
];

fn entry(path: &str, data: &[u8]) -> FileEntry {
    FileEntry {
        path: path.into(),
        size: data.len() as u64,
        sha256: sha256_hex(data),
    }
}

fn bundle_manifest() -> Manifest {
    Manifest {
        format: 1,
        site: SITE.into(),
        release: RELEASE,
        created: CREATED.into(),
        expires: EXPIRES.into(),
        files: BUNDLE_FILES
            .iter()
            .map(|(path, text)| entry(path, text.as_bytes()))
            .collect(),
        mirrors: vec![MirrorEntry {
            name: "example".into(),
            urls: vec![
                "https://mirror.example/letter/".into(),
                "https://other.example/".into(),
            ],
        }],
    }
}

/// A one-file manifest for the cases that change one thing.
fn small(site: &str, release: u64, expires: &str) -> Manifest {
    Manifest {
        format: 1,
        site: site.into(),
        release,
        created: CREATED.into(),
        expires: expires.into(),
        files: vec![entry("index.html", BUNDLE_FILES[0].1.as_bytes())],
        mirrors: Vec::new(),
    }
}

fn small_with_paths(paths: &[&str]) -> Manifest {
    let mut m = small(SITE, RELEASE, EXPIRES);
    m.files = paths
        .iter()
        .map(|p| FileEntry {
            path: (*p).into(),
            size: 1,
            sha256: sha256_hex(b"x"),
        })
        .collect();
    m
}

fn comment(site: &str, release: &str, expires: &str, file: &str) -> String {
    format!("mirrorcast site:{site} release:{release} expires:{expires} file:{file}")
}

/// The trusted comment a manifest calls for.
fn comment_of(m: &Manifest) -> String {
    m.trusted_comment(MANIFEST).to_string()
}

/// `text` with `from` replaced once by `to`, which must be there.
fn edit(text: &[u8], from: &str, to: &str) -> Vec<u8> {
    let text = std::str::from_utf8(text).expect("UTF-8");
    assert!(text.contains(from), "{from:?} is not in\n{text}");
    text.replacen(from, to, 1).into_bytes()
}

/// The raw minisign secret key: key number and Ed25519 key pair (unencrypted keys only).
fn raw_key(file: &str) -> ([u8; 8], ed25519_dalek::SigningKey) {
    let text = String::from_utf8(read(file)).expect("UTF-8");
    let bytes = BASE64
        .decode(text.lines().nth(1).expect("a key line").trim())
        .expect("base64");
    assert_eq!(
        &bytes[0..4],
        b"Ed\0\0",
        "{file}: an unencrypted Ed25519 key"
    );
    let keynum: [u8; 8] = bytes[54..62].try_into().expect("key number");
    let pair: [u8; 64] = bytes[62..126].try_into().expect("key pair");
    (
        keynum,
        ed25519_dalek::SigningKey::from_keypair_bytes(&pair).expect("a key pair"),
    )
}

/// A legacy minisign signature ("Ed": Ed25519 over the data itself, not its BLAKE2b-512).
fn legacy_sign(file: &str, data: &[u8], trusted: &str, untrusted: &str) -> String {
    let (keynum, key) = raw_key(file);
    let signature = key.sign(data).to_bytes();
    let mut line = b"Ed".to_vec();
    line.extend_from_slice(&keynum);
    line.extend_from_slice(&signature);
    let mut global = signature.to_vec();
    global.extend_from_slice(trusted.as_bytes());
    format!(
        "untrusted comment: {untrusted}\n{}\ntrusted comment: {trusted}\n{}\n",
        BASE64.encode(line),
        BASE64.encode(key.sign(&global).to_bytes())
    )
}

/// `signature` with the bytes of its second line changed by `change`.
fn rewrite_signature_line(signature: &str, change: impl FnOnce(&mut Vec<u8>)) -> String {
    let mut lines: Vec<String> = signature.lines().map(str::to_string).collect();
    let mut bytes = BASE64.decode(&lines[1]).expect("base64");
    change(&mut bytes);
    lines[1] = BASE64.encode(bytes);
    lines.join("\n") + "\n"
}

/// One acceptance case, as it goes into `cases.json`.
struct Case {
    name: &'static str,
    about: &'static str,
    files: (String, String),
    site: Option<&'static str>,
    highest: Option<u64>,
    now: Option<&'static str>,
    expect: &'static str,
    release: Option<u64>,
    problem: Option<&'static str>,
}

fn case(name: &'static str, about: &'static str, files: (String, String)) -> Case {
    Case {
        name,
        about,
        files,
        site: Some(SITE),
        highest: Some(HIGHEST),
        now: Some(NOW),
        expect: "",
        release: None,
        problem: None,
    }
}

impl Case {
    fn rule(
        self,
        site: Option<&'static str>,
        highest: Option<u64>,
        now: Option<&'static str>,
    ) -> Self {
        Case {
            site,
            highest,
            now,
            ..self
        }
    }
    fn accepts(self, release: u64) -> Self {
        Case {
            expect: "accept",
            release: Some(release),
            ..self
        }
    }
    fn rejects(self, rejection: &'static str) -> Self {
        assert!(
            ["TooLarge", "WrongComment", "Malformed"].contains(&rejection),
            "{rejection}: use bad_signature or genuine_but"
        );
        Case {
            expect: rejection,
            ..self
        }
    }
    fn bad_signature(self, problem: &'static str) -> Self {
        Case {
            expect: "BadSignature",
            problem: Some(problem),
            ..self
        }
    }
    /// Rejected at step 3 to 5: genuine, and the manifest (of `release`) is handed back.
    fn genuine_but(self, rejection: &'static str, release: u64) -> Self {
        Case {
            expect: rejection,
            release: Some(release),
            ..self
        }
    }
    fn to_json(&self) -> Value {
        assert!(
            !self.expect.is_empty(),
            "{}: no expected outcome",
            self.name
        );
        let mut v = json!({
            "name": self.name,
            "about": self.about,
            "manifest": self.files.0,
            "signature": self.files.1,
            "site": self.site,
            "highest_seen": self.highest,
            "now": self.now,
            "expect": self.expect,
        });
        if let Some(r) = self.release {
            v["release"] = json!(r);
        }
        if let Some(p) = self.problem {
            v["signature_problem"] = json!(p);
        }
        v
    }
}

struct Gen {
    key: SecretKey,
    other: SecretKey,
    untrusted: String,
    files: BTreeMap<String, Vec<u8>>,
    cases: Vec<Value>,
}

impl Gen {
    fn put(&mut self, rel: &str, bytes: impl Into<Vec<u8>>) -> String {
        let old = self.files.insert(rel.to_string(), bytes.into());
        assert!(old.is_none(), "{rel} written twice");
        rel.to_string()
    }

    fn sign(&self, data: &[u8], trusted: &str) -> String {
        self.key.sign(data, trusted, &self.untrusted)
    }

    /// `cases/NAME/manifest.json` and its signature.
    fn files(
        &mut self,
        name: &str,
        manifest: &[u8],
        signature: impl Into<Vec<u8>>,
    ) -> (String, String) {
        (
            self.put(&format!("cases/{name}/{MANIFEST}"), manifest),
            self.put(&format!("cases/{name}/{MANIFEST_SIG}"), signature),
        )
    }

    /// `manifest` signed by the test key with `trusted` as its trusted comment.
    fn signed(&mut self, name: &str, manifest: &[u8], trusted: &str) -> (String, String) {
        let sig = self.sign(manifest, trusted);
        self.files(name, manifest, sig)
    }

    /// `m` in its canonical form, signed with the trusted comment it calls for.
    fn genuine(&mut self, name: &str, m: &Manifest) -> (String, String) {
        self.signed(name, &m.to_canonical_json(), &comment_of(m))
    }

    /// The genuine manifest with another signature file.
    fn signature_only(&mut self, name: &str, signature: impl Into<Vec<u8>>) -> (String, String) {
        (
            format!("bundle/{MANIFEST}"),
            self.put(&format!("cases/{name}/{MANIFEST_SIG}"), signature),
        )
    }

    fn add(&mut self, case: Case) {
        assert!(
            !self.cases.iter().any(|c| c["name"] == case.name),
            "{} twice",
            case.name
        );
        self.cases.push(case.to_json());
    }
}

fn json_bytes(v: &Value) -> Vec<u8> {
    let mut out = serde_json::to_vec_pretty(v).expect("JSON");
    out.push(b'\n');
    out
}

/// Every generated file of `tests/vectors/` (all but `keys/` and `README.md`): path to bytes.
fn generate() -> BTreeMap<String, Vec<u8>> {
    let key = test_key();
    let untrusted = format!("signature from mirrorcast key {}", key.key_id());
    let mut g = Gen {
        key,
        other: SecretKey::load(&vectors_dir().join("keys/other.key"), None).expect("other key"),
        untrusted,
        files: BTreeMap::new(),
        cases: Vec::new(),
    };

    // ------------------------------------------------ the genuine bundle
    let m = bundle_manifest();
    let manifest_bytes = m.to_canonical_json();
    let manifest_sig = g.sign(&manifest_bytes, &comment_of(&m));
    // SHA256SUMS written out by hand here (sha256sum text mode, sorted by the paths' UTF-8
    // bytes); the tests check that the library derives the same bytes.
    let mut listed: Vec<(String, String)> = m
        .files
        .iter()
        .map(|f| (f.path.clone(), f.sha256.clone()))
        .chain([(MANIFEST.to_string(), sha256_hex(&manifest_bytes))])
        .collect();
    listed.sort_by(|a, b| a.0.as_bytes().cmp(b.0.as_bytes()));
    let sums: String = listed
        .iter()
        .map(|(path, sha)| format!("{sha}  {path}\n"))
        .collect();
    let sums_sig = g.sign(sums.as_bytes(), &m.trusted_comment(SUMS).to_string());
    for (path, text) in BUNDLE_FILES {
        g.put(&format!("bundle/{path}"), text);
    }
    let genuine = (
        g.put(&format!("bundle/{MANIFEST}"), manifest_bytes.clone()),
        g.put(&format!("bundle/{MANIFEST_SIG}"), manifest_sig.clone()),
    );
    g.put(&format!("bundle/{SUMS}"), sums.clone());
    g.put(&format!("bundle/{SUMS_SIG}"), sums_sig.clone());

    // ------------------------------------------------ genuine
    g.add(
        case(
            "genuine",
            "The genuine bundle's manifest: this site, release 7 after 6, before its expiry.",
            genuine.clone(),
        )
        .accepts(RELEASE),
    );
    g.add(
        case(
            "genuine-no-rule",
            "No site, no highest release and no time given: only steps 1 and 2 apply.",
            genuine.clone(),
        )
        .rule(None, None, None)
        .accepts(RELEASE),
    );
    g.add(
        case(
            "genuine-same-release-as-highest",
            "The highest release seen is this one: the same release again is not older.",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(RELEASE), Some(NOW))
        .accepts(RELEASE),
    );
    g.add(
        case(
            "genuine-first-sight",
            "No release seen before (highest_seen null).",
            genuine.clone(),
        )
        .rule(Some(SITE), None, Some(NOW))
        .accepts(RELEASE),
    );

    // ------------------------------------------------ the signature
    let files = g.files(
        "manifest-byte-changed",
        &edit(&manifest_bytes, "\"release\": 7", "\"release\": 8"),
        manifest_sig.clone(),
    );
    g.add(
        case(
            "manifest-byte-changed",
            "One byte of the genuine manifest changed (release 7 -> 8), the genuine signature.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let files = g.files(
        "manifest-newline-removed",
        &manifest_bytes[..manifest_bytes.len() - 1],
        manifest_sig.clone(),
    );
    g.add(
        case(
            "manifest-newline-removed",
            "The genuine manifest without its final newline: the signature covers the exact bytes.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let other_sig = g.other.sign(
        &manifest_bytes,
        &comment_of(&m),
        "signature from another key",
    );
    let files = g.signature_only("signed-by-another-key", other_sig.clone());
    g.add(
        case(
            "signed-by-another-key",
            "The genuine manifest, validly signed by keys/other.key: its key id is not ours.",
            files,
        )
        .bad_signature("WrongKey"),
    );
    let (our_keynum, _) = raw_key("keys/test.key");
    let files = g.signature_only(
        "another-key-with-our-key-id",
        rewrite_signature_line(&other_sig, |b| b[2..10].copy_from_slice(&our_keynum)),
    );
    g.add(
        case(
            "another-key-with-our-key-id",
            "Signed by keys/other.key, its key id replaced by ours: the Ed25519 check fails.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let files = g.signature_only("signature-of-sha256sums", sums_sig.clone());
    g.add(
        case(
            "signature-of-sha256sums",
            "The genuine SHA256SUMS.minisig given as the manifest's signature: it signs other bytes.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let files = g.signature_only(
        "legacy-signature",
        legacy_sign(
            "keys/test.key",
            &manifest_bytes,
            &comment_of(&m),
            &g.untrusted.clone(),
        ),
    );
    g.add(
        case(
            "legacy-signature",
            "A valid legacy minisign signature (\"Ed\", Ed25519 over the raw bytes) by our key: legacy signatures are refused.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let files = g.signature_only(
        "trusted-comment-edited",
        manifest_sig.replace(" release:7 ", " release:8 "),
    );
    g.add(
        case(
            "trusted-comment-edited",
            "The genuine signature with its trusted comment edited (release 7 -> 8): the global signature fails.",
            files,
        )
        .bad_signature("Invalid"),
    );
    let files = g.signature_only(
        "untrusted-comment-edited",
        manifest_sig.replacen(
            "untrusted comment: signature from mirrorcast key",
            "untrusted comment: anything at all, it is not signed; key",
            1,
        ),
    );
    g.add(
        case(
            "untrusted-comment-edited",
            "The genuine signature with another untrusted comment: it is not signed, so it does not matter.",
            files,
        )
        .accepts(RELEASE),
    );
    let files = g.signature_only("signature-crlf", manifest_sig.replace('\n', "\r\n"));
    g.add(
        case(
            "signature-crlf",
            "The genuine signature with CRLF line ends: a CR before each LF is dropped.",
            files,
        )
        .accepts(RELEASE),
    );
    let files = g.signature_only("signature-empty", "");
    g.add(case("signature-empty", "An empty signature file.", files).bad_signature("Malformed"));
    let lines: Vec<&str> = manifest_sig.lines().collect();
    let files = g.signature_only(
        "signature-short-global-signature",
        format!("{}\n{}\n{}\nAAAA\n", lines[0], lines[1], lines[2]),
    );
    g.add(
        case(
            "signature-short-global-signature",
            "The fourth line decodes to 3 bytes, not 64.",
            files,
        )
        .bad_signature("Malformed"),
    );
    let files = g.signature_only(
        "signature-no-untrusted-prefix",
        manifest_sig.replacen("untrusted comment: ", "comment: ", 1),
    );
    g.add(
        case(
            "signature-no-untrusted-prefix",
            "The first line does not start with \"untrusted comment: \".",
            files,
        )
        .bad_signature("Malformed"),
    );
    let files = g.signature_only(
        "signature-unknown-algorithm",
        rewrite_signature_line(&manifest_sig, |b| b[0..2].copy_from_slice(b"EX")),
    );
    g.add(
        case(
            "signature-unknown-algorithm",
            "The signature algorithm is \"EX\", neither \"ED\" nor \"Ed\".",
            files,
        )
        .bad_signature("Malformed"),
    );
    let mut not_utf8 = manifest_sig.clone().into_bytes();
    not_utf8.extend_from_slice(b"\xff\xfe\n");
    let files = g.signature_only("signature-not-utf8", not_utf8);
    g.add(
        case(
            "signature-not-utf8",
            "The genuine signature followed by bytes that are not UTF-8: the whole file must be UTF-8.",
            files,
        )
        .bad_signature("Malformed"),
    );
    let at_limit = format!(
        "{manifest_sig}{}",
        "\n".repeat(MAX_SIGNATURE as usize - manifest_sig.len())
    );
    let files = g.signature_only("signature-at-size-limit", at_limit.clone());
    g.add(
        case(
            "signature-at-size-limit",
            "The genuine signature padded with empty lines to exactly 65536 bytes: lines after the fourth are ignored.",
            files,
        )
        .accepts(RELEASE),
    );
    let files = g.signature_only("signature-over-size-limit", at_limit + "\n");
    g.add(
        case(
            "signature-over-size-limit",
            "The same padded to 65537 bytes: refused before the signature is read.",
            files,
        )
        .rejects("TooLarge"),
    );

    // ------------------------------------------------ the trusted comment
    let small_m = small(SITE, RELEASE, EXPIRES);
    let small_bytes = small_m.to_canonical_json();
    let wrong_comments: [(&'static str, &'static str, String); 6] = [
        (
            "comment-names-sha256sums",
            "Signed with the trusted comment of SHA256SUMS (file:SHA256SUMS).",
            comment(SITE, "7", EXPIRES, SUMS),
        ),
        (
            "comment-other-release",
            "Signed with a trusted comment naming release 8; the manifest says 7.",
            comment(SITE, "8", EXPIRES, MANIFEST),
        ),
        (
            "comment-other-expiry",
            "Signed with a trusted comment naming a later expiry than the manifest's.",
            comment(SITE, "7", "2030-01-01T00:00:00Z", MANIFEST),
        ),
        (
            "comment-other-site",
            "Signed with a trusted comment naming another site.",
            comment("another-site", "7", EXPIRES, MANIFEST),
        ),
        (
            "comment-stock-minisign",
            "Signed with stock minisign's default kind of trusted comment.",
            "timestamp:1767225600\tfile:manifest.json\thashed".to_string(),
        ),
        (
            "comment-double-space",
            "Two spaces between two fields: the fields are split on single spaces.",
            comment(SITE, "7", EXPIRES, MANIFEST).replace(" release:", "  release:"),
        ),
    ];
    for (name, about, trusted) in wrong_comments {
        let files = g.signed(name, &small_bytes, &trusted);
        g.add(case(name, about, files).rejects("WrongComment"));
    }
    let lax_comments: [(&'static str, &'static str, String); 3] = [
        (
            "comment-extra-field",
            "A fifth field after file:...: anything after the four fields is ignored.",
            comment(SITE, "7", EXPIRES, MANIFEST) + " note:ignored",
        ),
        (
            "comment-release-leading-zeros",
            "release:007: the number is compared as a number, not as text.",
            comment(SITE, "007", EXPIRES, MANIFEST),
        ),
        (
            "comment-release-plus-sign",
            "release:+7: Rust's integer parser takes a leading +.",
            comment(SITE, "+7", EXPIRES, MANIFEST),
        ),
    ];
    for (name, about, trusted) in lax_comments {
        let files = g.signed(name, &small_bytes, &trusted);
        g.add(case(name, about, files).accepts(RELEASE));
    }
    let spaced = small("vector site", RELEASE, EXPIRES);
    let files = g.genuine("site-with-a-space", &spaced);
    g.add(
        case(
            "site-with-a-space",
            "Site \"vector site\", signed with exactly the comment it calls for: a space in a field can never match.",
            files,
        )
        .rule(Some("vector site"), Some(HIGHEST), Some(NOW))
        .rejects("WrongComment"),
    );

    // ------------------------------------------------ the manifest's JSON
    let c7 = comment_of(&small_m);
    let compact =
        serde_json::to_vec(&serde_json::to_value(&small_m).expect("value")).expect("JSON");
    let files = g.signed("non-canonical-compact", &compact, &c7);
    g.add(
        case(
            "non-canonical-compact",
            "The manifest without whitespace or final newline, signed as it is: the canonical form is not required.",
            files,
        )
        .accepts(RELEASE),
    );
    let reordered = format!(
        "{{\"format\":1,\"site\":\"{SITE}\",\"release\":7,\"created\":\"{CREATED}\",\"expires\":\"{EXPIRES}\",\
         \"mirrors\":[],\"files\":[{{\"size\":{},\"sha256\":\"{}\",\"path\":\"index.html\"}}]}}\r\n\r\n",
        small_m.files[0].size, small_m.files[0].sha256
    );
    let files = g.signed("non-canonical-key-order", reordered.as_bytes(), &c7);
    g.add(
        case(
            "non-canonical-key-order",
            "Keys out of order, CRLF and blank lines after the object: any JSON whitespace and key order is taken.",
            files,
        )
        .accepts(RELEASE),
    );
    let size = small_m.files[0].size;
    let end = |tail: &str| {
        let mut b = small_bytes.clone();
        b.extend_from_slice(tail.as_bytes());
        b
    };
    let raw_cases: [(&'static str, &'static str, Vec<u8>); 15] = [
        (
            "unknown-field",
            "An unknown top-level field.",
            edit(
                &small_bytes,
                "\"format\": 1,",
                "\"format\": 1,\n  \"note\": \"x\",",
            ),
        ),
        (
            "missing-field",
            "No mirrors field (an empty list must be written out).",
            edit(&small_bytes, ",\n  \"mirrors\": []", ""),
        ),
        (
            "duplicate-field",
            "release twice, 9 then 7: refused (JSON.parse would silently keep the last).",
            edit(
                &small_bytes,
                "\"format\": 1,",
                "\"format\": 1,\n  \"release\": 9,",
            ),
        ),
        (
            "format-2",
            "format 2: newer than this reader.",
            edit(&small_bytes, "\"format\": 1,", "\"format\": 2,"),
        ),
        (
            "release-as-float",
            "release written 7.0: must be an integer token.",
            edit(&small_bytes, "\"release\": 7,", "\"release\": 7.0,"),
        ),
        (
            "release-with-exponent",
            "release written 7e0: must be an integer token.",
            edit(&small_bytes, "\"release\": 7,", "\"release\": 7e0,"),
        ),
        (
            "release-as-string",
            "release written \"7\": must be a number.",
            edit(&small_bytes, "\"release\": 7,", "\"release\": \"7\","),
        ),
        (
            "size-negative",
            "A file size of -1.",
            edit(&small_bytes, &format!("\"size\": {size}"), "\"size\": -1"),
        ),
        (
            "byte-order-mark",
            "A UTF-8 byte-order mark (EF BB BF) before the JSON.",
            [&b"\xef\xbb\xbf"[..], &small_bytes].concat(),
        ),
        (
            "trailing-data",
            "A second JSON value after the object.",
            end("{}\n"),
        ),
        (
            "not-an-object",
            "A JSON array holding the manifest object.",
            [&b"["[..], &small_bytes, b"]\n"].concat(),
        ),
        (
            "manifest-as-array",
            "The manifest's fields as a JSON array in their order ([format, site, …]): the format is objects only.",
            {
                let f = &small_m.files[0];
                format!(
                    "[1, \"{SITE}\", {RELEASE}, \"{CREATED}\", \"{EXPIRES}\", [{{\"path\": \"{}\", \"size\": {}, \"sha256\": \"{}\"}}], []]\n",
                    f.path, f.size, f.sha256
                )
                .into_bytes()
            },
        ),
        (
            "file-entry-as-array",
            "A file entry written as an array [path, size, sha256]: entries are objects only.",
            {
                let f = &small_m.files[0];
                edit(
                    &small_bytes,
                    &format!(
                        "{{\n      \"path\": \"{}\",\n      \"sha256\": \"{}\",\n      \"size\": {}\n    }}",
                        f.path, f.sha256, f.size
                    ),
                    &format!("[\"{}\", {}, \"{}\"]", f.path, f.size, f.sha256),
                )
            },
        ),
        (
            "file-entry-unknown-field",
            "An unknown field in a file entry.",
            edit(
                &small_bytes,
                "\"path\": \"index.html\",",
                "\"path\": \"index.html\",\n      \"mode\": 420,",
            ),
        ),
        (
            "lone-surrogate-escape",
            "A path written \"\\ud800x\": an escape that is half a surrogate pair is not a character.",
            edit(
                &small_bytes,
                "\"path\": \"index.html\",",
                "\"path\": \"\\ud800x\",",
            ),
        ),
    ];
    for (name, about, bytes) in raw_cases {
        let files = g.signed(name, &bytes, &c7);
        g.add(case(name, about, files).rejects("Malformed"));
    }
    let mut format0 = small_m.clone();
    format0.format = 0;
    let files = g.genuine("format-0", &format0);
    g.add(
        case(
            "format-0",
            "format 0: only a format above 1 is refused, so 0 is taken.",
            files,
        )
        .accepts(RELEASE),
    );
    let mut not_hex = small_m.clone();
    not_hex.files[0].sha256 = "not a digest".into();
    let files = g.genuine("sha256-not-hex", &not_hex);
    g.add(
        case(
            "sha256-not-hex",
            "A file's sha256 that is not 64 hex digits: the acceptance rule does not look at it (that file can then never match).",
            files,
        )
        .accepts(RELEASE),
    );

    // ------------------------------------------------ paths
    let bad_paths: [(&'static str, &'static str, &[&str]); 17] = [
        ("path-parent", "../x", &["../x"]),
        ("path-parent-inside", "en/../../x", &["en/../../x"]),
        ("path-absolute", "/etc/passwd", &["/etc/passwd"]),
        ("path-double-slash", "a//b", &["a//b"]),
        ("path-dot-segment", "a/./b", &["a/./b"]),
        ("path-leading-dot-slash", "./a", &["./a"]),
        ("path-trailing-slash", "a/", &["a/"]),
        (
            "path-hidden",
            ".well-known/x: a name starting with a dot",
            &[".well-known/x"],
        ),
        ("path-backslash", "a\\b", &["a\\b"]),
        ("path-control-character", "a<U+0001>b", &["a\u{1}b"]),
        ("path-newline", "a<LF>b", &["a\nb"]),
        ("path-leading-space", "\" a\"", &[" a"]),
        (
            "path-trailing-nbsp",
            "\"a<U+00A0>\": Unicode White_Space at an end",
            &["a\u{a0}"],
        ),
        ("path-empty", "\"\"", &[""]),
        (
            "path-reserved-manifest",
            "manifest.json",
            &["manifest.json"],
        ),
        (
            "path-reserved-sums-signature",
            "SHA256SUMS.minisig",
            &["SHA256SUMS.minisig"],
        ),
        (
            "path-repeated",
            "index.html twice",
            &["index.html", "index.html"],
        ),
    ];
    for (name, about, paths) in bad_paths {
        let files = g.genuine(name, &small_with_paths(paths));
        g.add(case(name, about, files).rejects("Malformed"));
    }
    let good_paths: [(&'static str, &'static str, &[&str]); 4] = [
        (
            "path-reserved-name-in-a-folder",
            "sub/manifest.json and sub/SHA256SUMS: reserved at the top only",
            &["sub/manifest.json", "sub/SHA256SUMS"],
        ),
        (
            "path-unicode-and-inner-spaces",
            "\"a b/\u{fc} \u{20ac}.txt\", \"\u{444}\u{430}\u{439}\u{43b}\"",
            &["a b/\u{fc} \u{20ac}.txt", "\u{444}\u{430}\u{439}\u{43b}"],
        ),
        (
            "path-inner-dots",
            "a..b/c. and x.: dots that do not start a name",
            &["a..b/c.", "x."],
        ),
        (
            "path-leading-zero-width-no-break-space",
            "\"<U+FEFF>x.txt\": U+FEFF is not Unicode White_Space (JavaScript's trim() removes it)",
            &["\u{feff}x.txt"],
        ),
    ];
    for (name, about, paths) in good_paths {
        let files = g.genuine(name, &small_with_paths(paths));
        g.add(case(name, about, files).accepts(RELEASE));
    }

    // ------------------------------------------------ release numbers
    for (name, about, release, ok) in [
        ("release-0", "Release 0: releases start at 1.", 0, false),
        ("release-1", "Release 1, the lowest.", 1, true),
        (
            "release-2-pow-53-minus-1",
            "Release 2^53 - 1 = 9007199254740991, the highest.",
            MAX_RELEASE,
            true,
        ),
        (
            "release-2-pow-53",
            "Release 2^53 = 9007199254740992: a double cannot tell it from 2^53 + 1.",
            MAX_RELEASE + 1,
            false,
        ),
        (
            "release-u64-max",
            "Release 2^64 - 1 = 18446744073709551615.",
            u64::MAX,
            false,
        ),
    ] {
        let files = g.genuine(name, &small(SITE, release, EXPIRES));
        let c = case(name, about, files).rule(Some(SITE), None, Some(NOW));
        g.add(if ok {
            c.accepts(release)
        } else {
            c.rejects("Malformed")
        });
    }
    let over = edit(
        &small(SITE, 1, EXPIRES).to_canonical_json(),
        "\"release\": 1,",
        "\"release\": 18446744073709551616,",
    );
    let files = g.signed(
        "release-2-pow-64",
        &over,
        &comment(SITE, "18446744073709551616", EXPIRES, MANIFEST),
    );
    g.add(
        case(
            "release-2-pow-64",
            "Release 2^64: not an unsigned 64-bit integer.",
            files,
        )
        .rejects("Malformed"),
    );

    // ------------------------------------------------ site, release order, expiry
    g.add(
        case(
            "another-site",
            "The genuine manifest of vector-site, the rule asking for another site.",
            genuine.clone(),
        )
        .rule(Some("another-site"), Some(HIGHEST), Some(NOW))
        .genuine_but("AnotherSite", RELEASE),
    );
    g.add(
        case(
            "site-is-case-sensitive",
            "The rule asks for Vector-Site: sites are compared byte for byte.",
            genuine.clone(),
        )
        .rule(Some("Vector-Site"), Some(HIGHEST), Some(NOW))
        .genuine_but("AnotherSite", RELEASE),
    );
    g.add(
        case(
            "older",
            "Release 8 was seen before: release 7 is a replay.",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(8), Some(NOW))
        .genuine_but("Older", RELEASE),
    );
    g.add(
        case(
            "expired",
            "Judged half a year after the expiry.",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(HIGHEST), Some("2027-06-01T00:00:00Z"))
        .genuine_but("Expired", RELEASE),
    );
    g.add(
        case(
            "expires-exactly-now",
            "Judged at the very second of the expiry: expired (expires <= now).",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(HIGHEST), Some(EXPIRES))
        .genuine_but("Expired", RELEASE),
    );
    g.add(
        case(
            "a-moment-before-expiry",
            "Judged 1 ms before the expiry.",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(HIGHEST), Some("2026-12-31T23:59:59.999Z"))
        .accepts(RELEASE),
    );
    let offset = small(SITE, RELEASE, "2026-06-01T01:00:00+02:00");
    let files = g.genuine("expires-with-an-offset", &offset);
    g.add(
        case(
            "expires-with-an-offset",
            "expires 2026-06-01T01:00:00+02:00 is 2026-05-31T23:00:00Z, before now: compare instants, not text.",
            files.clone(),
        )
        .genuine_but("Expired", RELEASE),
    );
    // Days and offsets that do not exist are unreadable, however far in the future they look.
    for (name, expires, about) in [
        (
            "expires-on-a-day-that-does-not-exist",
            "2027-02-31T00:00:00Z",
            "expires 2027-02-31 (February has no 31st): unreadable, so counted as past.",
        ),
        (
            "expires-with-an-impossible-offset",
            "2027-01-01T00:00:00+99:00",
            "expires with a +99:00 offset (offsets stay under 26 hours): unreadable, so counted as past.",
        ),
    ] {
        let files = g.genuine(name, &small(SITE, RELEASE, expires));
        g.add(case(name, about, files).genuine_but("Expired", RELEASE));
    }
    let unreadable = small(SITE, RELEASE, "never");
    let files = g.genuine("expires-unreadable", &unreadable);
    g.add(
        case(
            "expires-unreadable",
            "expires \"never\", signed as such: an unreadable expiry counts as past.",
            files.clone(),
        )
        .genuine_but("Expired", RELEASE),
    );
    g.add(
        case(
            "expires-unreadable-no-time",
            "The same with no time given: expiry is not judged.",
            files,
        )
        .rule(Some(SITE), Some(HIGHEST), None)
        .accepts(RELEASE),
    );

    // ------------------------------------------------ the order of the steps
    let mut bad_path_wrong_comment = small_with_paths(&["../x"]);
    bad_path_wrong_comment.release = 5;
    let files = g.signed(
        "order-path-before-comment",
        &bad_path_wrong_comment.to_canonical_json(),
        &comment(SITE, "7", EXPIRES, MANIFEST),
    );
    g.add(
        case(
            "order-path-before-comment",
            "An unsafe path and a trusted comment naming another release: the paths are judged first.",
            files,
        )
        .rejects("Malformed"),
    );
    let files = g.signed(
        "order-comment-before-site",
        &small("another-site", RELEASE, EXPIRES).to_canonical_json(),
        &comment(SITE, "7", EXPIRES, MANIFEST),
    );
    g.add(
        case(
            "order-comment-before-site",
            "Manifest of another site, trusted comment naming ours: the comment is judged first.",
            files,
        )
        .rejects("WrongComment"),
    );
    g.add(
        case(
            "order-site-before-release",
            "Another site, an older release and expired: the site is judged first.",
            genuine.clone(),
        )
        .rule(Some("another-site"), Some(8), Some("2027-06-01T00:00:00Z"))
        .genuine_but("AnotherSite", RELEASE),
    );
    g.add(
        case(
            "order-release-before-expiry",
            "An older release, and expired: the release is judged first.",
            genuine.clone(),
        )
        .rule(Some(SITE), Some(8), Some("2027-06-01T00:00:00Z"))
        .genuine_but("Older", RELEASE),
    );
    let files = g.files(
        "order-signature-before-parse",
        b"this is not JSON\n",
        g.other.sign(b"this is not JSON\n", "x", "x"),
    );
    g.add(
        case(
            "order-signature-before-parse",
            "Not JSON, signed by another key: the signature is judged first.",
            files,
        )
        .bad_signature("WrongKey"),
    );

    // ------------------------------------------------ one file against the manifest
    let mut per_file = Vec::new();
    for (path, text) in BUNDLE_FILES {
        per_file.push(file_case(
            &m,
            &format!("genuine {path}"),
            path,
            text.as_bytes(),
        ));
    }
    let index = BUNDLE_FILES[0].1.as_bytes();
    let mut flipped = index.to_vec();
    flipped[20] ^= 1;
    per_file.push(file_case(
        &m,
        "index.html with one bit flipped",
        "index.html",
        &flipped,
    ));
    per_file.push(file_case(
        &m,
        "index.html with one byte more",
        "index.html",
        &[index, b"\n"].concat(),
    ));
    per_file.push(file_case(
        &m,
        "empty.txt no longer empty",
        "empty.txt",
        b"\0",
    ));
    per_file.push(file_case(
        &m,
        "B.txt holding a b.txt's bytes",
        "B.txt",
        BUNDLE_FILES[3].1.as_bytes(),
    ));

    // ------------------------------------------------ canonical JSON
    let canonical_input = "{\"format\":1,\"site\":\"vector-site\",\"release\":7,\
\"created\":\"2026-01-01T00:00:00Z\",\"expires\":\"2027-01-01T00:00:00Z\",\
\"files\":[{\"path\":\"z.txt\",\"size\":0,\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"},\
{\"path\":\"\\u00e9.txt\",\"size\":0,\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"},\
{\"path\":\"A.txt\",\"size\":0,\"sha256\":\"e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\"}],\
\"mirrors\":[{\"name\":\"Zeta \\\"quoted\\\" back\\\\slash \\/ tab\\t lf\\n nul\\u0000 us\\u001F del\\u007f e\\u00E9 ls\\u2028 face\\ud83d\\ude00\",\"urls\":[]},\
{\"name\":\"alpha\",\"urls\":[\"https://b.example/\",\"https://a.example/\"]}]}";
    let canonical = Manifest::parse(canonical_input.as_bytes())
        .expect("the canonical input parses")
        .to_canonical_json();
    g.put("canonical/input.json", canonical_input);
    g.put("canonical/canonical.json", canonical);

    // ------------------------------------------------ key ids
    let key_ids: Vec<Value> = ["test", "other"]
        .iter()
        .map(|name| {
            let public = PublicKey::from_file(&vectors_dir().join(format!("keys/{name}.pub")))
                .expect("public key");
            json!({
                "public_key_file": format!("keys/{name}.pub"),
                "public_key": public.to_base64(),
                "key_id": public.key_id(),
            })
        })
        .collect();

    let index = json!({
        "about": "Test vectors of mirrorcast's signed-release format: see docs/FORMAT.md and tests/vectors/README.md. Paths are relative to tests/vectors/.",
        "public_key": test_public_key().to_base64(),
        "public_key_file": "keys/test.pub",
        "acceptance": g.cases,
        "files": per_file,
        "sums": [{
            "name": "SHA256SUMS of the genuine bundle",
            "manifest": format!("bundle/{MANIFEST}"),
            "sums": format!("bundle/{SUMS}"),
            "signature": format!("bundle/{SUMS_SIG}"),
            "trusted_comment": m.trusted_comment(SUMS).to_string(),
        }],
        "canonical": [
            {
                "name": "odd input",
                "input": "canonical/input.json",
                "canonical": "canonical/canonical.json",
            },
            {
                "name": "the genuine manifest is canonical",
                "input": format!("bundle/{MANIFEST}"),
                "canonical": format!("bundle/{MANIFEST}"),
            },
        ],
        "key_ids": key_ids,
    });
    g.files.insert("cases.json".into(), json_bytes(&index));
    g.files
}

/// One file's bytes against the genuine manifest's entry for `path`.
fn file_case(m: &Manifest, name: &str, path: &str, data: &[u8]) -> Value {
    let listed = m
        .files
        .iter()
        .find(|f| f.path == path)
        .expect("a listed path");
    let sha256 = sha256_hex(data);
    let size_matches = listed.size == data.len() as u64;
    let sha256_matches = listed.sha256 == sha256;
    // What `check` reports for this file in the genuine bundle: a wrong size first.
    let problem = if !size_matches {
        Some("WrongSize")
    } else if !sha256_matches {
        Some("Tampered")
    } else {
        None
    };
    json!({
        "name": name,
        "path": path,
        "content_base64": BASE64.encode(data),
        "expected_size": listed.size,
        "expected_sha256": listed.sha256,
        "sha256": sha256,
        "size_matches": size_matches,
        "sha256_matches": sha256_matches,
        "problem": problem,
    })
}

/// The files of `tests/vectors/` the generator owns: everything but `keys/` and the README.
fn on_disk() -> BTreeMap<String, Vec<u8>> {
    let dir = vectors_dir();
    walkdir::WalkDir::new(&dir)
        .into_iter()
        .map(|e| e.expect("walk tests/vectors"))
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(&dir)
                .expect("inside")
                .to_str()
                .expect("UTF-8 names")
                .to_string();
            (rel, e.path().to_path_buf())
        })
        .filter(|(rel, _)| !rel.starts_with("keys/") && rel != "README.md")
        .map(|(rel, path)| (rel, std::fs::read(path).expect("read")))
        .collect()
}

/// Write the vectors anew (keys and README stay), when MIRRORCAST_WRITE_VECTORS is set: only
/// after a deliberate change of the format.
fn write_vectors(vectors: &BTreeMap<String, Vec<u8>>) {
    let dir = vectors_dir();
    for sub in ["bundle", "cases", "canonical"] {
        let _ = std::fs::remove_dir_all(dir.join(sub));
    }
    for (rel, bytes) in vectors {
        let path = dir.join(rel);
        std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
        std::fs::write(&path, bytes).expect("write");
    }
}

// ---------------------------------------------------------------- the checks

#[test]
fn vectors_are_deterministic_and_up_to_date() {
    let first = generate();
    assert_eq!(first, generate(), "two generations differ");
    if std::env::var_os("MIRRORCAST_WRITE_VECTORS").is_some() {
        write_vectors(&first);
    }
    let disk = on_disk();
    let stale: Vec<&String> = first
        .keys()
        .chain(disk.keys())
        .filter(|k| first.get(*k) != disk.get(*k))
        .collect();
    assert!(
        stale.is_empty(),
        "tests/vectors differs from what the generator makes (run `MIRRORCAST_WRITE_VECTORS=1 cargo test --test it vectors::vectors_are` after a deliberate format change): {stale:?}"
    );
}

fn cases() -> Value {
    serde_json::from_slice(&read("cases.json")).expect("cases.json")
}

fn problem_name(p: &SignatureProblem) -> &'static str {
    match p {
        SignatureProblem::Malformed => "Malformed",
        SignatureProblem::WrongKey { .. } => "WrongKey",
        SignatureProblem::Invalid => "Invalid",
    }
}

/// What `accept` said, in the terms of `cases.json`: (expect, release, signature problem).
fn outcome(
    result: &Result<Manifest, Rejection>,
) -> (&'static str, Option<u64>, Option<&'static str>) {
    match result {
        Ok(m) => ("accept", Some(m.release), None),
        Err(r) => {
            let name = match r {
                Rejection::TooLarge { .. } => "TooLarge",
                Rejection::BadSignature(_) => "BadSignature",
                Rejection::WrongComment { .. } => "WrongComment",
                Rejection::Malformed(_) => "Malformed",
                Rejection::AnotherSite { .. } => "AnotherSite",
                Rejection::Older { .. } => "Older",
                Rejection::Expired { .. } => "Expired",
            };
            let problem = match r {
                Rejection::BadSignature(p) => Some(problem_name(p)),
                _ => None,
            };
            (name, r.genuine_manifest().map(|m| m.release), problem)
        }
    }
}

#[test]
fn every_acceptance_case() {
    let index = cases();
    let key = test_public_key();
    assert_eq!(index["public_key"], key.to_base64());
    let cases = index["acceptance"].as_array().expect("acceptance cases");
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut failures = Vec::new();
    for c in cases {
        let name = c["name"].as_str().expect("name");
        let manifest = read(c["manifest"].as_str().expect("manifest"));
        let signature = read(c["signature"].as_str().expect("signature"));
        let now = c["now"]
            .as_str()
            .map(|t| t.parse::<jiff::Timestamp>().expect("now"));
        let rule = Rule {
            key: &key,
            site: c["site"].as_str(),
            not_below: c["highest_seen"].as_u64(),
            now,
        };
        let result = accept(&rule, &manifest, &signature);
        let (expect, release, problem) = outcome(&result);
        let wanted = (
            c["expect"].as_str().expect("expect"),
            c["release"].as_u64(),
            c["signature_problem"].as_str(),
        );
        if (expect, release, problem) != wanted {
            failures.push(format!(
                "{name}: expected {wanted:?}, got {:?}",
                result.as_ref().map(|m| m.release)
            ));
            continue;
        }
        // What each rejection carries.
        match &result {
            Err(Rejection::AnotherSite { site, manifest }) => {
                assert_eq!(site, &manifest.site, "{name}");
                assert_ne!(Some(site.as_str()), rule.site, "{name}");
            }
            Err(Rejection::Older { highest, .. }) => {
                assert_eq!(Some(*highest), rule.not_below, "{name}")
            }
            Err(Rejection::TooLarge { what }) => {
                assert_eq!(*what, MANIFEST_SIG, "{name}")
            }
            Err(Rejection::WrongComment { expected, found }) => {
                assert!(
                    expected.ends_with(" file:manifest.json"),
                    "{name}: {expected}"
                );
                // `found` is the signed comment, word for word; it may read exactly as
                // `expected` and still be refused (a field with a space cannot be parsed).
                let text = String::from_utf8_lossy(&signature).replace("\r\n", "\n");
                assert!(
                    text.contains(&format!("\ntrusted comment: {found}\n")),
                    "{name}: {found}"
                );
            }
            Err(Rejection::BadSignature(SignatureProblem::WrongKey {
                signed_by,
                expected,
            })) => {
                assert_eq!(expected, &key.key_id(), "{name}");
                assert_eq!(signed_by, &index["key_ids"][1]["key_id"], "{name}");
            }
            Ok(m) => {
                // An accepted manifest is the parse of exactly these bytes.
                assert_eq!(Manifest::parse(&manifest).ok().as_ref(), Some(m), "{name}");
            }
            _ => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The limits as `docs/FORMAT.md` gives them.
#[test]
fn documented_limits() {
    assert_eq!(MAX_MANIFEST, 67_108_864);
    assert_eq!(MAX_SIGNATURE, 65_536);
    assert_eq!(mirrorcast::release::manifest::MAX_RELEASE, MAX_RELEASE);
    assert_eq!(MAX_RELEASE, 9_007_199_254_740_991);
    assert_eq!(mirrorcast::release::manifest::FORMAT_VERSION, 1);
}

/// Beyond `cases.json` (no one commits a 64 MiB file): one byte over the manifest limit is
/// refused before its signature is looked at, even with a valid one.
#[test]
fn manifest_over_the_size_limit() {
    let key = test_key();
    let mut bytes = small(SITE, RELEASE, EXPIRES).to_canonical_json();
    bytes.resize(MAX_MANIFEST as usize + 1, b' ');
    let sig = key.sign(&bytes, &comment(SITE, "7", EXPIRES, MANIFEST), "x");
    assert_eq!(
        accept(&Rule::genuine(&key.public_key()), &bytes, sig.as_bytes()),
        Err(Rejection::TooLarge { what: MANIFEST })
    );
    // At the limit, the same signed padding is read: JSON whitespace, so the manifest is taken.
    bytes.pop();
    let sig = key.sign(&bytes, &comment(SITE, "7", EXPIRES, MANIFEST), "x");
    assert_eq!(
        accept(&Rule::genuine(&key.public_key()), &bytes, sig.as_bytes()).map(|m| m.release),
        Ok(RELEASE)
    );
}

fn copy_bundle(to: &Path) {
    let from = vectors_dir().join("bundle");
    crate::support::copy_dir(&from, to);
}

fn check_dir(dir: &Path) -> mirrorcast::release::check::CheckReport {
    let key = TrustedKey {
        key: test_public_key(),
        source: "tests/vectors/keys/test.pub".into(),
    };
    let now = NOW.parse().expect("now");
    check_bundle(dir, &key, now, &NoProgress)
        .expect("check the bundle")
        .0
}

#[test]
fn every_file_case() {
    let index = cases();
    let manifest = Manifest::parse(&read(&format!("bundle/{MANIFEST}"))).expect("the manifest");
    // The genuine bundle is genuine as a whole.
    let dir = tempfile::tempdir().expect("temp dir");
    copy_bundle(dir.path());
    let report = check_dir(dir.path());
    assert!(report.genuine, "{:?}", report.problems);
    assert!(report.contents_checked);
    assert_eq!(report.files_checked, manifest.files.len() + 4);

    let cases = index["files"].as_array().expect("file cases");
    assert!(cases.iter().any(|c| c["sha256_matches"] == false));
    for c in cases {
        let name = c["name"].as_str().expect("name");
        let path = c["path"].as_str().expect("path");
        let data = BASE64
            .decode(c["content_base64"].as_str().expect("content"))
            .expect("base64");
        let listed = manifest
            .files
            .iter()
            .find(|f| f.path == path)
            .expect("listed");
        assert_eq!(c["expected_sha256"], listed.sha256, "{name}");
        assert_eq!(c["expected_size"], listed.size, "{name}");
        let actual = sha256_hex(&data);
        assert_eq!(c["sha256"], actual, "{name}");
        assert_eq!(
            c["sha256_matches"].as_bool(),
            Some(actual == listed.sha256),
            "{name}"
        );
        assert_eq!(
            c["size_matches"].as_bool(),
            Some(data.len() as u64 == listed.size),
            "{name}"
        );
        // And `check` on the genuine bundle holding these bytes at `path` says the same.
        let dir = tempfile::tempdir().expect("temp dir");
        copy_bundle(dir.path());
        std::fs::write(dir.path().join(path), &data).expect("write");
        let report = check_dir(dir.path());
        let found: Vec<(String, String)> = report
            .problems
            .iter()
            .map(|p| (p.path.clone(), format!("{:?}", p.kind)))
            .collect();
        let wanted: Vec<(String, String)> = c["problem"]
            .as_str()
            .map(|kind| (path.to_string(), kind.to_string()))
            .into_iter()
            .collect();
        assert_eq!(found, wanted, "{name}");
        assert_eq!(report.genuine, wanted.is_empty(), "{name}");
    }
}

#[test]
fn sha256sums_follows_from_the_manifest() {
    let index = cases();
    let key = test_public_key();
    for c in index["sums"].as_array().expect("sums cases") {
        let manifest_bytes = read(c["manifest"].as_str().expect("manifest"));
        let expected = read(c["sums"].as_str().expect("sums"));
        let m = Manifest::parse(&manifest_bytes).expect("the manifest");
        let manifest_sha = sha256_hex(&manifest_bytes);
        let derived = sums_text(
            m.files
                .iter()
                .map(|f| (f.path.as_str(), f.sha256.as_str()))
                .chain([(MANIFEST, manifest_sha.as_str())]),
        );
        assert_eq!(derived.as_bytes(), &expected[..]);
        let listed = parse_sums(std::str::from_utf8(&expected).expect("UTF-8")).expect("parses");
        assert_eq!(listed.len(), m.files.len() + 1);
        assert!(listed.contains(&(MANIFEST.to_string(), manifest_sha.clone())));
        // Its signature: by the key, with the manifest's trusted comment for SHA256SUMS.
        let sig =
            String::from_utf8(read(c["signature"].as_str().expect("signature"))).expect("UTF-8");
        let comment = signing::verify(&key, &sig, &expected).expect("a valid signature");
        assert_eq!(comment, m.trusted_comment(SUMS).to_string());
        assert_eq!(c["trusted_comment"], comment);
    }
}

#[test]
fn canonical_json() {
    let index = cases();
    for c in index["canonical"].as_array().expect("canonical cases") {
        let input = read(c["input"].as_str().expect("input"));
        let canonical = read(c["canonical"].as_str().expect("canonical"));
        let m = Manifest::parse(&input).expect("parses");
        assert_eq!(
            String::from_utf8_lossy(&m.to_canonical_json()),
            String::from_utf8_lossy(&canonical),
            "{}",
            c["name"]
        );
        // The canonical form is a fixed point.
        let again = Manifest::parse(&canonical).expect("parses");
        assert_eq!(again.to_canonical_json(), canonical);
    }
}

#[test]
fn key_ids() {
    let index = cases();
    let ids = index["key_ids"].as_array().expect("key ids");
    assert_eq!(ids.len(), 2);
    for k in ids {
        let line = k["public_key"].as_str().expect("public key");
        let id = k["key_id"].as_str().expect("key id");
        let key = PublicKey::parse(line).expect("a public key");
        assert_eq!(key.key_id(), id);
        // Formed from the 8 key-number bytes after "Ed", read as a little-endian integer.
        let bytes = BASE64.decode(line).expect("base64");
        assert_eq!(bytes.len(), 42);
        assert_eq!(&bytes[..2], b"Ed");
        let keynum = u64::from_le_bytes(bytes[2..10].try_into().expect("8 bytes"));
        assert_eq!(format!("{keynum:016X}"), id);
        // The .pub file names it too.
        let file =
            String::from_utf8(read(k["public_key_file"].as_str().expect("file"))).expect("UTF-8");
        assert_eq!(
            file,
            format!("untrusted comment: minisign public key {id}\n{line}\n")
        );
    }
}

/// A stock `minisign`, on PATH or where `scripts/setup` caches tools.
fn stock_minisign() -> Option<PathBuf> {
    let cache = test_cache();
    std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())
        .map(|d| d.join("minisign"))
        .chain([cache.join("minisign"), cache.join("bin/minisign")])
        .find(|p| p.is_file())
}

fn minisign_verify(minisign: &Path, file: &str, signature: &str, extra: &[&str]) -> (bool, String) {
    let dir = vectors_dir();
    let out = std::process::Command::new(minisign)
        .arg("-V")
        .args(extra)
        .args(["-p"])
        .arg(dir.join("keys/test.pub"))
        .arg("-m")
        .arg(dir.join(file))
        .arg("-x")
        .arg(dir.join(signature))
        .output()
        .expect("run minisign");
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr),
    )
}

#[test]
fn stock_minisign_agrees() {
    let Some(minisign) = stock_minisign() else {
        eprintln!(
            "SKIPPED stock_minisign_agrees: no `minisign` on PATH or in {}; run scripts/setup to check the vectors against it",
            test_cache().display()
        );
        return;
    };
    let index = cases();
    let case = |name: &str| {
        index["acceptance"]
            .as_array()
            .expect("cases")
            .iter()
            .find(|c| c["name"] == name)
            .unwrap_or_else(|| panic!("no case {name}"))
            .clone()
    };
    let files = |name: &str| {
        let c = case(name);
        (
            c["manifest"].as_str().expect("manifest").to_string(),
            c["signature"].as_str().expect("signature").to_string(),
        )
    };
    let (m, s) = files("genuine");
    let (ok, said) = minisign_verify(&minisign, &m, &s, &["-H"]);
    assert!(ok, "minisign -V -H rejects the genuine manifest: {said}");
    assert!(
        said.contains(&format!(
            "Trusted comment: mirrorcast site:{SITE} release:7 expires:{EXPIRES} file:manifest.json"
        )),
        "{said}"
    );
    let (ok, said) = minisign_verify(
        &minisign,
        "bundle/SHA256SUMS",
        "bundle/SHA256SUMS.minisig",
        &["-H"],
    );
    assert!(ok, "minisign -V -H rejects SHA256SUMS: {said}");
    assert!(said.contains("file:SHA256SUMS"), "{said}");
    // The legacy vector is a real legacy signature: stock minisign takes it unless told to
    // require prehashing (-H), as mirrorcast always does.
    let (m, s) = files("legacy-signature");
    let (ok, said) = minisign_verify(&minisign, &m, &s, &[]);
    assert!(ok, "minisign -V rejects the legacy vector: {said}");
    let (ok, _) = minisign_verify(&minisign, &m, &s, &["-H"]);
    assert!(!ok, "minisign -V -H takes a legacy signature");
    // And what must fail fails for minisign too.
    for name in [
        "manifest-byte-changed",
        "signed-by-another-key",
        "another-key-with-our-key-id",
        "trusted-comment-edited",
    ] {
        let (m, s) = files(name);
        let (ok, said) = minisign_verify(&minisign, &m, &s, &[]);
        assert!(!ok, "minisign -V takes {name}: {said}");
    }
}
