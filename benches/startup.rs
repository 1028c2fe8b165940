//! `cargo bench --bench startup`: time from launching npcalc on a terminal to
//! its first `>>> ` prompt, measured through a pseudo-terminal (median of 20).

use expectrl::{Expect, Session};
use std::process::Command;
use std::time::{Duration, Instant};

fn main() {
    let exe = std::env::var("NPCALC_BIN").unwrap_or_else(|_| {
        let me = std::env::current_exe().expect("own path");
        // target/release/deps/startup-… → target/release/npcalc
        me.parent()
            .and_then(|d| d.parent())
            .map(|d| d.join("npcalc").display().to_string())
            .expect("target dir")
    });
    let dir = std::env::temp_dir().join("npcalc-startup-bench");
    let _ = std::fs::create_dir_all(&dir);
    let mut times = Vec::new();
    for _ in 0..20 {
        let mut cmd = Command::new(&exe);
        cmd.env("NPCALC_HISTORY", dir.join("history"))
            .env("NO_COLOR", "1")
            .env("TERM", "xterm");
        let start = Instant::now();
        let mut s = Session::spawn(cmd).expect("npcalc starts");
        s.set_expect_timeout(Some(Duration::from_secs(10)));
        s.expect(">>> ").expect("prompt");
        times.push(start.elapsed());
        let _ = s.send_line(":quit");
    }
    times.sort();
    println!(
        "start-up to first prompt: median {:.1} ms, min {:.1} ms, max {:.1} ms ({} runs of {exe})",
        times[times.len() / 2].as_secs_f64() * 1e3,
        times[0].as_secs_f64() * 1e3,
        times[times.len() - 1].as_secs_f64() * 1e3,
        times.len()
    );
}
