//! `verify --html`: the run as one self-contained page (no script, nothing loaded from outside),
//! to publish beside the site or open from disk.

use std::fmt::Write as _;

use base64::Engine as _;
use sha2::Digest as _;

use super::{Status, VerifyReport};
use crate::site::render::esc;

const STYLE: &str = "body{font-family:system-ui,sans-serif;margin:2em auto;max-width:72em;padding:0 1em;color:#111}\
table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:.3em .6em;border-bottom:1px solid #ddd;vertical-align:top}\
td.n{text-align:right;font-variant-numeric:tabular-nums}.s{font-weight:bold}.ok{color:#0a6b2d}.bad{color:#b00020}.warn{color:#8a5a00}\
small{color:#555}code{word-break:break-all}";

/// The page for `report`.
pub fn page(report: &VerifyReport) -> String {
    let hash = base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(STYLE));
    let title = match &report.site {
        Some(site) => format!("Copies of {site}: {}", summary(report)),
        None => format!("Copies: {}", summary(report)),
    };
    let mut h = String::with_capacity(8192);
    let _ = write!(
        h,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{hash}'; base-uri 'none'; form-action 'none'\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<h1>{}</h1>\n\
         <p>Checked {} against release {} with the publisher's key: every file's SHA-256, through the address readers use.</p>\n\
         <table>\n<thead><tr><th>Status</th><th>Copy</th><th>Release</th><th>Files</th><th>First byte</th><th>Time</th><th>Detail</th></tr></thead>\n<tbody>\n",
        esc(&title),
        esc(&title),
        esc(&report.checked_at),
        report.newest_release,
    );
    for c in &report.copies {
        let class = match c.status {
            Status::Ok => "ok",
            Status::Stale | Status::Expired => "warn",
            _ => "bad",
        };
        let _ = writeln!(
            h,
            "<tr><td class=\"s {class}\">{}</td><td>{}<br><small><code>{}</code></small></td><td class=\"n\">{}</td><td class=\"n\">{}/{}</td><td class=\"n\">{}</td><td class=\"n\">{:.2} s</td><td>{}</td></tr>",
            c.status.as_str(),
            esc(&c.name),
            esc(&c.url),
            c.release
                .map(|r| r.to_string())
                .unwrap_or_else(|| "–".into()),
            c.files_good,
            c.files_total,
            c.ttfb_ms
                .map(|t| format!("{t} ms"))
                .unwrap_or_else(|| "–".into()),
            c.seconds,
            esc(c.detail.as_deref().unwrap_or("")),
        );
    }
    h.push_str("</tbody>\n</table>\n</body>\n</html>\n");
    h
}

fn summary(report: &VerifyReport) -> String {
    format!("{} of {} ok", report.ok_count(), report.copies.len())
}
