//! The tutorial's lessons and answer checking, without any terminal: the
//! lessons are the Markdown files under `lessons/` (embedded at build time
//! by `build.rs`), each with front matter naming its exercise; `answer`
//! compares a learner's value with the expected one; `Progress` is the set
//! of finished lessons kept beside the history file. The prompt's side
//! (showing lessons, `:hint`, `:skip`) is `repl::tutorial`.

pub mod answer;

use crate::array::Array;
use crate::error::Result;
use crate::eval::{Interp, SharedBuffer, to_array};
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// One lesson, as its file states it.
#[derive(Debug, Clone, PartialEq)]
pub struct Lesson {
    /// The file name without `.md`: progress is kept by it, so renumbering
    /// lessons keeps what a learner finished.
    pub slug: String,
    pub title: String,
    /// What the lesson teaches, in one sentence.
    pub teaches: String,
    /// Statements run in the learner's session before the exercise.
    pub setup: Vec<String>,
    pub task: String,
    /// The expression whose value, dtype and shape the learner must reach.
    pub answer: String,
    pub hints: Vec<String>,
    /// The explanation and its examples (Markdown; the examples are checked
    /// by `npcalc check`).
    pub body: String,
}

/// Reads a lesson file: `---`, one `key: value` per line (`setup` and
/// `hint` may repeat), `---`, then the body.
pub fn parse(slug: &str, text: &str) -> std::result::Result<Lesson, String> {
    let rest = text
        .strip_prefix("---\n")
        .ok_or("a lesson starts with a `---` front matter line")?;
    let (front, body) = rest
        .split_once("\n---\n")
        .ok_or("the front matter has no closing `---` line")?;
    let mut lesson = Lesson {
        slug: slug.to_string(),
        title: String::new(),
        teaches: String::new(),
        setup: Vec::new(),
        task: String::new(),
        answer: String::new(),
        hints: Vec::new(),
        body: body.trim().to_string(),
    };
    for (n, line) in front.lines().enumerate() {
        let (key, value) = line
            .split_once(": ")
            .ok_or_else(|| format!("front matter line {}: expected `key: value`", n + 2))?;
        let value = value.trim().to_string();
        match key {
            "title" => lesson.title = value,
            "teaches" => lesson.teaches = value,
            "setup" => lesson.setup.push(value),
            "task" => lesson.task = value,
            "answer" => lesson.answer = value,
            "hint" => lesson.hints.push(value),
            other => return Err(format!("unknown front matter key `{other}`")),
        }
    }
    for (key, value) in [
        ("title", &lesson.title),
        ("teaches", &lesson.teaches),
        ("task", &lesson.task),
        ("answer", &lesson.answer),
    ] {
        if value.is_empty() {
            return Err(format!("the front matter needs `{key}:`"));
        }
    }
    if lesson.hints.is_empty() {
        return Err("the front matter needs at least one `hint:`".into());
    }
    Ok(lesson)
}

/// `(file stem, text)` of every `lessons/*.md`, in name order.
const FILES: &[(&str, &str)] = include!(concat!(env!("OUT_DIR"), "/lessons.rs"));

/// The lessons, in order. A file that does not parse is a bug the unit
/// tests catch, so it stops the program rather than hiding a lesson.
pub fn lessons() -> &'static [Lesson] {
    static LESSONS: OnceLock<Vec<Lesson>> = OnceLock::new();
    LESSONS.get_or_init(|| {
        FILES
            .iter()
            .map(|(slug, text)| {
                parse(slug, text).unwrap_or_else(|e| panic!("lessons/{slug}.md: {e}"))
            })
            .collect()
    })
}

impl Lesson {
    /// The expected answer, computed in a fresh session with the setup run,
    /// so nothing the learner rebinds changes it.
    pub fn expected(&self) -> Result<Array> {
        let mut interp = Interp::new(Box::new(SharedBuffer::default()));
        let src = self.setup.join("\n");
        interp.source = std::rc::Rc::from(src.as_str());
        for stmt in crate::syntax::parse(&src)? {
            interp.exec(&stmt)?;
        }
        let answer = crate::syntax::parse(&self.answer)?;
        interp.source = std::rc::Rc::from(self.answer.as_str());
        let value = match answer.as_slice() {
            [stmt] => interp.exec(stmt)?,
            _ => None,
        };
        to_array(&value.unwrap_or(crate::eval::Value::None), None)
    }
}

/// The finished lessons, by slug, one per line in the file.
#[derive(Debug, Default, PartialEq)]
pub struct Progress {
    pub finished: BTreeSet<String>,
}

impl Progress {
    /// Where progress is kept: `tutorial-progress` beside the history file.
    pub fn path_beside(history: &Path) -> PathBuf {
        history.with_file_name("tutorial-progress")
    }

    /// A missing or unreadable file is a learner who has not started.
    pub fn load(path: &Path) -> Progress {
        let text = std::fs::read_to_string(path).unwrap_or_default();
        Progress {
            finished: text
                .lines()
                .map(str::trim)
                .filter(|l| !l.is_empty())
                .map(String::from)
                .collect(),
        }
    }

    pub fn save(&self, path: &Path) -> std::io::Result<()> {
        if let Some(dir) = path.parent() {
            std::fs::create_dir_all(dir)?;
        }
        let text: String = self.finished.iter().map(|s| format!("{s}\n")).collect();
        std::fs::write(path, text)
    }

    /// The first lesson not finished yet.
    pub fn next(&self, lessons: &[Lesson]) -> Option<usize> {
        lessons
            .iter()
            .position(|l| !self.finished.contains(&l.slug))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "---\ntitle: T\nteaches: It teaches.\nsetup: a = np.arange(3)\n\
        setup: b = a * 2\ntask: Do it.\nanswer: np.cumsum(b)\nhint: one\nhint: two\n---\n\n\
        Body text.\n";

    #[test]
    fn a_lesson_file_parses_into_its_parts() {
        let l = parse("01-t", SAMPLE).unwrap();
        assert_eq!(l.slug, "01-t");
        assert_eq!(l.title, "T");
        assert_eq!(l.setup, ["a = np.arange(3)", "b = a * 2"]);
        assert_eq!(l.answer, "np.cumsum(b)");
        assert_eq!(l.hints, ["one", "two"]);
        assert_eq!(l.body, "Body text.");
        let want = l.expected().unwrap();
        assert_eq!(want.to_vec::<i64>(), [0, 2, 6]);
    }

    #[test]
    fn malformed_front_matter_is_refused_with_a_reason() {
        assert!(parse("x", "no front matter").unwrap_err().contains("---"));
        assert!(
            parse("x", "---\ntitle: T\n")
                .unwrap_err()
                .contains("closing")
        );
        let unknown = SAMPLE.replace("task:", "tusk:");
        assert!(parse("x", &unknown).unwrap_err().contains("`tusk`"));
        let no_hint = SAMPLE.replace("hint: one\nhint: two\n", "");
        assert!(parse("x", &no_hint).unwrap_err().contains("hint"));
        let no_answer = SAMPLE.replace("answer: np.cumsum(b)\n", "");
        assert!(parse("x", &no_answer).unwrap_err().contains("answer"));
    }

    /// Every embedded lesson parses, its answer runs and is right by its own
    /// check, and its body fits 80 columns when shown indented by 4.
    #[test]
    fn every_lesson_is_well_formed() {
        let all = lessons();
        assert_eq!(all.len(), 12);
        assert_eq!(all[0].title, "A running total");
        for l in all {
            let want = l
                .expected()
                .unwrap_or_else(|e| panic!("{}: {}", l.slug, e.last_line()));
            let got = crate::eval::Value::Array(want.clone());
            assert_eq!(answer::compare(&got, &want), answer::Verdict::Right);
            for line in l.body.lines() {
                assert!(line.chars().count() <= 76, "{}: {line}", l.slug);
            }
        }
    }

    #[test]
    fn progress_round_trips_and_finds_the_next_lesson() {
        let dir = tempfile::tempdir().unwrap();
        let path = Progress::path_beside(&dir.path().join("state").join("history"));
        assert!(path.ends_with("state/tutorial-progress"));
        let mut p = Progress::load(&path);
        assert_eq!(p, Progress::default());
        p.finished.insert(lessons()[0].slug.clone());
        p.save(&path).unwrap();
        let back = Progress::load(&path);
        assert_eq!(back, p);
        assert_eq!(back.next(lessons()), Some(1));
    }
}
