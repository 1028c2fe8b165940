//! Front ends: rendering diagnostics and running scripts and sessions.

pub mod diagnostic;
pub mod run;
