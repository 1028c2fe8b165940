//! The rustyline helper: multi-line input while brackets are open,
//! completion from the function table, syntax highlighting.

use crate::eval::{CallArgs, Interp, TypeObj, Value, catalog, ndarray_members};
use crate::syntax::ast::{Arg, Expr, ExprKind, StmtKind};
use crate::syntax::{self, TokenKind};
use owo_colors::OwoColorize;
use rustyline::completion::{Completer, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::Validator;
use rustyline::{Context, Helper};
use std::borrow::Cow;

pub struct NpHelper {
    color: bool,
    /// Off for the last redraw of an accepted line, so a matched bracket is
    /// not left bold in the scrollback.
    show_partner: std::cell::Cell<bool>,
    /// The session's names and the values they hold (shared, not copied),
    /// refreshed before each prompt, for `name.<Tab>` and `name.attr.<Tab>`.
    variables: Vec<(String, Value)>,
    /// What the last completion offered, for the Tab handler's cycling.
    tab: std::sync::Arc<std::sync::Mutex<TabState>>,
    /// An interpreter of its own for attribute lookups on NumPy and Python
    /// values, so that completing never touches the session's state.
    scratch: std::cell::RefCell<Interp>,
}

impl NpHelper {
    pub fn new(color: bool) -> NpHelper {
        NpHelper {
            color,
            show_partner: std::cell::Cell::new(true),
            variables: Vec::new(),
            scratch: std::cell::RefCell::new(Interp::new(Box::new(std::io::sink()))),
            tab: Default::default(),
        }
    }

    /// The Tab key's handler, sharing what this helper's completions offer.
    pub fn tab_handler(&self) -> TabCycle {
        TabCycle(self.tab.clone())
    }

    pub fn refresh(&mut self, interp: &Interp) {
        self.variables = interp
            .variables()
            .map(|(n, v)| (n.to_string(), v.clone()))
            .collect();
    }

    /// The value the receiver of `receiver.<Tab>` names, found without
    /// running anything that could have an effect: names already bound,
    /// attribute chains on them (a session object's stored attributes, never
    /// a property's getter), and calls of the classes whose construction
    /// only describes a dtype (`np.iinfo(np.int8)`, `np.finfo(…)`,
    /// `np.dtype(…)`) with such values or literals as arguments.
    fn resolve(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Name(n) => self
                .variables
                .iter()
                .find(|(k, _)| k == n)
                .map(|(_, v)| v.clone()),
            ExprKind::Attribute(base, name) => match self.resolve(base)? {
                b @ (Value::Instance(_) | Value::Class(_)) => {
                    crate::eval::peek_attr(&b, &name.name)
                }
                Value::Super(_) => None,
                b => self.scratch.borrow_mut().getattr(&b, &name.name).ok(),
            },
            ExprKind::Call { func, args } => {
                let callee = self.resolve(func)?;
                if !matches!(
                    callee,
                    Value::Type(TypeObj::IInfo | TypeObj::FInfo | TypeObj::DTypeClass)
                ) {
                    return None;
                }
                let mut call = CallArgs {
                    positional: Vec::new(),
                    keywords: Vec::new(),
                };
                for a in args {
                    let Arg::Positional(x) = a else { return None };
                    call.positional.push((self.literal_or_resolved(x)?, x.span));
                }
                self.scratch.borrow_mut().call(&callee, call, e.span).ok()
            }
            _ => None,
        }
    }

    fn literal_or_resolved(&self, e: &Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Str(_) | ExprKind::Bool(_) => {
                self.scratch.borrow_mut().eval(e).ok()
            }
            _ => self.resolve(e),
        }
    }

    /// The attribute names offered after `receiver.`: those of the value it
    /// names, else ndarray's after an indexing or a list (`a[0].`, `[1, 2].`).
    fn members_after(&self, receiver: &str) -> Vec<String> {
        let expr = trailing_expr(receiver);
        let parsed = crate::syntax::parse(expr).ok();
        let value = match parsed.as_deref() {
            Some([stmt]) => match &stmt.kind {
                StmtKind::Expr(e) => self.resolve(e),
                _ => None,
            },
            _ => None,
        };
        match value {
            Some(v) => crate::eval::members(&v),
            None if expr.ends_with(']') => {
                ndarray_members().into_iter().map(String::from).collect()
            }
            None => Vec::new(),
        }
    }
}

/// The expression that ends `text`: a dotted chain with its calls and
/// subscripts (`np.iinfo(np.int8)` in `x = np.iinfo(np.int8)`).
fn trailing_expr(text: &str) -> &str {
    let mut depth = 0i32;
    let mut start = text.len();
    for (i, c) in text.char_indices().rev() {
        match c {
            ')' | ']' => depth += 1,
            '(' | '[' if depth > 0 => depth -= 1,
            '(' | '[' => break,
            c if depth > 0 || c.is_alphanumeric() || c == '_' || c == '.' => {}
            _ => break,
        }
        start = i;
    }
    text[start..].trim()
}

impl Helper for NpHelper {}

/// Each physical line is accepted as typed; the prompt loop gathers lines
/// until `syntax::is_complete` says the input is whole, so continuation lines
/// get Python's `... ` prompt.
impl Validator for NpHelper {}

/// The signature of the call being typed, shown dimmed after the cursor.
/// It is only shown: Right arrow does not paste it into the line.
pub struct SignatureHint(String);

impl rustyline::hint::Hint for SignatureHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

impl Hinter for NpHelper {
    type Hint = SignatureHint;

    fn hint(&self, line: &str, pos: usize, _: &Context<'_>) -> Option<SignatureHint> {
        if pos != line.len() {
            return None;
        }
        let (callee, _) = open_call(line, pos)?;
        self.signature(callee)
            .map(|s| SignatureHint(format!("  # {s}")))
    }
}

/// The teaching commands, for completion after `:` or `%`.
const COMMANDS: &[&str] = &[
    ":explain", ":vars", ":reset", ":help", ":h", ":quit", ":q", ":lesson", ":hint", "%whos",
    "%who", "%timeit", "%time", "%reset",
];

/// The identifier being typed at `pos` and where it starts.
fn word_at(line: &str, pos: usize) -> (usize, &str) {
    let start = line[..pos]
        .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
        .map_or(0, |i| i + 1);
    (start, &line[start..pos])
}

/// The callee of the innermost open call before `pos`, e.g. `a.cumsum` in
/// `a.cumsum(ax`, and the arguments typed so far (`ax`).
fn open_call(line: &str, pos: usize) -> Option<(&str, &str)> {
    let mut depth = 0i32;
    for (i, c) in line[..pos].char_indices().rev() {
        match c {
            ')' | ']' => depth += 1,
            '[' if depth > 0 => depth -= 1,
            '(' if depth > 0 => depth -= 1,
            '(' => {
                let before = &line[..i];
                let start = before
                    .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
                    .map_or(0, |j| j + 1);
                return Some((&before[start..], &line[i + 1..pos]));
            }
            '[' => return None,
            _ => {}
        }
    }
    None
}

/// Keyword arguments already written in a call's arguments (`axis=0, d` → `axis`).
fn given_keywords(args: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let bytes = args.as_bytes();
    for (i, _) in args.match_indices('=') {
        let next = bytes.get(i + 1).copied();
        let prev = i.checked_sub(1).map(|j| bytes[j]);
        if next == Some(b'=') || matches!(prev, Some(b'=' | b'!' | b'<' | b'>')) {
            continue;
        }
        let name = args[..i].trim_end();
        let start = name
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_'))
            .map_or(0, |j| j + 1);
        if start < name.len() {
            out.push(&name[start..]);
        }
    }
    out
}

/// How many arguments before the one being typed are positional: the
/// finished ones (split at top-level commas) with no keyword.
fn positional_count(typed: &str) -> usize {
    let mut depth = 0i32;
    let mut segments = vec![String::new()];
    for c in typed.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                segments.push(String::new());
                continue;
            }
            _ => {}
        }
        if let Some(last) = segments.last_mut() {
            last.push(c);
        }
    }
    segments.pop();
    segments
        .iter()
        .filter(|s| !s.trim().is_empty() && given_keywords(s).is_empty())
        .count()
}

impl NpHelper {
    /// The functions a callee as typed may name (`np.cumsum`, `a.cumsum`, `len`).
    fn callees<'a>(
        &self,
        callee: &'a str,
    ) -> impl Iterator<Item = &'static crate::eval::FnDef> + 'a {
        let name = callee.rsplit('.').next().unwrap_or(callee);
        let is_method = callee.contains('.') && !callee.starts_with("np.");
        catalog::all().filter(move |f| f.name == name && f.is_method() == is_method)
    }

    /// `np.cumsum(a, axis=None, dtype=None, out=None)` for the callee typed.
    fn signature(&self, callee: &str) -> Option<String> {
        let f = self.callees(callee).next()?;
        let prefix = callee.rsplit_once('.').map_or("", |(p, _)| p);
        Some(if prefix.is_empty() {
            f.signature()
        } else {
            format!("{prefix}.{}", f.signature())
        })
    }

    fn candidates(&self, line: &str, pos: usize) -> (usize, Vec<String>) {
        let (start, word) = word_at(line, pos);
        let before = &line[..start];
        // :ex<Tab>, %wh<Tab>: the teaching commands.
        if matches!(before.trim_start(), ":" | "%") && !line[..pos].contains(char::is_whitespace) {
            let typed = line[..pos].trim_start();
            let names = COMMANDS.iter().filter(|c| c.starts_with(typed));
            return (pos - typed.len(), names.map(|c| c.to_string()).collect());
        }
        // dtype names inside quotes: dtype='fl
        if let Some(q) = before
            .rfind(['\'', '"'])
            .filter(|&q| before[..q].trim_end().ends_with("dtype="))
        {
            let typed = &line[q + 1..pos];
            let names = crate::array::DType::ALL
                .iter()
                .map(|d| d.name())
                .filter(|n| n.starts_with(typed));
            return (q + 1, names.map(String::from).collect());
        }
        if let Some(receiver) = before.strip_suffix('.') {
            // Private names (`_x`, `__init__`) only once `_` is typed, as IPython.
            let names = self
                .members_after(receiver)
                .into_iter()
                .filter(|n| n.starts_with(word) && (word.starts_with('_') || !n.starts_with('_')))
                .collect();
            return (start, names);
        }
        let mut out: Vec<String> = Vec::new();
        // Keyword arguments of the call being written.
        if let Some((callee, args)) = open_call(line, pos) {
            let typed = &args[..args.len() - word.len()];
            let given = given_keywords(typed);
            let positional = positional_count(typed);
            for f in self.callees(callee) {
                for (_, p) in f.params.iter().enumerate().filter(|&(i, p)| {
                    p.kind != crate::eval::ParamKind::PositionalOnly
                        && !given.contains(&p.name)
                        && i >= positional
                }) {
                    if p.name.starts_with(word)
                        && !matches!(
                            p.kind,
                            crate::eval::ParamKind::VarPositional
                                | crate::eval::ParamKind::VarKeyword
                        )
                    {
                        out.push(format!("{}=", p.name));
                    }
                }
            }
        }
        out.extend(
            self.variables
                .iter()
                .map(|(n, _)| n.clone())
                .filter(|n| n.starts_with(word)),
        );
        out.extend(
            catalog::BUILTINS
                .iter()
                .map(|f| f.name.to_string())
                .filter(|n| n.starts_with(word)),
        );
        out.dedup();
        (start, out)
    }
}

/// Rustyline's own question before listing more candidates than this; the
/// prompt's config sets the same number. Beyond it Tab keeps listing.
pub const LIST_LIMIT: usize = 100;

/// The last completion and where Tab stands in cycling through it.
#[derive(Default)]
pub struct TabState {
    /// The line completed, where the word started, and the replacements.
    last: Option<(String, usize, Vec<String>)>,
    /// The key before this one was Tab.
    after_tab: bool,
    /// The candidate Tab last put in place, while cycling.
    cycling: Option<usize>,
    /// The next completion is a cycling step: offer `cycling`'s candidate.
    serve: bool,
}

/// Tab as IPython's prompt has it: the first Tab completes the common part
/// and lists the candidates (rustyline's List completion, showing all when
/// ambiguous), each further Tab puts the next candidate in place, round and
/// round; any other key ends the cycle. Bound to every key, it lets all
/// others through unchanged.
pub struct TabCycle(std::sync::Arc<std::sync::Mutex<TabState>>);

impl rustyline::ConditionalEventHandler for TabCycle {
    fn handle(
        &self,
        evt: &rustyline::Event,
        _: rustyline::RepeatCount,
        _: bool,
        ctx: &rustyline::EventContext<'_>,
    ) -> Option<rustyline::Cmd> {
        use rustyline::{Cmd, KeyCode, KeyEvent, Modifiers};
        let Ok(mut state) = self.0.lock() else {
            return None;
        };
        let tab =
            evt.get(0) == Some(&KeyEvent(KeyCode::Tab, Modifiers::NONE)) && evt.get(1).is_none();
        if !tab {
            state.after_tab = false;
            state.cycling = None;
            return None;
        }
        let again = std::mem::replace(&mut state.after_tab, true);
        let (line, pos) = (ctx.line(), ctx.pos());
        let cycle = match &state.last {
            Some((before, start, candidates))
                if again
                    && (2..=LIST_LIMIT).contains(&candidates.len())
                    && *start <= pos
                    && line.get(..*start) == before.get(..*start) =>
            {
                Some(state.cycling.map_or(0, |i| (i + 1) % candidates.len()))
            }
            _ => None,
        };
        // The completer then offers just that candidate, which rustyline
        // puts in place of the word (or, with no cycle, completes afresh).
        state.cycling = cycle;
        state.serve = cycle.is_some();
        Some(Cmd::Complete)
    }
}

impl Completer for NpHelper {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        if line[..pos].trim().is_empty() {
            // Tab at the start of a line indents, as blocks need.
            let indent = Pair {
                display: String::new(),
                replacement: "    ".into(),
            };
            if let Ok(mut state) = self.tab.lock() {
                state.last = None;
            }
            return Ok((pos, vec![indent]));
        }
        if let Ok(mut state) = self.tab.lock()
            && std::mem::take(&mut state.serve)
            && let (Some((_, start, candidates)), Some(i)) = (&state.last, state.cycling)
        {
            let one = Pair {
                display: candidates[i].clone(),
                replacement: candidates[i].clone(),
            };
            return Ok((*start, vec![one]));
        }
        let (start, names) = self.candidates(line, pos);
        if let Ok(mut state) = self.tab.lock() {
            state.last = Some((line.to_string(), start, names.clone()));
        }
        Ok((
            start,
            names
                .into_iter()
                .map(|n| Pair {
                    display: n.clone(),
                    replacement: n,
                })
                .collect(),
        ))
    }
}

impl Highlighter for NpHelper {
    fn highlight<'l>(&self, line: &'l str, pos: usize) -> Cow<'l, str> {
        if !self.color {
            return Cow::Borrowed(line);
        }
        let tokens = syntax::tokens(line);
        // The bracket matching the one at the cursor is shown bold.
        let partner = if self.show_partner.get() {
            matching_bracket(line, &tokens, pos)
        } else {
            None
        };
        let mut out = String::with_capacity(line.len() * 2);
        let mut last = 0;
        for t in &tokens {
            out.push_str(&line[last..t.span.start]);
            let text = &line[t.span.start..t.span.end];
            let styled = match t.kind {
                TokenKind::Number => text.cyan().to_string(),
                TokenKind::String => text.green().to_string(),
                TokenKind::Keyword => text.magenta().to_string(),
                TokenKind::Comment => text.dimmed().to_string(),
                TokenKind::Error => text.red().to_string(),
                TokenKind::Open | TokenKind::Close if Some(t.span.start) == partner => {
                    text.bold().yellow().to_string()
                }
                _ => text.to_string(),
            };
            out.push_str(&styled);
            last = t.span.end;
        }
        out.push_str(&line[last..]);
        Cow::Owned(out)
    }

    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        self.show_partner.set(kind != CmdKind::ForcedRefresh);
        self.color
    }

    /// The prompt in bold magenta when colour is on (as Python 3.13's).
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        if self.color {
            Cow::Owned(prompt.magenta().bold().to_string())
        } else {
            Cow::Borrowed(prompt)
        }
    }

    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        if self.color {
            Cow::Owned(hint.dimmed().to_string())
        } else {
            Cow::Borrowed(hint)
        }
    }
}

/// The position of the bracket matching the one just before the cursor.
fn matching_bracket(line: &str, tokens: &[syntax::Token], pos: usize) -> Option<usize> {
    let at = tokens
        .iter()
        .position(|t| t.span.end == pos && matches!(t.kind, TokenKind::Open | TokenKind::Close))?;
    let mut depth = 0i32;
    if tokens[at].kind == TokenKind::Close {
        for t in tokens[..=at].iter().rev() {
            match t.kind {
                TokenKind::Close => depth += 1,
                TokenKind::Open => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(t.span.start);
                    }
                }
                _ => {}
            }
        }
    } else {
        for t in &tokens[at..] {
            match t.kind {
                TokenKind::Open => depth += 1,
                TokenKind::Close => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(t.span.start);
                    }
                }
                _ => {}
            }
        }
    }
    let _ = line;
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A helper that has seen a session which ran `code`.
    fn after(code: &str) -> NpHelper {
        let options = crate::front::run::RunOptions {
            echo: false,
            transcript: false,
            color: false,
        };
        let mut runner = crate::front::run::Runner::new(
            Box::new(std::io::sink()),
            Box::new(std::io::sink()),
            options,
        );
        runner.run_chunk(&format!("{code}\n"));
        let mut h = NpHelper::new(false);
        h.refresh(&runner.interp);
        h
    }

    fn offered(h: &NpHelper, line: &str) -> Vec<String> {
        h.candidates(line, line.len()).1
    }

    /// Every module and object npcalc has completes its attributes from the
    /// tables its lookup reads, without calling anything with an effect.
    #[test]
    fn completes_attributes_of_modules_and_objects() {
        let h = after(
            "import random, time, math\nrng = np.random.default_rng(0)\n\
             class A:\n    k = 1\n    def __init__(self):\n        self.x = 2\n    \
             def total(self):\n        return self.x\n    @property\n    def loud(self):\n        \
             print('ran')\n        return self\na = A()\nm = np.ma.masked_array([1, 2])\n",
        );
        let has = |line: &str, want: &[&str]| {
            let got = offered(&h, line);
            for w in want {
                assert!(
                    got.iter().any(|g| g == w),
                    "{line}: {w} missing from {got:?}"
                );
            }
            got
        };
        has("np.random.", &["default_rng", "seed", "rand"]);
        has("random.", &["randint", "seed", "Random"]);
        has("time.", &["perf_counter", "time"]);
        has("math.", &["sqrt", "pi"]);
        has("np.linalg.", &["norm"]);
        has("np.ma.", &["masked_array", "masked"]);
        has("np.lib.stride_tricks.", &["sliding_window_view"]);
        has("rng.", &["integers", "random", "normal"]);
        assert_eq!(
            has("np.iinfo(np.int8).", &["max"]),
            ["bits", "dtype", "key", "kind", "max", "min"]
        );
        has("x = np.finfo('float32').e", &["eps"]);
        has("m.", &["mask", "filled"]);
        has("np.ran", &[]);
        assert_eq!(
            has("a.", &["k", "total", "x", "loud"]).len(),
            4,
            "no private names"
        );
        has("a.__", &["__init__"]);
        has("A.", &["total", "k"]);
        // A chain through a stored attribute; a property is never run.
        has("a.x.", &["real", "bit_count"]);
        assert!(offered(&h, "a.loud.").is_empty());
        has("print(a.dtype if 0 else np.arange(3).", &[]);
        has("np.arange(3)[0].", &["cumsum"]);
        // Calls other than the dtype-describing classes are never made.
        assert!(offered(&h, "rng.integers(5).").is_empty());
        assert!(offered(&h, "np.random.rand().").is_empty());
    }

    #[test]
    fn completes_from_the_function_table() {
        let h = after("a = np.arange(3)");
        let (_, c) = h.candidates("np.cums", 7);
        assert_eq!(c, vec!["cumsum"]);
        let (_, c) = h.candidates("a.cumsum(ax", 11);
        assert_eq!(c, vec!["axis="]);
        let (start, c) = h.candidates("a.cumsum(dtype='fl", 18);
        assert_eq!(
            (start, c),
            (
                16,
                vec!["float16".to_string(), "float32".into(), "float64".into()]
            )
        );
        let (_, c) = h.candidates("[1, 2].cu", 9);
        assert_eq!(c, vec!["cumprod", "cumsum"]);
        // Keywords already given are not offered again; `==` is no keyword.
        let line = "np.cumsum(a, axis=0, d";
        let (_, c) = h.candidates(line, line.len());
        assert_eq!(c, vec!["dtype=", "dict"]);
        let line = "np.cumsum(a == 1, a";
        let (_, c) = h.candidates(line, line.len());
        assert_eq!(&c[..2], ["axis=", "a"], "`a` was given by position");
        let line = "np.cumsum([1, 2], 0, ";
        let (_, c) = h.candidates(line, line.len());
        assert_eq!(&c[..2], ["dtype=", "out="]);
        let (start, c) = h.candidates(":ex", 3);
        assert_eq!((start, c), (0, vec![":explain".to_string()]));
        let (_, c) = h.candidates("%wh", 3);
        assert_eq!(c, vec!["%whos", "%who"]);
        assert_eq!(
            h.signature("np.cumsum").as_deref(),
            Some("np.cumsum(a, axis=None, dtype=None, out=None)")
        );
    }
}
