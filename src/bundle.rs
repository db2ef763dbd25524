//! Build the bundle: render the site, hash every file, write `manifest.json` and `SHA256SUMS`,
//! sign both, and put the result in place of the old bundle.
//!
//! Reproducible by construction: paths are sorted, times come from `SOURCE_DATE_EPOCH` or
//! `site.toml` (never the clock), nothing absolute or host-specific is written, and signatures
//! are deterministic. The new bundle is built in a temporary directory beside the output and
//! swapped in only when complete, so an interrupted build never leaves a half-written `dist/`.

use std::path::Path;

use rayon::prelude::*;
use serde::Serialize;

use crate::config::MirrorsConfig;
use crate::error::{Error, IoContext, Result};
use crate::hash;
use crate::ipfs::CidProfile;
use crate::ipfs::unixfs::{KnownFile, KnownFiles};
use crate::progress::Progress;
use crate::release::log as release_log;
use crate::release::manifest::{
    FORMAT_VERSION, FileEntry, MANIFEST, MANIFEST_SIG, Manifest, MirrorEntry, SUMS, SUMS_SIG,
    sums_text,
};
use crate::release::signing::{PublicKey, SecretKey};
use crate::site::{self, Content, RenderInput, Site};

/// When the release was made and until when it is valid.
#[derive(Debug, Clone, Copy)]
pub struct ReleaseTimes {
    pub created: jiff::Timestamp,
    pub expires: jiff::Timestamp,
}

impl ReleaseTimes {
    /// `SOURCE_DATE_EPOCH` when given (the reproducible-builds convention), else `released` from
    /// `site.toml`; never the clock.
    pub fn resolve(content: &Content, source_date_epoch: Option<&str>) -> Result<Self> {
        let created = match source_date_epoch.map(str::trim).filter(|s| !s.is_empty()) {
            Some(text) => text
                .parse::<i64>()
                .ok()
                .and_then(|s| jiff::Timestamp::from_second(s).ok())
                .ok_or_else(|| {
                    Error::Usage(format!(
                        "SOURCE_DATE_EPOCH={text:?} is not a number of seconds since 1970; unset it or set it to e.g. $(git log -1 --format=%ct)"
                    ))
                })?,
            None => content.site.released.ok_or_else(|| {
                Error::Content(
                    "no release time: set `released = 2026-11-29T12:00:00Z` in site.toml or SOURCE_DATE_EPOCH"
                        .into(),
                )
            })?,
        };
        let created = jiff::Timestamp::from_second(created.as_second())
            .expect("whole seconds of a valid timestamp are valid");
        let expires = created
            .checked_add(jiff::SignedDuration::from_hours(
                24 * i64::from(content.site.valid_days),
            ))
            .map_err(|_| Error::Content("site.toml: `valid-days` reaches past year 9999".into()))?;
        Ok(ReleaseTimes { created, expires })
    }
}

/// The release the bundle already in `out` holds, as the release log would list it, when that
/// bundle is genuine under `key`. Read without following links, its signature checked over the
/// raw bytes before anything is parsed; anything else there guards nothing and is replaced.
fn bundled_before(out: &Path, key: &PublicKey) -> Option<release_log::Entry> {
    use crate::release::acceptance::{Rule, accept};
    use crate::release::manifest::{MAX_MANIFEST, MAX_SIGNATURE};
    let root = crate::tree::Root::open_no_follow(out).ok()?;
    let bytes = root.read_regular(Path::new(MANIFEST), MAX_MANIFEST).ok()?;
    let signature = root
        .read_regular(Path::new(MANIFEST_SIG), MAX_SIGNATURE)
        .ok()?;
    let manifest = accept(&Rule::genuine(key), &bytes, &signature).ok()?;
    Some(release_log::Entry::of(&manifest, key.key_id()))
}

/// Where the bundle goes and what it is checked against.
pub struct BundleRequest<'a> {
    pub content: &'a Content,
    pub mirrors: &'a MirrorsConfig,
    pub key: &'a SecretKey,
    pub times: ReleaseTimes,
    pub out: &'a Path,
    pub release_log: &'a Path,
    pub progress: &'a dyn Progress,
}

/// What `bundle` did.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct BundleReport {
    pub out: String,
    /// The bundle's IPFS CID (profile `unixfs-v1-2025`); absent when IPFS cannot take the
    /// bundle as it is, and then `cid-problem` says why.
    pub cid: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cid_problem: Option<String>,
    pub site: String,
    pub release: u64,
    pub created: String,
    pub expires: String,
    /// Every file of the bundle, the four signature and list files included.
    pub files: usize,
    pub bytes: u64,
    pub key_id: String,
    pub manifest_sha256: String,
    /// False when this exact content had already been signed under this release number.
    pub new_release: bool,
}

/// Build, sign and install the bundle.
pub fn build(req: &BundleRequest<'_>) -> Result<BundleReport> {
    build_staged(req).map_err(|e| as_in_out(e, req.out))
}

/// The prefix of the temporary directory a bundle is built in, beside `out`.
fn staging_prefix(out: &Path) -> String {
    format!(".{}.new-", file_name(out))
}

/// An error about a file in the temporary directory a bundle is built in, named as the file in
/// `out` it was to become: people know their `dist`, not `./.dist.new-Ab3xYz`.
fn as_in_out(e: Error, out: &Path) -> Error {
    let Error::Io { path, source } = e else {
        return e;
    };
    let parent = crate::safe_fs::parent_or_dot(out);
    let mut rest = match path.strip_prefix(parent) {
        Ok(rest) => rest.components(),
        Err(_) => return Error::Io { path, source },
    };
    match rest.next() {
        Some(std::path::Component::Normal(name))
            if name.to_string_lossy().starts_with(&staging_prefix(out)) =>
        {
            Error::Io {
                path: out.join(rest.as_path()),
                source,
            }
        }
        _ => Error::Io { path, source },
    }
}

fn build_staged(req: &BundleRequest<'_>) -> Result<BundleReport> {
    let content = req.content;
    let public_key = req.key.public_key();
    if let Some(expected) = &content.site.publisher_key
        && *expected != public_key
    {
        return Err(Error::Key(format!(
            "the secret key is key {}, but site.toml names publisher key {}; sign with the publisher's secret key or update `publisher-key`",
            public_key.key_id(),
            expected.key_id()
        )));
    }
    let created = req.times.created.to_string();
    let expires = req.times.expires.to_string();
    check_out_dir(req.out)?;

    let input = RenderInput {
        content,
        mirrors: req.mirrors,
        public_key: &public_key,
    };
    let site = Site::new(&input);
    let pages = site.pages();

    let all_paths: std::collections::BTreeSet<&str> = pages
        .iter()
        .map(|(p, _)| p.as_str())
        .chain(content.attachments.iter().map(|a| a.path.as_str()))
        .collect();
    site::check_letter_links(content, &all_paths)?;

    let parent = crate::safe_fs::parent_or_dot(req.out);
    create_public_dirs(parent)?;
    let staging = tempfile::Builder::new()
        .prefix(&staging_prefix(req.out))
        .tempdir_in(parent)
        .at(parent)?;
    let root = staging.path();

    // Each page is rendered, written and hashed on its own: memory holds a page or two per
    // thread, never the site.
    let mut files: Vec<FileEntry> = pages
        .par_iter()
        .map(|(path, page)| {
            let target = root.join(path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).at(dir)?;
            }
            let file = std::fs::File::create(&target).at(&target)?;
            let mut out =
                hash::HashingWriter::new(std::io::BufWriter::with_capacity(1 << 16, file));
            site.render(*page, &mut out)?;
            let (writer, size, sha256) = out.finish();
            writer
                .into_inner()
                .map_err(|e| Error::io(&target, e.into_error()))?;
            Ok(FileEntry {
                path: path.clone(),
                size,
                sha256,
            })
        })
        .collect::<Result<_>>()?;
    let attachment_bytes = content.attachments.iter().map(|a| a.size).sum();
    req.progress.begin("copying attachments", attachment_bytes);
    let attachments: Result<Vec<(FileEntry, Vec<[u8; 32]>)>> = content
        .attachments
        .par_iter()
        .map(|a| {
            let target = root.join(&a.path);
            if let Some(dir) = target.parent() {
                std::fs::create_dir_all(dir).at(dir)?;
            }
            let source = content.open_attachment(a)?;
            let shown = content.root.path().join(&a.path);
            // The chunks of the bundle's own CID profile, hashed while writing: the CID below
            // need not read the attachment again.
            let copied = hash::copy_and_hash(
                source,
                &shown,
                &target,
                Some(CidProfile::UnixfsV1_2025.chunk_size()),
                req.progress,
            )?;
            Ok((
                FileEntry {
                    path: a.path.clone(),
                    size: copied.size,
                    sha256: copied.sha256,
                },
                copied.chunks,
            ))
        })
        .collect();
    req.progress.end();
    let mut chunks_of = std::collections::HashMap::new();
    for (entry, chunks) in attachments? {
        chunks_of.insert(entry.path.clone(), chunks);
        files.push(entry);
    }
    files.sort_by(|a, b| a.path.cmp(&b.path));

    let manifest = Manifest {
        format: FORMAT_VERSION,
        site: content.site.id.clone(),
        release: content.site.release,
        created: created.clone(),
        expires: expires.clone(),
        files,
        mirrors: signed_copies(req.mirrors),
    };

    let log_entry = release_log::Entry::of(&manifest, public_key.key_id());
    // Checked now, recorded once the bundle is in place: a bundle that fails to install must
    // not use up its release number.
    let bundled = bundled_before(req.out, &public_key);
    let new_release = release_log::check(
        req.release_log,
        &log_entry,
        bundled.as_ref().map(|b| (req.out, b)),
    )?;

    let manifest_bytes = manifest.to_canonical_json();
    let manifest_sha256 = hash::sha256_hex(&manifest_bytes);
    let sums = sums_text(
        manifest
            .files
            .iter()
            .map(|f| (f.path.as_str(), f.sha256.as_str()))
            .chain([(MANIFEST, manifest_sha256.as_str())]),
    );
    let untrusted = format!("signature from mirrorcast key {}", public_key.key_id());
    let outputs = [
        (MANIFEST, manifest_bytes.clone()),
        (
            MANIFEST_SIG,
            req.key
                .sign(
                    &manifest_bytes,
                    &manifest.trusted_comment(MANIFEST).to_string(),
                    &untrusted,
                )
                .into_bytes(),
        ),
        (
            SUMS_SIG,
            req.key
                .sign(
                    sums.as_bytes(),
                    &manifest.trusted_comment(SUMS).to_string(),
                    &untrusted,
                )
                .into_bytes(),
        ),
        (SUMS, sums.into_bytes()),
    ];
    let mut bytes: u64 = manifest.files.iter().map(|f| f.size).sum();
    // Every file's SHA-256 is known from writing it: the CID below need not read them again.
    let chunk = CidProfile::UnixfsV1_2025.chunk_size();
    let mut known: KnownFiles = manifest
        .files
        .iter()
        .filter_map(|f| {
            let known = KnownFile {
                size: f.size,
                sha256: hash::digest_of_hex(&f.sha256)?,
                chunks: chunks_of.remove(&f.path).map(|c| (chunk, c)),
            };
            Some((f.path.clone(), known))
        })
        .collect();
    for (name, data) in &outputs {
        let path = root.join(name);
        std::fs::write(&path, data).at(&path)?;
        bytes += data.len() as u64;
        let known_file = KnownFile {
            size: data.len() as u64,
            sha256: hash::sha256(data),
            chunks: None,
        };
        known.insert(name.to_string(), known_file);
    }

    // The address of the IPFS copy: it cannot be inside the bundle it names, so it goes to the
    // release log and the report. A bundle IPFS cannot take as it is (a directory too large to
    // leave unsharded) is still a good bundle for every other mirror: say so, don't fail.
    let (cid, cid_problem) = match crate::ipfs::unixfs::cid_of_known(
        root,
        req.out,
        CidProfile::UnixfsV1_2025,
        req.progress,
        &known,
    ) {
        Ok(dag) => (Some(dag.root.to_string()), None),
        Err(e) => (None, Some(e.to_string())),
    };
    install(staging, req.out)?;
    release_log::record(req.release_log, &log_entry, cid.as_deref()).map_err(|e| {
        Error::Release(format!(
            "the bundle is in {}, but it could not be recorded in {}: {e}; fix that before publishing it",
            crate::text::path(req.out),
            crate::text::path(req.release_log)
        ))
    })?;
    Ok(BundleReport {
        cid,
        cid_problem,
        out: req.out.display().to_string(),
        site: manifest.site,
        release: manifest.release,
        created,
        expires,
        files: manifest.files.len() + outputs.len(),
        bytes,
        key_id: public_key.key_id(),
        manifest_sha256,
        new_release,
    })
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(|| "dist".into(), |n| n.to_string_lossy().into_owned())
}

/// Refuse to replace a directory that is not an earlier bundle: `--out ~` must never wipe a home.
fn check_out_dir(out: &Path) -> Result<()> {
    if std::fs::symlink_metadata(out).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(Error::Usage(format!(
            "--out {}: a symbolic link; give the bundle a folder of its own (a new bundle replaces the folder as a whole, so it would replace the link, not fill what it points to)",
            crate::text::path(out)
        )));
    }
    if !matches!(
        out.components().next_back(),
        Some(std::path::Component::Normal(_))
    ) {
        return Err(Error::Usage(format!(
            "--out {}: give a directory name such as dist, not . or ..",
            out.display()
        )));
    }
    let Ok(mut entries) = std::fs::read_dir(out) else {
        return if out.exists() {
            Err(Error::Usage(format!(
                "--out {}: exists and is not a directory",
                out.display()
            )))
        } else {
            Ok(())
        };
    };
    if entries.next().is_none() || is_bundle(out) {
        return Ok(());
    }
    Err(Error::Usage(format!(
        "--out {}: not empty and not a mirrorcast bundle (a {MANIFEST}, its signature, and only the files it lists); choose another directory or empty it",
        out.display()
    )))
}

/// Whether `dir` holds an earlier mirrorcast bundle and nothing else: a manifest of ours (any
/// format version), its signature, and only files that manifest lists. Other tools write files
/// called `manifest.json` too, and a bundle directory someone keeps notes in is not ours to
/// delete.
fn is_bundle(dir: &Path) -> bool {
    #[derive(serde::Deserialize)]
    struct Listed {
        format: u32,
        site: String,
        files: Vec<ListedFile>,
    }
    #[derive(serde::Deserialize)]
    struct ListedFile {
        path: String,
    }
    let Some(bytes) = crate::tree::Root::open(dir).ok().and_then(|root| {
        root.read_regular(Path::new(MANIFEST), crate::release::manifest::MAX_MANIFEST)
            .ok()
    }) else {
        return false;
    };
    let Ok(listed) = serde_json::from_slice::<Listed>(&bytes) else {
        return false;
    };
    if listed.format == 0 || listed.site.is_empty() || !dir.join(MANIFEST_SIG).is_file() {
        return false;
    }
    let known: std::collections::BTreeSet<String> = listed
        .files
        .into_iter()
        .map(|f| f.path)
        .chain(crate::release::manifest::META_FILES.map(String::from))
        .collect();
    walkdir::WalkDir::new(dir)
        .min_depth(1)
        .into_iter()
        .all(|entry| {
            entry.is_ok_and(|e| {
                e.file_type().is_dir()
                    || e.path()
                        .strip_prefix(dir)
                        .ok()
                        .and_then(crate::site::content::bundle_path)
                        .is_some_and(|rel| known.contains(&rel))
            })
        })
}

/// Create `dir` and any missing parents, world-readable like the bundle inside them.
fn create_public_dirs(dir: &Path) -> Result<()> {
    if dir.is_dir() {
        return Ok(());
    }
    if let Some(parent) = dir.parent().filter(|p| !p.as_os_str().is_empty()) {
        create_public_dirs(parent)?;
    }
    std::fs::create_dir(dir).map_err(|e| {
        Error::Usage(format!(
            "--out: cannot create the directory {} ({e}); is a file in the way?",
            dir.display()
        ))
    })?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o755)).at(dir)?;
    }
    Ok(())
}

/// A bundle is public, and web servers often run as another user: directories 0755, files 0644,
/// whatever the umask (and TempDir's 0700).
fn make_public(root: &Path) -> Result<()> {
    #[cfg(unix)]
    for entry in walkdir::WalkDir::new(root) {
        use std::os::unix::fs::PermissionsExt as _;
        let entry = entry.map_err(|e| Error::io(root, e.into()))?;
        let mode = if entry.file_type().is_dir() {
            0o755
        } else {
            0o644
        };
        std::fs::set_permissions(entry.path(), std::fs::Permissions::from_mode(mode))
            .at(entry.path())?;
    }
    #[cfg(not(unix))]
    let _ = root;
    Ok(())
}

/// Put the finished staging directory at `out`, replacing an earlier bundle.
fn install(staging: tempfile::TempDir, out: &Path) -> Result<()> {
    let parent = crate::safe_fs::parent_or_dot(out);
    let old = if out.exists() {
        let old = tempfile::Builder::new()
            .prefix(&format!(".{}.old-", file_name(out)))
            .tempdir_in(parent)
            .at(parent)?;
        // Rename over the empty placeholder directory, then let the TempDir delete it.
        std::fs::rename(out, old.path()).at(out)?;
        Some(old)
    } else {
        None
    };
    make_public(staging.path())?;
    let staged = staging.keep();
    if let Err(e) = std::fs::rename(&staged, out) {
        if let Some(old) = &old {
            let _ = std::fs::rename(old.path(), out);
        }
        let _ = std::fs::remove_dir_all(&staged);
        return Err(Error::io(out, e));
    }
    drop(old);
    Ok(())
}

/// The copies the manifest lists, for readers' pages to fall back to: every mirror with a public
/// address, then each IPFS gateway at the site's IPNS name or DNSLink domain (a path gateway
/// serves the same bytes there).
fn signed_copies(config: &MirrorsConfig) -> Vec<MirrorEntry> {
    let mut copies: Vec<MirrorEntry> = config
        .mirrors
        .iter()
        .filter(|m| !m.urls.is_empty())
        .map(|m| MirrorEntry {
            name: m.name.clone(),
            urls: m.urls.iter().map(|u| u.to_string()).collect(),
        })
        .collect();
    let ipfs = &config.ipfs;
    if let Some(name) = ipfs.ipns.as_deref().or(ipfs.dnslink.as_deref()) {
        for gateway in &ipfs.gateways {
            if let Ok(url) = gateway.join(&format!("ipns/{name}/")) {
                copies.push(MirrorEntry {
                    name: format!("IPFS gateway {}", gateway.host_str().unwrap_or_default()),
                    urls: vec![url.to_string()],
                });
            }
        }
    }
    copies
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn errors_in_the_staging_directory_name_the_bundle() {
        let io = |path: &str| Error::Io {
            path: path.into(),
            source: std::io::Error::other("disk full"),
        };
        let shown = |e: Error| match e {
            Error::Io { path, .. } => path.display().to_string(),
            other => panic!("{other}"),
        };
        let out = Path::new("dist");
        assert_eq!(
            shown(as_in_out(io("./.dist.new-Ab3xYz/en/index.html"), out)),
            "dist/en/index.html"
        );
        let out = Path::new("/srv/site/dist");
        assert_eq!(
            shown(as_in_out(io("/srv/site/.dist.new-Q/manifest.json"), out)),
            "/srv/site/dist/manifest.json"
        );
        // Anything else keeps its path: content files, another directory's temporary names.
        assert_eq!(
            shown(as_in_out(io("content/letter.en.md"), out)),
            "content/letter.en.md"
        );
        assert_eq!(
            shown(as_in_out(io("/srv/site/.other.new-Q/x"), out)),
            "/srv/site/.other.new-Q/x"
        );
    }

    #[test]
    fn gateways_at_the_ipns_name_are_signed_copies_after_the_mirrors() {
        let config = MirrorsConfig::parse(
            std::path::Path::new("mirrors.toml"),
            "[[mirror]]\nname = \"berlin\"\nurls = [\"https://b.example/letter/\"]\n\
             [[mirror]]\nname = \"usb\"\n[mirror.dir]\npath = \"/media/usb\"\n\
             [ipfs]\nipns = \"k51abc\"\ngateways = [\"https://gw.example/\", \"https://ipfs.example/sub/\"]\n",
        )
        .expect("a valid list");
        let copies = signed_copies(&config);
        let urls: Vec<(&str, &str)> = copies
            .iter()
            .map(|c| (c.name.as_str(), c.urls[0].as_str()))
            .collect();
        assert_eq!(
            urls,
            [
                ("berlin", "https://b.example/letter/"),
                ("IPFS gateway gw.example", "https://gw.example/ipns/k51abc/"),
                (
                    "IPFS gateway ipfs.example",
                    "https://ipfs.example/sub/ipns/k51abc/"
                ),
            ]
        );
        // Without a name to open, gateways are no copy of this site.
        let no_name = MirrorsConfig::parse(
            std::path::Path::new("mirrors.toml"),
            "[ipfs]\ngateways = [\"https://gw.example/\"]\n",
        )
        .expect("a valid list");
        assert!(signed_copies(&no_name).is_empty());
    }
}
