//! The pest parser generated from `grammar/npcalc.pest`.

#[derive(pest_derive::Parser)]
#[grammar = "../grammar/npcalc.pest"]
pub(crate) struct NpcalcParser;
