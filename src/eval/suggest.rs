//! CPython 3.11's "Did you mean: …?" suggestions (traceback.py's
//! `_compute_suggestion_error` and `_levenshtein_distance`), ported as is.

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: char, b: char) -> usize {
    if a == b {
        0
    } else if a.to_lowercase().eq(b.to_lowercase()) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[char], b: &[char], max_cost: usize) -> usize {
    if a == b {
        return 0;
    }
    let pre = a.iter().zip(b).take_while(|(x, y)| x == y).count();
    let (a, b) = (&a[pre..], &b[pre..]);
    let post = a
        .iter()
        .rev()
        .zip(b.iter().rev())
        .take_while(|(x, y)| x == y)
        .count();
    let (a, b) = (&a[..a.len() - post], &b[..b.len() - post]);
    if a.is_empty() || b.is_empty() {
        return MOVE_COST * (a.len() + b.len());
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    let (a, b) = if b.len() < a.len() { (b, a) } else { (a, b) };
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bindex, &bchar) in b.iter().enumerate() {
        let mut distance = bindex * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &achar) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(bchar, achar);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate CPython would suggest for a wrong name, in candidate order.
pub fn suggest<'a>(wrong: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let candidates: Vec<&str> = candidates.into_iter().collect();
    let wrong_chars: Vec<char> = wrong.chars().collect();
    if candidates.len() > MAX_CANDIDATE_ITEMS || wrong_chars.len() > MAX_STRING_SIZE {
        return None;
    }
    // CPython 3.11 starts from PY_SSIZE_T_MAX (later versions from the name's length).
    let mut best_distance = usize::MAX;
    let mut suggestion = None;
    for possible in candidates {
        if possible == wrong {
            continue;
        }
        let chars: Vec<char> = possible.chars().collect();
        let max_distance = ((chars.len() + wrong_chars.len() + 3) * MOVE_COST / 6)
            .min(best_distance.saturating_sub(1));
        let d = levenshtein(&wrong_chars, &chars, max_distance);
        if d > max_distance {
            continue;
        }
        if suggestion.is_none() || d < best_distance {
            suggestion = Some(possible);
            best_distance = d;
        }
    }
    suggestion
}

#[cfg(test)]
mod tests {
    use super::suggest;

    #[test]
    fn suggests_like_cpython() {
        // CPython 3.11: cumsun -> cumsum, shap -> shape; nothing close -> None.
        assert_eq!(
            suggest("cumsun", ["cumprod", "cumsum", "sum"]),
            Some("cumsum")
        );
        assert_eq!(suggest("shap", ["reshape", "shape", "size"]), Some("shape"));
        assert_eq!(suggest("foo", ["cumsum", "shape"]), None);
    }
}
