//! Comparing expected with actual output by doctest's rules (a port of
//! `doctest.OutputChecker.check_output` and `_ellipsis_match` from CPython
//! 3.11), plus doctest's exception matching: an expected
//! `Traceback (most recent call last):` block matches on its exception line
//! alone, whatever stands between.

/// The doctest option flags npcalc honours, set per example by
/// `# doctest: +FLAG` / `-FLAG` comments.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Flags {
    pub ellipsis: bool,
    pub normalize_whitespace: bool,
    pub skip: bool,
    pub ignore_exception_detail: bool,
    pub dont_accept_true_for_1: bool,
    pub dont_accept_blankline: bool,
}

impl Default for Flags {
    /// `...` in expected output is honoured without a directive: lessons copy
    /// it from NumPy's documentation, which is checked with ELLIPSIS on.
    fn default() -> Flags {
        Flags {
            ellipsis: true,
            normalize_whitespace: false,
            skip: false,
            ignore_exception_detail: false,
            dont_accept_true_for_1: false,
            dont_accept_blankline: false,
        }
    }
}

impl Flags {
    /// Applies the `# doctest: ...` directives found in `source`, as
    /// doctest's `_find_options` reads them.
    pub fn with_directives(mut self, source: &str) -> Result<Flags, String> {
        for line in source.lines() {
            let Some(at) = line.find('#') else { continue };
            let comment = line[at + 1..].trim_start();
            let Some(rest) = comment.strip_prefix("doctest:") else {
                continue;
            };
            if rest.contains(['\'', '"']) {
                continue;
            }
            for option in rest.replace(',', " ").split_whitespace() {
                let (on, name) = match option.split_at(1) {
                    ("+", name) => (true, name),
                    ("-", name) => (false, name),
                    _ => return Err(format!("bad doctest option {option:?}")),
                };
                match name {
                    "ELLIPSIS" => self.ellipsis = on,
                    "NORMALIZE_WHITESPACE" => self.normalize_whitespace = on,
                    "SKIP" => self.skip = on,
                    "IGNORE_EXCEPTION_DETAIL" => self.ignore_exception_detail = on,
                    "DONT_ACCEPT_TRUE_FOR_1" => self.dont_accept_true_for_1 = on,
                    "DONT_ACCEPT_BLANKLINE" => self.dont_accept_blankline = on,
                    // Reporting flags change how doctest prints, not what passes.
                    "REPORT_UDIFF"
                    | "REPORT_CDIFF"
                    | "REPORT_NDIFF"
                    | "REPORT_ONLY_FIRST_FAILURE"
                    | "FAIL_FAST" => {}
                    _ => return Err(format!("npcalc does not support the doctest option {name}")),
                }
            }
        }
        Ok(self)
    }
}

/// What running an example produced.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Got {
    /// Printed and echoed text.
    pub stdout: String,
    /// `Class: message` when the example raised.
    pub exception: Option<String>,
}

const TRACEBACK_HEADER: &str = "Traceback (most recent call last):";

impl Got {
    /// The text a lesson shows for this result: the output, then a doctest
    /// traceback whose body is elided.
    pub fn as_expected(&self) -> String {
        let mut text = self.stdout.clone();
        if let Some(exc) = &self.exception {
            text.push_str(TRACEBACK_HEADER);
            text.push_str("\n  ...\n");
            text.push_str(exc);
            text.push('\n');
        }
        text
    }
}

/// Splits expected text at a traceback header into the output before it and
/// the exception message after the stack (doctest's `_EXCEPTION_RE`: the
/// message starts at the first line after the header beginning with a word
/// character).
fn split_exception(want: &str) -> (&str, Option<&str>) {
    let mut offset = 0;
    for line in want.split_inclusive('\n') {
        if line.trim_end() == TRACEBACK_HEADER || line.trim_end() == "Traceback (innermost last):" {
            let after = offset + line.len();
            let mut at = after;
            for rest in want[after..].split_inclusive('\n') {
                if rest.starts_with(|c: char| c.is_alphanumeric() || c == '_') {
                    return (&want[..offset], Some(&want[at..]));
                }
                at += rest.len();
            }
            return (want, None);
        }
        offset += line.len();
    }
    (want, None)
}

/// Whether `got` satisfies the expected text `want` under `flags`.
pub fn matches(want: &str, got: &Got, flags: Flags) -> bool {
    match (split_exception(want), &got.exception) {
        ((before, Some(want_exc)), Some(got_exc)) => {
            let (want_exc, got_exc) = if flags.ignore_exception_detail {
                (exception_class(want_exc), exception_class(got_exc))
            } else {
                (want_exc.to_string(), got_exc.clone() + "\n")
            };
            check_output(before, &got.stdout, flags) && check_output(&want_exc, &got_exc, flags)
        }
        ((_, None), None) => check_output(want, &got.stdout, flags),
        _ => false,
    }
}

/// IGNORE_EXCEPTION_DETAIL: only the unqualified class name counts.
fn exception_class(line: &str) -> String {
    let class = line.split(':').next().unwrap_or("").trim();
    class.rsplit('.').next().unwrap_or(class).to_string()
}

/// `doctest.OutputChecker.check_output`.
pub fn check_output(want: &str, got: &str, flags: Flags) -> bool {
    if want == got {
        return true;
    }
    if !flags.dont_accept_true_for_1
        && ((got, want) == ("True\n", "1\n") || (got, want) == ("False\n", "0\n"))
    {
        return true;
    }
    let (want, got) = if flags.dont_accept_blankline {
        (want.to_string(), got.to_string())
    } else {
        (remove_blankline_markers(want), blank_whitespace_lines(got))
    };
    if want == got {
        return true;
    }
    if flags.normalize_whitespace {
        let w: Vec<&str> = want.split_whitespace().collect();
        let g: Vec<&str> = got.split_whitespace().collect();
        if w == g {
            return true;
        }
    }
    flags.ellipsis && ellipsis_match(&want, &got)
}

/// `<BLANKLINE>` (and trailing whitespace after it) alone on a line stands
/// for an empty line.
fn remove_blankline_markers(want: &str) -> String {
    want.split_inclusive('\n')
        .map(|line| {
            let body = line.strip_suffix('\n').unwrap_or(line);
            match body.strip_prefix("<BLANKLINE>") {
                Some(rest) if rest.trim().is_empty() => &line[body.len()..],
                _ => line,
            }
        })
        .collect()
}

/// Lines of only spaces or tabs become empty, as doctest does to `got`.
fn blank_whitespace_lines(got: &str) -> String {
    got.split_inclusive('\n')
        .map(|line| {
            let body = line.strip_suffix('\n').unwrap_or(line);
            if !body.is_empty() && body.chars().all(|c| c.is_whitespace()) {
                &line[body.len()..]
            } else {
                line
            }
        })
        .collect()
}

/// `doctest._ellipsis_match`: `...` in `want` matches any text.
pub fn ellipsis_match(want: &str, got: &str) -> bool {
    if !want.contains("...") {
        return want == got;
    }
    let mut pieces: Vec<&str> = want.split("...").collect();
    let (mut start, mut end) = (0, got.len());
    let first = pieces[0];
    if !first.is_empty() {
        if !got.starts_with(first) {
            return false;
        }
        start = first.len();
        pieces.remove(0);
    }
    let last = pieces[pieces.len() - 1];
    if !last.is_empty() {
        if !got.ends_with(last) {
            return false;
        }
        end -= last.len();
        pieces.pop();
    }
    if start > end {
        return false;
    }
    for piece in pieces {
        match got[start..end].find(piece) {
            Some(at) => start += at + piece.len(),
            None => return false,
        }
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    fn got(stdout: &str, exception: Option<&str>) -> Got {
        Got {
            stdout: stdout.into(),
            exception: exception.map(Into::into),
        }
    }

    #[test]
    fn ellipsis_follows_doctest() {
        assert!(ellipsis_match("a...c\n", "abbbc\n"));
        assert!(ellipsis_match("...\n", "anything\n"));
        assert!(!ellipsis_match("aa...aa", "aaa"));
        assert!(ellipsis_match("[1, ..., 9]", "[1, 2, 3, 9]"));
        assert!(!ellipsis_match("x...y...z", "xzy"));
    }

    #[test]
    fn flags_turn_rules_on_and_off() {
        let plain = Flags {
            ellipsis: false,
            ..Flags::default()
        };
        assert!(!check_output("a...\n", "abc\n", plain));
        assert!(check_output("a...\n", "abc\n", Flags::default()));
        let ws = Flags {
            normalize_whitespace: true,
            ..plain
        };
        assert!(check_output("[1, 2,\n 3]\n", "[1, 2, 3]\n", ws));
        assert!(!check_output("[1, 2,\n 3]\n", "[1, 2, 3]\n", plain));
        assert!(check_output("a\n<BLANKLINE>\nb\n", "a\n  \nb\n", plain));
        assert!(check_output("1\n", "True\n", plain));
    }

    #[test]
    fn directives_are_read_from_comments() {
        let f = Flags::default()
            .with_directives("x  # doctest: +NORMALIZE_WHITESPACE, -ELLIPSIS")
            .unwrap();
        assert!(f.normalize_whitespace && !f.ellipsis);
        assert!(
            Flags::default()
                .with_directives("x  # doctest: +SKIP")
                .unwrap()
                .skip
        );
        assert!(
            Flags::default()
                .with_directives("# doctest: +BOGUS")
                .is_err()
        );
    }

    #[test]
    fn tracebacks_match_on_the_exception_line() {
        let want =
            "Traceback (most recent call last):\n  File \"x\", line 1\n    ...\nValueError: bad\n";
        assert!(matches(
            want,
            &got("", Some("ValueError: bad")),
            Flags::default()
        ));
        assert!(!matches(
            want,
            &got("", Some("ValueError: good")),
            Flags::default()
        ));
        assert!(!matches(
            want,
            &got("ValueError: bad\n", None),
            Flags::default()
        ));
        assert!(!matches(
            "1\n",
            &got("", Some("ValueError: bad")),
            Flags::default()
        ));
        let detail = Flags {
            ignore_exception_detail: true,
            ..Flags::default()
        };
        let want = "Traceback (most recent call last):\nnumpy.exceptions.AxisError: x\n";
        assert!(matches(want, &got("", Some("AxisError: y")), detail));
    }

    #[test]
    fn a_result_is_written_back_as_a_doctest_traceback() {
        let g = got("1\n", Some("KeyError: 'a'"));
        let text = g.as_expected();
        assert!(matches(&text, &g, Flags::default()));
    }
}
