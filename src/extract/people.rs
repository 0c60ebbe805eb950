//! Who is who: people named in the article, their aliases, and pronoun
//! resolution.
//!
//! News style introduces a person once by full name ("Mikey Madison") and
//! then by surname ("Madison") or pronoun ("she said"). The registry is
//! built from the sidecar and from capitalised runs that look like people
//! (a first name, a title, an age, a speech verb next to them, or a surname
//! reused later), then every mention is recorded in reading order so a
//! pronoun resolves to the most recent person who fits. Unnamed speakers
//! ("a producer") live in the same registry, marked as described, and are
//! never merged with a named person.

use crate::extract::given_names::given_name;
use crate::extract::lexicon::{
    heads_a_body, is_article, is_determiner, is_first_person, is_name_particle, is_name_suffix,
    is_not_person_word, is_opening_adverb, is_preposition, is_stopword, pronoun_gender,
    speech_verb, subject_pronoun, title, TitleInfo,
};
use crate::extract::marks::Span;
use crate::extract::text::{is_caption, is_heading};
use crate::extract::word_frequency::{frequency_class, RARE};
use crate::extract::words::{is_capitalized, Gender, Token};
use crate::id::{FastMap, FastSet};
use std::ops::Range;

/// A position in the article: paragraph in the high bits, byte offset low.
pub type Pos = u64;

/// Builds a [`Pos`].
pub fn pos(paragraph: usize, offset: usize) -> Pos {
    ((paragraph as u64) << 32) | (offset as u64 & 0xffff_ffff)
}

/// How many mentions back a pronoun looks for someone known to fit it.
const PRONOUN_NEAR: usize = 8;

/// How many mentions back a pronoun looks at all.
const PRONOUN_REACH: usize = 60;

/// How many times the narration must say "I" to be a first-person story.
const MIN_NARRATOR_WORDS: usize = 3;

/// How often a paragraph's narration, outside its quotes, says "I".
fn first_person_narration(view: &ParagraphView) -> usize {
    view.tokens
        .iter()
        .filter(|t| t.word && is_first_person(t.text(view.text)))
        .filter(|t| {
            !view
                .spans
                .iter()
                .any(|s| s.open <= t.start && t.start < s.after)
        })
        .count()
}

/// The first-person narrator's name as a speaker.
const NARRATOR: &str = "I";

/// How many mentions back a surname shared by several people looks for
/// the one meant: long enough for a long article's next reference.
const SURNAME_REACH: usize = 400;

/// Fewest words of a full name ("Mikey Madison"): one word alone may be a
/// surname, a place or a brand.
const MIN_FULL_NAME_WORDS: usize = 2;

/// Most name particles in a row inside a name ("Ursula von der Leyen").
const MAX_PARTICLES: usize = 2;

/// How many tokens before ", Name," a determiner or "her" may open the
/// sentence for the name to be its subject ("His daughter, Ruth
/// Becker-Lowe, runs …"; "Her longtime business partner, Ana Ruiz, …").
const OWNER_BEFORE_COMMA: std::ops::RangeInclusive<usize> = 2..=4;

/// Most tokens of an opening phrase before a sentence's subject ("In an
/// interview last week, Ruiz said").
const OPENING_PHRASE_TOKENS: usize = 5;

/// A person known to the article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    /// Full name as first written, or the description ("a producer").
    pub name: String,
    /// Other names used for them.
    pub aliases: Vec<String>,
    /// Role if known.
    pub role: Option<String>,
    /// Unnamed, kept as described.
    pub described: bool,
    /// Learned from pronouns and honorifics.
    pub gender: Option<Gender>,
    /// The usual gender of the first name, a guess the text overrules
    /// (a woman named Mikey is still "she").
    pub name_gender: Option<Gender>,
    /// An organisation, a document or a group: never "he" or "she".
    body: bool,
    /// How often the text names them: who a shared surname means.
    mentions: usize,
}

/// A description headed by an organisation's noun or a plural ("the health
/// authority", "officials"), or a name with an organisation's word or an
/// acronym in it ("Harbour Authority", "Burnaby RCMP").
pub(crate) fn is_body(name: &str, described: bool) -> bool {
    if described {
        return heads_a_body(&name.rsplit(' ').next().unwrap_or("").to_lowercase());
    }
    name.split(' ').any(|w| {
        is_not_person_word(w) || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase()))
    })
}

impl Person {
    /// Whether a pronoun of this gender may point to the person: one whose
    /// gender is known fits only its own; "he" or "she" is never a body.
    fn may_be(&self, gender: Option<Gender>) -> bool {
        match (gender, self.likely_gender()) {
            (Some(g), Some(h)) => g == h,
            (Some(_), None) => !self.is_body(),
            (None, _) => true,
        }
    }

    /// An organisation, a document or a group rather than one person
    /// (see [`is_body`], worked out once, when the person is added), unless
    /// the text gives a gender ("Mrs. Field" is a woman, not a field; a
    /// given-name table calling "Burnaby" a man does not count).
    fn is_body(&self) -> bool {
        self.body && self.gender.is_none()
    }

    /// A first name and a surname, the first no common English word
    /// ("Zorwana Quell", not "Famous Canadian" or "Liberals").
    fn is_full_name(&self) -> bool {
        let mut words = self.name.split(' ');
        let first = words.next().unwrap_or("");
        !self.described && words.next().is_some() && frequency_class(&first.to_lowercase()) == RARE
    }

    /// What the text says, else what the first name suggests.
    fn likely_gender(&self) -> Option<Gender> {
        self.gender.or(self.name_gender)
    }
}

/// A sidecar person: name, aliases and role given by the editor.
#[derive(Debug, Clone, Default)]
pub struct Known<'a> {
    /// Full name.
    pub name: &'a str,
    /// Other names.
    pub aliases: &'a [String],
    /// Role.
    pub role: Option<&'a str>,
}

#[derive(Debug, Clone, Copy)]
struct Mention {
    at: Pos,
    person: usize,
    /// At the start of a sentence and not possessive: the sentence's subject.
    subject: bool,
    /// "on Child’s phone": a name that qualifies a noun, not at the start
    /// of its sentence ("Marilla’s lips twitched" is about Marilla).
    possessive: bool,
    /// Named as the one speaking ("Ruiz said", or a cue resolved to them).
    speaks: bool,
}

/// The people registry plus every mention in reading order.
#[derive(Debug, Clone, Default)]
pub struct People {
    /// Everyone found, named or described.
    pub persons: Vec<Person>,
    keys: FastMap<String, Vec<usize>>,
    /// Mentions found in the text, sorted by position.
    mentions: Vec<Mention>,
    /// Mentions added while resolving cues, in the (increasing) order the
    /// cues are read; kept apart so adding one never shifts the big list.
    extra: Vec<Mention>,
    /// The narration says "I": a first-person story, whose narrator speaks
    /// the turns nobody else is given.
    pub narrated: bool,
}

/// One paragraph as the registry reads it.
pub struct ParagraphView<'a> {
    /// Text.
    pub text: &'a str,
    /// Tokens.
    pub tokens: &'a [Token],
    /// Outermost quote spans (mentions inside quotes are not antecedents).
    pub spans: &'a [Span],
    /// Sentence ranges.
    pub sentences: &'a [Range<usize>],
}

/// A subject pronoun in the narration, with the start of its sentence.
#[derive(Debug, Clone, Copy)]
struct Pronoun {
    at: Pos,
    gender: Gender,
    sentence: Pos,
}

/// A run of capitalised words that may name someone.
struct Run<'a> {
    at: Pos,
    paragraph: usize,
    /// Name without dropped titles or possessive ending.
    name: &'a str,
    words: usize,
    possessive: bool,
    titled: bool,
    title_gender: Option<Gender>,
    title_role: Option<&'static str>,
    confirmed: bool,
    subject: bool,
    /// Named next to a speech verb ("Ruiz said", "said Ruiz").
    speaks: bool,
    /// "the Ruiz government": a name used to qualify a noun.
    modifier: bool,
}

impl People {
    /// Builds the registry from the sidecar's people and the paragraphs.
    pub fn build(known: &[Known], paragraphs: &[ParagraphView]) -> People {
        let mut people = People::default();
        for k in known {
            let index = people.add(k.name, k.role.map(str::to_string), false);
            for alias in k.aliases {
                people.key(alias, index);
                push_alias(&mut people.persons[index], alias);
            }
        }

        people.narrated =
            paragraphs.iter().map(first_person_narration).sum::<usize>() >= MIN_NARRATOR_WORDS;
        let mut runs = Vec::new();
        let mut pronouns: Vec<Pronoun> = Vec::new();
        let mut singles: FastMap<&str, usize> = FastMap::default();
        for (p, view) in paragraphs.iter().enumerate() {
            collect_runs(p, view, &mut runs, &mut pronouns);
        }
        for run in &runs {
            if !run.titled {
                *singles.entry(run.name).or_default() += 1;
            }
        }
        // First full mention defines the person.
        for run in &runs {
            let multi = run.words >= MIN_FULL_NAME_WORDS || run.titled;
            // "Fouzia Al Hashish" and later "Al Hashish": the short form of
            // a full name, used again, shows it is a name.
            let reused = run.words >= MIN_FULL_NAME_WORDS
                && run
                    .name
                    .match_indices(' ')
                    .any(|(k, _)| singles.contains_key(&run.name[k + 1..]));
            let single_speaker = run.words == 1 && run.confirmed;
            if !(multi && (run.confirmed || reused) || single_speaker) {
                continue;
            }
            // "Mr. Woodhouse" where "Emma Woodhouse" is known: her father.
            let taken = people.lookup(run.name).is_some_and(|candidates| {
                candidates
                    .iter()
                    .any(|&c| people.may_be(c, run.title_gender))
            });
            if taken {
                continue;
            }
            let index = people.add(run.name, run.title_role.map(str::to_string), false);
            if let Some(person) = people.persons.get_mut(index) {
                person.gender = person.gender.or(run.title_gender);
            }
        }
        // Mentions, in reading order; a shared surname goes to whoever of
        // its owners the text has named most so far (the story's main
        // person, not the husband named once), the latest among equals.
        // A photo caption's names are no one the prose goes on about.
        let captions: Vec<bool> = paragraphs.iter().map(|v| is_caption(v.text)).collect();
        let mut last_seen: FastMap<usize, Pos> = FastMap::default();
        for run in &runs {
            if captions.get(run.paragraph).copied().unwrap_or(false) {
                continue;
            }
            let Some(candidates) = people.lookup(run.name) else {
                continue;
            };
            let fitting: Vec<usize> = candidates
                .iter()
                .copied()
                .filter(|&c| people.may_be(c, run.title_gender))
                .collect();
            let pool = if fitting.is_empty() {
                candidates.as_slice()
            } else {
                &fitting
            };
            let person = pool
                .iter()
                .copied()
                .max_by_key(|&c| {
                    let seen = people.persons.get(c).map_or(0, |p| p.mentions);
                    (seen, last_seen.get(&c).copied().unwrap_or(0))
                })
                .unwrap_or(candidates[0]);
            last_seen.insert(person, run.at);
            if let Some(found) = people.persons.get_mut(person) {
                found.mentions += 1;
                if !found.name.eq_ignore_ascii_case(run.name) && !found.described {
                    push_alias(found, run.name);
                }
            }
            people.mentions.push(Mention {
                at: run.at,
                person,
                subject: run.subject && !run.possessive && !run.modifier,
                possessive: run.modifier || (run.possessive && !run.subject),
                speaks: run.speaks,
            });
        }
        people.learn_genders(&pronouns);
        people
    }

    /// Learns "she"/"he" from a subject pronoun that directly follows a
    /// non-possessive mention in the same paragraph ("Madison admits she’s").
    fn learn_genders(&mut self, pronouns: &[Pronoun]) {
        let mut m = 0;
        for &Pronoun {
            at,
            gender,
            sentence,
        } in pronouns
        {
            while m < self.mentions.len() && self.mentions[m].at < at {
                m += 1;
            }
            let Some(mention) = m.checked_sub(1).and_then(|i| self.mentions.get(i)) else {
                continue;
            };
            // "Wang said she …" teaches; "to take on Singh, because she …"
            // does not: the pronoun follows its sentence's subject.
            if mention.at >> 32 != at >> 32 || !mention.subject {
                continue;
            }
            // "…, Ruiz said. She was taken to hospital": a speaker named at
            // the end of one sentence is not the next one's "she".
            if mention.speaks && mention.at < sentence {
                continue;
            }
            if let Some(person) = self.persons.get_mut(mention.person) {
                if person.gender.is_none() {
                    person.gender = Some(gender);
                }
            }
        }
    }

    fn add(&mut self, name: &str, role: Option<String>, described: bool) -> usize {
        let index = self.persons.len();
        self.persons.push(Person {
            name: name.to_string(),
            aliases: Vec::new(),
            role,
            described,
            gender: None,
            body: is_body(name, described),
            mentions: 0,
            name_gender: if described {
                None
            } else {
                strip_titles(name)
                    .split(' ')
                    .next()
                    .and_then(given_name)
                    .flatten()
            },
        });
        if described {
            let key = described_key(name);
            self.keys.entry(key).or_default().push(index);
            return index;
        }
        self.key(name, index);
        let bare = strip_titles(name);
        if bare != name {
            self.key(bare, index);
        }
        let words: Vec<&str> = bare.split(' ').collect();
        if words.len() >= MIN_FULL_NAME_WORDS {
            if let Some(last) = words.last() {
                // "Mikey Madison" is also "Madison".
                self.key(last, index);
            }
            if let Some(first) = words.first().filter(|w| given_name(w).is_some()) {
                // …and "Mikey", as stories and friends call her.
                self.key(first, index);
            }
        }
        index
    }

    fn key(&mut self, name: &str, index: usize) {
        let entry = self.keys.entry(name.to_lowercase()).or_default();
        if !entry.contains(&index) {
            entry.push(index);
        }
    }

    fn lookup(&self, name: &str) -> Option<&Vec<usize>> {
        self.keys
            .get(&name.to_lowercase())
            .filter(|v| !v.is_empty())
    }

    /// Every word of the names of the people the text names, lowercase
    /// ("elon", "musk"): words that are nobody's topic.
    pub fn name_words(&self) -> FastSet<String> {
        self.persons
            .iter()
            .filter(|p| !p.described)
            .flat_map(|p| std::iter::once(&p.name).chain(&p.aliases))
            .flat_map(|name| name.split(' '))
            .map(|w| trim_possessives(w).to_lowercase())
            .collect()
    }

    /// The named person a written name refers to, if one is known; never
    /// creates one. Among people sharing the name the latest before `at`.
    pub fn known(&self, name: &str, at: Pos) -> Option<usize> {
        let candidates = self.lookup(name)?;
        let index = self.surname_owner(candidates, at);
        self.persons
            .get(index)
            .filter(|p| !p.described)
            .map(|_| index)
    }

    /// Whether a pronoun of this gender may point to the person: one whose
    /// gender is known fits only its own; "he" or "she" is never a body.
    pub fn may_be(&self, index: usize, gender: Option<Gender>) -> bool {
        self.persons.get(index).is_some_and(|p| p.may_be(gender))
    }

    /// Whether the "person" is an organisation, a document or a group.
    pub fn is_body_at(&self, index: usize) -> bool {
        self.persons.get(index).is_some_and(|p| p.is_body())
    }

    /// The person's gender, as the text says or the first name suggests.
    pub fn likely_gender_of(&self, index: usize) -> Option<Gender> {
        self.persons.get(index).and_then(Person::likely_gender)
    }

    /// Whether the person is unnamed, kept as described ("a producer").
    pub fn is_described(&self, index: usize) -> bool {
        self.persons.get(index).is_none_or(|p| p.described)
    }

    /// The person a written name refers to, created if new; among people
    /// sharing a surname, see [`People::surname_owner`].
    pub fn resolve_name(
        &mut self,
        name: &str,
        role: Option<&str>,
        gender: Option<Gender>,
        at: Pos,
    ) -> usize {
        let found = self.lookup(name).cloned().or_else(|| {
            // "Dr. Amy Lee" written where "Amy Lee" was defined.
            let bare = strip_titles(name);
            (bare != name).then(|| self.lookup(bare).cloned()).flatten()
        });
        // "Mr. Woodhouse" is never Emma Woodhouse.
        let fitting = found
            .map(|c| {
                c.into_iter()
                    .filter(|&i| self.may_be(i, gender))
                    .collect::<Vec<_>>()
            })
            .filter(|c| !c.is_empty());
        let index = match fitting {
            Some(candidates) => self.surname_owner(&candidates, at),
            None => self.add(name, None, false),
        };
        if let Some(person) = self.persons.get_mut(index) {
            if person.role.is_none() {
                person.role = role.map(str::to_string);
            }
            if person.gender.is_none() {
                person.gender = gender;
            }
            if !person.name.eq_ignore_ascii_case(name) {
                push_alias(person, name);
            }
        }
        self.add_mention(at, index, false);
        index
    }

    /// The described speaker for "a producer" (the same one for a later
    /// "the producer").
    pub fn resolve_described(&mut self, text: &str, at: Pos) -> usize {
        let key = described_key(text);
        let index = match self.keys.get(&key).and_then(|v| v.first()) {
            Some(&i) => i,
            None => {
                let mut name = text.to_string();
                // Sentence-initial "The company" reads better as "the company".
                if let Some(first) = name.split(' ').next() {
                    if is_determiner(first) {
                        let lower = first.to_lowercase();
                        name.replace_range(..first.len(), &lower);
                    }
                }
                self.add(&name, None, true)
            }
        };
        self.add_mention(at, index, false);
        index
    }

    /// The first-person narrator ("I said"): one described speaker, "I".
    pub fn resolve_narrator(&mut self, at: Pos) -> usize {
        let index = self.resolve_described(NARRATOR, at);
        if let Some(person) = self.persons.get_mut(index) {
            person.role.get_or_insert_with(|| "narrator".to_string());
        }
        index
    }

    /// The most recent person before `at` who fits the pronoun's gender.
    pub fn resolve_pronoun(&mut self, gender: Option<Gender>, at: Pos) -> Option<usize> {
        let found = self.pronoun_referent(gender, at)?;
        self.learn_gender(found, gender);
        Some(found)
    }

    /// `person` is who a pronoun of `gender` in the text refers to: the
    /// text says their gender, unless it said it already.
    pub fn learn_gender(&mut self, person: usize, gender: Option<Gender>) {
        if let Some(person) = self.persons.get_mut(person) {
            if person.gender.is_none() {
                person.gender = gender;
            }
        }
    }

    /// Whom "he" or "she" at `at` points to, learning nothing.
    pub fn pronoun_referent(&self, gender: Option<Gender>, at: Pos) -> Option<usize> {
        // "he" is never the narrator, "I".
        let narrator = |person: &Person| person.described && person.name == NARRATOR;
        // First someone near who is known to fit ("she" and a Nora), past
        // names of unknown gender such as a newspaper or a town; then
        // anyone who may fit.
        // A name that only qualifies a noun ("on Child’s phone") comes
        // after the people the narration is about.
        let near = |possessives: bool| {
            gender.and_then(|g| {
                self.find_recent(at, PRONOUN_NEAR, |m, person| {
                    // "Jo Ruiz was on a trip. “…,” she said": the person the
                    // sentence just before is about, or who just spoke,
                    // whatever their name suggests, before anyone known to
                    // fit further back.
                    let subject = (m.subject || m.speaks)
                        && person.likely_gender().is_none()
                        && (m.speaks || person.is_full_name())
                        && !person.is_body()
                        && m.at >> 32 >= (at >> 32).saturating_sub(1);
                    (possessives || !m.possessive)
                        && (person.likely_gender() == Some(g) || subject)
                        && !narrator(person)
                        && !person.is_body()
                })
            })
        };
        near(false).or_else(|| near(true)).or_else(|| {
            // "he" or "she" is one person: never "the health authority",
            // "officials" or "RCMP".
            self.find_recent(at, PRONOUN_REACH, |_, person| {
                person.may_be(gender) && !narrator(person)
            })
        })
    }

    /// What "it said" at `at` points to: the organisation or document
    /// named last, never a person.
    pub fn body_referent(&self, at: Pos) -> Option<usize> {
        self.find_recent(at, PRONOUN_REACH, |_, person| person.is_body())
    }

    /// Among the last `limit` mentions before `at` (from both mention
    /// lists, most recent first), the first person `fits` accepts.
    fn find_recent(
        &self,
        at: Pos,
        limit: usize,
        mut fits: impl FnMut(&Mention, &Person) -> bool,
    ) -> Option<usize> {
        let a_end = self.mentions.partition_point(|m| m.at < at);
        let b_end = self.extra.partition_point(|m| m.at < at);
        let a = self.mentions.get(a_end.saturating_sub(limit)..a_end)?;
        let b = self.extra.get(b_end.saturating_sub(limit)..b_end)?;
        let (mut i, mut j) = (a.len(), b.len());
        for _ in 0..limit {
            let x = i.checked_sub(1).and_then(|k| a.get(k));
            let y = j.checked_sub(1).and_then(|k| b.get(k));
            let mention = match (x, y) {
                (Some(x), Some(y)) if x.at >= y.at => {
                    i -= 1;
                    x
                }
                (Some(x), None) => {
                    i -= 1;
                    x
                }
                (_, Some(y)) => {
                    j -= 1;
                    y
                }
                (None, None) => return None,
            };
            if let Some(person) = self.persons.get(mention.person) {
                if fits(mention, person) {
                    return Some(mention.person);
                }
            }
        }
        None
    }

    /// The subjects of sentences that start with a name, between `from`
    /// and `to`, latest first, as (position, person).
    fn subjects(&self, from: Pos, to: Pos) -> impl Iterator<Item = (Pos, usize)> + '_ {
        let end = self.mentions.partition_point(|m| m.at < to);
        self.mentions[..end]
            .iter()
            .rev()
            .take_while(move |m| m.at >= from)
            .filter(|m| m.subject)
            .map(|m| (m.at, m.person))
    }

    /// The person who is the subject of the latest sentence that starts
    /// with a name, between `from` and `to`: context for an unattributed
    /// quote ("Jones disagreed. “No way.”").
    pub fn subject_between(&self, from: Pos, to: Pos) -> Option<(Pos, usize)> {
        self.subjects(from, to).next()
    }

    /// The named person who is the subject of the latest sentence that
    /// starts with a name, within `paragraphs` paragraphs before `at`.
    pub fn subject_before(&self, at: Pos, paragraphs: usize) -> Option<usize> {
        let from = pos(((at >> 32) as usize).saturating_sub(paragraphs), 0);
        self.subjects(from, at)
            .map(|(_, person)| person)
            .find(|&i| !self.is_described(i))
    }

    /// Which of the people sharing a name is meant at `at`: among those the
    /// text names most, the one mentioned last.
    fn surname_owner(&self, candidates: &[usize], at: Pos) -> usize {
        let first = candidates.first().copied().unwrap_or(0);
        if candidates.len() == 1 {
            return first;
        }
        // A common surname can have dozens of owners in a long article:
        // test membership in a set, not by scanning them per mention.
        // The one the text names most, as when the registry was built.
        let most = candidates
            .iter()
            .map(|&c| self.persons.get(c).map_or(0, |p| p.mentions))
            .max()
            .unwrap_or(0);
        let owners: FastSet<usize> = candidates
            .iter()
            .copied()
            .filter(|&c| self.persons.get(c).map_or(0, |p| p.mentions) == most)
            .collect();
        let chosen = self.find_recent(at, SURNAME_REACH, |m, _| owners.contains(&m.person));
        chosen.unwrap_or(first)
    }

    fn add_mention(&mut self, at: Pos, person: usize, subject: bool) {
        let mention = Mention {
            at,
            person,
            subject,
            possessive: false,
            speaks: true,
        };
        match self.extra.last() {
            Some(last) if last.at > at => {
                let i = self.extra.partition_point(|m| m.at < at);
                self.extra.insert(i, mention);
            }
            Some(last) if last.at == at && last.person == person => {}
            _ => self.extra.push(mention),
        }
    }
}

fn push_alias(person: &mut Person, alias: &str) {
    if !person.aliases.iter().any(|a| a.eq_ignore_ascii_case(alias)) {
        person.aliases.push(alias.to_string());
    }
}

/// "a producer", "the producer" and "Producer" share the key "~producer".
fn described_key(text: &str) -> String {
    let lower = text.to_lowercase();
    let mut words = lower.split(' ').peekable();
    if words.peek().is_some_and(|w| is_determiner(w)) {
        words.next();
    }
    let rest: Vec<&str> = words.collect();
    format!("~{}", rest.join(" "))
}

/// Longest abbreviation of a province or state, in bytes ("Calif.").
const MAX_REGION_ABBREVIATION: usize = 6;

/// "B.C.", "Ont.", "N.Y.", "Calif.": a capitalised abbreviation.
fn is_region_abbreviation(word: &str) -> bool {
    word.len() <= MAX_REGION_ABBREVIATION
        && word.ends_with('.')
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.chars().all(|c| c.is_ascii_alphabetic() || c == '.')
}

/// "Dr. Amy Lee" → "Amy Lee".
fn strip_titles(name: &str) -> &str {
    let mut rest = name;
    while let Some((first, tail)) = rest.split_once(' ') {
        if title(first).is_some() && !tail.is_empty() {
            rest = tail;
        } else {
            break;
        }
    }
    rest
}

/// Where the name starts in a capitalised run that opens with a role
/// ("Attorney General Jo Ruiz", "Labour Leader Ann Bo", "Port Hope
/// Police Lt. Tom Ruiz"): after the run's last role word, when that word
/// is a title or a first name and a surname follow it; with the title, if
/// it is one.
/// The run is `len` words, the `k`th being `word(k)`: read in place, since
/// both callers see every capitalised run of the text.
pub(crate) fn after_role<'a>(
    len: usize,
    word: impl Fn(usize) -> &'a str,
) -> Option<(usize, Option<TitleInfo>)> {
    let role_word = |w: &str| {
        let w = trim_possessives(w);
        title(w).is_some() || is_not_person_word(w)
    };
    let r = (0..len.saturating_sub(1))
        .rev()
        .find(|&k| role_word(word(k)))?;
    let after = len - r - 1;
    let named = given_name(word(r + 1)).is_some() && after >= MIN_FULL_NAME_WORDS;
    let titled = title(trim_possessives(word(r)));
    (named || titled.is_some()).then_some((r + 1, titled))
}

/// "Court’s" → "Court": `trim_end_matches("’s")` without a string search.
fn trim_possessives(mut word: &str) -> &str {
    while let Some(rest) = word.strip_suffix("’s") {
        word = rest;
    }
    word
}

fn collect_runs<'a>(
    p: usize,
    view: &ParagraphView<'a>,
    runs: &mut Vec<Run<'a>>,
    pronouns: &mut Vec<Pronoun>,
) {
    let par = view.text;
    // "Story continues below advertisement": a heading's verb is no cue.
    let heading = is_heading(par);
    let tokens = view.tokens;
    let text = |i: usize| tokens.get(i).map_or("", |t: &Token| t.text(par));
    let is_word = |i: usize| tokens.get(i).is_some_and(|t| t.word);
    let name_word = |i: usize| {
        let t = text(i);
        is_word(i)
            && is_capitalized(t)
            && !is_stopword(t)
            && !is_determiner(t)
            && !t.chars().all(char::is_uppercase)
            && !is_first_person(t)
    };
    let mut spans = view.spans.iter().peekable();
    let mut sentences = view.sentences.iter().peekable();
    let mut i = 0;
    while i < tokens.len() {
        let start = tokens[i].start;
        while spans.peek().is_some_and(|s| s.after <= start) {
            spans.next();
        }
        if spans.peek().is_some_and(|s| s.open <= start) {
            i += 1;
            continue;
        }
        while sentences.peek().is_some_and(|s| s.end <= start) {
            sentences.next();
        }
        let t = text(i);
        if let Some(g) = pronoun_gender(t) {
            // "she", "he" (and "she’s"): subject forms only.
            let base = t.split(['’', '\'']).next().unwrap_or(t);
            if matches!(subject_pronoun(base), Some(Some(_))) {
                let sentence = sentences.peek().map_or(0, |s| s.start);
                pronouns.push(Pronoun {
                    at: pos(p, start),
                    gender: g,
                    sentence: pos(p, sentence),
                });
            }
        }
        let mut j = i;
        let mut titled = false;
        let mut title_gender = None;
        let mut title_role = None;
        let mut name_start = i;
        while let Some((role, keep, gender)) = is_word(j).then(|| title(text(j))).flatten() {
            if !name_word(j + 1) {
                break;
            }
            titled = true;
            title_gender = title_gender.or(gender);
            title_role = title_role.or(role);
            if !keep {
                name_start = j + 1;
            }
            j += 1;
        }
        // "Finally Tom came in": a sentence's opening adverb is no name.
        let opens_sentence = sentences.peek().is_some_and(|s| s.start == tokens[j].start);
        if opens_sentence && j == i && name_word(j + 1) && is_opening_adverb(text(j)) {
            j += 1;
            name_start = j;
        }
        let mut first = j;
        let mut possessive = false;
        // "Ursula von der Leyen": particles, one or two, then a name word.
        let particles = |k: usize| {
            let n = (k..k + MAX_PARTICLES)
                .take_while(|&i| is_name_particle(text(i)))
                .count();
            n > 0 && name_word(k + n)
        };
        while name_word(j) || (j > first && particles(j)) {
            j += 1;
            let w = text(j - 1);
            if w.ends_with("’s") || w.ends_with("'s") {
                possessive = true;
                break;
            }
        }
        if j == first {
            i += 1;
            continue;
        }
        // "Attorney General Jo Ruiz", "Conservative Leader Ann Bo": a role
        // in capitals before a name; the name starts after its last word.
        if let Some((start, titled_here)) = after_role(j - first, |k| text(first + k)) {
            if let Some((role, _, gender)) = titled_here {
                titled = true;
                title_role = title_role.or(role);
                title_gender = title_gender.or(gender);
            }
            first += start;
            name_start = first;
        }
        let (Some(a), Some(b)) = (tokens.get(name_start), tokens.get(j - 1)) else {
            i = j.max(i + 1);
            continue;
        };
        let mut name = &par[a.start..b.end];
        if possessive {
            name = name
                .strip_suffix("’s")
                .or_else(|| name.strip_suffix("'s"))
                .unwrap_or(name);
        }
        let words = j - first;
        let word_list = || (first..j).map(text);
        // "(Jo Ruiz/Reuters)": a photo credit names who took the picture.
        let credit = text(j) == "/" || (first > 0 && text(first - 1) == "/");
        // "Mrs. Field", "Dr. Street": after an honorific (a title that
        // names no role), a surname.
        let honoured = titled && title_role.is_none();
        // "the Prime Minister’s Office": titles alone name no one.
        let only_titles = word_list().all(|w| title(trim_possessives(w)).is_some());
        // "Prince George, B.C.", "Mississauga, Ont.": a place and its
        // province or state, abbreviated.
        let region =
            text(j) == "," && is_region_abbreviation(text(j + 1)) && !is_name_suffix(text(j + 1));
        let excluded = credit
            || region
            || only_titles
            || (!honoured && word_list().any(|w| is_not_person_word(trim_possessives(w))))
            || word_list().any(|w| w.chars().any(|c| c.is_ascii_digit()));
        let verb_next = is_word(j) && speech_verb(text(j)).is_some();
        // "said Smith" names a speaker; "told Reuters" names a listener.
        let verb_before = i > 0
            && is_word(i - 1)
            && speech_verb(text(i - 1)).is_some_and(|v| !v.object && !v.partial);
        // ", 45," after a name is an age.
        let age = text(j) == ","
            && text(j + 1).chars().all(|c| c.is_ascii_digit())
            && !text(j + 1).is_empty();
        // "Land Planning", "Rose Garden": a first name among common
        // words is a name only when something else says so.
        let all_common_words =
            || word_list().all(|w| frequency_class(&trim_possessives(w).to_lowercase()) < RARE);
        // The given-names table last: it is the dearest test.
        let confirmed = !excluded
            && (titled
                || age
                || (!possessive && (verb_next || verb_before) && !heading)
                || (words >= MIN_FULL_NAME_WORDS
                    && given_name(text(first)).is_some()
                    && !all_common_words()));
        // "… but Chapman says …": whoever a speech verb follows is the
        // subject of that clause, wherever it stands.
        // "Harold Adams, 76, recalls": the verb after the age.
        let verb_after_age =
            age && text(j + 2) == "," && is_word(j + 3) && speech_verb(text(j + 3)).is_some();
        let subject = ((verb_next || verb_after_age) && !possessive)
            || sentences.peek().is_some_and(|s| {
                let opens = |k: usize| tokens.get(k).is_some_and(|t| t.start == s.start);
                s.start == tokens[i].start
                || (i > 0 && opens(i - 1) && is_stopword(text(i - 1)))
                // "In court, Ruiz has made it clear …"
                || (i > 1
                    && text(i - 1) == ","
                    && (1..=OPENING_PHRASE_TOKENS).any(|n| i > n && opens(i - 1 - n) && {
                        is_preposition(&text(i - 1 - n).to_lowercase())
                    }))
                // "His daughter, Ruth Becker-Lowe, runs …"
                || (i > *OWNER_BEFORE_COMMA.start()
                    && text(i - 1) == ","
                    && text(j) == ","
                    && OWNER_BEFORE_COMMA.clone().any(|n| i > n && opens(i - 1 - n) && {
                        let d = text(i - 1 - n);
                        is_determiner(d) || d.eq_ignore_ascii_case("her")
                    }))
            });
        // "Jo Ruiz was on a trip when he …": a full name (or one name with
        // an appositive) that a "he" or "she" of its own sentence goes on
        // about is someone's.
        let sentence_end = sentences.peek().map_or(par.len(), |s| s.end);
        // "Yunna, a resident of the coast, was …": one name in apposition.
        let apposed = text(j) == "," && is_article(text(j + 1));
        let pronoun_after = subject
            && !possessive
            && (words >= MIN_FULL_NAME_WORDS || apposed)
            && tokens[j..]
                .iter()
                .take_while(|t| t.start < sentence_end)
                .any(|t| t.word && matches!(subject_pronoun(t.text(par)), Some(Some(_))));
        let confirmed = confirmed || (!excluded && pronoun_after);
        // "the Vane government", "the Ruiz campaign": a name between "the"
        // and a lowercase noun qualifies the noun.
        let modifier = i > 0
            && text(i - 1).eq_ignore_ascii_case("the")
            && is_word(j)
            && text(j).starts_with(|c: char| c.is_lowercase())
            && speech_verb(text(j)).is_none();
        if !excluded {
            runs.push(Run {
                at: pos(p, a.start),
                paragraph: p,
                name,
                words,
                possessive,
                titled,
                title_gender,
                title_role,
                confirmed,
                subject,
                speaks: (verb_next || verb_before || verb_after_age) && !possessive,
                modifier,
            });
        }
        i = j;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::marks::scan;
    use crate::extract::sentences::sentences;
    use crate::extract::words::tokenize;

    /// Builds the registry over `pars` and resolves `pronoun` ("she"/"he")
    /// at the end of the last paragraph; returns (names, resolved name).
    fn check(pars: &[&str], pronoun: Gender, expected_people: &[&str], expected: Option<&str>) {
        let tokens: Vec<Vec<Token>> = pars.iter().map(|p| tokenize(p)).collect();
        let spans: Vec<Vec<Span>> = pars.iter().map(|p| scan(p).spans).collect();
        let sents: Vec<Vec<Range<usize>>> = pars
            .iter()
            .zip(&spans)
            .map(|(p, s)| sentences(p, s))
            .collect();
        let views: Vec<ParagraphView> = (0..pars.len())
            .map(|i| ParagraphView {
                text: pars[i],
                tokens: &tokens[i],
                spans: &spans[i],
                sentences: &sents[i],
            })
            .collect();
        let mut people = People::build(&[], &views);
        let names: Vec<&str> = people.persons.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, expected_people);
        let last = pars.len() - 1;
        let at = pos(last, pars[last].len());
        let found = people
            .resolve_pronoun(Some(pronoun), at)
            .map(|i| people.persons[i].name.clone());
        assert_eq!(found.as_deref(), expected);
    }

    #[test]
    fn surname_resolves_to_full_name_and_pronoun_to_latest() {
        check(
            &[
                "Mikey Madison admits she’s no stranger to tears.",
                "She moved to Brighton Beach to film Anora, Sean Baker’s gritty tale. Madison noticed the tears weren’t flowing.",
            ],
            Gender::Female,
            &["Mikey Madison", "Sean Baker"],
            Some("Mikey Madison"),
        );
    }

    #[test]
    fn gender_skips_people_who_do_not_fit() {
        check(
            &[
                "Mayor Jane Ortiz said she would veto it. Council member Tom Reyes, 52, said he would not.",
                "Ortiz spoke first, then Reyes.",
            ],
            Gender::Female,
            &["Jane Ortiz", "Tom Reyes"],
            Some("Jane Ortiz"),
        );
    }

    #[test]
    fn places_are_not_people() {
        check(
            &["During our chat at a Midtown Manhattan restaurant, the Telluride Film Festival began."],
            Gender::Male,
            &[],
            None,
        );
    }
}
