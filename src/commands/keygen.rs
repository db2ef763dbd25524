use super::{Context, Outcome};
use crate::cli::KeygenArgs;
use crate::error::Result;
use crate::keys;
use crate::release::signing;
use crate::report::{KeygenReport, Report};

pub fn run(args: &KeygenArgs, ctx: &Context<'_>) -> Result<Outcome> {
    Ok(Outcome::ok(Report::Keygen(create(args, ctx)?)))
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
    })
}
