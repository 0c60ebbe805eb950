//! Generated word tables searched in place: sorted `key<TAB>value` lines,
//! one per key, included as text. The only thing built at run time is
//! where each line starts, on a table's first use: the parser looks up
//! every distinct word of an article, and finding a line's start by
//! scanning for its newline at each step of the search cost more than the
//! search itself.

use std::sync::OnceLock;

/// A generated table.
pub(crate) struct Table {
    text: &'static str,
    /// The byte offset of each line, made on first use.
    lines: OnceLock<Vec<u32>>,
}

impl Table {
    pub(crate) const fn new(text: &'static str) -> Table {
        Table {
            text,
            lines: OnceLock::new(),
        }
    }

    /// The table as included.
    #[cfg(test)]
    pub(crate) fn text(&self) -> &'static str {
        self.text
    }

    /// The value of `key` (lines sorted by byte), if it is there.
    pub(crate) fn find(&self, key: &str) -> Option<&'static str> {
        let text = self.text;
        let bytes = text.as_bytes();
        let lines = self.lines.get_or_init(|| {
            let mut starts = vec![0];
            let ends = bytes.iter().enumerate().filter(|&(_, &b)| b == b'\n');
            starts.extend(ends.filter_map(|(i, _)| u32::try_from(i + 1).ok()));
            // The start after the last newline begins no line.
            if starts.last().is_some_and(|&s| s as usize >= bytes.len()) {
                starts.pop();
            }
            starts
        });
        let at = lines
            .binary_search_by(|&start| {
                order(
                    bytes.get(start as usize..).unwrap_or_default(),
                    key.as_bytes(),
                )
            })
            .ok()?;
        let from = lines.get(at).map(|&s| s as usize + key.len() + 1)?;
        let to = bytes
            .get(from..)?
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| from + i);
        text.get(from..to)
    }
}

/// How a `name<TAB>value` line (and what follows it) sorts against `key`:
/// as `name` against `key`, read in place. A tab sorts before any letter,
/// so comparing the line with `key<TAB>` says the same, with no split.
fn order(line: &[u8], key: &[u8]) -> std::cmp::Ordering {
    let wanted = key.iter().chain(std::iter::once(&b'\t'));
    for (i, &k) in wanted.enumerate() {
        match line.get(i) {
            None => return std::cmp::Ordering::Less,
            Some(&b) if b != k => return b.cmp(&k),
            Some(_) => {}
        }
    }
    std::cmp::Ordering::Equal
}

/// Checks a table's form: sorted by byte, no duplicates, lowercase ASCII
/// keys, each value accepted by `value`.
#[cfg(test)]
pub(crate) fn check_form(table: &str, value: impl Fn(&str) -> bool) {
    let mut previous = "";
    for line in table.lines() {
        let (key, v) = line.split_once('\t').expect("key<TAB>value");
        assert!(key.bytes().all(|b| b.is_ascii_lowercase()), "{line:?}");
        assert!(value(v), "{line:?}");
        assert!(previous < key, "{previous:?} then {key:?}");
        previous = key;
    }
    assert!(table.ends_with('\n'));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_first_last_between_and_nothing_else() {
        let table = Table::new("apple\t1\nbanana\t2\ncherry\t3\n");
        assert_eq!(table.find("apple"), Some("1"));
        assert_eq!(table.find("banana"), Some("2"));
        assert_eq!(table.find("cherry"), Some("3"));
        assert_eq!(table.find("aardvark"), None);
        assert_eq!(table.find("blueberry"), None);
        assert_eq!(table.find("zucchini"), None);
        assert_eq!(Table::new("").find("apple"), None);
        // A key that is a prefix of another, and the other way round.
        let table = Table::new("car\t1\ncard\t2\ncare\t3");
        assert_eq!(table.find("car"), Some("1"));
        assert_eq!(table.find("card"), Some("2"));
        assert_eq!(table.find("care"), Some("3"));
        assert_eq!(table.find("ca"), None);
        assert_eq!(table.find("cards"), None);
        assert_eq!(Table::new("apple\t\n").find("apple"), Some(""));
    }
}
