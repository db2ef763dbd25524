use super::{Context, Outcome};
use crate::cli::KeygenArgs;
use crate::error::Result;
use crate::keys;
use crate::release::signing;
use crate::report::{KeygenReport, Report};
use crate::site::content::SiteConfig;

pub fn run(args: &KeygenArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let mut report = create(args, ctx)?;
    report.warnings.extend(another_publisher_key(args, &report));
    Ok(Outcome::ok(Report::Keygen(report)))
}

/// A warning when the project here, or the one beside the new secret key, already names another
/// publisher key in content/site.toml: releases signed with the new key are refused there, and
/// by every mirror whose volunteer started `serve` with the old one. A broken site.toml is
/// `bundle`'s to report.
fn another_publisher_key(args: &KeygenArgs, new: &KeygenReport) -> Option<String> {
    let here = std::path::PathBuf::from("content");
    let beside = match args.secret_key.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => Some(dir.join(&here)),
        _ => None,
    };
    let (site_path, named) = [Some(here), beside]
        .into_iter()
        .flatten()
        .filter_map(|dir| SiteConfig::load(&dir).ok().flatten())
        .find_map(|(path, site)| site.publisher_key.map(|key| (path, key)))?;
    (named.to_base64() != new.public_key).then(|| {
        format!(
            "{} names another publisher key ({}): releases signed with this new key are refused \
             until `publisher-key` there is {}, and mirrors started with `serve --publisher-key` \
             for the old key keep refusing them; if you are replacing the publisher key, give \
             the volunteers who run mirrors the new one",
            crate::text::path(&site_path),
            named.key_id(),
            new.public_key
        )
    })
}

/// Ask for the password (unless `--unencrypted`), generate the pair and write it. `init` makes
/// its key pair through here too, so both ask, encrypt and write the same way.
pub(crate) fn create(args: &KeygenArgs, ctx: &Context<'_>) -> Result<KeygenReport> {
    let password = if args.unencrypted {
        None
    } else {
        Some(ctx.password(
            &format!(
                "password for the new secret key {}",
                args.secret_key.display()
            ),
            true,
        )?)
    };
    let generated = signing::generate(password.as_ref())?;
    keys::write_pair(&generated, &args.secret_key, &args.public_key, args.force)?;
    Ok(KeygenReport {
        public_key: generated.public.to_base64(),
        key_id: generated.public.key_id(),
        public_key_file: args.public_key.display().to_string(),
        secret_key_file: args.secret_key.display().to_string(),
        encrypted: password.is_some(),
        warnings: Vec::new(),
    })
}
