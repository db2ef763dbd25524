//! The user's own files (configuration, keys, the release log): read with a size cap, written
//! through a temporary name and a rename. Trees we did not write (mirrors, bundles, `content/`)
//! go through [`crate::tree`] instead.

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::path::Path;

use crate::error::{Error, IoContext, Result};

/// The most we read of a configuration file (`site.toml`, `mirrors.toml`).
pub const MAX_CONFIG: u64 = 1 << 20;

/// Read at most `cap` bytes; `Err(None)` when there is more.
pub(crate) fn read_capped(
    file: File,
    cap: u64,
) -> std::result::Result<Vec<u8>, Option<std::io::Error>> {
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

/// What to say, outside any project, when a project file is missing.
pub const NO_PROJECT: &str =
    "no mirrorcast project here: start one with `mirrorcast init DIR`, or cd into yours";

/// What to say when the project file `path` (relative, as a flag's default) is not where it was
/// looked for: where that was, and the project above it if there is one (someone ran a command
/// from inside the project instead of its top), else `otherwise`.
pub fn not_here(path: &Path, otherwise: &str) -> String {
    let shown = crate::text::path(path);
    let Ok(here) = std::env::current_dir() else {
        return format!("{shown}: not found; {otherwise}");
    };
    if path.is_absolute() {
        return format!("{shown}: not found; {otherwise}");
    }
    // A project's top holds mirrors.toml or content/site.toml; the file looked for may not be
    // there yet either (dist/ before the first bundle), and then it says so from there.
    let above = here
        .ancestors()
        .skip(1)
        .find(|dir| dir.join("mirrors.toml").is_file() || dir.join("content/site.toml").is_file());
    match above {
        Some(dir) => format!(
            "you are in {}, a folder inside the project in {}; run mirrorcast from the \
             project's folder: `cd {}`",
            crate::text::path(&here),
            crate::text::path(dir),
            crate::text::shell_quote(&crate::text::path(dir))
        ),
        None => format!(
            "{shown}: not found in {}; {otherwise}",
            crate::text::path(&here)
        ),
    }
}
