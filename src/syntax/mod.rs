//! Source text → typed AST with spans, using the pest grammar in `grammar/`.

pub mod ast;
