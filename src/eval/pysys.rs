//! Python's `sys`, the part lessons reach for: `sys.maxsize` (as in
//! `np.set_printoptions(threshold=sys.maxsize)`), `sys.float_info`,
//! `sys.byteorder`, `sys.argv`, `sys.getrecursionlimit()`, `sys.getsizeof()`, the
//! version, `sys.exit()` and the `sys.stdout`/`sys.stderr` streams, as the
//! CPython 3.11 of the oracle on 64-bit Linux has them. The rest is refused
//! in a sentence.

use super::Interp;
use super::table::{Args, FnDef, builtin, method, p};
use super::value::{NamedKind, Value};
use crate::error::{Error, Result};

/// The oracle's `sys.version_info`, and its `sys.version` spelled out.
const VERSION: (i64, i64, i64) = (3, 11, 7);
const VERSION_TEXT: &str = "3.11.7 (main, May  9 2026, 07:35:25) [GCC 12.2.0]";

/// `sys.stdout` and `sys.stderr`, text files that write through.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stream {
    Stdout,
    Stderr,
}

impl Stream {
    fn name(self) -> &'static str {
        match self {
            Stream::Stdout => "stdout",
            Stream::Stderr => "stderr",
        }
    }

    pub fn repr(self) -> String {
        format!(
            "<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
            self.name()
        )
    }
}

/// Writes `text` to `file` as `print(..., file=file)` does: None is stdout.
pub fn write_to(it: &mut Interp, file: &Value, text: &str) -> Result<Value> {
    match file {
        Value::None | Value::Stream(Stream::Stdout) => it.write(text)?,
        Value::Stream(Stream::Stderr) => it.write_err(text),
        Value::StringIo(s) => {
            super::pyio::write_text(s, text)?;
        }
        Value::Instance(_) => {
            return Err(Error::type_error(
                "npcalc's print writes only to sys.stdout or sys.stderr, not to an object of a class",
            ));
        }
        other => {
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute 'write'",
                other.type_name()
            )));
        }
    }
    Ok(Value::None)
}

/// `TextIOWrapper.write(s)`: the number of characters written.
fn write(it: &mut Interp, args: &Args) -> Result<Value> {
    let text = match args.get("s") {
        Value::Str(s) | Value::NpStr(s) => s,
        other => {
            return Err(Error::type_error(format!(
                "write() argument must be str, not {}",
                super::argerrors::clinic_type_name(&other)
            )));
        }
    };
    write_to(it, args.this(), &text)?;
    Ok(Value::int(text.chars().count()))
}

pub static STREAM_METHODS: &[FnDef] = &[
    method!(
        "write" as Some("TextIOWrapper.write"),
        [p!(PositionalOnly "s", "The text.")],
        "Write the text; gives the number of characters written.",
        write
    ),
    method!(
        "flush" as Some("TextIOWrapper.flush"),
        [],
        "Flush the stream (npcalc's streams write through).",
        |_, _| Ok(Value::None)
    ),
];

static SYS: &[FnDef] = &[
    builtin!(
        "getrecursionlimit",
        [],
        "The most nested Python calls allowed (1000).",
        ["sys.getrecursionlimit()"],
        |_, _| Ok(Value::int(super::exec::RECURSION_LIMIT as i64))
    ),
    builtin!(
        @ Method "getsizeof",
        [
            p!(Normal "object", "The object to measure."),
            p!(Normal "default" = "<none>", "Returned when the object cannot say its size.")
        ],
        "The bytes CPython 3.11 takes for the object itself, not the objects it refers to.",
        ["sys.getsizeof([1, 2, 3])", "sys.getsizeof(10**100)"],
        |_, args| Ok(Value::int(super::sizeof::getsizeof(&args.get("object"))?))
    ),
    builtin!(
        "exit",
        [
            p!(PositionalOnly "status" = "None", "The exit status, or a message for stderr (status 1).")
        ],
        "Raise SystemExit: a script stops with the status; the prompt ends.",
        ["sys.exit()", "sys.exit(1)", "sys.exit('no data')"],
        |it, args| {
            let status = args.get("status");
            let args = if matches!(status, Value::None) {
                vec![]
            } else {
                vec![status]
            };
            super::builtins::raise_exit(it, args)
        }
    ),
];

static VERSION_INFO: NamedKind = NamedKind {
    qualname: "sys.version_info",
    fields: &["major", "minor", "micro", "releaselevel", "serial"],
};

static FLOAT_INFO: NamedKind = NamedKind {
    qualname: "sys.float_info",
    fields: &[
        "max",
        "max_exp",
        "max_10_exp",
        "min",
        "min_exp",
        "min_10_exp",
        "dig",
        "mant_dig",
        "epsilon",
        "radix",
        "rounds",
    ],
};

/// `sys.NAME`.
pub fn attr(name: &str) -> Result<Value> {
    Ok(match name {
        "maxsize" => Value::int(i64::MAX),
        "byteorder" => Value::str("little"),
        "platform" => Value::str("linux"),
        "version" => Value::str(VERSION_TEXT),
        "version_info" => VERSION_INFO.make(vec![
            Value::int(VERSION.0),
            Value::int(VERSION.1),
            Value::int(VERSION.2),
            Value::str("final"),
            Value::int(0),
        ]),
        "stdout" => Value::Stream(Stream::Stdout),
        "stderr" => Value::Stream(Stream::Stderr),
        "float_info" => FLOAT_INFO.make(vec![
            Value::Float(f64::MAX),
            Value::int(f64::MAX_EXP as i64),
            Value::int(f64::MAX_10_EXP as i64),
            Value::Float(f64::MIN_POSITIVE),
            Value::int(f64::MIN_EXP as i64),
            Value::int(f64::MIN_10_EXP as i64),
            Value::int(f64::DIGITS as i64),
            Value::int(f64::MANTISSA_DIGITS as i64),
            Value::Float(f64::EPSILON),
            Value::int(f64::RADIX as i64),
            Value::int(1),
        ]),
        _ => match SYS.iter().find(|f| f.name == name) {
            Some(f) => Value::Function(f),
            None => {
                return Err(Error::attribute_error(format!(
                    "npcalc's sys has only {}, not {name}",
                    members().join(", ")
                )));
            }
        },
    })
}

pub fn members() -> Vec<&'static str> {
    let mut names = vec![
        "argv",
        "maxsize",
        "byteorder",
        "float_info",
        "platform",
        "version",
        "version_info",
        "stdout",
        "stderr",
    ];
    names.extend(SYS.iter().map(|f| f.name));
    names.sort_unstable();
    names
}
