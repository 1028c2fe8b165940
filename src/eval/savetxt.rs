//! `np.savetxt` to `sys.stdout`/`sys.stderr` or an `io.StringIO`, as lessons
//! print tables with it: numpy/lib/_npyio_impl.py's code, each row `format % tuple(row)`
//! through Python's own `%` formatting. npcalc writes no files.

use super::Interp;
use super::pysys::Stream;
use super::table::{Args, FnDef, Owner, p};
use super::value::Value;
use crate::array::Kind;
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::BinOp;

pub static SAVETXT: &[FnDef] = &[FnDef {
    name: "savetxt",
    owner: Owner::Numpy,
    error_name: None,
    params: &[
        p!(Normal "fname", "Where to write: sys.stdout, sys.stderr or an io.StringIO (npcalc writes no files)."),
        p!(Normal "X", "A 1-D or 2-D array; a 1-D one is written one value a line."),
        p!(Normal "fmt" = "'%.18e'", "One %-format for every column, a sequence of them, or one format for the whole row."),
        p!(Normal "delimiter" = "' '", "Between columns."),
        p!(Normal "newline" = "'\\n'", "After each line."),
        p!(Normal "header" = "''", "Written first, after the comments prefix."),
        p!(Normal "footer" = "''", "Written last, after the comments prefix."),
        p!(Normal "comments" = "'# '", "Put before the header and footer lines."),
        p!(Normal "encoding" = "None", "Ignored: the streams write text."),
    ],
    doc: "Write an array as text, one row a line, each value %-formatted.",
    examples: &[
        "import sys; np.savetxt(sys.stdout, np.cumsum(np.eye(3), axis=1), fmt='%d')",
        "import sys; np.savetxt(sys.stdout, [[1.5, 2.25]], fmt='%.2f', delimiter=',', header='a,b')",
    ],
    imp: savetxt,
}];

fn text(args: &Args, name: &str) -> Result<String> {
    match args.get(name) {
        Value::Str(s) => Ok(s.to_string()),
        // NumPy fails on each in its own way (`None.join`, `str + None`).
        other => Err(Error::new(
            Exc::NotImplementedError,
            format!(
                "npcalc does not support np.savetxt's {name}= given as '{}', only as a str",
                other.type_name()
            ),
        )),
    }
}

fn savetxt(it: &mut Interp, args: &Args) -> Result<Value> {
    let file = args.get("fname");
    if !matches!(
        file,
        Value::Stream(Stream::Stdout | Stream::Stderr) | Value::StringIo(_)
    ) {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support writing files: np.savetxt writes only to sys.stdout, sys.stderr or an io.StringIO",
        ));
    }
    let x = super::to_array(&args.get("X"), None)?;
    let x = match x.ndim() {
        1 => crate::array::shape::reshape(&x, &[-1, 1])?,
        2 => x,
        n => {
            return Err(Error::value_error(format!(
                "Expected 1D or 2D array, got {n}D array instead"
            )));
        }
    };
    if x.dtype().kind() == Kind::Complex {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support np.savetxt of complex arrays",
        ));
    }
    let ncol = x.shape()[1];
    let (delimiter, newline) = (text(args, "delimiter")?, text(args, "newline")?);
    let (header, footer, comments) = (
        text(args, "header")?,
        text(args, "footer")?,
        text(args, "comments")?,
    );
    let fmt = args.get("fmt");
    let format = match &fmt {
        Value::List(_) | Value::Tuple(_) => {
            let parts = it.iterate(&fmt)?;
            if parts.len() != ncol {
                let shown = super::classes::str_of(it, &fmt)?;
                return Err(Error::attribute_error(format!(
                    "fmt has wrong shape.  {shown}"
                )));
            }
            let parts = parts
                .iter()
                .map(|p| super::classes::str_of(it, p))
                .collect::<Result<Vec<_>>>()?;
            parts.join(&delimiter)
        }
        Value::Str(f) => match f.matches('%').count() {
            1 => vec![f.to_string(); ncol].join(&delimiter),
            n if n != ncol => {
                return Err(Error::value_error(format!(
                    "fmt has wrong number of % formats:  {f}"
                )));
            }
            _ => f.to_string(),
        },
        other => {
            let shown = super::classes::repr_of(it, other)?;
            return Err(Error::value_error(format!("invalid fmt: {shown}")));
        }
    };
    let mut out = String::new();
    if !header.is_empty() {
        let header = header.replace('\n', &format!("\n{comments}"));
        out.push_str(&format!("{comments}{header}{newline}"));
    }
    let fmt_value = Value::str(&format);
    for r in 0..x.shape()[0] {
        let row = (0..ncol)
            .map(|c| Value::Scalar(x.get_flat(r * ncol + c)))
            .collect();
        let line = it
            .binary(BinOp::Mod, &fmt_value, &Value::tuple(row))
            .map_err(|e| match e.class {
                Exc::TypeError => Error::type_error(format!(
                    "Mismatch between array dtype ('{}') and format specifier ('{format}')",
                    x.dtype()
                )),
                _ => e,
            })?;
        match line {
            Value::Str(s) => out.push_str(&s),
            _ => unreachable!("str % tuple is a str"),
        }
        out.push_str(&newline);
    }
    if !footer.is_empty() {
        let footer = footer.replace('\n', &format!("\n{comments}"));
        out.push_str(&format!("{comments}{footer}{newline}"));
    }
    super::pysys::write_to(it, &file, &out)?;
    Ok(Value::None)
}
