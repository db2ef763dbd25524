//! The pages. Every link is relative and names a file (`../ru/index.html`, never `../ru/`), so
//! the same bytes work under `https://host/`, any sub-path, an IPFS path gateway and `file://`.
//! No page loads anything from outside the bundle; the only outside addresses are the other
//! mirrors' public addresses on the mirrors page, marked `rel="external"`.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::{Digest as _, Sha256};

use super::content::{Content, Language};
use super::markdown;
use super::strings::{Strings, for_language};
use crate::config::MirrorsConfig;
use crate::release::manifest::{MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG};
use crate::release::signing::PublicKey;

/// The most pages of names in one folder: an IPFS directory holds 1,000 entries before tools
/// shard it (and disagree on how). Beyond it, pages go in numbered subfolders of 1,000.
const PAGES_PER_FOLDER: usize = 1000;

/// Up to this many pages the index links every page; beyond it, a window around the current
/// page, the ends, and every hundredth page, so the index never outgrows the page.
const FULL_INDEX_PAGES: usize = 200;

/// Plain-text list of every name, at the bundle's root.
pub const SIGNATORIES_TXT: &str = "signatories.txt";

const STYLE: &str = "\
:root{color-scheme:light dark}\
body{font:1.125rem/1.6 system-ui,-apple-system,\"Segoe UI\",Roboto,\"Noto Sans\",sans-serif;max-width:44rem;margin:0 auto;padding:1rem 1.25rem;color:#111;background:#fff}\
a{color:#0645ad}a:visited{color:#5a3696}\
:focus-visible{outline:3px solid #d35400;outline-offset:2px}\
.skip{position:absolute;left:-10000px}.skip:focus{left:1rem;top:1rem;background:#ffef00;color:#000;padding:.5rem}\
nav ul{list-style:none;padding:0;margin:0;display:flex;flex-wrap:wrap;gap:.25rem 1.25rem}\
header{border-bottom:1px solid #8886;padding-bottom:.5rem;margin-bottom:1rem}\
[aria-current]{font-weight:bold;text-decoration:none;color:inherit}\
article ul{list-style:none;padding-left:0}\
ol.names{padding-left:4.5em}\
.pages{margin:1.5rem 0}.pages ul{gap:.25rem .75rem}\
pre{white-space:pre-wrap;overflow-wrap:anywhere;background:#8881;padding:.5rem .75rem}\
footer{margin-top:3rem;border-top:1px solid #8886;font-size:.9rem}\
.proof-ok{color:#555}.proof-bad,.proof-note{font-weight:bold;border:2px solid currentColor;padding:.5rem .75rem}.proof-bad{color:#a00}.proof-note{color:#7a4a00}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}a:visited{color:#c58af9}.proof-ok{color:#aaa}.proof-bad{color:#ff8a80}.proof-note{color:#ffcc80}}\
@media print{nav,.skip,.pages{display:none}body{max-width:none;color:#000;background:#fff;font-size:11pt}a{color:#000}}";

/// The reader's check every page runs (assets/proof.js), and the signature code it needs
/// (assets/noble.js, vendored by scripts/vendor-noble): files of the bundle at its top. The
/// policy allows scripts from the copy's own origin only ('self'), not by hash: a hash needs an
/// `integrity` attribute, which needs CORS, which a page saved and opened from disk does not
/// have, and a saved page passed from hand to hand must still open cleanly. Pages read the same
/// without them.
pub const SCRIPTS: [(&str, &str); 2] = [
    ("noble.js", include_str!("assets/noble.js")),
    ("proof.js", include_str!("assets/proof.js")),
];

/// The service worker proof.js registers where it can (assets/sw.js): at the top of the bundle,
/// so that its scope is the whole site.
pub const SERVICE_WORKER: (&str, &str) = ("sw.js", include_str!("assets/sw.js"));

/// `sha256-BASE64` of `text`, as a CSP source.
fn sha256_source(text: &str) -> String {
    format!(
        "sha256-{}",
        base64::engine::general_purpose::STANDARD.encode(Sha256::digest(text.as_bytes()))
    )
}

/// What the pages are made from.
pub struct RenderInput<'a> {
    pub content: &'a Content,
    pub mirrors: &'a MirrorsConfig,
    pub public_key: &'a PublicKey,
}

/// One generated file of the site, rendered on its own (so a bundle never holds all of them in
/// memory at once).
#[derive(Debug, Clone, Copy)]
pub enum Page<'a> {
    /// `index.html`: the language chooser.
    Root,
    Letter(&'a Language),
    /// `letter.txt`, the letter as plain text.
    LetterText(&'a Language),
    /// A page of names, numbered from 1.
    Names(&'a Language, usize),
    Mirrors(&'a Language),
    Verify(&'a Language),
    /// `signatories.txt`, every name, streamed.
    List,
    /// One of [`SCRIPTS`].
    Script(&'static str),
}

/// The site to render: its pages and the policy every page carries.
pub struct Site<'a> {
    input: &'a RenderInput<'a>,
    csp: String,
}

impl<'a> Site<'a> {
    pub fn new(input: &'a RenderInput<'a>) -> Self {
        Site {
            input,
            csp: content_security_policy(input.mirrors),
        }
    }

    /// Every file of the site: its path in the bundle and what it is.
    pub fn pages(&self) -> Vec<(String, Page<'a>)> {
        let content = self.input.content;
        let names = content.signatories.pages().len();
        let mut out = vec![("index.html".to_string(), Page::Root)];
        for lang in &content.languages {
            let code = &lang.code;
            out.push((format!("{code}/index.html"), Page::Letter(lang)));
            out.push((format!("{code}/letter.txt"), Page::LetterText(lang)));
            for page in 1..=names {
                out.push((
                    format!("{code}/{}", names_path(page, names)),
                    Page::Names(lang, page),
                ));
            }
            out.push((format!("{code}/mirrors.html"), Page::Mirrors(lang)));
            out.push((format!("{code}/verify.html"), Page::Verify(lang)));
        }
        out.push((SIGNATORIES_TXT.to_string(), Page::List));
        for (name, text) in SCRIPTS.into_iter().chain([SERVICE_WORKER]) {
            out.push((name.to_string(), Page::Script(text)));
        }
        out
    }

    /// Write `page` to `out`.
    pub fn render(&self, page: Page<'_>, out: &mut dyn std::io::Write) -> crate::Result<()> {
        let write = |out: &mut dyn std::io::Write, text: String| {
            out.write_all(text.as_bytes())
                .map_err(|e| crate::Error::Content(format!("writing a page: {e}")))
        };
        let ctx = |lang| self.context(lang);
        match page {
            Page::Root => write(out, root_page(self.input, &self.csp)),
            Page::Letter(lang) => write(out, ctx(lang).letter_page()),
            Page::LetterText(lang) => write(
                out,
                format!("{}\n\n{}", lang.title, markdown::to_plain(&lang.markdown)),
            ),
            Page::Names(lang, page) => {
                let names = self.input.content.signatories.page_names(page - 1)?;
                write(out, ctx(lang).signatories_page(page, &names))
            }
            Page::Mirrors(lang) => write(out, ctx(lang).mirrors_page()),
            Page::Verify(lang) => write(out, ctx(lang).verify_page()),
            Page::List => self.input.content.signatories.write_list(out),
            Page::Script(text) => write(out, text.to_string()),
        }
    }
}

impl Site<'_> {
    fn context<'b>(&'b self, lang: &'b Language) -> PageContext<'b> {
        PageContext {
            input: self.input,
            code: lang.code.as_str(),
            strings: for_language(&lang.code),
            csp: &self.csp,
        }
    }
}

/// Where page `page` of `pages` pages of names is, below a language's folder: flat up to 1,000
/// pages, in numbered subfolders of 1,000 beyond (`signatories/2/1500.html`).
fn names_path(page: usize, pages: usize) -> String {
    if pages <= PAGES_PER_FOLDER {
        format!("signatories/{page}.html")
    } else {
        format!(
            "signatories/{}/{page}.html",
            (page - 1) / PAGES_PER_FOLDER + 1
        )
    }
}

/// The policy allows nothing but our one inline style sheet (by hash, which works under
/// `file://` where `'self'` is unreliable) and images from the bundle.
/// The policy every page carries. `connect-src` names this copy and exactly the origins of the
/// mirrors and gateways in the signed list, the only places a page's script may read from;
/// `worker-src` allows the service worker from this copy only.
fn content_security_policy(mirrors: &MirrorsConfig) -> String {
    let mut connect = vec!["'self'".to_string()];
    let urls = mirrors.mirrors.iter().flat_map(|m| &m.urls);
    for url in urls.chain(&mirrors.ipfs.gateways) {
        let origin = url.origin().ascii_serialization();
        if !connect.contains(&origin) {
            connect.push(origin);
        }
    }
    format!(
        "default-src 'none'; style-src '{}'; script-src 'self'; connect-src {}; worker-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
        sha256_source(STYLE),
        connect.join(" ")
    )
}

/// Escape text for HTML element content and attribute values.
pub(crate) fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    pulldown_cmark_escape::escape_html(&mut out, text).expect("writing to a String cannot fail");
    out
}

/// Everything up to and including `<body>`'s header.
fn head(
    input: &RenderInput<'_>,
    page: &str,
    lang: &str,
    title: &str,
    csp: &str,
    alternates: &[(String, String)],
) -> String {
    let mut h = String::with_capacity(4096);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{csp}\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n",
        esc(title)
    );
    for (hreflang, href) in alternates {
        let _ = writeln!(
            h,
            "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{href}\">"
        );
    }
    // Deferred: they run once the page is read, and never hold it up.
    let root = "../".repeat(page.matches('/').count());
    for (name, _) in SCRIPTS {
        let _ = write!(h, "<script src=\"{root}{name}\" defer");
        if name == "proof.js" {
            let _ = write!(
                h,
                " data-key=\"{}\" data-site=\"{}\" data-page=\"{}\" data-root=\"{root}\"",
                input.public_key.to_base64(),
                esc(&input.content.site.id),
                esc(page)
            );
        }
        h.push_str("></script>\n");
    }
    let _ = write!(h, "<style>{STYLE}</style>\n</head>\n<body>\n");
    h
}

/// Where proof.js says what it found: hidden until it does (so without script the page is as
/// it always was), with its words for every outcome.
fn proof_line(strings: &Strings) -> String {
    let mut p = String::from("<p id=\"proof\" role=\"status\" hidden");
    for (outcome, words) in strings.proof.outcomes() {
        let _ = write!(p, " data-{outcome}=\"{}\"", esc(words));
    }
    p.push_str("></p>");
    p
}

fn root_page(input: &RenderInput<'_>, csp: &str) -> String {
    let langs = &input.content.languages;
    let first = langs.first().map_or("en", |l| l.code.as_str());
    let mut alternates: Vec<(String, String)> = langs
        .iter()
        .map(|l| (l.code.clone(), format!("{}/index.html", l.code)))
        .collect();
    alternates.push(("x-default".into(), "index.html".into()));
    let title = langs
        .iter()
        .map(|l| l.title.as_str())
        .collect::<Vec<_>>()
        .join(" / ");
    let mut p = head(input, "index.html", first, &title, csp, &alternates);
    p.push_str("<main id=\"main\">\n");
    for l in langs {
        let s = for_language(&l.code);
        let _ = write!(
            p,
            "<section lang=\"{code}\">\n<h1>{title}</h1>\n<p><a href=\"{code}/index.html\" hreflang=\"{code}\">{name}: {letter}</a></p>\n</section>\n",
            code = l.code,
            title = esc(&l.title),
            name = esc(&l.name),
            letter = s.letter,
        );
    }
    let _ = write!(
        p,
        "<nav aria-label=\"{}\">\n<ul>\n",
        for_language(first).choose_language
    );
    for l in langs {
        let _ = writeln!(
            p,
            "<li><a href=\"{code}/index.html\" hreflang=\"{code}\" lang=\"{code}\">{name}</a></li>",
            code = l.code,
            name = esc(&l.name)
        );
    }
    p.push_str("</ul>\n</nav>\n");
    p.push_str(&proof_line(for_language(first)));
    p.push_str("\n</main>\n</body>\n</html>\n");
    p
}

struct PageContext<'a> {
    input: &'a RenderInput<'a>,
    code: &'a str,
    strings: &'static Strings,
    csp: &'a str,
}

#[derive(Clone, Copy, PartialEq)]
enum Section {
    Letter,
    Signatories,
    Mirrors,
    Verify,
}

impl PageContext<'_> {
    /// A page of this language at `path_in_lang` (e.g. `mirrors.html`, `signatories/2.html`).
    fn page(&self, path_in_lang: &str, title: &str, section: Section, main: &str) -> String {
        let s = self.strings;
        let depth = path_in_lang.matches('/').count() + 1;
        let up = "../".repeat(depth);
        let here = "../".repeat(depth - 1);
        let mut alternates: Vec<(String, String)> = self
            .input
            .content
            .languages
            .iter()
            .filter(|l| l.code != self.code)
            .map(|l| (l.code.clone(), format!("{up}{}/{path_in_lang}", l.code)))
            .collect();
        alternates.push(("x-default".into(), format!("{up}index.html")));
        let page = format!("{}/{path_in_lang}", self.code);
        let mut p = head(self.input, &page, self.code, title, self.csp, &alternates);
        let _ = write!(
            p,
            "<a class=\"skip\" href=\"#main\"{chrome}>{}</a>\n<header{chrome}>\n<nav aria-label=\"{}\">\n<ul>\n",
            s.skip,
            s.nav_label,
            chrome = self.chrome_lang()
        );
        let first_names = names_path(1, self.name_pages());
        let items = [
            (Section::Letter, "index.html", s.letter),
            (Section::Signatories, first_names.as_str(), s.signatories),
            (Section::Mirrors, "mirrors.html", s.mirrors),
            (Section::Verify, "verify.html", s.verify),
        ];
        for (sec, href, label) in items {
            let current =
                if sec == section && (section != Section::Signatories || path_in_lang == href) {
                    " aria-current=\"page\""
                } else {
                    ""
                };
            let _ = writeln!(p, "<li><a href=\"{here}{href}\"{current}>{label}</a></li>");
        }
        let _ = writeln!(
            p,
            "<li><a href=\"{here}letter.txt\">{}</a></li>",
            s.plain_text
        );
        for l in &self.input.content.languages {
            if l.code != self.code {
                let _ = writeln!(
                    p,
                    "<li><a href=\"{up}{code}/{path_in_lang}\" hreflang=\"{code}\" lang=\"{code}\">{name}</a></li>",
                    code = l.code,
                    name = esc(&l.name)
                );
            }
        }
        let _ = write!(
            p,
            "</ul>\n</nav>\n</header>\n<main id=\"main\"{main_lang}>\n{main}</main>\n<footer{chrome}>\n<p>{}</p>\n{}\n</footer>\n</body>\n</html>\n",
            self.release_line(&here),
            proof_line(self.strings),
            chrome = self.chrome_lang(),
            // Only the letter is in the page's language; the other pages are all our own words.
            main_lang = if section == Section::Letter {
                String::new()
            } else {
                self.chrome_lang()
            },
        );
        p
    }

    /// No dates and no release number here: the number is on the verify page, the dates in
    /// the signed manifest only. A page then changes only when its own content does, so
    /// re-signing changes no page and a new release sends mirrors only the pages it changed.
    fn release_line(&self, here: &str) -> String {
        format!("<a href=\"{here}verify.html\">{}</a>", self.strings.verify)
    }

    fn language(&self) -> &super::content::Language {
        self.input
            .content
            .languages
            .iter()
            .find(|l| l.code == self.code)
            .expect("pages are rendered only for listed languages")
    }

    /// ` lang="en"` where our words around the letter are not in the page's language (a
    /// language we have no translation for), so screen readers pronounce them right.
    fn chrome_lang(&self) -> String {
        if self.strings.code == self.code {
            String::new()
        } else {
            format!(" lang=\"{}\"", self.strings.code)
        }
    }

    /// How many pages of names there are.
    fn name_pages(&self) -> usize {
        self.input.content.signatories.pages().len()
    }

    fn letter_page(&self) -> String {
        let s = self.strings;
        let lang = self.language();
        let chrome = self.chrome_lang();
        let mut main = format!(
            "<article>\n<h1>{}</h1>\n{}</article>\n<p{chrome}><a href=\"{}\">{}</a> · <a href=\"letter.txt\">{}</a></p>\n",
            esc(&lang.title),
            markdown::to_html(&lang.markdown),
            names_path(1, self.name_pages()),
            s.signatories,
            s.plain_text
        );
        let attachments = &self.input.content.attachments;
        if !attachments.is_empty() {
            let _ = write!(main, "<h2{chrome}>{}</h2>\n<ul>\n", s.attachments);
            for a in attachments {
                let name = a.path.strip_prefix("files/").unwrap_or(&a.path);
                let _ = writeln!(
                    main,
                    "<li><a href=\"../{}\">{}</a></li>",
                    href_path(&a.path),
                    esc(name)
                );
            }
            main.push_str("</ul>\n");
        }
        self.page("index.html", &lang.title, Section::Letter, &main)
    }

    /// Page `page` of the names, holding `names`.
    fn signatories_page(&self, page: usize, names: &[String]) -> String {
        let pages = self.name_pages();
        let s = self.strings;
        let list = &self.input.content.signatories;
        let start = list.pages()[page - 1].first;
        let end = start + names.len();
        let path = names_path(page, pages);
        let up = "../".repeat(path.matches('/').count() + 1);
        let mut main = String::with_capacity(64 * names.len() + 4096);
        let _ = writeln!(main, "<h1>{}</h1>", s.signatories);
        // The totals on the first page only: a name added at the end then changes the first
        // and the last page, not every page (which every mirror would have to fetch again).
        if page == 1 {
            let _ = writeln!(
                main,
                "<p>{}: {}. {}: {}.</p>",
                s.names_listed,
                list.count(),
                s.stated_total,
                self.input.content.site.signatories_stated
            );
        }
        let pager = self.pager(page, pages);
        if names.is_empty() {
            let _ = writeln!(main, "<p>{}</p>", s.no_names);
        } else {
            main.push_str(&pager);
            let _ = write!(
                main,
                "<h2>{} {}–{}</h2>\n<ol class=\"names\" start=\"{}\">\n",
                s.names_range,
                start + 1,
                end,
                start + 1
            );
            for name in names {
                main.push_str("<li>");
                pulldown_cmark_escape::escape_html(&mut main, name)
                    .expect("writing to a String cannot fail");
                main.push_str("</li>\n");
            }
            main.push_str("</ol>\n");
            main.push_str(&pager);
        }
        let _ = writeln!(
            main,
            "<p><a href=\"{up}{SIGNATORIES_TXT}\">{}</a></p>",
            s.all_names_txt
        );
        let title = format!("{} ({page}/{pages})", s.signatories);
        self.page(&path, &title, Section::Signatories, &main)
    }

    /// Previous/next and a link to every page, relative to page `page`'s own folder.
    fn pager(&self, page: usize, pages: usize) -> String {
        if pages <= 1 {
            return String::new();
        }
        let href = |n: usize| {
            if pages <= PAGES_PER_FOLDER {
                format!("{n}.html")
            } else {
                format!("../{}", &names_path(n, pages)["signatories/".len()..])
            }
        };
        let s = self.strings;
        let mut p = format!(
            "<nav class=\"pages\" aria-label=\"{}\">\n<ul>\n",
            s.pages_label
        );
        if page > 1 {
            let _ = writeln!(
                p,
                "<li><a href=\"{}\" rel=\"prev\">{}</a></li>",
                href(page - 1),
                s.previous
            );
        }
        let mut gap = false;
        for n in 1..=pages {
            let listed = pages <= FULL_INDEX_PAGES
                || n <= 3
                || n + 3 > pages
                || n.abs_diff(page) <= 10
                || n % 100 == 0;
            if !listed {
                if !gap {
                    p.push_str("<li aria-hidden=\"true\">…</li>\n");
                }
                gap = true;
                continue;
            }
            gap = false;
            if n == page {
                let _ = writeln!(
                    p,
                    "<li><a href=\"{}\" aria-current=\"page\">{n}</a></li>",
                    href(n)
                );
            } else {
                let _ = writeln!(p, "<li><a href=\"{}\">{n}</a></li>", href(n));
            }
        }
        if page < pages {
            let _ = writeln!(
                p,
                "<li><a href=\"{}\" rel=\"next\">{}</a></li>",
                href(page + 1),
                s.next
            );
        }
        p.push_str("</ul>\n</nav>\n");
        p
    }

    fn mirrors_page(&self) -> String {
        let s = self.strings;
        let mirrors = self.input.mirrors;
        let mut main = format!("<h1>{}</h1>\n<p>{}</p>\n", s.mirrors, s.mirrors_intro);
        // Local copies (no public address) are the organisers' own; readers cannot open them.
        let public: Vec<_> = mirrors
            .mirrors
            .iter()
            .filter(|m| !m.urls.is_empty())
            .collect();
        if public.is_empty() {
            let _ = writeln!(main, "<p>{}</p>", s.no_mirrors);
        } else {
            main.push_str("<ul>\n");
            for m in public {
                let _ = write!(main, "<li>{}:", esc(&m.name));
                for u in &m.urls {
                    let _ = write!(
                        main,
                        " <a href=\"{u}\" rel=\"external noopener noreferrer\">{u}</a>",
                        u = esc(u.as_str())
                    );
                }
                main.push_str("</li>\n");
            }
            main.push_str("</ul>\n");
        }
        let ipfs = &mirrors.ipfs;
        let _ = write!(main, "<h2>IPFS</h2>\n<p>{}</p>\n", s.ipfs_intro);
        if ipfs.ipns.is_none() && ipfs.dnslink.is_none() && ipfs.gateways.is_empty() {
            let _ = writeln!(main, "<p>{}</p>", s.ipfs_pending);
        } else {
            main.push_str("<dl>\n");
            if let Some(name) = &ipfs.ipns {
                let _ = writeln!(
                    main,
                    "<dt>{}</dt><dd><code>/ipns/{}</code></dd>",
                    s.ipns_name,
                    esc(name)
                );
            }
            if let Some(domain) = &ipfs.dnslink {
                let _ = writeln!(
                    main,
                    "<dt>{}</dt><dd><code>/ipns/{}</code></dd>",
                    s.dnslink_name,
                    esc(domain)
                );
            }
            if !ipfs.gateways.is_empty() {
                let _ = write!(main, "<dt>{}</dt>", s.gateways);
                for g in &ipfs.gateways {
                    let _ = write!(main, "<dd><code>{}</code></dd>", esc(g.as_str()));
                }
                main.push('\n');
            }
            main.push_str("</dl>\n");
        }
        // Everything a reader needs to go on when scripts are off, blocked or not trusted.
        let key = self.input.public_key.to_base64();
        let _ = write!(
            main,
            "<h2>{}</h2>\n<p>{}</p>\n<p>{}: <code>{key}</code> ({}: <code>{}</code>)</p>\n",
            s.by_hand,
            s.by_hand_intro,
            s.publisher_key,
            s.key_id,
            self.input.public_key.key_id()
        );
        if let Some(name) = ipfs.ipns.as_deref().or(ipfs.dnslink.as_deref()) {
            let mut ways: Vec<String> = ipfs
                .gateways
                .iter()
                .filter_map(|g| g.join(&format!("ipns/{name}/")).ok())
                .map(|u| esc(u.as_str()))
                .collect();
            ways.push(format!("ipfs get /ipns/{}", esc(name)));
            let _ = write!(
                main,
                "<p>{}</p>\n<pre>{}</pre>\n",
                s.by_hand_ipfs,
                ways.join("\n")
            );
        }
        let _ = write!(
            main,
            "<p>{}</p>\n<pre>minisign -V -P {key} -m {MANIFEST}\nminisign -V -P {key} -m {SUMS}\nsha256sum -c {SUMS}</pre>\n",
            s.by_hand_check
        );
        self.page("mirrors.html", s.mirrors, Section::Mirrors, &main)
    }

    fn verify_page(&self) -> String {
        let s = self.strings;
        let key = self.input.public_key.to_base64();
        let mut main = format!(
            "<h1>{}</h1>\n<p>{}</p>\n<h2>{}</h2>\n<pre>{key}</pre>\n<p>{}: <code>{}</code>. {}</p>\n",
            s.verify,
            s.verify_intro,
            s.publisher_key,
            s.key_id,
            self.input.public_key.key_id(),
            s.key_advice
        );
        let _ = write!(
            main,
            "<h2>{}</h2>\n<p>{}</p>\n<ul>\n",
            s.with_minisign, s.download_these
        );
        for f in [MANIFEST, MANIFEST_SIG, SUMS, SUMS_SIG] {
            let _ = writeln!(main, "<li><a href=\"../{f}\">{f}</a></li>");
        }
        let _ = write!(
            main,
            "</ul>\n<p>{}</p>\n<pre>minisign -V -P {key} -m {MANIFEST}\nminisign -V -P {key} -m {SUMS}\nsha256sum -c {SUMS}</pre>\n\
             <h2>{}</h2>\n<pre>mirrorcast check . --publisher-key {key}</pre>\n<p>{}: {} {}. {}</p>\n",
            s.then_run,
            s.with_mirrorcast,
            s.this_copy,
            s.release,
            self.input.content.site.release,
            s.dates_in_manifest
        );
        self.page("verify.html", s.verify, Section::Verify, &main)
    }
}

/// A bundle path as an `href`: each segment percent-encoded, `/` kept.
fn href_path(path: &str) -> String {
    use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
    // Everything but unreserved characters (RFC 3986) is escaped within a segment.
    const SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
        .remove(b'-')
        .remove(b'.')
        .remove(b'_')
        .remove(b'~');
    path.split('/')
        .map(|seg| utf8_percent_encode(seg, SEGMENT).to_string())
        .collect::<Vec<_>>()
        .join("/")
}

#[cfg(test)]
mod tests {
    #[test]
    fn pages_of_names_go_in_folders_of_a_thousand_beyond_a_thousand() {
        assert_eq!(super::names_path(7, 1000), "signatories/7.html");
        assert_eq!(super::names_path(1, 1001), "signatories/1/1.html");
        assert_eq!(super::names_path(1000, 1001), "signatories/1/1000.html");
        assert_eq!(super::names_path(1001, 1001), "signatories/2/1001.html");
    }
}
