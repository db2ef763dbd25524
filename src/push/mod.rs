//! `push`: put a release on every mirror that has a transport, changing only what changed and
//! never leaving a mirror half-updated where the transport allows better.

pub mod plan;
