//! The letter's Markdown, rendered to HTML and to plain text.
//!
//! Raw HTML in the Markdown is shown as text, never passed through: the pages promise no script
//! and a strict Content-Security-Policy, and the content must not be able to break that promise.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};

fn parser(markdown: &str) -> Parser<'_> {
    Parser::new_ext(
        markdown,
        Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH,
    )
}

/// Markdown to an HTML fragment, with raw HTML escaped.
pub fn to_html(markdown: &str) -> String {
    let events = parser(markdown).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    let mut html = String::with_capacity(markdown.len() * 2);
    pulldown_cmark::html::push_html(&mut html, events);
    html
}

/// Every link and image destination, with its byte offset in the Markdown.
pub fn links(markdown: &str) -> Vec<(usize, String)> {
    parser(markdown)
        .into_offset_iter()
        .filter_map(|(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some((range.start, dest_url.into_string()))
            }
            _ => None,
        })
        .collect()
}

/// Markdown to plain text for minimal clients: the words as written, one blank line between
/// blocks, source line breaks kept.
///
/// Items of a bulleted list go on their own lines; they get a "- " only when they do not start
/// with a symbol of their own (the letter's items start with "❌", which is their bullet).
pub fn to_plain(markdown: &str) -> String {
    let mut out = String::with_capacity(markdown.len());
    let mut lists: Vec<Option<u64>> = Vec::new();
    let mut item_start = false;
    for event in parser(markdown) {
        match event {
            Event::Start(Tag::List(first)) => lists.push(first),
            Event::End(TagEnd::List(_)) => {
                lists.pop();
                if lists.is_empty() {
                    out.push('\n');
                }
            }
            Event::Start(Tag::Item) => {
                if !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                out.push_str(&"  ".repeat(lists.len().saturating_sub(1)));
                if let Some(Some(n)) = lists.last_mut() {
                    out.push_str(&format!("{n}. "));
                    *n += 1;
                } else {
                    item_start = true;
                }
            }
            Event::End(TagEnd::Item) if !out.ends_with('\n') => out.push('\n'),
            Event::End(TagEnd::Paragraph | TagEnd::Heading(_) | TagEnd::BlockQuote(_))
            | Event::End(TagEnd::CodeBlock) => {
                if lists.is_empty() {
                    out.push_str("\n\n");
                } else if !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            Event::Text(text) | Event::Code(text) | Event::Html(text) | Event::InlineHtml(text) => {
                if item_start {
                    item_start = false;
                    if text.chars().next().is_some_and(char::is_alphanumeric) {
                        out.push_str("- ");
                    }
                }
                out.push_str(&text);
            }
            Event::SoftBreak | Event::HardBreak => out.push('\n'),
            Event::Rule => out.push_str("----\n\n"),
            _ => {}
        }
    }
    let trimmed = out.trim_end();
    format!("{trimmed}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn raw_html_is_escaped() {
        let html = to_html("Hello <script>alert(1)</script>\n");
        assert!(!html.contains("<script>"), "{html}");
        assert!(html.contains("&lt;script&gt;"), "{html}");
    }

    #[test]
    fn plain_keeps_words_and_symbol_bullets() {
        let md = "First  paragraph.\n\n- ❌ one\n- ❌ two\n- three\n\nLast.\n";
        assert_eq!(
            to_plain(md),
            "First  paragraph.\n\n❌ one\n❌ two\n- three\n\nLast.\n"
        );
    }
}
