//! Any S3-compatible store (Garage, MinIO, Ceph, AWS, Backblaze, …), path-style or
//! virtual-host style. S3 has no rename: files are staged under temporary names and swapped in
//! with server-side copies (CopyObject), each of which replaces its object atomically.

use super::storage::{Storage, with_our_http};
use super::{TransportError, TransportResult};
use crate::release::signing::Secret;

pub struct S3Target<'a> {
    pub endpoint: &'a url::Url,
    pub bucket: &'a str,
    pub region: &'a str,
    pub prefix: &'a str,
    pub virtual_host_style: bool,
}

pub fn open(t: &S3Target<'_>, key_id: &Secret, secret: &Secret) -> TransportResult<Storage> {
    let mut builder = opendal::services::S3::default()
        .endpoint(t.endpoint.as_str().trim_end_matches('/'))
        .bucket(t.bucket)
        .region(t.region)
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
