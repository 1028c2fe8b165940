//! Source text → typed AST with spans, using the pest grammar in `grammar/`.
//!
//! A lexing pre-pass (`lexer`) first reports CPython's tokenizer errors and
//! bounds bracket nesting; pest then parses the text with comments, line
//! continuations and bracketed line ends blanked out (offsets unchanged);
//! `build` folds the pairs into the AST and `errors` explains failures with
//! CPython 3.11's messages. Error spans follow CPython's carets: an empty
//! span (`start == end`) means a single caret at `start`.

pub mod ast;
mod build;
mod errors;
mod fstring;
pub mod future;
mod layout;
mod lexer;
mod params;
mod parser;
mod symtable;
mod text;

use crate::error::{Error, Exc, Span};
use ast::Stmt;
use lexer::{Lex, Scan};
use pest::Parser;
use std::ops::Range;
use text::PestText;

pub use lexer::{MAX_BRACKETS, Token, TokenKind};

/// The deepest expression tree `parse` returns (counting nodes from the root
/// to a leaf). Deeper input is a `RecursionError`, as CPython raises for
/// expressions nested beyond its compiler's limit; code walking the AST
/// recursively may rely on this bound.
pub const MAX_DEPTH: usize = 2999;

thread_local! {
    /// The height limit of the parse under way: `MAX_DEPTH`, or less for the
    /// fields of an f-string nested inside an expression.
    static DEPTH_LIMIT: std::cell::Cell<usize> = const { std::cell::Cell::new(MAX_DEPTH) };
}

fn depth_limit() -> usize {
    DEPTH_LIMIT.with(|l| l.get())
}

/// `parse` with expressions at most `limit` high (an f-string field's text).
fn parse_within(src: &str, limit: usize) -> Result<Vec<Stmt>, Error> {
    let outer = DEPTH_LIMIT.with(|l| l.replace(limit.min(depth_limit())));
    let result = parse(src);
    DEPTH_LIMIT.with(|l| l.set(outer));
    result
}

fn too_deep() -> Error {
    Error::new(
        Exc::RecursionError,
        "maximum recursion depth exceeded during compilation",
    )
}

/// The 1-based line of byte `pos` in `src`.
pub fn line_number(src: &str, pos: usize) -> usize {
    lexer::line_of(src, pos)
}

/// Parses a whole program (a script, or one interactive chunk).
pub fn parse(src: &str) -> Result<Vec<Stmt>, Error> {
    parse_with(src, text::FAST_LIST_MIN, true)
}

/// `parse`, reading literal lists of at least `fast_min` lexemes directly,
/// and a long script on two threads when `split`.
fn parse_with(src: &str, fast_min: usize, split: bool) -> Result<Vec<Stmt>, Error> {
    if src.contains('\0') {
        // CPython checks this before tokenizing, and shows no caret.
        return Err(Error::new(
            Exc::SyntaxError,
            "source code cannot contain null bytes",
        ));
    }
    // Lexeme offsets are 32 bits.
    if u32::try_from(src.len()).is_err() {
        return Err(Error::new(
            Exc::SyntaxError,
            "source code of 4 GiB or more is not supported in npcalc",
        ));
    }
    let scan = lexer::scan(src);
    let laid = layout::layout(src, &scan.lexemes);
    let lines = match &laid {
        Ok(lines) => lines,
        Err(e) => &e.lines,
    };
    let (text, fast_lists) = PestText::new(src, &scan.lexemes, lines, fast_min);
    let input = Input {
        src,
        scan: &scan,
        lines,
        text: &text,
        fast_lists: &fast_lists,
        split,
    };
    let lex_error = scan.error.clone().or_else(|| eof_error(src, &scan));
    if let Err(layout::LayoutError { cut, error, .. }) = &laid {
        let at = error.span.map_or(0, |s| s.start);
        if lex_error
            .as_ref()
            .is_none_or(|e| e.span.is_none_or(|s| s.start > at))
        {
            // The parser reaches the offending line only if all before it
            // parses; if it does not, a tokenizer error anywhere comes first.
            return Err(match input.program(text.to_pest(*cut)) {
                Err(e) => lex_error.unwrap_or(e),
                Ok(_) => header_error(src, &scan, *cut, error).unwrap_or_else(|| (**error).clone()),
            });
        }
    }
    if let Some(e) = lex_error {
        return Err(e);
    }
    input.program(text.text.len())
}

/// For "expected an indented block" after the header starting at `cut`:
/// the header's own syntax error, which CPython's parser meets first.
fn header_error(src: &str, scan: &Scan, cut: usize, error: &Error) -> Option<Error> {
    if !(error.class == Exc::IndentationError && error.message.starts_with("expected an indented"))
    {
        return None;
    }
    let end = scan
        .lexemes
        .iter()
        .find(|l| l.lex == Lex::Newline && l.depth == 0 && l.span().start >= cut)
        .map_or(src.len(), |l| l.span().start);
    let line = &src[cut..end];
    let indent = &line[..line.len() - line.trim_start().len()];
    // Everything before the header parses, and a clause (`elif x = 1:`)
    // only parses after the statement it continues.
    let e = parse(&format!("{}\n{indent}    pass\n", &src[..end])).err()?;
    let span = e.span?;
    (span.start <= end).then_some(e)
}

/// Tokenizer errors that show only at the end of the input.
fn eof_error(src: &str, scan: &Scan) -> Option<Error> {
    if let Some(start) = scan.open_string {
        let line = lexer::eof_line(src);
        let message =
            format!("unterminated triple-quoted string literal (detected at line {line})");
        return Some(Error::syntax(message, Span::new(start, start)));
    }
    let at = scan.eof_continuation?;
    Some(Error::syntax(
        "unexpected EOF while parsing",
        Span::new(at, at),
    ))
}

/// What the pre-pass made of the source.
struct Input<'a> {
    src: &'a str,
    scan: &'a Scan,
    lines: &'a [layout::Line],
    text: &'a PestText,
    fast_lists: &'a [usize],
    /// Whether a long script may be parsed on two threads.
    split: bool,
}

impl Input<'_> {
    /// Parses the pest text up to `end` and builds it, one top-level
    /// statement at a time: pest's token queue then holds one statement's
    /// pairs, not the whole script's.
    fn program(&self, end: usize) -> Result<Vec<Stmt>, Error> {
        let mut starts = self.statement_starts(end);
        starts.push(end);
        let (stmts, codegen) = match self.program_in_halves(&starts) {
            Some(built) => built,
            None => self.pieces(&starts, end)?,
        };
        future::check(&stmts)?;
        symtable::check(&stmts)?;
        match codegen {
            Some(e) => Err(e),
            None => Ok(stmts),
        }
    }

    /// A long script parsed as two halves at once, on two threads; None
    /// when it is short, there is one thread, or either half fails (the
    /// one-thread parse then finds the error CPython reports first).
    fn program_in_halves(&self, starts: &[usize]) -> Option<Built> {
        // Below this many statements a thread costs more than it saves.
        const MIN_STATEMENTS: usize = 1024;
        if !self.split || starts.len() < MIN_STATEMENTS || crate::host::threads() < 2 {
            return None;
        }
        let mid = starts.len() / 2;
        let (first, second) = (&starts[..=mid], &starts[mid..]);
        let sources = self.sources();
        // A failure's explanation is not needed here: it is dropped.
        let half = move |bounds: &[usize]| {
            build_pieces(sources, bounds, &|_, _| Error::syntax("", Span::default())).ok()
        };
        std::thread::scope(|s| {
            // The stack the interpreter's thread has (main.rs), for deep nesting.
            let later = std::thread::Builder::new()
                .stack_size(256 << 20)
                .spawn_scoped(s, || half(second))
                .ok()?;
            let (mut stmts, codegen) = half(first)?;
            let (rest, codegen_rest) = later.join().ok().flatten()?;
            stmts.extend(rest);
            Some((stmts, codegen.or(codegen_rest)))
        })
    }

    /// Parses and builds the pieces between consecutive `bounds`.
    fn pieces(&self, bounds: &[usize], end: usize) -> Result<Built, Error> {
        build_pieces(self.sources(), bounds, &|e, base| {
            self.failure(e, base, end)
        })
    }

    fn sources(&self) -> Sources<'_> {
        Sources {
            src: self.src,
            lexemes: &self.scan.lexemes,
            text: self.text,
            fast_lists: self.fast_lists,
        }
    }

    /// Where each top-level statement before `end` starts in the pest text:
    /// at a line of block level 0 that is not a clause of the statement
    /// before it (`else:`, `except:`…) nor the line after a decorator.
    fn statement_starts(&self, end: usize) -> Vec<usize> {
        let mut starts = vec![0];
        let mut after_decorator = false;
        for line in self.lines.iter().filter(|l| l.level == 0) {
            let at = self.text.to_pest(line.start);
            if at >= end {
                break;
            }
            let first = &self.src[line.first..];
            let word = first
                .split(|c: char| !(c.is_alphanumeric() || c == '_'))
                .next()
                .unwrap_or_default();
            let clause = matches!(word, "elif" | "else" | "except" | "finally");
            if at > 0 && !clause && !after_decorator {
                starts.push(at);
            }
            after_decorator = first.starts_with('@');
        }
        starts
    }

    /// The error for a pest failure in the piece of the pest text starting
    /// at `base` (the statements before it are built), parsing up to `end`.
    fn failure(&self, e: pest::error::Error<parser::Rule>, base: usize, end: usize) -> Error {
        if let pest::error::ErrorVariant::CustomError { .. } = e.variant {
            // pest's own stack or call limit.
            return too_deep();
        }
        let pos = self.text.to_src(
            base + match e.location {
                pest::error::InputLocation::Pos(p) => p,
                pest::error::InputLocation::Span((p, _)) => p,
            },
        );
        // The failing statement's lines before the failing one may hold
        // errors CPython's parser meets first (assignment targets, string
        // escapes): build them, if they parse on their own (a block cut
        // after its header does not). Compile-time errors there come after
        // this syntax error, as in CPython.
        let line = self
            .scan
            .lexemes
            .iter()
            .take_while(|l| l.span().end <= pos)
            .filter(|l| l.lex == Lex::Newline && l.depth == 0)
            .last()
            .map_or(0, |l| l.span().end);
        let line = self.text.to_pest(line);
        if line > base
            && line < end
            && let Ok(mut pairs) =
                parser::NpcalcParser::parse(parser::Rule::program, &self.text.text[base..line])
            && let Some(program) = pairs.next()
            && let Err(e) =
                build::Builder::new(self.src, &self.scan.lexemes, self.text, self.fast_lists)
                    .statements(program, base, &mut Vec::new())
        {
            return e;
        }
        let failure = errors::Failure {
            src: self.src,
            text: self.text,
            lexemes: &self.scan.lexemes,
            open: &self.scan.open,
        };
        failure.explain(pos)
    }
}

/// What building the AST reads besides pest's pairs (shared by threads).
#[derive(Clone, Copy)]
struct Sources<'a> {
    src: &'a str,
    lexemes: &'a [lexer::Lexeme],
    text: &'a PestText,
    fast_lists: &'a [usize],
}

/// A program built, with the first error CPython's code generation would
/// find in it (reported after the symbol table's).
type Built = (Vec<Stmt>, Option<Error>);

/// Parses and builds the pieces between consecutive `bounds`, in order, one
/// top-level statement at a time; `failed` explains pest's failure in the
/// piece starting at a base.
fn build_pieces(
    at: Sources,
    bounds: &[usize],
    failed: &dyn Fn(pest::error::Error<parser::Rule>, usize) -> Error,
) -> Result<Built, Error> {
    let mut builder = build::Builder::new(at.src, at.lexemes, at.text, at.fast_lists);
    let mut out = Vec::new();
    for piece in bounds.windows(2) {
        let (base, stop) = (piece[0], piece[1]);
        match parser::NpcalcParser::parse(parser::Rule::program, &at.text.text[base..stop]) {
            Ok(mut pairs) => {
                let program = pairs
                    .next()
                    .ok_or_else(|| Error::syntax("invalid syntax", Span::default()))?;
                builder.statements(program, base, &mut out)?;
            }
            Err(e) => return Err(failed(e, base)),
        }
    }
    builder.finish(out)
}

/// Splits a session's input into the chunks Python's interactive prompt
/// would read one at a time: a line continues into the next while a
/// bracket or a triple-quoted string is open or after a trailing
/// backslash, and a compound statement (`for`, `def`, `if`…) continues
/// through its indented lines and its `else`/`elif`/`except`/`finally`
/// clauses until an empty line or the next unindented line (pasted lesson
/// code needs no blank line after each block). Every byte belongs to
/// exactly one chunk.
pub fn chunks(src: &str) -> Vec<Range<usize>> {
    let scan = lexer::scan(src);
    let mut lines = Vec::new();
    let mut start = 0;
    for &end in &scan.chunk_ends {
        lines.push(start..end);
        start = end;
    }
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let first = lines[i].clone();
        let mut end = first.end;
        i += 1;
        if opens_block(&src[first.clone()]) && !bad_line("", &src[first.clone()]) {
            let mut decorators = src[first].trim_start().starts_with('@');
            while i < lines.len() {
                let text = &src[lines[i].clone()];
                if text.trim().is_empty() {
                    end = lines[i].end;
                    i += 1;
                    break;
                }
                // Decorators are followed, unindented, by more of them or
                // by the `def` or `class` they decorate.
                let decorated = decorators
                    && (text.starts_with('@')
                        || matches!(first_word(text), "def" | "class" | "async"));
                decorators = decorated && text.starts_with('@');
                if !(decorated || text.starts_with([' ', '\t']) || continues_block(text)) {
                    break;
                }
                let chunk_start = out.last().map_or(0, |r| r.end);
                let bad =
                    continues_block(text) && bad_line(&src[chunk_start..lines[i].start], text);
                end = lines[i].end;
                i += 1;
                if bad {
                    break;
                }
                let chunk = &src[chunk_start..end];
                // codeop compiles the block after each line: a compiler error
                // shows at once, and the lines after it are read anew.
                if parse(chunk)
                    .is_err_and(|e| e.class == Exc::SyntaxError && compiler_phase(&e.message))
                {
                    break;
                }
            }
        }
        out.push(out.last().map_or(0, |r| r.end)..end);
    }
    out
}

/// Whether CPython reports this SyntaxError from its compiler (symtable
/// and code generation) rather than its parser: those carry no text in `exec`'s
/// strings, and the prompt reports them as soon as a line brings one in.
pub fn compiler_phase(message: &str) -> bool {
    const COMPILER: [&str; 9] = [
        "'return' outside function",
        "'break' outside loop",
        "'continue' not properly in loop",
        "nonlocal declaration not allowed at module level",
        "'yield' outside function",
        "'await' outside function",
        "no binding for nonlocal",
        "can't use starred expression here",
        "keyword argument repeated",
    ];
    // The symbol table's (syntax/symtable.rs) name the declaration.
    let symtable = (message.starts_with("name '") || message.starts_with("annotated name '"))
        && (message.contains("global") || message.contains("nonlocal"));
    COMPILER.iter().any(|m| message.starts_with(m)) || symtable
}

/// The keywords that start a compound statement.
const COMPOUND: &[&str] = &["if", "for", "while", "try", "def", "class", "with", "async"];

fn first_word(line: &str) -> &str {
    let t = line.trim_start();
    let end = t
        .find(|c: char| !(c.is_alphanumeric() || c == '_'))
        .unwrap_or(t.len());
    &t[..end]
}

fn opens_block(line: &str) -> bool {
    COMPOUND.contains(&first_word(line)) || line.trim_start().starts_with('@')
}

/// A compound statement's header (or clause) line with no `:` outside
/// brackets: an error that no later line can mend, so Python's prompt
/// reports it at once instead of asking for the block.
fn lacks_colon(line: &str) -> bool {
    let word = first_word(line);
    if !(COMPOUND.contains(&word) || matches!(word, "else" | "elif" | "except" | "finally")) {
        return false;
    }
    let scan = lexer::scan(line);
    scan.open.is_empty()
        && scan.open_string.is_none()
        && scan.eof_continuation.is_none()
        && !scan
            .lexemes
            .iter()
            .any(|l| l.depth == 0 && &line[l.span().start..l.span().end] == ":")
}

/// Whether `line` (a block's header, or a clause such as `else` or
/// `except …:`, after the block's text `before`) is an error by itself: no
/// colon, or a header CPython cannot parse (`try x:`, `except A, B:`).
/// Python's prompt reports it at once rather than reading the rest.
fn bad_line(before: &str, line: &str) -> bool {
    if lacks_colon(line) {
        return true;
    }
    let line = line.trim_end_matches(['\n', '\r']);
    if !line.trim_end().ends_with(':') {
        return false;
    }
    let indent = &line[..line.len() - line.trim_start().len()];
    let probe = format!("{before}{line}\n{indent}    pass\n");
    let (from, to) = (before.len(), before.len() + line.len());
    parse(&probe).is_err_and(|e| e.span.is_none_or(|s| s.start >= from && s.start <= to))
}

fn continues_block(line: &str) -> bool {
    matches!(first_word(line), "else" | "elif" | "except" | "finally")
        || line.trim_start().starts_with('#')
}

/// For the REPL: false exactly when the input needs more lines (an open
/// bracket or triple-quoted string, a trailing backslash, or a compound
/// statement not yet ended by an empty line). Input with an error more
/// lines cannot fix is complete, so the error gets shown.
pub fn is_complete(src: &str) -> bool {
    let scan = lexer::scan(src);
    if scan.error.is_some() {
        return true;
    }
    let open =
        !(scan.open.is_empty() && scan.open_string.is_none() && scan.eof_continuation.is_none());
    if open {
        return false;
    }
    // A block ends at an empty line, as at Python's prompt.
    let body = src.strip_suffix('\n').unwrap_or(src);
    let last_line = body.rsplit('\n').next().unwrap_or(body);
    let before = &body[..body.len() - last_line.len()];
    let header_or_clause = before.is_empty()
        || (last_line.starts_with(char::is_alphabetic) && continues_block(last_line));
    if header_or_clause && bad_line(before, last_line) {
        return true;
    }
    !opens_block(src)
        || body.contains('\n')
            && body
                .rsplit('\n')
                .next()
                .is_some_and(|l| l.trim().is_empty())
}

/// A lenient token list for highlighting and bracket matching; never fails.
/// Whitespace, line ends and continuations are left out.
pub fn tokens(src: &str) -> Vec<Token> {
    lexer::scan(src)
        .lexemes
        .into_iter()
        .filter_map(|l| match l.lex {
            Lex::Token(kind) => Some(Token {
                kind,
                span: l.span(),
            }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests;
