//! The one error type: a Python exception class, its message and where in the
//! source it happened. Rendering (tracebacks, carets, colour) is the front end's job.

use std::fmt;

/// A byte range into the source text of the statement being run.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
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

#[derive(Clone, Debug, PartialEq)]
pub struct Error {
    /// The exception class as Python prints it on the last traceback line,
    /// e.g. `ValueError` or `numpy.exceptions.AxisError`.
    pub class: &'static str,
    pub message: String,
    pub span: Option<Span>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(class: &'static str, message: impl Into<String>) -> Error {
        Error {
            class,
            message: message.into(),
            span: None,
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
        Error::new("SyntaxError", message).at(span)
    }
    pub fn type_error(message: impl Into<String>) -> Error {
        Error::new("TypeError", message)
    }
    pub fn value_error(message: impl Into<String>) -> Error {
        Error::new("ValueError", message)
    }
    pub fn index_error(message: impl Into<String>) -> Error {
        Error::new("IndexError", message)
    }
    pub fn name_error(message: impl Into<String>) -> Error {
        Error::new("NameError", message)
    }
    pub fn attribute_error(message: impl Into<String>) -> Error {
        Error::new("AttributeError", message)
    }
    pub fn overflow_error(message: impl Into<String>) -> Error {
        Error::new("OverflowError", message)
    }
    pub fn zero_division(message: impl Into<String>) -> Error {
        Error::new("ZeroDivisionError", message)
    }
    pub fn axis_error(axis: i64, ndim: usize) -> Error {
        Error::new(
            "numpy.exceptions.AxisError",
            format!("axis {axis} is out of bounds for array of dimension {ndim}"),
        )
    }

    /// The last line of a Python traceback: `Class: message` (or just `Class`).
    pub fn last_line(&self) -> String {
        if self.message.is_empty() {
            self.class.to_string()
        } else {
            format!("{}: {}", self.class, self.message)
        }
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.last_line())
    }
}

impl std::error::Error for Error {}
