//! Python's `textwrap` as CPython 3.11's Lib/textwrap.py has it: `wrap`,
//! `fill` and `shorten` through `TextWrapper`'s algorithm (its `wordsep_re`
//! chunking, matched here by hand since it needs look-around), `dedent`
//! and `indent`. The options are kept as the caller's values and read
//! where TextWrapper first reads them, so a wrong type fails as it does there.

use super::classes::call_with;
use super::strarray::text_of;
use super::strings::{decimal_value, is_space};
use super::table::{Args, FnDef, p, python_fn};
use super::{Interp, Value};
use crate::error::{Error, Exc, Result};
use crate::syntax::ast::{BinOp, CmpOp};
use num_traits::ToPrimitive;

pub static TEXTWRAP: &[FnDef] = &[
    python_fn!(
        "wrap",
        [
            p!(Normal "text", "The text to wrap."),
            p!(Normal "width" = "70", "The most characters on a line."),
            p!(VarKeyword "kwargs", "TextWrapper's options: initial_indent, subsequent_indent, expand_tabs, replace_whitespace, fix_sentence_endings, break_long_words, drop_whitespace, break_on_hyphens, tabsize, max_lines, placeholder.")
        ],
        "The text's words wrapped into a list of lines of at most width characters.",
        wrap
    ),
    python_fn!(
        "fill",
        [
            p!(Normal "text", "The text to wrap."),
            p!(Normal "width" = "70", "The most characters on a line."),
            p!(VarKeyword "kwargs", "TextWrapper's options, as for wrap.")
        ],
        "The lines of wrap(text, width, ...) joined by newlines.",
        fill
    ),
    python_fn!(
        "shorten",
        [
            p!(Normal "text", "The text to shorten."),
            p!(Normal "width", "The most characters of the result."),
            p!(VarKeyword "kwargs", "TextWrapper's options, as for wrap (placeholder=' [...]').")
        ],
        "The text's whitespace collapsed, then cut to fit width, ending with the placeholder.",
        shorten
    ),
    python_fn!(
        "dedent",
        [p!(Normal "text", "The text.")],
        "The text without the leading whitespace its lines have in common.",
        dedent
    ),
    python_fn!(
        "indent",
        [
            p!(Normal "text", "The text."),
            p!(Normal "prefix", "What to put before each line."),
            p!(Normal "predicate" = "None", "Which lines to prefix (None: those not only whitespace).")
        ],
        "The text with prefix added before its lines.",
        indent
    ),
];

/// TextWrapper's parameters after `width`, in its `__init__`'s order.
const OPTIONS: [&str; 11] = [
    "initial_indent",
    "subsequent_indent",
    "expand_tabs",
    "replace_whitespace",
    "fix_sentence_endings",
    "break_long_words",
    "drop_whitespace",
    "break_on_hyphens",
    "tabsize",
    "max_lines",
    "placeholder",
];

/// A TextWrapper's attributes, as the caller gave them.
struct Wrapper {
    width: Value,
    options: [Value; 11],
}

impl Wrapper {
    /// `TextWrapper(width=width, **kwargs)`, with `max_lines` first when
    /// shorten passes it too.
    fn new(width: Value, kwargs: &Value, max_lines: Option<Value>) -> Result<Wrapper> {
        let mut options = [
            Value::str(""),
            Value::str(""),
            Value::Bool(true),
            Value::Bool(true),
            Value::Bool(false),
            Value::Bool(true),
            Value::Bool(true),
            Value::Bool(true),
            Value::int(8),
            Value::None,
            Value::str(" [...]"),
        ];
        let given: Vec<(Value, Value)> = match kwargs {
            Value::Dict(d) => d.borrow().entries().to_vec(),
            _ => Vec::new(),
        };
        if let Some(m) = max_lines {
            if given
                .iter()
                .any(|(k, _)| text_of(k).as_deref() == Some("max_lines"))
            {
                return Err(Error::type_error(
                    "textwrap.TextWrapper() got multiple values for keyword argument 'max_lines'",
                ));
            }
            options[9] = m;
        }
        for (k, v) in given {
            let key = text_of(&k).unwrap_or_default();
            match OPTIONS.iter().position(|o| **o == *key) {
                Some(i) => options[i] = v,
                None => {
                    return Err(Error::type_error(format!(
                        "TextWrapper.__init__() got an unexpected keyword argument '{key}'"
                    )));
                }
            }
        }
        Ok(Wrapper { width, options })
    }

    fn get(&self, name: &str) -> &Value {
        &self.options[OPTIONS.iter().position(|o| *o == name).unwrap_or(0)]
    }

    fn flag(&self, it: &mut Interp, name: &str) -> Result<bool> {
        it.truthy(&self.get(name).clone())
    }

    /// `_munge_whitespace` then `_split`: the text's chunks.
    fn split_chunks(&self, it: &mut Interp, text: &Value) -> Result<Vec<Vec<char>>> {
        let expand = self.flag(it, "expand_tabs")?;
        let replace = self.flag(it, "replace_whitespace")?;
        let Some(s) = text_of(text) else {
            let missing = match (expand, replace) {
                (true, _) => "expandtabs",
                (false, true) => "translate",
                (false, false) => return Err(not_a_string(text)),
            };
            return Err(Error::attribute_error(format!(
                "'{}' object has no attribute '{missing}'",
                text.type_name()
            )));
        };
        let mut chars: Vec<char> = s.chars().collect();
        if expand {
            // expandtabs reads its argument as a C int.
            let tabsize = super::builtins::index(self.get("tabsize"))
                .map_err(|_| {
                    Error::type_error(format!(
                        "'{}' object cannot be interpreted as an integer",
                        self.get("tabsize").type_name()
                    ))
                })?
                .to_i32()
                .ok_or_else(|| Error::overflow_error("Python int too large to convert to C int"))?;
            chars = expand_tabs(&chars, tabsize.into())?;
        }
        if replace {
            for c in &mut chars {
                if is_ws(*c) {
                    *c = ' ';
                }
            }
        }
        // `is True`: only the bool True selects wordsep_re.
        let hyphens = matches!(self.get("break_on_hyphens"), Value::Bool(true));
        Ok(split(&chars, hyphens))
    }

    /// `TextWrapper.wrap`.
    fn wrap(&self, it: &mut Interp, text: &Value) -> Result<Vec<String>> {
        let mut chunks = self.split_chunks(it, text)?;
        if self.flag(it, "fix_sentence_endings")? {
            fix_sentence_endings(&mut chunks);
        }
        self.wrap_chunks(it, chunks)
    }

    /// `_wrap_chunks`, line by line as textwrap.py builds them.
    fn wrap_chunks(&self, it: &mut Interp, mut chunks: Vec<Vec<char>>) -> Result<Vec<String>> {
        let below = it.compare(CmpOp::Le, &self.width, &Value::int(0))?;
        if it.truthy(&below)? {
            return Err(Error::value_error(format!(
                "invalid width {} (must be > 0)",
                super::repr(&self.width, &it.print_options)
            )));
        }
        let full = whole(&self.width, "width")?;
        let max_lines = self.get("max_lines").clone();
        let placeholder: Vec<char>;
        let limit = if matches!(max_lines, Value::None) {
            placeholder = Vec::new();
            None
        } else {
            let more = it.compare(CmpOp::Gt, &max_lines, &Value::int(1))?;
            let indent = if it.truthy(&more)? {
                "subsequent_indent"
            } else {
                "initial_indent"
            };
            let indent = indent_chars(self.get(indent))?;
            placeholder = match text_of(self.get("placeholder")) {
                Some(p) => p.chars().collect(),
                None => {
                    return Err(Error::attribute_error(format!(
                        "'{}' object has no attribute 'lstrip'",
                        self.get("placeholder").type_name()
                    )));
                }
            };
            if (indent.len() + lstrip(&placeholder).len()) as i64 > full {
                return Err(Error::value_error("placeholder too large for max width"));
            }
            Some(whole(&max_lines, "max_lines")?)
        };
        let drop_ws = self.flag(it, "drop_whitespace")?;
        let break_long = self.flag(it, "break_long_words")?;
        let hyphens = self.flag(it, "break_on_hyphens")?;
        let mut lines: Vec<Vec<char>> = Vec::new();
        chunks.reverse();
        while !chunks.is_empty() {
            let before = (chunks.len(), chunks.last().cloned(), lines.is_empty());
            let mut cur: Vec<Vec<char>> = Vec::new();
            let mut cur_len = 0i64;
            let name = if lines.is_empty() {
                "initial_indent"
            } else {
                "subsequent_indent"
            };
            let indent = indent_chars(self.get(name))?;
            let width = full - indent.len() as i64;
            if drop_ws && !lines.is_empty() && chunks.last().is_some_and(|c| blank(c)) {
                chunks.pop();
            }
            while let Some(last) = chunks.last() {
                let l = last.len() as i64;
                if cur_len + l > width {
                    break;
                }
                cur.extend(chunks.pop());
                cur_len += l;
            }
            if chunks.last().is_some_and(|c| c.len() as i64 > width) {
                handle_long_word(&mut chunks, &mut cur, cur_len, width, break_long, hyphens);
                cur_len = cur.iter().map(|c| c.len() as i64).sum();
            }
            if drop_ws && cur.last().is_some_and(|c| blank(c)) {
                cur_len -= cur.last().map_or(0, |c| c.len() as i64);
                cur.pop();
            }
            if cur.is_empty() {
                stuck(&chunks, &before, lines.is_empty())?;
                continue;
            }
            let rest_blank = chunks.is_empty() || drop_ws && chunks.len() == 1 && blank(&chunks[0]);
            let fits = match limit {
                None => true,
                Some(m) => (lines.len() as i64) + 1 < m || rest_blank && cur_len <= width,
            };
            if fits {
                lines.push(joined(&indent, &cur));
                if limit.is_none() {
                    stuck(&chunks, &before, false)?;
                }
                continue;
            }
            // The last line allowed: as many chunks as leave room for the placeholder.
            loop {
                let Some(last) = cur.last() else {
                    let pl = placeholder.len() as i64;
                    if let Some(prev) = lines.last_mut() {
                        let trimmed = rstrip(prev).len();
                        if trimmed as i64 + pl <= full {
                            prev.truncate(trimmed);
                            prev.extend_from_slice(&placeholder);
                            break;
                        }
                    }
                    let mut line = indent.clone();
                    line.extend_from_slice(lstrip(&placeholder));
                    lines.push(line);
                    break;
                };
                if !blank(last) && cur_len + placeholder.len() as i64 <= width {
                    cur.push(placeholder.clone());
                    lines.push(joined(&indent, &cur));
                    break;
                }
                cur_len -= last.len() as i64;
                cur.pop();
            }
            break;
        }
        Ok(lines.into_iter().map(|l| l.into_iter().collect()).collect())
    }
}

/// A pass of `_wrap_chunks` depends only on the chunks left and on
/// whether a line was made (which indent); with no `max_lines` to end it,
/// a pass that leaves both as they were repeats for ever in CPython.
fn stuck(
    chunks: &[Vec<char>],
    before: &(usize, Option<Vec<char>>, bool),
    no_lines: bool,
) -> Result<()> {
    if chunks.len() == before.0 && chunks.last() == before.1.as_ref() && no_lines == before.2 {
        return Err(Error::new(
            Exc::RuntimeError,
            "npcalc does not support this textwrap call: CPython's TextWrapper loops for ever on it",
        ));
    }
    Ok(())
}

/// An int-valued option as a count; npcalc's wrapper counts whole characters.
fn whole(v: &Value, name: &str) -> Result<i64> {
    match v {
        Value::Float(_) => Err(Error::type_error(format!(
            "npcalc does not support a textwrap {name} that is not an int"
        ))),
        // A count past any text's length acts as that length would.
        Value::Int(i) => Ok(i
            .clamp(&(-(1i64 << 62)).into(), &(1i64 << 62).into())
            .to_i64()
            .unwrap_or(0)),
        v => super::lists::index_arg(v),
    }
}

/// An indent, which TextWrapper first measures with `len()`.
fn indent_chars(v: &Value) -> Result<Vec<char>> {
    match text_of(v) {
        Some(s) => Ok(s.chars().collect()),
        None => {
            super::builtins::len_of(v)?;
            Err(Error::type_error(format!(
                "npcalc does not support a textwrap indent that is a {}, not a str",
                v.type_name()
            )))
        }
    }
}

fn joined(indent: &[char], chunks: &[Vec<char>]) -> Vec<char> {
    let mut line = indent.to_vec();
    for c in chunks {
        line.extend_from_slice(c);
    }
    line
}

/// `chunk.strip() == ''`.
fn blank(chunk: &[char]) -> bool {
    chunk.iter().all(|&c| is_space(c))
}

fn lstrip(s: &[char]) -> &[char] {
    let start = s.iter().position(|&c| !is_space(c)).unwrap_or(s.len());
    &s[start..]
}

fn rstrip(s: &[char]) -> &[char] {
    let end = s.iter().rposition(|&c| !is_space(c)).map_or(0, |i| i + 1);
    &s[..end]
}

/// `_handle_long_word`: breaks the next chunk to fill the line (at a
/// hyphen when it can), or puts it alone on an empty line.
fn handle_long_word(
    chunks: &mut Vec<Vec<char>>,
    cur: &mut Vec<Vec<char>>,
    cur_len: i64,
    width: i64,
    break_long: bool,
    hyphens: bool,
) {
    let space_left = if width < 1 { 1 } else { width - cur_len };
    let Some(chunk) = chunks.last_mut() else {
        return;
    };
    if break_long {
        let mut end = space_left.max(0) as usize;
        if hyphens && chunk.len() > end {
            let hyphen = chunk[..end].iter().rposition(|&c| c == '-');
            if let Some(h) = hyphen.filter(|&h| h > 0 && chunk[..h].iter().any(|&c| c != '-')) {
                end = h + 1;
            }
        }
        let end = end.min(chunk.len());
        cur.push(chunk[..end].to_vec());
        chunk.drain(..end);
    } else if cur.is_empty() {
        cur.extend(chunks.pop());
    }
}

/// TextWrapper's `_whitespace`: what `wordsep_re` calls whitespace.
fn is_ws(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\x0b' | '\x0c' | '\r' | ' ')
}

/// `\w` of a str pattern.
fn is_word(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// `letter = [^\d\W]`: a word character that is not a decimal digit.
fn is_letter(c: char) -> bool {
    is_word(c) && decimal_value(c).is_none()
}

/// `word_punct = [\w!"'&.,?]`.
fn is_word_punct(c: char) -> bool {
    is_word(c) || "!\"'&.,?".contains(c)
}

/// `-{2,}\w` at `at`: a run of two or more hyphens, then a word character.
fn dashes_then_word(t: &[char], at: usize) -> bool {
    let run = t[at..].iter().take_while(|&&c| c == '-').count();
    run >= 2 && t.get(at + run).is_some_and(|&c| is_word(c))
}

/// The chunks `wordsep_re.split` (or `wordsep_simple_re.split` without
/// `hyphens`) leaves: every position starts a match, so no text falls between.
fn split(t: &[char], hyphens: bool) -> Vec<Vec<char>> {
    let mut chunks = Vec::new();
    let mut i = 0;
    while i < t.len() {
        let end = if is_ws(t[i]) {
            i + t[i..].iter().take_while(|&&c| is_ws(c)).count()
        } else if !hyphens {
            i + t[i..].iter().take_while(|&&c| !is_ws(c)).count()
        } else if i > 0 && is_word_punct(t[i - 1]) && dashes_then_word(t, i) {
            // An em-dash between words.
            i + t[i..].iter().take_while(|&&c| c == '-').count()
        } else {
            word_end(t, i)
        };
        chunks.push(t[i..end].to_vec());
        i = end;
    }
    chunks
}

/// The end of `%(nws)s+?` and its three endings, tried at each length
/// from the shortest as the lazy quantifier does.
fn word_end(t: &[char], i: usize) -> usize {
    let letter = |k: usize| t.get(k).is_some_and(|&c| is_letter(c));
    let mut j = i + 1;
    loop {
        // A hyphen inside a word: letter-letter- or letter-letter- behind,
        // a letter, an optional hyphen and a letter ahead.
        if t.get(j) == Some(&'-') {
            let behind = (j >= 2 && letter(j - 2) && letter(j - 1))
                || (j >= 3 && letter(j - 3) && t[j - 2] == '-' && letter(j - 1));
            let ahead =
                letter(j + 1) && ((t.get(j + 2) == Some(&'-') && letter(j + 3)) || letter(j + 2));
            if behind && ahead {
                return j + 1;
            }
        }
        if j == t.len() || is_ws(t[j]) {
            return j;
        }
        if is_word_punct(t[j - 1]) && dashes_then_word(t, j) {
            return j;
        }
        j += 1;
    }
}

/// `str.expandtabs(tabsize)`: columns restart after `\n` and `\r`.
fn expand_tabs(t: &[char], tabsize: i64) -> Result<Vec<char>> {
    // Far past any lesson's text; CPython would build it, npcalc declines.
    const MOST: i64 = 1 << 27;
    let mut out = Vec::with_capacity(t.len());
    let mut col = 0i64;
    for &c in t {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                if out.len() as i64 + incr > MOST {
                    return Err(Error::new(
                        Exc::MemoryError,
                        format!(
                            "npcalc does not support expanding tabs to more than {MOST} characters"
                        ),
                    ));
                }
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            out.push(c);
            col += 1;
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    Ok(out)
}

/// `_fix_sentence_endings`: two spaces after a chunk ending like a sentence
/// (`[a-z][.!?]["']?\Z`).
fn fix_sentence_endings(chunks: &mut [Vec<char>]) {
    let ends_sentence = |c: &[char]| {
        let c = match c.last() {
            Some('"' | '\'') => &c[..c.len() - 1],
            _ => c,
        };
        c.len() >= 2
            && matches!(c[c.len() - 1], '.' | '!' | '?')
            && c[c.len() - 2].is_ascii_lowercase()
    };
    let mut i = 0;
    while i + 1 < chunks.len() {
        if chunks[i + 1] == [' '] && ends_sentence(&chunks[i]) {
            chunks[i + 1] = vec![' ', ' '];
            i += 2;
        } else {
            i += 1;
        }
    }
}

/// The `re` module's words for a non-string subject.
fn not_a_string(v: &Value) -> Error {
    Error::type_error(format!(
        "expected string or bytes-like object, got '{}'",
        v.type_name()
    ))
}

fn lines_value(lines: Vec<String>) -> Value {
    Value::list(lines.iter().map(|l| Value::str(l)).collect())
}

fn wrap(it: &mut Interp, args: &Args) -> Result<Value> {
    let w = Wrapper::new(args.get("width"), &args.get("kwargs"), None)?;
    Ok(lines_value(w.wrap(it, &args.get("text"))?))
}

fn fill(it: &mut Interp, args: &Args) -> Result<Value> {
    let w = Wrapper::new(args.get("width"), &args.get("kwargs"), None)?;
    Ok(Value::str(&w.wrap(it, &args.get("text"))?.join("\n")))
}

/// `w.fill(' '.join(text.strip().split()))` with `max_lines=1`.
fn shorten(it: &mut Interp, args: &Args) -> Result<Value> {
    let text = args.get("text");
    let w = Wrapper::new(args.get("width"), &args.get("kwargs"), Some(Value::int(1)))?;
    let Some(s) = text_of(&text) else {
        return Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'strip'",
            text.type_name()
        )));
    };
    let collapsed = s
        .split(is_space)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>();
    let lines = w.wrap(it, &Value::str(&collapsed.join(" ")))?;
    Ok(Value::str(&lines.join("\n")))
}

/// `dedent`: whitespace-only lines emptied, then the margin every other
/// line starts with (tabs and spaces compared as they are) removed.
fn dedent(_: &mut Interp, args: &Args) -> Result<Value> {
    let text = args.get("text");
    let s = text_of(&text).ok_or_else(|| not_a_string(&text))?;
    // `^[ \t]+$` with MULTILINE: `$` stands before each '\n' and at the end.
    let lines: Vec<&str> = s
        .split('\n')
        .map(|l| {
            if !l.is_empty() && l.chars().all(|c| c == ' ' || c == '\t') {
                ""
            } else {
                l
            }
        })
        .collect();
    let mut margin: Option<&str> = None;
    for line in &lines {
        let lead = line.len() - line.trim_start_matches([' ', '\t']).len();
        if lead == line.len() {
            continue;
        }
        let indent = &line[..lead];
        margin = Some(match margin {
            None => indent,
            Some(m) if indent.starts_with(m) => m,
            Some(m) if m.starts_with(indent) => indent,
            Some(m) => {
                let common = m
                    .bytes()
                    .zip(indent.bytes())
                    .take_while(|(x, y)| x == y)
                    .count();
                &m[..common]
            }
        });
    }
    let margin = margin.unwrap_or("");
    let out: Vec<&str> = lines
        .iter()
        .map(|l| l.strip_prefix(margin).unwrap_or(l))
        .collect();
    Ok(Value::str(&out.join("\n")))
}

/// `indent`: `prefix + line` for each line (ends kept) the predicate
/// accepts, by default those with something besides whitespace.
fn indent(it: &mut Interp, args: &Args) -> Result<Value> {
    let (text, prefix, predicate) = (args.get("text"), args.get("prefix"), args.get("predicate"));
    let Some(s) = text_of(&text) else {
        return Err(Error::attribute_error(format!(
            "'{}' object has no attribute 'splitlines'",
            text.type_name()
        )));
    };
    let mut out = String::new();
    for line in crate::print::split_lines(&s, true) {
        let line_value = Value::str(line);
        let chosen = match &predicate {
            Value::None => !blank(&line.chars().collect::<Vec<_>>()),
            f => {
                let verdict = call_with(it, f, vec![line_value.clone()])?;
                it.truthy(&verdict)?
            }
        };
        if !chosen {
            out.push_str(line);
            continue;
        }
        match it.binary(BinOp::Add, &prefix, &line_value)? {
            Value::Str(t) | Value::NpStr(t) => out.push_str(&t),
            other => {
                return Err(Error::type_error(format!(
                    "sequence item 0: expected str instance, {} found",
                    other.type_name()
                )));
            }
        }
    }
    Ok(Value::str(&out))
}
