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

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use super::strings;
use crate::config::{location, parse_toml};
use crate::error::{Error, IoContext, Result};
use crate::safe_fs::{MAX_CONFIG, read_text};
use crate::signing::PublicKey;
use crate::text::is_unsafe_char;

pub const SITE_TOML: &str = "site.toml";
pub const SIGNATORIES_TXT: &str = "signatories.txt";
pub const FILES_DIR: &str = "files";

/// Everything the site is built from.
#[derive(Debug)]
pub struct Content {
    pub site: SiteConfig,
    pub languages: Vec<Language>,
    pub signatories: Vec<String>,
    pub attachments: Vec<Attachment>,
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

/// Size caps for the files of `content/`: generous, but a mistaken 10 GB file is refused
/// instead of exhausting memory.
const MAX_LETTER: u64 = 16 << 20;
const MAX_SIGNATORIES: u64 = 1 << 30;
/// A signatory's name longer than this is a mistake (two lines run together, a pasted document),
/// and would make a page of names unreasonably large.
pub const MAX_NAME_BYTES: usize = 1000;

/// A file from `content/files/`, copied verbatim.
#[derive(Debug, Clone)]
pub struct Attachment {
    /// Path inside the bundle, always under `files/`, `/`-separated.
    pub path: String,
    pub source: PathBuf,
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
            .filter(|&r| r > 0)
            .ok_or_else(|| {
                err(
                    raw.release.span(),
                    "`release` must be a whole number from 1 up; raise it by one for every release"
                        .into(),
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
            return Err(Error::Content(format!(
                "{}: no content directory here; pass --content DIR (see README, \"content/\")",
                dir.display()
            )));
        }
        let site_path = dir.join(SITE_TOML);
        let site_text = read_text(&site_path, MAX_CONFIG)?;
        let (site, langs) = SiteConfig::parse(&site_path, &site_text)?;

        let mut languages = Vec::new();
        for spec in langs {
            let path = dir.join(format!("letter.{}.md", spec.code));
            if !path.is_file() {
                return Err(Error::Content(format!(
                    "{}: missing; site.toml lists language {:?}, so its letter must be here",
                    path.display(),
                    spec.code
                )));
            }
            let markdown = read_text(&path, MAX_LETTER)?;
            languages.push(Language {
                code: spec.code,
                name: spec.name,
                title: spec.title,
                markdown,
                source: path,
            });
        }

        let signatories_path = dir.join(SIGNATORIES_TXT);
        let signatories = parse_signatories(
            &signatories_path,
            &read_text(&signatories_path, MAX_SIGNATORIES)?,
        )?;
        let attachments = attachments(dir)?;
        check_no_strays(dir, &languages)?;
        Ok(Content {
            site,
            languages,
            signatories,
            attachments,
        })
    }
}

/// One name per line; blank lines are skipped, surrounding spaces trimmed, order kept.
pub fn parse_signatories(path: &Path, text: &str) -> Result<Vec<String>> {
    let mut names = Vec::new();
    for (n, line) in text.lines().enumerate() {
        let name = line.trim();
        if name.is_empty() {
            continue;
        }
        if name.chars().any(char::is_control) {
            return Err(Error::Content(format!(
                "{}:{}: a control character in a signatory's name; remove it",
                path.display(),
                n + 1
            )));
        }
        if name.len() > MAX_NAME_BYTES {
            return Err(Error::Content(format!(
                "{}:{}: a name of {} bytes (at most {MAX_NAME_BYTES}); are two lines run together?",
                path.display(),
                n + 1,
                name.len()
            )));
        }
        names.push(name.to_string());
    }
    Ok(names)
}

fn attachments(dir: &Path) -> Result<Vec<Attachment>> {
    let root = dir.join(FILES_DIR);
    if !root.exists() {
        return Ok(Vec::new());
    }
    let mut out = Vec::new();
    for entry in walkdir::WalkDir::new(&root).sort_by_file_name() {
        let entry = entry.map_err(|e| {
            let path = e.path().unwrap_or(&root).to_path_buf();
            Error::io(path, e.into())
        })?;
        let rel = entry.path().strip_prefix(dir).unwrap_or(entry.path());
        if entry.path_is_symlink() {
            return Err(Error::Content(format!(
                "{}: a symbolic link; copy the file itself into {FILES_DIR}/ so the bundle does not depend on what it points to",
                entry.path().display()
            )));
        }
        if entry.file_type().is_dir() {
            continue;
        }
        let path = bundle_path(rel).ok_or_else(|| {
            Error::Content(format!(
                "{}: this file name cannot go into the bundle; use UTF-8 names without control characters, backslashes or a leading dot",
                entry.path().display()
            ))
        })?;
        out.push(Attachment {
            path,
            source: entry.path().to_path_buf(),
        });
    }
    Ok(out)
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

fn check_no_strays(dir: &Path, languages: &[Language]) -> Result<()> {
    let entries = std::fs::read_dir(dir).at(dir)?;
    let mut strays = Vec::new();
    for entry in entries {
        let entry = entry.at(dir)?;
        let name = entry.file_name().to_string_lossy().into_owned();
        let known = name == SITE_TOML
            || name == SIGNATORIES_TXT
            || name == FILES_DIR
            || name.starts_with('.')
            || languages
                .iter()
                .any(|l| name == format!("letter.{}.md", l.code));
        if !known {
            strays.push(name);
        }
    }
    if strays.is_empty() {
        return Ok(());
    }
    strays.sort();
    Err(Error::Content(format!(
        "{}: unexpected {} {}; attachments go in {FILES_DIR}/, letters are letter.<lang>.md for a language listed in {SITE_TOML}",
        dir.display(),
        if strays.len() == 1 {
            "entry"
        } else {
            "entries"
        },
        strays.join(", ")
    )))
}
