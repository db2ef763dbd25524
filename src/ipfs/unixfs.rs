//! The bundle's IPFS DAG, built locally: UnixFS files and directories, encoded as DAG-PB and
//! raw blocks, with the CID any IPFS implementation computes for the same files and parameters.
//!
//! Why local: different IPFS tools give different CIDs for the same files, and a node or gateway
//! that computes the address for us could lie. We build the DAG once, here, and hand the very
//! same blocks to every provider (see `car`), so the address readers are given is the one we
//! computed.
//!
//! The layout follows the reference importers (Kubo's boxo, js-ipfs's `ipfs-unixfs-importer`):
//! fixed-size chunks; a file of one chunk is that chunk's block; otherwise a *balanced* tree,
//! built bottom up: every level groups the nodes below it, in order, into parents of at most
//! `max_links` children, until one node is left. Directories list their entries sorted by name
//! bytes. CIDs, multihashes and the DAG-PB encoding come from the `cid`, `multihash` and
//! `ipld-dagpb` crates; only the four-field UnixFS `Data` message is encoded here.

use std::io::Read as _;
use std::path::{Path, PathBuf};

use cid::Cid;
use ipld_dagpb::{PbLink, PbNode};
use multihash::Multihash;
use rayon::prelude::*;
use sha2::{Digest as _, Sha256};

use crate::error::{Error, IoContext as _, Result};
use crate::progress::Progress;
use crate::text;
use crate::tree::{Kind, ReadError, Root};

const RAW: u64 = 0x55;
const DAG_PB: u64 = 0x70;
const SHA2_256: u64 = 0x12;

/// UnixFS `Data.Type` values.
const TYPE_DIRECTORY: u64 = 1;
const TYPE_FILE: u64 = 2;

/// Kubo shards a directory (HAMT) once its block would pass 256 KiB, ipfs-car once it has more
/// than 1000 entries. We do not build sharded directories, so we refuse either rather than give
/// a CID that differs from the other tools'.
const MAX_DIRECTORY_BLOCK: usize = 256 * 1024;
const MAX_DIRECTORY_ENTRIES: usize = 1000;

/// How files and directories become blocks. Every parameter changes the CID.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum, serde::Serialize)]
pub enum CidProfile {
    /// Kubo's `unixfs-v1-2025` import profile: CIDv1 (base32), raw leaves, 1 MiB chunks, up to
    /// 1024 links per node. Also what `ipfs-car` produces.
    #[value(name = "unixfs-v1-2025")]
    #[serde(rename = "unixfs-v1-2025")]
    UnixfsV1_2025,
    /// Kubo's old defaults (`legacy-cid-v0`): CIDv0 (`Qm…`), 256 KiB chunks, UnixFS leaves, up
    /// to 174 links per node. For old tools only.
    #[value(name = "legacy")]
    #[serde(rename = "legacy")]
    Legacy,
}

impl std::fmt::Display for CidProfile {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            CidProfile::UnixfsV1_2025 => "unixfs-v1-2025",
            CidProfile::Legacy => "legacy",
        })
    }
}

impl CidProfile {
    pub fn chunk_size(self) -> usize {
        match self {
            CidProfile::UnixfsV1_2025 => 1 << 20,
            CidProfile::Legacy => 256 << 10,
        }
    }

    fn max_links(self) -> usize {
        match self {
            CidProfile::UnixfsV1_2025 => 1024,
            CidProfile::Legacy => 174,
        }
    }

    fn raw_leaves(self) -> bool {
        self == CidProfile::UnixfsV1_2025
    }

    /// The CID of a block of `codec`, in this profile's CID version.
    fn cid(self, codec: u64, block: &[u8]) -> Cid {
        let digest = Sha256::digest(block);
        // A 32-byte digest always fits the 64-byte multihash, and sha2-256 DAG-PB is exactly
        // what CIDv0 can express, so neither constructor can fail here.
        let hash = Multihash::<64>::wrap(SHA2_256, &digest).expect("32 bytes fit in 64");
        match self {
            CidProfile::Legacy if codec == DAG_PB => Cid::new_v0(hash).expect("sha2-256 DAG-PB"),
            _ => Cid::new_v1(codec, hash),
        }
    }
}

/// Receives every block of the DAG once (a block two files share comes once), children before
/// their parents, the root last. Errors name the sink's own file.
pub trait BlockSink {
    fn put(&mut self, cid: &Cid, block: &[u8]) -> Result<()>;

    /// Whether the blocks themselves are wanted (a CAR), or their CIDs only.
    fn wants_blocks(&self) -> bool {
        true
    }
}

/// What is known of a file from writing it (a bundle hashes every file on the way out).
#[derive(Debug, Clone)]
pub struct KnownFile {
    pub size: u64,
    pub sha256: [u8; 32],
    /// The chunk size and the SHA-256 of each chunk of it, when they were hashed too: a file of
    /// several chunks then needs no second read either.
    pub chunks: Option<(usize, Vec<[u8; 32]>)>,
}

/// Files known already, by path below the root, `/`-separated.
pub type KnownFiles = std::collections::HashMap<String, KnownFile>;

/// Discards blocks: for computing a CID only.
pub struct NoBlocks;

impl BlockSink for NoBlocks {
    fn put(&mut self, _: &Cid, _: &[u8]) -> Result<()> {
        Ok(())
    }

    fn wants_blocks(&self) -> bool {
        false
    }
}

/// What a DAG build produced.
#[derive(Debug, Clone, serde::Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct DagSummary {
    #[serde(serialize_with = "crate::ipfs::serialize_cid")]
    pub root: Cid,
    pub profile: CidProfile,
    /// Distinct blocks handed to the sink.
    pub blocks: u64,
    /// Their total size in bytes.
    pub block_bytes: u64,
    /// Files in the tree, and their bytes.
    pub files: u64,
    pub file_bytes: u64,
}

/// Build the DAG of `path` (a directory or a single file) and hand its blocks to `sink`.
pub fn build(
    path: &Path,
    profile: CidProfile,
    sink: &mut dyn BlockSink,
    progress: &dyn Progress,
) -> Result<DagSummary> {
    build_shown(path, path, profile, sink, progress)
}

/// [`build`], naming `path` as `shown` in messages (a bundle is built in a temporary directory
/// the user never sees).
pub fn build_shown(
    path: &Path,
    shown: &Path,
    profile: CidProfile,
    sink: &mut dyn BlockSink,
    progress: &dyn Progress,
) -> Result<DagSummary> {
    build_known(path, shown, profile, sink, progress, None)
}

/// [`build_shown`], taking the SHA-256 of files in `known` as given.
fn build_known(
    path: &Path,
    shown: &Path,
    profile: CidProfile,
    sink: &mut dyn BlockSink,
    progress: &dyn Progress,
    known: Option<&KnownFiles>,
) -> Result<DagSummary> {
    // Below the path given, nothing is reached through a link (see `tree`). A single file is
    // opened in its directory, itself not through a link.
    let (root, top) = match std::fs::symlink_metadata(path).at(path)? {
        meta if meta.is_dir() => (Root::open(path).at(path)?, None),
        _ => {
            let parent = crate::safe_fs::parent_or_dot(path);
            let name = path.file_name().map(PathBuf::from).ok_or_else(|| {
                Error::Usage(format!("{}: give a file or a directory", text::path(path)))
            })?;
            (Root::open(parent).at(parent)?, Some(name))
        }
    };
    let source = Source {
        root: &root,
        shown: match &top {
            Some(_) => crate::safe_fs::parent_or_dot(shown).to_path_buf(),
            None => shown.to_path_buf(),
        },
        known,
    };
    let tree = Tree::scan(&source, top.as_deref())?;
    let (files, file_bytes) = tree.totals();
    progress.begin("IPFS", file_bytes);
    let mut builder = Builder {
        profile,
        max_links: profile.max_links(),
        sink,
        progress,
        blocks: 0,
        block_bytes: 0,
        seen: Default::default(),
        buffers: Default::default(),
    };
    let result = builder.tree(&source, top.as_deref(), &tree);
    progress.end();
    let root = result?;
    Ok(DagSummary {
        root: root.cid,
        profile,
        blocks: builder.blocks,
        block_bytes: builder.block_bytes,
        files,
        file_bytes,
    })
}

/// Where the files come from: a tree read without following links, and how to name it.
struct Source<'a> {
    root: &'a Root,
    shown: PathBuf,
    known: Option<&'a KnownFiles>,
}

impl Source<'_> {
    /// `rel` (the root for `None`) as the user knows it.
    fn show(&self, rel: Option<&Path>) -> String {
        text::path(&rel.map_or_else(|| self.shown.clone(), |r| self.shown.join(r)))
    }
}

/// The files and directories to import, scanned (and validated) before any hashing starts.
enum Tree {
    File { size: u64 },
    Directory(Vec<(String, Tree)>),
}

impl Tree {
    fn scan(source: &Source<'_>, rel: Option<&Path>) -> Result<Tree> {
        let kind = match rel {
            None => Some((Kind::Dir, 0)),
            Some(rel) => source
                .root
                .kind(rel)
                .map_err(|e| Error::io(source.show(Some(rel)), e))?,
        };
        match kind {
            Some((Kind::File, size)) => return Ok(Tree::File { size }),
            Some((Kind::Dir, _)) => {}
            _ => {
                return Err(Error::Content(format!(
                    "{}: not a regular file or directory; an IPFS import takes only files and \
                     directories (links and devices are refused)",
                    source.show(rel)
                )));
            }
        }
        let mut entries = Vec::new();
        let listed = source
            .root
            .list(rel)
            .map_err(|e| Error::io(source.show(rel), e))?;
        for (name, _, _) in listed {
            let child = rel.map_or_else(|| PathBuf::from(&name), |r| r.join(&name));
            let Ok(name) = name.into_string() else {
                return Err(Error::Content(format!(
                    "{}: the name is not UTF-8, which UnixFS directory entries must be; rename it",
                    source.show(Some(&child))
                )));
            };
            entries.push((name, Tree::scan(source, Some(&child))?));
        }
        // UnixFS sorts by the bytes of the name; Rust's `str` order is exactly that.
        entries.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Tree::Directory(entries))
    }

    fn totals(&self) -> (u64, u64) {
        match self {
            Tree::File { size } => (1, *size),
            Tree::Directory(entries) => entries.iter().fold((0, 0), |(n, b), (_, t)| {
                let (n2, b2) = t.totals();
                (n + n2, b + b2)
            }),
        }
    }
}

/// A finished node: its CID, its cumulative size (block plus everything below it, the `Tsize`
/// a parent's link records) and, for file nodes, the file bytes it covers.
#[derive(Debug, Clone)]
struct Node {
    cid: Cid,
    tsize: u64,
    file_bytes: u64,
}

struct Builder<'a> {
    profile: CidProfile,
    /// The profile's, except in tests of the layout with small trees.
    max_links: usize,
    sink: &'a mut dyn BlockSink,
    progress: &'a dyn Progress,
    blocks: u64,
    block_bytes: u64,
    /// Blocks already handed over: identical chunks (or files) make one block.
    seen: std::collections::HashSet<Cid>,
    /// Two read buffers, kept from file to file: one is hashed while the other fills.
    buffers: [Vec<u8>; 2],
}

impl Builder<'_> {
    fn tree(&mut self, source: &Source<'_>, rel: Option<&Path>, tree: &Tree) -> Result<Node> {
        match tree {
            Tree::File { size } => {
                let rel = rel.unwrap_or(Path::new("."));
                match self.known_file(source, rel, *size) {
                    Some(node) => node,
                    None => self.file(source, rel),
                }
            }
            Tree::Directory(entries) => {
                let mut links = Vec::with_capacity(entries.len());
                for (name, child) in entries {
                    let child_rel = rel.map_or_else(|| PathBuf::from(name), |r| r.join(name));
                    let node = self.tree(source, Some(&child_rel), child)?;
                    links.push((name.as_str(), node));
                }
                self.directory(&source.show(rel), &links)
            }
        }
    }

    fn emit(&mut self, cid: &Cid, block: &[u8]) -> Result<()> {
        if !self.seen.insert(*cid) {
            return Ok(());
        }
        self.blocks += 1;
        self.block_bytes += block.len() as u64;
        self.sink.put(cid, block)
    }

    /// A directory's node; `shown` names it in messages.
    fn directory(&mut self, shown: &str, entries: &[(&str, Node)]) -> Result<Node> {
        let links = entries
            .iter()
            .map(|(name, node)| PbLink {
                cid: node.cid,
                name: Some((*name).to_string()),
                size: Some(node.tsize),
            })
            .collect();
        let block = PbNode {
            links,
            data: Some(unixfs_data(TYPE_DIRECTORY, None, None, &[]).into()),
        }
        .into_bytes();
        if block.len() >= MAX_DIRECTORY_BLOCK || entries.len() > MAX_DIRECTORY_ENTRIES {
            return Err(Error::Content(format!(
                "{}: {} entries ({} bytes as one block) are too many for one UnixFS directory; \
                 IPFS tools would shard it (ipfs-car beyond {MAX_DIRECTORY_ENTRIES} entries, Kubo \
                 beyond {MAX_DIRECTORY_BLOCK} bytes), and they disagree on how, so mirrorcast \
                 does not. Spread the files over subdirectories.",
                shown,
                entries.len(),
                block.len()
            )));
        }
        let cid = self.profile.cid(DAG_PB, &block);
        self.emit(&cid, &block)?;
        let below: u64 = entries.iter().map(|(_, n)| n.tsize).sum();
        Ok(Node {
            cid,
            tsize: block.len() as u64 + below,
            file_bytes: 0,
        })
    }

    /// The node of a file whose hashes are known, without reading it: a raw leaf's CID is its
    /// chunk's SHA-256 (the whole file's, for a file of one chunk). Only when the blocks
    /// themselves are not wanted; `None` when what is known does not fit this profile.
    fn known_file(&mut self, source: &Source<'_>, rel: &Path, size: u64) -> Option<Result<Node>> {
        let known = source.known?.get(rel.to_str()?)?;
        if !self.profile.raw_leaves() || self.sink.wants_blocks() || known.size != size {
            return None;
        }
        let chunk = self.profile.chunk_size() as u64;
        if size <= chunk {
            return Some(Ok(self.known_leaf(&known.sha256, size)));
        }
        let (known_chunk, digests) = known.chunks.as_ref()?;
        if *known_chunk as u64 != chunk || digests.len() as u64 != size.div_ceil(chunk) {
            return None;
        }
        let mut levels = Levels::default();
        let mut left = size;
        for digest in digests {
            let len = left.min(chunk);
            left -= len;
            let leaf = self.known_leaf(digest, len);
            if let Err(e) = self.push(&mut levels, 0, leaf) {
                return Some(Err(e));
            }
        }
        Some(self.finish(levels))
    }

    /// A raw leaf of `size` bytes whose SHA-256 is `digest`.
    fn known_leaf(&mut self, digest: &[u8; 32], size: u64) -> Node {
        let hash = Multihash::<64>::wrap(SHA2_256, digest).expect("32 bytes fit a multihash");
        let cid = Cid::new_v1(RAW, hash);
        if self.seen.insert(cid) {
            self.blocks += 1;
            self.block_bytes += size;
        }
        self.progress.advance(size);
        Node {
            cid,
            tsize: size,
            file_bytes: size,
        }
    }

    fn file(&mut self, source: &Source<'_>, rel: &Path) -> Result<Node> {
        let path = source.show(Some(rel));
        let mut file = source.root.open_regular(rel).map_err(|e| match e {
            ReadError::Io(e) => Error::io(&path, e),
            _ => Error::Content(format!(
                "{path}: not a regular file (a link, a device or gone)"
            )),
        })?;
        let chunk = self.profile.chunk_size();
        // Read 16 MiB at a time and hash its chunks in parallel: hashing is the work.
        let batch = chunk * (16usize << 20).div_ceil(chunk);
        let mut levels = Levels::default();
        let mut leaves = 0u64;
        let [mut current, mut next] = std::mem::take(&mut self.buffers);
        current.resize(batch, 0);
        next.resize(batch, 0);
        let mut filled = read_full(&mut file, &mut current).at(&path)?;
        while filled > 0 {
            let more = filled == batch;
            let profile = self.profile;
            let data = &current[..filled];
            // Hash this batch on every core while the next one is read.
            let (made, next_filled) = rayon::join(
                || {
                    data.par_chunks(chunk)
                        .map(|c| leaf(profile, c))
                        .collect::<Vec<_>>()
                },
                || {
                    if more {
                        read_full(&mut file, &mut next)
                    } else {
                        Ok(0)
                    }
                },
            );
            for ((cid, wrapped), raw) in made.into_iter().zip(data.chunks(chunk)) {
                let block = wrapped.as_deref().unwrap_or(raw);
                self.emit(&cid, block)?;
                let node = Node {
                    cid,
                    tsize: block.len() as u64,
                    file_bytes: raw.len() as u64,
                };
                leaves += 1;
                self.push(&mut levels, 0, node)?;
            }
            self.progress.advance(filled as u64);
            std::mem::swap(&mut current, &mut next);
            filled = next_filled.at(&path)?;
        }
        self.buffers = [current, next];
        if leaves == 0 {
            // An empty file is one empty leaf: the raw block of no bytes, or a UnixFS file
            // node without data (`QmbFMke1…`), as Kubo, js-ipfs and ipfs-car all give.
            let (cid, wrapped) = leaf(self.profile, &[]);
            let block = wrapped.unwrap_or_default();
            self.emit(&cid, &block)?;
            return Ok(Node {
                cid,
                tsize: block.len() as u64,
                file_bytes: 0,
            });
        }
        self.finish(levels)
    }

    /// Add `node` to `level`; a full level becomes a parent one level up, at once.
    fn push(&mut self, levels: &mut Levels, level: usize, node: Node) -> Result<()> {
        if levels.0.len() <= level {
            levels.0.resize_with(level + 1, Vec::new);
        }
        levels.0[level].push(node);
        if levels.0[level].len() == self.max_links {
            let children = std::mem::take(&mut levels.0[level]);
            let parent = self.parent(&children)?;
            self.push(levels, level + 1, parent)?;
        }
        Ok(())
    }

    /// Close the tree: the bottom-up layout's last, partial groups, then the root.
    fn finish(&mut self, mut levels: Levels) -> Result<Node> {
        let mut level = 0;
        loop {
            let pending = std::mem::take(&mut levels.0[level]);
            let above = levels.0[level + 1..].iter().any(|l| !l.is_empty());
            if !above && pending.len() == 1 {
                return Ok(pending.into_iter().next().expect("one node"));
            }
            if !pending.is_empty() {
                let parent = self.parent(&pending)?;
                if levels.0.len() <= level + 1 {
                    levels.0.push(Vec::new());
                }
                levels.0[level + 1].push(parent);
            }
            level += 1;
        }
    }

    fn parent(&mut self, children: &[Node]) -> Result<Node> {
        let links: Vec<PbLink> = children
            .iter()
            .map(|c| PbLink {
                cid: c.cid,
                // The reference importers write an empty name on file links, and the name is
                // part of the block, so it is part of the CID.
                name: Some(String::new()),
                size: Some(c.tsize),
            })
            .collect();
        let sizes: Vec<u64> = children.iter().map(|c| c.file_bytes).collect();
        let file_bytes = sizes.iter().sum();
        let block = PbNode {
            links,
            data: Some(unixfs_data(TYPE_FILE, None, Some(file_bytes), &sizes).into()),
        }
        .into_bytes();
        let cid = self.profile.cid(DAG_PB, &block);
        self.emit(&cid, &block)?;
        Ok(Node {
            cid,
            tsize: block.len() as u64 + children.iter().map(|c| c.tsize).sum::<u64>(),
            file_bytes,
        })
    }
}

/// Pending nodes per tree level (0 = leaves).
#[derive(Default)]
struct Levels(Vec<Vec<Node>>);

/// One chunk as a leaf: its CID, and the block when it is not the chunk itself.
fn leaf(profile: CidProfile, chunk: &[u8]) -> (Cid, Option<Vec<u8>>) {
    if profile.raw_leaves() {
        (profile.cid(RAW, chunk), None)
    } else {
        let block = file_node(chunk, chunk.len() as u64, &[]);
        (profile.cid(DAG_PB, &block), Some(block))
    }
}

/// A DAG-PB block holding a UnixFS file node without links.
fn file_node(data: &[u8], size: u64, blocksizes: &[u64]) -> Vec<u8> {
    let data = (!data.is_empty()).then_some(data);
    PbNode {
        links: Vec::new(),
        data: Some(unixfs_data(TYPE_FILE, data, Some(size), blocksizes).into()),
    }
    .into_bytes()
}

/// The UnixFS `Data` protobuf message (proto2): `Type` (1), `Data` (2), `filesize` (3) and
/// unpacked `blocksizes` (4). Only these four fields are ever written by the importers.
fn unixfs_data(
    kind: u64,
    data: Option<&[u8]>,
    filesize: Option<u64>,
    blocksizes: &[u64],
) -> Vec<u8> {
    let mut out = Vec::with_capacity(16 + data.map_or(0, <[u8]>::len) + blocksizes.len() * 4);
    let varint = |out: &mut Vec<u8>, value: u64| {
        out.extend_from_slice(unsigned_varint::encode::u64(value, &mut Default::default()));
    };
    varint(&mut out, 1 << 3);
    varint(&mut out, kind);
    if let Some(data) = data {
        varint(&mut out, (2 << 3) | 2);
        varint(&mut out, data.len() as u64);
        out.extend_from_slice(data);
    }
    if let Some(size) = filesize {
        varint(&mut out, 3 << 3);
        varint(&mut out, size);
    }
    for size in blocksizes {
        varint(&mut out, 4 << 3);
        varint(&mut out, *size);
    }
    out
}

/// Fill `buf` as far as the file goes; the count read (less than `buf.len()` only at the end).
fn read_full(file: &mut std::fs::File, buf: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buf.len() {
        match file.read(&mut buf[filled..]) {
            Ok(0) => break,
            Ok(n) => filled += n,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(e) => return Err(e),
        }
    }
    Ok(filled)
}

/// The CID of `path` without keeping any block.
pub fn cid_of(path: &Path, profile: CidProfile, progress: &dyn Progress) -> Result<DagSummary> {
    build(path, profile, &mut NoBlocks, progress)
}

/// [`cid_of`] of a tree whose files' hashes are `known` (those files are not read again),
/// naming `path` as `shown` in messages.
pub fn cid_of_known(
    path: &Path,
    shown: &Path,
    profile: CidProfile,
    progress: &dyn Progress,
    known: &KnownFiles,
) -> Result<DagSummary> {
    build_known(path, shown, profile, &mut NoBlocks, progress, Some(known))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::progress::NoProgress;

    fn cid(bytes: &[u8], profile: CidProfile) -> String {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f");
        std::fs::write(&path, bytes).expect("write");
        cid_of(&path, profile, &NoProgress)
            .expect("cid")
            .root
            .to_string()
    }

    #[test]
    fn known_hashes_give_the_same_cid() {
        let dir = tempfile::tempdir().expect("tempdir");
        let mut known = KnownFiles::new();
        let chunk = CidProfile::UnixfsV1_2025.chunk_size();
        // Several chunks, the last one short, two of them alike (one block for both).
        let mut big = vec![1u8; 2 * chunk];
        big.extend((0..chunk / 2).map(|i| i as u8));
        for (name, bytes) in [
            ("a.txt", &b"hello world\n"[..]),
            ("sub/b.bin", &[7u8; 3000][..]),
            ("empty", &b""[..]),
            ("sub/big.bin", &big[..]),
        ] {
            let path = dir.path().join(name);
            std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
            std::fs::write(&path, bytes).expect("write");
            known.insert(
                name.to_string(),
                KnownFile {
                    size: bytes.len() as u64,
                    sha256: Sha256::digest(bytes).into(),
                    chunks: Some((
                        chunk,
                        bytes
                            .chunks(chunk)
                            .map(|c| Sha256::digest(c).into())
                            .collect(),
                    )),
                },
            );
        }
        let read = cid_of(dir.path(), CidProfile::UnixfsV1_2025, &NoProgress).expect("cid");
        let given = cid_of_known(
            dir.path(),
            dir.path(),
            CidProfile::UnixfsV1_2025,
            &NoProgress,
            &known,
        )
        .expect("cid");
        assert_eq!(read.root, given.root);
        assert_eq!(
            (read.blocks, read.block_bytes),
            (given.blocks, given.block_bytes)
        );
        // Nothing was read: files of the same size with other bytes give the known CID still.
        std::fs::write(dir.path().join("sub/big.bin"), vec![9u8; big.len()]).expect("write");
        let given_again = cid_of_known(
            dir.path(),
            dir.path(),
            CidProfile::UnixfsV1_2025,
            &NoProgress,
            &known,
        )
        .expect("cid");
        assert_eq!(given_again.root, given.root);
        // Chunks of another size are not taken: the file is read.
        known.get_mut("sub/big.bin").expect("known").chunks = Some((chunk / 4, Vec::new()));
        let read_again = cid_of_known(
            dir.path(),
            dir.path(),
            CidProfile::UnixfsV1_2025,
            &NoProgress,
            &known,
        )
        .expect("cid");
        assert_ne!(read_again.root, given.root);
    }

    #[test]
    fn known_vectors() {
        assert_eq!(
            cid(b"hello world\n", CidProfile::UnixfsV1_2025),
            "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4"
        );
        assert_eq!(
            cid(b"hello world\n", CidProfile::Legacy),
            "QmT78zSuBmuS4z925WZfrqQ1qHaJ56DQaTfyMUF7F8ff5o"
        );
        let empty = tempfile::tempdir().expect("tempdir");
        assert_eq!(
            cid_of(empty.path(), CidProfile::UnixfsV1_2025, &NoProgress)
                .expect("cid")
                .root
                .to_string(),
            "bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354"
        );
        // Empty files, as Kubo, js-ipfs and ipfs-car give them.
        assert_eq!(
            cid(b"", CidProfile::UnixfsV1_2025),
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
        );
        assert_eq!(
            cid(b"", CidProfile::Legacy),
            "QmbFMke1KXqnYyBBWxB74N4c5SBnJMVAiMNRcGu6x1AwQH"
        );
    }

    /// The streaming layout (`push`/`finish`) against the plain bottom-up definition: group
    /// each level into parents of at most `max` nodes until one is left (a lone leaf is the
    /// file itself).
    #[test]
    fn streaming_layout_is_the_balanced_layout() {
        fn builder(sink: &mut NoBlocks, max: usize) -> Builder<'_> {
            Builder {
                profile: CidProfile::UnixfsV1_2025,
                max_links: max,
                sink,
                progress: &NoProgress,
                blocks: 0,
                block_bytes: 0,
                seen: Default::default(),
                buffers: Default::default(),
            }
        }
        let leaf_node = |i: usize| {
            let data = i.to_le_bytes();
            Node {
                cid: CidProfile::UnixfsV1_2025.cid(RAW, &data),
                tsize: data.len() as u64,
                file_bytes: data.len() as u64,
            }
        };
        for max in 2..=5 {
            for leaves in 1..=130 {
                let mut sink = NoBlocks;
                let mut b = builder(&mut sink, max);
                let mut levels = Levels::default();
                for i in 0..leaves {
                    b.push(&mut levels, 0, leaf_node(i)).expect("push");
                }
                let streamed = b.finish(levels).expect("finish");

                let mut sink = NoBlocks;
                let mut b = builder(&mut sink, max);
                let mut level: Vec<Node> = (0..leaves).map(leaf_node).collect();
                while level.len() > 1 {
                    level = level
                        .chunks(max)
                        .map(|group| b.parent(group).expect("parent"))
                        .collect();
                }
                assert_eq!(streamed.cid, level[0].cid, "{leaves} leaves, {max} links");
                assert_eq!(streamed.tsize, level[0].tsize);
            }
        }
    }

    #[test]
    fn chunk_boundaries_match_the_reference_importers() {
        // byte i = (i * 7 + 3) mod 251; CIDs from js-ipfs 0.66.1 and ipfs-car 3.1.0, which agree.
        let pattern = |n: usize| -> Vec<u8> { (0..n).map(|i| ((i * 7 + 3) % 251) as u8).collect() };
        for (n, want) in [
            (
                1048575,
                "bafkreiewj52apjogheczo4buyqxn52rnoh7chpbf3nv3uhqnuttxytwswm",
            ),
            (
                1048576,
                "bafkreia2yq37i5wercwluqaav55orhxvh577x3xs5e3ykcmf6xhlrnnon4",
            ),
            (
                1048577,
                "bafybeigc5argbfcwlwcqxiny2elwgiq32feodcbhaydp3ttap5yhjgcwim",
            ),
        ] {
            assert_eq!(
                cid(&pattern(n), CidProfile::UnixfsV1_2025),
                want,
                "{n} bytes"
            );
        }
        assert_eq!(
            cid(&pattern(300000), CidProfile::Legacy),
            "QmaYb7V6Hu6euuoR2fKwemRovDtxzjHvaKV1TEDSuTVEnx"
        );
    }
}
