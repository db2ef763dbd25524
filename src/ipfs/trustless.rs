//! Reading a trustless gateway's answers (CAR v1, `application/vnd.ipld.car`): every block is
//! hashed against its CID before it is used, and a file is found by walking its path from a
//! root CID we hold, block by block, so a gateway can withhold content but never change it.
//! `verify` compares the blocks with our own DAG; follow mode reads files out of them.
//!
//! Only what our bundles are made of is read: dag-pb directories and files, raw leaves, and
//! identity (inline) CIDs. A sharded (HAMT) directory is refused, as our bundles never have one.

use std::collections::HashMap;

use cid::Cid;

const RAW: u64 = 0x55;
const DAG_PB: u64 = 0x70;
const SHA2_256: u64 = 0x12;
const IDENTITY: u64 = 0x00;
/// UnixFS node types.
const UNIXFS_RAW: u64 = 0;
const UNIXFS_DIRECTORY: u64 = 1;
const UNIXFS_FILE: u64 = 2;
const UNIXFS_HAMT: u64 = 5;
/// The deepest file DAG followed (ours are two levels; a cycle cannot exist in hashes, but a
/// hostile DAG can be deep).
const MAX_DEPTH: usize = 64;

/// Whether `data` hashes to `cid`'s multihash; `Err(code)` for a hash we do not compute.
pub fn digest_matches(cid: &Cid, data: &[u8]) -> Result<bool, u64> {
    use sha2::Digest as _;
    let hash = cid.hash();
    match hash.code() {
        SHA2_256 => Ok(hash.digest() == sha2::Sha256::digest(data).as_slice()),
        IDENTITY => Ok(hash.digest() == data),
        code => Err(code),
    }
}

/// Walk the sections of a CAR v1: `each(cid, data)` per block. `Err(offset)` where it is
/// malformed. Returns the header's bytes.
pub fn sections(car: &[u8], mut each: impl FnMut(&Cid, &[u8])) -> Result<&[u8], usize> {
    let (header_len, rest) = unsigned_varint::decode::u64(car).map_err(|_| 0usize)?;
    let start = car.len() - rest.len();
    let end = start
        .checked_add(usize::try_from(header_len).map_err(|_| start)?)
        .filter(|&end| end <= car.len())
        .ok_or(start)?;
    let header = &car[start..end];
    let mut at = end;
    while at < car.len() {
        let (len, rest) = unsigned_varint::decode::u64(&car[at..]).map_err(|_| at)?;
        let start = car.len() - rest.len();
        let end = start
            .checked_add(usize::try_from(len).map_err(|_| at)?)
            .filter(|&end| end <= car.len())
            .ok_or(at)?;
        let mut section = std::io::Cursor::new(&car[start..end]);
        let cid = Cid::read_bytes(&mut section).map_err(|_| start)?;
        let data = &car[start + section.position() as usize..end];
        each(&cid, data);
        at = end;
    }
    Ok(header)
}

/// The roots a CAR v1 header names: its dag-cbor `roots`, CIDs under tag 42.
fn header_roots(header: &[u8]) -> Vec<Cid> {
    let mut roots = Vec::new();
    let mut i = 0;
    while i + 3 < header.len() {
        // Tag 42, then a byte string (one-byte length: a CID is 36 to 40 bytes), then the
        // multibase identity prefix 0x00.
        if header[i] == 0xd8 && header[i + 1] == 0x2a && header[i + 2] == 0x58 {
            let len = header[i + 3] as usize;
            if let Some(bytes) = header.get(i + 4..i + 4 + len)
                && bytes.first() == Some(&0)
                && let Ok(cid) = Cid::try_from(&bytes[1..])
            {
                roots.push(cid);
            }
            i += 4 + len;
        } else {
            i += 1;
        }
    }
    roots
}

/// The blocks of a CAR, each checked against its CID.
pub struct Blocks {
    blocks: HashMap<Cid, Vec<u8>>,
    /// The roots its header names (untrusted: a hint, never a proof).
    pub roots: Vec<Cid>,
}

impl Blocks {
    /// Read a CAR; an error names the first block that is not what its CID says, or where the
    /// file is malformed.
    pub fn read(car: &[u8]) -> Result<Blocks, String> {
        let mut blocks = HashMap::new();
        let mut wrong = None;
        let header = sections(car, |cid, data| {
            if wrong.is_some() {
                return;
            }
            match digest_matches(cid, data) {
                Ok(true) => {
                    blocks.insert(*cid, data.to_vec());
                }
                Ok(false) => wrong = Some(format!("block {cid} does not match its CID")),
                Err(code) => {
                    wrong = Some(format!(
                        "block {cid} has a hash we do not check ({code:#x})"
                    ))
                }
            }
        })
        .map_err(|at| format!("not a CAR v1 (malformed at byte {at})"))?;
        // A dag-cbor map naming its version (the roots are read below, as hints).
        if !(header.first().is_some_and(|b| b >> 5 == 5)
            && header.windows(7).any(|w| w == b"version"))
        {
            return Err("not a CAR v1 (no header)".into());
        }
        if let Some(wrong) = wrong {
            return Err(wrong);
        }
        Ok(Blocks {
            blocks,
            roots: header_roots(header),
        })
    }

    fn get(&self, cid: &Cid) -> Result<std::borrow::Cow<'_, [u8]>, String> {
        if cid.hash().code() == IDENTITY {
            return Ok(cid.hash().digest().to_vec().into());
        }
        self.blocks
            .get(cid)
            .map(|b| b.as_slice().into())
            .ok_or_else(|| format!("block {cid} is missing from the answer"))
    }

    fn node(&self, cid: &Cid) -> Result<(ipld_dagpb::PbNode, u64, Vec<u8>), String> {
        if cid.codec() != DAG_PB {
            return Err(format!("{cid} is not a dag-pb node"));
        }
        let node = ipld_dagpb::PbNode::from_bytes(bytes::Bytes::copy_from_slice(&self.get(cid)?))
            .map_err(|e| format!("{cid}: not a dag-pb node ({e})"))?;
        let (kind, data) = unixfs_data(node.data.as_deref().unwrap_or_default())
            .ok_or_else(|| format!("{cid}: not a UnixFS node"))?;
        Ok((node, kind, data))
    }

    /// Whether `root` is a plain directory in the answer.
    pub fn is_directory(&self, root: &Cid) -> Result<(), String> {
        match self.node(root)? {
            (_, UNIXFS_DIRECTORY, _) => Ok(()),
            (_, UNIXFS_HAMT, _) => Err(format!(
                "{root} is a sharded directory, which our bundles never are"
            )),
            _ => Err(format!("{root} is not a directory")),
        }
    }

    /// The bytes of the file at `path` (a bundle path) below the directory `root`, never more
    /// than `cap`.
    pub fn file(&self, root: &Cid, path: &str, cap: u64) -> Result<Vec<u8>, String> {
        let mut cid = *root;
        for segment in path.split('/') {
            let (node, kind, _) = self.node(&cid)?;
            match kind {
                UNIXFS_DIRECTORY => {}
                UNIXFS_HAMT => {
                    return Err(format!(
                        "{cid} is a sharded directory, which our bundles never are"
                    ));
                }
                _ => return Err(format!("{cid} is not a directory, on the way to {path}")),
            }
            cid = node
                .links
                .iter()
                .find(|l| l.name.as_deref() == Some(segment))
                .map(|l| l.cid)
                .ok_or_else(|| format!("{path}: no {segment:?} in {cid}"))?;
        }
        let mut out = Vec::new();
        let mut walk = Walk {
            cap,
            // A genuine file's DAG has a node per chunk (256 KiB or more) and a few above
            // them; a hostile one can link the same empty node millions of times.
            budget: 4096 + cap / 1024,
            parsed: HashMap::new(),
        };
        self.append(&cid, &mut walk, 0, &mut out)?;
        Ok(out)
    }

    fn append(
        &self,
        cid: &Cid,
        walk: &mut Walk,
        depth: usize,
        out: &mut Vec<u8>,
    ) -> Result<(), String> {
        if depth > MAX_DEPTH {
            return Err(format!("{cid}: a file DAG deeper than {MAX_DEPTH}"));
        }
        if walk.budget == 0 {
            return Err(format!(
                "{cid}: more nodes than a file of {} bytes has",
                walk.cap
            ));
        }
        walk.budget -= 1;
        let cap = walk.cap;
        let room = |out: &Vec<u8>, more: usize| {
            if out.len() as u64 + more as u64 > cap {
                Err(format!("larger than the {cap} bytes signed"))
            } else {
                Ok(())
            }
        };
        match cid.codec() {
            RAW => {
                let data = self.get(cid)?;
                room(out, data.len())?;
                out.extend_from_slice(&data);
                Ok(())
            }
            DAG_PB => {
                let parsed = match walk.parsed.get(cid) {
                    Some(p) => p.clone(),
                    None => {
                        let (node, kind, data) = self.node(cid)?;
                        let links: Vec<Cid> = node.links.iter().map(|l| l.cid).collect();
                        let p = std::rc::Rc::new((kind, data, links));
                        walk.parsed.insert(*cid, p.clone());
                        p
                    }
                };
                let (kind, data, links) = &*parsed;
                if *kind != UNIXFS_FILE && *kind != UNIXFS_RAW {
                    return Err(format!("{cid} is not a file"));
                }
                room(out, data.len())?;
                out.extend_from_slice(data);
                for link in links {
                    self.append(link, walk, depth + 1, out)?;
                }
                Ok(())
            }
            codec => Err(format!("{cid}: codec {codec:#x}, not a file's")),
        }
    }
}

/// A file node once parsed: its UnixFS type, inline bytes and links.
type FileNode = std::rc::Rc<(u64, Vec<u8>, Vec<Cid>)>;

/// A file being read out of a DAG: its cap, the nodes still allowed, the nodes parsed.
struct Walk {
    cap: u64,
    budget: u64,
    parsed: HashMap<Cid, FileNode>,
}

/// The UnixFS `Data` message of a dag-pb node: its type and inline bytes.
fn unixfs_data(mut buf: &[u8]) -> Option<(u64, Vec<u8>)> {
    let (mut kind, mut data) = (None, Vec::new());
    while !buf.is_empty() {
        let (key, rest) = unsigned_varint::decode::u64(buf).ok()?;
        buf = rest;
        match (key >> 3, key & 7) {
            (field, 0) => {
                let (value, rest) = unsigned_varint::decode::u64(buf).ok()?;
                buf = rest;
                if field == 1 {
                    kind = Some(value);
                }
            }
            (field, 2) => {
                let (len, rest) = unsigned_varint::decode::u64(buf).ok()?;
                let len = usize::try_from(len).ok()?;
                let bytes = rest.get(..len)?;
                buf = &rest[len..];
                if field == 2 {
                    data = bytes.to_vec();
                }
            }
            (_, 1) => buf = buf.get(8..)?,
            (_, 5) => buf = buf.get(4..)?,
            _ => return None,
        }
    }
    Some((kind?, data))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Our own CAR of a folder: every file comes back out of it, by path, from the root.
    #[test]
    fn files_come_out_of_our_own_car() {
        let dir = tempfile::tempdir().unwrap();
        let site = dir.path().join("site");
        std::fs::create_dir_all(site.join("en")).unwrap();
        std::fs::write(site.join("en/index.html"), "<p>hello</p>").unwrap();
        // Larger than one chunk, so the file is a dag-pb node over raw leaves.
        let big: Vec<u8> = (0..2_500_000u32).map(|i| (i % 253) as u8).collect();
        std::fs::write(site.join("big.bin"), &big).unwrap();
        let car = dir.path().join("site.car");
        let summary = crate::ipfs::car::export(
            &site,
            &car,
            crate::ipfs::CidProfile::UnixfsV1_2025,
            &crate::progress::NoProgress,
        )
        .unwrap();
        let bytes = std::fs::read(&car).unwrap();
        let blocks = Blocks::read(&bytes).unwrap();
        let root = summary.dag.root;
        assert_eq!(blocks.roots, vec![root]);
        blocks.is_directory(&root).unwrap();
        assert_eq!(
            blocks.file(&root, "en/index.html", 100).unwrap(),
            b"<p>hello</p>"
        );
        assert_eq!(
            blocks.file(&root, "big.bin", big.len() as u64).unwrap(),
            big
        );
        assert!(blocks.file(&root, "big.bin", 1000).is_err());
        assert!(blocks.file(&root, "en/missing.html", 100).is_err());
        assert!(blocks.file(&root, "en", 100).is_err());

        // One byte changed in one block: refused before anything is read.
        let mut tampered = bytes.clone();
        let at = tampered.len() - 10;
        tampered[at] ^= 1;
        assert!(
            Blocks::read(&tampered)
                .err()
                .unwrap()
                .contains("does not match its CID")
        );
        assert!(Blocks::read(b"\x05hello").is_err());
    }

    /// A file node linking one node 3,000 times, which links one empty leaf 3,000 times: nine
    /// million visits for no bytes. Refused after its budget, at once.
    #[test]
    fn a_file_dag_that_fans_out_without_bytes_is_refused() {
        use ipld_dagpb::{PbLink, PbNode};
        let cid_of = |codec: u64, data: &[u8]| {
            Cid::new_v1(
                codec,
                multihash::Multihash::<64>::wrap(SHA2_256, &crate::hash::sha256(data)).unwrap(),
            )
        };
        // UnixFS Data: Type = File.
        let file_data = bytes::Bytes::from_static(&[0x08, 0x02]);
        let node = |to: Cid| {
            PbNode {
                links: (0..3000)
                    .map(|_| PbLink {
                        cid: to,
                        name: Some(String::new()),
                        size: Some(0),
                    })
                    .collect(),
                data: Some(file_data.clone()),
            }
            .into_bytes()
        };
        let leaf = cid_of(RAW, b"");
        let middle_bytes = node(leaf);
        let middle = cid_of(DAG_PB, &middle_bytes);
        let top_bytes = node(middle);
        let top = cid_of(DAG_PB, &top_bytes);
        let dir_bytes = PbNode {
            links: vec![PbLink {
                cid: top,
                name: Some("f".into()),
                size: Some(0),
            }],
            data: Some(bytes::Bytes::from_static(&[0x08, 0x01])),
        }
        .into_bytes();
        let dir = cid_of(DAG_PB, &dir_bytes);
        let mut blocks = HashMap::new();
        for (cid, data) in [
            (leaf, Vec::new()),
            (middle, middle_bytes.to_vec()),
            (top, top_bytes.to_vec()),
            (dir, dir_bytes.to_vec()),
        ] {
            blocks.insert(cid, data);
        }
        let blocks = Blocks {
            blocks,
            roots: vec![dir],
        };
        let e = blocks.file(&dir, "f", 1000).unwrap_err();
        assert!(e.contains("more nodes than a file"), "{e}");
    }
}
