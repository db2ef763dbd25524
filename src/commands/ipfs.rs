//! `cid`, `car` and `pin`: the IPFS copy of a bundle.

use std::path::{Path, PathBuf};

use super::{Context, Outcome};
use crate::cli::{CarArgs, CidArgs, PinArgs};
use crate::config::{Auth, IpfsNode, MirrorsConfig};
use crate::error::{Error, Result};
use crate::ipfs::{car, pin, unixfs};
use crate::keys::StateDir;
use crate::report::{CarReport, Report};

pub fn cid(args: &CidArgs, ctx: &Context<'_>) -> Result<Outcome> {
    require_exists(&args.path)?;
    let summary = unixfs::cid_of(&args.path, args.cid_profile, ctx.progress)?;
    Ok(Outcome::ok(Report::Cid(summary)))
}

pub fn car(args: &CarArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let (report, _) = car_prepared(args, ctx)?;
    Ok(Outcome::ok(Report::Car(report)))
}

/// `car`, keeping the DAG's blocks for what comes next (publish's pin and gateway check).
pub(crate) fn car_prepared(
    args: &CarArgs,
    ctx: &Context<'_>,
) -> Result<(CarReport, car::Prepared)> {
    let dir = &args.cid.path;
    require_exists(dir)?;
    let dir_full = dir.canonicalize().map_err(|e| Error::io(dir, e))?;
    // By default the CAR goes beside the directory (dist → dist.car), never into it.
    let out = match &args.out {
        Some(out) => out.clone(),
        None => match dir.components().next_back() {
            // As given (dist → dist.car), so the report names it the way the user did.
            Some(std::path::Component::Normal(name)) => {
                dir.with_file_name(format!("{}.car", name.to_string_lossy()))
            }
            _ => match (dir_full.parent(), dir_full.file_name()) {
                (Some(parent), Some(name)) => {
                    parent.join(format!("{}.car", name.to_string_lossy()))
                }
                _ => PathBuf::from("bundle.car"),
            },
        },
    };
    // A CAR inside the directory would be read into itself, half-written.
    let out_parent = crate::safe_fs::parent_or_dot(&out);
    let out_parent = out_parent
        .canonicalize()
        .map_err(|e| Error::io(out_parent, e))?;
    if out_parent.starts_with(&dir_full) {
        return Err(Error::Usage(format!(
            "--out {}: the CAR cannot be written inside the directory it holds; write it beside it",
            out.display()
        )));
    }
    let prepared = car::prepare(dir, &out, args.cid.cid_profile, ctx.progress)?;
    let report = CarReport {
        car: out.display().to_string(),
        summary: prepared.summary.clone(),
    };
    Ok((report, prepared))
}

pub async fn pin(args: &PinArgs, ctx: &Context<'_>) -> Result<Outcome> {
    crate::release::check::require_dir(&args.check.dir)?;
    let mirrors = super::bundle::load_mirrors(&args.mirrors)?;
    let nodes = nodes(args, &mirrors)?;
    // Only a genuine bundle is worth pinning: check it as `check` would, first.
    let sendable = || {
        let next = "`mirrorcast publish`";
        super::check::sendable_bundle(&args.check, ctx, "pinned", "pinned", next)
    };
    let checked = match super::off_reactor(sendable)? {
        Ok(checked) => checked,
        Err(stopped) => return Ok(stopped),
    };
    pin_checked(args, &mirrors, &nodes, &checked, None, ctx).await
}

/// Pin a bundle that has passed its check on `nodes` and the services of `mirrors`.
pub(crate) async fn pin_checked(
    args: &PinArgs,
    mirrors: &MirrorsConfig,
    nodes: &[IpfsNode],
    checked: &super::check::Checked,
    prepared: Option<&car::Prepared>,
    ctx: &Context<'_>,
) -> Result<Outcome> {
    let dir = &args.check.dir;
    let (check, manifest) = (&checked.check, &checked.manifest);
    let state = StateDir::new(&args.check.state_dir);
    let unpin = older_releases(
        &[args.release_log.clone(), state.throwaway_release_log()],
        &manifest.site,
        &check.key_id,
        mirrors.ipfs.keep,
    )?;
    std::fs::create_dir_all(&args.check.state_dir)
        .map_err(|e| Error::io(&args.check.state_dir, e))?;
    let report = pin::pin(&pin::PinRequest {
        dir,
        profile: args.cid_profile,
        config: &mirrors.ipfs,
        nodes,
        site: &manifest.site,
        release: manifest.release,
        unpin: &unpin,
        work_dir: &args.check.state_dir,
        prepared,
        progress: ctx.progress,
    })
    .await?;
    let exit_code = if report.providers.iter().all(|p| p.error.is_none()) {
        0
    } else {
        1
    };
    Ok(Outcome {
        report: Report::Pin(report),
        exit_code,
    })
}

fn require_exists(path: &Path) -> Result<()> {
    if std::fs::symlink_metadata(path).is_err() {
        return Err(Error::Usage(crate::safe_fs::not_here(
            path,
            crate::release::check::NO_BUNDLE_HERE,
        )));
    }
    Ok(())
}

/// `--api`/IPFS_API replaces the configured nodes with that one.
pub(crate) fn nodes(args: &PinArgs, mirrors: &MirrorsConfig) -> Result<Vec<IpfsNode>> {
    let Some(api) = args.api.as_deref().filter(|a| !a.trim().is_empty()) else {
        return Ok(mirrors.ipfs.nodes.clone());
    };
    let url = crate::config::api_url(api)
        .map_err(|why| Error::Usage(format!("--api / IPFS_API: {why}")))?;
    let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
    let auth = if set("IPFS_API_TOKEN") {
        Auth::Bearer {
            token_env: "IPFS_API_TOKEN".into(),
        }
    } else if set("IPFS_API_USERNAME") || set("IPFS_API_PASSWORD") {
        Auth::Basic {
            username_env: "IPFS_API_USERNAME".into(),
            password_env: "IPFS_API_PASSWORD".into(),
        }
    } else {
        Auth::None
    };
    if auth != Auth::None {
        crate::config::credentials_need_tls(&url)
            .map_err(|why| Error::Usage(format!("--api / IPFS_API: {why}")))?;
    }
    // The IPNS key of a configured node at the same address still applies.
    let ipns_key = mirrors
        .ipfs
        .nodes
        .iter()
        .find(|n| n.api == url)
        .and_then(|n| n.ipns_key.clone());
    Ok(vec![IpfsNode {
        name: "IPFS_API".into(),
        api: url,
        auth,
        ipns_key,
    }])
}

/// CIDs recorded for `site` under the key that signed this bundle (a throwaway key's trial
/// releases never push real ones out) that are not among the newest `keep` releases' latest
/// CIDs. Only the log's CIDs are ever candidates: nothing else pinned is touched.
fn older_releases(
    logs: &[PathBuf],
    site: &str,
    key_id: &str,
    keep: usize,
) -> Result<Vec<cid::Cid>> {
    let mut entries = Vec::new();
    for log in logs {
        entries.extend(
            crate::release::log::load(log)?
                .into_iter()
                .filter(|e| e.site == site && e.key == key_id && !e.cids.is_empty()),
        );
    }
    entries.sort_by_key(|e| std::cmp::Reverse(e.release));
    let mut releases: Vec<u64> = entries.iter().map(|e| e.release).collect();
    releases.dedup();
    let kept: Vec<u64> = releases.into_iter().take(keep).collect();
    let mut old = Vec::new();
    for e in &entries {
        let keep_latest = kept.contains(&e.release);
        let n = e.cids.len();
        for (i, c) in e.cids.iter().enumerate() {
            if keep_latest && i + 1 == n {
                continue;
            }
            // A hand-edited log may hold anything: skip what is not a CID rather than fail.
            if let Ok(c) = c.parse() {
                old.push(c);
            }
        }
    }
    Ok(old)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn older_releases_keeps_the_newest_releases_of_this_site_and_key() {
        let [a, b, c, d, e, f] = [
            "bafkreifjjcie6lypi6ny7amxnfftagclbuxndqonfipmb64f2km2devei4",
            "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku",
            "bafybeiczsscdsbs7ffqz55asqdf3smv6klcw3gofszvwlyarci47bgf354",
            "bafkreiewj52apjogheczo4buyqxn52rnoh7chpbf3nv3uhqnuttxytwswm",
            "bafkreia2yq37i5wercwluqaav55orhxvh577x3xs5e3ykcmf6xhlrnnon4",
            "bafybeigc5argbfcwlwcqxiny2elwgiq32feodcbhaydp3ttap5yhjgcwim",
        ];
        let dir = tempfile::tempdir().expect("tempdir");
        let log = dir.path().join("releases.jsonl");
        let line = |site: &str, release: u64, key: &str, cids: &[&str]| {
            serde_json::json!({"site": site, "release": release, "key": key, "content": "x",
                "created": "t", "cids": cids})
            .to_string()
        };
        let text = [
            line("s", 1, "K", &[a]),
            // Release 2 re-signed (a new expiry): two CIDs, the later one current.
            line("s", 2, "K", &[b, c]),
            line("s", 3, "K", &[d]),
            // Another key's trial releases and another site's are never candidates.
            line("s", 4, "L", &[e]),
            line("other", 5, "K", &[f]),
            "not json".to_string(),
        ];
        std::fs::write(&log, text[..5].join("\n")).expect("write");
        let old = |keep| -> Vec<String> {
            older_releases(std::slice::from_ref(&log), "s", "K", keep)
                .expect("log")
                .iter()
                .map(ToString::to_string)
                .collect()
        };
        assert_eq!(old(2), [b, a]);
        assert_eq!(old(1), [b, c, a]);
        assert_eq!(old(3), [b]);
        // A log that cannot be read is an error, not a silent "nothing to unpin".
        std::fs::write(&log, text.join("\n")).expect("write");
        assert!(older_releases(&[log], "s", "K", 1).is_err());
    }
}
