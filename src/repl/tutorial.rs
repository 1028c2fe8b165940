//! The tutorial at the prompt: `npcalc --tutorial`, `:lesson [N]`, `:hint`,
//! `:skip`, `:lesson stop`, and `:explain` (bare) of the expected answer.
//! While an exercise is open, every expression's echoed value is checked
//! against the answer (`tutorial::answer`); a right one finishes the lesson,
//! saves progress and starts the next.

use crate::array::Array;
use crate::eval::help::wrap;
use crate::front::commands;
use crate::front::run::{Outcome, RunOptions, Runner};
use crate::tutorial::answer::{Verdict, compare};
use crate::tutorial::{Progress, lessons};
use owo_colors::OwoColorize;
use std::path::PathBuf;

/// The text width lessons are written for.
const WIDTH: usize = 78;

pub struct Tutorial {
    progress: Progress,
    /// None when there is no state directory: progress lasts the session.
    path: Option<PathBuf>,
    exercise: Option<Exercise>,
    color: bool,
}

/// The open exercise.
struct Exercise {
    lesson: usize,
    expected: Array,
    hints_given: usize,
    misses: usize,
}

impl Tutorial {
    pub fn new(history: Option<&std::path::Path>, color: bool) -> Tutorial {
        let path = history.map(Progress::path_beside);
        Tutorial {
            progress: path.as_deref().map(Progress::load).unwrap_or_default(),
            path,
            exercise: None,
            color,
        }
    }

    /// `npcalc --tutorial`: a welcome, then the first unfinished lesson.
    pub fn begin(&mut self, runner: &mut Runner) {
        let welcome = format!(
            "npcalc tutorial: {} short lessons on NumPy's cumulative sums. Each ends \
             with an exercise: type an expression and npcalc checks its value, dtype \
             and shape. Your progress is saved; :lesson lists the lessons.",
            lessons().len()
        );
        say(runner, &(wrap(&welcome, WIDTH) + "\n\n"));
        match self.progress.next(lessons()) {
            Some(i) => self.start(runner, i),
            None => self.list(runner),
        }
    }

    /// Runs one input: a tutorial command, or a session input whose value
    /// is then checked against the open exercise.
    pub fn handle(&mut self, runner: &mut Runner, input: &str) -> Outcome {
        let trimmed = input.trim();
        let (command, rest) = trimmed
            .split_once(char::is_whitespace)
            .map_or((trimmed, ""), |(c, r)| (c, r.trim()));
        match (command, rest) {
            (":lesson", "") => self.list(runner),
            (":lesson", "stop") => {
                self.exercise = None;
                say(
                    runner,
                    "The exercise is closed; :lesson N starts a lesson.\n",
                );
            }
            (":lesson", n) => match n.parse::<usize>() {
                Ok(n) if (1..=lessons().len()).contains(&n) => self.start(runner, n - 1),
                _ => say(
                    runner,
                    &format!(
                        "There are lessons 1 to {}: :lesson N starts one.\n",
                        lessons().len()
                    ),
                ),
            },
            (":hint", _) => self.hint(runner),
            (":skip", _) => match &self.exercise {
                Some(e) => {
                    let next = e.lesson + 1;
                    self.advance(runner, next);
                }
                None => say(runner, "No lesson is open; :lesson lists them.\n"),
            },
            (":explain", "") if self.exercise.is_some() => self.explain_answer(runner),
            _ => {
                let outcome = commands::handle(runner, input);
                // Taken whatever the outcome, so a failed chunk's value is
                // never checked after a later command.
                let echoed = runner.echoed.take();
                if outcome == Outcome::Ok
                    && let Some(value) = echoed
                {
                    self.check(runner, &value);
                }
                return outcome;
            }
        }
        Outcome::Ok
    }

    /// `:lesson`: every lesson, with ✓ for the finished ones.
    fn list(&self, runner: &mut Runner) {
        let mut text = String::from("Lessons (✓ finished):\n");
        for (i, l) in lessons().iter().enumerate() {
            let mark = if self.progress.finished.contains(&l.slug) {
                self.paint("✓", Paint::Good)
            } else {
                " ".into()
            };
            text.push_str(&format!("  {mark} {:>2}  {}\n", i + 1, l.title));
        }
        text.push_str(":lesson N starts lesson N.\n");
        say(runner, &text);
    }

    /// Shows lesson `i` and opens its exercise, with the setup run.
    fn start(&mut self, runner: &mut Runner, i: usize) {
        let l = &lessons()[i];
        let expected = match l.expected() {
            Ok(a) => a,
            Err(e) => {
                runner.report_error(&e, &l.answer);
                return;
            }
        };
        let head = format!("Lesson {} of {}: {}", i + 1, lessons().len(), l.title);
        let mut text = format!(
            "{}\n{}\n\n",
            self.paint(&head, Paint::Title),
            "─".repeat(head.chars().count())
        );
        text.push_str(&wrap(&l.teaches, WIDTH));
        text.push_str("\n\n");
        text.push_str(&show_body(&l.body));
        text.push_str(&format!(
            "\n{} {}\n",
            self.paint("Exercise:", Paint::Title),
            wrap(&l.task, WIDTH - 10)
        ));
        say(runner, &text);
        for line in &l.setup {
            say(runner, &format!(">>> {line}\n"));
            runner.run_chunk(&format!("{line}\n"));
        }
        say(
            runner,
            "(:hint for a hint, :skip to move on, :lesson to list the lessons)\n",
        );
        self.exercise = Some(Exercise {
            lesson: i,
            expected,
            hints_given: 0,
            misses: 0,
        });
    }

    fn hint(&mut self, runner: &mut Runner) {
        let Some(e) = &mut self.exercise else {
            say(runner, "No lesson is open; :lesson lists them.\n");
            return;
        };
        let hints = &lessons()[e.lesson].hints;
        let hint = &hints[e.hints_given.min(hints.len() - 1)];
        e.hints_given += 1;
        say(runner, &(wrap(&format!("Hint: {hint}"), WIDTH) + "\n"));
    }

    fn check(&mut self, runner: &mut Runner, value: &crate::eval::Value) {
        let Some(e) = &mut self.exercise else {
            return;
        };
        match compare(value, &e.expected) {
            Verdict::Right => {
                let lesson = e.lesson;
                let line = format!(
                    "✓ Right: value, dtype and shape match. Lesson {} done.",
                    lesson + 1
                );
                say(runner, &format!("{}\n\n", self.paint(&line, Paint::Good)));
                self.progress
                    .finished
                    .insert(lessons()[lesson].slug.clone());
                if let Some(path) = &self.path
                    && let Err(err) = self.progress.save(path)
                {
                    eprintln!(
                        "npcalc: warning: progress not saved to {}: {err}",
                        path.display()
                    );
                }
                self.advance(runner, lesson + 1);
            }
            Verdict::Wrong(why) => {
                e.misses += 1;
                let next = if e.misses >= 2 {
                    "Type :explain to see the expected answer worked out."
                } else {
                    "Type :hint for a hint."
                };
                let line = wrap(&format!("✗ Not yet: {why}. {next}"), WIDTH);
                say(runner, &format!("{}\n", self.paint(&line, Paint::Bad)));
            }
        }
    }

    /// Opens lesson `i`, or ends the tutorial after the last one.
    fn advance(&mut self, runner: &mut Runner, i: usize) {
        if i < lessons().len() {
            self.start(runner, i);
            return;
        }
        self.exercise = None;
        let done = self.progress.finished.len();
        say(
            runner,
            &format!(
                "That was the last lesson ({done} of {} finished). :lesson lists them all.\n",
                lessons().len()
            ),
        );
    }

    /// Bare `:explain` during an exercise: the expected answer, worked out
    /// by `:explain` when it is a cumulative call, else just its value. It
    /// runs in a fresh session so the learner's names stay as they are.
    fn explain_answer(&self, runner: &mut Runner) {
        let Some(e) = &self.exercise else {
            return;
        };
        let l = &lessons()[e.lesson];
        let mut scratch = Runner::new(
            Box::new(std::io::stdout()),
            Box::new(std::io::stderr()),
            RunOptions {
                echo: true,
                transcript: false,
                color: self.color,
            },
        );
        for line in &l.setup {
            scratch.run_chunk(&format!("{line}\n"));
        }
        say(runner, &format!("The expected answer:\n>>> {}\n", l.answer));
        match crate::front::explain::explain(&mut scratch, &l.answer) {
            Ok(text) => say(runner, &text),
            Err(_) => {
                scratch.run_chunk(&format!("{}\n", l.answer));
            }
        }
    }

    fn paint(&self, text: &str, paint: Paint) -> String {
        if !self.color {
            return text.to_string();
        }
        match paint {
            Paint::Title => text.bold().to_string(),
            Paint::Good => text.green().to_string(),
            Paint::Bad => text.yellow().to_string(),
        }
    }
}

enum Paint {
    Title,
    Good,
    Bad,
}

/// A lesson's Markdown as the prompt shows it: fences dropped, code
/// indented by 4, doctest's `<BLANKLINE>` shown as the empty line it means.
fn show_body(body: &str) -> String {
    let mut out = String::new();
    let mut in_code = false;
    for line in body.lines() {
        if line.trim_start().starts_with("```") {
            in_code = !in_code;
            continue;
        }
        match (in_code, line) {
            (true, "<BLANKLINE>") => out.push('\n'),
            (true, _) => out.push_str(&format!("    {line}\n")),
            (false, _) => out.push_str(&format!("{line}\n")),
        }
    }
    out
}

/// Writes to the session's output, in order with what statements print.
fn say(runner: &mut Runner, text: &str) {
    let _ = runner.interp.write(text);
}
