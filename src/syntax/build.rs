//! pest pairs → AST. Expressions arrive as flat runs of operand, operator and
//! trailer pairs (the grammar's precedence levels are silent) and are folded
//! here by precedence climbing, with every recursion and every node's height
//! checked against `MAX_DEPTH` (or the smaller limit
//! left to an f-string's fields) first.

use super::ast::*;
use super::future;
use super::lexer::{self, Lex, TokenKind};
use super::params;
use super::parser::Rule;
use super::text::{PestText, significant};
use super::too_deep;
use crate::error::{Error, Span};
use num_bigint::BigInt;
use pest::iterators::{Pair, Pairs};
use std::borrow::Cow;
use std::iter::Peekable;

type P<'i> = Pair<'i, Rule>;
type Stream<'i> = Peekable<Pairs<'i, Rule>>;

/// An expression with its tree height and its source range including any
/// enclosing parentheses (CPython spans a parenthesised node without them,
/// but the node built around it with them).
struct Built {
    expr: Expr,
    height: usize,
    outer: Span,
    /// Written as a parenthesised atom.
    paren: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
enum Prec {
    Ternary,
    Or,
    And,
    Not,
    Compare,
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Unary,
    Pow,
}

impl Prec {
    fn tighter(self) -> Prec {
        match self {
            Prec::Ternary => Prec::Or,
            Prec::Or => Prec::And,
            Prec::And => Prec::Not,
            Prec::Not => Prec::Compare,
            Prec::Compare => Prec::BitOr,
            Prec::BitOr => Prec::BitXor,
            Prec::BitXor => Prec::BitAnd,
            Prec::BitAnd => Prec::Shift,
            Prec::Shift => Prec::Arith,
            Prec::Arith => Prec::Term,
            Prec::Term => Prec::Unary,
            Prec::Unary | Prec::Pow => Prec::Pow,
        }
    }
}

fn infix(rule: Rule) -> Option<Prec> {
    Some(match rule {
        Rule::kw_if => Prec::Ternary,
        Rule::kw_or => Prec::Or,
        Rule::kw_and => Prec::And,
        Rule::comp_op => Prec::Compare,
        Rule::bitor_op => Prec::BitOr,
        Rule::bitxor_op => Prec::BitXor,
        Rule::bitand_op => Prec::BitAnd,
        Rule::shift_op => Prec::Shift,
        Rule::add_op => Prec::Arith,
        Rule::mul_op => Prec::Term,
        Rule::pow_op => Prec::Pow,
        _ => return None,
    })
}

pub(crate) struct Builder<'s> {
    src: &'s str,
    lexemes: &'s [lexer::Lexeme],
    text: &'s PestText,
    /// Source positions of the lists pest saw as `[]` (see `text`).
    fast_lists: &'s [usize],
    /// Errors CPython only finds when compiling, after the whole parse:
    /// a misplaced `from __future__` import (found before the symbol
    /// table is built) and code generation's (after it).
    deferred_future: Option<Error>,
    deferred: Option<Error>,
    /// Where the text pest is parsing starts in the whole pest text (it
    /// parses one top-level statement at a time).
    base: usize,
    /// Whether the statement being built is in a function's body, and in a
    /// loop's (not its `else:`): `return` and `break` elsewhere are errors
    /// CPython's compiler finds before anything runs.
    in_function: bool,
    in_loop: bool,
    /// How many blocks deep the statement being built is: a `from
    /// __future__` import in a block is never at the file's beginning.
    depth: usize,
}

impl<'s> Builder<'s> {
    pub fn new(
        src: &'s str,
        lexemes: &'s [lexer::Lexeme],
        text: &'s PestText,
        fast_lists: &'s [usize],
    ) -> Self {
        Builder {
            src,
            lexemes,
            text,
            fast_lists,
            deferred_future: None,
            deferred: None,
            base: 0,
            in_function: false,
            in_loop: false,
            depth: 0,
        }
    }

    /// A pair's span in the source. pest lets a rule that ends in a
    /// repetition take the blanks after it; CPython's spans end at a token.
    fn span_of(&self, p: &P) -> Span {
        let start = self.base + p.as_span().start();
        let end = start + p.as_str().trim_end_matches([' ', '\t', '\x0c']).len();
        Span::new(self.text.to_src(start), self.text.to_src(end))
    }

    /// Builds the statements of a `program` pair parsed from the pest text
    /// starting at `base`.
    pub fn statements(
        &mut self,
        program: P,
        base: usize,
        out: &mut Vec<Stmt>,
    ) -> Result<(), Error> {
        self.base = base;
        for p in program.into_inner() {
            if p.as_rule() != Rule::EOI {
                self.statement(p, out)?;
            }
        }
        Ok(())
    }

    /// The program built with the first error CPython's code generation
    /// finds in it, or a misplaced `from __future__` import, which CPython
    /// finds before both its symbol table and code generation.
    pub fn finish(self, out: Vec<Stmt>) -> Result<(Vec<Stmt>, Option<Error>), Error> {
        match self.deferred_future {
            Some(e) => Err(e),
            None => Ok((out, self.deferred)),
        }
    }

    fn defer(&mut self, e: Error) {
        self.deferred.get_or_insert(e);
    }

    fn ident(&self, p: &P) -> Ident {
        Ident {
            name: p.as_str().to_string(),
            span: self.span_of(p),
        }
    }

    /// `numpy.linalg` as one name (the grammar allows spaces around dots).
    fn dotted(&self, p: &P) -> Ident {
        let name = p
            .clone()
            .into_inner()
            .map(|n| n.as_str())
            .collect::<Vec<_>>()
            .join(".");
        Ident {
            name,
            span: self.span_of(p),
        }
    }

    fn statement(&mut self, p: P, out: &mut Vec<Stmt>) -> Result<(), Error> {
        let span = self.span_of(&p);
        match p.as_rule() {
            Rule::pass_stmt => out.push(Stmt {
                kind: StmtKind::Pass,
                span,
            }),
            Rule::import_stmt => {
                for clause in p.into_inner().filter(|c| c.as_rule() == Rule::import_as) {
                    let mut parts = clause.into_inner();
                    let module = parts
                        .next()
                        .map(|m| self.dotted(&m))
                        .ok_or_else(|| internal(span))?;
                    let alias = parts
                        .find(|a| a.as_rule() == Rule::name)
                        .map(|a| self.ident(&a));
                    out.push(Stmt {
                        kind: StmtKind::Import { module, alias },
                        span,
                    });
                }
            }
            Rule::from_stmt => {
                let mut module = None;
                let mut names = Vec::new();
                for part in p.into_inner() {
                    match part.as_rule() {
                        Rule::dotted_name => module = Some(self.dotted(&part)),
                        Rule::import_star => names.push((
                            Ident {
                                name: "*".into(),
                                span: self.span_of(&part),
                            },
                            None,
                        )),
                        Rule::import_as_name => {
                            let mut it = part.into_inner().filter(|n| n.as_rule() == Rule::name);
                            let name = it
                                .next()
                                .map(|n| self.ident(&n))
                                .ok_or_else(|| internal(span))?;
                            names.push((name, it.next().map(|a| self.ident(&a))));
                        }
                        _ => {}
                    }
                }
                let module = module.ok_or_else(|| internal(span))?;
                if module.name == "__future__" && self.depth > 0 {
                    self.deferred_future.get_or_insert(future::misplaced(span));
                }
                out.push(Stmt {
                    kind: StmtKind::FromImport { module, names },
                    span,
                });
            }
            Rule::assign_stmt => out.push(self.assign(p)?),
            Rule::decorated => out.push(Stmt {
                kind: self.decorated(p)?,
                span,
            }),
            _ => out.push(Stmt {
                kind: self.compound(p)?,
                span,
            }),
        }
        Ok(())
    }

    /// The statements of a block (or of the rest of a header's line).
    fn suite(&mut self, p: P) -> Result<Vec<Stmt>, Error> {
        let mut out = Vec::new();
        self.depth += 1;
        let built = p
            .into_inner()
            .try_for_each(|stmt| self.statement(stmt, &mut out));
        self.depth -= 1;
        built.map(|()| out)
    }

    /// A block in a function's body (or not) and a loop's (or not).
    fn suite_in(&mut self, p: P, in_function: bool, in_loop: bool) -> Result<Vec<Stmt>, Error> {
        let outer = (self.in_function, self.in_loop);
        (self.in_function, self.in_loop) = (in_function, in_loop);
        let body = self.suite(p);
        (self.in_function, self.in_loop) = outer;
        body
    }

    /// A whole expression from the front of a pair stream.
    fn test(&mut self, s: &mut Stream) -> Result<Expr, Error> {
        Ok(self.expr(s, Prec::Ternary, 0)?.expr)
    }

    /// `a, b` as a target list or a value list: a tuple if there is a comma.
    fn list_of(&mut self, p: P) -> Result<Expr, Error> {
        Ok(self.sequence(&mut p.into_inner().peekable(), 0)?.expr)
    }

    /// An assignment target list (of `for` or a comprehension).
    fn target(&mut self, p: P) -> Result<Expr, Error> {
        self.target_to(p, "assign to")
    }

    /// A target list, `verb` naming what is done to it in errors
    /// ("assign to", or "delete" for `del`).
    fn target_to(&mut self, p: P, verb: &str) -> Result<Expr, Error> {
        let target = self.list_of(p)?;
        if let Some(bad) = invalid_target(&target) {
            return Err(Error::syntax(
                format!("cannot {verb} {}", expr_name(bad)),
                bad.span,
            ));
        }
        if verb == "delete"
            && let Some(star) = first_starred(&target)
        {
            return Err(Error::syntax("cannot delete starred", star.span));
        }
        if let Some(e) = starred_error(&target) {
            return Err(e);
        }
        Ok(target)
    }

    fn compound(&mut self, p: P) -> Result<StmtKind, Error> {
        let span = self.span_of(&p);
        let rule = p.as_rule();
        let mut s = p.into_inner().peekable();
        s.next(); // the keyword
        let misplaced = match rule {
            Rule::break_stmt if !self.in_loop => Some("'break' outside loop"),
            Rule::continue_stmt if !self.in_loop => Some("'continue' not properly in loop"),
            Rule::return_stmt if !self.in_function => Some("'return' outside function"),
            Rule::yield_stmt if !self.in_function => Some("'yield' outside function"),
            _ => None,
        };
        if let Some(message) = misplaced {
            self.defer(Error::syntax(message, span));
        }
        Ok(match rule {
            Rule::break_stmt => StmtKind::Break,
            Rule::continue_stmt => StmtKind::Continue,
            Rule::return_stmt => StmtKind::Return(match s.peek() {
                Some(_) => Some(self.sequence(&mut s, 0)?.expr),
                None => None,
            }),
            Rule::yield_stmt => {
                let (value, from) = self.yield_value(&mut s, span)?;
                StmtKind::Yield {
                    value,
                    from,
                    targets: Vec::new(),
                    at: span,
                }
            }
            Rule::raise_stmt => {
                let mut exc = None;
                let mut cause = None;
                for part in s {
                    match part.as_rule() {
                        Rule::raise_exc => {
                            exc = Some(self.test(&mut part.into_inner().peekable())?)
                        }
                        Rule::raise_cause => {
                            cause = Some(self.test(&mut part.into_inner().peekable())?)
                        }
                        _ => {}
                    }
                }
                StmtKind::Raise { exc, cause }
            }
            Rule::assert_stmt => {
                let test = s.next().ok_or_else(|| internal(span))?;
                let test = self.test(&mut test.into_inner().peekable())?;
                let msg = match s.next() {
                    Some(m) => Some(self.test(&mut m.into_inner().peekable())?),
                    None => None,
                };
                StmtKind::Assert { test, msg }
            }
            Rule::del_stmt => {
                let t = s.next().ok_or_else(|| internal(span))?;
                let target = self.target_to(t, "delete")?;
                StmtKind::Delete(match target.kind {
                    ExprKind::Tuple(items) => items,
                    _ => vec![target],
                })
            }
            Rule::global_stmt | Rule::nonlocal_stmt => {
                let names = s.map(|n| self.ident(&n)).collect();
                if rule == Rule::global_stmt {
                    StmtKind::Global(names)
                } else {
                    StmtKind::Nonlocal(names)
                }
            }
            Rule::if_stmt | Rule::while_stmt => {
                let test = self.test(&mut s)?;
                let block = s.next().ok_or_else(|| internal(span))?;
                let in_loop = self.in_loop || rule == Rule::while_stmt;
                let body = self.suite_in(block, self.in_function, in_loop)?;
                let orelse = self.else_chain(&mut s)?;
                if rule == Rule::if_stmt {
                    StmtKind::If { test, body, orelse }
                } else {
                    StmtKind::While { test, body, orelse }
                }
            }
            Rule::for_stmt => {
                let target = self.target(s.next().ok_or_else(|| internal(span))?)?;
                s.next(); // `in`
                let iter = self.list_of(s.next().ok_or_else(|| internal(span))?)?;
                let block = s.next().ok_or_else(|| internal(span))?;
                let body = self.suite_in(block, self.in_function, true)?;
                let orelse = self.else_chain(&mut s)?;
                StmtKind::For {
                    target,
                    iter,
                    body,
                    orelse,
                }
            }
            Rule::try_stmt => {
                let body = self.suite(s.next().ok_or_else(|| internal(span))?)?;
                let mut handlers = Vec::new();
                let mut orelse = Vec::new();
                let mut finalbody = Vec::new();
                for clause in s {
                    let rule = clause.as_rule();
                    let cspan = self.span_of(&clause);
                    let mut c = clause.into_inner().peekable();
                    c.next(); // the keyword
                    match rule {
                        Rule::except_clause => {
                            let mut class = None;
                            let mut name = None;
                            let mut body = Vec::new();
                            for part in c {
                                match part.as_rule() {
                                    Rule::except_class => class = Some(self.list_of(part)?),
                                    Rule::name => name = Some(self.ident(&part)),
                                    Rule::suite => body = self.suite(part)?,
                                    _ => {}
                                }
                            }
                            handlers.push(Handler {
                                class,
                                name,
                                body,
                                span: cspan,
                            });
                        }
                        Rule::else_clause => {
                            orelse = self.suite(c.next().ok_or_else(|| internal(cspan))?)?
                        }
                        _ => finalbody = self.suite(c.next().ok_or_else(|| internal(cspan))?)?,
                    }
                }
                StmtKind::Try {
                    body,
                    handlers,
                    orelse,
                    finalbody,
                }
            }
            Rule::with_stmt => {
                let mut items = Vec::new();
                let mut body = Vec::new();
                for part in s {
                    match part.as_rule() {
                        Rule::with_item => {
                            let mut p = part.into_inner().peekable();
                            let context = self.test(&mut p)?;
                            p.next(); // `as`
                            let target = match p.next() {
                                Some(t) => Some(self.target(t)?),
                                None => None,
                            };
                            items.push((context, target));
                        }
                        Rule::suite => body = self.suite(part)?,
                        _ => {}
                    }
                }
                StmtKind::With { items, body }
            }
            Rule::def_stmt => {
                let name = self.ident(&s.next().ok_or_else(|| internal(span))?);
                let mut params = Vec::new();
                let mut body = Vec::new();
                let mut returns = None;
                for part in s {
                    match part.as_rule() {
                        Rule::params => params = self.params(part)?,
                        Rule::annotation => returns = Some(self.annotation(part)?),
                        Rule::suite => body = self.suite_in(part, true, false)?,
                        _ => {}
                    }
                }
                StmtKind::FunctionDef(std::sync::Arc::new(Function {
                    name,
                    params,
                    body,
                    is_lambda: false,
                    returns,
                }))
            }
            Rule::class_stmt => {
                let name = self.ident(&s.next().ok_or_else(|| internal(span))?);
                let mut bases = Vec::new();
                let mut body = Vec::new();
                for part in s {
                    match part.as_rule() {
                        Rule::call => {
                            // Bases are arguments but not a generator: CPython
                            // fails at the `for`.
                            let comp = part
                                .clone()
                                .into_inner()
                                .find(|c| c.as_rule() == Rule::comp_for);
                            if let Some(c) = comp {
                                let at = self.span_of(&c).start;
                                return Err(Error::syntax("invalid syntax", Span::new(at, at + 3)));
                            }
                            bases = self.args(part, 0)?.0
                        }
                        Rule::suite => body = self.suite_in(part, false, false)?,
                        _ => {}
                    }
                }
                StmtKind::ClassDef(std::sync::Arc::new(ClassDef { name, bases, body }))
            }
            _ => return Err(internal(span)),
        })
    }

    /// `@d …` lines and the `def` or `class` they decorate.
    fn decorated(&mut self, p: P) -> Result<StmtKind, Error> {
        let mut decorators = Vec::new();
        let mut def = None;
        for part in p.into_inner() {
            match part.as_rule() {
                Rule::decorator => {
                    let mut inner = part.into_inner().peekable();
                    decorators.push(self.test(&mut inner)?);
                }
                _ => {
                    let span = self.span_of(&part);
                    def = Some(Box::new(Stmt {
                        kind: self.compound(part)?,
                        span,
                    }));
                }
            }
        }
        let def = def.ok_or_else(|| internal(Span::default()))?;
        Ok(StmtKind::Decorated { decorators, def })
    }

    /// The `elif`/`else` clauses after an `if`, `while` or `for` body.
    fn else_chain(&mut self, s: &mut Stream) -> Result<Vec<Stmt>, Error> {
        let Some(clause) = s.next() else {
            return Ok(Vec::new());
        };
        let span = self.span_of(&clause);
        let rule = clause.as_rule();
        let mut c = clause.into_inner().peekable();
        c.next(); // the keyword
        if rule == Rule::else_clause {
            return self.suite(c.next().ok_or_else(|| internal(span))?);
        }
        let test = self.test(&mut c)?;
        let body = self.suite(c.next().ok_or_else(|| internal(span))?)?;
        let orelse = self.else_chain(s)?;
        let span = Span::new(span.start, orelse.last().map_or(span.end, |x| x.span.end));
        // An `elif` line starts after its level marks.
        let start = test.span.start.min(span.start);
        Ok(vec![Stmt {
            kind: StmtKind::If { test, body, orelse },
            span: Span::new(start, span.end),
        }])
    }

    /// A parameter's or a `def`'s return annotation.
    fn annotation(&mut self, p: P) -> Result<Expr, Error> {
        self.test(&mut p.into_inner().peekable())
    }

    /// The parameters of a `def` or `lambda`, with their kinds.
    fn params(&mut self, p: P) -> Result<Vec<Parameter>, Error> {
        let items: Vec<P> = p
            .into_inner()
            .filter(|i| i.as_rule() != Rule::comma)
            .collect();
        let order: Vec<params::Item> = items.iter().map(|i| self.param_item(i)).collect();
        let bare_star = params::check(&order)?;
        let lambdas: Vec<bool> = items
            .iter()
            .map(|i| i.as_rule() == Rule::lambda_star)
            .collect();
        let mut out: Vec<Parameter> = Vec::new();
        let mut keyword_only = false;
        for item in items {
            let rule = item.as_rule();
            let mut parts = item.into_inner();
            let kind = match rule {
                Rule::param_slash => {
                    for q in &mut out {
                        q.kind = ParamKind::PositionalOnly;
                    }
                    continue;
                }
                Rule::param_star | Rule::lambda_star => {
                    keyword_only = true;
                    ParamKind::VarPositional
                }
                Rule::param_kwargs | Rule::lambda_kwargs => ParamKind::VarKeyword,
                Rule::param | Rule::lambda_param if keyword_only => ParamKind::KeywordOnly,
                Rule::param | Rule::lambda_param => ParamKind::Normal,
                _ => continue,
            };
            let Some(name) = parts.next() else {
                continue;
            };
            let name = self.ident(&name);
            let mut default = None;
            let mut annotation = None;
            for part in parts {
                match part.as_rule() {
                    Rule::default => {
                        default = Some(self.test(&mut part.into_inner().peekable())?);
                    }
                    Rule::annotation => annotation = Some(self.annotation(part)?),
                    _ => {}
                }
            }
            if out.iter().any(|q| q.name.name == name.name) {
                return Err(Error::syntax(
                    format!("duplicate argument '{}' in function definition", name.name),
                    name.span,
                ));
            }
            out.push(Parameter {
                name,
                kind,
                default,
                annotation,
            });
        }
        // CPython's invalid_star_etc: `*` followed by `)` or `**kwargs`;
        // for a lambda it points at the last token of `*:`, `*, :` or `*, **`.
        if let Some((i, lambda)) = bare_star.map(|i| (i, lambdas[i])) {
            let mut at = order[i].head;
            if lambda {
                let tokens = self.lexemes.iter().filter(|l| {
                    l.span().start >= order[i].head.end && matches!(l.lex, lexer::Lex::Token(_))
                });
                for l in tokens.take(2) {
                    at = l.span();
                    if &self.src[l.span().start..l.span().end] != "," {
                        break;
                    }
                }
            }
            return Err(Error::syntax("named arguments must follow bare *", at));
        }
        Ok(out)
    }

    /// One parameter item as the order check sees it.
    fn param_item(&self, item: &P) -> params::Item {
        let span = self.span_of(item);
        let mut head = span;
        let mut default = false;
        let mut eq = None;
        for part in item.clone().into_inner() {
            match part.as_rule() {
                Rule::default => default = true,
                Rule::star_default => {
                    let s = self.span_of(&part);
                    eq = Some(Span::new(s.start, s.start + 1));
                }
                _ => head.end = self.span_of(&part).end,
            }
        }
        let named = item.clone().into_inner().next().is_some();
        let kind = match item.as_rule() {
            Rule::param_slash => params::Kind::Slash,
            Rule::param_star | Rule::lambda_star => params::Kind::Star { named, eq },
            Rule::param_kwargs | Rule::lambda_kwargs => params::Kind::Kwargs { eq },
            _ => params::Kind::Plain { default },
        };
        if !named {
            head.end = span.end;
        }
        let next = self
            .lexemes
            .iter()
            .find(|l| l.span().start >= span.end && significant(l))
            .map(|l| l.span());
        let comma_after = next.is_some_and(|n| &self.src[n.start..n.end] == ",");
        params::Item {
            kind,
            head,
            next,
            comma_after,
        }
    }

    /// The `for`/`if` clauses of a comprehension, flattened.
    fn comprehension(&mut self, p: P) -> Result<Vec<Comprehension>, Error> {
        let mut out: Vec<Comprehension> = Vec::new();
        let mut next = Some(p);
        while let Some(clause) = next.take() {
            let span = self.span_of(&clause);
            let rule = clause.as_rule();
            let mut s = clause.into_inner().peekable();
            s.next(); // the keyword
            if rule == Rule::comp_for {
                let target = self.target(s.next().ok_or_else(|| internal(span))?)?;
                s.next(); // `in`
                let iter = s.next().ok_or_else(|| internal(span))?;
                let iter = self
                    .expr(&mut iter.into_inner().peekable(), Prec::Or, 0)?
                    .expr;
                out.push(Comprehension {
                    target,
                    iter,
                    ifs: Vec::new(),
                });
            } else {
                let cond = self.expr(&mut s, Prec::Or, 0)?.expr;
                out.last_mut().ok_or_else(|| internal(span))?.ifs.push(cond);
            }
            next = s.next();
        }
        Ok(out)
    }

    fn assign(&mut self, p: P) -> Result<Stmt, Error> {
        let span = self.span_of(&p);
        let mut s = p.into_inner().peekable();
        let mut segments = vec![self.sequence(&mut s, 0)?];
        let mut aug = None;
        while let Some(sep) = s.next() {
            if let Some(Rule::yield_value) = s.peek().map(|p| p.as_rule()) {
                return self.yield_assign(segments, s.next().ok_or_else(|| internal(span))?, span);
            }
            if sep.as_rule() == Rule::ann_assign {
                let target = segments.pop().ok_or_else(|| internal(span))?;
                return self.ann_assign(target, sep, span);
            }
            if sep.as_rule() == Rule::augassign {
                aug = Some(sep);
            }
            segments.push(self.sequence(&mut s, 0)?);
        }
        let value = segments.pop().ok_or_else(|| internal(span))?;
        self.no_bare_star(&value)?;
        if let Some(op) = aug {
            let target = segments.pop().ok_or_else(|| internal(span))?;
            let op = binop(&op.as_str()[..op.as_str().len() - 1]).ok_or_else(|| internal(span))?;
            if !matches!(
                target.expr.kind,
                ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..)
            ) {
                return Err(Error::syntax(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(&target.expr)
                    ),
                    target.expr.span,
                ));
            }
            return Ok(Stmt {
                kind: StmtKind::AugAssign {
                    target: target.expr,
                    op,
                    value: value.expr,
                },
                span,
            });
        }
        if segments.is_empty() {
            return Ok(Stmt {
                kind: StmtKind::Expr(value.expr),
                span,
            });
        }
        segments.push(value);
        check_targets(&segments)?;
        let value = segments.pop().ok_or_else(|| internal(span))?.expr;
        let targets = segments.into_iter().map(|t| t.expr).collect();
        Ok(Stmt {
            kind: StmtKind::Assign { targets, value },
            span,
        })
    }

    /// What follows `yield`: nothing, values, or `from` and an iterable
    /// (the bool).
    fn yield_value(&mut self, s: &mut Stream, span: Span) -> Result<(Option<Expr>, bool), Error> {
        Ok(match s.peek().map(|p| p.as_rule()) {
            None => (None, false),
            Some(Rule::yield_from) => {
                let mut inner = s
                    .next()
                    .ok_or_else(|| internal(span))?
                    .into_inner()
                    .peekable();
                inner.next(); // `from`
                (Some(self.test(&mut inner)?), true)
            }
            Some(_) => (Some(self.sequence(s, 0)?.expr), false),
        })
    }

    /// `targets = yield [value]`.
    fn yield_assign(&mut self, targets: Vec<Built>, p: P, span: Span) -> Result<Stmt, Error> {
        let at = self.span_of(&p);
        if !self.in_function {
            self.defer(Error::syntax("'yield' outside function", at));
        }
        if let Some(bad) = bad_target(&targets)? {
            return Err(cannot_assign(bad));
        }
        let mut s = p.into_inner().peekable();
        s.next(); // the keyword
        let (value, from) = self.yield_value(&mut s, span)?;
        Ok(Stmt {
            kind: StmtKind::Yield {
                value,
                from,
                targets: targets.into_iter().map(|t| t.expr).collect(),
                at,
            },
            span,
        })
    }

    /// `target: annotation [= value]`, with CPython's `invalid_assignment`
    /// errors for targets that cannot be annotated.
    fn ann_assign(&mut self, target: Built, p: P, span: Span) -> Result<Stmt, Error> {
        let colon = Span::new(self.span_of(&p).start, self.span_of(&p).start + 1);
        let mut parts = p.into_inner().peekable();
        let annotation = self.annotation(parts.next().ok_or_else(|| internal(span))?)?;
        let value = match parts.next() {
            Some(_assign_eq) => {
                let value = self.sequence(&mut parts, 0)?;
                self.no_bare_star(&value)?;
                Some(value.expr)
            }
            None => None,
        };
        let not_single = |what: &str, at: Span| {
            Err(Error::syntax(
                format!("only single target (not {what}) can be annotated"),
                at,
            ))
        };
        match &target.expr.kind {
            ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => {}
            ExprKind::Tuple(items) if !target.paren && target.outer == target.expr.span => {
                return not_single("tuple", items.first().map_or(target.outer, |i| i.span));
            }
            ExprKind::Tuple(_) => return not_single("tuple", target.expr.span),
            ExprKind::List(_) | ExprKind::PackedList { .. } => {
                return not_single("list", target.expr.span);
            }
            ExprKind::Starred(_) => return Err(Error::syntax("invalid syntax", colon)),
            _ => {
                return Err(Error::syntax("illegal target for annotation", target.outer));
            }
        }
        Ok(Stmt {
            kind: StmtKind::AnnAssign {
                simple: !target.paren && matches!(target.expr.kind, ExprKind::Name(_)),
                target: target.expr,
                annotation,
                value,
            },
            span,
        })
    }

    /// `*a` alone as a statement or assigned value (CPython: a compile error).
    fn no_bare_star(&mut self, b: &Built) -> Result<(), Error> {
        if matches!(b.expr.kind, ExprKind::Starred(_)) {
            self.defer(Error::syntax(
                "can't use starred expression here",
                b.expr.span,
            ));
        }
        Ok(())
    }

    /// Comma-separated items up to the next `=`/`op=` (or the end): a tuple
    /// if there is a comma.
    fn sequence(&mut self, s: &mut Stream, depth: usize) -> Result<Built, Error> {
        let (items, comma) = self.items(s, depth)?;
        match (items.len(), comma) {
            (1, None) => Ok(items
                .into_iter()
                .next()
                .ok_or_else(|| internal(Span::default()))?),
            _ => {
                let start = items.first().map_or(0, |b| b.outer.start);
                let end = comma
                    .map_or(0, |c| c.end)
                    .max(items.last().map_or(0, |b| b.outer.end));
                self.tuple(items, Span::new(start, end))
            }
        }
    }

    fn tuple(&self, items: Vec<Built>, span: Span) -> Result<Built, Error> {
        let height = 1 + items.iter().map(|b| b.height).max().unwrap_or(0);
        node(
            ExprKind::Tuple(items.into_iter().map(|b| b.expr).collect()),
            span,
            span,
            height,
        )
    }

    /// Items separated by commas; returns them and the span of the last comma.
    fn items(&mut self, s: &mut Stream, depth: usize) -> Result<(Vec<Built>, Option<Span>), Error> {
        let mut items = Vec::new();
        let mut comma = None;
        while let Some(p) = s.peek() {
            if matches!(p.as_rule(), Rule::assign_eq | Rule::augassign) {
                break;
            }
            items.push(self.item(s, depth)?);
            match s.peek() {
                Some(c) if c.as_rule() == Rule::comma => {
                    comma = Some(self.span_of(c));
                    s.next();
                }
                _ => break,
            }
        }
        Ok((items, comma))
    }

    fn item(&mut self, s: &mut Stream, depth: usize) -> Result<Built, Error> {
        let p = s.peek().ok_or_else(|| internal(Span::default()))?;
        match p.as_rule() {
            Rule::starred | Rule::starred_arg => {
                let p = s.next().ok_or_else(|| internal(Span::default()))?;
                let span = self.span_of(&p);
                let inner = self.expr(&mut p.into_inner().peekable(), Prec::Ternary, depth + 1)?;
                node(
                    ExprKind::Starred(Box::new(inner.expr)),
                    span,
                    span,
                    inner.height + 1,
                )
            }
            Rule::slice => {
                let p = s.next().ok_or_else(|| internal(Span::default()))?;
                let span = self.span_of(&p);
                // Only a lower bound, no `:`: a plain index expression.
                let mut parts_iter = p.clone().into_inner();
                if let (Some(lo), None) = (parts_iter.next(), parts_iter.next())
                    && lo.as_rule() == Rule::slice_lo
                {
                    return self.expr(&mut lo.into_inner().peekable(), Prec::Ternary, depth);
                }
                let mut parts = [None, None, None];
                let mut height = 0;
                for part in p.into_inner() {
                    let slot = match part.as_rule() {
                        Rule::slice_lo => 0,
                        Rule::slice_hi => 1,
                        _ => 2,
                    };
                    let mut inner = part.into_inner().peekable();
                    if inner.peek().is_some() {
                        let b = self.expr(&mut inner, Prec::Ternary, depth + 1)?;
                        height = height.max(b.height);
                        parts[slot] = Some(Box::new(b.expr));
                    }
                }
                let [lo, hi, step] = parts;
                node(ExprKind::Slice(lo, hi, step), span, span, height + 1)
            }
            _ => self.expr(s, Prec::Ternary, depth),
        }
    }

    /// Precedence climbing over the flat pair run of one expression.
    fn expr(&mut self, s: &mut Stream, min: Prec, depth: usize) -> Result<Built, Error> {
        if depth > super::depth_limit() {
            return Err(too_deep());
        }
        let first = s.next().ok_or_else(|| internal(Span::default()))?;
        let first_span = self.span_of(&first);
        let mut lhs = match first.as_rule() {
            Rule::named => {
                let mut inner = first.into_inner().peekable();
                let name = inner.next().ok_or_else(|| internal(first_span))?;
                let name = self.ident(&name);
                let value = self.expr(&mut inner, Prec::Ternary, depth + 1)?;
                node(
                    ExprKind::Named(name, Box::new(value.expr)),
                    first_span,
                    first_span,
                    value.height + 1,
                )?
            }
            Rule::kw_not => {
                let operand = self.expr(s, Prec::Not, depth + 1)?;
                let span = first_span.to(operand.outer);
                node(
                    ExprKind::Not(Box::new(operand.expr)),
                    span,
                    span,
                    operand.height + 1,
                )?
            }
            Rule::unary_op => {
                let op = match first.as_str() {
                    "-" => UnaryOp::Neg,
                    "+" => UnaryOp::Pos,
                    _ => UnaryOp::Invert,
                };
                let operand = self.expr(s, Prec::Unary, depth + 1)?;
                let span = first_span.to(operand.outer);
                node(
                    ExprKind::Unary(op, Box::new(operand.expr)),
                    span,
                    span,
                    operand.height + 1,
                )?
            }
            _ => {
                let atom = self.atom(first, depth)?;
                self.trailers(s, atom, depth)?
            }
        };
        while let Some(prec) = s.peek().and_then(|op| infix(op.as_rule())) {
            if prec < min {
                break;
            }
            let op = s.next().ok_or_else(|| internal(Span::default()))?;
            lhs = match prec {
                Prec::Ternary => {
                    let cond = self.expr(s, Prec::Or, depth + 1)?;
                    s.next(); // `else`
                    let orelse = self.expr(s, Prec::Ternary, depth + 1)?;
                    let span = lhs.outer.to(orelse.outer);
                    let height = 1 + lhs.height.max(cond.height).max(orelse.height);
                    let kind = ExprKind::IfElse {
                        cond: Box::new(cond.expr),
                        body: Box::new(lhs.expr),
                        orelse: Box::new(orelse.expr),
                    };
                    node(kind, span, span, height)?
                }
                Prec::Or | Prec::And => {
                    let mut values = vec![lhs];
                    values.push(self.expr(s, prec.tighter(), depth + 1)?);
                    while s.peek().is_some_and(|p| p.as_rule() == op.as_rule()) {
                        s.next();
                        values.push(self.expr(s, prec.tighter(), depth + 1)?);
                    }
                    let span = values[0].outer.to(values[values.len() - 1].outer);
                    let height = 1 + values.iter().map(|v| v.height).max().unwrap_or(0);
                    let which = if prec == Prec::Or {
                        BoolOp::Or
                    } else {
                        BoolOp::And
                    };
                    node(
                        ExprKind::BoolOp(which, values.into_iter().map(|v| v.expr).collect()),
                        span,
                        span,
                        height,
                    )?
                }
                Prec::Compare => {
                    let mut ops = Vec::new();
                    let mut height = lhs.height;
                    let mut end = lhs.outer;
                    let mut next_op = Some(op);
                    while let Some(op) = next_op {
                        let rhs = self.expr(s, Prec::BitOr, depth + 1)?;
                        height = height.max(rhs.height);
                        end = rhs.outer;
                        ops.push((cmpop(&op), rhs.expr));
                        next_op = if s.peek().is_some_and(|p| p.as_rule() == Rule::comp_op) {
                            s.next()
                        } else {
                            None
                        };
                    }
                    let span = lhs.outer.to(end);
                    node(
                        ExprKind::Compare(Box::new(lhs.expr), ops),
                        span,
                        span,
                        height + 1,
                    )?
                }
                _ => {
                    let next = if prec == Prec::Pow {
                        Prec::Unary
                    } else {
                        prec.tighter()
                    };
                    let rhs = self.expr(s, next, depth + 1)?;
                    let op = binop(op.as_str()).ok_or_else(|| internal(self.span_of(&op)))?;
                    let span = lhs.outer.to(rhs.outer);
                    let height = 1 + lhs.height.max(rhs.height);
                    node(
                        ExprKind::Binary(op, Box::new(lhs.expr), Box::new(rhs.expr)),
                        span,
                        span,
                        height,
                    )?
                }
            };
        }
        Ok(lhs)
    }

    fn trailers(&mut self, s: &mut Stream, mut value: Built, depth: usize) -> Result<Built, Error> {
        while let Some(rule) = s.peek().map(|p| p.as_rule()) {
            if !matches!(rule, Rule::call | Rule::subscript | Rule::attribute) {
                break;
            }
            let p = s.next().ok_or_else(|| internal(Span::default()))?;
            let span = value.outer.to(self.span_of(&p));
            value = match rule {
                Rule::attribute => {
                    let name = p.into_inner().next().ok_or_else(|| internal(span))?;
                    let name = self.ident(&name);
                    node(
                        ExprKind::Attribute(Box::new(value.expr), name),
                        span,
                        span,
                        value.height + 1,
                    )?
                }
                Rule::call => {
                    let (args, height) = self.args(p, depth)?;
                    let kind = ExprKind::Call {
                        func: Box::new(value.expr),
                        args,
                    };
                    node(kind, span, span, 1 + value.height.max(height))?
                }
                _ => {
                    let mut inner = p.into_inner().peekable();
                    let (items, comma) = self.items(&mut inner, depth + 1)?;
                    if let Some(star) = items
                        .iter()
                        .find(|b| matches!(b.expr.kind, ExprKind::Starred(_)))
                    {
                        return Err(Error::syntax(
                            "starred expressions in subscripts are not supported in npcalc",
                            star.expr.span,
                        ));
                    }
                    let index = match (items.len(), comma) {
                        (1, None) => items.into_iter().next().ok_or_else(|| internal(span))?,
                        _ => {
                            let start = items.first().map_or(0, |b| b.outer.start);
                            let end = comma
                                .map_or(0, |c| c.end)
                                .max(items.last().map_or(0, |b| b.outer.end));
                            self.tuple(items, Span::new(start, end))?
                        }
                    };
                    let height = 1 + value.height.max(index.height);
                    node(
                        ExprKind::Subscript(Box::new(value.expr), Box::new(index.expr)),
                        span,
                        span,
                        height,
                    )?
                }
            };
        }
        Ok(value)
    }

    fn args(&mut self, call: P, depth: usize) -> Result<(Vec<Arg>, usize), Error> {
        let end = self.text.to_src(self.base + call.as_span().end());
        // CPython points at the token it was looking at: the closing `)`.
        let close = Span::new(end - 1, end);
        let mut args: Vec<Arg> = Vec::new();
        let mut height = 0;
        let mut s = call.into_inner().peekable();
        while let Some(p) = s.peek() {
            match p.as_rule() {
                Rule::comma => {
                    s.next();
                }
                Rule::kwarg => {
                    let p = s.next().ok_or_else(|| internal(Span::default()))?;
                    let whole = self.span_of(&p);
                    let mut inner = p.into_inner().peekable();
                    let name = inner.next().ok_or_else(|| internal(whole))?;
                    let name = self.ident(&name);
                    let value = self.expr(&mut inner, Prec::Ternary, depth + 1)?;
                    height = height.max(value.height);
                    if s.peek().is_some_and(|c| c.as_rule() == Rule::comp_for) {
                        // `f(a=x for x in xs)`: CPython's invalid_arguments.
                        let eq = self
                            .lexemes
                            .iter()
                            .find(|l| l.span().start >= name.span.end && significant(l))
                            .map_or(name.span.end, |l| l.span().end);
                        return Err(Error::syntax(
                            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                            Span::new(name.span.start, eq),
                        ));
                    }
                    if args
                        .iter()
                        .any(|a| matches!(a, Arg::Keyword(k, _) if k.name == name.name))
                    {
                        self.defer(Error::syntax(
                            format!("keyword argument repeated: {}", name.name),
                            whole,
                        ));
                    }
                    args.push(Arg::Keyword(name, value.expr));
                }
                Rule::kwargs_arg => {
                    let p = s.next().ok_or_else(|| internal(Span::default()))?;
                    let mut inner = p.into_inner().peekable();
                    let value = self.expr(&mut inner, Prec::Ternary, depth + 1)?;
                    height = height.max(value.height);
                    args.push(Arg::Unpack(value.expr));
                }
                _ => {
                    let mut value = self.item(&mut s, depth + 1)?;
                    if s.peek().is_some_and(|c| c.as_rule() == Rule::comp_for) {
                        // `f(x for x in xs)`: a generator as the only argument.
                        let clause = s.next().ok_or_else(|| internal(close))?;
                        let span = value.outer.to(self.span_of(&clause));
                        let generators = self.comprehension(clause)?;
                        let kind = ExprKind::Comp {
                            kind: CompKind::Generator,
                            elt: Box::new(value.expr),
                            generators,
                        };
                        value = node(kind, span, span, value.height + 2)?;
                    }
                    height = height.max(value.height);
                    let starred = matches!(value.expr.kind, ExprKind::Starred(_));
                    if args.iter().any(|a| matches!(a, Arg::Unpack(_))) {
                        return Err(Error::syntax(
                            if starred {
                                "iterable argument unpacking follows keyword argument unpacking"
                            } else {
                                "positional argument follows keyword argument unpacking"
                            },
                            close,
                        ));
                    }
                    if !starred && args.iter().any(|a| matches!(a, Arg::Keyword(..))) {
                        return Err(Error::syntax(
                            "positional argument follows keyword argument",
                            close,
                        ));
                    }
                    args.push(Arg::Positional(value.expr));
                }
            }
        }
        // A script's trees are all built before it runs: no spare capacity.
        args.shrink_to_fit();
        Ok((args, height))
    }

    /// A list of literals read straight from the lexemes (see `text`);
    /// `i` is at its `[` and ends past its `]`. Builds what the pest path
    /// would.
    fn literal_list(&self, i: &mut usize, depth: usize) -> Result<Built, Error> {
        if depth > super::depth_limit() {
            return Err(too_deep());
        }
        if let Some((packed, next)) = self.packed_list(*i) {
            *i = next;
            return Ok(packed);
        }
        let start = self.lexemes[*i].span().start;
        *i += 1;
        // The items' trees go straight into the list's own vector (a
        // million-item literal keeps one tree per item, not two).
        let mut items: Vec<Expr> = Vec::new();
        let mut height = 0;
        let mut sign: Option<(UnaryOp, Span)> = None;
        while let Some(l) = self.lexemes.get(*i) {
            let span = l.span();
            let t = &self.src[span.start..span.end];
            if !significant(l) || t == "," {
                *i += 1;
                continue;
            }
            let leaf = match l.lex {
                Lex::Token(TokenKind::Close) => {
                    *i += 1;
                    let span = Span::new(start, span.end);
                    items.shrink_to_fit();
                    return node(ExprKind::List(items), span, span, 1 + height);
                }
                Lex::Token(TokenKind::Open) => {
                    let inner = self.literal_list(i, depth + 1)?;
                    height = height.max(inner.height);
                    items.push(inner.expr);
                    continue;
                }
                Lex::Token(TokenKind::Operator) => {
                    sign = Some((if t == "-" { UnaryOp::Neg } else { UnaryOp::Pos }, span));
                    *i += 1;
                    continue;
                }
                Lex::Token(TokenKind::Number) => {
                    *i += 1;
                    node(number(t, span)?, span, span, 1)?
                }
                Lex::Token(TokenKind::String) => {
                    // Adjacent strings concatenate, across comments and lines.
                    let mut end = *i;
                    for (j, n) in self.lexemes.iter().enumerate().skip(*i + 1) {
                        if n.lex == Lex::Token(TokenKind::String) {
                            end = j;
                        } else if significant(n) {
                            break;
                        }
                    }
                    let whole = Span::new(span.start, self.lexemes[end].span().end);
                    let mut text = String::new();
                    for s in &self.lexemes[*i..=end] {
                        if s.lex == Lex::Token(TokenKind::String) {
                            let piece =
                                string(&self.src[s.span().start..s.span().end]).map_err(|e| {
                                    Error::syntax(
                                        e,
                                        super::errors::token_after(
                                            self.src,
                                            self.lexemes,
                                            whole.end,
                                        ),
                                    )
                                })?;
                            text.push_str(&piece);
                        }
                    }
                    *i = end + 1;
                    node(ExprKind::Str(text), whole, whole, 1)?
                }
                _ => {
                    *i += 1;
                    let kind = match t {
                        "True" => ExprKind::Bool(true),
                        "False" => ExprKind::Bool(false),
                        _ => ExprKind::None,
                    };
                    node(kind, span, span, 1)?
                }
            };
            let item = match sign.take() {
                Some((op, at)) => {
                    let span = at.to(leaf.outer);
                    node(ExprKind::Unary(op, Box::new(leaf.expr)), span, span, 2)?
                }
                None => leaf,
            };
            height = height.max(item.height);
            items.push(item.expr);
        }
        Err(internal(Span::new(start, start)))
    }

    /// The list display opening at lexeme `open` as a `PackedList`, when
    /// its items are what `Packed::of_literals` packs (number literals with
    /// at most one sign, all ints of 64 bits or all floats), and the lexeme
    /// after it; None leaves the display to the general path.
    fn packed_list(&self, open: usize) -> Option<(Built, usize)> {
        let mut packed: Option<Packed> = None;
        let mut first: Option<Expr> = None;
        let mut sign: Option<(UnaryOp, Span)> = None;
        let mut signed = false;
        let mut i = open + 1;
        while let Some(l) = self.lexemes.get(i) {
            i += 1;
            let span = l.span();
            let t = &self.src[span.start..span.end];
            if !significant(l) || t == "," {
                continue;
            }
            match l.lex {
                Lex::Token(TokenKind::Operator) => {
                    sign = Some((if t == "-" { UnaryOp::Neg } else { UnaryOp::Pos }, span));
                    continue;
                }
                Lex::Token(TokenKind::Close) => {
                    let span = Span::new(self.lexemes[open].span().start, span.end);
                    let kind = ExprKind::PackedList {
                        items: packed?,
                        first: Box::new(first?),
                    };
                    let height = if signed { 3 } else { 2 };
                    return node(kind, span, span, height).ok().map(|b| (b, i));
                }
                Lex::Token(TokenKind::Number) => {}
                _ => return None,
            }
            let neg = matches!(sign, Some((UnaryOp::Neg, _)));
            signed |= sign.is_some();
            // An int as `of_literals` reads it: its magnitude fits in 64 bits.
            let (int, float) = match small_decimal(t) {
                Some(n) => (Some(i64::try_from(n).ok()?), None),
                None => match number(t, span).ok()? {
                    ExprKind::Int(n) => (Some(num_traits::ToPrimitive::to_i64(&n)?), None),
                    ExprKind::Float(f) => (None, Some(f)),
                    _ => return None,
                },
            };
            if first.is_none() {
                let kind = match (int, float) {
                    (Some(n), _) => ExprKind::Int(BigInt::from(n)),
                    (_, f) => ExprKind::Float(f?),
                };
                let leaf = Expr { kind, span };
                first = Some(match sign {
                    Some((op, at)) => Expr {
                        kind: ExprKind::Unary(op, Box::new(leaf)),
                        span: at.to(span),
                    },
                    None => leaf,
                });
            }
            sign = None;
            let items = packed.get_or_insert_with(|| match int {
                Some(_) => Packed::Ints(Vec::new()),
                None => Packed::Floats(Vec::new()),
            });
            match (items, int, float) {
                (Packed::Ints(xs), Some(n), _) => xs.push(if neg { n.checked_neg()? } else { n }),
                (Packed::Floats(xs), _, Some(f)) => xs.push(if neg { -f } else { f }),
                _ => return None,
            }
        }
        None
    }

    fn atom(&mut self, p: P, depth: usize) -> Result<Built, Error> {
        let span = self.span_of(&p);
        let leaf = |kind| node(kind, span, span, 1);
        match p.as_rule() {
            Rule::number => leaf(number(p.as_str(), span)?),
            Rule::strings
                if p.clone().into_inner().any(|s| {
                    string_parts(s.as_str())
                        .0
                        .to_ascii_lowercase()
                        .contains('f')
                }) =>
            {
                let mut parts = Vec::new();
                for s in p.into_inner() {
                    let start = self.span_of(&s).start;
                    super::fstring::literal(
                        s.as_str(),
                        start,
                        super::depth_limit().saturating_sub(depth + 2),
                        &mut parts,
                    )
                    .map_err(|mut e| {
                        // CPython 3.11 reads an f-string's fields after its
                        // tokenizer has moved on: their errors point at the
                        // token after the literal.
                        if e.message.starts_with("f-string: ") {
                            e.span =
                                Some(super::errors::token_after(self.src, self.lexemes, span.end));
                        }
                        e
                    })?;
                }
                leaf(ExprKind::FString(parts))
            }
            Rule::strings => {
                let mut text = String::new();
                for s in p.into_inner() {
                    let decoded = string(s.as_str()).map_err(|e| {
                        // CPython reports it at the token after the literal.
                        Error::syntax(
                            e,
                            super::errors::token_after(self.src, self.lexemes, span.end),
                        )
                    })?;
                    text.push_str(&decoded);
                }
                leaf(ExprKind::Str(text))
            }
            Rule::name => leaf(ExprKind::Name(p.as_str().to_string())),
            Rule::kw_none => leaf(ExprKind::None),
            Rule::kw_true => leaf(ExprKind::Bool(true)),
            Rule::kw_false => leaf(ExprKind::Bool(false)),
            Rule::ellipsis => leaf(ExprKind::Ellipsis),
            Rule::list if self.fast_lists.binary_search(&span.start).is_ok() => {
                let mut i = self
                    .lexemes
                    .partition_point(|l| l.span().start < span.start);
                self.literal_list(&mut i, depth + 1)
            }
            Rule::list | Rule::paren | Rule::brace
                if p.clone()
                    .into_inner()
                    .last()
                    .is_some_and(|c| c.as_rule() == Rule::comp_for) =>
            {
                let rule = p.as_rule();
                let mut inner = p.into_inner().peekable();
                let kind = match rule {
                    Rule::list => CompKind::List,
                    Rule::paren => CompKind::Generator,
                    _ => CompKind::Set,
                };
                if let Some(u) = inner.peek().filter(|f| f.as_rule() == Rule::dict_unpack) {
                    return Err(Error::syntax(
                        "dict unpacking cannot be used in dict comprehension",
                        self.span_of(u),
                    ));
                }
                let elt = self.item(&mut inner, depth + 1)?;
                if let Some(v) = inner.next_if(|v| v.as_rule() == Rule::dict_value) {
                    let value = self.test(&mut v.into_inner().peekable())?;
                    let clause = inner.next().ok_or_else(|| internal(span))?;
                    let generators = self.comprehension(clause)?;
                    let kind = ExprKind::DictComp {
                        key: Box::new(elt.expr),
                        value: Box::new(value),
                        generators,
                    };
                    return node(kind, span, span, elt.height + 2);
                }
                let clause = inner.next().ok_or_else(|| internal(span))?;
                let generators = self.comprehension(clause)?;
                let kind = ExprKind::Comp {
                    kind,
                    elt: Box::new(elt.expr),
                    generators,
                };
                node(kind, span, span, elt.height + 2)
            }
            Rule::brace => {
                let mut inner = p.into_inner().peekable();
                let mut pairs = Vec::new();
                let mut elements = Vec::new();
                let mut height = 0;
                while inner.peek().is_some() {
                    if inner.next_if(|c| c.as_rule() == Rule::comma).is_some() {
                        continue;
                    }
                    if let Some(u) = inner.next_if(|c| c.as_rule() == Rule::dict_unpack) {
                        if !elements.is_empty() {
                            let at = self.span_of(&u).start;
                            return Err(Error::syntax("invalid syntax", Span::new(at, at + 2)));
                        }
                        let mut u = u.into_inner().peekable();
                        pairs.push((None, self.expr(&mut u, Prec::BitOr, depth + 1)?.expr));
                        continue;
                    }
                    let item = self.item(&mut inner, depth + 1)?;
                    height = height.max(item.height);
                    let value = inner.next_if(|v| v.as_rule() == Rule::dict_value);
                    // A dict or a set, as its first item says (CPython's
                    // invalid_double_starred_kvpairs and invalid_kvpair).
                    match (&value, pairs.is_empty() && elements.is_empty()) {
                        (None, false) if !pairs.is_empty() => {
                            let end = item.expr.span.end;
                            let last = self.src[..end]
                                .chars()
                                .next_back()
                                .map_or(1, char::len_utf8);
                            return Err(Error::syntax(
                                "':' expected after dictionary key",
                                Span::new(end - last, end),
                            ));
                        }
                        (Some(v), false) if !elements.is_empty() => {
                            let colon = self.span_of(v).start;
                            return Err(Error::syntax(
                                "invalid syntax",
                                Span::new(colon, colon + 1),
                            ));
                        }
                        _ => {}
                    }
                    match value {
                        Some(v) => {
                            let value = self.expr(
                                &mut v.into_inner().peekable(),
                                Prec::Ternary,
                                depth + 1,
                            )?;
                            height = height.max(value.height);
                            pairs.push((Some(item.expr), value.expr));
                        }
                        None => elements.push(item.expr),
                    }
                }
                let kind = if elements.is_empty() {
                    ExprKind::Dict(pairs)
                } else if pairs.is_empty() {
                    ExprKind::Set(elements)
                } else {
                    return Err(Error::syntax("invalid syntax", span));
                };
                node(kind, span, span, height + 1)
            }
            Rule::lambdef => {
                let mut inner = p.into_inner().peekable();
                let kw = inner.next().ok_or_else(|| internal(span))?;
                let mut params = Vec::new();
                if inner
                    .peek()
                    .is_some_and(|q| q.as_rule() == Rule::lambda_params)
                {
                    params = self.params(inner.next().ok_or_else(|| internal(span))?)?;
                }
                let body = self.expr(&mut inner, Prec::Ternary, depth + 1)?;
                let ret = Stmt {
                    span: body.expr.span,
                    kind: StmtKind::Return(Some(body.expr)),
                };
                let name = Ident {
                    name: "<lambda>".into(),
                    span: self.span_of(&kw),
                };
                let f = Function {
                    name,
                    params,
                    body: vec![ret],
                    is_lambda: true,
                    returns: None,
                };
                node(
                    ExprKind::Lambda(std::sync::Arc::new(f)),
                    span,
                    span,
                    body.height + 1,
                )
            }
            Rule::list => {
                let (items, _) = self.items(&mut p.into_inner().peekable(), depth + 1)?;
                let height = 1 + items.iter().map(|b| b.height).max().unwrap_or(0);
                node(
                    ExprKind::List(items.into_iter().map(|b| b.expr).collect()),
                    span,
                    span,
                    height,
                )
            }
            Rule::paren => {
                let (items, comma) = self.items(&mut p.into_inner().peekable(), depth + 1)?;
                if items.len() == 1 && comma.is_none() {
                    let mut inner = items.into_iter().next().ok_or_else(|| internal(span))?;
                    if matches!(inner.expr.kind, ExprKind::Starred(_)) {
                        return Err(Error::syntax(
                            "cannot use starred expression here",
                            inner.expr.span,
                        ));
                    }
                    inner.outer = span;
                    inner.paren = true;
                    Ok(inner)
                } else {
                    let mut tuple = self.tuple(items, span)?;
                    tuple.paren = true;
                    Ok(tuple)
                }
            }
            _ => Err(internal(span)),
        }
    }
}

fn node(kind: ExprKind, span: Span, outer: Span, height: usize) -> Result<Built, Error> {
    if height > super::depth_limit() {
        return Err(too_deep());
    }
    Ok(Built {
        expr: Expr { kind, span },
        height,
        outer,
        paren: false,
    })
}

/// A state the grammar rules out; reported rather than panicking.
fn internal(span: Span) -> Error {
    Error::syntax("invalid syntax", span)
}

fn binop(op: &str) -> Option<BinOp> {
    Some(match op {
        "+" => BinOp::Add,
        "-" => BinOp::Sub,
        "*" => BinOp::Mul,
        "/" => BinOp::Div,
        "//" => BinOp::FloorDiv,
        "%" => BinOp::Mod,
        "**" => BinOp::Pow,
        "@" => BinOp::MatMul,
        "&" => BinOp::BitAnd,
        "|" => BinOp::BitOr,
        "^" => BinOp::BitXor,
        "<<" => BinOp::LShift,
        ">>" => BinOp::RShift,
        _ => return None,
    })
}

fn cmpop(op: &P) -> CmpOp {
    match op.clone().into_inner().next().map(|p| p.as_rule()) {
        Some(Rule::not_in) => CmpOp::NotIn,
        Some(Rule::is_not) => CmpOp::IsNot,
        Some(Rule::kw_in) => CmpOp::In,
        Some(Rule::kw_is) => CmpOp::Is,
        _ => match op.as_str() {
            "==" => CmpOp::Eq,
            "!=" => CmpOp::Ne,
            "<" => CmpOp::Lt,
            "<=" => CmpOp::Le,
            ">" => CmpOp::Gt,
            _ => CmpOp::Ge,
        },
    }
}

/// The value of a numeric literal the grammar has accepted; a decimal int
/// of more than 4300 digits is CPython's SyntaxError.
/// Plain decimal digits that fit in 64 bits, the bulk of data literals,
/// read in one pass.
fn small_decimal(text: &str) -> Option<u64> {
    let digits = text.as_bytes();
    (digits.len() < 20 && digits.iter().all(u8::is_ascii_digit)).then(|| {
        digits
            .iter()
            .fold(0u64, |v, &c| v * 10 + u64::from(c - b'0'))
    })
}

fn number(text: &str, span: Span) -> Result<ExprKind, Error> {
    if let Some(small) = small_decimal(text) {
        return Ok(ExprKind::Int(BigInt::from(small)));
    }
    let (mut underscore, mut float) = (false, false);
    for &c in text.as_bytes() {
        underscore |= c == b'_';
        float |= matches!(c, b'.' | b'e' | b'E');
    }
    let cleaned: Cow<str> = if underscore {
        Cow::Owned(text.replace('_', ""))
    } else {
        Cow::Borrowed(text)
    };
    let t = cleaned.as_ref();
    let radix = match t.as_bytes().get(..2) {
        Some(b"0x" | b"0X") => 16,
        Some(b"0o" | b"0O") => 8,
        Some(b"0b" | b"0B") => 2,
        _ => 10,
    };
    if radix != 10 {
        return Ok(ExprKind::Int(
            BigInt::parse_bytes(&t.as_bytes()[2..], radix).unwrap_or_default(),
        ));
    }
    if matches!(t.as_bytes().last(), Some(b'j' | b'J')) {
        return Ok(ExprKind::Imag(t[..t.len() - 1].parse().unwrap_or(f64::NAN)));
    }
    if float {
        return Ok(ExprKind::Float(t.parse().unwrap_or(f64::NAN)));
    }
    if t.len() > 4300 {
        return Err(Error::syntax(
            format!(
                "Exceeds the limit (4300 digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit - Consider hexadecimal for huge integer literals to avoid decimal conversion limits.",
                t.len()
            ),
            span,
        ));
    }
    Ok(ExprKind::Int(
        BigInt::parse_bytes(t.as_bytes(), 10).unwrap_or_default(),
    ))
}

/// The value of one string literal token, with Python's escapes; line ends
/// inside are read as `\n` like CPython's universal newlines. The error is
/// CPython's "(unicode error)" message.
fn string(text: &str) -> Result<String, String> {
    let (prefix, body, _) = string_parts(text);
    unescape(body, prefix.to_ascii_lowercase().contains('r'))
}

/// A string literal's prefix, body (inside the quotes) and the body's
/// offset in the literal.
pub(crate) fn string_parts(text: &str) -> (&str, &str, usize) {
    let prefix_len = text.find(['"', '\'']).unwrap_or(0);
    let body = &text[prefix_len..];
    let q = if body.starts_with("\"\"\"") || body.starts_with("\'\'\'") {
        3
    } else {
        1
    };
    let inner = body.get(q..body.len().saturating_sub(q)).unwrap_or("");
    (&text[..prefix_len], inner, prefix_len + q)
}

/// The value of a string body: escapes decoded unless raw.
pub(crate) fn unescape(body: &str, raw: bool) -> Result<String, String> {
    let body = body.replace("\r\n", "\n").replace('\r', "\n");
    if raw {
        return Ok(body);
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    let fail = |start: usize, end: usize, what: &str| {
        format!(
            "(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {what}"
        )
    };
    while i < b.len() {
        let Some(rel) = body[i..].find('\\') else {
            out.push_str(&body[i..]);
            break;
        };
        out.push_str(&body[i..i + rel]);
        let start = i + rel;
        let Some(&c) = b.get(start + 1) else {
            out.push('\\');
            break;
        };
        i = start + 2;
        match c {
            b'\n' => {}
            b'\\' => out.push('\\'),
            b'\'' => out.push('\''),
            b'"' => out.push('"'),
            b'a' => out.push('\x07'),
            b'b' => out.push('\x08'),
            b'f' => out.push('\x0c'),
            b'n' => out.push('\n'),
            b'r' => out.push('\r'),
            b't' => out.push('\t'),
            b'v' => out.push('\x0b'),
            b'0'..=b'7' => {
                let mut value = (c - b'0') as u32;
                let mut n = 1;
                while n < 3 && b.get(i).is_some_and(|d| (b'0'..=b'7').contains(d)) {
                    value = value * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    n += 1;
                }
                // At most \777: always a character.
                out.extend(char::from_u32(value));
            }
            b'x' | b'u' | b'U' => {
                let (len, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let digits = b[i..]
                    .iter()
                    .take(len)
                    .take_while(|d| d.is_ascii_hexdigit())
                    .count();
                if digits < len {
                    return Err(fail(start, start + 1 + digits, what));
                }
                let value = u32::from_str_radix(&body[i..i + len], 16).unwrap_or(u32::MAX);
                i += len;
                match char::from_u32(value) {
                    Some(ch) => out.push(ch),
                    None if value <= 0x10ffff => {
                        return Err(format!(
                            "the lone surrogate \\u{value:04x} is not supported in npcalc (its strings are UTF-8)"
                        ));
                    }
                    None => return Err(fail(start, i - 1, "illegal Unicode character")),
                }
            }
            b'N' => return Err("\\N{...} escapes are not supported in npcalc".to_string()),
            _ => {
                // Unknown escapes keep their backslash (CPython only warns).
                out.push('\\');
                i = start + 1;
            }
        }
    }
    Ok(out)
}

/// CPython's `_PyPegen_get_expr_name`: what "cannot assign to ..." calls a node.
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Imag(_) | ExprKind::Str(_) => "literal",
        ExprKind::Bool(true) => "True",
        ExprKind::Bool(false) => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "ellipsis",
        ExprKind::Name(_) => "name",
        ExprKind::List(_) | ExprKind::PackedList { .. } => "list",
        ExprKind::Tuple(_) => "tuple",
        ExprKind::Compare(..) => "comparison",
        ExprKind::IfElse { .. } => "conditional expression",
        ExprKind::Attribute(..) => "attribute",
        ExprKind::Subscript(..) => "subscript",
        ExprKind::Call { .. } => "function call",
        ExprKind::Starred(_) => "starred",
        ExprKind::Named(..) => "named expression",
        ExprKind::Slice(..) => "slice",
        ExprKind::Unary(..) | ExprKind::Binary(..) | ExprKind::BoolOp(..) | ExprKind::Not(_) => {
            "expression"
        }
        ExprKind::Dict(_) => "dict literal",
        ExprKind::Set(_) => "set display",
        ExprKind::Comp {
            kind: CompKind::List,
            ..
        } => "list comprehension",
        ExprKind::Comp {
            kind: CompKind::Set,
            ..
        } => "set comprehension",
        ExprKind::Comp {
            kind: CompKind::Generator,
            ..
        } => "generator expression",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Lambda(_) => "lambda",
        ExprKind::FString(_) => "f-string expression",
    }
}

/// CPython's `_PyPegen_get_invalid_target`: the first node that cannot be
/// assigned to.
fn invalid_target(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Name(_) | ExprKind::Attribute(..) | ExprKind::Subscript(..) => None,
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(invalid_target),
        ExprKind::PackedList { first, .. } => Some(first),
        ExprKind::Starred(inner) => invalid_target(inner),
        _ => Some(e),
    }
}

/// CPython's errors for starred targets: one `*name` per tuple or list,
/// and never on its own.
/// The first `*x` in a target list, nested lists and tuples included.
fn first_starred(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Starred(_) => Some(e),
        ExprKind::Tuple(items) | ExprKind::List(items) => items.iter().find_map(first_starred),
        _ => None,
    }
}

fn starred_error(e: &Expr) -> Option<Error> {
    match &e.kind {
        ExprKind::Starred(_) => Some(Error::syntax(
            "starred assignment target must be in a list or tuple",
            e.span,
        )),
        _ => starred_items_error(e),
    }
}

fn starred_items_error(e: &Expr) -> Option<Error> {
    let (ExprKind::Tuple(items) | ExprKind::List(items)) = &e.kind else {
        return None;
    };
    let stars = items
        .iter()
        .filter(|x| matches!(x.kind, ExprKind::Starred(_)))
        .count();
    if stars > 1 {
        return Some(Error::syntax(
            "multiple starred expressions in assignment",
            e.span,
        ));
    }
    items.iter().find_map(|x| match &x.kind {
        ExprKind::Starred(inner) => starred_items_error(inner),
        _ => starred_items_error(x),
    })
}

/// Whether CPython's `bitwise_or` rule covers exactly this expression.
fn is_bitwise_or(e: &Expr, paren: bool) -> bool {
    paren
        || !matches!(
            e.kind,
            ExprKind::Compare(..)
                | ExprKind::BoolOp(..)
                | ExprKind::Not(_)
                | ExprKind::IfElse { .. }
                | ExprKind::Starred(_)
                | ExprKind::Tuple(_)
        )
}

/// The elements of a tuple written without parentheses.
fn bare_elements(b: &Built) -> Option<&[Expr]> {
    match &b.expr.kind {
        ExprKind::Tuple(items) if !b.paren => Some(items),
        _ => None,
    }
}

/// The `bitwise_or` an expression starts with, if any.
fn leading_bitwise_or(e: &Expr) -> Option<&Expr> {
    match &e.kind {
        ExprKind::Compare(first, _) => leading_bitwise_or(first),
        ExprKind::BoolOp(_, values) => values.first().and_then(leading_bitwise_or),
        ExprKind::IfElse { body, .. } => leading_bitwise_or(body),
        ExprKind::Not(_) | ExprKind::Starred(_) => None,
        _ => Some(e),
    }
}

/// Validates `t1 = t2 = ... = value` the way CPython 3.11's second parser
/// pass does, with its messages.
fn check_targets(segments: &[Built]) -> Result<(), Error> {
    let Some(bad) = bad_target(&segments[..segments.len() - 1])? else {
        return Ok(());
    };
    if let Some(e) = named_expression_error(&segments[0], &segments[1], segments.len() == 2) {
        return Err(e);
    }
    Err(cannot_assign(bad))
}

/// The first target that cannot be assigned to; Err for a misused `*`.
fn bad_target(targets: &[Built]) -> Result<Option<&Expr>, Error> {
    match targets.iter().find_map(|t| invalid_target(&t.expr)) {
        Some(bad) => Ok(Some(bad)),
        None => match targets.iter().find_map(|t| starred_error(&t.expr)) {
            Some(e) => Err(e),
            None => Ok(None),
        },
    }
}

fn cannot_assign(bad: &Expr) -> Error {
    Error::syntax(format!("cannot assign to {}", expr_name(bad)), bad.span)
}

/// CPython's `invalid_named_expression`, tried on the expression just before
/// the first `=` and the `bitwise_or` just after it (which must not be
/// followed by another `=`).
fn named_expression_error(first: &Built, next: &Built, next_is_last: bool) -> Option<Error> {
    let (e, e_paren) = match bare_elements(first) {
        Some(items) => (items.last()?, false),
        None => (&first.expr, first.paren),
    };
    let (b, followed_by_eq) = match bare_elements(next) {
        Some(items) => (leading_bitwise_or(items.first()?)?, false),
        None if next.paren => (&next.expr, !next_is_last),
        None => {
            let b = leading_bitwise_or(&next.expr)?;
            (b, !next_is_last && std::ptr::eq(b, &next.expr))
        }
    };
    if followed_by_eq {
        return None;
    }
    if matches!(e.kind, ExprKind::Name(_)) {
        let span = e.span.to(b.span);
        return Some(Error::syntax(
            "invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
            span,
        ));
    }
    let excluded = matches!(
        e.kind,
        ExprKind::List(_)
            | ExprKind::PackedList { .. }
            | ExprKind::Tuple(_)
            | ExprKind::Bool(_)
            | ExprKind::None
    );
    if excluded || !is_bitwise_or(e, e_paren) {
        return None;
    }
    let message = format!(
        "cannot assign to {} here. Maybe you meant '==' instead of '='?",
        expr_name(e)
    );
    Some(Error::syntax(message, e.span))
}
