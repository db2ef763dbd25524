//! Any S3-compatible store (Garage, MinIO, Ceph, AWS, Backblaze, …), path-style or
//! virtual-host style. S3 has no rename: files are staged under temporary names and swapped in
//! with server-side copies (CopyObject), each of which replaces its object atomically.

use serde::Deserialize;
use toml::Spanned;
use url::Url;

use super::storage::{Storage, with_our_http};
use super::{Opening, Transport, TransportError, TransportResult};
use crate::config::Fields;
use crate::error::Result;
use crate::release::signing::Secret;

/// `[mirror.s3]`: a bucket, or a folder in one. Secrets are named environment variables.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub endpoint: Url,
    pub bucket: String,
    pub region: String,
    /// Where in the bucket the site lives ("" for the top).
    pub prefix: String,
    /// `bucket.host` addresses instead of `host/bucket`.
    pub virtual_host_style: bool,
    pub access_key_id_env: String,
    pub secret_access_key_env: String,
}

/// `[mirror.s3]` as written.
#[derive(Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Raw {
    endpoint: Spanned<String>,
    bucket: Spanned<String>,
    #[serde(default)]
    region: Option<Spanned<String>>,
    #[serde(default)]
    prefix: Option<Spanned<String>>,
    #[serde(default)]
    virtual_host_style: bool,
    access_key_id_env: Spanned<String>,
    secret_access_key_env: Spanned<String>,
}

impl Raw {
    pub(crate) fn check(self, f: &Fields<'_>) -> Result<Config> {
        let endpoint = f.service(&self.endpoint)?;
        f.needs_tls(&endpoint, self.endpoint.span())?;
        Ok(Config {
            endpoint,
            bucket: f.line(&self.bucket, "bucket")?,
            region: match &self.region {
                Some(r) => f.line(r, "region")?,
                None => "us-east-1".into(),
            },
            prefix: match &self.prefix {
                Some(p) => p.get_ref().trim().trim_matches('/').to_string(),
                None => String::new(),
            },
            virtual_host_style: self.virtual_host_style,
            access_key_id_env: f.env(&self.access_key_id_env)?,
            secret_access_key_env: f.env(&self.secret_access_key_env)?,
        })
    }
}

/// The bucket as a transport, its keys read from the environment.
pub(super) fn connect(config: &Config, at: &Opening<'_>) -> Result<Box<dyn Transport>> {
    let key_id = at.secret(&config.access_key_id_env)?;
    let secret = at.secret(&config.secret_access_key_env)?;
    Ok(Box::new(
        open(config, &key_id, &secret).map_err(|e| at.failed(e))?,
    ))
}

pub fn open(t: &Config, key_id: &Secret, secret: &Secret) -> TransportResult<Storage> {
    let mut builder = opendal::services::S3::default()
        .endpoint(t.endpoint.as_str().trim_end_matches('/'))
        .bucket(&t.bucket)
        .region(&t.region)
        .root(&format!("/{}", t.prefix))
        .access_key_id(key_id.expose())
        .secret_access_key(secret.expose())
        // Only what mirrors.toml says: never AWS_* variables, ~/.aws or instance metadata.
        .disable_config_load()
        .disable_ec2_metadata();
    if t.virtual_host_style {
        builder = builder.enable_virtual_host_style();
    }
    let describe = format!("S3 {} bucket {}", t.endpoint, t.bucket);
    let op = opendal::Operator::new(builder)
        .map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    let op =
        with_our_http(op).map_err(|e| TransportError::permanent(format!("{describe}: {e}")))?;
    Ok(Storage::new(op, describe))
}
