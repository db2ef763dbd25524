use super::{Context, Outcome};
use crate::cli::KeygenArgs;
use crate::error::Result;
use crate::keys;
use crate::release::signing;
use crate::report::{KeygenReport, Report};
use crate::site::content::{SITE_TOML, SiteConfig};

pub fn run(args: &KeygenArgs, ctx: &Context<'_>) -> Result<Outcome> {
    let mut report = create(args, ctx)?;
    report.warnings.extend(another_publisher_key(args, &report));
    Ok(Outcome::ok(Report::Keygen(report)))
}

/// A warning when the project beside the new secret key already names another publisher key in
/// content/site.toml: releases signed with the new key are refused there, and by every mirror
/// whose volunteer started `serve` with the old one. Trying to read site.toml costs nothing when
/// there is none; a broken one is `bundle`'s to report.
fn another_publisher_key(args: &KeygenArgs, new: &KeygenReport) -> Option<String> {
    let content = std::path::Path::new("content");
    let site_path = match args.secret_key.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.join(content),
        _ => content.to_path_buf(),
    }
    .join(SITE_TOML);
    let text = crate::safe_fs::read_text(&site_path, crate::safe_fs::MAX_CONFIG).ok()?;
    let (site, _) = SiteConfig::parse(&site_path, &text).ok()?;
    let named = site.publisher_key?;
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
