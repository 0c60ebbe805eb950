//! The parser's closed word classes, as data: every list of words a rule
//! tests against lives here, one `const` per class, with its lookup.
//!
//! Each class is declared once, by [`words!`] or [`table!`]: the list,
//! sorted by byte, as a `const`, and a lookup that `match`es the same
//! literals, which the compiler turns into a switch on the length and a
//! few inline comparisons (a binary search, calling `memcmp` at every step,
//! made the whole parse a tenth slower). Where a lookup had a cheap test in
//! front (a first byte, a length), it keeps it.
//!
//! The tests at the end check that every list is sorted, has no duplicates
//! and holds only letters and digits, except where a class needs more:
//! abbreviations keep their inner dots ("a.m") and "Gov’t" its apostrophe;
//! "Inc.", "Co.", "Jr.", "Sr.", "I." and "vs." are written as the tokenizer
//! or the title test sees them, dot included; "It’s" and "Don’t" come with
//! both apostrophes.
//!
//! Nothing here may be fitted to one article: a word earns its place by
//! being right in any English news story or novel. (Theme keywords are the
//! themes module's own lexicon; given names are the generated table in
//! `given_names.txt`.)

use crate::extract::attribution::{Reports, Verb};
use crate::extract::words::{is_capitalized, is_initialism, Gender};

/// Declares a word class: its list, sorted by byte, as a `const` (what the
/// tests check) and a function that `match`es a word against the same
/// literals (what the rules call). A duplicate is an unreachable pattern,
/// which the compiler reports.
macro_rules! words {
    (
        $(#[$doc:meta])*
        $name:ident, $vis:vis fn $is:ident: [$($word:literal),+ $(,)?]
    ) => {
        $(#[$doc])*
        // The rules call the `match`; the tests read the list.
        #[cfg_attr(not(test), allow(dead_code))]
        const $name: &[&str] = &[$($word),+];

        #[doc = concat!("Whether `word` is one of [`", stringify!($name), "`].")]
        $vis fn $is(word: &str) -> bool {
            matches!(word, $($word)|+)
        }
    };
}

/// [`words!`] for a class whose words carry a value: a `const` list of
/// `(word, value)` pairs and a function that finds a word's value.
macro_rules! table {
    (
        $(#[$doc:meta])*
        $name:ident: $ty:ty, $vis:vis fn $find:ident: [$(($word:literal, $value:expr)),+ $(,)?]
    ) => {
        $(#[$doc])*
        #[cfg_attr(not(test), allow(dead_code))]
        const $name: &[(&str, $ty)] = &[$(($word, $value)),+];

        #[doc = concat!("What [`", stringify!($name), "`] says of `word`, if it holds it.")]
        $vis fn $find(word: &str) -> Option<$ty> {
            match word {
                $($word => Some($value),)+
                _ => None,
            }
        }
    };
}

/// Longest word [`folded`] compares: no word in a folded class is longer.
const MAX_FOLDED: usize = 16;

/// Whether `word`, in any ASCII case, passes `is`, a lowercase class's
/// test: what `eq_ignore_ascii_case` would say, without allocating.
fn folded(word: &str, is: fn(&str) -> bool) -> bool {
    let mut buf = [0u8; MAX_FOLDED];
    let Some(lower) = buf.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // Lowercasing ASCII letters keeps UTF-8 valid: this never fails.
    std::str::from_utf8(lower).is_ok_and(is)
}

// ---------------------------------------------------------------- tokens

words! {
    /// Words whose trailing dot does not end a sentence ("Dr.", "Inc.",
    /// "Sept."), so the tokenizer keeps the dot and the sentence splitter
    /// reads on. Initialisms ("U.S.") are recognised by their shape instead.
    ABBREVIATIONS, fn in_abbreviations: [
        "Adm", "Apr", "Aug", "Bros", "Capt", "Cmdr", "Co", "Col", "Corp", "Cpl", "Dec", "Det", "Dr",
        "Feb", "Fr", "Ft", "Gen", "Gov", "Gov’t", "Hon", "Inc", "Insp", "Jan", "Jr", "Lt", "Ltd",
        "Maj", "Mar", "Mr", "Mrs", "Ms", "Mt", "Mx", "No", "Nov", "Oct", "Pres", "Prof", "Rep",
        "Rev", "Sen", "Sep", "Sept", "Sgt", "Sr", "St", "Supt", "a.m", "approx", "etc", "p.m", "vs",
    ]
}

/// Whether the word's trailing dot belongs to it: an initialism ("U.S") or
/// a listed abbreviation ("Dr").
pub fn is_abbreviation(word: &str) -> bool {
    is_initialism(word) || in_abbreviations(word)
}

words! {
    /// Words written with a leading apostrophe, lowercase ('em, 'til,
    /// 'cause, rock 'n' roll): that apostrophe opens no quote.
    ELISIONS, pub fn is_elision: [
        "bout", "cause", "cos", "coz", "cuz", "em", "n", "nuff", "til", "tis", "twas",
    ]
}

// -------------------------------------------------------------- pronouns

table! {
    /// Subject pronouns that can head a cue ("she said"), with the gender
    /// they tell (`None` for "they", "I", "we").
    SUBJECT_PRONOUNS: Option<Gender>, pub fn subject_pronoun: [
        ("He", Some(Gender::Male)),
        ("I", None),
        ("She", Some(Gender::Female)),
        ("They", None),
        ("We", None),
        ("he", Some(Gender::Male)),
        ("she", Some(Gender::Female)),
        ("they", None),
        ("we", None),
    ]
}

table! {
    /// Third-person singular pronouns in every case form, with their
    /// gender: how the registry learns who "she" is.
    GENDERED_PRONOUNS: Gender, fn find_gendered_pronoun: [
        ("He", Gender::Male),
        ("Her", Gender::Female),
        ("Him", Gender::Male),
        ("His", Gender::Male),
        ("She", Gender::Female),
        ("he", Gender::Male),
        ("her", Gender::Female),
        ("hers", Gender::Female),
        ("herself", Gender::Female),
        ("him", Gender::Male),
        ("himself", Gender::Male),
        ("his", Gender::Male),
        ("she", Gender::Female),
    ]
}

/// Gender of a pronoun in any case form ("her", "himself", "she’s").
pub fn pronoun_gender(word: &str) -> Option<Gender> {
    // Called on every word: most fail on their first letter.
    if !matches!(word.as_bytes().first(), Some(b's' | b'S' | b'h' | b'H')) {
        return None;
    }
    let base = word.split(['’', '\'']).next().unwrap_or(word);
    find_gendered_pronoun(base)
}

words! {
    /// The narrator's "I", and "I." as the tokenizer keeps it at a sentence
    /// end ("said I.").
    FIRST_PERSON, pub fn is_first_person: ["I", "I."]
}

table! {
    /// Possessives in "in his words, “…”", with the gender they point to.
    WORDS_OWNERS: Option<Gender>, pub fn words_owner: [
        ("her", Some(Gender::Female)),
        ("his", Some(Gender::Male)),
        ("their", None),
    ]
}

/// Whether the word, in any ASCII case, is a possessive pronoun of the
/// table above ("her", "Their").
pub fn is_possessive_pronoun(word: &str) -> bool {
    folded(word, |w| words_owner(w).is_some())
}

words! {
    /// Object pronouns that are a whole listener after "told" ("told me").
    LISTENER_PRONOUNS, pub fn is_listener_pronoun: [
        "her", "him", "me", "them", "us", "you",
    ]
}

words! {
    /// Pronouns (and "there", "this") that open a reported clause after a
    /// speech verb ("said it was …", "said there were …"), lowercase;
    /// matched in any case.
    CLAUSE_PRONOUNS, fn in_clause_pronouns: [
        "he", "her", "his", "i", "it", "its", "she", "their", "there", "they", "this", "we", "you",
    ]
}

/// Whether the word, in any ASCII case, opens a reported clause.
pub fn is_clause_pronoun(word: &str) -> bool {
    folded(word, in_clause_pronouns)
}

// ------------------------------------------------- determiners and groups

/// Most bytes a determiner may have: a quick test before the lookup.
const MAX_DETERMINER: usize = 8;

words! {
    /// Words that open a described speaker ("a producer", "the company's
    /// CEO", "several officials"), lowercase; matched in any case.
    DETERMINERS, fn in_determiners: [
        "a", "an", "another", "both", "few", "four", "her", "his", "its", "many", "most", "my",
        "one", "other", "our", "several", "some", "that", "the", "their", "this", "three", "two",
        "your",
    ]
}

/// Whether the word, in any ASCII case, is a determiner.
pub fn is_determiner(word: &str) -> bool {
    word.len() <= MAX_DETERMINER && folded(word, in_determiners)
}

/// Lengths a group noun may have, in bytes: a quick test before the lookup
/// ("investigators" is the longest).
const GROUP_NOUN_LEN: std::ops::RangeInclusive<usize> = 5..=13;

words! {
    /// Plural nouns that speak as a group without a determiner ("officials
    /// said", "police say"), lowercase; matched in any case.
    GROUP_NOUNS, fn in_group_nouns: [
        "activists", "analysts", "authorities", "campaigners", "critics", "doctors", "economists",
        "employees", "executives", "experts", "investigators", "lawmakers", "locals", "neighbors",
        "neighbours", "officers", "officials", "organisers", "organizers", "parents", "police",
        "prosecutors", "protesters", "regulators", "researchers", "residents", "scientists",
        "sources", "students", "teachers", "villagers", "volunteers", "witnesses", "workers",
    ]
}

/// Whether the word, in any ASCII case, is a group that speaks.
pub fn is_group_noun(word: &str) -> bool {
    GROUP_NOUN_LEN.contains(&word.len()) && folded(word, in_group_nouns)
}

words! {
    /// Articles dropped from the front of a role (", the director," →
    /// "director"), lowercase; matched in any case.
    ARTICLES, fn in_articles: ["a", "an", "the"]
}

/// Whether the word, in any ASCII case, is an article.
pub fn is_article(word: &str) -> bool {
    folded(word, in_articles)
}

// ------------------------------------------------------ titles and names

/// What a title says of the name after it: the role it implies, whether it
/// stays in the display name ("Dr. Amy Lee"; "Sen." does not), the gender.
pub type TitleInfo = (Option<&'static str>, bool, Option<Gender>);

table! {
    /// Honorifics and titles before a name, written without their dot.
    TITLES: TitleInfo, fn find_title: [
        ("Ambassador", (Some("ambassador"), false, None)),
        ("Attorney", (Some("attorney"), false, None)),
        ("Capt", (Some("captain"), false, None)),
        ("Captain", (Some("captain"), false, None)),
        ("Chair", (Some("chair"), false, None)),
        ("Chairman", (Some("chair"), false, None)),
        ("Chairwoman", (Some("chair"), false, None)),
        ("Chancellor", (Some("chancellor"), false, None)),
        ("Chief", (Some("chief"), false, None)),
        ("Coach", (Some("coach"), false, None)),
        ("Col", (Some("colonel"), false, None)),
        ("Colonel", (Some("colonel"), false, None)),
        ("Commissioner", (Some("commissioner"), false, None)),
        ("Congressman", (Some("representative"), false, None)),
        ("Congresswoman", (Some("representative"), false, None)),
        ("Councillor", (Some("councillor"), false, None)),
        ("Dame", (None, true, None)),
        ("Det", (Some("detective"), false, None)),
        ("Detective", (Some("detective"), false, None)),
        ("Dr", (None, true, None)),
        ("Fr", (None, true, None)),
        ("Gen", (Some("general"), false, None)),
        ("General", (Some("general"), false, None)),
        ("Gov", (Some("governor"), false, None)),
        ("Governor", (Some("governor"), false, None)),
        ("Inspector", (Some("inspector"), false, None)),
        ("Judge", (Some("judge"), false, None)),
        ("Justice", (Some("judge"), false, None)),
        ("Lady", (None, true, None)),
        ("Leader", (Some("leader"), false, None)),
        ("Lieutenant", (Some("lieutenant"), false, None)),
        ("Lord", (None, true, None)),
        ("Lt", (Some("lieutenant"), false, None)),
        ("Mayor", (Some("mayor"), false, None)),
        ("Minister", (Some("minister"), false, None)),
        ("Miss", (None, false, Some(Gender::Female))),
        ("Mr", (None, false, Some(Gender::Male))),
        ("Mrs", (None, false, Some(Gender::Female))),
        ("Ms", (None, false, Some(Gender::Female))),
        ("Mx", (None, false, None)),
        ("Officer", (Some("officer"), false, None)),
        ("Pope", (Some("pope"), true, None)),
        ("Premier", (Some("premier"), false, None)),
        ("Pres", (Some("president"), false, None)),
        ("President", (Some("president"), false, None)),
        ("Prof", (None, true, None)),
        ("Professor", (None, true, None)),
        ("Rep", (Some("representative"), false, None)),
        ("Representative", (Some("representative"), false, None)),
        ("Rev", (None, true, None)),
        ("Secretary", (Some("secretary"), false, None)),
        ("Sen", (Some("senator"), false, None)),
        ("Senator", (Some("senator"), false, None)),
        ("Sergeant", (Some("sergeant"), false, None)),
        ("Sgt", (Some("sergeant"), false, None)),
        ("Sheriff", (Some("sheriff"), false, None)),
        ("Sir", (None, true, None)),
        ("Superintendent", (Some("superintendent"), false, None)),
    ]
}

/// The title a capitalised word is ("Sen.", "Mayor"), if any.
pub fn title(word: &str) -> Option<TitleInfo> {
    // Every title is capitalised; most words fail here.
    if !word.as_bytes().first().is_some_and(u8::is_ascii_uppercase) {
        return None;
    }
    find_title(word.trim_end_matches('.'))
}

words! {
    /// Lowercase particles that may sit inside a name ("Ursula von der
    /// Leyen", "Osama bin Laden").
    NAME_PARTICLES, fn in_name_particles: [
        "al", "bin", "da", "das", "de", "del", "della", "den", "der", "di", "dos", "du", "el", "la",
        "le", "ter", "van", "von", "y",
    ]
}

/// Whether the word, in any ASCII case, is a name particle: "Fouzia Al
/// Hashish" as well as "Omar al-Bashir"'s family ("al").
pub fn is_name_particle(word: &str) -> bool {
    folded(word, in_name_particles)
}

words! {
    /// Generational suffixes that end a name ("Martin Luther King Jr.").
    NAME_SUFFIXES, pub fn is_name_suffix: ["II", "III", "IV", "Jr.", "Sr."]
}

words! {
    /// Lowercase words inside an organisation's name, read backwards from a
    /// speech verb ("Department for Education", "Bank of England").
    NAME_LINKS, pub fn is_name_link: ["for", "of"]
}

words! {
    /// Capitalised words that begin sentences or phrases but are never part
    /// of a name (function words, days, months, greetings), so "But Smith
    /// said" names Smith and "On Monday" nobody.
    STOPWORDS, pub fn is_stopword: [
        "A", "According", "After", "Al", "Also", "Although", "Among", "An", "And", "April", "Are",
        "As", "Asked", "At", "August", "Because", "Before", "Between", "Both", "But", "By", "Can",
        "Could", "Dear", "December", "Despite", "Did", "Do", "Does", "Don't", "Don’t", "During",
        "Each", "Earlier", "Even", "Every", "Father", "February", "For", "Friday", "From", "God",
        "Had", "Has", "Have", "He", "Hello", "Her", "Here", "Hi", "His", "How", "However", "I",
        "If", "In", "Instead", "Into", "Is", "It", "It's", "Its", "It’s", "January", "July", "June",
        "Just", "Last", "Later", "Let", "Like", "Many", "March", "May", "Meanwhile", "Monday",
        "Most", "Mother", "My", "Next", "No", "Not", "November", "Now", "October", "Oh", "On",
        "Once", "One", "Only", "Or", "Our", "Over", "Please", "Saturday", "September", "She",
        "Should", "Since", "So", "Some", "Sorry", "Still", "Sunday", "Thank", "Thanks", "That",
        "The", "Their", "Then", "There", "These", "They", "This", "Those", "Though", "Through",
        "Thursday", "Today", "Tomorrow", "Tuesday", "Under", "Unlike", "Was", "We", "Wednesday",
        "Well", "Were", "What", "When", "Where", "Which", "While", "Who", "Why", "Will", "With",
        "Within", "Without", "Would", "Yes", "Yesterday", "Yet", "You", "Your",
    ]
}

words! {
    /// Capitalised words that mark a run of them as a place, organisation,
    /// event or work rather than a person ("Telluride Film Festival"). Read
    /// after a possessive "’s" is cut off.
    NOT_PERSON_WORDS, pub fn is_not_person_word: [
        "Agency", "Airport", "America", "American", "Arena", "Army", "Assembly", "Association",
        "Authority", "Avenue", "Award", "Awards", "Bank", "Beach", "Board", "Bridge", "British",
        "Capitol", "Cathedral", "Center", "Centre", "Championship", "Chinese", "Christmas",
        "Church", "City", "Club", "Co.", "Coast", "College", "Commission", "Committee", "Company",
        "Congress", "Conservative", "Conservatives", "Corp", "Corp.", "Council", "County", "Court",
        "Cup", "Day", "Democratic", "Democrats", "Department", "East", "Easter", "Eastern", "Emmy",
        "English", "Europe", "European", "Exchange", "Federal", "Festival", "Film", "Films",
        "Force", "Forces", "Foundation", "French", "Fund", "Games", "General", "Globe", "Globes",
        "Government", "Grammy", "Group", "Hall", "Hospital", "Hotel", "House", "Inc", "Inc.",
        "Institute", "International", "Island", "Islands", "Journal", "Kingdom", "Labour", "Lake",
        "Las", "League", "Los", "Market", "Ministry", "Mountain", "Mountains", "Museum", "National",
        "Navy", "New", "News", "North", "Northern", "Office", "Olympics", "Oscar", "Oscars", "Park",
        "Parliament", "Party", "Pictures", "Police", "Post", "Press", "Prize", "Records",
        "Republic", "Republican", "Republicans", "Restaurant", "River", "Road", "Royal", "Russian",
        "San", "School", "Senate", "Series", "Service", "Services", "South", "Southern", "Square",
        "Stadium", "State", "States", "Station", "Street", "Studio", "Studios", "Supreme", "Theater",
        "Theatre", "Times", "Tony", "Trust", "Union", "University", "Valley", "Week", "West",
        "Western", "White", "Year",
    ]
}

// ---------------------------------------------------------------- adverbs

/// From this length, in bytes, a lowercase word ending in "-ly" is taken
/// for an adverb ("simply"); shorter ones are not ("ugly", "holy").
const MIN_LY_ADVERB: usize = 5;

words! {
    /// Lowercase words ending in "-ly" that are no adverbs.
    NOT_LY_ADVERBS, fn in_not_ly_adverbs: ["family"]
}

words! {
    /// Words that may sit between a subject and its speech verb ("she later
    /// said", "he has said", "they themselves said"), besides the "-ly"
    /// adverbs, which a rule finds.
    ADVERBS, fn in_adverbs: [
        "again", "also", "always", "can", "could", "did", "do", "does", "even", "first", "had",
        "has", "have", "herself", "himself", "just", "last", "later", "long", "may", "might",
        "must", "never", "now", "often", "once", "should", "since", "soon", "still", "themselves",
        "then", "will", "would",
    ]
}

/// Whether the word may sit between a subject and its speech verb.
pub fn is_adverb(word: &str) -> bool {
    (word.len() >= MIN_LY_ADVERB
        && word.ends_with("ly")
        && !is_capitalized(word)
        && !in_not_ly_adverbs(word))
        || in_adverbs(word)
}

/// From this length, in bytes, a capitalised "-ly" word opening a sentence
/// is an adverb ("Suddenly", "Presently"), not a name ("Kelly", "Shirley").
const MIN_OPENING_LY_ADVERB: usize = 8;

/// Endings of "-ly" adverbs too short for that rule ("Really", "Gently",
/// "Anxiously"), which no common name has.
const ADVERB_ENDINGS: &[&str] = &["ally", "ently", "ously"];

/// A capitalised adverb that opens a sentence: "Finally", "Then".
pub fn is_opening_adverb(word: &str) -> bool {
    let lower = word.to_lowercase();
    if lower.ends_with("ly") {
        return lower.len() >= MIN_OPENING_LY_ADVERB
            || ADVERB_ENDINGS.iter().any(|e| lower.ends_with(e));
    }
    is_adverb(&lower)
}

// ----------------------------------------------------------- speech verbs

/// "said": also reports a bare clause ("said the plan failed").
const SAYS: Verb = Verb {
    reports: Reports::Bare,
    object: false,
    partial: false,
};
/// "told": a listener first ("told Reuters"), then as "said".
const TELLS: Verb = Verb {
    reports: Reports::Bare,
    object: true,
    partial: false,
};
/// "explained": reports a clause only with "that".
const EXPLAINS: Verb = Verb {
    reports: Reports::WithThat,
    object: false,
    partial: false,
};
/// "quipped": only direct quotes.
const QUIPS: Verb = Verb {
    reports: Reports::No,
    object: false,
    partial: false,
};
/// "called": only labels a quoted phrase ("called it “a disgrace”").
const CALLS: Verb = Verb {
    reports: Reports::No,
    object: false,
    partial: true,
};

/// Lengths a speech verb may have, in bytes ("put" to "acknowledged"): a
/// quick test before the lookup.
const SPEECH_VERB_LEN: std::ops::RangeInclusive<usize> = 3..=12;

table! {
    /// Speech verbs, lowercase, with how each may introduce speech.
    SPEECH_VERBS: Verb, fn find_speech_verb: [
        ("acknowledged", SAYS),
        ("acknowledges", SAYS),
        ("added", EXPLAINS),
        ("adds", EXPLAINS),
        ("admit", SAYS),
        ("admits", SAYS),
        ("admitted", SAYS),
        ("agreed", EXPLAINS),
        ("agrees", EXPLAINS),
        ("announced", EXPLAINS),
        ("announces", EXPLAINS),
        ("answered", EXPLAINS),
        ("answers", EXPLAINS),
        ("argued", SAYS),
        ("argues", SAYS),
        ("asked", QUIPS),
        ("asks", QUIPS),
        ("asserted", EXPLAINS),
        ("asserts", EXPLAINS),
        ("barked", QUIPS),
        ("begged", QUIPS),
        ("boasted", EXPLAINS),
        ("boasts", EXPLAINS),
        ("bragged", QUIPS),
        ("branded", CALLS),
        ("brands", CALLS),
        ("breathed", QUIPS),
        ("called", CALLS),
        ("calls", CALLS),
        ("cautioned", EXPLAINS),
        ("cautions", EXPLAINS),
        ("chided", QUIPS),
        ("chuckled", QUIPS),
        ("claimed", SAYS),
        ("claims", SAYS),
        ("clarified", EXPLAINS),
        ("complained", EXPLAINS),
        ("complains", EXPLAINS),
        ("conceded", SAYS),
        ("concedes", SAYS),
        ("concluded", EXPLAINS),
        ("concludes", EXPLAINS),
        ("confessed", EXPLAINS),
        ("confesses", EXPLAINS),
        ("confided", EXPLAINS),
        ("confirmed", EXPLAINS),
        ("confirms", EXPLAINS),
        ("contended", SAYS),
        ("contends", SAYS),
        ("continued", EXPLAINS),
        ("continues", EXPLAINS),
        ("countered", EXPLAINS),
        ("counters", EXPLAINS),
        ("cried", QUIPS),
        ("cries", QUIPS),
        ("declared", EXPLAINS),
        ("declares", EXPLAINS),
        ("demanded", EXPLAINS),
        ("denied", EXPLAINS),
        ("denies", EXPLAINS),
        ("described", CALLS),
        ("describes", CALLS),
        ("dubbed", CALLS),
        ("dubs", CALLS),
        ("echoed", EXPLAINS),
        ("echoes", EXPLAINS),
        ("elaborated", EXPLAINS),
        ("emphasised", EXPLAINS),
        ("emphasises", EXPLAINS),
        ("emphasized", EXPLAINS),
        ("emphasizes", EXPLAINS),
        ("enquired", EXPLAINS),
        ("estimated", EXPLAINS),
        ("estimates", EXPLAINS),
        ("exclaimed", QUIPS),
        ("exclaims", QUIPS),
        ("explained", EXPLAINS),
        ("explains", EXPLAINS),
        ("faltered", QUIPS),
        ("gasped", QUIPS),
        ("giggled", QUIPS),
        ("groaned", QUIPS),
        ("growled", QUIPS),
        ("grumbled", QUIPS),
        ("gushed", QUIPS),
        ("gushes", QUIPS),
        ("hissed", QUIPS),
        ("inquired", EXPLAINS),
        ("insisted", SAYS),
        ("insists", SAYS),
        ("interrupted", EXPLAINS),
        ("joked", QUIPS),
        ("jokes", QUIPS),
        ("labeled", CALLS),
        ("labelled", CALLS),
        ("labels", CALLS),
        ("lamented", EXPLAINS),
        ("laments", EXPLAINS),
        ("laughed", QUIPS),
        ("laughs", QUIPS),
        ("maintained", SAYS),
        ("maintains", SAYS),
        ("moaned", QUIPS),
        ("murmured", QUIPS),
        ("murmurs", QUIPS),
        ("mused", EXPLAINS),
        ("muses", EXPLAINS),
        ("muttered", QUIPS),
        ("mutters", QUIPS),
        ("noted", EXPLAINS),
        ("notes", EXPLAINS),
        ("objected", EXPLAINS),
        ("observed", EXPLAINS),
        ("observes", EXPLAINS),
        ("persisted", EXPLAINS),
        ("pleaded", EXPLAINS),
        ("posted", EXPLAINS),
        ("predicted", EXPLAINS),
        ("predicts", EXPLAINS),
        ("promised", EXPLAINS),
        ("promises", EXPLAINS),
        ("protested", EXPLAINS),
        ("pursued", EXPLAINS),
        ("put", CALLS),
        ("quipped", QUIPS),
        ("quips", QUIPS),
        ("reasoned", EXPLAINS),
        ("recalled", EXPLAINS),
        ("recalls", EXPLAINS),
        ("recollected", EXPLAINS),
        ("recounted", EXPLAINS),
        ("recounts", EXPLAINS),
        ("reflected", EXPLAINS),
        ("reflects", EXPLAINS),
        ("reiterated", EXPLAINS),
        ("reiterates", EXPLAINS),
        ("rejoined", EXPLAINS),
        ("remarked", EXPLAINS),
        ("remarks", EXPLAINS),
        ("replied", EXPLAINS),
        ("replies", EXPLAINS),
        ("responded", EXPLAINS),
        ("responds", EXPLAINS),
        ("resumed", EXPLAINS),
        ("retorted", EXPLAINS),
        ("returned", EXPLAINS),
        ("revealed", EXPLAINS),
        ("reveals", EXPLAINS),
        ("roared", QUIPS),
        ("said", SAYS),
        ("say", SAYS),
        ("says", SAYS),
        ("scoffed", QUIPS),
        ("scolded", QUIPS),
        ("screamed", QUIPS),
        ("shouted", QUIPS),
        ("shouts", QUIPS),
        ("sighed", QUIPS),
        ("sighs", QUIPS),
        ("snapped", QUIPS),
        ("sneered", QUIPS),
        ("sobbed", QUIPS),
        ("stammered", QUIPS),
        ("stated", EXPLAINS),
        ("states", EXPLAINS),
        ("stressed", EXPLAINS),
        ("stresses", EXPLAINS),
        ("suggested", EXPLAINS),
        ("suggests", EXPLAINS),
        ("teased", QUIPS),
        ("tell", TELLS),
        ("tells", TELLS),
        ("termed", CALLS),
        ("terms", CALLS),
        ("testified", EXPLAINS),
        ("told", TELLS),
        ("tweeted", EXPLAINS),
        ("tweets", EXPLAINS),
        ("urged", EXPLAINS),
        ("urges", EXPLAINS),
        ("ventured", EXPLAINS),
        ("vowed", EXPLAINS),
        ("vows", EXPLAINS),
        ("warned", SAYS),
        ("warns", SAYS),
        ("whispered", QUIPS),
        ("whispers", QUIPS),
        ("wondered", QUIPS),
        ("wonders", QUIPS),
        ("writes", EXPLAINS),
        ("wrote", EXPLAINS),
        ("yelled", QUIPS),
        ("yells", QUIPS),
    ]
}

/// The speech verb a lowercase word is, if any.
pub fn speech_verb(word: &str) -> Option<Verb> {
    // Most words fail here, before the table.
    if !SPEECH_VERB_LEN.contains(&word.len())
        || !word.as_bytes().first().is_some_and(u8::is_ascii_lowercase)
    {
        return None;
    }
    find_speech_verb(word)
}

words! {
    /// Words that deny the verb after them ("did not say").
    NEGATIONS, fn in_negations: [
        "didn't", "didn’t", "doesn't", "doesn’t", "don't", "don’t", "hasn't", "hasn’t", "never",
        "not",
    ]
}

/// Whether the word, in any ASCII case, denies the verb after it.
pub fn is_negation(word: &str) -> bool {
    in_negations(&word.to_lowercase())
}

words! {
    /// Speech verbs that answer the turn before: "“…,” he replied" right
    /// after someone's words is the other one of the conversation.
    REPLY_VERBS, pub fn is_reply_verb: [
        "answered", "answers", "rejoined", "replied", "replies", "responded", "responds",
        "retorted", "retorts",
    ]
}

words! {
    /// Auxiliaries: in "said the mood had …" one makes the words after the
    /// verb a clause, not a speaker.
    AUXILIARIES, pub fn is_auxiliary: [
        "are", "be", "been", "can", "could", "did", "do", "does", "had", "has", "have", "is", "may",
        "might", "must", "should", "was", "were", "will", "would",
    ]
}

// ------------------------------------------------------------ cue grammar

words! {
    /// Words that end a described speaker read forwards ("a producer who
    /// …", "the chief executive and …"): a clause or a verb begins.
    DESCRIPTION_STOPS, pub fn is_description_stop: [
        "after", "and", "as", "because", "before", "but", "if", "said", "says", "that", "when",
        "which", "while", "who",
    ]
}

words! {
    /// Prepositions a description crosses once, read backwards from its
    /// verb ("a spokesperson for the company said").
    DESCRIPTION_LINKS, pub fn is_description_link: [
        "at", "for", "from", "of", "with",
    ]
}

words! {
    /// Prepositions that end a speaker's name after an inverted verb ("said
    /// Tom Ruiz of the port authority"): the rest is where they work.
    PHRASE_ENDS, pub fn is_phrase_end: [
        "at", "for", "from", "in", "of", "on", "with",
    ]
}

words! {
    /// Conjunctions that open a clause after a subject read after an
    /// inverted verb ("said manager Bruce Hale before turning to …").
    SUBORDINATORS, pub fn is_subordinator: [
        "after", "as", "because", "before", "but", "during", "since", "until", "when", "while",
    ]
}

words! {
    /// Prepositions that join a name to its organisation before the verb
    /// ("Ana Ruiz of IG said").
    AFFILIATIONS, pub fn is_affiliation: [
        "at", "from", "of", "with",
    ]
}

words! {
    /// Relative pronouns that open an appositive about a person (", who
    /// …,"): such an appositive is no role.
    PERSON_RELATIVES, pub fn is_person_relative: ["who", "whose"]
}

words! {
    /// Words that open a relative clause ("a ballad that Ray wrote"): a
    /// name after one is no attribution.
    RELATIVES, pub fn is_relative: [
        "that", "when", "where", "which", "who", "whom", "whose",
    ]
}

words! {
    /// Words that end a listener after "told the" ("told the BBC in an
    /// interview"): a time or place follows.
    LISTENER_ENDS, pub fn is_listener_end: [
        "at", "during", "in", "last", "on", "this",
    ]
}

words! {
    /// Words that may come between a speech verb and its "that" ("said on
    /// Tuesday that", "said repeatedly that").
    THAT_DELAYERS, pub fn is_that_delayer: [
        "after", "at", "during", "earlier", "in", "last", "on", "privately", "publicly", "recently",
        "repeatedly", "this", "today", "yesterday",
    ]
}

words! {
    /// Words after a speech verb that open no reported clause ("said to
    /// …", "said so", "said nothing", "said yes").
    NOT_CLAUSE_STARTS, pub fn is_not_clause_start: [
        "no", "nothing", "so", "to", "yes",
    ]
}

words! {
    /// Words that join a second verb to its sentence's subject ("Ada Moss
    /// smiled at me and murmured", "She paused, then said"): that
    /// subject speaks.
    VERB_LINKS, pub fn is_verb_link: ["and", "then"]
}

// ------------------------------------------------------ cue subjects

words! {
    /// Lowercase words that open a clause, not a noun phrase: a cue subject
    /// starting with one ("But observers", "that they had") is a fragment.
    CLAUSE_OPENERS, pub fn is_clause_opener: [
        "and", "but", "if", "or", "so", "that",
    ]
}

words! {
    /// Lowercase words a noun phrase never ends with (function words, and
    /// nouns of time and manner that end adverbials: "… nothing to", "… do
    /// not", "… this way", "… last week"): a cue subject ending so is a
    /// fragment.
    FUNCTION_WORDS, pub fn is_function_word: [
        "a", "an", "and", "as", "at", "but", "by", "day", "for", "from", "in", "month", "not", "of",
        "on", "or", "than", "the", "time", "to", "way", "week", "with", "year",
    ]
}

words! {
    /// Auxiliary and copular verbs, lowercase, "being" included: a noun
    /// phrase holds none, so a cue subject with one is a clause ("a rally is
    /// planned"). [`AUXILIARIES`] is the same less "being".
    CLAUSE_VERBS, pub fn is_clause_verb: [
        "are", "be", "been", "being", "can", "could", "did", "do", "does", "had", "has", "have",
        "is", "may", "might", "must", "should", "was", "were", "will", "would",
    ]
}

words! {
    /// Lowercase determiners that make a description definite ("said the
    /// painter", "his companion replied"): someone already in the story.
    DEFINITES, pub fn is_definite: [
        "her", "his", "that", "the", "this",
    ]
}

words! {
    /// Prepositions: a description holding one ("the memo obtained by the
    /// paper") is about something else than one person of the story.
    PREPOSITIONS, pub fn is_preposition: [
        "at", "by", "for", "from", "in", "of", "on", "with",
    ]
}

words! {
    /// Plurals without "-s": a description headed by one is a group.
    IRREGULAR_PLURALS, pub fn is_irregular_plural: [
        "children", "men", "people", "women",
    ]
}

words! {
    /// Lowercase heads of descriptions that name an organisation or a
    /// place, never one person of the story ("the council said"); matched
    /// singular or plural.
    BODY_HEADS, fn in_body_heads: [
        "administration", "agency", "association", "authority", "bank", "board", "business",
        "cabinet", "campaign", "channel", "charity", "church", "city", "club", "commission",
        "committee", "company", "council", "country", "court", "department", "embassy", "firm",
        "force", "government", "group", "hospital", "house", "industry", "institute", "league",
        "magazine", "market", "ministry", "nation", "network", "newspaper", "office", "operator",
        "organisation", "organization", "parliament", "party", "police", "province", "region",
        "regulator", "retailer", "school", "senate", "service", "state", "station", "store",
        "system", "team", "town", "union", "university", "utility", "village",
    ]
}

words! {
    /// Lowercase heads of descriptions that name a document: quoted, it is
    /// a source, and nobody is its speaker ("the report says"); matched
    /// singular or plural.
    DOCUMENT_HEADS, fn in_document_heads: [
        "analysis", "article", "assessment", "audit", "bill", "blog", "book", "brief", "budget",
        "claim", "complaint", "data", "decision", "declaration", "document", "email", "filing",
        "guide", "judgment", "label", "law", "lawsuit", "letter", "memo", "message", "motion",
        "note", "notice", "order", "paper", "petition", "plan", "policy", "poll", "post",
        "program", "programme", "project", "release", "report", "review", "ruling", "sign", "site",
        "statement", "story", "study", "survey", "tweet", "video", "website",
    ]
}

/// Whether a description headed by `head` names an organisation, a
/// document or a group rather than one person: "the health authority",
/// "officials", "women".
pub fn heads_a_body(head: &str) -> bool {
    let plural = head.ends_with('s') && !head.ends_with("ss");
    plural || is_irregular_plural(head) || is_not_a_person(head)
}

/// Whether the head of a description, singular or plural, names no person.
pub fn is_not_a_person(head: &str) -> bool {
    is_document(head) || {
        let singular = head.strip_suffix('s').unwrap_or(head);
        in_body_heads(head) || in_body_heads(singular)
    }
}

/// Whether the head of a description, singular or plural, names a document.
pub fn is_document(head: &str) -> bool {
    let singular = head.strip_suffix('s').unwrap_or(head);
    in_document_heads(head) || in_document_heads(singular)
}

// ----------------------------------------------------------------- topics

words! {
    /// Nouns too general to name what an article is about ("a lot", "that
    /// kind of thing"), quantities and spans of time ("hundreds", "months"),
    /// the words any story uses of anything ("the issue", "a decision",
    /// "their concerns") and the words of reporting itself ("in a
    /// statement", "told reporters"); everything rarer is left to the
    /// frequency table. Singular: plurals are folded.
    GENERAL_NOUNS, pub fn is_general_noun: [
        "anyone", "anything", "attempt", "billion", "bit", "bunch", "chance", "claim", "comment",
        "concern", "day", "decision", "everybody", "everyone", "everything", "hope", "hour",
        "hundred", "idea", "interview", "issue", "journalist", "kind", "least", "lot", "matter",
        "million", "minute", "moment", "month", "nobody", "nothing", "opportunity", "problem",
        "question", "reaction", "reason", "reporter", "response", "situation", "somebody",
        "someone", "something", "sort", "statement", "stuff", "thing", "thousand", "week",
        "whatever", "year",
    ]
}

words! {
    /// Nouns of kinship and acquaintance ("her son", "his colleagues"):
    /// they point at people of the story, who are not topics, as their
    /// names are not. Singular: plurals are folded.
    RELATION_NOUNS, pub fn is_relation_noun: [
        "acquaintance", "aunt", "boyfriend", "brother", "colleague", "cousin", "dad", "daughter",
        "father", "fiance", "friend", "girlfriend", "grandfather", "grandmother", "husband", "mom",
        "mother", "mum", "nephew", "niece", "sister", "son", "uncle", "wife",
    ]
}

words! {
    /// Interjections and swear words: a quote's colour, never what an
    /// article is about, and no label a reader should see on a filter.
    /// Singular: plurals are folded.
    NOT_TOPICS, pub fn is_not_topic: [
        "bastard", "bitch", "crap", "damn", "darn", "fuck", "gee", "gosh", "heck", "hell", "hey",
        "hmm", "huh", "okay", "oops", "shit", "ugh", "whoa", "wow", "yeah", "yep",
    ]
}

words! {
    /// Words after which a word is a verb, not a topic: subject pronouns,
    /// "who" and modals ("they evoke", "who live", "will appeal"),
    /// lowercase; matched in any case.
    VERB_OPENERS, fn in_verb_openers: [
        "can", "could", "he", "i", "it", "might", "must", "she", "should", "they", "we", "who",
        "will", "would", "you",
    ]
}

/// Whether the word, in any ASCII case, makes the word after it a verb.
pub fn is_verb_opener(word: &str) -> bool {
    folded(word, in_verb_openers)
}

words! {
    /// Words before which a word is a verb, not a topic: articles and
    /// object pronouns ("evokes a response", "loved him"), lowercase.
    OBJECT_OPENERS, pub fn is_object_opener: [
        "a", "an", "him", "its", "me", "my", "our", "the", "their", "them", "us", "your",
    ]
}

words! {
    /// Adverbs of degree, before an adjective ("very dangerous") and
    /// hardly ever before a noun, lowercase; matched in any case.
    DEGREE_ADVERBS, fn in_degree_adverbs: [
        "extremely", "fairly", "incredibly", "quite", "too", "very",
    ]
}

/// Whether the word, in any ASCII case, is an adverb of degree.
pub fn is_degree_adverb(word: &str) -> bool {
    folded(word, in_degree_adverbs)
}

// -------------------------------------------------------- titles of works

words! {
    /// Small words a Title Case title of a work may have in lowercase
    /// ("Pride and Prejudice", "Kramer vs. Kramer"); "vs." as written.
    TITLE_SMALL_WORDS, pub fn is_title_small_word: [
        "a", "an", "and", "as", "at", "but", "by", "for", "from", "in", "into", "is", "nor", "of",
        "on", "or", "the", "to", "up", "vs", "vs.", "with",
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Why `list` is malformed, if it is: out of byte order, a duplicate, or
    /// a character other than a letter or digit that is not in `allowed`.
    fn problem(list: &[&str], allowed: &[char]) -> Option<String> {
        for pair in list.windows(2) {
            if pair[0] == pair[1] {
                return Some(format!("duplicate {:?}", pair[0]));
            }
            if pair[0] > pair[1] {
                return Some(format!("{:?} before {:?}", pair[0], pair[1]));
            }
        }
        for word in list {
            if word.is_empty() {
                return Some("an empty entry".to_string());
            }
            if let Some(c) = word
                .chars()
                .find(|&c| !c.is_alphanumeric() && !allowed.contains(&c))
            {
                return Some(format!("{c:?} in {word:?}"));
            }
        }
        None
    }

    fn keys<T>(list: &[(&'static str, T)]) -> Vec<&'static str> {
        list.iter().map(|&(w, _)| w).collect()
    }

    /// Every list, with the punctuation its class needs.
    fn lists() -> Vec<(&'static str, Vec<&'static str>, &'static [char])> {
        vec![
            ("ABBREVIATIONS", ABBREVIATIONS.to_vec(), &['.', '’']),
            ("ELISIONS", ELISIONS.to_vec(), &[]),
            ("SUBJECT_PRONOUNS", keys(SUBJECT_PRONOUNS), &[]),
            ("GENDERED_PRONOUNS", keys(GENDERED_PRONOUNS), &[]),
            ("FIRST_PERSON", FIRST_PERSON.to_vec(), &['.']),
            ("WORDS_OWNERS", keys(WORDS_OWNERS), &[]),
            ("LISTENER_PRONOUNS", LISTENER_PRONOUNS.to_vec(), &[]),
            ("CLAUSE_PRONOUNS", CLAUSE_PRONOUNS.to_vec(), &[]),
            ("DETERMINERS", DETERMINERS.to_vec(), &[]),
            ("GROUP_NOUNS", GROUP_NOUNS.to_vec(), &[]),
            ("ARTICLES", ARTICLES.to_vec(), &[]),
            ("TITLES", keys(TITLES), &[]),
            ("NAME_PARTICLES", NAME_PARTICLES.to_vec(), &[]),
            ("NAME_SUFFIXES", NAME_SUFFIXES.to_vec(), &['.']),
            ("NAME_LINKS", NAME_LINKS.to_vec(), &[]),
            ("STOPWORDS", STOPWORDS.to_vec(), &['’', '\'']),
            ("NOT_PERSON_WORDS", NOT_PERSON_WORDS.to_vec(), &['.']),
            ("NOT_LY_ADVERBS", NOT_LY_ADVERBS.to_vec(), &[]),
            ("ADVERBS", ADVERBS.to_vec(), &[]),
            ("ADVERB_ENDINGS", ADVERB_ENDINGS.to_vec(), &[]),
            ("SPEECH_VERBS", keys(SPEECH_VERBS), &[]),
            ("AUXILIARIES", AUXILIARIES.to_vec(), &[]),
            ("DESCRIPTION_STOPS", DESCRIPTION_STOPS.to_vec(), &[]),
            ("DESCRIPTION_LINKS", DESCRIPTION_LINKS.to_vec(), &[]),
            ("PHRASE_ENDS", PHRASE_ENDS.to_vec(), &[]),
            ("SUBORDINATORS", SUBORDINATORS.to_vec(), &[]),
            ("AFFILIATIONS", AFFILIATIONS.to_vec(), &[]),
            ("PERSON_RELATIVES", PERSON_RELATIVES.to_vec(), &[]),
            ("RELATIVES", RELATIVES.to_vec(), &[]),
            ("LISTENER_ENDS", LISTENER_ENDS.to_vec(), &[]),
            ("THAT_DELAYERS", THAT_DELAYERS.to_vec(), &[]),
            ("NOT_CLAUSE_STARTS", NOT_CLAUSE_STARTS.to_vec(), &[]),
            ("VERB_LINKS", VERB_LINKS.to_vec(), &[]),
            ("CLAUSE_OPENERS", CLAUSE_OPENERS.to_vec(), &[]),
            ("FUNCTION_WORDS", FUNCTION_WORDS.to_vec(), &[]),
            ("CLAUSE_VERBS", CLAUSE_VERBS.to_vec(), &[]),
            ("DEFINITES", DEFINITES.to_vec(), &[]),
            ("PREPOSITIONS", PREPOSITIONS.to_vec(), &[]),
            ("IRREGULAR_PLURALS", IRREGULAR_PLURALS.to_vec(), &[]),
            ("BODY_HEADS", BODY_HEADS.to_vec(), &[]),
            ("GENERAL_NOUNS", GENERAL_NOUNS.to_vec(), &[]),
            ("NOT_TOPICS", NOT_TOPICS.to_vec(), &[]),
            ("RELATION_NOUNS", RELATION_NOUNS.to_vec(), &[]),
            ("VERB_OPENERS", VERB_OPENERS.to_vec(), &[]),
            ("OBJECT_OPENERS", OBJECT_OPENERS.to_vec(), &[]),
            ("DEGREE_ADVERBS", DEGREE_ADVERBS.to_vec(), &[]),
            ("NEGATIONS", NEGATIONS.to_vec(), &['\'', '’']),
            ("REPLY_VERBS", REPLY_VERBS.to_vec(), &[]),
            ("DOCUMENT_HEADS", DOCUMENT_HEADS.to_vec(), &[]),
            ("TITLE_SMALL_WORDS", TITLE_SMALL_WORDS.to_vec(), &['.']),
        ]
    }

    #[test]
    fn every_class_is_in_the_check() {
        let source = include_str!("lexicon.rs");
        let declared = source.matches("\nwords! {").count() + source.matches("\ntable! {").count();
        // ADVERB_ENDINGS is a plain list of endings, not a `words!` class.
        assert_eq!(lists().len(), declared + 1);
    }

    #[test]
    fn every_list_is_sorted_unique_and_plain() {
        for (name, list, allowed) in lists() {
            assert_eq!(problem(&list, allowed), None, "{name}");
        }
    }

    #[test]
    fn the_check_catches_bad_lists() {
        assert!(problem(&["b", "a"], &[]).is_some());
        assert!(problem(&["a", "a"], &[]).is_some());
        assert!(problem(&["a", "b c"], &[]).is_some());
        assert!(problem(&["added,"], &[]).is_some());
        assert!(problem(&["Dr."], &[]).is_some());
        assert!(problem(&[""], &[]).is_some());
        assert_eq!(problem(&["Dr.", "a.m"], &['.']), None);
    }

    #[test]
    fn folded_lists_are_lowercase_ascii() {
        for (name, list) in [
            ("CLAUSE_PRONOUNS", CLAUSE_PRONOUNS),
            ("DETERMINERS", DETERMINERS),
            ("GROUP_NOUNS", GROUP_NOUNS),
            ("ARTICLES", ARTICLES),
            ("NAME_PARTICLES", NAME_PARTICLES),
        ] {
            for w in list {
                assert!(
                    w.len() <= MAX_FOLDED && w.bytes().all(|b| b.is_ascii_lowercase()),
                    "{name}: {w:?}"
                );
            }
        }
    }

    /// Every entry passes its lookup's quick tests in front of the search.
    #[test]
    fn every_entry_is_found() {
        let all = |list: &[&str], found: fn(&str) -> bool| {
            for &w in list {
                assert!(found(w), "{w:?}");
            }
        };
        all(ABBREVIATIONS, is_abbreviation);
        all(ELISIONS, is_elision);
        all(&keys(SUBJECT_PRONOUNS), |w| subject_pronoun(w).is_some());
        all(&keys(GENDERED_PRONOUNS), |w| pronoun_gender(w).is_some());
        all(FIRST_PERSON, is_first_person);
        all(&keys(WORDS_OWNERS), |w| words_owner(w).is_some());
        all(LISTENER_PRONOUNS, is_listener_pronoun);
        all(CLAUSE_PRONOUNS, is_clause_pronoun);
        all(DETERMINERS, is_determiner);
        all(GROUP_NOUNS, is_group_noun);
        all(ARTICLES, is_article);
        all(&keys(TITLES), |w| title(w).is_some());
        all(NAME_PARTICLES, is_name_particle);
        all(NAME_SUFFIXES, is_name_suffix);
        all(NAME_LINKS, is_name_link);
        all(STOPWORDS, is_stopword);
        all(NOT_PERSON_WORDS, is_not_person_word);
        all(ADVERBS, is_adverb);
        all(&keys(SPEECH_VERBS), |w| speech_verb(w).is_some());
        all(AUXILIARIES, is_auxiliary);
        all(DESCRIPTION_STOPS, is_description_stop);
        all(DESCRIPTION_LINKS, is_description_link);
        all(PHRASE_ENDS, is_phrase_end);
        all(SUBORDINATORS, is_subordinator);
        all(AFFILIATIONS, is_affiliation);
        all(PERSON_RELATIVES, is_person_relative);
        all(RELATIVES, is_relative);
        all(LISTENER_ENDS, is_listener_end);
        all(THAT_DELAYERS, is_that_delayer);
        all(NOT_CLAUSE_STARTS, is_not_clause_start);
        all(TITLE_SMALL_WORDS, is_title_small_word);
        all(VERB_LINKS, is_verb_link);
        all(CLAUSE_OPENERS, is_clause_opener);
        all(FUNCTION_WORDS, is_function_word);
        all(CLAUSE_VERBS, is_clause_verb);
        all(DEFINITES, is_definite);
        all(PREPOSITIONS, is_preposition);
        all(IRREGULAR_PLURALS, is_irregular_plural);
        all(BODY_HEADS, is_not_a_person);
        all(GENERAL_NOUNS, is_general_noun);
        all(NOT_TOPICS, is_not_topic);
        all(RELATION_NOUNS, is_relation_noun);
        all(VERB_OPENERS, is_verb_opener);
        all(OBJECT_OPENERS, is_object_opener);
        all(DEGREE_ADVERBS, is_degree_adverb);
        all(NEGATIONS, is_negation);
        all(DOCUMENT_HEADS, is_document);
        for &w in NOT_LY_ADVERBS {
            assert!(!is_adverb(w), "{w:?}");
        }
        // The rule finds the "-ly" adverbs: the list holds only the rest.
        for &w in ADVERBS {
            assert!(!(w.len() >= MIN_LY_ADVERB && w.ends_with("ly")), "{w:?}");
        }
    }

    #[test]
    fn lookups_answer_as_the_rules_expect() {
        assert_eq!(subject_pronoun("She"), Some(Some(Gender::Female)));
        assert_eq!(subject_pronoun("they"), Some(None));
        assert_eq!(subject_pronoun("her"), None);
        assert_eq!(pronoun_gender("she’s"), Some(Gender::Female));
        assert_eq!(pronoun_gender("Himself"), None);
        assert!(is_determiner("The") && is_determiner("SEVERAL"));
        assert!(!is_determiner("theirs"));
        assert!(is_group_noun("Officials") && !is_group_noun("official"));
        assert_eq!(title("Sen."), Some((Some("senator"), false, None)));
        assert_eq!(title("Dr"), Some((None, true, None)));
        assert_eq!(title("senator"), None);
        assert!(is_abbreviation("U.S") && is_abbreviation("Gov’t"));
        assert!(!is_abbreviation("Sun"));
        assert_eq!(speech_verb("told").map(|v| v.object), Some(true));
        assert_eq!(speech_verb("Said"), None);
        assert!(is_adverb("quickly") && is_adverb("later") && !is_adverb("family"));
        assert!(is_opening_adverb("Suddenly") && !is_opening_adverb("Kelly"));
    }
}
