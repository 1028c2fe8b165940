//! Front ends: rendering diagnostics and running scripts and sessions, with
//! the teaching commands sessions understand (`commands`).

mod carets;
pub mod commands;
pub mod diagnostic;
pub(crate) mod explain;
pub mod panic_net;
pub mod run;
#[cfg(feature = "cli")]
pub mod serve;
mod timeit;
