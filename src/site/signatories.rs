//! `signatories.txt`, read in passes and never held whole: a petition's list can run to
//! millions of names, and bundling must not need memory in proportion. The first pass checks
//! every line and decides where each page of names starts and ends; each page is read again
//! (by position, from the same open file) when it is rendered, and the plain-text list is
//! streamed straight into the bundle. Memory is one page of names, and a few numbers per page.

use std::fs::File;
use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::FileExt as _;
use std::path::{Path, PathBuf};

use crate::error::{Error, Result};
use crate::text::path as shown;

/// A signatory's name longer than this is a mistake (two lines run together, a pasted document),
/// and would make a page of names unreasonably large.
pub const MAX_NAME_BYTES: usize = 1000;
/// The largest `signatories.txt`: six million names with an affiliation each, fifteen million
/// bare ones. Far beyond any petition, and a bundle from it still fits any disk.
pub const MAX_FILE_BYTES: u64 = 512 << 20;
/// A line (spaces included) longer than this is not a name: the reader stops there.
const MAX_LINE_BYTES: u64 = 64 * 1024;

/// Names per signatories page: about 60–100 KB of HTML for ordinary names, and few enough pages
/// that the page index stays short at 100,000 names.
pub const NAMES_PER_PAGE: usize = 1000;
/// Escaped names per page at most, in bytes. With the page index (bounded, see `render`) and the
/// page's frame this keeps every page under 1 MB, however long or markup-heavy the names are.
pub const PAGE_NAME_BYTES: usize = 600_000;

/// One page of names: which names, and where in the file they are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageSpan {
    /// The index of its first name.
    pub first: usize,
    /// How many names it holds.
    pub names: usize,
    /// Where its lines are in the file.
    pub bytes: std::ops::Range<u64>,
    /// The line number of its first line, for messages.
    pub line: usize,
}

/// The list of names, checked and paginated, read from its file on demand.
#[derive(Debug)]
pub struct Signatories {
    file: File,
    source: PathBuf,
    /// Where the names start (after a byte-order mark) and end.
    start: u64,
    end: u64,
    count: usize,
    pages: Vec<PageSpan>,
}

/// Reads `file` from `pos` up to `end` by position: several readers share one open file.
struct At<'a> {
    file: &'a File,
    pos: u64,
    end: u64,
}

impl Read for At<'_> {
    fn read(&mut self, buf: &mut [u8]) -> std::io::Result<usize> {
        let room = (self.end - self.pos).min(buf.len() as u64) as usize;
        if room == 0 {
            return Ok(0);
        }
        let n = self.file.read_at(&mut buf[..room], self.pos)?;
        self.pos += n as u64;
        Ok(n)
    }
}

/// Length of `name` escaped as a page holds it (`pulldown_cmark_escape::escape_html`), counted
/// without building it.
fn escaped_len(name: &str) -> usize {
    name.len()
        + name
            .bytes()
            .map(|b| match b {
                b'"' => 5,
                b'&' | b'\'' => 4,
                b'<' | b'>' => 3,
                _ => 0,
            })
            .sum::<usize>()
}

impl Signatories {
    /// The list from the open `file` (`source` names it in messages): every line checked, the
    /// pages decided.
    pub fn read(file: File, source: &Path) -> Result<Self> {
        let size = file.metadata().map_err(|e| Error::io(source, e))?.len();
        if size > MAX_FILE_BYTES {
            return Err(Error::Content(format!(
                "{}: {} MiB; at most {} MiB (millions of names) is accepted: is it the right file?",
                shown(source),
                size >> 20,
                MAX_FILE_BYTES >> 20
            )));
        }
        let mut bom = [0u8; 3];
        let start = match file.read_at(&mut bom, 0) {
            Ok(3) if bom == [0xef, 0xbb, 0xbf] => 3,
            _ => 0,
        };
        let mut list = Signatories {
            file,
            source: source.to_path_buf(),
            start,
            end: size,
            count: 0,
            pages: Vec::new(),
        };
        let mut page = PageSpan {
            first: 0,
            names: 0,
            bytes: start..start,
            line: 1,
        };
        let mut page_bytes = 0;
        let mut count = 0;
        let mut pages = Vec::new();
        list.each_line(start, size, 1, |line_no, at, name| {
            let size = escaped_len(name) + "<li></li>\n".len();
            if page.names > 0
                && (page.names == NAMES_PER_PAGE || page_bytes + size > PAGE_NAME_BYTES)
            {
                page.bytes.end = at;
                let next = PageSpan {
                    first: count,
                    names: 0,
                    bytes: at..at,
                    line: line_no,
                };
                pages.push(std::mem::replace(&mut page, next));
                page_bytes = 0;
            }
            page.names += 1;
            page_bytes += size;
            count += 1;
            Ok(())
        })?;
        page.bytes.end = size;
        // Always at least one page, possibly empty.
        pages.push(page);
        list.pages = pages;
        list.count = count;
        Ok(list)
    }

    /// How many names.
    pub fn count(&self) -> usize {
        self.count
    }

    /// The pages of names, in order; at least one.
    pub fn pages(&self) -> &[PageSpan] {
        &self.pages
    }

    /// The names of the page `index` (0-based), read again from the file.
    pub fn page_names(&self, index: usize) -> Result<Vec<String>> {
        let span = &self.pages[index];
        let mut names = Vec::with_capacity(span.names);
        self.each_line(span.bytes.start, span.bytes.end, span.line, |_, _, name| {
            names.push(name.to_string());
            Ok(())
        })?;
        if names.len() != span.names {
            return Err(self.changed());
        }
        Ok(names)
    }

    /// The plain-text list, one name per line, written to `out` as it is read.
    pub fn write_list(&self, out: &mut dyn Write) -> Result<()> {
        let mut written = 0;
        let mut failed = None;
        self.each_line(self.start, self.end, 1, |_, _, name| {
            if let Err(e) = out
                .write_all(name.as_bytes())
                .and_then(|_| out.write_all(b"\n"))
            {
                failed.get_or_insert(e);
            }
            written += 1;
            Ok(())
        })?;
        if let Some(e) = failed {
            return Err(Error::Content(format!("writing the list of names: {e}")));
        }
        if written != self.count {
            return Err(self.changed());
        }
        Ok(())
    }

    fn changed(&self) -> Error {
        Error::Content(format!(
            "{}: changed while the bundle was made; run bundle again",
            shown(&self.source)
        ))
    }

    /// Every name between `from` and `to` with its line number and where its line starts:
    /// lines trimmed, blank ones skipped, each checked.
    fn each_line(
        &self,
        from: u64,
        to: u64,
        first_line: usize,
        mut each: impl FnMut(usize, u64, &str) -> Result<()>,
    ) -> Result<()> {
        let mut reader = BufReader::with_capacity(
            1 << 16,
            At {
                file: &self.file,
                pos: from,
                end: to,
            },
        );
        let mut line = Vec::new();
        let (mut at, mut n) = (from, first_line);
        loop {
            line.clear();
            let read = reader
                .by_ref()
                .take(MAX_LINE_BYTES + 1)
                .read_until(b'\n', &mut line)
                .map_err(|e| Error::io(&self.source, e))?;
            if read == 0 {
                return Ok(());
            }
            if read as u64 > MAX_LINE_BYTES && line.last() != Some(&b'\n') {
                return Err(Error::Content(format!(
                    "{}:{n}: a line longer than {} KiB; one name per line",
                    shown(&self.source),
                    MAX_LINE_BYTES >> 10
                )));
            }
            let text = std::str::from_utf8(&line).map_err(|e| {
                Error::Content(format!(
                    "{}:{n}: not UTF-8 (first bad byte at column {}); save the file as UTF-8",
                    shown(&self.source),
                    e.valid_up_to() + 1
                ))
            })?;
            let name = text.trim();
            if !name.is_empty() {
                check_name(&self.source, n, name)?;
                each(n, at, name)?;
            }
            at += read as u64;
            n += 1;
        }
    }
}

fn check_name(source: &Path, line: usize, name: &str) -> Result<()> {
    // Control characters are C0 and DEL (one byte each) and C1 (U+0080 to U+009F, encoded as
    // 0xC2 0x80..0x9F): looked for in the bytes, without stopping early so that the compiler
    // checks many bytes at once; a million names go through here three times.
    let bytes = name.as_bytes();
    let c0 = bytes.iter().fold(0u8, |seen, &b| {
        seen | u8::from(b < 0x20) | u8::from(b == 0x7f)
    });
    let control = c0 != 0
        || (bytes.contains(&0xc2)
            && bytes
                .windows(2)
                .any(|w| w[0] == 0xc2 && (0x80..0xa0).contains(&w[1])));
    if control {
        return Err(Error::Content(format!(
            "{}:{line}: a control character in a signatory's name; remove it",
            shown(source)
        )));
    }
    if name.len() > MAX_NAME_BYTES {
        return Err(Error::Content(format!(
            "{}:{line}: a name of {} bytes (at most {MAX_NAME_BYTES}); are two lines run together?",
            shown(source),
            name.len()
        )));
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn list(text: &[u8]) -> Result<Signatories> {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("signatories.txt");
        std::fs::write(&path, text).expect("write");
        Signatories::read(File::open(&path).expect("open"), &path)
    }

    #[test]
    fn pages_split_by_count_and_by_size() {
        let short: String = (0..2500).map(|i| format!("n{i}\n")).collect();
        let l = list(short.as_bytes()).expect("the list");
        let counts: Vec<(usize, usize)> = l.pages().iter().map(|p| (p.first, p.names)).collect();
        assert_eq!(counts, [(0, 1000), (1000, 1000), (2000, 500)]);
        assert_eq!(l.page_names(1).expect("a page of names")[0], "n1000");
        let empty = list(b"").expect("the list");
        assert_eq!(empty.pages().len(), 1);
        assert_eq!(empty.count(), 0);
        // Names full of characters that escaping multiplies: pages end by size.
        let heavy = format!("{}\n", "\"".repeat(1000)).repeat(1000);
        let l = list(heavy.as_bytes()).expect("the list");
        assert!(l.pages().len() > 1);
        for (i, _) in l.pages().iter().enumerate() {
            let bytes: usize = l
                .page_names(i)
                .expect("a page of names")
                .iter()
                .map(|n| escaped_len(n) + 10)
                .sum();
            assert!(bytes <= PAGE_NAME_BYTES, "page {i}: {bytes}");
        }
    }

    #[test]
    fn escaped_lengths_and_control_characters_are_counted_in_bytes() {
        for name in ["plain", "<&>\"'", "Имя «в кавычках» & co", "a\u{85}b"] {
            let mut escaped = String::new();
            pulldown_cmark_escape::escape_html(&mut escaped, name).expect("escape");
            assert_eq!(escaped_len(name), escaped.len(), "{name}");
            let control = name.chars().any(char::is_control);
            assert_eq!(
                check_name(Path::new("s"), 1, name).is_err(),
                control,
                "{name}"
            );
        }
    }

    #[test]
    fn lines_are_trimmed_blank_ones_skipped_and_the_list_streams_back() {
        let l = list(b"\xef\xbb\xbf  Anna  \r\n\n\t\nBoris\nVera").expect("the list");
        assert_eq!(l.count(), 3);
        assert_eq!(
            l.page_names(0).expect("a page of names"),
            ["Anna", "Boris", "Vera"]
        );
        let mut out = Vec::new();
        l.write_list(&mut out).expect("the list");
        assert_eq!(out, b"Anna\nBoris\nVera\n");
        let e = list(b"ok\n\xff\xfe\n").unwrap_err().to_string();
        assert!(e.contains(":2: not UTF-8"), "{e}");
        let e = list(b"a\x07b\n").unwrap_err().to_string();
        assert!(e.contains(":1: a control character"), "{e}");
        let long = "x".repeat(70_000);
        let e = list(long.as_bytes()).unwrap_err().to_string();
        assert!(e.contains("longer than"), "{e}");
    }
}
