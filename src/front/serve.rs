//! `npcalc serve-web`: a plain static file server for the built web page
//! (`web/build.sh` writes it to `web/dist`), so that opening the page needs
//! nothing but npcalc. GET and HEAD of files under one directory, with the
//! content types the page needs (`application/wasm` lets the browser
//! compile the module while it downloads); nothing else. std::net only.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};

/// The directory served when none is given: `web/dist` under the current
/// directory, else under the checkout this binary was built from.
pub fn default_dir() -> PathBuf {
    let here = PathBuf::from("web/dist");
    if here.join("index.html").is_file() {
        return here;
    }
    let built = Path::new(env!("CARGO_MANIFEST_DIR")).join("web/dist");
    if built.join("index.html").is_file() {
        built
    } else {
        here
    }
}

/// Serves `dir` on 127.0.0.1:`port` (0: any free port) until killed; says
/// where on stdout first. Returns an exit status only when it cannot start.
pub fn run(dir: &Path, port: u16) -> i32 {
    if !dir.join("index.html").is_file() {
        eprintln!(
            "npcalc: {} has no index.html; build the page with web/build.sh first",
            dir.display()
        );
        return 2;
    }
    let listener = match TcpListener::bind(("127.0.0.1", port)) {
        Ok(l) => l,
        Err(e) => {
            eprintln!("npcalc: cannot listen on 127.0.0.1:{port}: {e}");
            return 1;
        }
    };
    let port = listener.local_addr().map(|a| a.port()).unwrap_or(port);
    println!(
        "serving {} at http://127.0.0.1:{port}/ (Ctrl-C stops)",
        dir.display()
    );
    let _ = std::io::stdout().flush();
    let dir = dir.to_path_buf();
    for stream in listener.incoming().flatten() {
        let dir = dir.clone();
        std::thread::spawn(move || {
            let _ = answer(stream, &dir);
        });
    }
    0
}

/// One request, then the connection closes.
fn answer(stream: TcpStream, dir: &Path) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request = String::new();
    reader.by_ref().take(8192).read_line(&mut request)?;
    // The headers are read and ignored.
    loop {
        let mut line = String::new();
        if reader.by_ref().take(8192).read_line(&mut line)? == 0 || line.trim().is_empty() {
            break;
        }
    }
    let mut words = request.split_whitespace();
    let (method, target) = (words.next().unwrap_or(""), words.next().unwrap_or(""));
    let mut out = stream;
    if method != "GET" && method != "HEAD" {
        return respond(&mut out, "405 Method Not Allowed", "text/plain", b"", true);
    }
    match resolve(dir, target).and_then(|p| std::fs::read(&p).ok().map(|b| (p, b))) {
        Some((path, body)) => respond(
            &mut out,
            "200 OK",
            content_type(&path),
            &body,
            method == "GET",
        ),
        None => respond(
            &mut out,
            "404 Not Found",
            "text/plain",
            b"not found\n",
            method == "GET",
        ),
    }
}

fn respond(
    out: &mut TcpStream,
    status: &str,
    kind: &str,
    body: &[u8],
    with_body: bool,
) -> std::io::Result<()> {
    let head = format!(
        "HTTP/1.1 {status}\r\nContent-Type: {kind}\r\nContent-Length: {}\r\nCache-Control: no-cache\r\nConnection: close\r\n\r\n",
        body.len()
    );
    out.write_all(head.as_bytes())?;
    if with_body {
        out.write_all(body)?;
    }
    out.flush()
}

/// The file a request target names under `dir` (a directory means its
/// index.html); None for anything outside it.
fn resolve(dir: &Path, target: &str) -> Option<PathBuf> {
    let path = target.split(['?', '#']).next()?;
    let path = percent_decode(path.strip_prefix('/')?)?;
    let mut file = dir.to_path_buf();
    for part in Path::new(&path).components() {
        match part {
            Component::Normal(p) => file.push(p),
            Component::CurDir => {}
            _ => return None,
        }
    }
    if file.is_dir() {
        file.push("index.html");
    }
    file.is_file().then_some(file)
}

fn percent_decode(s: &str) -> Option<String> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = std::str::from_utf8(bytes.get(i + 1..i + 3)?).ok()?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()).unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "wasm" => "application/wasm",
        "css" => "text/css; charset=utf-8",
        "json" => "application/json",
        "png" => "image/png",
        "svg" => "image/svg+xml",
        "md" | "txt" | "py" | "rst" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_stay_inside_the_directory() {
        let dir = tempfile::tempdir().expect("temp dir");
        std::fs::write(dir.path().join("index.html"), "x").expect("write");
        std::fs::write(dir.path().join("a b.js"), "x").expect("write");
        let d = dir.path();
        assert_eq!(resolve(d, "/"), Some(d.join("index.html")));
        assert_eq!(resolve(d, "/index.html?x=1"), Some(d.join("index.html")));
        assert_eq!(resolve(d, "/a%20b.js"), Some(d.join("a b.js")));
        assert_eq!(resolve(d, "/../index.html"), None);
        assert_eq!(resolve(d, "/%2e%2e/index.html"), None);
        assert_eq!(resolve(d, "/missing.js"), None);
        assert_eq!(resolve(d, "index.html"), None);
        assert_eq!(resolve(d, "/%zz"), None);
    }
}
