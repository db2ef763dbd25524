//! minisign keys and signatures.
//!
//! Key files, key encryption (scrypt) and verification come from the `minisign` crate, so the
//! formats are exactly the ones the stock `minisign` tool reads and writes. Signing is done here
//! with `ed25519-dalek` because the crate signs with random noise (hedged Ed25519): two builds of
//! the same content would then differ in their signature files, and our bundles must be
//! byte-identical. Plain RFC 8032 Ed25519 is deterministic, and the result is the same minisign
//! format ("ED": Ed25519 over the BLAKE2b-512 of the file, plus a signature over the trusted
//! comment), which the tests check with Debian's `minisign -V`.

use std::fmt;
use std::io::Cursor;
use std::path::Path;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use blake2::{Blake2b512, Digest as _};
use ed25519_dalek::Signer as _;

use crate::error::{Error, IoContext, Result};

/// The largest key or signature file we read; real ones are a few hundred bytes.
const MAX_KEY_FILE: u64 = 64 * 1024;

/// A password or other secret text: never shown by `Debug` or `Display`.
#[derive(Clone)]
pub struct Secret(String);

impl Secret {
    pub fn new(s: String) -> Self {
        Secret(s)
    }
    pub fn expose(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("(redacted)")
    }
}

/// A minisign public key.
#[derive(Clone)]
pub struct PublicKey {
    inner: minisign::PublicKey,
    keynum: [u8; 8],
}

impl fmt::Debug for PublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "PublicKey({})", self.key_id())
    }
}

impl PartialEq for PublicKey {
    fn eq(&self, other: &Self) -> bool {
        self.to_base64() == other.to_base64()
    }
}

impl PublicKey {
    /// Parse a key given as its base64 line (`RW…`) or as the whole `.pub` file.
    pub fn parse(text: &str) -> Result<Self> {
        let line = text
            .lines()
            .map(str::trim)
            .rfind(|l| !l.is_empty() && !l.starts_with("untrusted comment:"))
            .unwrap_or_default();
        let inner = minisign::PublicKey::from_base64(line).map_err(|_| {
            Error::Key(
                "not a minisign public key; expected a line such as RWQ… (56 characters), as printed by `mirrorcast keygen`"
                    .into(),
            )
        })?;
        let bytes = inner.to_bytes();
        let keynum = bytes[2..10]
            .try_into()
            .expect("a public key holds a key id");
        Ok(PublicKey { inner, keynum })
    }

    /// Read a `.pub` file.
    pub fn from_file(path: &Path) -> Result<Self> {
        let text = read_small(path)?;
        // The easy mistake: both halves lie side by side, and the secret one must not travel.
        if text
            .lines()
            .next()
            .is_some_and(|l| l.starts_with("untrusted comment:") && l.contains("secret key"))
        {
            return Err(Error::Key(format!(
                "{}: this is a SECRET key; give the public key instead (the .pub file beside \
                 it, or the `RW…` line on the site's \"Other copies\" page), and never copy the \
                 secret key to a mirror",
                crate::text::path(path)
            )));
        }
        Self::parse(&text).map_err(|e| Error::Key(format!("{}: {e}", path.display())))
    }

    /// The key id as minisign prints it: 16 upper-case hex digits.
    pub fn key_id(&self) -> String {
        key_id(&self.keynum)
    }

    /// The one-line form, `RW…`.
    pub fn to_base64(&self) -> String {
        self.inner.to_base64()
    }

    /// The contents of a `.pub` file, as `minisign -G` writes it.
    pub fn to_file_contents(&self) -> String {
        format!(
            "untrusted comment: minisign public key {}\n{}\n",
            self.key_id(),
            self.to_base64()
        )
    }
}

fn key_id(keynum: &[u8; 8]) -> String {
    format!("{:016X}", u64::from_le_bytes(*keynum))
}

/// A decrypted minisign secret key. Its `Debug` never shows key material.
pub struct SecretKey {
    signing: ed25519_dalek::SigningKey,
    keynum: [u8; 8],
}

impl fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "SecretKey({}, redacted)", key_id(&self.keynum))
    }
}

/// Whether the secret key file at `path` is password-protected.
pub fn secret_key_is_encrypted(path: &Path) -> Result<bool> {
    Ok(parse_secret_box(path)?.1.is_encrypted())
}

fn parse_secret_box(path: &Path) -> Result<(minisign::SecretKeyBox, minisign::SecretKey)> {
    let text = read_small(path)?;
    let bad = || {
        Error::Key(format!(
            "{}: not a minisign secret key; create one with `mirrorcast keygen`",
            path.display()
        ))
    };
    let line = text.lines().nth(1).ok_or_else(bad)?.trim();
    let bytes = BASE64.decode(line).map_err(|_| bad())?;
    let sk = minisign::SecretKey::from_bytes(&bytes).map_err(|_| bad())?;
    Ok((
        minisign::SecretKeyBox::from_string(&text).map_err(|_| bad())?,
        sk,
    ))
}

impl SecretKey {
    /// Load a secret key file, decrypting it with `password` when it is encrypted.
    pub fn load(path: &Path, password: Option<&Secret>) -> Result<Self> {
        let (secret_box, parsed) = parse_secret_box(path)?;
        let key = if parsed.is_encrypted() {
            let password = password.ok_or_else(|| {
                Error::Key(format!(
                    "{}: the secret key is encrypted; set MIRRORCAST_KEY_PASSWORD or run on a terminal to be asked",
                    path.display()
                ))
            })?;
            minisign::SecretKey::from_box(secret_box, Some(password.expose().to_string())).map_err(
                |_| {
                    Error::Key(format!(
                        "{}: wrong password for this secret key",
                        path.display()
                    ))
                },
            )?
        } else {
            parsed
        };
        // Layout of a minisign secret key (after decryption): sig_alg(2) kdf_alg(2) chk_alg(2)
        // salt(32) opslimit(8) memlimit(8) keynum(8) ed25519 seed+public key(64) checksum(32).
        let bytes = key.to_bytes();
        let corrupt = || Error::Key(format!("{}: corrupted secret key", path.display()));
        let keynum: [u8; 8] = bytes
            .get(54..62)
            .ok_or_else(corrupt)?
            .try_into()
            .map_err(|_| corrupt())?;
        let pair: [u8; 64] = bytes
            .get(62..126)
            .ok_or_else(corrupt)?
            .try_into()
            .map_err(|_| corrupt())?;
        let signing =
            ed25519_dalek::SigningKey::from_keypair_bytes(&pair).map_err(|_| corrupt())?;
        Ok(SecretKey { signing, keynum })
    }

    pub fn key_id(&self) -> String {
        key_id(&self.keynum)
    }

    pub fn public_key(&self) -> PublicKey {
        let mut bytes = Vec::with_capacity(42);
        bytes.extend_from_slice(b"Ed");
        bytes.extend_from_slice(&self.keynum);
        bytes.extend_from_slice(self.signing.verifying_key().as_bytes());
        let inner = minisign::PublicKey::from_bytes(&bytes).expect("a well-formed public key");
        PublicKey {
            inner,
            keynum: self.keynum,
        }
    }

    /// A `.minisig` file for `data`, deterministic for a given key, data and comments.
    pub fn sign(&self, data: &[u8], trusted_comment: &str, untrusted_comment: &str) -> String {
        let prehash = Blake2b512::digest(data);
        let signature = self.signing.sign(&prehash).to_bytes();
        let mut sig_line = Vec::with_capacity(74);
        sig_line.extend_from_slice(b"ED");
        sig_line.extend_from_slice(&self.keynum);
        sig_line.extend_from_slice(&signature);
        let mut global = Vec::with_capacity(64 + trusted_comment.len());
        global.extend_from_slice(&signature);
        global.extend_from_slice(trusted_comment.as_bytes());
        let global_sig = self.signing.sign(&global).to_bytes();
        format!(
            "untrusted comment: {untrusted_comment}\n{}\ntrusted comment: {trusted_comment}\n{}\n",
            BASE64.encode(sig_line),
            BASE64.encode(global_sig)
        )
    }
}

/// A freshly generated key pair, as file contents.
pub struct GeneratedKey {
    pub secret_file: Secret,
    pub public: PublicKey,
}

/// Generate a key pair; the secret key is encrypted with `password` when one is given.
pub fn generate(password: Option<&Secret>) -> Result<GeneratedKey> {
    let failed = |e: minisign::PError| Error::Key(format!("could not generate a key pair: {e}"));
    let pair = match password {
        Some(p) => minisign::KeyPair::generate_encrypted_keypair(Some(p.expose().to_string())),
        None => minisign::KeyPair::generate_unencrypted_keypair(),
    }
    .map_err(failed)?;
    let comment = if password.is_some() {
        "mirrorcast encrypted secret key"
    } else {
        "mirrorcast UNENCRYPTED secret key"
    };
    let secret_file = pair.sk.to_box(Some(comment)).map_err(failed)?.into_string();
    let public = PublicKey::parse(&pair.pk.to_base64())?;
    Ok(GeneratedKey {
        secret_file: Secret(secret_file),
        public,
    })
}

/// Why a signature was not accepted.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SignatureProblem {
    Malformed,
    WrongKey { signed_by: String, expected: String },
    Invalid,
}

impl fmt::Display for SignatureProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SignatureProblem::Malformed => f.write_str("not a minisign signature"),
            SignatureProblem::WrongKey {
                signed_by,
                expected,
            } => write!(
                f,
                "signed by key {signed_by}, not by the publisher key {expected}"
            ),
            SignatureProblem::Invalid => f.write_str("the signature does not match the file"),
        }
    }
}

/// Check a `.minisig` text against `data`; on success return the trusted comment.
pub fn verify(
    key: &PublicKey,
    signature: &str,
    data: &[u8],
) -> std::result::Result<String, SignatureProblem> {
    // The minisign crate slices the decoded signatures without checking their lengths and
    // panics on short ones; a hostile mirror must only ever get "malformed" out of us.
    let lines: Vec<&str> = signature.lines().collect();
    let decoded_len = |line: Option<&&str>| {
        line.and_then(|l| BASE64.decode(l.trim()).ok())
            .map(|b| b.len())
    };
    if decoded_len(lines.get(1)) != Some(74) || decoded_len(lines.get(3)) != Some(64) {
        return Err(SignatureProblem::Malformed);
    }
    let sig =
        minisign::SignatureBox::from_string(signature).map_err(|_| SignatureProblem::Malformed)?;
    let keynum: [u8; 8] = sig
        .keynum()
        .try_into()
        .map_err(|_| SignatureProblem::Malformed)?;
    if keynum != key.keynum {
        return Err(SignatureProblem::WrongKey {
            signed_by: key_id(&keynum),
            expected: key.key_id(),
        });
    }
    minisign::verify(&key.inner, &sig, Cursor::new(data), true, false, false)
        .map_err(|_| SignatureProblem::Invalid)?;
    sig.trusted_comment()
        .map_err(|_| SignatureProblem::Malformed)
}

/// The key id a signature claims to be made with, if it parses.
pub fn signature_key_id(signature: &str) -> Option<String> {
    let sig = minisign::SignatureBox::from_string(signature).ok()?;
    Some(key_id(sig.keynum().try_into().ok()?))
}

/// Read a small text file (key or signature), refusing anything implausibly large.
pub(crate) fn read_small(path: &Path) -> Result<String> {
    use std::io::Read as _;
    let file = std::fs::File::open(path).at(path)?;
    let mut text = String::new();
    file.take(MAX_KEY_FILE + 1)
        .read_to_string(&mut text)
        .map_err(|_| Error::Key(format!("{}: not a text file", path.display())))?;
    if text.len() as u64 > MAX_KEY_FILE {
        return Err(Error::Key(format!(
            "{}: larger than any key or signature file ({MAX_KEY_FILE} bytes)",
            path.display()
        )));
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A new unencrypted key pair, loaded back from its file as `bundle` would.
    fn fresh_key() -> (SecretKey, GeneratedKey) {
        let dir = tempfile::tempdir().unwrap();
        let generated = generate(None).unwrap();
        let path = dir.path().join("k.key");
        std::fs::write(&path, generated.secret_file.expose()).unwrap();
        (SecretKey::load(&path, None).unwrap(), generated)
    }

    #[test]
    fn sign_is_deterministic_and_verifies() {
        let (key, generated) = fresh_key();
        assert_eq!(key.public_key(), generated.public);
        let a = key.sign(b"hello", "release:1", "x");
        let b = key.sign(b"hello", "release:1", "x");
        assert_eq!(a, b);
        assert_eq!(
            verify(&generated.public, &a, b"hello").unwrap(),
            "release:1"
        );
        assert_eq!(
            verify(&generated.public, &a, b"hellO"),
            Err(SignatureProblem::Invalid)
        );
        let other = generate(None).unwrap().public;
        assert!(matches!(
            verify(&other, &a, b"hello"),
            Err(SignatureProblem::WrongKey { .. })
        ));
    }

    #[test]
    fn malformed_signatures_are_rejected_not_panicked_on() {
        let (key, generated) = fresh_key();
        let good = key.sign(b"data", "c", "u");
        let lines: Vec<&str> = good.lines().collect();
        let variants = [
            String::new(),
            "untrusted comment: x\n".into(),
            format!("{}\n{}\n{}\n\n", lines[0], lines[1], lines[2]),
            format!("{}\n{}\n{}\nAAAA\n", lines[0], lines[1], lines[2]),
            format!("{}\nAAAA\n{}\n{}\n", lines[0], lines[2], lines[3]),
            format!("{}\n{}\ntrusted\n{}\n", lines[0], lines[1], lines[3]),
            format!("{}\n{}\n{}\n{}!!\n", lines[0], lines[1], lines[2], lines[3]),
        ];
        for v in &variants {
            assert!(verify(&generated.public, v, b"data").is_err(), "{v:?}");
        }
        assert!(verify(&generated.public, &good, b"data").is_ok());
    }

    #[test]
    fn encrypted_key_needs_the_password() {
        let dir = tempfile::tempdir().unwrap();
        let pw = Secret::new("correct horse".into());
        let generated = generate(Some(&pw)).unwrap();
        let path = dir.path().join("k.key");
        std::fs::write(&path, generated.secret_file.expose()).unwrap();
        assert!(secret_key_is_encrypted(&path).unwrap());
        let e = SecretKey::load(&path, None).unwrap_err().to_string();
        assert!(e.contains("encrypted"), "{e}");
        let e = SecretKey::load(&path, Some(&Secret::new("wrong".into())))
            .unwrap_err()
            .to_string();
        assert!(e.contains("wrong password"), "{e}");
        assert!(!e.contains("wrong\""), "{e}");
        let key = SecretKey::load(&path, Some(&pw)).unwrap();
        assert_eq!(key.public_key(), generated.public);
        assert!(!format!("{key:?}").contains(&generated.public.to_base64()));
    }
}
