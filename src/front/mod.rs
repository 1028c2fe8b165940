//! Front ends: rendering diagnostics and running scripts and sessions.

pub mod diagnostic;
pub mod panic_net;
pub mod run;
