//! Reading files we do not trust, and files we trust but must not read without bound.
//!
//! A bundle on disk may come from a hostile mirror: its "files" can be symbolic links (to
//! `/dev/zero`, or to a secret outside the bundle), FIFOs that block a reader forever, or
//! simply enormous. [`open_regular`] opens without following a link and without blocking, and
//! refuses anything but a regular file. Every whole-file read goes through a size cap.

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::path::Path;

use crate::error::{Error, IoContext, Result};

/// The most we read of a configuration file (`site.toml`, `mirrors.toml`).
pub const MAX_CONFIG: u64 = 1 << 20;

/// Why a bundle file could not be read.
#[derive(Debug)]
pub enum ReadError {
    Missing,
    NotAFile,
    TooLarge,
    Io(std::io::Error),
}

/// Open `path` for reading only if it is a regular file, itself and not through a link.
pub fn open_regular(path: &Path) -> std::result::Result<File, ReadError> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => ReadError::Missing,
        // O_NOFOLLOW on a link fails with ELOOP.
        _ if e.raw_os_error() == Some(libc::ELOOP) => ReadError::NotAFile,
        _ => ReadError::Io(e),
    })?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(file)
}

/// Read a regular file of at most `cap` bytes.
pub fn read_regular(path: &Path, cap: u64) -> std::result::Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    read_capped(file, cap).map_err(|e| match e {
        Some(e) => ReadError::Io(e),
        None => ReadError::TooLarge,
    })
}

/// Read at most `cap` bytes; `Err(None)` when there is more.
fn read_capped(file: File, cap: u64) -> std::result::Result<Vec<u8>, Option<std::io::Error>> {
    let mut bytes = Vec::new();
    file.take(cap + 1).read_to_end(&mut bytes).map_err(Some)?;
    if bytes.len() as u64 > cap {
        return Err(None);
    }
    Ok(bytes)
}

/// Read one of the user's own text files (configuration, content, keys): links are followed and
/// FIFOs allowed (`--secret-key <(pass show key)`), but the size is capped and the text must be
/// UTF-8. A leading byte-order mark is dropped.
pub fn read_text(path: &Path, cap: u64) -> Result<String> {
    let file = File::open(path).map_err(|e| Error::io(path, e))?;
    let bytes = read_capped(file, cap).map_err(|e| match e {
        Some(e) => Error::io(path, e),
        None => Error::Content(format!(
            "{}: larger than {} bytes, far beyond any file of this kind; is it the right file?",
            path.display(),
            cap
        )),
    })?;
    let mut text = String::from_utf8(bytes).map_err(|e| {
        Error::Content(format!(
            "{}: not UTF-8 (first bad byte at offset {}); save the file as UTF-8",
            path.display(),
            e.utf8_error().valid_up_to()
        ))
    })?;
    if text.starts_with('\u{feff}') {
        text.remove(0);
    }
    Ok(text)
}

/// The directory `path` is in (`.` for a bare file name), where its temporary file goes.
pub fn parent_or_dot(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

/// Set a file's permission bits (on Unix; elsewhere there are none to set).
pub fn set_mode(file: &File, mode: u32) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        file.set_permissions(std::fs::Permissions::from_mode(mode))
    }
    #[cfg(not(unix))]
    {
        let _ = (file, mode);
        Ok(())
    }
}

/// Write `bytes` to `path` through a temporary file in the same directory, so a reader never
/// sees half a file. `mode` applies on Unix (0600 for secret keys) before any byte is written.
pub fn write_atomic(path: &Path, bytes: &[u8], mode: u32, overwrite: bool) -> Result<()> {
    let dir = parent_or_dot(path);
    std::fs::create_dir_all(dir).at(dir)?;
    let mut tmp = tempfile::NamedTempFile::new_in(dir).at(dir)?;
    set_mode(tmp.as_file(), mode).at(tmp.path())?;
    tmp.write_all(bytes).at(tmp.path())?;
    tmp.as_file().sync_all().at(tmp.path())?;
    let result = if overwrite {
        tmp.persist(path).map(|_| ())
    } else {
        tmp.persist_noclobber(path).map(|_| ())
    };
    result.map_err(|e| {
        if e.error.kind() == std::io::ErrorKind::AlreadyExists {
            Error::Usage(format!(
                "{}: already exists; keep it, or pass --force to replace it (a replaced secret key is gone for good)",
                path.display()
            ))
        } else {
            Error::io(path, e.error)
        }
    })
}

/// Text for a terminal: control and bidirectional-formatting characters (which could fake or
/// hide lines of a report) are shown as `\u{…}` escapes.
pub fn printable(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.chars().any(is_unsafe_char) {
        return text.into();
    }
    text.chars()
        .map(|c| {
            if is_unsafe_char(c) {
                format!("\\u{{{:x}}}", u32::from(c))
            } else {
                c.to_string()
            }
        })
        .collect::<String>()
        .into()
}

/// Control characters and the invisible formatting characters that reorder or hide text.
pub fn is_unsafe_char(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{180e}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_line_breaks_and_bidi() {
        assert_eq!(printable("a\nb\u{202e}c"), "a\\u{a}b\\u{202e}c");
        assert_eq!(printable("a\u{2028}b\u{61c}"), "a\\u{2028}b\\u{61c}");
        assert_eq!(printable("Подписант"), "Подписант");
    }

    #[cfg(unix)]
    #[test]
    fn links_and_fifos_are_not_files() {
        let dir = tempfile::tempdir().unwrap();
        let target = dir.path().join("t");
        std::fs::write(&target, "x").unwrap();
        let link = dir.path().join("l");
        std::os::unix::fs::symlink(&target, &link).unwrap();
        assert!(matches!(read_regular(&link, 10), Err(ReadError::NotAFile)));
        let fifo = dir.path().join("f");
        assert!(
            std::process::Command::new("mkfifo")
                .arg(&fifo)
                .status()
                .unwrap()
                .success()
        );
        assert!(matches!(read_regular(&fifo, 10), Err(ReadError::NotAFile)));
        assert!(matches!(read_regular(&target, 0), Err(ReadError::TooLarge)));
        assert_eq!(read_regular(&target, 1).unwrap(), b"x");
        assert!(matches!(
            read_regular(&dir.path().join("none"), 1),
            Err(ReadError::Missing)
        ));
    }
}
