//! The page's `<head>` tags for the embedded article: title, description,
//! author, Open Graph and Twitter. `index.html` carries a generic title and
//! description (what `./run serve` shows); the prerender replaces them with
//! these, so a shared link previews the article the site was built for.
//!
//! Only facts go in: the sidecar's title and author when it gives them, and
//! counts and names from the parsed quotes. A missing field leaves its tag
//! out rather than inventing a value.

use quotes::html::escape;
use quotes::Article;
use quotes_web::ui::header::plural;

/// The site's name, on its own or after the article's title.
const SITE: &str = "Quote Explorer";

/// What the explorer offers, closing every description.
const OFFER: &str = "by speaker and theme: filter them, read them in context, share them.";

/// The tags, one per line, indented to sit in `index.html`'s `<head>`.
pub fn tags(article: &Article) -> String {
    let title = match &article.meta.title {
        Some(title) => format!("{title} · {SITE}"),
        None => SITE.to_owned(),
    };
    let description = describe(article);
    let mut tags = vec![
        format!("<title>{}</title>", escape(&title)),
        meta("name", "description", &description),
    ];
    if let Some(author) = &article.meta.author {
        tags.push(meta("name", "author", author));
    }
    tags.extend([
        meta("property", "og:type", "website"),
        meta("property", "og:site_name", SITE),
        meta("property", "og:title", &title),
        meta("property", "og:description", &description),
        meta("name", "twitter:card", "summary"),
        meta("name", "twitter:title", &title),
        meta("name", "twitter:description", &description),
    ]);
    tags.join("\n  ")
}

/// `html` with its `<title>` replaced by `tags` and its generic description
/// removed (`tags` has the article's own), or `None` unless both are there,
/// the title first.
pub fn replace(html: &str, tags: &str) -> Option<String> {
    let title = html.find("<title>")?;
    let title_end = title + html[title..].find("</title>")? + "</title>".len();
    let description = html.find("<meta name=\"description\"")?;
    let description_end = description + html[description..].find('>')? + 1;
    // Take the description with the line break and indent before it.
    let description = html[..description].trim_end().len();
    if description < title_end {
        return None;
    }
    Some(format!(
        "{}{tags}{}{}",
        &html[..title],
        &html[title_end..description],
        &html[description_end..]
    ))
}

/// One sentence from the counts and the first speakers' names, e.g. "14
/// quotations from Mikey Madison, Sean Baker and 3 others, by speaker and
/// theme: …", with "in “TITLE”" after the names when the title is known.
fn describe(article: &Article) -> String {
    let count = article.quotes.len();
    let mut sentence = format!("{count} {}", plural(count, "quotation", "quotations"));
    let names: Vec<&str> = article.speakers.iter().map(|s| s.name.as_str()).collect();
    let from = match names.as_slice() {
        [] => None,
        [one] => Some(one.to_string()),
        [a, b] => Some(format!("{a} and {b}")),
        [a, b, c] => Some(format!("{a}, {b} and {c}")),
        [a, b, rest @ ..] => Some(format!("{a}, {b} and {} others", rest.len())),
    };
    if let Some(from) = from {
        sentence.push_str(&format!(" from {from}"));
    }
    if let Some(title) = &article.meta.title {
        sentence.push_str(&format!(" in “{title}”"));
    }
    format!("{sentence}, {OFFER}")
}

fn meta(attribute: &str, name: &str, content: &str) -> String {
    format!(
        "<meta {attribute}=\"{name}\" content=\"{}\">",
        escape(content)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use quotes::Sidecar;

    fn article(text: &str, title: Option<&str>, author: Option<&str>) -> Article {
        let sidecar = Sidecar {
            title: title.map(String::from),
            author: author.map(String::from),
            ..Sidecar::default()
        };
        quotes::parse(text, Some(&sidecar))
    }

    const TEXT: &str = "“We heard you,” said Isobel Tranter. “It stays,” said Gareth Lyle. \
                        “Good,” said Fiona Baird. “Fine,” said Hamish Rowe.";

    #[test]
    fn title_author_and_description_come_from_the_article() {
        let title = "Ferry <saved> & \"kept\"";
        let tags = tags(&article(TEXT, Some(title), Some("Nell O'Garrow")));
        assert!(tags.contains(
            "<title>Ferry &lt;saved&gt; &amp; &quot;kept&quot; · Quote Explorer</title>"
        ));
        assert!(tags.contains("<meta name=\"author\" content=\"Nell O&#39;Garrow\">"));
        assert!(tags.contains(
            "<meta name=\"description\" content=\"4 quotations from Isobel Tranter, \
             Gareth Lyle and 2 others in “Ferry &lt;saved&gt; &amp; &quot;kept&quot;”, \
             by speaker and theme: filter them, read them in context, share them.\">"
        ));
        assert!(tags.contains("<meta property=\"og:title\" content=\"Ferry &lt;saved&gt;"));
        assert!(tags.contains("<meta name=\"twitter:card\" content=\"summary\">"));
    }

    #[test]
    fn missing_fields_are_left_out() {
        let tags = tags(&article("“Yes,” said Isobel Tranter.", None, None));
        assert!(tags.contains("<title>Quote Explorer</title>"));
        assert!(tags.contains("<meta property=\"og:title\" content=\"Quote Explorer\">"));
        assert!(tags.contains("content=\"1 quotation from Isobel Tranter, by speaker"));
        assert!(!tags.contains("author"));
        assert!(!tags.contains("“”"));
    }

    #[test]
    fn names_two_or_three_speakers() {
        let check = |text: &str, expected: &str| {
            let description = describe(&article(text, None, None));
            assert!(description.starts_with(expected), "{description}");
        };
        check(
            "“A,” said Isobel Tranter. “B,” said Gareth Lyle.",
            "2 quotations from Isobel Tranter and Gareth Lyle,",
        );
        check(
            "“A,” said Isobel Tranter. “B,” said Gareth Lyle. “C,” said Fiona Baird.",
            "3 quotations from Isobel Tranter, Gareth Lyle and Fiona Baird,",
        );
    }

    #[test]
    fn replaces_the_generic_title_and_description() {
        let html = "<head>\n  <meta charset=\"utf-8\">\n  <title>Quote Explorer</title>\n  \
                    <meta name=\"description\" content=\"Generic.\">\n  <link rel=\"icon\">\n</head>";
        assert_eq!(
            replace(html, "<title>T</title>\n  <meta name=\"x\">").as_deref(),
            Some("<head>\n  <meta charset=\"utf-8\">\n  <title>T</title>\n  <meta name=\"x\">\n  <link rel=\"icon\">\n</head>")
        );
        assert_eq!(replace("<head></head>", "<title>T</title>"), None);
    }
}
