//! The interactive prompt: rustyline with npcalc's helper (validation of
//! open brackets, completion, highlighting), history across sessions, and
//! the teaching commands.

mod helper;
mod tutorial;

use crate::front::run::{Outcome, RunOptions, Runner};
use helper::NpHelper;
use rustyline::error::ReadlineError;
use rustyline::history::DefaultHistory;
use rustyline::{Config, Editor};
use std::cell::RefCell;
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;

/// Where history lives: NPCALC_HISTORY, else the XDG state directory.
fn history_path() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("NPCALC_HISTORY") {
        return Some(PathBuf::from(p));
    }
    let state = std::env::var_os("XDG_STATE_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/state")))?;
    Some(state.join("npcalc").join("history"))
}

/// Stdout that can hold back one command's text for the pager.
#[derive(Clone, Default)]
struct PagedStdout(Rc<RefCell<Option<Vec<u8>>>>);

impl Write for PagedStdout {
    fn write(&mut self, bytes: &[u8]) -> std::io::Result<usize> {
        if let Some(held) = self.0.borrow_mut().as_mut() {
            held.extend_from_slice(bytes);
            return Ok(bytes.len());
        }
        std::io::stdout().write(bytes)
    }
    fn flush(&mut self) -> std::io::Result<()> {
        if self.0.borrow().is_some() {
            return Ok(());
        }
        std::io::stdout().flush()
    }
}

/// `help(…)`, `NAME?`, `?NAME`, `:help`: the inputs whose text may be long.
fn is_help_request(input: &str) -> bool {
    let t = input.trim();
    !t.contains('\n')
        && (t.starts_with("help(")
            || matches!(t, ":help" | ":h")
            || crate::front::commands::help_shorthand(t).is_some())
}

/// Shows help text: through `$PAGER` when it is taller than the terminal
/// (as pydoc does), else (or when the pager cannot start) printed.
fn page(text: &[u8]) {
    let rows = console::Term::stdout()
        .size_checked()
        .map_or(usize::MAX, |(r, _)| usize::from(r));
    let lines = text.iter().filter(|&&b| b == b'\n').count();
    let pager = std::env::var("PAGER").ok().filter(|p| !p.trim().is_empty());
    if let (true, Some(pager)) = (lines + 1 >= rows, pager) {
        let shown = std::process::Command::new("sh")
            .args(["-c", &pager])
            .stdin(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                if let Some(mut stdin) = child.stdin.take() {
                    // A pager quit early closes its input: not an error.
                    let _ = stdin.write_all(text);
                }
                child.wait()
            });
        if shown.is_ok() {
            return;
        }
    }
    let mut out = std::io::stdout();
    let _ = out.write_all(text);
    let _ = out.flush();
}

/// Help tables and `:explain` follow the terminal's width when stdout is one.
pub fn follow_terminal_width() {
    if let Some((_, columns)) = console::Term::stdout().size_checked() {
        crate::eval::help::set_width(usize::from(columns));
    }
}

/// The first line a person sees at the prompt (never in scripts or pipes).
fn banner() -> String {
    format!(
        "npcalc {} · help() for help · :explain EXPR for the steps · Ctrl-D to leave",
        env!("CARGO_PKG_VERSION")
    )
}

/// Runs the prompt until Ctrl-D, `exit()` or `:quit`, starting with the
/// tutorial's next lesson if `tutorial`; returns the exit status.
pub fn run(options: RunOptions, tutorial: bool) -> i32 {
    let color = options.color;
    let stdout = PagedStdout::default();
    let mut runner = Runner::new(
        Box::new(stdout.clone()),
        Box::new(std::io::stderr()),
        options,
    );
    runner.exit_on_interrupt = false;
    // Tab completes the common part and lists the candidates; further Tabs
    // cycle through them (helper::TabCycle), as IPython's prompt does.
    let config = Config::builder()
        .auto_add_history(true)
        .completion_type(rustyline::CompletionType::List)
        .completion_show_all_if_ambiguous(true)
        .completion_prompt_limit(helper::LIST_LIMIT)
        .build();
    let mut editor: Editor<NpHelper, DefaultHistory> = match Editor::with_config(config) {
        Ok(e) => e,
        Err(e) => {
            eprintln!("npcalc: cannot start the line editor: {e}");
            return 1;
        }
    };
    let helper = NpHelper::new(color);
    editor.bind_sequence(
        rustyline::Event::Any,
        rustyline::EventHandler::Conditional(Box::new(helper.tab_handler())),
    );
    editor.set_helper(Some(helper));
    let history = history_path();
    if let Some(path) = &history {
        let _ = editor.load_history(path);
    }
    install_interrupt_handler();
    let mut lessons = tutorial::Tutorial::new(history.as_deref(), color);
    follow_terminal_width();
    if tutorial {
        lessons.begin(&mut runner);
    } else {
        println!("{}", banner());
    }
    // Lines are gathered until the input is complete (brackets closed, no
    // open triple-quoted string), with `... ` prompts, as Python's prompt does.
    let mut pending = String::new();
    let status = loop {
        if let Some(h) = editor.helper_mut() {
            h.refresh(&runner.interp);
        }
        follow_terminal_width();
        let prompt = if pending.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                pending.push_str(&line);
                pending.push('\n');
                if !crate::syntax::is_complete(&pending) {
                    continue;
                }
                crate::array::signals::clear_interrupt();
                let input = std::mem::take(&mut pending);
                let paged = is_help_request(&input);
                if paged {
                    *stdout.0.borrow_mut() = Some(Vec::new());
                }
                let outcome = lessons.handle(&mut runner, input.trim_end_matches('\n'));
                if let Some(text) = stdout.0.borrow_mut().take() {
                    page(&text);
                }
                if let Outcome::Exit(code) = outcome {
                    break code;
                }
            }
            Err(ReadlineError::Interrupted) => {
                pending.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => break 0,
            Err(e) => {
                eprintln!("npcalc: {e}");
                break 1;
            }
        }
    };
    if let Some(path) = &history {
        save_history(&mut editor, path);
    }
    status
}

fn save_history(editor: &mut Editor<NpHelper, DefaultHistory>, path: &std::path::Path) {
    let saved = path
        .parent()
        .map_or(Ok(()), std::fs::create_dir_all)
        .and_then(|_| {
            editor
                .save_history(path)
                .map_err(|e| std::io::Error::other(e.to_string()))
        });
    if let Err(e) = saved {
        eprintln!(
            "npcalc: warning: history not saved to {}: {e}",
            path.display()
        );
    }
}

/// Ctrl-C while a statement runs asks the kernels to stop.
fn install_interrupt_handler() {
    let _ = ctrlc::set_handler(crate::array::signals::interrupt);
}
