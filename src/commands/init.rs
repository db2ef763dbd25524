//! `init`: start a new organiser's project in a directory: a `content/` template that bundles as
//! it is, a `mirrors.toml` with one local mirror (so `publish` works with no account and no
//! network), a key pair, and a `.gitignore` that keeps the secret key out of the repository.
//!
//! An organiser's files are precious, so init never replaces anything: every path it would write
//! is looked at first, and if any is taken nothing is written at all. Should a write still fail
//! half-way (a full disk), what this run made is taken away again, so the directory is as it was
//! and init can simply be run again.

use std::path::{Path, PathBuf};

use super::{Context, Outcome};
use crate::cli::{InitArgs, KeygenArgs};
use crate::config::MirrorsConfig;
use crate::error::{Error, Result};
use crate::report::{InitReport, NextStep, Report};
use crate::safe_fs::write_atomic;
use crate::site::content::{SIGNATORIES_TXT, SITE_TOML, SiteConfig};

/// The names `bundle`, `push` and `publish` look for by default, so the next commands need no
/// flags.
const CONTENT: &str = "content";
const MIRRORS_TOML: &str = "mirrors.toml";
const SECRET_KEY: &str = "mirrorcast.key";
const PUBLIC_KEY: &str = "mirrorcast.pub";
const GITIGNORE: &str = ".gitignore";
const LETTER: &str = "letter.en.md";

/// The one active mirror: a folder beside mirrors.toml (`push` does not make a missing mirror
/// folder, so init does).
const LOCAL_MIRROR: &str = "local-1";
const MIRRORS_DIR: &str = "mirrors";
const LOCAL_MIRROR_DIR: &str = "mirrors/local-1";

pub fn run(args: &InitArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let dir = args.dir.as_path();
    let existed = match std::fs::metadata(dir) {
        Ok(meta) if meta.is_dir() => true,
        Ok(_) => {
            return Err(Error::Usage(format!(
                "{}: a file, not a directory; give init a new or empty directory, e.g. `mirrorcast init my-letter`",
                dir.display()
            )));
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
        Err(e) => return Err(explain(dir, e)),
    };
    let site = site_id(args.site.as_deref(), dir)?;
    if existed {
        refuse_taken(dir)?;
    }

    let mut made = Made::new(dir);
    if !existed {
        made.missing_dirs()?;
    }
    // Before the password is asked for: typing one for a directory that cannot be written is
    // wasted effort, and the error would come after it.
    tempfile::Builder::new()
        .prefix(".mirrorcast-init-")
        .tempfile_in(dir)
        .map_err(|e| explain(dir, e))?;

    // The key first: its public half goes into site.toml.
    let key = super::keygen::create(
        &KeygenArgs {
            secret_key: dir.join(SECRET_KEY),
            public_key: dir.join(PUBLIC_KEY),
            unencrypted: args.unencrypted,
            force: false,
        },
        ctx,
    )
    .map_err(explained)?;
    made.file(SECRET_KEY);
    made.file(PUBLIC_KEY);

    // Whole seconds in UTC: the form site.toml's `released` takes.
    let released = ctx.now.strftime("%Y-%m-%dT%H:%M:%SZ").to_string();
    let site_toml = site_toml(&site, &released, &key.public_key);
    let mirrors_toml = mirrors_toml();
    // The loaders are the judges of the templates: what they refuse, `bundle` would refuse too.
    SiteConfig::parse(&dir.join(CONTENT).join(SITE_TOML), &site_toml)?;
    MirrorsConfig::parse(&dir.join(MIRRORS_TOML), &mirrors_toml)?;

    made.dir(CONTENT)?;
    made.write(&format!("{CONTENT}/{SITE_TOML}"), &site_toml)?;
    made.write(&format!("{CONTENT}/{LETTER}"), LETTER_TEMPLATE)?;
    // Empty: every non-blank line of signatories.txt is published as a name, so there is no
    // comment syntax to explain the format in; site.toml and the letter's placeholder do.
    made.write(&format!("{CONTENT}/{SIGNATORIES_TXT}"), "")?;
    made.write(MIRRORS_TOML, &mirrors_toml)?;
    if !dir.join(MIRRORS_DIR).is_dir() {
        made.dir(MIRRORS_DIR)?;
    }
    made.dir(LOCAL_MIRROR_DIR)?;
    made.write(GITIGNORE, GITIGNORE_TEMPLATE)?;
    let created = made.keep();

    let mut next_steps = Vec::new();
    if dir != Path::new(".") {
        next_steps.push(NextStep {
            command: format!("cd {}", crate::text::shell_quote(&dir.to_string_lossy())),
            why: "the commands below work from the project's directory".into(),
        });
    }
    next_steps.extend([
        NextStep {
            command: format!("${{EDITOR:-nano}} {CONTENT}/{LETTER}"),
            why: format!(
                "write the letter; its title is in {CONTENT}/{SITE_TOML}, the names go in {CONTENT}/{SIGNATORIES_TXT}, one per line"
            ),
        },
        NextStep {
            command: format!("${{EDITOR:-nano}} {MIRRORS_TOML}"),
            why: format!(
                "list your mirrors; the local one in {LOCAL_MIRROR_DIR}/ is checked on disk and has no public address"
            ),
        },
        NextStep {
            command: "mirrorcast publish".into(),
            why: "bundle, sign and check the site, then put it on every mirror".into(),
        },
    ]);
    Ok(Outcome::ok(Report::Init(InitReport {
        dir: dir.display().to_string(),
        site,
        created,
        key,
        next_steps,
    })))
}

/// `--site`, checked, else an id made from the directory's name ("Open Letter 2026" gives
/// `open-letter-2026`).
fn site_id(given: Option<&str>, dir: &Path) -> Result<String> {
    let rule = "lowercase letters, digits and dashes, e.g. --site open-letter";
    if let Some(id) = given {
        let valid = !id.is_empty()
            && id
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
        if !valid {
            return Err(Error::Usage(format!("--site {id:?}: a site id is {rule}")));
        }
        return Ok(id.to_string());
    }
    // "." and "sub/.." have no name of their own; the real path does.
    let name = dir
        .canonicalize()
        .or_else(|_| std::path::absolute(dir))
        .ok()
        .and_then(|p| p.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_default();
    let mut id = String::new();
    for c in name.chars().map(|c| c.to_ascii_lowercase()) {
        if c.is_ascii_lowercase() || c.is_ascii_digit() {
            id.push(c);
        } else if !id.is_empty() && !id.ends_with('-') {
            id.push('-');
        }
    }
    while id.ends_with('-') {
        id.pop();
    }
    if id.is_empty() {
        return Err(Error::Usage(format!(
            "{}: no site id can be made from this directory's name; pass --site ID ({rule})",
            dir.display()
        )));
    }
    Ok(id)
}

/// Refuse, naming every one, if any path init writes is already there.
fn refuse_taken(dir: &Path) -> Result<()> {
    let mut taken: Vec<PathBuf> = [
        CONTENT,
        MIRRORS_TOML,
        SECRET_KEY,
        PUBLIC_KEY,
        GITIGNORE,
        LOCAL_MIRROR_DIR,
    ]
    .iter()
    .map(|rel| dir.join(rel))
    // Not `exists()`: a dangling link is something there too.
    .filter(|p| p.symlink_metadata().is_ok())
    .collect();
    // `mirrors/` may already hold other folders; it only has to be a directory.
    let mirrors = dir.join(MIRRORS_DIR);
    if mirrors.symlink_metadata().is_ok() && !mirrors.is_dir() {
        taken.push(mirrors);
    }
    if taken.is_empty() {
        return Ok(());
    }
    let names: Vec<String> = taken.iter().map(|p| p.display().to_string()).collect();
    Err(Error::Usage(format!(
        "{}: already {}; init never replaces an organiser's files: run it in a new directory (`mirrorcast init NEW-DIR`), or move {} away first",
        names.join(", "),
        if taken.len() == 1 { "exists" } else { "exist" },
        if taken.len() == 1 { "it" } else { "them" }
    )))
}

/// What this run has made, taken away again (newest first) unless [`Made::keep`] is called, so a
/// failed init leaves the directory as it found it.
struct Made<'a> {
    dir: &'a Path,
    /// Relative to `dir`, in the order made; directories end in `/`.
    paths: Vec<String>,
    /// Directories made above and including `dir` itself, when it was missing.
    parents: Vec<PathBuf>,
    kept: bool,
}

impl<'a> Made<'a> {
    fn new(dir: &'a Path) -> Self {
        Made {
            dir,
            paths: Vec::new(),
            parents: Vec::new(),
            kept: false,
        }
    }

    /// Make `dir` and whichever of its parents are missing.
    fn missing_dirs(&mut self) -> Result<()> {
        let mut missing = Vec::new();
        let mut p = self.dir;
        while p.symlink_metadata().is_err() {
            missing.push(p.to_path_buf());
            match p.parent() {
                Some(parent) if !parent.as_os_str().is_empty() => p = parent,
                _ => break,
            }
        }
        for d in missing.into_iter().rev() {
            std::fs::create_dir(&d).map_err(|e| explain(&d, e))?;
            self.parents.push(d);
        }
        Ok(())
    }

    fn file(&mut self, rel: &str) {
        self.paths.push(rel.to_string());
    }

    /// `create_dir`, not `create_dir_all`: it fails if something appeared there since
    /// [`refuse_taken`] looked, so nothing is ever adopted and later removed by mistake.
    fn dir(&mut self, rel: &str) -> Result<()> {
        let path = self.dir.join(rel);
        std::fs::create_dir(&path).map_err(|e| explain(&path, e))?;
        self.paths.push(format!("{rel}/"));
        Ok(())
    }

    /// A new file (0644); `write_atomic` without overwrite fails rather than replace one.
    fn write(&mut self, rel: &str, text: &str) -> Result<()> {
        write_atomic(&self.dir.join(rel), text.as_bytes(), 0o644, false).map_err(explained)?;
        self.file(rel);
        Ok(())
    }

    fn keep(mut self) -> Vec<String> {
        self.kept = true;
        std::mem::take(&mut self.paths)
    }
}

impl Drop for Made<'_> {
    fn drop(&mut self) {
        if self.kept {
            return;
        }
        // Best effort, and only what this run made: each path was absent and was made by a call
        // that fails if something is there; directories go only if empty.
        for rel in self.paths.iter().rev() {
            let path = self.dir.join(rel.trim_end_matches('/'));
            let _ = if rel.ends_with('/') {
                std::fs::remove_dir(&path)
            } else {
                std::fs::remove_file(&path)
            };
        }
        for d in self.parents.iter().rev() {
            let _ = std::fs::remove_dir(d);
        }
    }
}

/// An I/O error where init writes, with what to do when it is about permissions.
fn explain(path: &Path, e: std::io::Error) -> Error {
    use std::io::ErrorKind::{PermissionDenied, ReadOnlyFilesystem};
    // The reason in words of our own: the OS error's text can carry the name of a probe file
    // the user never asked for.
    let why = match e.kind() {
        PermissionDenied => "permission denied",
        ReadOnlyFilesystem => "a read-only file system",
        _ => return Error::io(path, e),
    };
    Error::Usage(format!(
        "{}: cannot write here ({why}); run init in a directory you can write to, or change its permissions",
        path.display()
    ))
}

fn explained(e: Error) -> Error {
    match e {
        Error::Io { path, source } => explain(&path, source),
        other => other,
    }
}

fn site_toml(id: &str, released: &str, public_key: &str) -> String {
    fill(
        include_str!("init_templates/site.toml"),
        &[
            ("id", id),
            ("released", released),
            ("public-key", public_key),
        ],
    )
}

const LETTER_TEMPLATE: &str = include_str!("init_templates/letter.en.md");
/// The template letter's opening words: `bundle` warns while a letter still holds them.
pub(crate) const TEMPLATE_OPENING: &str = "Write your letter here, in this file";

fn mirrors_toml() -> String {
    fill(
        include_str!("init_templates/mirrors.toml"),
        &[("name", LOCAL_MIRROR), ("path", LOCAL_MIRROR_DIR)],
    )
}

/// A template with each `{{name}}` replaced by its value.
fn fill(template: &str, values: &[(&str, &str)]) -> String {
    values
        .iter()
        .fold(template.to_string(), |text, (name, value)| {
            text.replace(&format!("{{{{{name}}}}}"), value)
        })
}

const GITIGNORE_TEMPLATE: &str = include_str!("init_templates/gitignore");

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn site_ids_from_directory_names() {
        let id = |name: &str| site_id(None, Path::new("/nowhere").join(name).as_path());
        assert_eq!(
            id("Open Letter 2026").expect("a site id"),
            "open-letter-2026"
        );
        assert_eq!(id(".tmpAb_C1").expect("a site id"), "tmpab-c1");
        assert_eq!(id("--x--").expect("a site id"), "x");
        let e = id("письмо").unwrap_err().to_string();
        assert!(e.contains("pass --site ID"), "{e}");
        assert_eq!(
            site_id(Some("my-site"), Path::new("/x")).expect("a site id"),
            "my-site"
        );
        let e = site_id(Some("My Site"), Path::new("/x"))
            .unwrap_err()
            .to_string();
        assert_eq!(
            e,
            "--site \"My Site\": a site id is lowercase letters, digits and dashes, e.g. --site open-letter"
        );
    }

    #[test]
    fn templates_pass_the_loaders() {
        let key = crate::release::signing::generate(None)
            .expect("a key pair")
            .public
            .to_base64();
        let text = site_toml("my-letter", "2026-11-29T12:00:00Z", &key);
        let (site, languages) = SiteConfig::parse(Path::new("site.toml"), &text).expect("parses");
        assert_eq!(site.id, "my-letter");
        assert_eq!(site.release, 1);
        assert_eq!(
            site.publisher_key.expect("a publisher key").to_base64(),
            key
        );
        assert_eq!(languages.len(), 1);
        assert_eq!(languages[0].code, "en");

        let mirrors =
            MirrorsConfig::parse(Path::new("/p/mirrors.toml"), &mirrors_toml()).expect("parses");
        assert_eq!(mirrors.mirrors.len(), 1);
        let m = &mirrors.mirrors[0];
        assert_eq!(m.name, LOCAL_MIRROR);
        assert!(m.urls.is_empty());
        assert_eq!(
            m.transport,
            Some(crate::config::TransportConfig::Dir(
                crate::transport::dir::Config {
                    path: PathBuf::from("/p/mirrors/local-1")
                }
            ))
        );
    }

    #[test]
    fn the_template_letter_opens_with_the_words_bundle_looks_for() {
        assert!(LETTER_TEMPLATE.starts_with(TEMPLATE_OPENING));
    }

    /// Every example the template shows, uncommented as its text says ("remove the leading
    /// `# `"), is a mirrors.toml mirrorcast takes: an organiser copying one is never refused.
    #[test]
    fn the_commented_examples_parse_once_uncommented() {
        let text = mirrors_toml();
        let (head, examples) = text.split_at(text.find("# More mirrors").expect("the examples"));
        let uncommented = examples
            .lines()
            .map(|line| match line.strip_prefix("# ") {
                Some(rest) if rest.starts_with('[') || rest.contains(" = ") => rest,
                _ => line,
            })
            .fold(head.to_string(), |text, line| text + line + "\n");
        let mirrors = MirrorsConfig::parse(Path::new("/p/mirrors.toml"), &uncommented)
            .unwrap_or_else(|e| panic!("{e}\n{uncommented}"));
        let names: Vec<&str> = mirrors.mirrors.iter().map(|m| m.name.as_str()).collect();
        for name in [
            LOCAL_MIRROR,
            "volunteer-tallinn",
            "volunteer-berlin",
            "bucket",
            "vps",
            "codeberg-pages",
            "usb-stick",
        ] {
            assert!(names.contains(&name), "{name} in {names:?}");
        }
        assert!(
            matches!(
                mirrors.mirrors[1].transport,
                Some(crate::config::TransportConfig::Mirrorcast(_))
            ),
            "{:?}",
            mirrors.mirrors[1].transport
        );
    }
}
