//! `np.where`, `np.nonzero`: the
//! table entries and their bindings (kernels in `array/select.rs`).

use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use super::{Interp, to_array};
use crate::array::select;
use crate::error::{Error, Result};

pub static SELECTION: &[FnDef] = &[
    FnDef {
        name: "where",
        owner: Owner::NumpyC,
        error_name: None,
        params: &[
            p!(PositionalOnly "condition", "Where true, take x, else y."),
            p!(PositionalOnly "x" = "<missing>", "Values where the condition holds."),
            p!(PositionalOnly "y" = "<missing>", "Values elsewhere."),
        ],
        doc: "Elements from x where condition is true and from y elsewhere; with the condition alone, np.nonzero(condition).",
        examples: &[
            "np.where([True, False, True], [1, 2, 3], 0)",
            "np.where(np.array([0, 3, 0, 4]) > 0)",
        ],
        imp: where_,
    },
    FnDef {
        name: "nonzero",
        owner: Owner::Numpy,
        error_name: None,
        params: &[p!(Normal "a", "Input array.")],
        doc: "The indices of the non-zero elements, one array per axis.",
        examples: &["np.nonzero([0, 2, 0, 5])"],
        imp: nonzero,
    },
];

fn where_(_: &mut Interp, args: &Args) -> Result<Value> {
    let cond = to_array(&args.get("condition"), None)?;
    match (args.given("x"), args.given("y")) {
        (false, false) => nonzero_of(&cond),
        (true, true) => {
            let x = super::numpy::operand(&args.get("x"))?;
            let y = super::numpy::operand(&args.get("y"))?;
            Ok(Value::Array(select::where3(&cond, &x, &y)?))
        }
        _ => Err(Error::value_error(
            "either both or neither of x and y should be given",
        )),
    }
}

fn nonzero(_: &mut Interp, args: &Args) -> Result<Value> {
    nonzero_of(&to_array(&args.get("a"), None)?)
}

fn nonzero_of(a: &crate::array::Array) -> Result<Value> {
    if a.ndim() == 0 {
        return Err(Error::value_error(
            "Calling nonzero on 0d arrays is not allowed. Use np.atleast_1d(scalar).nonzero() instead. If the context of this error is of the form `arr[nonzero(cond)]`, just use `arr[cond]`.",
        ));
    }
    Ok(Value::tuple(
        select::nonzero(a)?.into_iter().map(Value::Array).collect(),
    ))
}
