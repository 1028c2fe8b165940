//! One fresh npcalc workspace per checked file, running examples through the
//! session runner of `front::run` and capturing what they print.

use super::compare::Got;
use crate::eval::SharedBuffer;
use crate::front::commands;
use crate::front::run::{Outcome, RunOptions, Runner};
use crate::syntax;

pub struct Workspace {
    runner: Runner,
    out: SharedBuffer,
}

/// What a notebook-style cell produced: printed text and the value of its
/// last expression kept apart (nbformat's `stream` and `execute_result`).
#[derive(Debug, Default)]
pub struct CellGot {
    pub stream: String,
    pub result: Option<String>,
    pub exception: Option<String>,
}

impl CellGot {
    /// Everything the cell showed, in order, as one text.
    pub fn as_got(&self) -> Got {
        Got {
            stdout: self.stream.clone() + self.result.as_deref().unwrap_or(""),
            exception: self.exception.clone(),
        }
    }
}

impl Default for Workspace {
    fn default() -> Workspace {
        let out = SharedBuffer::default();
        let options = RunOptions {
            echo: true,
            transcript: false,
            color: false,
        };
        // Errors are taken from the runner as `Class: message`; warnings go to
        // stderr, which doctest does not compare either.
        let mut runner = Runner::new(Box::new(out.clone()), Box::new(std::io::sink()), options);
        runner.ipython = Some(Default::default());
        Workspace { runner, out }
    }
}

impl Workspace {
    /// Runs one doctest example as typed at the prompt: every expression
    /// statement is echoed.
    pub fn run_example(&mut self, source: &str) -> Got {
        self.runner.options.echo = true;
        self.runner.take_last_error();
        let failed = self.runner.run_chunk(source) != Outcome::Ok;
        Got {
            stdout: self.out.take(),
            exception: self.runner.take_last_error().filter(|_| failed),
        }
    }

    /// Runs a code cell as Jupyter does: statement after statement, stopping
    /// at the first error; only the last statement's value is shown, as
    /// IPython's displayhook shows it. Lines starting with `%` are IPython's
    /// line magics; a first line starting with `%%` is a cell magic.
    pub fn run_cell(&mut self, source: &str) -> CellGot {
        if source.trim_start().starts_with("%%") {
            let source = source.trim_start();
            let (header, body) = source.split_once('\n').unwrap_or((source, ""));
            self.runner.take_last_error();
            self.runner.options.echo = true;
            self.runner.echo_capture = Some(String::new());
            let outcome = commands::cell_magic(&mut self.runner, header, body);
            return self.cell_got(outcome);
        }
        let chunks: Vec<_> = syntax::chunks(source)
            .into_iter()
            .filter(|r| !source[r.clone()].trim().is_empty())
            .collect();
        let mut got = CellGot::default();
        self.runner.take_last_error();
        for (i, range) in chunks.iter().enumerate() {
            let last = i + 1 == chunks.len();
            self.runner.options.echo = last;
            self.runner.echo_capture = last.then(String::new);
            let chunk = &source[range.clone()];
            let outcome = match chunk.trim_start().strip_prefix('%') {
                Some(magic) => {
                    let magic = magic.trim();
                    let (name, rest) = magic
                        .split_once(char::is_whitespace)
                        .map_or((magic, ""), |(c, r)| (c, r.trim()));
                    commands::magic(&mut self.runner, &format!("%{name}"), rest, chunk.trim())
                }
                None => self.runner.run_chunk(chunk),
            };
            if outcome != Outcome::Ok {
                got.exception = self.runner.take_last_error();
                break;
            }
        }
        got.result = self.runner.echo_capture.take().filter(|r| !r.is_empty());
        got.stream = self.out.take();
        got
    }

    fn cell_got(&mut self, outcome: Outcome) -> CellGot {
        let exception = if outcome == Outcome::Ok {
            None
        } else {
            self.runner.take_last_error()
        };
        CellGot {
            result: self.runner.echo_capture.take().filter(|r| !r.is_empty()),
            stream: self.out.take(),
            exception,
        }
    }

    /// Runs a Python file's body as `import` does (`python -m doctest FILE`
    /// imports the module before running its docstrings' examples): named
    /// `name`, so `if __name__ == "__main__":` blocks are skipped; what it
    /// prints is dropped. Returns the error that stopped it, if any.
    pub fn run_module(&mut self, source: &str, name: &str) -> Option<String> {
        self.runner.interp.module_name = name.to_string();
        self.runner.options.echo = false;
        self.runner.take_last_error();
        let status = self.runner.run_script(source, name);
        self.out.take();
        let error = self.runner.take_last_error();
        (status != 0).then(|| error.unwrap_or_else(|| "SyntaxError".to_string()))
    }

    /// Runs a whole file as a script (`npcalc FILE`), returning its stdout.
    pub fn run_script(&mut self, source: &str, name: &str) -> Got {
        self.runner.options.echo = false;
        self.runner.take_last_error();
        let status = self.runner.run_script(source, name);
        Got {
            stdout: self.out.take(),
            exception: self.runner.take_last_error().filter(|_| status != 0),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_share_one_workspace() {
        let mut ws = Workspace::default();
        assert_eq!(ws.run_example("a = np.array([1, 2])\n"), Got::default());
        assert_eq!(ws.run_example("a.cumsum()\n").stdout, "array([1, 3])\n");
        let err = ws.run_example("a.cumsum(axis=1)\n");
        assert_eq!(
            err.exception.as_deref(),
            Some("numpy.exceptions.AxisError: axis 1 is out of bounds for array of dimension 1")
        );
        assert_eq!(ws.run_example("a.sum()\n").exception, None);
    }

    #[test]
    fn a_cell_shows_prints_and_its_last_value_apart() {
        let mut ws = Workspace::default();
        let got = ws.run_cell("x = [1, 2, 3]\nprint(x)\nnp.cumsum(x)\n\n");
        assert_eq!(got.stream, "[1, 2, 3]\n");
        assert_eq!(got.result.as_deref(), Some("array([1, 3, 6])\n"));
        let got = ws.run_cell("np.cumsum(x)\nprint(1)\n");
        assert_eq!((got.stream.as_str(), got.result), ("1\n", None));
        let got = ws.run_cell("print(2)\nnp.cumsum(x, axis=2)\nprint(3)\n");
        assert_eq!(got.stream, "2\n");
        assert!(got.exception.is_some());
    }
}
