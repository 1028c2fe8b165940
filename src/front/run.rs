//! Running source text: whole scripts (like `python3 FILE`) and sessions
//! (like typing each chunk at the prompt). The REPL uses the same chunk runner.

use super::diagnostic::{Origin, render, render_warning};
use super::panic_net;
use crate::array::signals::{Repeat, Warning};
use crate::error::{Error, Exc, Span};
use crate::eval::{Interp, Output};
use crate::syntax;
use std::cell::RefCell;
use std::rc::Rc;

pub struct RunOptions {
    /// Print the repr of each expression statement's value.
    pub echo: bool,
    /// Print each chunk after `>>> ` / `... ` before its output.
    pub transcript: bool,
    pub color: bool,
}

/// The state of IPython's display that magics change.
pub struct IPython {
    /// `%precision`'s `%`-template for floats (`%r`: their repr).
    pub float_format: String,
    /// The backend `%matplotlib NAME` named last.
    pub matplotlib_backend: Option<String>,
}

impl Default for IPython {
    fn default() -> IPython {
        IPython {
            float_format: "%r".into(),
            matplotlib_backend: None,
        }
    }
}

/// How one chunk ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Outcome {
    Ok,
    Failed,
    /// `exit()`/`quit()` with this status.
    Exit(i32),
}

pub struct Runner {
    pub interp: Interp,
    pub options: RunOptions,
    /// Scripts, pipes and `-c` end at Ctrl-C with status 130, as Python
    /// does; the prompt reports it and goes on.
    pub exit_on_interrupt: bool,
    /// `Class: message` of the last error reported, for checkers that
    /// compare exceptions the way doctest does.
    last_error: Option<String>,
    /// When set, echoed reprs are collected here instead of written, so a
    /// notebook cell's result stays apart from what it printed.
    pub echo_capture: Option<String>,
    /// The value the last chunk echoed, for the tutorial's answer check.
    pub echoed: Option<crate::eval::Value>,
    /// Set for notebook cells: values are shown as IPython's displayhook
    /// shows them, not as Python's prompt does.
    pub ipython: Option<IPython>,
    /// How warnings are shown, shared with the interpreter's warning sink.
    warnings: Rc<RefCell<WarningShow>>,
}

/// What showing a warning needs besides its source text: Python's filters
/// fold repeats; a script's warnings name its file and line.
#[derive(Default)]
struct WarningShow {
    /// The script's name; None in sessions (`<stdin>`, no source line).
    file: Option<String>,
    color: bool,
    /// A script's warnings already shown: (category, text, line).
    warned: std::collections::HashSet<(&'static str, String, usize)>,
}

impl WarningShow {
    /// The text for stderr of `w`, raised in `src`; None for a repeat.
    fn render(&mut self, w: &Warning, src: &str) -> Option<String> {
        let at = w.at.map_or(0, |s| s.start).min(src.len());
        let line_no = src[..at].matches('\n').count() + 1;
        let line_start = src[..at].rfind('\n').map_or(0, |i| i + 1);
        let line = src[line_start..].lines().next().unwrap_or("");
        // A script's warnings go through Python's default filter: once
        // per text and line for the whole run (a loop warns once);
        // `warnings` filters may ask for every time or once anywhere.
        let (dedupe, key_line) = match w.repeat {
            Repeat::Default => (self.file.is_some(), line_no),
            Repeat::Always => (false, line_no),
            Repeat::Once => (true, 0),
        };
        if dedupe
            && !self
                .warned
                .insert((w.category, w.message.clone(), key_line))
        {
            return None;
        }
        Some(match &self.file {
            Some(f) => render_warning(w, f, line_no, Some(line), self.color),
            None => render_warning(w, "<stdin>", line_no, None, self.color),
        })
    }
}

impl Runner {
    pub fn new(out: Output, err: Output, options: RunOptions) -> Runner {
        let mut interp = Interp::new(out);
        interp.set_stderr(err);
        interp.echo = options.echo;
        let warnings = Rc::new(RefCell::new(WarningShow::default()));
        let shown = warnings.clone();
        interp.set_warning_sink(Box::new(move |w, src| shown.borrow_mut().render(w, src)));
        Runner {
            interp,
            options,
            exit_on_interrupt: true,
            last_error: None,
            echo_capture: None,
            echoed: None,
            ipython: None,
            warnings,
        }
    }

    fn stderr(&mut self, text: &str) {
        self.interp.write_err(text);
    }

    /// Runs a script: parse it whole, then run statements until one fails.
    pub fn run_script(&mut self, src: impl Into<std::rc::Rc<str>>, file: &str) -> i32 {
        let origin = Origin { file: Some(file) };
        // One shared copy: `exec_stmt` then sees the same text by address
        // instead of comparing the whole script once per statement.
        self.interp.source = src.into();
        let shared = self.interp.source.clone();
        let src: &str = &shared;
        let stmts = match panic_net::catch(|| syntax::parse(src)) {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                let text = render(&e, src, &origin, self.options.color);
                self.stderr(&text);
                return 1;
            }
            Err(internal) => {
                self.report_internal(&internal);
                return 1;
            }
        };
        if let Err(e) = self.compile_warnings(&stmts, src, &origin) {
            let text = render(&e, src, &origin, self.options.color);
            self.stderr(&text);
            return 1;
        }
        let mut shown_to = 0;
        // Each statement's tree is dropped once it has run (a function or
        // class it defined keeps its own shared part).
        for stmt in stmts {
            let stmt = &stmt;
            if self.options.transcript && stmt.span.start >= shown_to {
                // Show the whole lines the statement occupies, once.
                let start = src[..stmt.span.start].rfind('\n').map_or(0, |i| i + 1);
                let end = src[stmt.span.end..]
                    .find('\n')
                    .map_or(src.len(), |i| stmt.span.end + i);
                self.show_prompted(&src[start..end]);
                shown_to = end;
            }
            match self.exec_stmt(stmt, src, &origin) {
                Outcome::Ok => {}
                Outcome::Failed => return 1,
                Outcome::Exit(code) => return code,
            }
        }
        0
    }

    /// Echoes source after `>>> ` / `... ` prompts (for --transcript).
    pub(crate) fn show_prompted(&mut self, text: &str) {
        let mut out = String::new();
        for (i, l) in text.trim_end_matches('\n').split('\n').enumerate() {
            out.push_str(if i == 0 { ">>> " } else { "... " });
            out.push_str(l);
            out.push('\n');
        }
        let _ = self.interp.write(&out);
    }

    /// Runs a session: each chunk on its own, going on after errors.
    pub fn run_session(&mut self, src: &str) -> i32 {
        let mut status = 0;
        for range in syntax::chunks(src) {
            let chunk = &src[range];
            let input = chunk.strip_suffix('\n').unwrap_or(chunk);
            match super::commands::handle(self, input) {
                Outcome::Ok => {}
                Outcome::Failed => status = 1,
                Outcome::Exit(code) => return code,
            }
        }
        status
    }

    /// A session from raw bytes: a line that is not UTF-8 is reported as
    /// Python would and skipped; the rest runs.
    pub fn run_session_bytes(&mut self, bytes: &[u8]) -> i32 {
        match decode(bytes, None) {
            Ok(src) => self.run_session(&src),
            Err(_) => {
                let mut status = 0;
                let mut good = String::new();
                for line in bytes.split_inclusive(|&b| b == b'\n') {
                    match decode(line, None) {
                        Ok(text) => good.push_str(&text),
                        Err((text, err)) => {
                            self.run_session(&std::mem::take(&mut good));
                            self.report(&err, &text, &Origin { file: None });
                            status = 1;
                        }
                    }
                }
                status | self.run_session(&good)
            }
        }
    }

    /// Runs one interactive chunk (one or more lines) as the prompt would.
    pub fn run_chunk(&mut self, chunk: &str) -> Outcome {
        if self.options.transcript && !chunk.trim().is_empty() {
            self.show_prompted(chunk);
        }
        self.echoed = None;
        self.interp.forget_shown_warnings();
        // Python's prompt numbers each input from line 1.
        let origin = Origin { file: None };
        let stmts = match panic_net::catch(|| syntax::parse(chunk)) {
            Ok(Ok(s)) => s,
            Ok(Err(e)) => {
                self.report(&e, chunk, &origin);
                return Outcome::Failed;
            }
            Err(internal) => {
                self.report_internal(&internal);
                return Outcome::Failed;
            }
        };
        if let Err(e) = self.compile_warnings(&stmts, chunk, &origin) {
            self.report(&e, chunk, &origin);
            return Outcome::Failed;
        }
        for stmt in &stmts {
            match self.exec_stmt(stmt, chunk, &origin) {
                Outcome::Ok => {}
                other => return other,
            }
        }
        Outcome::Ok
    }

    /// Shows an error in `src` the way the prompt shows errors.
    pub fn report_error(&mut self, e: &Error, src: &str) {
        self.report(e, src, &Origin { file: None });
    }

    /// Takes the `Class: message` line of the last error reported.
    pub fn take_last_error(&mut self) -> Option<String> {
        self.last_error.take()
    }

    fn report(&mut self, e: &Error, src: &str, origin: &Origin) {
        self.last_error = Some(e.last_line());
        let text = render(e, src, origin, self.options.color);
        if self.options.transcript {
            let _ = self.interp.write(&text);
        } else {
            self.stderr(&text);
        }
    }

    /// A bug caught by the panic net: one line, whatever the mode.
    /// Shows an expression statement's value: collected for a notebook
    /// cell (as IPython's displayhook writes it there), else through
    /// `sys.displayhook`.
    pub fn echo(&mut self, v: crate::eval::Value) -> crate::error::Result<()> {
        match &mut self.echo_capture {
            Some(captured) => {
                let text = match &self.ipython {
                    Some(d) => self.interp.pretty_text(&v, &d.float_format),
                    None => self.interp.repr_text(&v),
                }?;
                captured.push_str(&(text + "\n"));
            }
            None => {
                self.interp.displayhook(&v)?;
                self.echoed = Some(v);
            }
        }
        Ok(())
    }

    fn report_internal(&mut self, e: &Error) {
        self.stderr(&(e.last_line() + "\n"));
    }

    /// Makes `src` the interpreter's source and `origin` what its warnings name.
    fn use_source(&mut self, src: &str, origin: &Origin) {
        let same = std::ptr::eq(self.interp.source.as_ptr(), src.as_ptr())
            && self.interp.source.len() == src.len();
        if !same && &*self.interp.source != src {
            self.interp.source = std::rc::Rc::from(src);
        }
        let mut show = self.warnings.borrow_mut();
        show.color = self.options.color;
        if show.file.as_deref() != origin.file {
            show.file = origin.file.map(str::to_owned);
        }
    }

    fn exec_stmt(&mut self, stmt: &syntax::ast::Stmt, src: &str, origin: &Origin) -> Outcome {
        self.use_source(src, origin);
        self.interp.echo = self.options.echo;
        let result =
            panic_net::catch(|| crate::array::signals::stoppable(|| self.interp.exec(stmt)));
        if matches!(&result, Ok(Err(e)) if e.class == crate::error::Exc::KeyboardInterrupt) {
            self.interp.leave_calls();
        }
        self.interp.show_warnings(stmt.span);
        let result = match result {
            Ok(r) => r,
            Err(internal) => {
                self.report_internal(&internal);
                return Outcome::Failed;
            }
        };
        let result = match result {
            Ok(Some(v)) if self.options.echo => self.echo(v).map(|_| None),
            other => other,
        };
        match result {
            Ok(_) => Outcome::Ok,
            Err(Error {
                exit: Some(status), ..
            }) => {
                if let Some(message) = status.message {
                    self.stderr(&(message + "\n"));
                }
                Outcome::Exit(status.code)
            }
            Err(e) => {
                let e = if e.span.is_none() { e.at(stmt.span) } else { e };
                self.report(&e, src, origin);
                if e.class == crate::error::Exc::KeyboardInterrupt && self.exit_on_interrupt {
                    return Outcome::Exit(130);
                }
                // Output that has nowhere to go ends the run, once.
                if e.class == crate::error::Exc::BrokenPipeError {
                    return Outcome::Exit(1);
                }
                Outcome::Failed
            }
        }
    }

    /// Shows what CPython's compiler warns about in the parsed source, as
    /// it does before running any of it.
    fn compile_warnings(
        &mut self,
        stmts: &[syntax::ast::Stmt],
        src: &str,
        origin: &Origin,
    ) -> Result<(), Error> {
        for (message, at) in crate::eval::compile_warnings::compile_warnings(stmts) {
            crate::array::signals::warn_compiling("SyntaxWarning", message, at)?;
        }
        self.use_source(src, origin);
        self.interp.show_warnings(Span::default());
        Ok(())
    }
}

/// Decodes source bytes as Python does: UTF-8, or a SyntaxError naming the
/// first bad byte, with its span in the lossily decoded text.
pub fn decode(bytes: &[u8], file: Option<&str>) -> Result<String, (String, Error)> {
    // CPython's file tokenizer skips a UTF-8 byte order mark at the start of
    // a script; its interactive prompt does not.
    let (bytes, bom) = match file {
        Some(_) => match bytes.strip_prefix(b"\xef\xbb\xbf") {
            Some(rest) => (rest, true),
            None => (bytes, false),
        },
        None => (bytes, false),
    };
    // A script may declare its encoding on its first or second line
    // (PEP 263); CPython's tokenizer then decodes with that codec.
    if file.is_some()
        && let Some(spec) = coding_spec(bytes)
        && spec != "utf-8"
    {
        let problem = |message: String| {
            let text = String::from_utf8_lossy(bytes).into_owned();
            Err((text, Error::new(Exc::SyntaxError, message)))
        };
        if bom {
            return problem(format!("encoding problem: {spec} with BOM"));
        }
        return match SourceCodec::named(&spec) {
            Some(SourceCodec::Latin1) => Ok(bytes.iter().map(|&b| char::from(b)).collect()),
            Some(SourceCodec::Ascii) if bytes.is_ascii() => {
                Ok(String::from_utf8_lossy(bytes).into_owned())
            }
            Some(SourceCodec::Utf8) => match std::str::from_utf8(bytes) {
                Ok(s) => Ok(s.to_string()),
                Err(_) => problem(format!("encoding problem: {spec}")),
            },
            Some(SourceCodec::Ascii) => problem(format!("encoding problem: {spec}")),
            None => problem(format!(
                "the source encoding '{spec}' is not supported in npcalc (only UTF-8, Latin-1 and ASCII are)"
            )),
        };
    }
    match std::str::from_utf8(bytes) {
        Ok(s) => Ok(s.to_string()),
        Err(e) => {
            let at = e.valid_up_to();
            let text = String::from_utf8_lossy(bytes).into_owned();
            let start = String::from_utf8_lossy(&bytes[..at]).len();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            let message = match file {
                Some(f) => format!(
                    "Non-UTF-8 code starting with '\\x{:02x}' in file {f} on line {line}, but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                    bytes[at]
                ),
                None => {
                    let line_start = bytes[..at]
                        .iter()
                        .rposition(|&b| b == b'\n')
                        .map_or(0, |i| i + 1);
                    format!(
                        "(unicode error) 'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                        bytes[at],
                        at - line_start
                    )
                }
            };
            // CPython's file tokenizer reports this without a location.
            if file.is_some() {
                return Err((text, Error::new(Exc::SyntaxError, message)));
            }
            let span = crate::error::Span::new(start, start + '\u{fffd}'.len_utf8());
            Err((text, Error::syntax(message, span)))
        }
    }
}

/// The codecs a script's coding declaration may name in npcalc.
#[derive(Clone, Copy, Debug, PartialEq)]
enum SourceCodec {
    Utf8,
    Latin1,
    Ascii,
}

impl SourceCodec {
    /// Looks a codec name up as Python's `codecs.lookup` does: lower case,
    /// every run of characters other than letters, digits and `.` made one
    /// `_`, then the aliases of `encodings.aliases`.
    fn named(name: &str) -> Option<SourceCodec> {
        let mut key = String::new();
        for part in name
            .to_ascii_lowercase()
            .split(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
            .filter(|p| !p.is_empty())
        {
            if !key.is_empty() {
                key.push('_');
            }
            key.push_str(part);
        }
        match key.as_str() {
            "utf_8" | "u8" | "utf" | "utf8" | "utf8_ucs2" | "utf8_ucs4" | "cp65001"
            | "utf_8_sig" => Some(SourceCodec::Utf8),
            "latin_1" | "8859" | "cp819" | "csisolatin1" | "ibm819" | "iso8859" | "iso8859_1"
            | "iso_8859_1" | "iso_8859_1_1987" | "iso_ir_100" | "l1" | "latin" | "latin1" => {
                Some(SourceCodec::Latin1)
            }
            "ascii" | "646" | "ansi_x3.4_1968" | "ansi_x3_4_1968" | "ansi_x3.4_1986" | "cp367"
            | "csascii" | "ibm367" | "iso646_us" | "iso_646.irv_1991" | "iso_ir_6" | "us"
            | "us_ascii" => Some(SourceCodec::Ascii),
            _ => None,
        }
    }
}

/// The encoding a script declares, as CPython's tokenizer finds it
/// (`check_coding_spec`): a comment on the first line, or on the second if
/// the first holds nothing but blanks or a comment; the name normalised by
/// `get_normal_name` (`utf-8…` and the `latin-1` spellings).
fn coding_spec(bytes: &[u8]) -> Option<String> {
    let mut rest = bytes;
    for _ in 0..2 {
        // A line beginning with code ends the search before its end is
        // looked for (a data script may be one line of megabytes).
        let first = rest
            .iter()
            .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
            .copied();
        if !matches!(first, Some(b'#' | b'\n' | b'\r')) {
            return None;
        }
        let end = rest
            .iter()
            .position(|&b| b == b'\n')
            .map_or(rest.len(), |i| i + 1);
        if let Some(spec) = coding_in_line(&rest[..end]) {
            return Some(spec);
        }
        rest = &rest[end..];
    }
    None
}

/// `get_coding_spec`: `coding[:=]` followed by a name, inside a comment
/// that is the only thing on the line.
fn coding_in_line(line: &[u8]) -> Option<String> {
    let limit = line.len().saturating_sub(6);
    let hash = line[..limit]
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[hash] != b'#' {
        return None;
    }
    for i in hash..limit {
        if &line[i..i + 6] != b"coding" {
            continue;
        }
        let mut t = i + 6;
        if !matches!(line.get(t), Some(b':' | b'=')) {
            continue;
        }
        t += 1;
        while matches!(line.get(t), Some(b' ' | b'\t')) {
            t += 1;
        }
        let begin = t;
        while line
            .get(t)
            .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        {
            t += 1;
        }
        if begin < t {
            let name = String::from_utf8_lossy(&line[begin..t]).into_owned();
            return Some(normal_name(&name));
        }
    }
    None
}

/// CPython's `get_normal_name`: the first 12 characters, lower case with
/// `_` as `-`, decide whether the name is UTF-8 or Latin-1.
fn normal_name(name: &str) -> String {
    let buf: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    let starts = |p: &str| buf.starts_with(p);
    if buf == "utf-8" || starts("utf-8-") {
        "utf-8".to_string()
    } else if ["latin-1", "iso-8859-1", "iso-latin-1"].contains(&buf.as_str())
        || starts("latin-1-")
        || starts("iso-8859-1-")
        || starts("iso-latin-1-")
    {
        "iso-8859-1".to_string()
    } else {
        name.to_string()
    }
}
