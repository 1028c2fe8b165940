//! Python's `io`, the part lessons use: `io.StringIO`, an in-memory text
//! file that `np.loadtxt`/`np.genfromtxt` read and `np.savetxt`/`print`
//! write. Its buffer counts characters, as CPython's `_io.StringIO` does;
//! npcalc reads and writes no other files.

use super::Interp;
use super::table::{Args, FnDef, Owner, method, p};
use super::value::Value;
use crate::error::{Error, Exc, Result};
use std::cell::RefCell;
use std::rc::Rc;

/// The buffer, the stream position (in characters) and whether it is closed.
#[derive(Debug, Default)]
pub struct StringIo {
    buf: Vec<char>,
    pos: usize,
    closed: bool,
}

pub type StringIoRef = Rc<RefCell<StringIo>>;

impl StringIo {
    fn open(&self) -> Result<()> {
        if self.closed {
            return Err(Error::value_error("I/O operation on closed file"));
        }
        Ok(())
    }

    /// Writes at the position, padding with NULs past the end as CPython does.
    pub fn write(&mut self, text: &str) -> Result<usize> {
        self.open()?;
        if self.buf.len() < self.pos {
            self.buf.resize(self.pos, '\0');
        }
        let chars: Vec<char> = text.chars().collect();
        let end = (self.pos + chars.len()).min(self.buf.len());
        self.buf.splice(self.pos..end, chars.iter().copied());
        self.pos += chars.len();
        Ok(chars.len())
    }

    /// The next line, newline included; empty at the end.
    pub fn readline(&mut self, limit: Option<usize>) -> Result<String> {
        self.open()?;
        let start = self.pos.min(self.buf.len());
        let rest = &self.buf[start..];
        let mut n = rest
            .iter()
            .position(|&c| c == '\n')
            .map_or(rest.len(), |k| k + 1);
        if let Some(limit) = limit {
            n = n.min(limit);
        }
        self.pos = start + n;
        Ok(rest[..n].iter().collect())
    }

    fn read(&mut self, limit: Option<usize>) -> Result<String> {
        self.open()?;
        let start = self.pos.min(self.buf.len());
        let n = limit.map_or(self.buf.len() - start, |l| l.min(self.buf.len() - start));
        self.pos = start + n;
        Ok(self.buf[start..start + n].iter().collect())
    }
}

pub fn repr(s: &StringIoRef) -> String {
    format!("<_io.StringIO object at 0x{:x}>", Rc::as_ptr(s) as usize)
}

fn this(args: &Args) -> StringIoRef {
    match args.this() {
        Value::StringIo(s) => s.clone(),
        _ => unreachable!("StringIO methods are looked up on a StringIO"),
    }
}

/// A `size` argument: None or a negative int means no limit.
fn limit(v: &Value) -> Result<Option<usize>> {
    match v {
        Value::None => Ok(None),
        other => {
            let n = super::numpy::to_index(other)?;
            Ok((n >= 0).then_some(n as usize))
        }
    }
}

fn new(_: &mut Interp, args: &Args) -> Result<Value> {
    let mut s = StringIo::default();
    match args.get("initial_value") {
        Value::None => {}
        Value::Str(t) | Value::NpStr(t) => s.buf = t.chars().collect(),
        other => {
            return Err(Error::type_error(format!(
                "initial_value must be str or None, not {}",
                other.type_name()
            )));
        }
    }
    if !matches!(args.get("newline"), Value::Str(n) if &*n == "\n") {
        return Err(Error::new(
            Exc::NotImplementedError,
            "npcalc does not support io.StringIO's newline= other than '\\n'",
        ));
    }
    Ok(Value::StringIo(Rc::new(RefCell::new(s))))
}

pub static IO: &[FnDef] = &[FnDef {
    name: "StringIO",
    owner: Owner::Builtin,
    error_name: None,
    params: &[
        p!(Normal "initial_value" = "''", "The text the buffer starts with (the position stays 0)."),
        p!(Normal "newline" = "'\\n'", "Only '\\n': lines end at '\\n' and nothing is translated."),
    ],
    doc: "An in-memory text file: read it like a file, write to it, getvalue() gives all its text.",
    examples: &[
        "from io import StringIO; np.loadtxt(StringIO('1 2\\n3 4'))",
        "buf = StringIO(); print('hi', file=buf); buf.getvalue()",
    ],
    imp: new,
}];

/// Whether `f` is `io.StringIO`, the class (`isinstance`, its repr).
pub fn is_class(f: &FnDef) -> bool {
    std::ptr::eq(f, &IO[0])
}

/// Writes `text` at the buffer's position (`print(..., file=buf)`, `np.savetxt`).
pub fn write_text(s: &StringIoRef, text: &str) -> Result<usize> {
    s.borrow_mut().write(text)
}

fn write(_: &mut Interp, args: &Args) -> Result<Value> {
    let text = match args.get("s") {
        Value::Str(t) | Value::NpStr(t) => t,
        other => {
            return Err(Error::type_error(format!(
                "string argument expected, got '{}'",
                other.type_name()
            )));
        }
    };
    Ok(Value::int(write_text(&this(args), &text)? as i64))
}

fn seek(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let mut s = s.borrow_mut();
    s.open()?;
    let pos = super::numpy::to_index(&args.get("pos"))?;
    let whence = super::numpy::to_index(&args.get("whence"))?;
    s.pos = match whence {
        0 if pos < 0 => {
            return Err(Error::value_error(format!("Negative seek position {pos}")));
        }
        0 => pos as usize,
        1 | 2 if pos != 0 => {
            let which = if whence == 1 { "cur" } else { "end" };
            return Err(Error::new(
                Exc::OSError,
                format!("Can't do nonzero {which}-relative seeks"),
            ));
        }
        1 => s.pos,
        2 => s.buf.len(),
        w => {
            return Err(Error::value_error(format!(
                "Invalid whence ({w}, should be 0, 1 or 2)"
            )));
        }
    };
    Ok(Value::int(s.pos as i64))
}

fn truncate(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let mut s = s.borrow_mut();
    s.open()?;
    let size = match args.get("pos") {
        Value::None => s.pos,
        v => {
            let n = super::numpy::to_index(&v)?;
            if n < 0 {
                return Err(Error::value_error(format!("Negative size value {n}")));
            }
            n as usize
        }
    };
    if size < s.buf.len() {
        s.buf.truncate(size);
    }
    Ok(Value::int(size as i64))
}

fn readlines(_: &mut Interp, args: &Args) -> Result<Value> {
    let s = this(args);
    let hint = limit(&args.get("hint"))?.filter(|&h| h > 0);
    let mut lines = vec![];
    let mut total = 0;
    loop {
        let line = s.borrow_mut().readline(None)?;
        if line.is_empty() {
            break;
        }
        total += line.chars().count();
        lines.push(Value::str(&line));
        if hint.is_some_and(|h| total >= h) {
            break;
        }
    }
    Ok(Value::list(lines))
}

pub static STRINGIO_METHODS: &[FnDef] = &[
    method!(
        "read" as Some("StringIO.read"),
        [p!(PositionalOnly "size" = "-1", "At most this many characters (negative or None: all).")],
        "The text from the position on (at most size characters), moving the position past it.",
        |_, args| Ok(Value::str(&this(args).borrow_mut().read(limit(&args.get("size"))?)?))
    ),
    method!(
        "readline" as Some("StringIO.readline"),
        [p!(PositionalOnly "size" = "-1", "At most this many characters (negative or None: the whole line).")],
        "The next line with its '\\n' ('' at the end).",
        |_, args| Ok(Value::str(
            &this(args).borrow_mut().readline(limit(&args.get("size"))?)?
        ))
    ),
    method!(
        "readlines" as Some("StringIO.readlines"),
        [p!(PositionalOnly "hint" = "-1", "Stop once this many characters are read (<= 0: read all).")],
        "The remaining lines, as a list.",
        readlines
    ),
    method!(
        "write" as Some("StringIO.write"),
        [p!(PositionalOnly "s", "The text.")],
        "Write the text at the position; gives the number of characters written.",
        write
    ),
    method!(
        "getvalue" as Some("StringIO.getvalue"),
        [],
        "All the buffer's text, wherever the position is.",
        |_, args| {
            let s = this(args);
            let s = s.borrow();
            s.open()?;
            Ok(Value::str(&s.buf.iter().collect::<String>()))
        }
    ),
    method!(
        "seek" as Some("StringIO.seek"),
        [
            p!(PositionalOnly "pos", "The new position."),
            p!(PositionalOnly "whence" = "0", "0: from the start, 1: the current position, 2: the end.")
        ],
        "Move the position; gives the new one.",
        seek
    ),
    method!(
        "tell" as Some("StringIO.tell"),
        [],
        "The position, in characters.",
        |_, args| {
            let s = this(args);
            let s = s.borrow();
            s.open()?;
            Ok(Value::int(s.pos as i64))
        }
    ),
    method!(
        "truncate" as Some("StringIO.truncate"),
        [p!(PositionalOnly "pos" = "None", "The new size (None: the position).")],
        "Cut the text to pos characters; the position stays.",
        truncate
    ),
    method!(
        "close" as Some("StringIO.close"),
        [],
        "Close the buffer and free its text; later reads and writes raise ValueError.",
        |_, args| {
            exit(&this(args));
            Ok(Value::None)
        }
    ),
    method!(
        "flush" as Some("StringIO.flush"),
        [],
        "Does nothing: the buffer is in memory.",
        |_, args| {
            this(args).borrow().open()?;
            Ok(Value::None)
        }
    ),
];

/// `buf.closed`.
pub fn attribute(s: &StringIoRef, name: &str) -> Option<Value> {
    (name == "closed").then(|| Value::Bool(s.borrow().closed))
}

/// Iterating a StringIO reads it line by line (CPython checks it is open
/// when the iterator is made).
pub struct Lines(pub StringIoRef);

impl super::iter::Lazy for Lines {
    fn next(&mut self, _: &mut Interp) -> Result<Option<Value>> {
        let line = self.0.borrow_mut().readline(None)?;
        Ok((!line.is_empty()).then(|| Value::str(&line)))
    }
}

pub fn lines(s: &StringIoRef) -> Result<Lines> {
    if s.borrow().closed {
        return Err(Error::value_error("I/O operation on closed file."));
    }
    Ok(Lines(s.clone()))
}

/// The `with` protocol: entering gives the buffer, leaving closes it.
pub fn enter(s: &StringIoRef) -> Result<Value> {
    s.borrow().open()?;
    Ok(Value::StringIo(s.clone()))
}

pub fn exit(s: &StringIoRef) {
    let mut s = s.borrow_mut();
    s.closed = true;
    s.buf = vec![];
}
