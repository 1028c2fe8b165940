//! The one lexer: a lenient, never-failing scan of the source modelled on
//! CPython 3.11's tokenizer. It serves syntax highlighting (`tokens`), the
//! REPL's chunking and completeness checks, and the pre-pass before pest that
//! reports CPython's tokenizer errors (brackets, strings, numbers, stray
//! characters) and keeps pest away from pathological nesting.

use crate::error::{Error, Span};

/// CPython's tokenizer limit on open brackets (`MAXLEVEL`).
pub const MAX_BRACKETS: usize = 200;

/// What kind of text a token is, for highlighting and bracket matching.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Number,
    String,
    Name,
    Keyword,
    Operator,
    Open,
    Close,
    Comment,
    Error,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

/// A lexeme: a token, or one of the layout marks that `tokens` leaves out.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    Token(TokenKind),
    /// A physical line end (`\n`, `\r\n` or `\r`).
    Newline,
    /// A backslash continuation, including its line end.
    Continuation,
}

/// 16 bytes: a data file's million-item list is two million lexemes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Lexeme {
    pub lex: Lex,
    /// Bracket depth at this lexeme (an opening bracket is outside itself,
    /// a closing one inside).
    pub depth: u32,
    /// The source bytes (`parse` refuses sources beyond 32-bit offsets).
    start: u32,
    end: u32,
}

impl Lexeme {
    pub fn span(&self) -> Span {
        Span::new(self.start as usize, self.end as usize)
    }
}

pub(crate) const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

/// Everything one scan learns about a source text.
pub(crate) struct Scan {
    pub lexemes: Vec<Lexeme>,
    /// The first tokenizer error, as CPython would report it (EOF conditions
    /// such as open brackets are left to `open`, `open_string`, `eof_continuation`).
    pub error: Option<Error>,
    /// Brackets still open at the end: (bracket, position).
    pub open: Vec<(u8, usize)>,
    /// Start of a triple-quoted string still open at the end.
    pub open_string: Option<usize>,
    /// Position of a backslash continuation that runs into the end.
    pub eof_continuation: Option<usize>,
    /// End of each interactive chunk (exclusive), in order; the last is `src.len()`.
    pub chunk_ends: Vec<usize>,
}

struct Lexer<'a> {
    src: &'a str,
    bytes: &'a [u8],
    pos: usize,
    scan: Scan,
    /// Open brackets: (bracket, position).
    stack: Vec<(u8, usize)>,
    /// An error was found since the current chunk began.
    chunk_error: bool,
}

pub(crate) fn scan(src: &str) -> Scan {
    let mut lx = Lexer {
        src,
        bytes: src.as_bytes(),
        pos: 0,
        scan: Scan {
            lexemes: Vec::new(),
            error: None,
            open: Vec::new(),
            open_string: None,
            eof_continuation: None,
            chunk_ends: Vec::new(),
        },
        stack: Vec::new(),
        chunk_error: false,
    };
    lx.run();
    let mut scan = lx.scan;
    scan.open = lx.stack;
    if scan.chunk_ends.last() != Some(&src.len()) && !src.is_empty() {
        scan.chunk_ends.push(src.len());
    }
    scan
}

/// The 1-based line number of byte `pos`.
pub(crate) fn line_of(src: &str, pos: usize) -> usize {
    let bytes = &src.as_bytes()[..pos.min(src.len())];
    let mut line = 1;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => line += 1,
            b'\r' if bytes.get(i + 1) != Some(&b'\n') => line += 1,
            _ => {}
        }
        i += 1;
    }
    line
}

/// The line CPython names in "detected at line N" when a string runs into
/// the end of the input: a final line end does not start a new line.
pub(crate) fn eof_line(src: &str) -> usize {
    let trimmed = src
        .strip_suffix('\n')
        .or_else(|| src.strip_suffix('\r'))
        .unwrap_or(src);
    line_of(src, trimmed.len())
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\x0c')
}

fn is_ident_start(c: char) -> bool {
    c == '_' || pest::unicode::XID_START(c)
}

fn is_ident_continue(c: char) -> bool {
    c == '_' || pest::unicode::XID_CONTINUE(c)
}

/// Whether a character would pass CPython's `Py_UNICODE_ISPRINTABLE`
/// (approximated: controls, format characters and non-space separators fail).
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    !(c.is_control()
        || c.is_whitespace()
        || matches!(c, '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
            | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{fff9}'..='\u{fffb}'))
}

const OPERATORS3: &[&str] = &["**=", "//=", ">>=", "<<=", "..."];
const OPERATORS2: &[&str] = &[
    "!=", "%=", "&=", "**", "*=", "+=", "-=", "->", "//", "/=", ":=", "<<", "<=", "<>", "==", ">=",
    ">>", "@=", "^=", "|=",
];

impl Lexer<'_> {
    fn peek(&self, at: usize) -> Option<u8> {
        self.bytes.get(at).copied()
    }

    fn push(&mut self, lex: Lex, start: usize, end: usize) {
        // The pre-pass bounds nesting far below u32 (CPython's 200 levels).
        let depth = u32::try_from(self.stack.len()).unwrap_or(u32::MAX);
        // `parse` refuses sources beyond 32-bit offsets.
        let offset = |at: usize| u32::try_from(at).unwrap_or(u32::MAX);
        self.scan.lexemes.push(Lexeme {
            lex,
            depth,
            start: offset(start),
            end: offset(end),
        });
    }

    fn error(&mut self, message: impl Into<String>, span: Span) {
        self.chunk_error = true;
        if self.scan.error.is_none() {
            self.scan.error = Some(Error::syntax(message, span));
        }
    }

    /// Position CPython reports for an error found with the cursor at `cur`:
    /// the character before it.
    fn before(&self, cur: usize) -> usize {
        // A cursor inside a multi-byte character has just read that character.
        if !self.src.is_char_boundary(cur) {
            return (0..cur)
                .rfind(|&i| self.src.is_char_boundary(i))
                .unwrap_or(0);
        }
        self.src[..cur]
            .char_indices()
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn run(&mut self) {
        while self.pos < self.bytes.len() {
            let start = self.pos;
            let b = self.bytes[start];
            if is_space(b) {
                self.pos += 1;
                continue;
            }
            match b {
                b'#' => {
                    let end = self.src[start..]
                        .find(['\n', '\r'])
                        .map_or(self.src.len(), |i| start + i);
                    self.pos = end;
                    self.push(Lex::Token(TokenKind::Comment), start, end);
                }
                b'\n' | b'\r' => {
                    let end = if b == b'\r' && self.peek(start + 1) == Some(b'\n') {
                        start + 2
                    } else {
                        start + 1
                    };
                    self.pos = end;
                    self.push(Lex::Newline, start, end);
                    if self.stack.is_empty() || self.chunk_error {
                        self.end_chunk(end);
                    }
                }
                b'\\' => self.continuation(start),
                b'0'..=b'9' => self.number(start),
                b'.' if self.peek(start + 1).is_some_and(|c| c.is_ascii_digit()) => {
                    self.number(start)
                }
                b'"' | b'\'' => self.string(start, start),
                b'(' | b'[' | b'{' => {
                    self.pos += 1;
                    if self.stack.len() >= MAX_BRACKETS {
                        self.error("too many nested parentheses", Span::new(start, start));
                    }
                    self.push(Lex::Token(TokenKind::Open), start, start + 1);
                    self.stack.push((b, start));
                }
                b')' | b']' | b'}' => self.close(start, b),
                _ if b.is_ascii() && !b.is_ascii_alphabetic() && b != b'_' => self.operator(start),
                _ => self.name(start),
            }
        }
    }

    fn end_chunk(&mut self, end: usize) {
        self.scan.chunk_ends.push(end);
        self.stack.clear();
        self.chunk_error = false;
    }

    fn continuation(&mut self, start: usize) {
        let next = start + 1;
        match self.peek(next) {
            Some(b'\n') | Some(b'\r') => {
                let end = if self.peek(next) == Some(b'\r') && self.peek(next + 1) == Some(b'\n') {
                    next + 2
                } else {
                    next + 1
                };
                self.pos = end;
                self.push(Lex::Continuation, start, end);
                if end == self.bytes.len() {
                    self.scan.eof_continuation = Some(next);
                }
            }
            None => {
                self.pos = next;
                self.push(Lex::Continuation, start, next);
                self.scan.eof_continuation = Some(next);
            }
            Some(_) => {
                self.pos = next;
                self.push(Lex::Token(TokenKind::Error), start, next);
                self.error(
                    "unexpected character after line continuation character",
                    Span::new(next, next),
                );
            }
        }
    }

    fn close(&mut self, start: usize, b: u8) {
        self.pos += 1;
        let close = b as char;
        match self.stack.last() {
            None => {
                self.push(Lex::Token(TokenKind::Error), start, start + 1);
                self.error(format!("unmatched '{close}'"), Span::new(start, start));
            }
            Some(&(open, at)) => {
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if expected == b {
                    self.push(Lex::Token(TokenKind::Close), start, start + 1);
                    self.stack.pop();
                } else {
                    self.push(Lex::Token(TokenKind::Error), start, start + 1);
                    let open = open as char;
                    let (line_open, line_close) = (line_of(self.src, at), line_of(self.src, start));
                    let message = if line_open == line_close {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                        )
                    } else {
                        format!(
                            "closing parenthesis '{close}' does not match opening parenthesis '{open}' on line {line_open}"
                        )
                    };
                    self.error(message, Span::new(start, start));
                }
            }
        }
    }

    fn operator(&mut self, start: usize) {
        let rest = &self.src[start..];
        let len = if matches!(self.bytes[start], b',' | b';' | b'~' | b'`' | b'?' | b'$') {
            1
        } else if OPERATORS3.iter().any(|op| rest.starts_with(op)) {
            3
        } else if OPERATORS2.iter().any(|op| rest.starts_with(op)) {
            2
        } else {
            1
        };
        let b = self.bytes[start];
        self.pos = start + len;
        if b.is_ascii_control() {
            self.push(Lex::Token(TokenKind::Error), start, start + 1);
            self.error(
                format!("invalid non-printable character U+{:04X}", b),
                Span::new(start, start),
            );
        } else {
            // `$`, `?`, `!` and backquotes lex as operators that no rule accepts,
            // so they get CPython's plain `invalid syntax`.
            self.push(Lex::Token(TokenKind::Operator), start, start + len);
        }
    }

    fn name(&mut self, start: usize) {
        let mut end = start;
        let mut bad: Option<(usize, char)> = None;
        for (i, c) in self.src[start..].char_indices() {
            let ok = if i == 0 {
                is_ident_start(c)
            } else {
                is_ident_continue(c)
            };
            if !ok {
                // Like CPython, any non-ASCII character joins the identifier
                // and is verified afterwards.
                if c.is_ascii() {
                    break;
                }
                if bad.is_none() {
                    bad = Some((start + i, c));
                }
            }
            end = start + i + c.len_utf8();
        }
        let word = &self.src[start..end];
        if matches!(self.peek(end), Some(b'"' | b'\'')) && is_string_prefix(word) {
            return self.string(start, end);
        }
        self.pos = end;
        if let Some((at, c)) = bad {
            self.push(Lex::Token(TokenKind::Error), start, end);
            let message = if is_printable(c) {
                format!("invalid character '{c}' (U+{:04X})", c as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", c as u32)
            };
            self.error(message, Span::new(at, at));
        } else if KEYWORDS.contains(&word) {
            self.push(Lex::Token(TokenKind::Keyword), start, end);
        } else {
            self.push(Lex::Token(TokenKind::Name), start, end);
        }
    }

    /// A string literal whose prefix spans `start..quote`.
    fn string(&mut self, start: usize, quote: usize) {
        let q = self.bytes[quote];
        let triple = self.peek(quote + 1) == Some(q) && self.peek(quote + 2) == Some(q);
        let mut i = if triple { quote + 3 } else { quote + 1 };
        loop {
            match self.peek(i) {
                None => {
                    self.pos = i;
                    if triple {
                        self.push(Lex::Token(TokenKind::String), start, i);
                        self.scan.open_string = Some(start);
                    } else {
                        self.push(Lex::Token(TokenKind::Error), start, i);
                        let line = eof_line(self.src);
                        self.error(
                            format!("unterminated string literal (detected at line {line})"),
                            Span::new(start, start),
                        );
                    }
                    return;
                }
                Some(b'\\') => {
                    i += if self.peek(i + 1) == Some(b'\r') && self.peek(i + 2) == Some(b'\n') {
                        3
                    } else {
                        2
                    };
                    i = i.min(self.bytes.len());
                }
                Some(b'\n' | b'\r') if !triple => {
                    self.pos = i;
                    self.push(Lex::Token(TokenKind::Error), start, i);
                    let line = line_of(self.src, i);
                    self.error(
                        format!("unterminated string literal (detected at line {line})"),
                        Span::new(start, start),
                    );
                    return;
                }
                Some(c)
                    if c == q
                        && (!triple
                            || (self.peek(i + 1) == Some(q) && self.peek(i + 2) == Some(q))) =>
                {
                    let end = if triple { i + 3 } else { i + 1 };
                    self.pos = end;
                    self.push(Lex::Token(TokenKind::String), start, end);
                    return;
                }
                Some(_) => i += 1,
            }
        }
    }

    /// A numeric literal, following CPython's `tok_get` step by step so the
    /// error messages and positions agree.
    fn number(&mut self, start: usize) {
        match simple_number_end(self.bytes, start).map_or_else(|| number_end(self.bytes, start), Ok)
        {
            Ok(end) => {
                self.pos = end;
                self.push(Lex::Token(TokenKind::Number), start, end);
            }
            Err((message, span, cur)) => {
                let span = span.unwrap_or_else(|| {
                    let at = self.before(cur.min(self.bytes.len()));
                    Span::new(at, at)
                });
                // Skip the rest of the malformed literal for the lenient token list.
                let mut end = cur.clamp(start + 1, self.bytes.len());
                while self
                    .peek(end)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'.')
                {
                    end += 1;
                }
                // The cursor may stop inside a non-ASCII character (`07é`).
                while !self.src.is_char_boundary(end) {
                    end += 1;
                }
                self.pos = end;
                self.push(Lex::Token(TokenKind::Error), start, end);
                self.error(message, span);
            }
        }
    }
}

fn is_string_prefix(word: &str) -> bool {
    matches!(
        word.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

/// The end of a plain `123` or `1.25` (not starting with `0`) when nothing
/// that could continue a literal follows; `number_end` decides the rest.
/// Big data lists are mostly such numbers.
fn simple_number_end(b: &[u8], start: usize) -> Option<usize> {
    let digits = |mut i: usize| {
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        i
    };
    if !matches!(b[start], b'1'..=b'9') {
        return None;
    }
    let mut end = digits(start + 1);
    if b.get(end) == Some(&b'.') && b.get(end + 1).is_some_and(u8::is_ascii_digit) {
        end = digits(end + 1);
    }
    match b.get(end) {
        Some(c) if c.is_ascii_alphanumeric() || matches!(c, b'_' | b'.') || *c >= 128 => None,
        _ => Some(end),
    }
}

/// Scans a number starting at `start`; on error returns the message, an
/// explicit span if CPython gives a range, and the cursor position otherwise.
type NumError = (String, Option<Span>, usize);

fn number_end(b: &[u8], start: usize) -> Result<usize, NumError> {
    let at = |i: usize| b.get(i).copied().unwrap_or(0);
    let err = |msg: &str, cur: usize| -> NumError { (msg.to_string(), None, cur) };
    // `cur` is one past the character `c` just read, as in CPython.
    let mut cur = start + 1;
    let mut c = at(start);

    // Reads decimal digits with single underscores; returns the next char.
    let decimal_tail = |cur: &mut usize| -> Result<u8, NumError> {
        loop {
            let mut c;
            loop {
                c = at(*cur);
                *cur += 1;
                if !c.is_ascii_digit() {
                    break;
                }
            }
            if c != b'_' {
                return Ok(c);
            }
            c = at(*cur);
            *cur += 1;
            if !c.is_ascii_digit() {
                // tok_backup: the cursor returns before `c`.
                return Err(err("invalid decimal literal", *cur - 1));
            }
        }
    };

    enum Next {
        Fraction,
        Exponent,
        Imaginary,
        End,
    }
    let mut next;
    if c == b'.' {
        c = at(cur);
        cur += 1;
        next = Next::Fraction;
    } else if c == b'0' {
        c = at(cur);
        cur += 1;
        let radix = match c {
            b'x' | b'X' => Some((16u32, "hexadecimal")),
            b'o' | b'O' => Some((8, "octal")),
            b'b' | b'B' => Some((2, "binary")),
            _ => None,
        };
        if let Some((radix, kind)) = radix {
            let is_digit = |c: u8| (c as char).is_digit(radix);
            c = at(cur);
            cur += 1;
            loop {
                if c == b'_' {
                    c = at(cur);
                    cur += 1;
                }
                if !is_digit(c) {
                    if radix != 16 && c.is_ascii_digit() {
                        return Err(err(
                            &format!("invalid digit '{}' in {kind} literal", c as char),
                            cur,
                        ));
                    }
                    return Err(err(&format!("invalid {kind} literal"), cur - 1));
                }
                loop {
                    c = at(cur);
                    cur += 1;
                    if !is_digit(c) {
                        break;
                    }
                }
                if c != b'_' {
                    break;
                }
            }
            if radix != 16 && c.is_ascii_digit() {
                return Err(err(
                    &format!("invalid digit '{}' in {kind} literal", c as char),
                    cur,
                ));
            }
            return verify_end(b, c, cur, kind);
        }
        // Decimal starting with zeros: only zeros unless it turns out a float.
        let mut nonzero = false;
        loop {
            if c == b'_' {
                c = at(cur);
                cur += 1;
                if !c.is_ascii_digit() {
                    return Err(err("invalid decimal literal", cur - 1));
                }
            }
            if c != b'0' {
                break;
            }
            c = at(cur);
            cur += 1;
        }
        let zeros_end = cur;
        if c.is_ascii_digit() {
            nonzero = true;
            c = decimal_tail(&mut cur)?;
        }
        next = match c {
            b'.' => {
                c = at(cur);
                cur += 1;
                Next::Fraction
            }
            b'e' | b'E' => Next::Exponent,
            b'j' | b'J' => Next::Imaginary,
            _ if nonzero => {
                let msg = "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers";
                // Resume at `c`, not past it: it may be the line's end.
                return Err((
                    msg.to_string(),
                    Some(Span::new(start, zeros_end - 1)),
                    cur - 1,
                ));
            }
            _ => return verify_end(b, c, cur, "decimal"),
        };
    } else {
        c = decimal_tail(&mut cur)?;
        next = match c {
            b'.' => {
                c = at(cur);
                cur += 1;
                Next::Fraction
            }
            b'e' | b'E' => Next::Exponent,
            b'j' | b'J' => Next::Imaginary,
            _ => Next::End,
        };
    }
    if let Next::Fraction = next {
        if c.is_ascii_digit() {
            c = decimal_tail(&mut cur)?;
        }
        next = match c {
            b'e' | b'E' => Next::Exponent,
            b'j' | b'J' => Next::Imaginary,
            _ => Next::End,
        };
    }
    if let Next::Exponent = next {
        let e = c;
        c = at(cur);
        cur += 1;
        if c == b'+' || c == b'-' {
            c = at(cur);
            cur += 1;
            if !c.is_ascii_digit() {
                return Err(err("invalid decimal literal", cur - 1));
            }
        } else if !c.is_ascii_digit() {
            // `1else`: the number is just `1` (the `e` starts a keyword).
            cur -= 1;
            verify_end(b, e, cur, "decimal")?;
            return Ok(cur - 1);
        }
        c = decimal_tail(&mut cur)?;
        next = if matches!(c, b'j' | b'J') {
            Next::Imaginary
        } else {
            Next::End
        };
    }
    if let Next::Imaginary = next {
        c = at(cur);
        cur += 1;
        return verify_end(b, c, cur, "imaginary");
    }
    verify_end(b, c, cur, "decimal")
}

/// CPython's `verify_end_of_number`: `c` was just read (cursor `cur` after
/// it). A keyword that may follow a number (`1if x else y`) ends it; any
/// other identifier character is an error. Returns the number's end.
fn verify_end(b: &[u8], c: u8, cur: usize, kind: &str) -> Result<usize, NumError> {
    if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 128) {
        return Ok(cur - 1);
    }
    let rest = &b[cur - 1..];
    let keyword_follows = ["and", "else", "for", "if", "in", "is", "or", "not"]
        .iter()
        .any(|k| rest.starts_with(k.as_bytes()));
    if keyword_follows {
        Ok(cur - 1)
    } else {
        Err((format!("invalid {kind} literal"), None, cur - 1))
    }
}
