//! A compiled pattern and its searches, in characters as `_sre` counts
//! them. fancy-regex matches leftmost-first by backtracking priority, as
//! `_sre` does; the translation gives it Python's syntax and classes.

use super::parse::{self, Node, Seq};
use crate::error::{Error, Exc, Result};
use fancy_regex::{Regex, RegexBuilder, RegexInput};

#[derive(Debug)]
pub struct Pattern {
    pub source: std::rc::Rc<str>,
    pub flags: u32,
    pub groups: usize,
    pub names: Vec<(String, usize)>,
    /// Each group's enclosing group (0: none), for `lastindex`.
    parents: Vec<usize>,
    regex: Regex,
    /// The pattern followed by `\z`, for `fullmatch`.
    full: Regex,
    /// The pattern that rejects empty matches, for `_sre`'s `must_advance`
    /// after an empty match (None when it can only match empty).
    not_empty: Option<Regex>,
}

/// A match's group spans in characters (index 0 the whole match).
pub type Spans = Vec<Option<(usize, usize)>>;

fn build(pattern: String, not_empty: bool) -> std::result::Result<Regex, fancy_regex::Error> {
    let mut b = RegexBuilder::new(&pattern);
    b.find_not_empty(not_empty);
    b.build()
}

fn refused(e: fancy_regex::Error) -> Error {
    Error::new(
        Exc::NotImplementedError,
        format!("npcalc does not support this regular expression ({e})"),
    )
}

fn runtime(e: fancy_regex::Error) -> Error {
    Error::new(
        Exc::RuntimeError,
        format!("npcalc does not support this regular expression search: {e}"),
    )
}

fn record_parents(seq: &Seq, parent: usize, parents: &mut Vec<usize>) {
    for node in seq {
        match node {
            Node::Group { index, body, .. } => {
                if let Some(g) = index {
                    if parents.len() <= *g {
                        parents.resize(*g + 1, 0);
                    }
                    parents[*g] = parent;
                }
                record_parents(body, index.unwrap_or(parent), parents);
            }
            Node::Atomic(body) | Node::Look { body, .. } | Node::Repeat { item: body, .. } => {
                record_parents(body, parent, parents)
            }
            Node::GroupRefExists { yes, no, .. } => {
                record_parents(yes, parent, parents);
                if let Some(no) = no {
                    record_parents(no, parent, parents);
                }
            }
            Node::Branch(items) => items
                .iter()
                .for_each(|b| record_parents(b, parent, parents)),
            _ => {}
        }
    }
}

impl Pattern {
    pub fn compile(source: &str, flags: u32) -> Result<Pattern> {
        let parsed = parse::parse(source, flags)?;
        let text = super::translate::translate(&parsed.tree, parsed.flags);
        let regex = build(text.clone(), false).map_err(refused)?;
        let full = build(format!("(?:{text})\\z"), false).map_err(refused)?;
        let not_empty = match build(text, true) {
            Ok(r) => Some(r),
            Err(fancy_regex::Error::CompileError(_)) => None,
            Err(e) => return Err(refused(e)),
        };
        let mut parents = vec![0; parsed.groups + 1];
        record_parents(&parsed.tree, 0, &mut parents);
        Ok(Pattern {
            source: source.into(),
            flags: parsed.flags,
            groups: parsed.groups,
            names: parsed.names,
            parents,
            regex,
            full,
            not_empty,
        })
    }

    pub fn group_name(&self, g: usize) -> Option<&str> {
        self.names
            .iter()
            .find(|(_, i)| *i == g)
            .map(|(n, _)| n.as_str())
    }

    /// `lastindex`: the group whose closing was matched last — the latest
    /// end, and of two ending together the enclosing one, else the later.
    pub fn lastindex(&self, spans: &Spans) -> Option<usize> {
        let encloses = |outer: usize, mut g: usize| {
            while g != 0 {
                g = self.parents[g];
                if g == outer {
                    return true;
                }
            }
            false
        };
        let mut best: Option<(usize, usize)> = None;
        for (g, span) in spans.iter().enumerate().skip(1) {
            let Some((_, end)) = span else { continue };
            best = match best {
                Some((b, bend)) if bend > *end || (bend == *end && encloses(b, g)) => {
                    Some((b, bend))
                }
                _ => Some((g, *end)),
            };
        }
        best.map(|(g, _)| g)
    }
}

/// The subject string with its characters' byte offsets.
pub struct Subject<'a> {
    pub text: &'a str,
    offsets: Option<Vec<usize>>,
    pub len: usize,
}

impl<'a> Subject<'a> {
    pub fn new(text: &'a str) -> Subject<'a> {
        if text.is_ascii() {
            return Subject {
                text,
                offsets: None,
                len: text.len(),
            };
        }
        let mut offsets: Vec<usize> = text.char_indices().map(|(b, _)| b).collect();
        offsets.push(text.len());
        Subject {
            text,
            len: offsets.len() - 1,
            offsets: Some(offsets),
        }
    }

    pub fn byte(&self, ch: usize) -> usize {
        self.offsets.as_ref().map_or(ch, |o| o[ch])
    }

    fn char_at(&self, byte: usize) -> usize {
        match &self.offsets {
            None => byte,
            Some(o) => o.partition_point(|&b| b < byte),
        }
    }

    /// The characters from `a` to `b`.
    pub fn slice(&self, a: usize, b: usize) -> &'a str {
        &self.text[self.byte(a)..self.byte(b)]
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Search,
    Match,
    FullMatch,
    /// `_sre`'s `must_advance`: a non-empty match at the position.
    NonEmpty,
}

impl Pattern {
    /// One search of `subject[..endpos]` from `pos` (both in characters).
    pub fn find(
        &self,
        s: &Subject,
        pos: usize,
        endpos: usize,
        mode: Mode,
    ) -> Result<Option<Spans>> {
        if pos > endpos {
            return Ok(None);
        }
        let regex = match mode {
            Mode::Search | Mode::Match => &self.regex,
            Mode::FullMatch => &self.full,
            Mode::NonEmpty => match &self.not_empty {
                Some(r) => r,
                None => return Ok(None),
            },
        };
        let hay = &s.text[..s.byte(endpos)];
        let input = RegexInput::new(hay)
            .from_pos(s.byte(pos))
            .anchored(mode != Mode::Search);
        let Some(caps) = regex.captures_input(input).map_err(runtime)? else {
            return Ok(None);
        };
        Ok(Some(
            (0..=self.groups)
                .map(|g| {
                    caps.get(g)
                        .map(|m| (s.char_at(m.start()), s.char_at(m.end())))
                })
                .collect(),
        ))
    }

    /// The next match of an iteration (`finditer`, `sub`, `split`): after an
    /// empty match the next one must not be empty at the same place, as
    /// Python 3.7's `_sre` has it.
    pub fn next_match(
        &self,
        s: &Subject,
        pos: usize,
        endpos: usize,
        must_advance: bool,
    ) -> Result<Option<Spans>> {
        if !must_advance {
            return self.find(s, pos, endpos, Mode::Search);
        }
        if let Some(m) = self.find(s, pos, endpos, Mode::NonEmpty)? {
            return Ok(Some(m));
        }
        if pos >= endpos {
            return Ok(None);
        }
        self.find(s, pos + 1, endpos, Mode::Search)
    }
}

/// Iterates the matches of `pattern` in `subject[pos..endpos]`.
pub struct Matches<'p, 's> {
    pub pattern: &'p Pattern,
    pub subject: &'s Subject<'s>,
    pub pos: usize,
    pub endpos: usize,
    pub must_advance: bool,
    pub done: bool,
}

impl Matches<'_, '_> {
    pub fn next_spans(&mut self) -> Result<Option<Spans>> {
        if self.done {
            return Ok(None);
        }
        let found =
            self.pattern
                .next_match(self.subject, self.pos, self.endpos, self.must_advance)?;
        match &found {
            Some(spans) => {
                let (a, b) = spans[0].unwrap_or((self.pos, self.pos));
                self.must_advance = a == b;
                self.pos = b;
            }
            None => self.done = true,
        }
        Ok(found)
    }
}
