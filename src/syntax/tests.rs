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

#[test]
fn perf_probe() {
    let n: usize = std::env::var("N")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1000);
    let mut src = String::from("x = [");
    for _ in 0..n {
        src.push_str("1.2345678, ");
    }
    src.push(']');
    let t = std::time::Instant::now();
    let s = lexer::scan(&src);
    println!("scan {:?} {}", t.elapsed(), s.lexemes.len());
    let t = std::time::Instant::now();
    let (text, fast) = PestText::new(&src, &s.lexemes, text::FAST_LIST_MIN);
    println!("text {:?} {}", t.elapsed(), fast.len() + text.text.len());
    let t = std::time::Instant::now();
    let input = Input {
        src: &src,
        scan: &s,
        text: &text,
        fast_lists: &fast,
    };
    let r = input.program(text.text.len());
    println!("program {:?} {}", t.elapsed(), r.is_ok());
    let t = std::time::Instant::now();
    drop(r);
    println!("drop {:?}", t.elapsed());
    let t = std::time::Instant::now();
    let r = parse(&src);
    println!("parse {:?} {}", t.elapsed(), r.is_ok());
}
