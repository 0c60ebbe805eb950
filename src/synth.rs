//! Synthetic articles for scale tests and benchmarks.
//!
//! Real articles hold a few dozen quotes; the explorer must stay quick with
//! a hundred thousand. [`article`] writes news-style prose of any size, one
//! paragraph per line, in which the parser finds (close to) the number of
//! quotes asked for: direct quotes in curly and straight marks, attributed
//! after, before or in the middle ("“I was,” she said, “sure.”"), by
//! named and described speakers and by pronouns, short quoted phrases and
//! reported speech, with words from every built-in theme.
//!
//! Deterministic: the same `(quotes, seed)` always gives the same text, on
//! every platform. A small xorshift generator is all the randomness needed.

/// An article with about `quotes` quotes, the same for the same seed.
pub fn article(quotes: usize, seed: u64) -> String {
    let mut writer = Writer::new(quotes, seed);
    writer.body(quotes);
    writer.out
}

/// One article of a synthetic collection: the `NAME` of its `NAME.txt`
/// and `NAME.toml`, its text and its sidecar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Member {
    pub name: String,
    pub text: String,
    pub sidecar: String,
}

/// A collection of `articles` articles of about `quotes` quotes each, one
/// a day, the same for the same seed. As in a newsroom's coverage, a few
/// people are quoted again and again (picked from a shared pool, the first
/// of it most often) and most appear once (people of their own).
pub fn collection(articles: usize, quotes: usize, seed: u64) -> Vec<Member> {
    let mut rng = Rng::new(seed);
    let pool = (articles / 4).max(8);
    let per_article = (quotes / 10).clamp(2, 3000);
    let names = (WOMEN.len() + MEN.len()) * SURNAMES.len();
    (0..articles)
        .map(|k| {
            let mut people: Vec<usize> = (0..per_article)
                .map(|j| {
                    if j % 2 == 0 {
                        // Skewed to the pool's start: the usual voices.
                        let r = rng.below(pool);
                        r * rng.below(pool) / pool
                    } else {
                        pool + (k * per_article + j) % names.saturating_sub(pool).max(1)
                    }
                })
                .collect();
            people.sort_unstable();
            people.dedup();
            let article_seed = seed.wrapping_mul(1_000_003).wrapping_add(k as u64);
            let mut writer = Writer::with_people(&people, article_seed);
            writer.body(quotes);
            let town = writer.rng.pick(TOWNS);
            let word = writer.theme_word();
            let sidecar = format!(
                "title = \"{town} and the {word}, report {number}\"\n\
                 author = \"Newsroom staff\"\n\
                 publication = \"The Synthetic Gazette\"\n\
                 date = \"{date}\"\n",
                number = k + 1,
                date = synthetic_date(k),
            );
            Member {
                name: format!("report-{:05}", k + 1),
                text: writer.out,
                sidecar,
            }
        })
        .collect()
}

/// The `day`th day from 1 January 2001, in ISO form, months of 28 days.
fn synthetic_date(day: usize) -> String {
    let year = 2001 + day / (12 * 28);
    let month = day / 28 % 12 + 1;
    format!("{year}-{month:02}-{:02}", day % 28 + 1)
}

/// xorshift64*: tiny, fast, and good enough to vary prose.
#[derive(Debug, Clone)]
struct Rng(u64);

impl Rng {
    fn new(seed: u64) -> Rng {
        // A zero state would stay zero; mix the seed so nearby seeds differ.
        Rng((seed ^ 0x9e37_79b9_7f4a_7c15).wrapping_mul(0xbf58_476d_1ce4_e5b9) | 1)
    }

    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    fn below(&mut self, n: usize) -> usize {
        if n == 0 {
            return 0;
        }
        // The high bits are the best ones of xorshift*.
        ((self.next() >> 32) as usize) % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items.get(self.below(items.len())).copied().unwrap_or("")
    }

    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

/// First names the parser knows as such, so a first mention is a person.
const WOMEN: &[&str] = &[
    "Mary",
    "Patricia",
    "Jennifer",
    "Linda",
    "Elizabeth",
    "Susan",
    "Jessica",
    "Sarah",
    "Karen",
    "Nancy",
    "Lisa",
    "Margaret",
    "Sandra",
    "Ashley",
    "Emily",
    "Michelle",
    "Amanda",
    "Melissa",
    "Rebecca",
    "Laura",
    "Amy",
    "Angela",
    "Anna",
    "Emma",
    "Nicole",
    "Helen",
    "Rachel",
    "Maria",
    "Julia",
    "Grace",
    "Sofia",
    "Elena",
    "Ana",
    "Priya",
    "Aisha",
    "Fatima",
    "Yuki",
    "Chloe",
];
const MEN: &[&str] = &[
    "James", "John", "Robert", "Michael", "William", "David", "Richard", "Joseph", "Thomas",
    "Daniel", "Matthew", "Anthony", "Steven", "Paul", "Andrew", "Kevin", "Brian", "George",
    "Edward", "Jason", "Ryan", "Eric", "Samuel", "Patrick", "Henry", "Nathan", "Peter", "Carlos",
    "Omar", "Raj", "Hiroshi", "Ivan", "Pierre", "Marco", "Luis", "Ahmed", "Sean", "Hans",
];
/// Surnames that are no common word, title or place word.
const SURNAMES: &[&str] = &[
    "Okafor",
    "Lindqvist",
    "Ortiz",
    "Reyes",
    "Baker",
    "Silva",
    "Handayani",
    "Ruiz",
    "Ward",
    "Becker",
    "Nakamura",
    "Kowalski",
    "Haddad",
    "Mensah",
    "Petrov",
    "Dubois",
    "Rossi",
    "Schmidt",
    "Novak",
    "Horvat",
    "Jansen",
    "Larsen",
    "Moreau",
    "Costa",
    "Ferreira",
    "Santos",
    "Oliveira",
    "Kim",
    "Tanaka",
    "Suzuki",
    "Chen",
    "Wong",
    "Nguyen",
    "Tran",
    "Khan",
    "Malik",
    "Hussain",
    "Abdullah",
    "Osei",
    "Boateng",
    "Adeyemi",
    "Mwangi",
    "Kariuki",
    "Otieno",
    "Banda",
    "Phiri",
    "Dlamini",
    "Nkosi",
    "Castillo",
    "Vargas",
    "Romero",
    "Navarro",
    "Herrera",
    "Medina",
    "Aguilar",
    "Fischer",
    "Weber",
    "Wagner",
    "Hoffmann",
    "Keller",
    "Brennan",
    "Gallagher",
    "Murphy",
    "Doyle",
    "Quinn",
    "Sullivan",
    "Walsh",
    "Byrne",
    "Kelleher",
    "Fitzgerald",
];
/// Unnamed speakers, as a cue writes them.
const DESCRIBED: &[&str] = &[
    "a spokesperson for the city",
    "a spokesperson for the hospital",
    "a spokesperson for the league",
    "a local teacher",
    "a senior official",
    "a longtime resident",
    "the museum director",
    "one farmer",
    "a union representative",
    "a producer",
];
/// Roles for appositives (", the director,").
const ROLES: &[&str] = &[
    "the director",
    "a nurse",
    "the head coach",
    "a city council member",
    "a software engineer",
    "the festival organizer",
    "a climate researcher",
    "a defense lawyer",
    "a small business owner",
    "a retired teacher",
];
const TOWNS: &[&str] = &[
    "Ashford",
    "Brookvale",
    "Carrow",
    "Dunmore",
    "Elmstead",
    "Fernhill",
    "Glenrock",
    "Harlow",
    "Ivybridge",
    "Kestrel Bay",
    "Larkspur",
    "Millbrook",
    "Northgate",
    "Oakridge",
    "Pinecrest",
];
/// Words of each built-in theme, in lexicon order, so every theme occurs.
const THEME_WORDS: &[&[&str]] = &[
    &[
        "tears", "joy", "grief", "anger", "fear", "pride", "hope", "relief",
    ],
    &["career", "job", "ambition", "dream", "boss", "colleagues"],
    &[
        "acting",
        "script",
        "rehearsals",
        "camera",
        "music",
        "album",
        "stage",
    ],
    &[
        "award",
        "stardom",
        "fame",
        "premiere",
        "festival",
        "spotlight",
        "trophy",
    ],
    &[
        "family", "mother", "father", "children", "daughter", "wedding",
    ],
    &[
        "money", "salary", "rent", "budget", "taxes", "debt", "funding",
    ],
    &[
        "election",
        "government",
        "policy",
        "campaign",
        "council",
        "vote",
    ],
    &[
        "industry",
        "studio",
        "business",
        "market",
        "contract",
        "streaming",
    ],
    &[
        "health",
        "hospital",
        "doctors",
        "vaccine",
        "medicine",
        "treatment",
    ],
    &[
        "technology",
        "software",
        "internet",
        "data",
        "computers",
        "apps",
    ],
    &["court", "trial", "prison", "lawyers", "fraud", "jury"],
    &["game", "team", "season", "league", "coach", "tournament"],
    &[
        "climate",
        "flooding",
        "drought",
        "energy",
        "pollution",
        "weather",
    ],
    &[
        "community",
        "neighbors",
        "village",
        "school",
        "church",
        "volunteers",
    ],
];
/// Frames of a quoted sentence; `{}` takes a theme word.
const SAYINGS: &[&str] = &[
    "I never thought the {} would matter this much to me",
    "We talked about {} every single day that summer",
    "Nobody here wanted to think about {} until last year",
    "It’s hard to explain what the {} meant for all of us",
    "I keep coming back to the {} and what it did to us",
    "We don’t have time to wait for the {} to sort itself out",
    "You learn quickly that {} changes everything around you",
    "There was a moment when the {} just stopped making sense",
    "My first thought was about the {} and the people behind it",
    "They told us the {} would be fine, and we believed them",
    "I was holding it in, which I had never done before with {}",
    "What surprised me most was how much the {} cost everyone",
];
/// Second halves for interrupted quotes; `{}` takes a theme word.
const TAILS: &[&str] = &[
    "but the {} kept getting in the way",
    "and honestly the {} was the easy part",
    "so we started again with the {}",
    "even if the {} never comes back",
];
/// Lowercase buzz phrases, quoted inside narrative sentences.
const PHRASES: &[&str] = &[
    "a star is born",
    "the new normal",
    "a perfect storm",
    "once in a generation",
    "too big to fail",
    "a game changer",
    "the quiet crisis",
];
/// Narrative sentences without quotes or speech verbs; `{}` takes a town.
const NARRATIVE: &[&str] = &[
    "The morning was grey over {} when the first trucks arrived.",
    "By noon the square in {} was full.",
    "The story of {} is older than most people remember.",
    "Few visitors stop in {} these days.",
    "The road into {} was closed for most of the week.",
    "Prices in {} have doubled since the spring.",
];

/// One person of the article.
struct Person {
    first: &'static str,
    last: &'static str,
    female: bool,
    /// Introduced by full name already.
    known: bool,
}

struct Writer {
    rng: Rng,
    people: Vec<Person>,
    out: String,
    /// Quotes written so far, which decides the next theme.
    count: usize,
}

impl Writer {
    fn new(quotes: usize, seed: u64) -> Writer {
        let wanted = (quotes / 10).clamp(1, 3000);
        let people: Vec<usize> = (0..wanted).collect();
        Writer::with_people(&people, seed)
    }

    /// A writer whose people are the `numbers`th names (distinct for
    /// distinct numbers below names × surnames).
    fn with_people(numbers: &[usize], seed: u64) -> Writer {
        let mut rng = Rng::new(seed);
        let names = WOMEN.len() + MEN.len();
        let people = numbers
            .iter()
            .map(|&i| {
                let a = i % names;
                // Distinct (first, last) pairs while i < names × surnames.
                let b = (i / names + a) % SURNAMES.len();
                let female = a < WOMEN.len();
                let first = if female {
                    WOMEN.get(a)
                } else {
                    MEN.get(a - WOMEN.len())
                };
                Person {
                    first: first.copied().unwrap_or("Ana"),
                    last: SURNAMES.get(b).copied().unwrap_or("Silva"),
                    female,
                    known: false,
                }
            })
            .collect();
        // Shuffle the seed a little more so two seeds start differently.
        rng.next();
        Writer {
            rng,
            people,
            out: String::new(),
            count: 0,
        }
    }

    /// A theme word, cycling through the themes so every one occurs.
    fn theme_word(&mut self) -> &'static str {
        let theme = THEME_WORDS
            .get(self.count % THEME_WORDS.len())
            .copied()
            .unwrap_or(&[]);
        self.rng.pick(theme)
    }

    fn saying(&mut self) -> String {
        let frame = self.rng.pick(SAYINGS);
        frame.replace("{}", self.theme_word())
    }

    fn tail(&mut self) -> String {
        let frame = self.rng.pick(TAILS);
        frame.replace("{}", self.theme_word())
    }

    fn narrative(&mut self) -> String {
        let frame = self.rng.pick(NARRATIVE);
        frame.replace("{}", self.rng.pick(TOWNS))
    }

    /// Index of the speaker of the next quote.
    fn speaker(&mut self) -> usize {
        self.rng.below(self.people.len())
    }

    /// The full name, or the surname once the person is known.
    fn name(&mut self, person: usize) -> String {
        let surname_ok = self.rng.chance(50);
        match self.people.get_mut(person) {
            Some(p) if p.known && surname_ok => p.last.to_string(),
            Some(p) => {
                p.known = true;
                format!("{} {}", p.first, p.last)
            }
            None => "Ana Silva".to_string(),
        }
    }

    fn pronoun(&self, person: usize) -> &'static str {
        match self.people.get(person) {
            Some(p) if !p.female => "he",
            _ => "she",
        }
    }

    /// Paragraphs holding `quotes` quotes in all.
    fn body(&mut self, quotes: usize) {
        let mut left = quotes;
        while left > 0 {
            let units = (self.rng.below(3) + 1).min(left);
            self.paragraph(units);
            left -= units;
        }
    }

    /// One paragraph holding `units` quotes, one per unit.
    fn paragraph(&mut self, units: usize) {
        let mut sentences: Vec<String> = Vec::new();
        if self.rng.chance(30) {
            sentences.push(self.narrative());
        }
        for k in 0..units {
            let unit = self.unit(k == 0 && sentences.is_empty());
            sentences.push(unit);
            self.count += 1;
            if self.rng.chance(20) {
                sentences.push(self.narrative());
            }
        }
        self.out.push_str(&sentences.join(" "));
        self.out.push('\n');
    }

    /// One or two sentences with exactly one quote. `first`: nothing comes
    /// before them in the paragraph.
    fn unit(&mut self, first: bool) -> String {
        let person = self.speaker();
        let mut shape = self.rng.below(12);
        if shape == 8 && !first {
            // After "“…,” X said." the parser reads "According to Y, “…”"
            // as the same quote resumed; open paragraphs with it only.
            shape = 4;
        }
        match shape {
            0 | 1 => {
                // Introduced, then a pronoun.
                let name = self.name(person);
                let age = 20 + self.rng.below(60);
                let town = self.rng.pick(TOWNS);
                let saying = self.saying();
                let pronoun = self.pronoun(person);
                format!("{name}, {age}, has lived in {town} for years. “{saying},” {pronoun} said.")
            }
            2 => {
                let name = self.name(person);
                let role = self.rng.pick(ROLES);
                let saying = self.saying();
                format!("“{saying},” said {name}, {role}.")
            }
            3 => {
                let name = self.name(person);
                let saying = self.saying();
                format!("“{saying},” {name} told reporters.")
            }
            4 => {
                let name = self.name(person);
                let saying = self.saying();
                format!("{name} said: “{saying}.”")
            }
            5 => {
                // Interrupted: one quote, two pieces.
                let name = self.name(person);
                let saying = self.saying();
                let tail = self.tail();
                format!("“{saying},” {name} said, “{tail}.”")
            }
            6 => {
                let name = self.name(person);
                let saying = self.saying();
                format!("\"{saying},\" {name} said.")
            }
            7 => {
                let who = self.rng.pick(DESCRIBED);
                let saying = self.saying();
                format!("“{saying},” {who} said.")
            }
            8 => {
                let name = self.name(person);
                let saying = self.saying();
                format!("According to {name}, “{}.”", lowercase_first(&saying))
            }
            9 => {
                // A phrase: quoted words nobody is said to have said.
                let phrase = self.rng.pick(PHRASES);
                let town = self.rng.pick(TOWNS);
                let word = self.theme_word();
                format!("The {word} in {town} sparked “{phrase}” buzz.")
            }
            10 => {
                // Reported speech.
                let name = self.name(person);
                let word = self.theme_word();
                let month = self.rng.pick(&["May", "June", "October", "December"]);
                format!("{name} said that the {word} would look very different by {month}.")
            }
            _ => {
                let name = self.name(person);
                let saying = self.saying();
                let pronoun = self.pronoun(person);
                let town = self.rng.pick(TOWNS);
                format!("{name} grew up in {town}. ‘{saying},’ {pronoun} said with a shrug.")
            }
        }
    }
}

fn lowercase_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        // "I" stays a capital.
        Some(first) if !text.starts_with("I ") => first.to_lowercase().chain(chars).collect(),
        _ => text.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Kind;

    #[test]
    fn same_seed_same_text_other_seed_other_text() {
        assert_eq!(article(50, 7), article(50, 7));
        assert_ne!(article(50, 7), article(50, 8));
        assert_eq!(article(0, 1), "");
    }

    #[test]
    fn the_parser_finds_about_as_many_quotes_as_asked() {
        for seed in [1, 2, 3] {
            let text = article(1000, seed);
            let parsed = crate::parse(&text, None);
            let found = parsed.quotes.len();
            assert!(
                (950..=1050).contains(&found),
                "seed {seed}: {found} quotes for 1000"
            );
            // Every kind, many speakers, and themes as an article has them.
            for kind in Kind::ALL {
                assert!(parsed.quotes.iter().any(|q| q.kind == kind), "{kind:?}");
            }
            assert!(parsed.speakers.len() >= 100, "{}", parsed.speakers.len());
            assert!(parsed.speakers.iter().any(|s| s.described));
            assert!(
                (3..=8).contains(&parsed.themes.len()),
                "{:?}",
                parsed.themes
            );
        }
    }

    #[test]
    fn a_collection_has_regular_voices_and_new_ones() {
        let members = collection(40, 30, 3);
        assert_eq!(members, collection(40, 30, 3));
        assert_eq!(members.len(), 40);
        assert_eq!(members[0].name, "report-00001");
        assert!(members[39].sidecar.contains("date = \"2001-02-12\""));
        let files = members
            .into_iter()
            .map(|m| crate::collection::File {
                name: m.name,
                text: m.text,
                sidecar: Some(m.sidecar),
            })
            .collect();
        let merged = crate::collection::build(files, crate::Meta::default()).unwrap();
        assert_eq!(merged.stories.len(), 40);
        let quotes = merged.quotes.len();
        assert!((1100..=1300).contains(&quotes), "{quotes} quotes");
        // People quoted in several articles, and many quoted in one.
        assert!(crate::collection::shared_speakers(&merged) >= 5);
        assert!(merged.speakers.len() > 60, "{}", merged.speakers.len());
    }

    #[test]
    fn speakers_grow_with_the_article_up_to_a_cap() {
        assert_eq!(Writer::new(100, 1).people.len(), 10);
        assert_eq!(Writer::new(1_000_000, 1).people.len(), 3000);
        let writer = Writer::new(100_000, 1);
        let mut names: Vec<(&str, &str)> =
            writer.people.iter().map(|p| (p.first, p.last)).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), 3000, "names are distinct");
    }
}
