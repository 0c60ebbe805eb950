//! Generated word tables searched in place: sorted `key<TAB>value` lines,
//! one per key, included as text. No start-up cost and no allocation.

/// The value of `key` in `table` (lines sorted by byte), if it is there.
pub(crate) fn find<'t>(table: &'t str, key: &str) -> Option<&'t str> {
    let bytes = table.as_bytes();
    let (mut lo, mut hi) = (0, bytes.len());
    while lo < hi {
        // The line that holds byte `mid`.
        let mid = lo + (hi - lo) / 2;
        let start = bytes[..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |i| i + 1);
        let end = bytes[mid..]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(bytes.len(), |i| mid + i);
        let line = table.get(start..end).unwrap_or("");
        let (name, value) = line.split_once('\t').unwrap_or((line, ""));
        match name.cmp(key) {
            std::cmp::Ordering::Less => lo = end + 1,
            std::cmp::Ordering::Greater => hi = start,
            std::cmp::Ordering::Equal => return Some(value),
        }
    }
    None
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
        let table = "apple\t1\nbanana\t2\ncherry\t3\n";
        assert_eq!(find(table, "apple"), Some("1"));
        assert_eq!(find(table, "banana"), Some("2"));
        assert_eq!(find(table, "cherry"), Some("3"));
        assert_eq!(find(table, "aardvark"), None);
        assert_eq!(find(table, "blueberry"), None);
        assert_eq!(find(table, "zucchini"), None);
        assert_eq!(find("", "apple"), None);
    }
}
