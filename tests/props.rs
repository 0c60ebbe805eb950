//! Property tests: any text parses without panicking, and every span points
//! at its quote's text. Cases default to 256; set PROPTEST_CASES for more.

use proptest::prelude::*;
use quotes::parse;

/// Text biased toward the characters the parser cares about.
fn article() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        4 => "[a-zA-Z]{1,8}",
        2 => Just(" ".to_string()),
        1 => prop::sample::select(vec![
            "\"", "'", "“", "”", "‘", "’", "«", "»", "„", ",", ".", "?", "!", "—", "…",
            ":", "\n", "\r\n", "\u{feff}", " said ", " she said", "He ", "Mr. ", "Sean Baker",
            " according to ", " told ", "the ", "a producer", "(", ")", "é", "日本", "🙂",
        ])
        .prop_map(str::to_string),
        1 => any::<char>().prop_map(|c| c.to_string()),
    ];
    prop::collection::vec(piece, 0..120).prop_map(|v| v.concat())
}

proptest! {
    #[test]
    fn never_panics_and_spans_match_text(text in article()) {
        let article = parse(&text, None);
        for q in &article.quotes {
            prop_assert!(!q.segments.is_empty());
            let pieces: Option<Vec<&str>> =
                q.segments.iter().map(|s| article.segment_text(s)).collect();
            prop_assert!(pieces.is_some(), "segment out of range in {:?}", text);
            let pieces = q.segments.iter().map(|s| s.paragraph).zip(pieces.unwrap_or_default());
            prop_assert_eq!(quotes::model::quote_text(pieces), q.text.clone());
            let first = &q.segments[0];
            prop_assert_eq!((q.paragraph, q.start, q.end), (first.paragraph, first.start, first.end));
            if let Some(s) = &q.speaker {
                prop_assert!(article.speaker(s).is_some());
            }
        }
    }

    #[test]
    fn arbitrary_unicode_never_panics(text in any::<String>()) {
        let _ = parse(&text, None);
    }
}
