use super::*;

fn err(src: &str) -> (String, Option<(usize, usize)>) {
    match parse(src) {
        Ok(stmts) => (format!("OK {stmts:?}"), None),
        Err(e) => (
            format!("{}: {}", e.class, e.message),
            e.span.map(|s| (s.start, s.end)),
        ),
    }
}

#[test]
fn explore() {
    for src in std::fs::read_to_string("/tmp/syn/explore.txt")
        .unwrap_or_default()
        .lines()
    {
        let src = src.replace("\\n", "\n");
        println!("{:?} -> {:?}", src, err(&src));
    }
}
