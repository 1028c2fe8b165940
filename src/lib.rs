//! npcalc: NumPy's cumulative-sum semantics, without Python.
//!
//! Text flows one way: `syntax` (source → AST) → `eval` (AST → values, using
//! `array` for the numerics) → `print` (values → NumPy's exact text). The
//! front ends (`front` for scripts and sessions, `repl` for the prompt) own
//! input, output and error rendering. `array` and `print` know nothing of
//! Python values; `eval` owns them, their repr (`eval::repr`) and the help
//! pages written from its function table. `tutorial` holds the lessons and
//! checks answers; the prompt shows them. `tests/architecture.rs` checks
//! that no module reaches back up this chain. `host` is what the core asks of
//! its host (clock, entropy); the terminal front end (`repl`, the binary)
//! needs the `cli` feature, without which the library builds for wasm32.

// pest is built without its `std` feature (see Cargo.toml); the parser its
// derive writes names `::alloc`.
extern crate alloc;

pub mod array;
pub mod check;
pub mod error;
pub mod eval;
pub mod front;
pub mod host;
pub mod print;
pub mod random;
#[cfg(feature = "cli")]
pub mod repl;
pub mod syntax;
pub mod tutorial;
pub mod unicode;
