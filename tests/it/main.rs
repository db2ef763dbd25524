//! Integration tests: the real binary, real files, Debian's `minisign` and `sha256sum`.

mod browser;
mod bundle;
mod check;
mod errors;
mod keys;
mod links;
mod support;
