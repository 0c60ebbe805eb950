//! Word tokens with byte offsets, and the small closed word classes
//! (pronouns, determiners, titles) the attribution rules test against.
//!
//! Attribution is decided on words, not characters, but every decision must
//! point back into the paragraph, so tokens keep their byte offsets. Word
//! classes are `match` tables: no allocation, and fast enough for the
//! 20 MB/s target.

/// A word or a single punctuation character.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
    /// True for words (letters, digits, inner apostrophes and hyphens).
    pub word: bool,
}

impl Token {
    /// The token's text.
    pub fn text<'a>(&self, par: &'a str) -> &'a str {
        par.get(self.start..self.end).unwrap_or("")
    }
}

/// Splits a paragraph into tokens. Apostrophes and hyphens inside a word
/// ("she’s", "25-year-old’s") stay in it; an abbreviation keeps its dot
/// ("Dr.", "U.S.") so it is not mistaken for a sentence end.
pub fn tokenize(par: &str) -> Vec<Token> {
    // News prose is about one token per four or five bytes; starting there
    // saves most regrowths of the biggest allocation of a parse.
    let mut tokens = Vec::with_capacity(par.len() / 4 + 1);
    let mut i = 0;
    while let Some(c) = char_at(par, i) {
        let start = i;
        i += c.len_utf8();
        if c.is_whitespace() {
            continue;
        }
        if !is_alnum(c) {
            tokens.push(Token {
                start,
                end: i,
                word: false,
            });
            continue;
        }
        let mut end = i;
        while let Some(d) = char_at(par, i) {
            if is_alnum(d) {
                i += d.len_utf8();
                end = i;
                continue;
            }
            let joins = matches!(d, '’' | '\'' | '-' | '‑' | '&' | '.');
            let next = i + d.len_utf8();
            if joins && char_at(par, next).is_some_and(is_alnum) {
                // "U.S" and "d’Or" continue; "end.Next" is a typo we accept.
                if d == '.' && !is_initialism(&par[start..end]) {
                    break;
                }
                i = next;
                continue;
            }
            break;
        }
        // Keep the dot of "Dr." or "U.S." with the word.
        if par.as_bytes().get(i) == Some(&b'.') && is_abbreviation(&par[start..end]) {
            i += 1;
            end = i;
        }
        tokens.push(Token {
            start,
            end,
            word: true,
        });
    }
    tokens
}

/// `char::is_alphanumeric`, answering at once for the punctuation news
/// text is full of (curly quotes, dashes: U+2000 to U+206F, none of them
/// letters or digits) instead of searching Unicode's tables.
pub fn is_alnum(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !('\u{2000}'..='\u{206f}').contains(&c) && c.is_alphanumeric()
}

/// The character starting at byte `i`, with a shortcut for ASCII.
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(char::from(b))
    } else {
        text.get(i..)?.chars().next()
    }
}

/// "U", "U.S", "J": pieces of an initialism.
fn is_initialism(word: &str) -> bool {
    word.split('.')
        .all(|part| part.chars().count() == 1 && part.chars().all(char::is_uppercase))
}

/// Words whose trailing dot does not end a sentence.
pub fn is_abbreviation(word: &str) -> bool {
    if is_initialism(word) {
        return true;
    }
    matches!(
        word,
        "Mr" | "Mrs"
            | "Ms"
            | "Mx"
            | "Dr"
            | "Prof"
            | "Sen"
            | "Rep"
            | "Gov"
            | "Gen"
            | "Lt"
            | "Col"
            | "Capt"
            | "Sgt"
            | "Cpl"
            | "Maj"
            | "Adm"
            | "Cmdr"
            | "Det"
            | "Insp"
            | "Supt"
            | "Rev"
            | "Fr"
            | "Hon"
            | "Pres"
            | "Gov’t"
            | "St"
            | "Mt"
            | "Ft"
            | "Jr"
            | "Sr"
            | "Inc"
            | "Co"
            | "Corp"
            | "Ltd"
            | "Bros"
            | "No"
            | "vs"
            | "etc"
            | "approx"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Aug"
            | "Sept"
            | "Sep"
            | "Oct"
            | "Nov"
            | "Dec"
            | "a.m"
            | "p.m"
    )
}

/// Grammatical gender a pronoun or honorific tells.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Gender {
    /// she, her, Mrs., Ms.
    Female,
    /// he, him, Mr.
    Male,
}

/// A subject pronoun that can head a cue ("she said"), with its gender
/// (`None` for "they", "I", "we").
pub fn subject_pronoun(word: &str) -> Option<Option<Gender>> {
    match word {
        "she" | "She" => Some(Some(Gender::Female)),
        "he" | "He" => Some(Some(Gender::Male)),
        "they" | "They" | "I" | "we" | "We" => Some(None),
        _ => None,
    }
}

/// "I", and "I." as the tokenizer keeps it at a sentence end ("said I.").
pub fn is_first_person(word: &str) -> bool {
    matches!(word, "I" | "I.")
}

/// Gender of a pronoun in any case form, for learning who "she" is.
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    // Called on every word: most fail on their first letter.
    if !matches!(word.as_bytes().first(), Some(b's' | b'S' | b'h' | b'H')) {
        return None;
    }
    let base = word.split(['’', '\'']).next().unwrap_or(word);
    match base {
        "she" | "She" | "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
        "he" | "He" | "him" | "Him" | "his" | "His" | "himself" => Some(Gender::Male),
        _ => None,
    }
}

/// Words that open a described speaker ("a producer", "the company's CEO").
pub fn is_determiner(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "a", "an", "the", "one", "another", "this", "that", "his", "her", "their", "its", "our",
        "my", "your", "two", "three", "four", "several", "some", "many", "most", "few", "both",
        "other",
    ];
    word.len() <= 8 && WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Plural nouns that speak as a group without a determiner ("officials said").
pub fn is_group_noun(word: &str) -> bool {
    const WORDS: &[&str] = &[
        "officials",
        "police",
        "authorities",
        "experts",
        "analysts",
        "critics",
        "residents",
        "witnesses",
        "sources",
        "prosecutors",
        "investigators",
        "researchers",
        "scientists",
        "doctors",
        "lawmakers",
        "officers",
        "organizers",
        "organisers",
        "fans",
        "neighbors",
        "neighbours",
        "protesters",
        "activists",
        "economists",
        "parents",
        "students",
        "teachers",
        "workers",
        "employees",
        "executives",
        "regulators",
        "locals",
        "villagers",
        "campaigners",
        "volunteers",
    ];
    (5..=13).contains(&word.len()) && WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Honorifics and titles before a name: (written form, role it implies,
/// whether it stays in the display name, gender it implies).
pub fn title(word: &str) -> Option<(Option<&'static str>, bool, Option<Gender>)> {
    // Every title is capitalised; most words fail here.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    let found = match word.trim_end_matches('.') {
        "Mr" => (None, false, Some(Gender::Male)),
        "Mrs" | "Ms" | "Miss" => (None, false, Some(Gender::Female)),
        "Mx" => (None, false, None),
        "Dr" | "Prof" | "Professor" | "Sir" | "Dame" | "Lord" | "Lady" | "Rev" | "Fr" => {
            (None, true, None)
        }
        "Sen" | "Senator" => (Some("senator"), false, None),
        "Rep" | "Representative" | "Congressman" | "Congresswoman" => {
            (Some("representative"), false, None)
        }
        "Gov" | "Governor" => (Some("governor"), false, None),
        "Gen" | "General" => (Some("general"), false, None),
        "Lt" | "Lieutenant" => (Some("lieutenant"), false, None),
        "Col" | "Colonel" => (Some("colonel"), false, None),
        "Capt" | "Captain" => (Some("captain"), false, None),
        "Sgt" | "Sergeant" => (Some("sergeant"), false, None),
        "Det" | "Detective" => (Some("detective"), false, None),
        "Judge" | "Justice" => (Some("judge"), false, None),
        "Mayor" => (Some("mayor"), false, None),
        "President" | "Pres" => (Some("president"), false, None),
        "Chancellor" => (Some("chancellor"), false, None),
        "Coach" => (Some("coach"), false, None),
        "Officer" => (Some("officer"), false, None),
        "Ambassador" => (Some("ambassador"), false, None),
        "Minister" => (Some("minister"), false, None),
        "Chief" => (Some("chief"), false, None),
        "Pope" => (Some("pope"), true, None),
        _ => return None,
    };
    Some(found)
}

/// Lowercase name particles that may sit inside a name ("Ursula von der Leyen").
pub fn is_name_particle(word: &str) -> bool {
    matches!(
        word,
        "de" | "da"
            | "di"
            | "du"
            | "del"
            | "della"
            | "der"
            | "den"
            | "van"
            | "von"
            | "la"
            | "le"
            | "bin"
            | "al"
            | "el"
            | "dos"
            | "das"
            | "ter"
            | "y"
    )
}

/// True when the word starts with an uppercase letter.
pub fn is_capitalized(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// Capitalised words that begin sentences or phrases but are never names.
pub fn is_stopword(word: &str) -> bool {
    matches!(
        word,
        "The"
            | "A"
            | "An"
            | "But"
            | "And"
            | "Or"
            | "So"
            | "Yet"
            | "As"
            | "In"
            | "On"
            | "At"
            | "By"
            | "For"
            | "From"
            | "With"
            | "When"
            | "While"
            | "After"
            | "Before"
            | "During"
            | "Since"
            | "Though"
            | "Although"
            | "If"
            | "It"
            | "Its"
            | "It’s"
            | "It's"
            | "This"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Here"
            | "Then"
            | "Now"
            | "However"
            | "Still"
            | "Even"
            | "Also"
            | "Meanwhile"
            | "His"
            | "Her"
            | "Their"
            | "Our"
            | "My"
            | "Your"
            | "We"
            | "They"
            | "He"
            | "She"
            | "I"
            | "You"
            | "What"
            | "Who"
            | "Why"
            | "How"
            | "Where"
            | "Which"
            | "Once"
            | "Last"
            | "Next"
            | "Every"
            | "Each"
            | "Some"
            | "Many"
            | "Most"
            | "Both"
            | "One"
            | "No"
            | "Not"
            | "Yes"
            | "Oh"
            | "Like"
            | "Just"
            | "Only"
            | "Over"
            | "Under"
            | "Into"
            | "Through"
            | "Between"
            | "Among"
            | "Despite"
            | "Without"
            | "Within"
            | "Because"
            | "Unlike"
            | "According"
            | "Asked"
            | "Instead"
            | "Later"
            | "Earlier"
            | "Today"
            | "Yesterday"
            | "Tomorrow"
            | "Monday"
            | "Tuesday"
            | "Wednesday"
            | "Thursday"
            | "Friday"
            | "Saturday"
            | "Sunday"
            | "January"
            | "February"
            | "March"
            | "April"
            | "May"
            | "June"
            | "July"
            | "August"
            | "September"
            | "October"
            | "November"
            | "December"
            | "Mother"
            | "Father"
            | "God"
            | "Well"
            | "Please"
            | "Thank"
            | "Thanks"
            | "Sorry"
            | "Hello"
            | "Hi"
            | "Dear"
            | "Let"
            | "Do"
            | "Don’t"
            | "Don't"
            | "Is"
            | "Are"
            | "Was"
            | "Were"
            | "Will"
            | "Would"
            | "Can"
            | "Could"
            | "Should"
            | "Did"
            | "Does"
            | "Has"
            | "Have"
            | "Had"
            | "Al"
    )
}

/// Words that may sit between a subject and its speech verb ("she later said").
pub fn is_adverb(word: &str) -> bool {
    (word.len() > 4 && word.ends_with("ly") && !is_capitalized(word) && word != "family")
        || matches!(
            word,
            "also"
                | "long"
                | "later"
                | "then"
                | "has"
                | "had"
                | "have"
                | "would"
                | "will"
                | "once"
                | "again"
                | "just"
                | "often"
                | "still"
                | "now"
                | "soon"
                | "even"
                | "first"
                | "last"
                | "never"
                | "always"
                | "since"
                | "did"
                | "does"
                | "do"
                | "may"
                | "might"
                | "could"
                | "can"
                | "should"
                | "must"
                | "previously"
                | "recently"
                | "simply"
                | "quickly"
                | "finally"
                | "eventually"
                | "repeatedly"
                | "reportedly"
                | "publicly"
                | "privately"
                | "famously"
                | "herself"
                | "himself"
                | "themselves"
        )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expected: &[&str]) {
        let got: Vec<&str> = tokenize(input).iter().map(|t| t.text(input)).collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn words_keep_inner_apostrophes_and_hyphens() {
        check(
            "the 25-year-old’s Palme d’Or, don't",
            &["the", "25-year-old’s", "Palme", "d’Or", ",", "don't"],
        );
    }

    #[test]
    fn abbreviations_keep_their_dot() {
        check(
            "Dr. Lee and the U.S. Army.",
            &["Dr.", "Lee", "and", "the", "U.S.", "Army", "."],
        );
        check("Sen. Warren said.", &["Sen.", "Warren", "said", "."]);
    }

    #[test]
    fn general_punctuation_is_not_alphanumeric() {
        for c in '\u{2000}'..='\u{206f}' {
            assert!(!c.is_alphanumeric(), "{c:?}");
        }
        for c in ['a', 'Z', '0', 'é', '日', '½', '-', ' ', '’', '“'] {
            assert_eq!(is_alnum(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn punctuation_is_one_token_each() {
        check(
            "“Yes,” she said—",
            &["“", "Yes", ",", "”", "she", "said", "—"],
        );
        check("", &[]);
    }
}
