//! Turning the position where pest gave up into the error CPython 3.11
//! would report there, or into npcalc's "not supported" message when the
//! input is valid Python outside the subset.

use super::lexer::{Lex, Lexeme, TokenKind, line_of};
use super::parser::{NpcalcParser, Rule};
use super::text::{PestText, significant};
use crate::error::{Error, Span};
use pest::Parser;

/// Everything the explanation needs to look at.
pub(crate) struct Failure<'a> {
    pub src: &'a str,
    /// The text pest saw.
    pub text: &'a PestText,
    pub lexemes: &'a [Lexeme],
    /// Brackets still open at the end of the input.
    pub open: &'a [(u8, usize)],
}

/// The span CPython gives the token at lexeme `i` (`None`: the end) when it
/// reports an error there: a line end counts from a comment before it.
pub(crate) fn cpython_token(src: &str, lexemes: &[Lexeme], i: Option<usize>) -> Span {
    let (at, before) = match i {
        Some(i) if !matches!(lexemes[i].lex, Lex::Newline) => return lexemes[i].span(),
        Some(i) => (lexemes[i].span().start, i.checked_sub(1)),
        None => (src.len(), lexemes.len().checked_sub(1)),
    };
    match before.map(|b| &lexemes[b]) {
        Some(c) if c.lex == Lex::Token(TokenKind::Comment) && c.span().end == at => {
            Span::new(c.span().start, at)
        }
        _ => Span::new(at, at),
    }
}

fn next_significant(lexemes: &[Lexeme], from: usize) -> Option<usize> {
    (from..lexemes.len()).find(|&i| significant(&lexemes[i]))
}

/// The span of the token CPython's parser is looking at once it has read
/// everything before `pos`.
pub(crate) fn token_after(src: &str, lexemes: &[Lexeme], pos: usize) -> Span {
    let i = lexemes.partition_point(|l| l.span().end <= pos);
    cpython_token(src, lexemes, next_significant(lexemes, i))
}

impl Failure<'_> {
    fn text_of(&self, i: usize) -> &str {
        let s = self.lexemes[i].span();
        &self.src[s.start..s.end]
    }

    fn prev_significant(&self, before: usize) -> Option<usize> {
        (0..before).rev().find(|&i| significant(&self.lexemes[i]))
    }

    /// The bracket lexeme enclosing lexeme `i`, if any.
    fn enclosing(&self, i: usize) -> Option<usize> {
        let depth = self.lexemes[i].depth;
        if depth == 0 {
            return None;
        }
        (0..i).rev().find(|&j| {
            self.lexemes[j].depth == depth - 1 && self.lexemes[j].lex == Lex::Token(TokenKind::Open)
        })
    }

    /// Whether lexeme `i` begins a statement.
    fn at_statement_start(&self, i: usize) -> bool {
        match self.prev_significant(i) {
            None => true,
            Some(p) => self.lexemes[p].lex == Lex::Newline || self.text_of(p) == ";",
        }
    }

    /// Start of the comma-separated item that ends before lexeme `i` (at
    /// bracket depth `depth`).
    fn item_start(&self, i: usize, depth: u32, stop_at_if: bool) -> usize {
        let mut start = i;
        for j in (0..i).rev() {
            let l = &self.lexemes[j];
            if !significant(l) || l.depth > depth {
                if significant(l) {
                    start = j;
                }
                continue;
            }
            let t = self.text_of(j);
            let separator = l.depth < depth
                || l.lex == Lex::Newline
                || matches!(t, "," | "=" | ":" | ";" | ":=")
                || (stop_at_if && matches!(t, "if" | "else"))
                || (t.ends_with('=') && !matches!(t, "==" | "<=" | ">=" | "!="));
            if separator {
                break;
            }
            start = j;
        }
        start
    }

    /// End of the longest match of `rule` at byte `start`.
    fn probe(&self, rule: Rule, start: usize) -> Option<usize> {
        // pest rules start at a token, not at the blanks before it.
        let first = self.lexemes.partition_point(|l| l.span().start < start);
        let start = self.lexemes[first..]
            .iter()
            .find(|l| significant(l))
            .map_or(start, |l| l.span().start);
        let start = self.text.to_pest(start);
        let pairs = NpcalcParser::parse(rule, &self.text.text[start..]).ok()?;
        pairs
            .peek()
            .map(|p| self.text.to_src(start + p.as_span().end()))
    }

    /// Whether no token lies between `end` and `start`.
    fn adjacent(&self, end: usize, start: usize) -> bool {
        let first = self.lexemes.partition_point(|l| l.span().start < end);
        end <= start
            && self.lexemes[first..]
                .iter()
                .take_while(|l| l.span().start < start)
                .all(|l| !significant(l))
    }

    pub fn explain(&self, pos: usize) -> Error {
        let first = self.lexemes.partition_point(|l| l.span().end <= pos);
        let fail = next_significant(self.lexemes, first);
        if let Some(e) = self.never_closed(fail) {
            return e;
        }
        let at_line_end = fail.is_none_or(|i| self.lexemes[i].lex == Lex::Newline);
        if at_line_end && let Some(e) = self.trailing_comma(fail) {
            return e;
        }
        if let Some(e) = fail
            .and_then(|i| self.unsupported(i))
            .or_else(|| self.header(fail))
            .or_else(|| self.specific(fail))
        {
            return e;
        }
        Error::syntax(
            "invalid syntax",
            cpython_token(self.src, self.lexemes, fail),
        )
    }

    /// CPython reports an open bracket when its parser runs into the end,
    /// or when the error is on a later line than the bracket.
    fn never_closed(&self, fail: Option<usize>) -> Option<Error> {
        let &(bracket, at) = self.open.last()?;
        // CPython's second pass reads on from the failing token, so an
        // expression opening a bracket there runs into the end too.
        let reached_end = match fail {
            None => true,
            Some(i) => {
                let l = &self.lexemes[i];
                next_significant(self.lexemes, i + 1).is_none()
                    || at >= l.span().start
                    || line_of(self.src, l.span().start) > line_of(self.src, at)
            }
        };
        reached_end.then(|| {
            Error::syntax(
                format!("'{}' was never closed", bracket as char),
                Span::new(at, at),
            )
        })
    }

    /// Whether the logical line holding lexeme `i` ends with a `:` outside
    /// brackets, as a compound statement's header does.
    fn header_line(&self, i: usize) -> bool {
        let end = (i..self.lexemes.len())
            .find(|&j| self.lexemes[j].lex == Lex::Newline)
            .unwrap_or(self.lexemes.len());
        self.prev_significant(end)
            .is_some_and(|j| j >= i && self.text_of(j) == ":" && self.lexemes[j].depth == 0)
    }

    fn unsupported(&self, i: usize) -> Option<Error> {
        let l = &self.lexemes[i];
        let t = self.text_of(i);
        let span = l.span();
        let not_supported = |what: &str| {
            Some(Error::syntax(
                format!("{what} not supported in npcalc"),
                span,
            ))
        };
        let bracket = self.enclosing(i).map(|j| self.text_of(j));
        if matches!(t, "%" | ":" | "?") && self.at_statement_start(i) {
            return Some(Error::syntax(
                "teaching commands such as %whos and :explain belong to sessions (the prompt, pipes and -c), not to scripts",
                span,
            ));
        }
        // Only what npcalc lacks: a syntax error inside a construct it
        // supports (`try = 1`, `[i for]`) gets CPython's message instead.
        if t == "async" && self.at_statement_start(i) {
            return not_supported("'async' statements are");
        }
        // `match` is a soft keyword: `match x:` fails at the subject, where
        // CPython 3.11 would have parsed a match statement.
        if let Some(p) = self.prev_significant(i)
            && self.text_of(p) == "match"
            && self.at_statement_start(p)
            && self.header_line(i)
        {
            return Some(Error::syntax(
                "'match' statements are not supported in npcalc",
                self.lexemes[p].span(),
            ));
        }
        match t {
            "yield" | "await" => return not_supported(&format!("'{t}' expressions are")),
            "async" if matches!(bracket, Some("[" | "(")) => {
                return not_supported("asynchronous comprehensions are");
            }
            "." if self
                .prev_significant(i)
                .is_some_and(|p| self.text_of(p) == "from") =>
            {
                return not_supported("relative imports are");
            }
            _ => {}
        }
        if l.lex == Lex::Token(TokenKind::String) {
            let prefix = t[..t.find(['"', '\'']).unwrap_or(0)].to_ascii_lowercase();
            if prefix.contains('b') {
                return not_supported("bytes literals are");
            }
        }
        None
    }

    /// CPython's specific messages for common slips.
    fn specific(&self, fail: Option<usize>) -> Option<Error> {
        let end = Span::new(self.src.len(), self.src.len());
        let (i, depth, t, span, lex) = match fail {
            Some(i) => {
                let l = &self.lexemes[i];
                (i, l.depth, self.text_of(i), l.span(), l.lex)
            }
            None => (self.lexemes.len(), 0, "", end, Lex::Newline),
        };
        let start = self.item_start(i, depth, true);
        let a_start = self
            .lexemes
            .get(start)
            .map_or(end.start, |l| l.span().start);
        let before = self.prev_significant(i)?;
        let before_end = self.lexemes[before].span().end;

        // `def f(x=)`: CPython's invalid_default.
        if matches!(t, ")" | ",")
            && self.text_of(before) == "="
            && let Some(open) = self.enclosing(i)
            && let Some(name) = self.prev_significant(open)
            && self
                .prev_significant(name)
                .is_some_and(|d| self.text_of(d) == "def")
        {
            return Some(Error::syntax(
                "expected default value expression",
                self.lexemes[before].span(),
            ));
        }

        // `if x = 1:`: a condition is a named expression.
        let condition = depth == 0
            && self.prev_significant(before).is_some_and(|k| {
                matches!(self.text_of(k), "if" | "elif" | "while") && self.at_statement_start(k)
            });
        if t == "=" && condition && self.lexemes[before].lex == Lex::Token(TokenKind::Name) {
            let a_start = self.lexemes[before].span().start;
            let b_end = self.probe(Rule::probe_bitor, span.end)?;
            let after = token_after(self.src, self.lexemes, b_end);
            if !matches!(&self.src[after.start..after.end], "=" | ":=") {
                return Some(Error::syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span::new(a_start, self.trim_end(b_end)),
                ));
            }
        }
        if t == "=" && depth > 0 {
            // `f( =1)`: nothing before the `=` to blame, so plain invalid syntax.
            if a_start >= before_end {
                return None;
            }
            let open = self.enclosing(i)?;
            let is_call = self.prev_significant(open).is_some_and(|p| {
                let l = &self.lexemes[p];
                matches!(
                    l.lex,
                    Lex::Token(TokenKind::Name | TokenKind::Close | TokenKind::String)
                )
            }) && self.text_of(open) == "(";
            let single = start == before;
            let a_text = &self.src[a_start..before_end];
            if is_call {
                let message = if single && matches!(a_text, "True" | "False" | "None") {
                    format!("cannot assign to {a_text}")
                } else {
                    "expression cannot contain assignment, perhaps you meant \"==\"?".into()
                };
                return Some(Error::syntax(message, Span::new(a_start, span.end)));
            }
            if single && self.lexemes[start].lex == Lex::Token(TokenKind::Name) {
                let b_end = self.probe(Rule::probe_bitor, span.end)?;
                let after = token_after(self.src, self.lexemes, b_end);
                if !matches!(&self.src[after.start..after.end], "=" | ":=") {
                    return Some(Error::syntax(
                        "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        Span::new(a_start, self.trim_end(b_end)),
                    ));
                }
            }
            return None;
        }

        if let Some(e) = self.brackets(i, t, span, before) {
            return Some(e);
        }

        // `a if b` without `else`.
        if !matches!(t, "else" | ":") {
            let if_at = (self.item_start(i, depth, false)..i).rev().find(|&j| {
                self.lexemes[j].depth == depth
                    && self.text_of(j) == "if"
                    && significant(&self.lexemes[j])
            });
            if let Some(k) = if_at {
                let b_start = self.lexemes[k].span().end;
                let b_end = self.probe(Rule::probe_disjunction, b_start)?;
                let a_start = self.lexemes[self.item_start(k, depth, true)].span().start;
                let a_end = self.probe(Rule::probe_disjunction, a_start)?;
                let if_start = self.lexemes[k].span().start;
                if self.adjacent(self.trim_end(b_end), span.start)
                    && self.adjacent(self.trim_end(a_end), if_start)
                {
                    return Some(Error::syntax(
                        "expected 'else' after 'if' expression",
                        Span::new(a_start, self.trim_end(b_end)),
                    ));
                }
            }
        }

        // Python 2's `print x` / `exec code` (CPython's invalid_legacy_expression).
        if self.lexemes[before].lex == Lex::Token(TokenKind::Name)
            && matches!(self.text_of(before), "print" | "exec")
            && t != "("
            && let Some(b_end) = self.probe(Rule::probe_star_exprs, span.start)
        {
            // CPython parses `b` with its invalid_* rules on, so `print a if b` is the if's error.
            let after = token_after(self.src, self.lexemes, b_end);
            if &self.src[after.start..after.end] == "if"
                && let Some(c_end) = self.probe(Rule::probe_disjunction, after.end)
            {
                let next = token_after(self.src, self.lexemes, c_end);
                if !matches!(&self.src[next.start..next.end], "else" | ":") {
                    return Some(Error::syntax(
                        "expected 'else' after 'if' expression",
                        Span::new(span.start, self.trim_end(c_end)),
                    ));
                }
            }
            let name = self.text_of(before);
            return Some(Error::syntax(
                format!("Missing parentheses in call to '{name}'. Did you mean {name}(...)?"),
                Span::new(self.lexemes[before].span().start, self.trim_end(b_end)),
            ));
        }

        // Two expressions in a row inside brackets.
        if depth > 0 && lex != Lex::Newline {
            let name_then_string = start == before
                && self.lexemes[start].lex == Lex::Token(TokenKind::Name)
                && lex == Lex::Token(TokenKind::String);
            let a_end = self.probe(Rule::probe_disjunction, a_start)?;
            if !name_then_string && self.trim_end(a_end) == before_end {
                let b_end = self.probe(Rule::probe_expression, span.start)?;
                return Some(Error::syntax(
                    "invalid syntax. Perhaps you forgot a comma?",
                    Span::new(a_start, self.trim_end(b_end)),
                ));
            }
        }
        None
    }

    /// Errors inside brackets from CPython's invalid_arguments (an
    /// unparenthesized generator among a call's arguments),
    /// invalid_comprehension (`[a, b for …]`) and invalid_kvpair (a
    /// dictionary key's `:` without a value, or with a starred one).
    fn brackets(&self, i: usize, t: &str, span: Span, before: usize) -> Option<Error> {
        let open = self.enclosing(*[i, before].iter().find(|&&j| j < self.lexemes.len())?)?;
        let bracket = self.text_of(open);
        let depth = self.lexemes[open].depth + 1;
        let at_depth = |j: usize| self.lexemes[j].depth == depth && significant(&self.lexemes[j]);
        let commas: Vec<usize> = (open + 1..i.min(self.lexemes.len()))
            .filter(|&j| at_depth(j) && self.text_of(j) == ",")
            .collect();
        let before_text = self.text_of(before);
        let item_from = commas.last().map_or(open, |&c| c) + 1;
        let lambda = (item_from..before).any(|j| at_depth(j) && self.text_of(j) == "lambda");
        if bracket == "{" && before_text == ":" && self.lexemes[before].depth == depth && !lambda {
            if matches!(t, "}" | ",") {
                return Some(Error::syntax(
                    "expression expected after dictionary key and ':'",
                    self.lexemes[before].span(),
                ));
            }
            if t == "*" {
                let end = self.trim_end(self.probe(Rule::probe_bitor, span.end)?);
                return Some(Error::syntax(
                    "cannot use a starred expression in a dictionary value",
                    Span::new(span.start, end),
                ));
            }
        }
        let is_call = bracket == "("
            && self.prev_significant(open).is_some_and(|p| {
                matches!(
                    self.lexemes[p].lex,
                    Lex::Token(TokenKind::Name | TokenKind::Close | TokenKind::String)
                )
            });
        let genexp = |from: usize| -> Option<Error> {
            let a_start = self.lexemes[from].span().start;
            let end = self.trim_end(self.probe(Rule::probe_genexp, a_start)?);
            Some(Error::syntax(
                "Generator expression must be parenthesized",
                Span::new(a_start, end),
            ))
        };
        if is_call && t == "," && commas.is_empty() {
            // `f(x for x in xs, more)`: the generator ends at the comma.
            let first = next_significant(self.lexemes, open + 1)?;
            let end =
                self.trim_end(self.probe(Rule::probe_genexp, self.lexemes[first].span().start)?);
            return (end == self.lexemes[before].span().end).then(|| genexp(first))?;
        }
        if t == "for"
            && !commas.is_empty()
            && self.probe(Rule::probe_comp_for, span.start).is_some()
        {
            let last = *commas.last()?;
            let name = next_significant(self.lexemes, last + 1)?;
            let eq = next_significant(self.lexemes, name + 1)?;
            if is_call && self.text_of(eq) == "=" {
                // `f(b, a=x for x in xs)`; build.rs reports it as the first argument.
                return Some(Error::syntax(
                    "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                    Span::new(self.lexemes[name].span().start, self.lexemes[eq].span().end),
                ));
            }
            if is_call {
                // `f(a, x for x in xs)`.
                return genexp(next_significant(self.lexemes, last + 1)?);
            }
            let colon = (open + 1..i).any(|j| at_depth(j) && self.text_of(j) == ":");
            if matches!(bracket, "[" | "{") && !colon {
                let first = next_significant(self.lexemes, open + 1)?;
                return Some(Error::syntax(
                    "did you forget parentheses around the comprehension target?",
                    Span::new(
                        self.lexemes[first].span().start,
                        self.lexemes[before].span().end,
                    ),
                ));
            }
        }
        None
    }

    /// The first significant lexeme of the logical line holding lexeme
    /// `i` (the line a line end ends), and that line's end.
    fn logical_line(&self, i: usize) -> Option<(usize, usize)> {
        let line_end = |l: &Lexeme| l.lex == Lex::Newline && l.depth == 0;
        let from = (0..i.min(self.lexemes.len()))
            .rev()
            .find(|&j| line_end(&self.lexemes[j]))
            .map_or(0, |j| j + 1);
        let first = next_significant(self.lexemes, from)?;
        let end = (first..self.lexemes.len())
            .find(|&j| line_end(&self.lexemes[j]))
            .unwrap_or(self.lexemes.len());
        Some((first, end))
    }

    /// The column of lexeme `i`'s start.
    fn column(&self, i: usize) -> usize {
        let at = self.lexemes[i].span().start;
        at - self.src[..at].rfind('\n').map_or(0, |n| n + 1)
    }

    /// Whether the clause keyword at lexeme `first` (`else`, `elif`,
    /// `except`, `finally`) continues a statement: the nearest line before
    /// it at its indentation or less is at its indentation and begins a
    /// statement or clause that such a clause may follow.
    fn continues(&self, first: usize) -> bool {
        let col = self.column(first);
        let mut at = first;
        while let Some(prev) = self.prev_significant(at) {
            let Some((start, _)) = self.logical_line(prev) else {
                return false;
            };
            if self.column(start) <= col {
                return self.column(start) == col
                    && super::layout::may_follow(self.text_of(first), self.text_of(start));
            }
            at = start;
        }
        false
    }

    /// The index of the significant lexeme at or after byte `pos`.
    fn lexeme_at(&self, pos: usize) -> Option<usize> {
        next_significant(
            self.lexemes,
            self.lexemes.partition_point(|l| l.span().end <= pos),
        )
    }

    /// The closing bracket matching the opening one at lexeme `open`.
    fn closing(&self, open: usize) -> Option<usize> {
        let depth = self.lexemes[open].depth + 1;
        (open + 1..self.lexemes.len()).find(|&j| {
            self.lexemes[j].lex == Lex::Token(TokenKind::Close) && self.lexemes[j].depth == depth
        })
    }

    /// A compound statement's header that lacks its `:` ("expected ':'",
    /// from CPython's forced `&&':'` tokens and its invalid_*_stmt rules),
    /// a `def` without `(`, and `except A, B:`.
    fn header(&self, fail: Option<usize>) -> Option<Error> {
        let (first, end) = self.logical_line(fail.unwrap_or(self.lexemes.len()))?;
        let line_end = |i: usize| i == end;
        let colon = |at: usize| -> Error {
            Error::syntax(
                "expected ':'",
                cpython_token(self.src, self.lexemes, self.lexeme_at(at)),
            )
        };
        let after = |i: usize| next_significant(self.lexemes, i + 1);
        let kw = self.text_of(first);
        let kw_end = self.lexemes[first].span().end;
        let clause = matches!(kw, "else" | "elif" | "except" | "finally");
        if clause && !self.continues(first) {
            return None;
        }
        // The end of an expression rule matched right after `from`, when it
        // reaches the line's end.
        let to_line_end = |rule: Rule, from: usize| -> Option<usize> {
            let e = self.trim_end(self.probe(rule, from)?);
            let next = self.lexeme_at(e).unwrap_or(self.lexemes.len());
            line_end(next).then_some(e)
        };
        match kw {
            // Forced: whatever follows the keyword must be the colon.
            "try" | "else" | "finally" => {
                let next = after(first).unwrap_or(self.lexemes.len());
                let has_colon = next < self.lexemes.len() && self.text_of(next) == ":";
                (!has_colon).then(|| colon(kw_end))
            }
            "if" | "elif" | "while" => to_line_end(Rule::probe_named, kw_end).map(colon),
            "for" => {
                let in_at = (first..end).find(|&j| {
                    self.lexemes[j].depth == 0
                        && self.text_of(j) == "in"
                        && significant(&self.lexemes[j])
                })?;
                to_line_end(Rule::probe_star_exprs, self.lexemes[in_at].span().end).map(colon)
            }
            "with" => {
                let next = after(first)?;
                if self.text_of(next) == "(" {
                    let close = self.closing(next)?;
                    let e = self.lexemes[close].span().end;
                    if line_end(self.lexeme_at(e).unwrap_or(self.lexemes.len())) {
                        return Some(colon(e));
                    }
                }
                to_line_end(Rule::probe_with_items, kw_end).map(colon)
            }
            "class" => {
                let name = after(first)?;
                let mut e = self.lexemes[name].span().end;
                let next = after(name)?;
                if self.text_of(next) == "(" {
                    e = self.lexemes[self.closing(next)?].span().end;
                }
                line_end(self.lexeme_at(e).unwrap_or(self.lexemes.len())).then(|| colon(e))
            }
            "def" => {
                let name = after(first)?;
                let open = after(name)?;
                if self.text_of(open) != "(" {
                    return Some(Error::syntax(
                        "expected '('",
                        cpython_token(self.src, self.lexemes, Some(open)),
                    ));
                }
                let close = self.closing(open)?;
                // An error inside the parameters is theirs.
                let head = self.probe(Rule::probe_def_head, self.lexemes[first].span().start)?;
                if self.trim_end(head) != self.lexemes[close].span().end {
                    return None;
                }
                let mut e = self.lexemes[close].span().end;
                let next = after(close)?;
                if self.text_of(next) == "->" {
                    e = self.trim_end(
                        self.probe(Rule::probe_expression, self.lexemes[next].span().end)?,
                    );
                }
                let next = self.lexeme_at(e).unwrap_or(self.lexemes.len());
                (next >= self.lexemes.len() || self.text_of(next) != ":").then(|| colon(e))
            }
            "except" => {
                let next = after(first).unwrap_or(self.lexemes.len());
                if line_end(next) {
                    return Some(colon(kw_end));
                }
                let a_start = self.lexemes[next].span().start;
                let mut e = self.trim_end(self.probe(Rule::probe_expression, kw_end)?);
                let mut next = self.lexeme_at(e)?;
                if self.text_of(next) == "," {
                    // `except a, b [as name]:`, as invalid_except_stmt reads it.
                    let mut b_end = self.trim_end(
                        self.probe(Rule::probe_star_exprs, self.lexemes[next].span().end)?,
                    );
                    let mut then = self.lexeme_at(b_end)?;
                    if self.text_of(then) == "as" {
                        let name = after(then)?;
                        b_end = self.lexemes[name].span().end;
                        then = after(name)?;
                    }
                    return (self.text_of(then) == ":").then(|| {
                        Error::syntax(
                            "multiple exception types must be parenthesized",
                            Span::new(a_start, b_end),
                        )
                    });
                }
                if self.text_of(next) == "as" {
                    let name = after(next)?;
                    e = self.lexemes[name].span().end;
                    next = self.lexeme_at(e).unwrap_or(self.lexemes.len());
                }
                line_end(next).then(|| colon(e))
            }
            _ => None,
        }
    }

    /// `from m import a,` without parentheses.
    fn trailing_comma(&self, fail: Option<usize>) -> Option<Error> {
        let last = self.prev_significant(fail.unwrap_or(self.lexemes.len()))?;
        if self.text_of(last) != "," {
            return None;
        }
        let mut i = last;
        while let Some(p) = self.prev_significant(i) {
            if self.lexemes[p].lex == Lex::Newline || self.text_of(p) == ";" {
                break;
            }
            i = p;
        }
        (self.text_of(i) == "from").then(|| {
            let at = fail.map_or(self.src.len(), |f| self.lexemes[f].span().start);
            Error::syntax(
                "trailing comma not allowed without surrounding parentheses",
                Span::new(at, at),
            )
        })
    }

    /// Pest spans can end after blanks; CPython's end at the last token.
    fn trim_end(&self, end: usize) -> usize {
        let n = self.lexemes.partition_point(|l| l.span().end <= end);
        self.lexemes[..n]
            .iter()
            .rev()
            .find(|l| significant(l))
            .map_or(end, |l| l.span().end)
    }
}
