//! `content/`: what the organisers write, read and validated.
//!
//! Layout (README documents it):
//! - `site.toml`: site id, release number and date, validity, stated total of signatories,
//!   publisher key, and a title per language;
//! - `letter.<lang>.md`: the letter, one file per language listed in `site.toml`;
//! - `signatories.txt`: one signatory per line, UTF-8, order kept;
//! - `files/`: optional attachments, copied into the bundle byte for byte.
//!
//! Anything else is refused, so a file put in the wrong place is noticed instead of silently
//! left out of the bundle.
//!
//! `content/` may come from a contributor (a pull request), so it is read through
//! [`crate::tree`]: a link anywhere in it (`signatories.txt -> ../mirrorcast.key`) is refused,
//! never followed into the bundle.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::signatories::Signatories;
use super::strings;
use crate::config::{location, parse_toml};
use crate::error::{Error, IoContext, Result};
use crate::release::manifest::MAX_RELEASE;
use crate::release::signing::PublicKey;
use crate::safe_fs::MAX_CONFIG;
use crate::text::{is_unsafe_char, path as shown};
use crate::tree::{Kind, ReadError, Root};

pub const SITE_TOML: &str = "site.toml";
pub const SIGNATORIES_TXT: &str = "signatories.txt";
pub const FILES_DIR: &str = "files";

/// Everything the site is built from.
#[derive(Debug)]
pub struct Content {
    pub site: SiteConfig,
    pub languages: Vec<Language>,
    pub signatories: Signatories,
    pub attachments: Vec<Attachment>,
    /// `content/` itself: attachments are opened through it, never through a link.
    pub root: Root,
}

/// `site.toml`, validated.
#[derive(Debug, Clone)]
pub struct SiteConfig {
    pub id: String,
    pub release: u64,
    pub released: Option<jiff::Timestamp>,
    pub valid_days: u32,
    pub signatories_stated: u64,
    pub publisher_key: Option<PublicKey>,
}

/// One language of the letter.
#[derive(Debug, Clone)]
pub struct Language {
    /// BCP 47 code, e.g. `en`, `ru`.
    pub code: String,
    /// The language's name in itself, e.g. `Русский`.
    pub name: String,
    pub title: String,
    pub markdown: String,
    /// Where the Markdown came from, for error messages.
    pub source: PathBuf,
}

/// A language as `site.toml` lists it.
#[derive(Debug, Clone)]
pub struct LanguageSpec {
    pub code: String,
    pub name: String,
    pub title: String,
}

/// Size cap for a letter: generous, but a mistaken 10 GB file is refused instead of exhausting
/// memory (`signatories.txt` has its own, see [`super::signatories`]).
const MAX_LETTER: u64 = 16 << 20;

/// A file from `content/files/`, copied verbatim.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// Path inside the bundle, always under `files/`, `/`-separated; also its path in
    /// `content/`.
    pub path: String,
    /// Its size when content/ was read.
    pub size: u64,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawSite {
    id: Spanned<String>,
    release: Spanned<i64>,
    released: Option<Spanned<toml::value::Datetime>>,
    #[serde(default = "default_valid_days")]
    valid_days: Spanned<i64>,
    signatories_stated: Spanned<i64>,
    publisher_key: Option<Spanned<String>>,
    languages: Spanned<BTreeMap<String, Spanned<RawLanguage>>>,
}

fn default_valid_days() -> Spanned<i64> {
    Spanned::new(0..0, 365)
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
struct RawLanguage {
    title: Spanned<String>,
    name: Option<Spanned<String>>,
}

impl SiteConfig {
    /// `DIR/site.toml`, read as [`Content::load`] reads it (a regular file, no link on the way),
    /// and where it is; `None` when there is none. For commands that need only the site's id or
    /// publisher key.
    pub fn load(dir: &Path) -> Result<Option<(PathBuf, Self)>> {
        let Ok(root) = Root::open(dir) else {
            return Ok(None);
        };
        if root.kind(Path::new(SITE_TOML)).at(dir)?.is_none() {
            return Ok(None);
        }
        let path = dir.join(SITE_TOML);
        let text = read_content_text(&root, SITE_TOML, MAX_CONFIG)?;
        let (site, _) = Self::parse(&path, &text)?;
        Ok(Some((path, site)))
    }

    pub fn parse(path: &Path, text: &str) -> Result<(Self, Vec<LanguageSpec>)> {
        let raw: RawSite = parse_toml(path, text)?;
        let err = |span: std::ops::Range<usize>, message: String| Error::Config {
            location: location(path, text, span.start),
            message,
        };
        let id = raw.id.get_ref().clone();
        if id.is_empty()
            || !id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        {
            return Err(err(
                raw.id.span(),
                "`id` must be lowercase letters, digits and dashes, e.g. id = \"open-letter\""
                    .into(),
            ));
        }
        let release = u64::try_from(*raw.release.get_ref())
            .ok()
            .filter(|&r| r > 0 && r <= MAX_RELEASE)
            .ok_or_else(|| {
                err(
                    raw.release.span(),
                    format!(
                        "`release` must be a whole number from 1 to {MAX_RELEASE} (the largest every reader's browser can hold); raise it by one for every release"
                    ),
                )
            })?;
        let released = match raw.released {
            None => None,
            Some(dt) => {
                let text_dt = dt.get_ref().to_string();
                let ts = text_dt.parse::<jiff::Timestamp>().map_err(|e| {
                    let why = if dt.get_ref().offset.is_none() || dt.get_ref().time.is_none() {
                        "needs a date, a time and a time zone".to_string()
                    } else {
                        format!("is not a usable time ({e})")
                    };
                    err(
                        dt.span(),
                        format!(
                            "`released` = {text_dt} {why}, e.g. released = 2026-11-29T12:00:00Z"
                        ),
                    )
                })?;
                Some(ts)
            }
        };
        let valid_days = u32::try_from(*raw.valid_days.get_ref())
            .ok()
            .filter(|&d| (1..=3660).contains(&d))
            .ok_or_else(|| {
                err(
                    raw.valid_days.span(),
                    "`valid-days` must be between 1 and 3660".into(),
                )
            })?;
        let signatories_stated =
            u64::try_from(*raw.signatories_stated.get_ref()).map_err(|_| {
                err(
                    raw.signatories_stated.span(),
                    "`signatories-stated` must be zero or more".into(),
                )
            })?;
        let publisher_key = match raw.publisher_key {
            Some(k) if !k.get_ref().trim().is_empty() => {
                Some(PublicKey::parse(k.get_ref()).map_err(|e| err(k.span(), e.to_string()))?)
            }
            _ => None,
        };
        if raw.languages.get_ref().is_empty() {
            return Err(err(
                raw.languages.span(),
                "list at least one language, e.g. [languages.en] with title = \"…\"".into(),
            ));
        }
        let mut languages = Vec::new();
        for (code, lang) in raw.languages.into_inner() {
            let span = lang.span();
            let lang = lang.into_inner();
            if !valid_language_code(&code) {
                return Err(err(
                    span,
                    format!("{code:?} is not a language code; use codes such as \"en\" or \"ru\""),
                ));
            }
            let title = lang.title.get_ref().trim();
            if title.is_empty() || title.chars().any(is_unsafe_char) {
                return Err(err(
                    lang.title.span(),
                    format!("[languages.{code}] needs a title on one line"),
                ));
            }
            let name = match &lang.name {
                Some(n) if !n.get_ref().trim().is_empty() => n.get_ref().trim().to_string(),
                Some(n) => return Err(err(n.span(), "`name` must not be empty".into())),
                None => strings::language_name(&code)
                    .ok_or_else(|| {
                        err(
                            span.clone(),
                            format!(
                                "[languages.{code}] needs the language's name in itself, e.g. name = \"Deutsch\""
                            ),
                        )
                    })?
                    .to_string(),
            };
            languages.push(LanguageSpec {
                code,
                name,
                title: title.to_string(),
            });
        }
        Ok((
            SiteConfig {
                id,
                release,
                released,
                valid_days,
                signatories_stated,
                publisher_key,
            },
            languages,
        ))
    }
}

/// A small BCP 47 check: a 2–3 letter primary tag and optional alphanumeric subtags.
fn valid_language_code(code: &str) -> bool {
    let mut parts = code.split('-');
    let primary = parts.next().unwrap_or_default();
    (2..=3).contains(&primary.len())
        && primary.chars().all(|c| c.is_ascii_lowercase())
        && parts.all(|p| (1..=8).contains(&p.len()) && p.chars().all(|c| c.is_ascii_alphanumeric()))
}

impl Content {
    /// Read `content/` and check everything the bundle needs.
    pub fn load(dir: &Path) -> Result<Self> {
        if !dir.is_dir() {
            return Err(Error::Content(crate::safe_fs::not_here(
                dir,
                &format!("{}, or pass --content DIR", crate::safe_fs::NO_PROJECT),
            )));
        }
        let root = Root::open(dir).at(dir)?;
        let site_path = dir.join(SITE_TOML);
        let site_text = read_content_text(&root, SITE_TOML, MAX_CONFIG)?;
        let (site, langs) = SiteConfig::parse(&site_path, &site_text)?;

        let mut languages = Vec::new();
        for spec in langs {
            let name = format!("letter.{}.md", spec.code);
            let path = dir.join(&name);
            if root.kind(Path::new(&name)).at(&path)?.is_none() {
                return Err(Error::Content(format!(
                    "{}: missing; site.toml lists language {:?}, so its letter must be here",
                    shown(&path),
                    spec.code
                )));
            }
            let markdown = read_content_text(&root, &name, MAX_LETTER)?;
            languages.push(Language {
                code: spec.code,
                name: spec.name,
                title: spec.title,
                markdown,
                source: path,
            });
        }

        let signatories_path = dir.join(SIGNATORIES_TXT);
        let file = root
            .open_regular(Path::new(SIGNATORIES_TXT))
            .map_err(|e| content_read_error(root.path(), SIGNATORIES_TXT, e))?;
        let signatories = Signatories::read(file, &signatories_path)?;
        let attachments = attachments(&root)?;
        check_no_strays(&root, &languages)?;
        Ok(Content {
            site,
            languages,
            signatories,
            attachments,
            root,
        })
    }

    /// Open an attachment for copying, through `content/`, never through a link.
    pub fn open_attachment(&self, a: &Attachment) -> Result<std::fs::File> {
        self.root
            .open_regular(Path::new(&a.path))
            .map_err(|e| content_read_error(self.root.path(), &a.path, e))
    }
}

/// The error for a file of `content/` that cannot be read as a regular file.
fn content_read_error(dir: &Path, rel: &str, e: ReadError) -> Error {
    let path = dir.join(rel);
    match e {
        ReadError::Missing => Error::Content(format!("{}: missing", shown(&path))),
        ReadError::NotAFile => Error::Content(format!(
            "{}: a symbolic link or not a regular file (or a link on the way to it); content/ is read without following links, so copy the file itself here",
            shown(&path)
        )),
        ReadError::TooLarge => Error::Content(format!(
            "{}: far larger than any file of this kind; is it the right file?",
            shown(&path)
        )),
        ReadError::Io(e) => Error::io(&path, e),
    }
}

/// A text file of `content/`: a regular file (no link), UTF-8, at most `cap` bytes; a leading
/// byte-order mark is dropped.
fn read_content_text(root: &Root, rel: &str, cap: u64) -> Result<String> {
    let bytes = root
        .read_regular(Path::new(rel), cap)
        .map_err(|e| content_read_error(root.path(), rel, e))?;
    let path = root.path().join(rel);
    let mut text = String::from_utf8(bytes).map_err(|e| {
        Error::Content(format!(
            "{}: not UTF-8 (first bad byte at offset {}); save the file as UTF-8",
            shown(&path),
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// Every file of `content/files/`, found without following links; a link anywhere there is
/// refused. Names that would collide on case-insensitive or normalising filesystems are refused
/// too: a mirror on Windows, macOS, SMB or FAT would keep only one of them.
fn attachments(root: &Root) -> Result<Vec<Attachment>> {
    let files_path = root.path().join(FILES_DIR);
    let files = match root.kind(Path::new(FILES_DIR)).at(&files_path)? {
        None => return Ok(Vec::new()),
        Some((Kind::Dir, _)) => root.subdir(Path::new(FILES_DIR)).at(&files_path)?,
        Some((Kind::Link, _)) => {
            return Err(Error::Content(format!(
                "{}: a symbolic link; put the attachments themselves in {FILES_DIR}/ so the bundle does not depend on what it points to",
                shown(&files_path)
            )));
        }
        Some(_) => {
            return Err(Error::Content(format!(
                "{}: not a folder; attachments go in the folder {FILES_DIR}/",
                shown(&files_path)
            )));
        }
    };
    let mut out = Vec::new();
    for entry in files.walk().at(&files_path)? {
        let full = files_path.join(&entry.path);
        match entry.kind {
            Kind::Dir => continue,
            Kind::Link => {
                return Err(Error::Content(format!(
                    "{}: a symbolic link; copy the file itself into {FILES_DIR}/ so the bundle does not depend on what it points to",
                    shown(&full)
                )));
            }
            Kind::Other => {
                return Err(Error::Content(format!(
                    "{}: not a regular file (a pipe or a device); attachments are files",
                    shown(&full)
                )));
            }
            Kind::File => {}
        }
        let rel = Path::new(FILES_DIR).join(&entry.path);
        let path = bundle_path(&rel).ok_or_else(|| {
            Error::Content(format!(
                "{}: this file name cannot go into the bundle; use UTF-8 names without control characters, backslashes or a leading dot",
                shown(&full)
            ))
        })?;
        out.push(Attachment {
            path,
            size: entry.size,
        });
    }
    check_no_collisions(root.path(), out.iter().map(|a| a.path.as_str()))?;
    Ok(out)
}

/// Refuse two paths (or folders on their way) that differ only in case or Unicode
/// normalisation (`A.pdf` and `a.pdf`, `café` composed and decomposed).
fn check_no_collisions<'a>(dir: &Path, paths: impl Iterator<Item = &'a str>) -> Result<()> {
    use unicode_normalization::UnicodeNormalization as _;
    let fold = |s: &str| -> String { s.nfc().collect::<String>().to_lowercase().nfc().collect() };
    let mut seen: BTreeMap<String, String> = BTreeMap::new();
    for path in paths {
        let mut prefix = String::new();
        for part in path.split('/') {
            if !prefix.is_empty() {
                prefix.push('/');
            }
            prefix.push_str(part);
            let key = fold(&prefix);
            match seen.get(&key) {
                Some(other) if *other != prefix => {
                    return Err(Error::Content(format!(
                        "{} and {}: the names differ only in case or Unicode normalisation, and mirrors on Windows, macOS, SMB or FAT would keep only one; rename one of them",
                        shown(&dir.join(other)),
                        shown(&dir.join(&prefix))
                    )));
                }
                Some(_) => {}
                None => {
                    seen.insert(key, prefix.clone());
                }
            }
        }
    }
    Ok(())
}

/// A relative path as it appears in the bundle (`/`-separated), if it is one we can list safely
/// in `SHA256SUMS` and serve from any web server.
pub fn bundle_path(rel: &Path) -> Option<String> {
    let mut parts = Vec::new();
    for c in rel.components() {
        let std::path::Component::Normal(part) = c else {
            return None;
        };
        let part = part.to_str()?;
        // Leading or trailing spaces vanish on some storage (OpenDAL trims them), so a name
        // with them could overwrite its neighbour on a mirror.
        if part.starts_with('.')
            || part != part.trim()
            || part
                .chars()
                .any(|ch| ch.is_control() || ch == '\\' || ch == '/')
        {
            return None;
        }
        parts.push(part);
    }
    (!parts.is_empty()).then(|| parts.join("/"))
}

fn check_no_strays(root: &Root, languages: &[Language]) -> Result<()> {
    let dir = root.path();
    let mut strays = Vec::new();
    for (name, _, _) in root.list(None).at(dir)? {
        let name = name.to_string_lossy().into_owned();
        let known = name == SITE_TOML
            || name == SIGNATORIES_TXT
            || name == FILES_DIR
            || name.starts_with('.')
            || languages
                .iter()
                .any(|l| name == format!("letter.{}.md", l.code));
        if !known {
            strays.push(crate::text::shown(&name));
        }
    }
    if strays.is_empty() {
        return Ok(());
    }
    strays.sort();
    Err(Error::Content(format!(
        "{}: unexpected {} {}; attachments go in {FILES_DIR}/, letters are letter.<lang>.md for a language listed in {SITE_TOML}",
        shown(dir),
        if strays.len() == 1 {
            "entry"
        } else {
            "entries"
        },
        strays.join(", ")
    )))
}
