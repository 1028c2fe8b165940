//! The one error type: a Python exception class, its message and where in the
//! source it happened. Rendering (tracebacks, carets, colour) is the front end's job.

use std::fmt;

/// A byte range into the source text of the statement being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub fn new(start: usize, end: usize) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// Declares Python's exception classes once: variant, the name Python prints
/// on a traceback's last line, and the direct bases (NumPy's `AxisError` has
/// two), so `except` clauses can be answered from the hierarchy.
macro_rules! exceptions {
    ($($var:ident = $name:literal : [$($base:ident),*];)*) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Exc { $($var),* }

        impl Exc {
            pub const ALL: &'static [Exc] = &[$(Exc::$var),*];

            /// The qualified name of the last traceback line, e.g.
            /// `numpy.exceptions.AxisError`.
            pub fn qualname(self) -> &'static str {
                match self { $(Exc::$var => $name),* }
            }

            fn bases(self) -> &'static [Exc] {
                match self { $(Exc::$var => &[$(Exc::$base),*]),* }
            }
        }
    };
}

exceptions! {
    BaseException = "BaseException": [];
    SystemExit = "SystemExit": [BaseException];
    KeyboardInterrupt = "KeyboardInterrupt": [BaseException];
    GeneratorExit = "GeneratorExit": [BaseException];
    Exception = "Exception": [BaseException];
    ArithmeticError = "ArithmeticError": [Exception];
    FloatingPointError = "FloatingPointError": [ArithmeticError];
    OverflowError = "OverflowError": [ArithmeticError];
    ZeroDivisionError = "ZeroDivisionError": [ArithmeticError];
    AssertionError = "AssertionError": [Exception];
    AttributeError = "AttributeError": [Exception];
    EOFError = "EOFError": [Exception];
    ImportError = "ImportError": [Exception];
    ModuleNotFoundError = "ModuleNotFoundError": [ImportError];
    LookupError = "LookupError": [Exception];
    IndexError = "IndexError": [LookupError];
    KeyError = "KeyError": [LookupError];
    MemoryError = "MemoryError": [Exception];
    NameError = "NameError": [Exception];
    UnboundLocalError = "UnboundLocalError": [NameError];
    OSError = "OSError": [Exception];
    BrokenPipeError = "BrokenPipeError": [OSError];
    RuntimeError = "RuntimeError": [Exception];
    NotImplementedError = "NotImplementedError": [RuntimeError];
    RecursionError = "RecursionError": [RuntimeError];
    StopIteration = "StopIteration": [Exception];
    SyntaxError = "SyntaxError": [Exception];
    IndentationError = "IndentationError": [SyntaxError];
    TabError = "TabError": [IndentationError];
    SystemError = "SystemError": [Exception];
    TypeError = "TypeError": [Exception];
    ValueError = "ValueError": [Exception];
    UnicodeError = "UnicodeError": [ValueError];
    UnicodeEncodeError = "UnicodeEncodeError": [UnicodeError];
    Warning = "Warning": [Exception];
    UserWarning = "UserWarning": [Warning];
    RuntimeWarning = "RuntimeWarning": [Warning];
    DeprecationWarning = "DeprecationWarning": [Warning];
    PendingDeprecationWarning = "PendingDeprecationWarning": [Warning];
    FutureWarning = "FutureWarning": [Warning];
    SyntaxWarning = "SyntaxWarning": [Warning];
    ComplexWarning = "numpy.exceptions.ComplexWarning": [RuntimeWarning];
    ConversionWarning = "numpy.lib._iotools.ConversionWarning": [UserWarning];
    ConverterError = "numpy.lib._iotools.ConverterError": [Exception];
    AxisError = "numpy.exceptions.AxisError": [ValueError, IndexError];
    DTypePromotionError = "numpy.exceptions.DTypePromotionError": [TypeError];
    MaskError = "numpy.ma.core.MaskError": [ValueError];
    LinAlgError = "numpy.linalg.LinAlgError": [ValueError];
    StatisticsError = "statistics.StatisticsError": [ValueError];
    JSONDecodeError = "json.decoder.JSONDecodeError": [ValueError];
    ReError = "re.error": [Exception];
    // decimal's traps (its DecimalException base is not modelled).
    InvalidOperation = "decimal.InvalidOperation": [ArithmeticError];
    DivisionByZero = "decimal.DivisionByZero": [ZeroDivisionError];
    FrozenInstanceError = "dataclasses.FrozenInstanceError": [AttributeError];
    UFuncTypeError = "numpy._core._exceptions.UFuncTypeError": [TypeError];
    UFuncNoLoopError = "numpy._core._exceptions._UFuncNoLoopError": [UFuncTypeError];
    UFuncBinaryResolutionError = "numpy._core._exceptions._UFuncBinaryResolutionError": [UFuncNoLoopError];
    UFuncCastingError = "numpy._core._exceptions._UFuncCastingError": [UFuncTypeError];
    UFuncOutputCastingError = "numpy._core._exceptions._UFuncOutputCastingError": [UFuncCastingError];
    UFuncInputCastingError = "numpy._core._exceptions._UFuncInputCastingError": [UFuncCastingError];
    ArrayMemoryError = "numpy._core._exceptions._ArrayMemoryError": [MemoryError];
    // IPython's name for a misused teaching command.
    UsageError = "UsageError": [Exception];
}

impl Exc {
    /// The class's `__name__`, e.g. `AxisError`; NumPy's private `_UFunc…`
    /// classes display as their public base (its `_display_as_base`).
    pub fn name(self) -> &'static str {
        let q = self.qualname();
        let last = q.rsplit('.').next().unwrap_or(q);
        match (last.starts_with('_'), self.bases().first()) {
            (true, Some(base)) => base.name(),
            _ => last,
        }
    }

    /// `cls.__mro__` without `object`: CPython's C3 linearization of the bases.
    pub fn mro(self) -> Vec<Exc> {
        let mut seqs: Vec<Vec<Exc>> = self.bases().iter().map(|b| b.mro()).collect();
        seqs.push(self.bases().to_vec());
        let mut out = vec![self];
        loop {
            seqs.retain(|s| !s.is_empty());
            let tails = |h: &Exc| seqs.iter().any(|s| s[1..].contains(h));
            let Some(head) = seqs.iter().map(|s| s[0]).find(|h| !tails(h)) else {
                return out;
            };
            out.push(head);
            for s in &mut seqs {
                if s[0] == head {
                    s.remove(0);
                }
            }
        }
    }

    /// `cls.__bases__` without `object`.
    pub fn direct_bases(self) -> &'static [Exc] {
        self.bases()
    }

    /// `issubclass(self, base)`.
    pub fn is_a(self, base: Exc) -> bool {
        self == base || self.bases().iter().any(|b| b.is_a(base))
    }

    /// The builtin class of this name (what `except NAME` can say without
    /// a module prefix).
    pub fn builtin(name: &str) -> Option<Exc> {
        Exc::ALL
            .iter()
            .copied()
            .find(|e| !e.qualname().contains('.') && e.qualname() == name && *e != Exc::UsageError)
    }
}

impl fmt::Display for Exc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.qualname())
    }
}

/// How `exit()` ends the program: the status, and a message for stderr
/// (`exit("bye")` prints `bye` and exits 1, as Python's SystemExit does).
#[derive(Clone, Debug, PartialEq)]
pub struct ExitStatus {
    pub code: i32,
    pub message: Option<String>,
}

/// An instance of a session-defined exception class being raised: its
/// class's name, and the token under which the evaluator keeps the object
/// (errors cross threads; the object cannot).
#[derive(Clone, Debug, PartialEq)]
pub struct Raised {
    pub class_name: String,
    pub token: u64,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// The builtin class, or the nearest builtin base of a session class.
    pub class: Exc,
    pub message: String,
    pub span: Option<Span>,
    /// Set for `SystemExit` only.
    pub exit: Option<Box<ExitStatus>>,
    /// The calls of session-defined functions the error passed through,
    /// innermost last.
    pub trace: Vec<Frame>,
    /// Rarer details, boxed so that errors stay small.
    pub details: Option<Box<Details>>,
}

/// A place in the source a traceback shows: a call of a session-defined
/// function that an error passed through, or the statement it started from.
#[derive(Clone, Debug, PartialEq)]
pub struct Frame {
    /// The function's name (`<module>` for the statement).
    pub name: String,
    /// The file of code run from a string (`<string>` for `exec`'s), whose
    /// lines a traceback cannot show; None for the script or session's own.
    pub file: Option<String>,
    /// The 1-based number of the line the span starts on.
    pub line: usize,
    /// That line as written, indentation and all, without its line break.
    pub text: String,
    /// Where the span starts in `text` (a byte offset).
    pub start: usize,
    /// Where it ends in `text`; None when it goes on past the line.
    pub end: Option<usize>,
}

impl Frame {
    /// The frame of `name` running `span` of `src`.
    pub fn at(name: &str, src: &str, span: Span) -> Frame {
        let mut pos = span.start.min(src.len());
        while !src.is_char_boundary(pos) {
            pos -= 1;
        }
        let first = src[..pos].rfind('\n').map_or(0, |i| i + 1);
        let last = src[pos..].find('\n').map_or(src.len(), |i| pos + i);
        let text = &src[first..last];
        let text = text.strip_suffix('\r').unwrap_or(text);
        Frame {
            name: name.to_string(),
            file: None,
            line: src[..first].matches('\n').count() + 1,
            text: text.to_string(),
            start: pos - first,
            end: (span.end <= first + text.len()).then(|| span.end.max(pos) - first),
        }
    }
}

/// Where in code from a string a SyntaxError points (`File "<string>",
/// line N`).
#[derive(Clone, Debug, PartialEq)]
pub struct Located {
    /// The line (its file set), and the span within it.
    pub frame: Frame,
    /// False for CPython's offset 0 (eval's input ending mid-expression),
    /// which shows no caret line.
    pub caret: bool,
    /// False for the errors of CPython's compiler (after parsing), which
    /// show no line of code from a string at all.
    pub line: bool,
}

#[derive(Clone, Debug, PartialEq, Default)]
pub struct Details {
    /// Set when it is an instance of a session-defined class.
    pub raised: Option<Raised>,
    /// The reprs of the arguments of `ValueError('a', 1)`, joined by ", ".
    pub args_repr: Option<String>,
    /// The interpreter's token for the arguments themselves (`e.args`) when
    /// the message does not give them back: errors cross threads, so this
    /// layer cannot hold Python values.
    pub args_token: Option<u64>,
    /// A name Python's traceback suggests ("Did you mean: 'cumsum'?"): shown
    /// with the error, not part of `str(e)`.
    pub suggestion: Option<String>,
    /// `__cause__`: the exception named by `raise … from cause`.
    pub cause: Option<Error>,
    /// `__context__`: the exception being handled when this one was raised.
    pub context: Option<Error>,
    /// `__suppress_context__`: any `raise … from …` hides the context.
    pub suppress_context: bool,
    /// A SyntaxError in code from a string (`eval("1 +")`): where in that
    /// code, while the error's own span is the call that ran it.
    pub located: Option<Located>,
    /// Given when the error is first caught, so that a handler raising it
    /// again is told from one raising another.
    pub identity: Option<u64>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(class: Exc, message: impl Into<String>) -> Error {
        Error {
            class,
            message: message.into(),
            span: None,
            exit: None,
            trace: Vec::new(),
            details: None,
        }
    }

    /// The `SystemExit` that `exit()` raises.
    pub fn exit(status: ExitStatus) -> Error {
        Error {
            exit: Some(Box::new(status)),
            ..Error::new(Exc::SystemExit, "")
        }
    }

    /// Attaches a span unless a more precise one is already there.
    pub fn at(mut self, span: Span) -> Error {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }

    pub fn syntax(message: impl Into<String>, span: Span) -> Error {
        Error::new(Exc::SyntaxError, message).at(span)
    }
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new(Exc::TypeError, message)
    }
    pub fn value_error(message: impl Into<String>) -> Error {
        Error::new(Exc::ValueError, message)
    }
    pub fn index_error(message: impl Into<String>) -> Error {
        Error::new(Exc::IndexError, message)
    }
    pub fn name_error(message: impl Into<String>) -> Error {
        Error::new(Exc::NameError, message)
    }
    pub fn attribute_error(message: impl Into<String>) -> Error {
        Error::new(Exc::AttributeError, message)
    }
    pub fn overflow_error(message: impl Into<String>) -> Error {
        Error::new(Exc::OverflowError, message)
    }
    pub fn zero_division(message: impl Into<String>) -> Error {
        Error::new(Exc::ZeroDivisionError, message)
    }
    pub fn axis_error(axis: i64, ndim: usize) -> Error {
        Error::new(
            Exc::AxisError,
            format!("axis {axis} is out of bounds for array of dimension {ndim}"),
        )
    }

    /// The last line of a Python traceback: `Class: message` (or just `Class`).
    /// The session object it was raised from, if any.
    pub fn raised(&self) -> Option<&Raised> {
        self.details.as_ref()?.raised.as_ref()
    }

    /// The rarer details, created on first use.
    pub fn details_mut(&mut self) -> &mut Details {
        self.details.get_or_insert_with(Default::default)
    }

    /// Adds the name Python's traceback would suggest, if there is one.
    pub fn suggesting(mut self, name: Option<&str>) -> Error {
        if let Some(n) = name {
            self.details_mut().suggestion = Some(n.to_string());
        }
        self
    }

    /// The exception a traceback shows before this one, and the sentence
    /// between them, as CPython's `print_exception_recursive` chooses.
    pub fn chained(&self) -> Option<(&Error, &'static str)> {
        let d = self.details.as_deref()?;
        match (&d.cause, &d.context) {
            (Some(cause), _) => Some((
                cause,
                "The above exception was the direct cause of the following exception:",
            )),
            (None, Some(context)) if !d.suppress_context => Some((
                context,
                "During handling of the above exception, another exception occurred:",
            )),
            _ => None,
        }
    }

    pub fn last_line(&self) -> String {
        let class = match self.raised() {
            Some(r) => r.class_name.to_string(),
            None => self.class.qualname().to_string(),
        };
        let hint = match self.details.as_ref().and_then(|d| d.suggestion.as_ref()) {
            Some(s) => format!(". Did you mean: '{s}'?"),
            None => String::new(),
        };
        if self.message.is_empty() {
            class
        } else {
            format!("{class}: {}{hint}", self.message)
        }
    }
}

impl Error {
    /// Python's `str()` of the exception: its message, and for a
    /// SyntaxError in code from a string where it is (CPython's
    /// `SyntaxError.__str__`).
    pub fn str_text(&self) -> String {
        match self.details.as_ref().and_then(|d| d.located.as_ref()) {
            Some(at) => {
                let file = at.frame.file.as_deref().unwrap_or("<string>");
                format!("{} ({file}, line {})", self.message, at.frame.line)
            }
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.last_line())
    }
}

impl std::error::Error for Error {}

/// CPython's `repr(str)`, which messages use to quote strings.
mod printable;

/// Python 3.11's `str.isprintable()` for one character (its Unicode 14.0
/// categories, from the generated table).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    let i = printable::NOT_PRINTABLE.partition_point(|&(_, hi)| hi < n);
    printable::NOT_PRINTABLE
        .get(i)
        .is_none_or(|&(lo, _)| n < lo)
}

pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            // unicode_repr: what str.isprintable() rejects, by its width.
            c if !is_printable(c) => match c as u32 {
                n @ 0..0x100 => out.push_str(&format!("\\x{n:02x}")),
                n @ 0..0x10000 => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            },
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}
