//! npcalc: NumPy's cumulative-sum semantics, without Python.

pub mod array;
pub mod error;
pub mod syntax;
