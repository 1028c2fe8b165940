//! CPython's `difflib.get_close_matches` (a `SequenceMatcher` without a
//! junk function, with its autojunk of popular elements), which matplotlib
//! uses to suggest a name from a list.

use std::collections::HashMap;

/// `SequenceMatcher(None, a, b).ratio()`: twice the matched characters
/// over the total length.
fn ratio(a: &[char], b: &[char], b2j: &HashMap<char, Vec<usize>>) -> f64 {
    let total = a.len() + b.len();
    if total == 0 {
        return 1.0;
    }
    let mut matched = 0;
    let mut queue = vec![(0, a.len(), 0, b.len())];
    while let Some((alo, ahi, blo, bhi)) = queue.pop() {
        let (i, j, k) = longest_match(a, b, b2j, (alo, ahi, blo, bhi));
        if k > 0 {
            matched += k;
            if alo < i && blo < j {
                queue.push((alo, i, blo, j));
            }
            if i + k < ahi && j + k < bhi {
                queue.push((i + k, ahi, j + k, bhi));
            }
        }
    }
    2.0 * matched as f64 / total as f64
}

/// `find_longest_match`: the earliest longest block of `a[alo:ahi]`
/// matching `b[blo:bhi]` through `b2j`, then extended over equal elements
/// autojunk left out of `b2j` (none junk, since there is no junk function).
fn longest_match(
    a: &[char],
    b: &[char],
    b2j: &HashMap<char, Vec<usize>>,
    (alo, ahi, blo, bhi): (usize, usize, usize, usize),
) -> (usize, usize, usize) {
    let (mut besti, mut bestj, mut best) = (alo, blo, 0);
    let mut j2len: HashMap<usize, usize> = HashMap::new();
    for (i, c) in a.iter().enumerate().take(ahi).skip(alo) {
        let mut next = HashMap::new();
        for &j in b2j.get(c).map_or(&[][..], Vec::as_slice) {
            if j < blo {
                continue;
            }
            if j >= bhi {
                break;
            }
            let k = j
                .checked_sub(1)
                .and_then(|p| j2len.get(&p))
                .map_or(0, |k| *k)
                + 1;
            next.insert(j, k);
            if k > best {
                (besti, bestj, best) = (i + 1 - k, j + 1 - k, k);
            }
        }
        j2len = next;
    }
    while besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1] {
        (besti, bestj, best) = (besti - 1, bestj - 1, best + 1);
    }
    while besti + best < ahi && bestj + best < bhi && a[besti + best] == b[bestj + best] {
        best += 1;
    }
    (besti, bestj, best)
}

/// `get_close_matches(word, possibilities, n, cutoff)`: the best `n`
/// scoring at least `cutoff`, best first (ties: the greater string first).
pub fn close_matches<'a>(
    word: &str,
    possibilities: impl IntoIterator<Item = &'a str>,
    n: usize,
    cutoff: f64,
) -> Vec<&'a str> {
    let b: Vec<char> = word.chars().collect();
    let mut b2j: HashMap<char, Vec<usize>> = HashMap::new();
    for (j, &c) in b.iter().enumerate() {
        b2j.entry(c).or_default().push(j);
    }
    // autojunk: in 200 or more elements, those more common than 1% + 1.
    if b.len() >= 200 {
        let most = b.len() / 100 + 1;
        b2j.retain(|_, js| js.len() <= most);
    }
    let mut scored: Vec<(f64, &str)> = possibilities
        .into_iter()
        .filter_map(|x| {
            let a: Vec<char> = x.chars().collect();
            let r = ratio(&a, &b, &b2j);
            (r >= cutoff).then_some((r, x))
        })
        .collect();
    scored.sort_by(|p, q| q.0.total_cmp(&p.0).then_with(|| q.1.cmp(p.1)));
    scored.into_iter().take(n).map(|(_, x)| x).collect()
}
