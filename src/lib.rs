//! npcalc: NumPy's cumulative-sum semantics, without Python.
//!
//! Text flows one way: `syntax` (source → AST) → `eval` (AST → values, using
//! `array` for the numerics) → `print` (values → NumPy's exact text). The
//! front ends (`front` for scripts and sessions, `repl` for the prompt) own
//! input, output and error rendering; `help` writes the help pages from the
//! function table.

pub mod array;
pub mod check;
pub mod error;
pub mod eval;
pub mod front;
pub mod help;
pub mod print;
pub mod repl;
pub mod syntax;
