//! `mirrorcast release --next`: the one step a new release needs in content/site.toml, done
//! without touching anything else in the file (its comments and order stay as the organiser
//! wrote them).

use std::io::Write as _;
use std::path::{Path, PathBuf};

use serde::Serialize;

use super::Outcome;
use crate::cli::ReleaseArgs;
use crate::error::{Error, IoContext as _, Result};
use crate::report::Report;
use crate::tree::{FILE_MODE, Root};

/// What `release --next` changed.
#[derive(Debug, Clone, Serialize)]
#[serde(rename_all = "kebab-case")]
pub struct ReleaseReport {
    pub site_toml: String,
    pub previous: u64,
    pub release: u64,
    /// RFC 3339, to the second.
    pub released: String,
}

pub fn run(args: &ReleaseArgs) -> Result<Outcome> {
    debug_assert!(args.next);
    let path = args.content.join("site.toml");
    if !path.is_file() {
        return Err(Error::Content(crate::safe_fs::not_here(
            &path,
            &format!("{}, or pass --content DIR", crate::safe_fs::NO_PROJECT),
        )));
    }
    // content/ may come from a contributor: site.toml is read and replaced through the tree
    // access that follows no link, as bundling reads it.
    let root = Root::open(&args.content).at(&args.content)?;
    let name = Path::new("site.toml");
    let bytes = root
        .read_regular(name, crate::safe_fs::MAX_CONFIG)
        .map_err(|e| Error::Content(format!("{}: {e}", crate::text::path(&path))))?;
    let text = String::from_utf8(bytes)
        .map_err(|_| Error::Content(format!("{}: not UTF-8", crate::text::path(&path))))?;
    // The file must be one we can bundle before and after.
    crate::site::content::SiteConfig::parse(&path, &text)?;
    let released = jiff::Timestamp::now()
        .strftime("%Y-%m-%dT%H:%M:%SZ")
        .to_string();
    let (next, previous) = next_release(&text, &released)
        .map_err(|why| Error::Content(format!("{}: {why}", crate::text::path(&path))))?;
    crate::site::content::SiteConfig::parse(&path, &next)?;
    // A new file beside it, then one rename over it: never written through a link, never
    // left half-written.
    let temp = PathBuf::from(format!(
        ".site.toml.new-{}",
        crate::transport::random_name()
    ));
    let written = (|| {
        let mut file = root.create_new(&temp, FILE_MODE)?;
        file.write_all(next.as_bytes())?;
        file.sync_all()?;
        root.rename(&temp, name)
    })();
    if let Err(e) = written {
        let _ = root.remove_file(&temp);
        return Err(e).at(&path);
    }
    Ok(Outcome::ok(Report::Release(ReleaseReport {
        site_toml: path.display().to_string(),
        previous,
        release: previous + 1,
        released,
    })))
}

/// `text` with its top-level `release` raised by one and `released` set to `now` (added after
/// `release` when missing); and the release before.
fn next_release(text: &str, now: &str) -> std::result::Result<(String, u64), String> {
    let mut out = Vec::new();
    let (mut previous, mut saw_released, mut top) = (None, false, true);
    for line in text.lines() {
        let trimmed = line.trim_start();
        if trimmed.starts_with('[') {
            top = false;
        }
        let key = trimmed
            .split_once('=')
            .map(|(k, _)| k.trim())
            .filter(|_| top);
        match key {
            Some("release") => {
                let value = trimmed.split_once('=').map_or("", |(_, v)| v);
                let value = value.split('#').next().unwrap_or_default().trim();
                let n: u64 = value
                    .parse()
                    .map_err(|_| format!("`release = {value}` is not a whole number"))?;
                let next = n
                    .checked_add(1)
                    .filter(|n| *n <= crate::release::manifest::MAX_RELEASE)
                    .ok_or("`release` is already the highest possible")?;
                previous = Some(n);
                out.push(format!("release = {next}"));
            }
            Some("released") => {
                saw_released = true;
                out.push(format!("released = {now}"));
            }
            _ => out.push(line.to_string()),
        }
    }
    let previous = previous.ok_or("no `release = N` line at the top")?;
    if !saw_released {
        let at = out
            .iter()
            .position(|l| l.starts_with("release = "))
            .map_or(out.len(), |i| i + 1);
        out.insert(at, format!("released = {now}"));
    }
    let mut next = out.join("\n");
    if text.ends_with('\n') {
        next.push('\n');
    }
    Ok((next, previous))
}

#[cfg(test)]
mod tests {
    use super::next_release;

    #[test]
    fn only_the_two_lines_change() {
        let text = "# my letter\nid = \"x\"\nrelease = 7   # bump me\nreleased = 2026-01-01T00:00:00Z\n\n[languages.en]\ntitle = \"release = 3\"\n";
        let (next, previous) = next_release(text, "2026-12-02T10:00:00Z").unwrap();
        assert_eq!(previous, 7);
        assert_eq!(
            next,
            "# my letter\nid = \"x\"\nrelease = 8\nreleased = 2026-12-02T10:00:00Z\n\n[languages.en]\ntitle = \"release = 3\"\n"
        );
        let (added, _) = next_release("id = \"x\"\nrelease = 1\n", "NOW").unwrap();
        assert_eq!(added, "id = \"x\"\nrelease = 2\nreleased = NOW\n");
        assert!(next_release("id = \"x\"\n", "NOW").is_err());
        assert!(next_release("release = seven\n", "NOW").is_err());
    }
}
