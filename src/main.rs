//! The `npcalc` command: argument parsing and choosing a mode, nothing else.

use clap::error::{ContextKind, ContextValue};
use clap::{Parser, Subcommand, ValueEnum};
use npcalc::front::diagnostic::{Origin, render};
use npcalc::front::run::{RunOptions, Runner, decode};
use std::io::{IsTerminal, Read};

#[derive(Clone, Copy, ValueEnum)]
enum Color {
    Auto,
    Always,
    Never,
}

/// NumPy's cumulative sums, exactly as NumPy 2.4 prints them — without Python.
#[derive(Parser)]
#[command(
    name = "npcalc",
    version,
    about,
    args_conflicts_with_subcommands = true,
    // Otherwise `npcalc help` would stop meaning a script named help.
    disable_help_subcommand = true
)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// Run this script like `python3 FILE` ('-' reads the script from stdin).
    file: Option<String>,
    /// Arguments after FILE (or after -c CODE) belong to the script, as with `python3 FILE ARGS…`.
    #[arg(
        trailing_var_arg = true,
        allow_hyphen_values = true,
        value_name = "ARGS"
    )]
    args: Vec<String>,
    /// Run CODE as a session: echo each expression's value, go on after errors.
    #[arg(short = 'c', value_name = "CODE", allow_hyphen_values = true)]
    code: Option<String>,
    /// Echo the repr of every expression statement (default in sessions).
    #[arg(long, overrides_with = "no_echo")]
    echo: bool,
    /// Never echo expression values (default for scripts).
    #[arg(long)]
    no_echo: bool,
    /// Print each statement after `>>> ` / `... ` before its output (a doctest-style transcript).
    #[arg(long)]
    transcript: bool,
    /// Colour errors and the prompt: auto (only on a terminal, unless NO_COLOR is set), always or never.
    #[arg(long, value_enum, default_value = "auto")]
    color: Color,
    /// Start the interactive tutorial: short lessons on cumsum, each with an exercise.
    #[arg(long, conflicts_with_all = ["file", "code", "transcript"])]
    tutorial: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Check the examples in lesson files (.md, .rst, .txt, .py, .ipynb; folders recursively).
    Check {
        /// Rewrite expected outputs that differ with npcalc's output.
        #[arg(long)]
        update: bool,
        #[arg(required = true)]
        paths: Vec<std::path::PathBuf>,
    },
    /// Serve the built web page (web/build.sh writes it to web/dist) on 127.0.0.1.
    ServeWeb {
        /// The port (0 picks a free one).
        #[arg(long, default_value_t = 8000)]
        port: u16,
        /// The directory to serve [default: web/dist].
        dir: Option<std::path::PathBuf>,
    },
}

fn main() {
    let cli = match Cli::try_parse() {
        Ok(c) => c,
        Err(e) if e.use_stderr() => {
            // One line, like a Unix tool: the first line of clap's message.
            let msg = e.to_string();
            let first = msg
                .lines()
                .next()
                .unwrap_or("")
                .trim_start_matches("error: ");
            // clap's tip (a similar option exists) joins the line.
            match e.get(ContextKind::SuggestedArg) {
                Some(ContextValue::String(s)) => eprintln!("npcalc: {first}; did you mean '{s}'?"),
                _ => eprintln!("npcalc: {first}"),
            }
            std::process::exit(2);
        }
        Err(e) => {
            let _ = e.print();
            std::process::exit(0);
        }
    };
    npcalc::front::panic_net::install_quiet_hook();
    npcalc::host::install_stdin(read_stdin_line);
    // Deeply nested input recurses deeply; a big stack keeps that an error, not a crash.
    let status = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || run(cli))
        .map(|h| h.join().unwrap_or(1))
        .unwrap_or(1);
    std::process::exit(status);
}

/// `input()`'s line: what is left of standard input once npcalc has read
/// what it needs (a session piped in has read it all, as `input()` at
/// Python's piped prompt reads the session's next line instead).
fn read_stdin_line() -> Option<String> {
    let mut line = String::new();
    match std::io::stdin().read_line(&mut line) {
        Ok(0) | Err(_) => None,
        Ok(_) => Some(line),
    }
}

fn run(cli: Cli) -> i32 {
    let stdin_tty = std::io::stdin().is_terminal();
    let color = match cli.color {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal(),
    };
    if let Some(Command::Check { update, paths }) = &cli.command {
        // The report goes to stdout, so `auto` asks about stdout.
        let color = match cli.color {
            Color::Auto => color && std::io::stdout().is_terminal(),
            _ => color,
        };
        return npcalc::check::report::run(paths, *update, color);
    }
    if let Some(Command::ServeWeb { port, dir }) = &cli.command {
        let dir = dir
            .clone()
            .unwrap_or_else(npcalc::front::serve::default_dir);
        return npcalc::front::serve::run(&dir, *port);
    }
    let script = cli.file.is_some();
    let echo = if cli.echo {
        true
    } else if cli.no_echo {
        false
    } else {
        !script || cli.transcript
    };
    let options = RunOptions {
        echo,
        transcript: cli.transcript,
        color,
    };
    if cli.tutorial || (cli.file.is_none() && cli.code.is_none() && stdin_tty) {
        return npcalc::repl::run(options, cli.tutorial);
    }
    if std::io::stdout().is_terminal() {
        npcalc::repl::follow_terminal_width();
    }
    // Ctrl-C stops the running statement with KeyboardInterrupt.
    let _ = ctrlc::set_handler(npcalc::array::signals::interrupt);
    let mut runner = Runner::new(
        Box::new(std::io::stdout()),
        Box::new(std::io::stderr()),
        options,
    );
    // Like `python3 -c CODE ARGS…`: after -c every word is an argument.
    // After -c CODE, clap reads the first argument as FILE.
    let argv: Vec<String> = match (&cli.file, &cli.code) {
        (file, Some(_)) => ["-c".to_string()]
            .into_iter()
            .chain(file.clone())
            .chain(cli.args)
            .collect(),
        (file, None) => [file.clone().unwrap_or_default()]
            .into_iter()
            .chain(cli.args)
            .collect(),
    };
    runner.interp.set_argv(argv);
    let status = match (cli.file, cli.code) {
        (_, Some(code)) => runner.run_session(&code),
        (Some(file), None) => {
            let (bytes, name) = if file == "-" {
                (read_stdin(), "<stdin>".to_string())
            } else {
                // CPython names a script by the current directory joined
                // with the path as given (not normalised, links kept).
                let name = match std::env::current_dir() {
                    Ok(cwd) if !std::path::Path::new(&file).is_absolute() => {
                        format!("{}/{file}", cwd.display())
                    }
                    _ => file.clone(),
                };
                match std::fs::read(&file) {
                    Ok(b) => (b, name),
                    Err(e) => {
                        let e = npcalc::eval::os_error(&e);
                        eprintln!("npcalc: can't open file '{name}': {}", e.message);
                        return 2;
                    }
                }
            };
            let decoded = decode(&bytes, Some(&name));
            // Only the decoded text lives on (a big script is not kept thrice).
            drop(bytes);
            match decoded {
                Ok(src) => runner.run_script(src, &name),
                Err((text, err)) => {
                    eprint!(
                        "{}",
                        render(
                            &err,
                            &text,
                            &Origin { file: Some(&name) },
                            runner.options.color
                        )
                    );
                    1
                }
            }
        }
        (None, None) => runner.run_session_bytes(&read_stdin()),
    };
    // The process ends next and its memory goes with it: dropping every
    // object the script made (Python objects have no `__del__` in npcalc)
    // would only walk them all once more.
    std::mem::forget(runner);
    status
}

fn read_stdin() -> Vec<u8> {
    let mut bytes = Vec::new();
    let _ = std::io::stdin().read_to_end(&mut bytes);
    bytes
}
