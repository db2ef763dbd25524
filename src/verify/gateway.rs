//! IPFS gateways, checked without trusting them. First as a trustless gateway: the root as a CAR
//! (`?format=car`), every block hashed against its CID and the set of blocks compared with our
//! own DAG of the local bundle. A gateway that serves no CARs is read path by path under
//! `/ipfs/<cid>/` and checked like a mirror.

use std::collections::HashSet;

use cid::Cid;
use url::Url;

use super::{CopyKind, CopyReport, GatewayMethod, Mismatch, Options, Status};
use crate::ipfs::trustless::{digest_matches, sections};
use crate::transport::http::HttpReader;
use crate::transport::source::{FetchError, Source};

const CAR_TYPE: &str = "application/vnd.ipld.car";

pub(super) async fn check(
    name: &str,
    base: &Url,
    options: &Options<'_>,
    client: &reqwest::Client,
    http: &dyn Fn(&Url, bool) -> Source,
) -> CopyReport {
    let mut report = CopyReport::new(name, CopyKind::Gateway, base.to_string());
    let Some((local, (root, blocks, block_bytes))) =
        options.local.and_then(|l| l.dag.as_ref().map(|d| (l, d)))
    else {
        report.fail(
            Status::Unreachable,
            "no local bundle with a CID to ask the gateway for",
        );
        return report;
    };
    let (Ok(root_url), Ok(car_url)) = (
        base.join(&format!("ipfs/{root}/")),
        base.join(&format!("ipfs/{root}?format=car&dag-scope=all")),
    ) else {
        report.fail(Status::Unreachable, "the gateway's address takes no path");
        return report;
    };
    report.url = root_url.to_string();
    let reader = HttpReader {
        client: client.clone(),
        base: base.clone(),
        timeout: options.timeout,
        follow_off_origin: true,
    };
    let answer = reader.send(car_url, Some(CAR_TYPE)).await;
    match answer {
        Ok((res, ttfb))
            if res.status() == reqwest::StatusCode::OK
                && res
                    .headers()
                    .get(reqwest::header::CONTENT_TYPE)
                    .and_then(|v| v.to_str().ok())
                    .is_some_and(|t| t.starts_with(CAR_TYPE)) =>
        {
            report.method = Some(GatewayMethod::Car);
            report.ttfb_ms = Some(ttfb.as_millis() as u64);
            // Our own CAR's size and some slack: a genuine answer is never larger.
            let cap = block_bytes + 64 * (blocks.len() as u64) + (1 << 20);
            match reader.read_capped(res, cap).await {
                Ok(car) => check_car(&car, blocks, &mut report),
                Err(FetchError::TooLarge) => report.fail(
                    Status::Tampered,
                    format!("the CAR is larger than the {cap} bytes of our own"),
                ),
                Err(e) => super::fetch_failed(&mut report, "CAR", e),
            }
        }
        Err(e @ (FetchError::Unreachable(_) | FetchError::Redirected(_))) => {
            super::fetch_failed(&mut report, "CAR", e)
        }
        // No CAR here: fetch every file under /ipfs/<cid>/ and compare hashes instead.
        _ => {
            report.method = Some(GatewayMethod::Paths);
            super::check_copy(&http(&root_url, true), options, &mut report).await;
        }
    }
    if report.method == Some(GatewayMethod::Car) && report.status == Status::Ok {
        report.release = Some(local.manifest.release);
        report.expires = Some(local.manifest.expires.clone());
        report.created = Some(local.manifest.created.clone());
        report.site = Some(local.manifest.site.clone());
    }
    report
}

/// Hash every block of a CAR v1 against its CID, and compare the blocks with `expected`.
fn check_car(car: &[u8], expected: &HashSet<Cid>, report: &mut CopyReport) {
    report.files_total = expected.len() as u64;
    let mut seen = HashSet::new();
    match sections(car, |cid, data| match digest_matches(cid, data) {
        Ok(true) => {
            if expected.contains(cid) {
                seen.insert(*cid);
            }
        }
        Ok(false) => report.tampered.push(Mismatch {
            path: cid.to_string(),
            expected: "a block whose hash is its CID".into(),
            received: format!(
                "{} bytes whose SHA-256 is {}",
                data.len(),
                crate::hash::sha256_hex(data)
            ),
        }),
        Err(code) => report.tampered.push(Mismatch {
            path: cid.to_string(),
            expected: "a SHA-256 or identity CID, as our DAG has".into(),
            received: format!("a CID with hash code {code:#x}"),
        }),
    }) {
        Ok(_) => {}
        Err(at) => {
            report.fail(
                Status::Tampered,
                format!("the CAR is malformed at byte {at}"),
            );
            return;
        }
    }
    report.files_good = seen.len() as u64;
    let missing = expected.len() - seen.len();
    if !report.tampered.is_empty() {
        let n = report.tampered.len();
        report.fail(
            Status::Tampered,
            if n == 1 {
                "1 block does not match its CID".to_string()
            } else {
                format!("{n} blocks do not match their CID")
            },
        );
    } else if missing > 0 {
        let mut absent: Vec<String> = expected
            .difference(&seen)
            .map(ToString::to_string)
            .collect();
        absent.sort();
        report.missing = absent;
        report.fail(
            Status::Partial,
            format!(
                "{missing} of {} blocks missing: the DAG is incomplete",
                expected.len()
            ),
        );
    } else {
        report.status = Status::Ok;
    }
}

/// Every block CID of the bundle's DAG, and their total size.
pub fn local_dag(
    dir: &std::path::Path,
    profile: crate::ipfs::CidProfile,
) -> crate::Result<(Cid, HashSet<Cid>, u64)> {
    let mut sink = crate::ipfs::car::CidSet::default();
    let summary =
        crate::ipfs::unixfs::build(dir, profile, &mut sink, &crate::progress::NoProgress)?;
    Ok((summary.root, sink.0, summary.block_bytes))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn car_of(blocks: &[(Cid, Vec<u8>)]) -> Vec<u8> {
        let mut out = Vec::new();
        let header = b"\xa2eroots\x80gversion\x01";
        let mut buf = unsigned_varint::encode::u64_buffer();
        out.extend_from_slice(unsigned_varint::encode::u64(header.len() as u64, &mut buf));
        out.extend_from_slice(header);
        for (cid, data) in blocks {
            let c = cid.to_bytes();
            out.extend_from_slice(unsigned_varint::encode::u64(
                (c.len() + data.len()) as u64,
                &mut buf,
            ));
            out.extend_from_slice(&c);
            out.extend_from_slice(data);
        }
        out
    }

    fn raw_cid(data: &[u8]) -> Cid {
        let mh = multihash::Multihash::<64>::wrap(0x12, &crate::hash::sha256(data)).expect("wrap");
        Cid::new_v1(0x55, mh)
    }

    #[test]
    fn a_car_is_checked_block_by_block() {
        let (a, b) = (b"first block".to_vec(), b"second block".to_vec());
        let (ca, cb) = (raw_cid(&a), raw_cid(&b));
        let expected: HashSet<Cid> = [ca, cb].into();
        let report = || CopyReport::new("g", CopyKind::Gateway, "u".into());

        let mut r = report();
        check_car(
            &car_of(&[(ca, a.clone()), (cb, b.clone())]),
            &expected,
            &mut r,
        );
        assert_eq!((r.status, r.files_good, r.files_total), (Status::Ok, 2, 2));

        // A flipped byte in one block.
        let mut bad = b.clone();
        bad[0] ^= 1;
        let mut r = report();
        check_car(&car_of(&[(ca, a.clone()), (cb, bad)]), &expected, &mut r);
        assert_eq!(r.status, Status::Tampered);
        assert_eq!(r.tampered[0].path, cb.to_string());
        assert_eq!(r.detail.as_deref(), Some("1 block does not match its CID"));

        // A block left out.
        let mut r = report();
        check_car(&car_of(&[(ca, a.clone())]), &expected, &mut r);
        assert_eq!(r.status, Status::Partial);
        assert_eq!(r.missing, [cb.to_string()]);

        // Cut short in the middle of a block.
        let car = car_of(&[(ca, a), (cb, b)]);
        let mut r = report();
        check_car(&car[..car.len() - 3], &expected, &mut r);
        assert_eq!(r.status, Status::Tampered);
        assert!(r.detail.as_deref().is_some_and(|d| d.contains("malformed")));
    }
}
