//! f-strings, as CPython 3.11 reads them: literal text and `{expr!c:spec}`
//! fields, each expression parsed by the one parser at its own position in
//! the source (so its errors and carets point into the f-string).

use super::ast::{Expr, FPart, StmtKind};
use super::build::{string_parts, unescape};
use crate::error::{Error, Span};

/// Appends the parts of one string literal (f-string or not) starting at
/// `at` in `src`.
/// `budget` is the expression height left to the f-string's fields: CPython
/// counts the f-string and each field (`JoinedStr`, `FormattedValue`) as
/// nodes of the expression tree, so they nest within the same depth limit.
pub(crate) fn literal(
    text: &str,
    at: usize,
    budget: usize,
    out: &mut Vec<FPart>,
) -> Result<(), Error> {
    let (prefix, body, offset) = string_parts(text);
    let prefix = prefix.to_ascii_lowercase();
    let raw = prefix.contains('r');
    let base = at + offset;
    let err = |m: &str, pos: usize| Error::syntax(format!("f-string: {m}"), Span::new(pos, pos));
    if !prefix.contains('f') {
        let s = unescape(body, raw).map_err(|m| Error::syntax(m, Span::new(at, at)))?;
        push_lit(out, s);
        return Ok(());
    }
    let parts = fields(body, base, raw, 0, budget, &err)?;
    for p in parts {
        match p {
            FPart::Lit(s) => push_lit(out, s),
            field => out.push(field),
        }
    }
    Ok(())
}

fn push_lit(out: &mut Vec<FPart>, s: String) {
    if s.is_empty() {
        return;
    }
    match out.last_mut() {
        Some(FPart::Lit(prev)) => prev.push_str(&s),
        _ => out.push(FPart::Lit(s)),
    }
}

/// The parts of `body` (at `base` in the source); `nested` counts how deep
/// inside a format spec this is (CPython allows one level).
fn fields(
    body: &str,
    base: usize,
    raw: bool,
    nested: usize,
    budget: usize,
    err: &dyn Fn(&str, usize) -> Error,
) -> Result<Vec<FPart>, Error> {
    let b = body.as_bytes();
    let mut out = Vec::new();
    let mut lit = String::new();
    let mut i = 0;
    let flush = |lit: &mut String, out: &mut Vec<FPart>| -> Result<(), Error> {
        if !lit.is_empty() {
            let s = unescape(lit, raw).map_err(|m| Error::syntax(m, Span::new(base, base)))?;
            push_lit(out, s);
            lit.clear();
        }
        Ok(())
    };
    while i < b.len() {
        match b[i] {
            b'{' if b.get(i + 1) == Some(&b'{') => {
                lit.push('{');
                i += 2;
            }
            b'}' if b.get(i + 1) == Some(&b'}') => {
                lit.push('}');
                i += 2;
            }
            b'}' => return Err(err("single '}' is not allowed", base + i)),
            b'{' => {
                if nested > 1 {
                    return Err(err("expressions nested too deeply", base + i));
                }
                flush(&mut lit, &mut out)?;
                let (field, end) = field(body, base, i + 1, raw, nested, budget, err)?;
                out.push(field);
                i = end;
            }
            _ => {
                let c = body[i..].chars().next().unwrap_or(' ');
                lit.push(c);
                i += c.len_utf8();
            }
        }
    }
    flush(&mut lit, &mut out)?;
    Ok(out)
}

/// One `{...}` field starting after its `{` at `start`; returns the part and
/// the index after its `}`.
fn field(
    body: &str,
    base: usize,
    start: usize,
    raw: bool,
    nested: usize,
    budget: usize,
    err: &dyn Fn(&str, usize) -> Error,
) -> Result<(FPart, usize), Error> {
    let b = body.as_bytes();
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = start;
    // The end of the expression: a top-level `}`, `!` (not `!=`) or `:`.
    while i < b.len() {
        let c = b[i];
        if let Some(q) = quote {
            if c == q {
                quote = None;
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => quote = Some(c),
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' | b'}' if depth > 0 => depth -= 1,
            b'}' => break,
            b'!' if depth == 0 && b.get(i + 1) != Some(&b'=') => break,
            b':' if depth == 0 => break,
            b'#' => return Err(err("'{' was never closed", base + start - 1)),
            _ => {}
        }
        i += 1;
    }
    if i >= b.len() {
        return Err(err("expecting '}'", base + start - 1));
    }
    let mut expr_text = &body[start..i];
    let mut debug = None;
    let trimmed = expr_text.trim_end();
    if trimmed.ends_with('=')
        && !["==", "!=", "<=", ">=", ":="]
            .iter()
            .any(|op| trimmed.ends_with(op))
    {
        debug = Some(expr_text.to_string());
        expr_text = &trimmed[..trimmed.len() - 1];
    }
    if expr_text.trim().is_empty() {
        return Err(err("empty expression not allowed", base + i));
    }
    let value = expression(expr_text, base + start, budget)?;
    let mut conversion = None;
    if b[i] == b'!' {
        let c = b.get(i + 1).copied().unwrap_or(b'}');
        if !matches!(c, b'r' | b's' | b'a') {
            return Err(err(
                "invalid conversion character: expected 's', 'r', or 'a'",
                base + i + 1,
            ));
        }
        conversion = Some(c as char);
        i += 2;
        if !matches!(b.get(i), Some(b':' | b'}')) {
            return Err(err("expecting '}'", base + i));
        }
    }
    let mut spec = Vec::new();
    if b[i] == b':' {
        // The spec runs to the matching `}`; it may hold nested fields.
        let spec_start = i + 1;
        let mut depth = 0usize;
        let mut j = spec_start;
        while j < b.len() {
            match b[j] {
                b'{' => depth += 1,
                b'}' if depth == 0 => break,
                b'}' => depth -= 1,
                _ => {}
            }
            j += 1;
        }
        if j >= b.len() {
            return Err(err("expecting '}'", base + start - 1));
        }
        spec = fields(
            &body[spec_start..j],
            base + spec_start,
            raw,
            nested + 1,
            budget.saturating_sub(2),
            err,
        )?;
        i = j;
    }
    if b.get(i) != Some(&b'}') {
        return Err(err("expecting '}'", base + i));
    }
    if debug.is_some() && conversion.is_none() && spec.is_empty() {
        // `{x=}` shows the repr unless a format spec is given.
        conversion = Some('r');
    }
    Ok((
        FPart::Field {
            value,
            conversion,
            spec,
            debug,
        },
        i + 1,
    ))
}

/// Parses `text`, found at `at` in the source, as one expression whose
/// spans are positions in the source.
fn expression(text: &str, at: usize, budget: usize) -> Result<Expr, Error> {
    // Blank lines up to the `(` put the expression at its own offset.
    let mut padded = String::with_capacity(at + text.len() + 2);
    padded.extend(std::iter::repeat_n('\n', at.saturating_sub(1)));
    padded.push('(');
    padded.push_str(text);
    padded.push(')');
    let mut stmts = super::parse_within(&padded, budget)?;
    match stmts.pop().map(|s| s.kind) {
        Some(StmtKind::Expr(e)) if stmts.is_empty() => Ok(e),
        _ => Err(Error::syntax("f-string: invalid syntax", Span::new(at, at))),
    }
}
