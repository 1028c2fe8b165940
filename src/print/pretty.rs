//! IPython's line-breaking pretty printer (`IPython.lib.pretty.PrettyPrinter`),
//! which Jupyter uses to show a cell's value: text, breakable separators
//! and nested groups; when a line would pass `max_width`, the outermost
//! group with separators left breaks all of them. Ported statement for
//! statement, quirks included (`GroupQueue.deq` deletes by the index it
//! counted from the other end; `flush` adds the width twice), since its
//! output is what notebooks hold.

use std::collections::VecDeque;

/// IPython's `PlainTextFormatter.max_width`.
pub const MAX_WIDTH: usize = 79;
/// IPython's `MAX_SEQ_LENGTH`: longer collections end in `...`.
pub const MAX_SEQ_LENGTH: usize = 1000;

enum Item {
    Text {
        text: String,
        width: usize,
    },
    Breakable {
        sep: &'static str,
        indentation: usize,
        group: usize,
    },
}

impl Item {
    fn width(&self) -> usize {
        match self {
            Item::Text { width, .. } => *width,
            Item::Breakable { sep, .. } => width(sep),
        }
    }
}

struct Group {
    depth: usize,
    /// How many of its breakables are still in the buffer.
    breakables: usize,
    want_break: bool,
}

pub struct Pretty {
    out: String,
    max_width: usize,
    output_width: usize,
    buffer_width: usize,
    buffer: VecDeque<Item>,
    groups: Vec<Group>,
    group_stack: Vec<usize>,
    /// `GroupQueue`: the open groups with breakables, by depth.
    queue: Vec<Vec<usize>>,
    pub indentation: usize,
}

fn width(s: &str) -> usize {
    s.chars().count()
}

impl Default for Pretty {
    fn default() -> Pretty {
        Pretty::new(MAX_WIDTH)
    }
}

impl Pretty {
    pub fn new(max_width: usize) -> Pretty {
        let mut p = Pretty {
            out: String::new(),
            max_width,
            output_width: 0,
            buffer_width: 0,
            buffer: VecDeque::new(),
            groups: Vec::new(),
            group_stack: Vec::new(),
            queue: Vec::new(),
            indentation: 0,
        };
        let root = p.new_group(0);
        p.group_stack.push(root);
        p.enq(root);
        p
    }

    fn new_group(&mut self, depth: usize) -> usize {
        self.groups.push(Group {
            depth,
            breakables: 0,
            want_break: false,
        });
        self.groups.len() - 1
    }

    fn enq(&mut self, group: usize) {
        let depth = self.groups[group].depth;
        while self.queue.len() <= depth {
            self.queue.push(Vec::new());
        }
        self.queue[depth].push(group);
    }

    fn deq(&mut self) -> Option<usize> {
        for d in 0..self.queue.len() {
            let stack = &self.queue[d];
            let found = (0..stack.len()).find(|&idx| {
                let group = stack[stack.len() - 1 - idx];
                self.groups[group].breakables > 0
            });
            if let Some(idx) = found {
                let group = stack[stack.len() - 1 - idx];
                // IPython deletes `stack[idx]`, counting from the front.
                self.queue[d].remove(idx);
                self.groups[group].want_break = true;
                return Some(group);
            }
            for group in std::mem::take(&mut self.queue[d]) {
                self.groups[group].want_break = true;
            }
        }
        None
    }

    fn remove(&mut self, group: usize) {
        let stack = &mut self.queue[self.groups[group].depth];
        if let Some(at) = stack.iter().position(|&g| g == group) {
            stack.remove(at);
        }
    }

    /// Writes one buffered item, returning the new output width.
    fn output(&mut self, item: Item, output_width: usize) -> usize {
        match item {
            Item::Text { text, width } => {
                self.out.push_str(&text);
                output_width + width
            }
            Item::Breakable {
                sep,
                indentation,
                group,
            } => {
                self.groups[group].breakables -= 1;
                if self.groups[group].want_break {
                    self.out.push('\n');
                    self.out.extend(std::iter::repeat_n(' ', indentation));
                    return indentation;
                }
                if self.groups[group].breakables == 0 {
                    self.remove(group);
                }
                self.out.push_str(sep);
                output_width + width(sep)
            }
        }
    }

    fn break_one_group(&mut self, group: usize) {
        while self.groups[group].breakables > 0 {
            let Some(x) = self.buffer.pop_front() else {
                break;
            };
            let w = x.width();
            self.output_width = self.output(x, self.output_width);
            self.buffer_width -= w;
        }
        while let Some(Item::Text { .. }) = self.buffer.front() {
            let x = self.buffer.pop_front().expect("a front item");
            let w = x.width();
            self.output_width = self.output(x, self.output_width);
            self.buffer_width -= w;
        }
    }

    fn break_outer_groups(&mut self) {
        while self.max_width < self.output_width + self.buffer_width {
            let Some(group) = self.deq() else {
                return;
            };
            self.break_one_group(group);
        }
    }

    /// Literal text.
    pub fn text(&mut self, obj: &str) {
        let w = width(obj);
        if self.buffer.is_empty() {
            self.out.push_str(obj);
            self.output_width += w;
            return;
        }
        match self.buffer.back_mut() {
            Some(Item::Text { text, width }) => {
                text.push_str(obj);
                *width += w;
            }
            _ => self.buffer.push_back(Item::Text {
                text: obj.to_string(),
                width: w,
            }),
        }
        self.buffer_width += w;
        self.break_outer_groups();
    }

    /// A separator that becomes a line break if its group breaks.
    pub fn breakable(&mut self, sep: &'static str) {
        let group = *self.group_stack.last().expect("the root group");
        if self.groups[group].want_break {
            self.flush();
            self.newline();
        } else {
            self.groups[group].breakables += 1;
            self.buffer.push_back(Item::Breakable {
                sep,
                indentation: self.indentation,
                group,
            });
            self.buffer_width += width(sep);
            self.break_outer_groups();
        }
    }

    /// A line break that always happens (a multi-line repr's lines).
    pub fn break_(&mut self) {
        if let Some(group) = self.deq() {
            self.break_one_group(group);
        }
        self.flush();
        self.newline();
    }

    fn newline(&mut self) {
        self.out.push('\n');
        self.out.extend(std::iter::repeat_n(' ', self.indentation));
        self.output_width = self.indentation;
        self.buffer_width = 0;
    }

    pub fn begin_group(&mut self, indent: usize, open: &str) {
        if !open.is_empty() {
            self.text(open);
        }
        let depth = self.groups[*self.group_stack.last().expect("the root group")].depth + 1;
        let group = self.new_group(depth);
        self.group_stack.push(group);
        self.enq(group);
        self.indentation += indent;
    }

    pub fn end_group(&mut self, dedent: usize, close: &str) {
        self.indentation -= dedent;
        if let Some(group) = self.group_stack.pop()
            && self.groups[group].breakables == 0
        {
            self.remove(group);
        }
        if !close.is_empty() {
            self.text(close);
        }
    }

    pub fn flush(&mut self) {
        while let Some(x) = self.buffer.pop_front() {
            // IPython adds the returned width to the width it passed in.
            self.output_width += self.output(x, self.output_width);
        }
        self.buffer_width = 0;
    }

    /// The text printed, after a final flush.
    pub fn finish(mut self) -> String {
        self.flush();
        self.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A list of `n` numbers as IPython's list printer lays it out.
    fn list(p: &mut Pretty, items: &[&str]) {
        p.begin_group(1, "[");
        for (i, x) in items.iter().enumerate() {
            if i > 0 {
                p.text(",");
                p.breakable(" ");
            }
            p.begin_group(0, "");
            p.text(x);
            p.end_group(0, "");
        }
        p.end_group(1, "]");
    }

    #[test]
    fn a_short_list_stays_on_one_line() {
        let mut p = Pretty::default();
        list(&mut p, &["1", "2", "3"]);
        assert_eq!(p.finish(), "[1, 2, 3]");
    }

    #[test]
    fn a_long_list_breaks_at_every_separator() {
        let items: Vec<String> = (0..40).map(|i| i.to_string()).collect();
        let refs: Vec<&str> = items.iter().map(String::as_str).collect();
        let mut p = Pretty::default();
        list(&mut p, &refs);
        let want = format!("[{}]", items.join(",\n "));
        assert_eq!(p.finish(), want);
    }

    #[test]
    fn a_forced_break_keeps_the_indentation() {
        let mut p = Pretty::default();
        p.begin_group(1, "[");
        p.text("array([[1., 0.],");
        p.break_();
        p.text("       [0., 1.]])");
        p.end_group(1, "]");
        assert_eq!(p.finish(), "[array([[1., 0.],\n        [0., 1.]])]");
    }
}
