//! SHA-256 of files, streamed.
//!
//! `sha2` picks the CPU's SHA instructions at run time where they exist, which is what makes it
//! as fast as `openssl dgst -sha256`; reads are large so the hashing, not the syscalls, dominates.

use std::io::{Read, Write};
use std::path::Path;

use sha2::{Digest as _, Sha256};

use crate::error::{Error, IoContext, Result};
use crate::progress::Progress;
use crate::write_behind::WriteBehind;

const BUF: usize = 1 << 20;

/// Lower-case hex, as `sha256sum` prints it.
pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(DIGITS[usize::from(b >> 4)] as char);
        s.push(DIGITS[usize::from(b & 15)] as char);
    }
    s
}

pub fn sha256_hex(data: &[u8]) -> String {
    hex(&sha256(data))
}

pub fn sha256(data: &[u8]) -> [u8; 32] {
    Sha256::digest(data).into()
}

/// The 32 bytes a 64-digit lower-case hex SHA-256 stands for.
pub fn digest_of_hex(hex: &str) -> Option<[u8; 32]> {
    let bytes = hex.as_bytes();
    if bytes.len() != 64 {
        return None;
    }
    let digit = |b: u8| (b as char).to_digit(16).map(|d| d as u8);
    let mut out = [0u8; 32];
    for (i, pair) in bytes.chunks_exact(2).enumerate() {
        out[i] = digit(pair[0])? << 4 | digit(pair[1])?;
    }
    Some(out)
}

/// Read `reader` to the end in large blocks, hashing each block and handing it to `sink`.
fn pump(
    mut reader: impl Read,
    mut sink: impl FnMut(&[u8]) -> std::io::Result<()>,
) -> std::io::Result<(u64, String)> {
    let mut hasher = Sha256::new();
    let mut buf = vec![0u8; BUF];
    let mut size = 0u64;
    loop {
        let n = match reader.read(&mut buf) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        hasher.update(&buf[..n]);
        sink(&buf[..n])?;
        size += n as u64;
    }
    Ok((size, hex(&hasher.finalize())))
}

/// Size and SHA-256 of everything `reader` yields.
pub fn sha256_reader(reader: impl Read, progress: &dyn Progress) -> std::io::Result<(u64, String)> {
    pump(reader, |block| {
        progress.advance(block.len() as u64);
        Ok(())
    })
}

/// A writer that hashes what passes through it.
pub struct HashingWriter<W> {
    inner: W,
    hasher: Sha256,
    size: u64,
}

impl<W: Write> HashingWriter<W> {
    pub fn new(inner: W) -> Self {
        HashingWriter {
            inner,
            hasher: Sha256::new(),
            size: 0,
        }
    }

    /// The writer back, the size written and its SHA-256.
    pub fn finish(self) -> (W, u64, String) {
        (self.inner, self.size, hex(&self.hasher.finalize()))
    }
}

impl<W: Write> Write for HashingWriter<W> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        let n = self.inner.write(buf)?;
        self.hasher.update(&buf[..n]);
        self.size += n as u64;
        Ok(n)
    }

    fn flush(&mut self) -> std::io::Result<()> {
        self.inner.flush()
    }
}

/// A file copied: its size, SHA-256, and the SHA-256 of each chunk when asked for.
pub struct Copied {
    pub size: u64,
    pub sha256: String,
    pub chunks: Vec<[u8; 32]>,
}

/// Copy the open file `src` (`from` names it in messages) to `to` and hash the bytes on the
/// way, in one read of the source; with `chunk`, the writer thread hashes each chunk too (an
/// IPFS file's leaves). Writing runs on its own thread, so hashing and writing overlap: a large
/// attachment costs about the longer of the two instead of their sum.
pub fn copy_and_hash(
    src: std::fs::File,
    from: &Path,
    to: &Path,
    chunk: Option<usize>,
    progress: &dyn Progress,
) -> Result<Copied> {
    let dst = std::fs::File::create(to).at(to)?;
    let mut writer = WriteBehind::hashing_chunks(dst, chunk);
    let mut write_failed = false;
    let read = pump(src, |block| {
        progress.advance(block.len() as u64);
        writer.write_all(block).inspect_err(|_| write_failed = true)
    });
    match (read, writer.finish_with_chunks()) {
        (Ok((size, sha256)), Ok((_, chunks))) => Ok(Copied {
            size,
            sha256,
            chunks,
        }),
        (Err(e), _) if write_failed => Err(Error::io(to, e)),
        (Err(e), _) => Err(Error::io(from, e)),
        (Ok(_), Err(e)) => Err(Error::io(to, e)),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn known_vector() {
        let hex = super::sha256_hex(b"hello world\n");
        assert_eq!(
            hex,
            "a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447"
        );
        assert_eq!(
            super::digest_of_hex(&hex),
            Some(super::sha256(b"hello world\n"))
        );
        assert_eq!(super::digest_of_hex("zz"), None);
    }
}
