//! Integration tests: the real binary, real files, Debian's `minisign` and `sha256sum`.

mod browser;
mod bundle;
mod check;
mod diagnostics;
mod errors;
mod fault_http;
mod hostile;
mod implementations;
mod init;
mod ipfs;
mod ipfs_node;
mod keys;
mod links;
mod manual;
mod pinning_service;
mod push;
mod reader;
mod releases_property;
mod repair;
mod schemas;
mod servers;
mod support;
mod through_transport;
mod vectors;
mod verify;
mod webdriver;
