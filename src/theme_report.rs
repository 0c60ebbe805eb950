//! How well an article's themes serve a reader, measured: how many themes,
//! how many quotes each covers, the share of quotes under at least one,
//! and which quotes have none. `quotes themes` prints it for one article
//! or a folder of them; the goal it checks is the themes issue's:
//!
//! - 3 to 8 themes (fewer only when the quotes allow no more);
//! - each on at least two quotes;
//! - none on more than half of the quotes, on articles of six or more;
//! - at least 85% of the quotes under at least one theme.

use crate::Article;
use std::fmt::Write as _;

/// Themes an article should offer, at least and at most.
const THEMES: std::ops::RangeInclusive<usize> = 3..=8;
/// Fewest quotes a theme should cover.
const MIN_QUOTES: usize = 2;
/// From this many quotes, no theme should cover more than half.
const CAP_FROM: usize = 6;
/// Share of quotes that should be under a theme.
const TAGGED: f64 = 0.85;

/// One article's themes.
#[derive(Debug, Clone, PartialEq)]
pub struct ArticleThemes {
    /// The article's name (its file name without `.txt`).
    pub name: String,
    /// Number of quotes.
    pub quotes: usize,
    /// Quotes under at least one theme.
    pub tagged: usize,
    /// Each theme's label and how many quotes it covers, as listed.
    pub themes: Vec<(String, usize)>,
    /// The quotes under no theme, as text.
    pub untagged: Vec<String>,
}

/// Which of the goal's rules an article meets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Checks {
    /// 3 to 8 themes.
    pub count: bool,
    /// Every theme on at least two quotes.
    pub each_two: bool,
    /// No theme on more than half the quotes (six quotes or more).
    pub none_over_half: bool,
    /// At least 85% of quotes tagged.
    pub tagged: bool,
}

impl ArticleThemes {
    /// Reads the themes off a parsed article.
    pub fn of(name: &str, article: &Article) -> ArticleThemes {
        let tagged = article
            .quotes
            .iter()
            .filter(|q| !q.themes.is_empty())
            .count();
        ArticleThemes {
            name: name.to_string(),
            quotes: article.quotes.len(),
            tagged,
            themes: article
                .themes
                .iter()
                .map(|t| (t.label.clone(), t.quotes.len()))
                .collect(),
            untagged: article
                .quotes
                .iter()
                .filter(|q| q.themes.is_empty())
                .map(|q| q.text.clone())
                .collect(),
        }
    }

    /// Share of quotes under a theme (1 for an article without quotes).
    pub fn tagged_share(&self) -> f64 {
        share(self.tagged, self.quotes)
    }

    /// Share of quotes under the largest theme.
    pub fn largest_share(&self) -> f64 {
        let largest = self.themes.iter().map(|t| t.1).max().unwrap_or(0);
        share(largest, self.quotes)
    }

    /// The goal's rules, one by one.
    pub fn checks(&self) -> Checks {
        Checks {
            count: THEMES.contains(&self.themes.len()),
            each_two: self.themes.iter().all(|t| t.1 >= MIN_QUOTES),
            none_over_half: self.quotes < CAP_FROM
                || self.themes.iter().all(|t| t.1 * 2 <= self.quotes),
            tagged: self.tagged_share() >= TAGGED,
        }
    }

    /// One line: counts, shares and the themes with their quotes.
    pub fn line(&self) -> String {
        let themes: Vec<String> = self
            .themes
            .iter()
            .map(|(label, n)| format!("{label} {n}"))
            .collect();
        format!(
            "{:<40} {:>6} {:>6.0}% {:>6} {:>7.0}%  {}",
            self.name,
            self.quotes,
            100.0 * self.tagged_share(),
            self.themes.len(),
            100.0 * self.largest_share(),
            themes.join(", ")
        )
    }
}

fn share(part: usize, whole: usize) -> f64 {
    if whole == 0 {
        1.0
    } else {
        part as f64 / whole as f64
    }
}

/// The report over many articles: a line each, then the totals.
pub fn render(articles: &[ArticleThemes], verbose: bool) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{:<40} {:>6} {:>7} {:>6} {:>8}  themes (quotes each)",
        "article", "quotes", "tagged", "themes", "largest"
    );
    for a in articles {
        let _ = writeln!(out, "{}", a.line());
        if verbose {
            for text in &a.untagged {
                let short: String = text.chars().take(90).collect();
                let _ = writeln!(out, "    no theme: {short}");
            }
        }
    }
    let _ = writeln!(out, "{}", summary(articles));
    out
}

/// The totals line: means over articles, and how many meet each rule.
pub fn summary(articles: &[ArticleThemes]) -> String {
    let n = articles.len();
    let quotes: usize = articles.iter().map(|a| a.quotes).sum();
    let tagged: usize = articles.iter().map(|a| a.tagged).sum();
    let mean = |f: &dyn Fn(&ArticleThemes) -> f64| {
        if n == 0 {
            0.0
        } else {
            articles.iter().map(f).sum::<f64>() / n as f64
        }
    };
    let meeting = |f: &dyn Fn(Checks) -> bool| articles.iter().filter(|a| f(a.checks())).count();
    format!(
        "{n} articles: {:.1} themes each (3 to 8: {}/{n}), quotes tagged {:.0}% \
         (article ≥ 85%: {}/{n}), largest theme {:.0}% of its article's quotes \
         (≤ half: {}/{n}), every theme on ≥ 2 quotes: {}/{n}, all rules: {}/{n}",
        mean(&|a| a.themes.len() as f64),
        meeting(&|c| c.count),
        100.0 * share(tagged, quotes),
        meeting(&|c| c.tagged),
        100.0 * mean(&|a| a.largest_share()),
        meeting(&|c| c.none_over_half),
        meeting(&|c| c.each_two),
        meeting(&|c| c.count && c.each_two && c.none_over_half && c.tagged),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(quotes: usize, tagged: usize, themes: &[usize]) -> ArticleThemes {
        ArticleThemes {
            name: "a".into(),
            quotes,
            tagged,
            themes: themes.iter().map(|&n| (format!("t{n}"), n)).collect(),
            untagged: Vec::new(),
        }
    }

    #[test]
    fn checks_follow_the_goal() {
        let good = article(10, 9, &[5, 3, 2]);
        assert_eq!(
            good.checks(),
            Checks {
                count: true,
                each_two: true,
                none_over_half: true,
                tagged: true
            }
        );
        let bad = article(10, 8, &[6, 1]);
        assert_eq!(bad.checks(), Checks::default());
        // Under six quotes a theme may cover them all.
        assert!(article(4, 4, &[4, 2, 2]).checks().none_over_half);
    }

    #[test]
    fn summary_counts_articles_meeting_each_rule() {
        let line = summary(&[article(10, 9, &[5, 3, 2]), article(10, 8, &[6, 1])]);
        assert!(
            line.starts_with("2 articles: 2.5 themes each (3 to 8: 1/2)"),
            "{line}"
        );
        assert!(line.contains("quotes tagged 85%"), "{line}");
        assert!(line.ends_with("all rules: 1/2"), "{line}");
    }
}
