//! Text we did not write, made safe to show: file names from a mirror or `content/`, answers
//! from peers, paths and addresses from flags and environment variables.
//!
//! Two dangers. Control and bidirectional-formatting characters can clear a terminal, fake a
//! line of a report or reorder it ([`printable`] shows them as `\u{…}` escapes). And secrets
//! pasted into the wrong place (a secret key's contents in `MIRRORCAST_SECRET_KEY`, a token in
//! an address's user part) must never be echoed back into a terminal, a CI log or `--json`
//! ([`redact`]). [`shown`] does both; the binary passes everything it prints through
//! [`for_terminal`] as well, so nothing reaches the screen raw whatever the library forgot.

use std::borrow::Cow;
use std::path::Path;

/// Text for a terminal: control and bidirectional-formatting characters (which could fake or
/// hide lines of a report) are shown as `\u{…}` escapes.
pub fn printable(text: &str) -> Cow<'_, str> {
    escape(text, is_unsafe_char)
}

fn escape(text: &str, unsafe_char: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(&unsafe_char) {
        return text.into();
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if unsafe_char(c) {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    out.into()
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

/// Untrusted text for a message: secrets hidden, then escaped.
pub fn shown(text: &str) -> String {
    printable(&redact(text)).into_owned()
}

/// A path for a message.
pub fn path(p: &Path) -> String {
    shown(&p.to_string_lossy())
}

/// Whole output for a terminal or a log: secrets hidden, control characters other than line
/// breaks and tabs escaped (the report's own layout keeps its lines).
pub fn for_terminal(text: &str) -> String {
    let redacted = redact(text);
    escape(&redacted, |c| c != '\n' && c != '\t' && is_unsafe_char(c)).into_owned()
}

/// Whether `text` looks like key material or a token rather than a path or a name: what
/// someone pasted where a file name belongs.
pub fn looks_secret(text: &str) -> bool {
    (matches!(redact(text), Cow::Owned(_)) && !text.contains("://"))
        || text.contains("untrusted comment:")
        || text.contains("PRIVATE KEY")
}

/// `text` with secrets replaced by `[redacted]`: credentials in addresses
/// (`https://user:token@host/`), private key blocks, minisign secret keys and other long
/// base64 runs, and tokens with well-known prefixes. Hashes, CIDs and public keys, which reports
/// show on purpose, are shorter than any of these and stay.
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut out: Option<String> = None;
    let mut current: &str = text;
    for pass in [
        redact_pem as fn(&str) -> Option<String>,
        redact_userinfo,
        redact_tokens,
        redact_long_base64,
    ] {
        if let Some(changed) = pass(current) {
            out = Some(changed);
            current = out.as_deref().expect("just set");
        }
    }
    match out {
        Some(s) => Cow::Owned(s),
        None => Cow::Borrowed(text),
    }
}

const REDACTED: &str = "[redacted]";

/// `-----BEGIN … PRIVATE KEY-----` blocks, to their end marker or the end of the text.
fn redact_pem(text: &str) -> Option<String> {
    let start = text.find("-----BEGIN")?;
    let header_end = text[start..].find("KEY-----").map(|i| start + i)?;
    let rest = &text[header_end..];
    let end = rest
        .find("-----END")
        .and_then(|e| rest[e..].find("KEY-----").map(|k| header_end + e + k + 8))
        .unwrap_or(text.len());
    let mut out = String::with_capacity(text.len());
    out.push_str(&text[..start]);
    out.push_str(REDACTED);
    let tail = &text[end..];
    out.push_str(&redact_pem(tail).unwrap_or_else(|| tail.to_string()));
    Some(out)
}

/// The user part of every `scheme://user:password@host` and the query of every address.
fn redact_userinfo(text: &str) -> Option<String> {
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while let Some(i) = rest.find("://") {
        let (before, after) = rest.split_at(i + 3);
        out.push_str(before);
        let end = after
            .find(|c: char| c.is_whitespace() || c == '"' || c == '\'' || c == '>' || c == ')')
            .unwrap_or(after.len());
        let (address, tail) = after.split_at(end);
        let authority_end = address.find(['/', '?', '#']).unwrap_or(address.len());
        let (mut authority, mut path) = address.split_at(authority_end);
        let mut rebuilt = String::new();
        if let Some(at) = authority.rfind('@') {
            rebuilt.push_str(REDACTED);
            rebuilt.push('@');
            authority = &authority[at + 1..];
            changed = true;
        }
        rebuilt.push_str(authority);
        // Webhook addresses carry their secret in the path.
        let host = authority.rsplit_once(':').map_or(authority, |(h, _)| h);
        let hook = ["hooks.slack.com", "discord.com", "discordapp.com"].contains(&host)
            && (path.starts_with("/services/") || path.starts_with("/api/webhooks/"));
        if hook {
            rebuilt.push_str("/[redacted]");
            path = "";
            changed = true;
        }
        if let Some(q) = path.find('?') {
            rebuilt.push_str(&path[..q]);
            rebuilt.push('?');
            rebuilt.push_str(REDACTED);
            path = "";
            changed = true;
        }
        rebuilt.push_str(path);
        out.push_str(&rebuilt);
        rest = tail;
    }
    out.push_str(rest);
    changed.then_some(out)
}

/// Tokens whose prefix says what they are (GitHub, GitLab, Slack, AWS access keys).
fn redact_tokens(text: &str) -> Option<String> {
    const PREFIXES: [&str; 9] = [
        "ghp_",
        "gho_",
        "ghu_",
        "ghs_",
        "ghr_",
        "github_pat_",
        "glpat-",
        "xoxb-",
        "xoxp-",
    ];
    let is_token_char = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut i = 0;
    while i < text.len() {
        let at_word_start = i == 0 || !is_token_char(text[..i].chars().next_back().unwrap_or(' '));
        let rest = &text[i..];
        let prefix = PREFIXES
            .iter()
            .find(|p| rest.starts_with(*p))
            .copied()
            .or_else(|| {
                (rest.len() >= 20
                    && (rest.starts_with("AKIA") || rest.starts_with("ASIA"))
                    && rest.as_bytes()[4..20]
                        .iter()
                        .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit()))
                .then_some("")
            });
        if at_word_start && let Some(prefix) = prefix {
            let len = rest.find(|c: char| !is_token_char(c)).unwrap_or(rest.len());
            if len >= prefix.len() + 8 {
                out.push_str(prefix);
                out.push_str(REDACTED);
                i += len;
                changed = true;
                continue;
            }
        }
        let c = rest.chars().next().expect("i is inside the text");
        out.push(c);
        i += c.len_utf8();
    }
    changed.then_some(out)
}

/// Runs of 180 or more base64 characters: a minisign secret key line is 212, an SSH or TLS key
/// line 64 to 70 inside a PEM block (caught above). Public keys (56), signatures (100), SHA-256
/// and SHA-512 in hex (64, 128) and CIDs (about 60) are shorter, and so is any file name worth
/// reading. Paths are exempt: a run where `/` separates many parts is a path, not a key.
fn redact_long_base64(text: &str) -> Option<String> {
    const MIN: usize = 180;
    let is_b64 = |c: char| c.is_ascii_alphanumeric() || matches!(c, '+' | '/' | '=');
    let mut out = String::with_capacity(text.len());
    let mut changed = false;
    let mut rest = text;
    while !rest.is_empty() {
        let start = rest.find(is_b64).unwrap_or(rest.len());
        out.push_str(&rest[..start]);
        rest = &rest[start..];
        let len = rest.find(|c: char| !is_b64(c)).unwrap_or(rest.len());
        let run = &rest[..len];
        let slashes = run.matches('/').count();
        if len >= MIN && slashes * 16 <= len {
            out.push_str(REDACTED);
            changed = true;
        } else {
            out.push_str(run);
        }
        rest = &rest[len..];
    }
    changed.then_some(out)
}

/// A path as a POSIX shell word, for commands the user pastes.
pub fn shell_quote(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_./+,:@%".contains(c));
    // `cd -x` would be an option, not a directory.
    let text = if text.starts_with('-') {
        format!("./{text}")
    } else {
        text.to_string()
    };
    if plain {
        text
    } else {
        format!("'{}'", text.replace('\'', r"'\''"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn printable_escapes_line_breaks_and_bidi() {
        assert_eq!(printable("a\nb\u{202e}c"), "a\\u{a}b\\u{202e}c");
        assert_eq!(printable("a\u{2028}b\u{61c}"), "a\\u{2028}b\\u{61c}");
        assert_eq!(printable("Подписант"), "Подписант");
        assert_eq!(for_terminal("a\n\u{1b}[2Jb\tc"), "a\n\\u{1b}[2Jb\tc");
    }

    #[test]
    fn secrets_are_hidden_and_public_values_stay() {
        let key = "untrusted comment: minisign encrypted secret key\nRWRTY0IyBVMl0PQ8ZBqbn0dGeYB2MHHvRF0TfHSV3jJ9kFTZvYQAABAAAAAAAAAAAAIAAAAAsBrRMjd0UuBjyhFa8wxOXc2R6Pp0kmgFrg/zSq9PMZA8/lJgFQTWsT6UhJEIk4sOXTi5VlFcdhAb1XtkMZ5drdzVU1TB3v6/XNpCNYYUZ1c/jzRJXPxOMNWUv/kexbA/H7q1ZuvR4Bwkw=\n";
        let shown = redact(key);
        assert!(!shown.contains("RWRTY0Iy"), "{shown}");
        assert!(looks_secret(key));
        assert_eq!(
            redact("verify https://user:TOKEN123@host.example/letter/ failed"),
            "verify https://[redacted]@host.example/letter/ failed"
        );
        assert_eq!(
            redact("GET https://host/x?token=abc"),
            "GET https://host/x?[redacted]"
        );
        assert_eq!(
            redact(
                "-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn\n-----END OPENSSH PRIVATE KEY-----\nafter"
            ),
            "[redacted]\nafter"
        );
        assert_eq!(
            redact("ghp_abcdefghijklmnopqrstuvwxyz0123"),
            "ghp_[redacted]"
        );
        assert_eq!(redact("key AKIAIOSFODNN7EXAMPLE"), "key [redacted]");
        // Not a key, and no byte boundary inside a character is ever cut.
        assert_eq!(
            redact("AKIA012345678901234é.pdf"),
            "AKIA012345678901234é.pdf"
        );
        assert_eq!(
            redact("post to https://hooks.slack.com/services/T0/B0/XyZsecret now"),
            "post to https://hooks.slack.com/[redacted] now"
        );
        for public in [
            "RWQf6LRCGA9i53mlYecO4IzT51TGPpvWucNSCh1CBM0QTaLn73Y7GFO3",
            "a948904f2f0f479b8f8197694b30184b0d2ed1c1cd2a1ec0fb85d299a192a447",
            "bafybeigdyrzt5sfp7udm7hu76uh7y26nf3efuylqabf3oclgtqy55fbzdi",
            "/home/organiser/projects/letter/content/files/report.pdf",
            "/aaaaaaaaaa/bbbbbbbbbbbb/cccccccccccc/dddddddddddd/eeeeeeeeeeee/ffffffffffff/gggggggggggggg/hhhhhhhhhhhh/iiiiiiiii",
            "mirror \"ssh-box\": ok",
            "files/2024AnnualReportOfTheCommitteeOnTelecommunicationsAndTheInternetInRussiaOctober2024FinalVersionApprovedByTheBoard.pdf",
        ] {
            assert_eq!(redact(public), public);
            assert!(!looks_secret(public), "{public}");
        }
    }

    #[test]
    fn shell_words() {
        assert_eq!(shell_quote("my-letter"), "my-letter");
        assert_eq!(shell_quote("My Letter"), "'My Letter'");
        assert_eq!(shell_quote("it's"), r"'it'\''s'");
        assert_eq!(shell_quote("-x"), "./-x");
        assert_eq!(shell_quote("$HOME"), "'$HOME'");
    }
}
