//! `content/` to the site's pages, deterministically: the same content always renders to the
//! same bytes, whatever the machine, directory or time.

pub mod content;
pub mod markdown;
pub mod render;
pub mod signatories;
pub(crate) mod strings;

pub use content::Content;
pub use render::{Page, RenderInput, Site};

use std::collections::BTreeSet;

use crate::config::location;
use crate::error::{Error, Result};

/// Links written in the letters must stay inside the bundle and name a file that is there: the
/// pages promise to work offline, under any path, with nothing loaded from outside.
pub fn check_letter_links(content: &Content, files: &BTreeSet<&str>) -> Result<()> {
    for lang in &content.languages {
        // Resolve under a root of our own: URL resolution clamps extra `..` at "/", which would
        // hide a link that climbs out of the bundle.
        const ROOT: &str = "/bundle-root/";
        let base = url::Url::parse(&format!(
            "http://bundle.invalid{ROOT}{}/index.html",
            lang.code
        ))
        .expect("a valid base URL");
        for (offset, dest) in markdown::links(&lang.markdown) {
            if dest.starts_with('#') {
                continue;
            }
            let at = || location(&lang.source, &lang.markdown, offset);
            let outside =
                url::Url::parse(&dest).is_ok() || dest.starts_with('/') || dest.starts_with('\\');
            if outside {
                return Err(Error::Content(format!(
                    "{}: the link {dest:?} leaves the bundle; pages link only to their own files (put documents in content/files/ and link to ../files/NAME)",
                    at()
                )));
            }
            let target = base
                .join(&dest)
                .ok()
                .filter(|u| u.host_str() == Some("bundle.invalid"));
            let path = target.as_ref().and_then(|u| {
                let rel = u.path().strip_prefix(ROOT)?;
                Some(
                    percent_encoding::percent_decode_str(rel)
                        .decode_utf8_lossy()
                        .into_owned(),
                )
            });
            if !path.as_deref().is_some_and(|p| files.contains(p)) {
                return Err(Error::Content(format!(
                    "{}: the link {dest:?} points to no file of the bundle; from this page, attachments are ../files/NAME",
                    at()
                )));
            }
        }
    }
    Ok(())
}
