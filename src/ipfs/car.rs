//! CAR v1 export: the bundle's blocks in one file any IPFS tool can import (`ipfs dag import`,
//! `ipfs-car unpack`, Pinning services, the trustless gateway format).
//!
//! The file is streamed: blocks go to disk as the DAG builder makes them, so memory does not grow
//! with the bundle. The header names the root, which is known only at the end; it has a fixed
//! size for a given CID version, so it is written with a placeholder root and patched in place,
//! as `ipfs-car` does. The file is written under a temporary name and renamed when complete.

use std::fs::File;
use std::io::{Seek as _, SeekFrom, Write as _};
use std::path::Path;

use cid::Cid;

use super::unixfs::{self, BlockSink, CidProfile, DagSummary};
use crate::error::{IoContext as _, Result};
use crate::progress::Progress;
use crate::write_behind::WriteBehind;

/// What was written.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct CarSummary {
    #[serde(flatten)]
    pub dag: DagSummary,
    /// Size of the CAR file.
    pub car_bytes: u64,
}

/// A bundle's DAG, computed once: its CAR on disk and every block's CID. `publish` hands it to
/// pinning (the CAR uploaded), and to verify (gateways' blocks checked against these CIDs), so
/// the bundle is read for IPFS once.
pub struct Prepared {
    pub summary: CarSummary,
    /// Where the CAR is.
    pub car: std::path::PathBuf,
    /// Every block of the DAG.
    pub blocks: std::collections::HashSet<Cid>,
}

/// [`export`], keeping every block's CID too.
pub fn prepare(
    dir: &Path,
    out: &Path,
    profile: CidProfile,
    progress: &dyn Progress,
) -> Result<Prepared> {
    let mut blocks = CidSet::default();
    let summary = export_to(dir, out, profile, progress, Some(&mut blocks))?;
    Ok(Prepared {
        summary,
        car: out.to_path_buf(),
        blocks: blocks.0,
    })
}

/// Collects the CIDs of the blocks it is given, not the blocks.
#[derive(Default)]
pub struct CidSet(pub std::collections::HashSet<Cid>);

impl BlockSink for CidSet {
    fn put(&mut self, cid: &Cid, _: &[u8]) -> Result<()> {
        self.0.insert(*cid);
        Ok(())
    }

    fn wants_blocks(&self) -> bool {
        false
    }
}

/// Hands every block to both sinks.
struct Both<'a>(&'a mut dyn BlockSink, &'a mut dyn BlockSink);

impl BlockSink for Both<'_> {
    fn put(&mut self, cid: &Cid, block: &[u8]) -> Result<()> {
        self.0.put(cid, block)?;
        self.1.put(cid, block)
    }

    fn wants_blocks(&self) -> bool {
        self.0.wants_blocks() || self.1.wants_blocks()
    }
}

/// Write the DAG of `dir` as a CAR v1 file at `out`.
pub fn export(
    dir: &Path,
    out: &Path,
    profile: CidProfile,
    progress: &dyn Progress,
) -> Result<CarSummary> {
    export_to(dir, out, profile, progress, None)
}

fn export_to(
    dir: &Path,
    out: &Path,
    profile: CidProfile,
    progress: &dyn Progress,
    also: Option<&mut dyn BlockSink>,
) -> Result<CarSummary> {
    let parent = crate::safe_fs::parent_or_dot(out);
    // Readers elsewhere (a web server) need to read it whatever the umask.
    let temp = tempfile::Builder::new()
        .prefix(".mirrorcast-car-")
        .tempfile_in(parent)
        .at(parent)?;
    crate::safe_fs::set_mode(temp.as_file(), 0o644).at(temp.path())?;
    let (file, temp_path) = temp.into_parts();
    let mut writer = CarWriter::new(file, placeholder(profile), &temp_path).at(&temp_path)?;
    let dag = match also {
        Some(also) => unixfs::build(dir, profile, &mut Both(&mut writer, also), progress)?,
        None => unixfs::build(dir, profile, &mut writer, progress)?,
    };
    let car_bytes = writer.finish(&dag.root).at(&temp_path)?;
    temp_path
        .persist(out)
        .map_err(|e| crate::error::Error::io(out, e.error))?;
    Ok(CarSummary { dag, car_bytes })
}

/// A root of the right length for the header: a directory root is DAG-PB in the profile's CID
/// version, and a single-file root (raw in CIDv1) has the same length in each version.
fn placeholder(profile: CidProfile) -> Cid {
    let hash = multihash::Multihash::<64>::wrap(0x12, &[0; 32]).expect("32 bytes fit in 64");
    match profile {
        CidProfile::Legacy => Cid::new_v0(hash).expect("sha2-256"),
        CidProfile::UnixfsV1_2025 => Cid::new_v1(0x70, hash),
    }
}

/// Streams CAR v1 sections to a file, written on a thread of its own while the next blocks are
/// hashed.
pub struct CarWriter {
    out: WriteBehind,
    /// For errors: the file being written.
    path: std::path::PathBuf,
    header_len: usize,
    bytes: u64,
}

impl CarWriter {
    pub fn new(file: File, root: Cid, path: &Path) -> std::io::Result<Self> {
        let mut out = WriteBehind::new(file);
        let header = header(&root);
        out.write_all(&header)?;
        Ok(CarWriter {
            out,
            path: path.to_path_buf(),
            header_len: header.len(),
            bytes: header.len() as u64,
        })
    }

    /// Write the real root into the header and flush everything to disk. The file's size.
    pub fn finish(self, root: &Cid) -> std::io::Result<u64> {
        let header = header(root);
        if header.len() != self.header_len {
            return Err(std::io::Error::other(
                "the root CID's length differs from the placeholder's",
            ));
        }
        let mut file = self.out.finish()?;
        file.seek(SeekFrom::Start(0))?;
        file.write_all(&header)?;
        // No fsync: a CAR is derived from the bundle and made again in a second, and waiting
        // for a gigabyte to reach the disk would double the export's time. The temporary name
        // and the rename still mean an interrupted export never leaves a partial file behind.
        Ok(self.bytes)
    }
}

impl BlockSink for CarWriter {
    fn put(&mut self, cid: &Cid, block: &[u8]) -> Result<()> {
        let cid = cid.to_bytes();
        let mut len = unsigned_varint::encode::u64_buffer();
        let len = unsigned_varint::encode::u64((cid.len() + block.len()) as u64, &mut len);
        self.out
            .write_all(len)
            .and_then(|()| self.out.write_all(&cid))
            .and_then(|()| self.out.write_all(block))
            .at(&self.path)?;
        self.bytes += (len.len() + cid.len() + block.len()) as u64;
        Ok(())
    }
}

/// The varint-prefixed DAG-CBOR header `{"roots": [root], "version": 1}`. It is one fixed shape,
/// so it is written out byte by byte (keys in DAG-CBOR's length-first order; the CID as tag 42
/// over a byte string with the identity-multibase 0x00 prefix).
fn header(root: &Cid) -> Vec<u8> {
    let cid = root.to_bytes();
    let mut cbor = Vec::with_capacity(cid.len() + 24);
    cbor.push(0xa2); // map of 2
    cbor.push(0x65); // text of 5
    cbor.extend_from_slice(b"roots");
    cbor.push(0x81); // array of 1
    cbor.extend_from_slice(&[0xd8, 42]); // tag 42: CID
    cbor.push(0x58); // bytes, one-byte length
    cbor.push(u8::try_from(cid.len() + 1).expect("a CID is short"));
    cbor.push(0x00);
    cbor.extend_from_slice(&cid);
    cbor.push(0x67); // text of 7
    cbor.extend_from_slice(b"version");
    cbor.push(0x01);
    let mut len = unsigned_varint::encode::u64_buffer();
    let mut out = unsigned_varint::encode::u64(cbor.len() as u64, &mut len).to_vec();
    out.extend_from_slice(&cbor);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_matches_ipld_car() {
        // The empty directory's CID; bytes as @ipld/car writes them.
        let root: Cid = "bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"
            .parse()
            .expect("cid");
        let h = header(&root);
        assert_eq!(h[0] as usize, h.len() - 1);
        assert_eq!(&h[1..8], &[0xa2, 0x65, b'r', b'o', b'o', b't', b's']);
        assert_eq!(&h[h.len() - 9..], b"\x67version\x01");
    }
}
