//! Stage 4a: the article's own topics, found in its words, as themes.
//!
//! A theme filter is only worth having if it names what the article is
//! about in the article's words ("stop sign", "shelters", "evictions"). So:
//!
//! 1. [`Vocabulary`]: every content word and two-word phrase of the text,
//!    folded ("shelters" is "shelter"), counted with the headline and the
//!    opening paragraphs weighing more, and scored by how much rarer it is
//!    here than in English in general ([`frequency_class`]), so "eviction"
//!    beats "people". Names of the article's people are not topics, nor
//!    words the text uses as verbs or adjectives ([`nounlike`]: a noun
//!    ends a phrase an article or preposition opens, a name is
//!    capitalised inside sentences). Words of
//!    one stem are one term, named by its best noun ("derailed" counts
//!    for "derailment": [`Vocabulary::group`]).
//! 2. [`contexts`]: the terms around each quote, in its own sentence and
//!    the sentences either side; on an article of under six quotes, in
//!    its paragraph and the one before ([`paragraph_context`]).
//! 3. [`choose`]: greedily, the terms that cover the most quotes not yet
//!    covered, weighed by their score, each on at least two quotes and, on
//!    an article of six quotes or more, on at most half of them; a term
//!    that shares a word with one already chosen, or marks nearly the same
//!    quotes, joins it instead of standing alone; three to eight themes.
//! 4. Each quote then carries every chosen theme whose terms its sentence
//!    holds, or failing that, its paragraph, or failing that, those of
//!    the same speaker's quote beside it ([`follow_on`]).
//!
//! The pipeline puts the sidecar's themes first and falls back on the
//! built-in lexicon only for quotes these leave uncovered.

use crate::extract::given_names::given_name;
use crate::extract::lexicon::{
    is_article, is_degree_adverb, is_general_noun, is_not_topic, is_object_opener,
    is_possessive_pronoun, is_preposition, is_relation_noun, is_stopword, is_verb_opener,
    speech_verb, title,
};
use crate::extract::marks::is_mark;
use crate::extract::people::People;
use crate::extract::pipeline::{Doc, Draft};
use crate::extract::word_frequency::frequency_class;
use crate::extract::words::is_capitalized;
use crate::id::{FastMap, FastSet};
use rust_stemmers::{Algorithm, Stemmer};
use std::ops::Range;

/// One theme found in the text.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Topic {
    /// The article's own words for it, first letter capitalised.
    pub(crate) label: String,
    /// The drafts that carry it, in order.
    pub(crate) quotes: Vec<usize>,
}

impl Topic {
    fn covers(&self, d: usize) -> bool {
        self.quotes.binary_search(&d).is_ok()
    }

    /// Gives it to draft `d` as well, unless it is on `cap` quotes already.
    fn give(&mut self, d: usize, cap: usize) {
        if self.quotes.len() < cap {
            if let Err(at) = self.quotes.binary_search(&d) {
                self.quotes.insert(at, d);
            }
        }
    }
}

/// Words in a class below this are too common to name a topic ("people",
/// "time", "help": the 511 commonest words of English).
const MIN_CLASS: u8 = 9;

/// A two-word phrase ("stop sign") is more specific than either word: its
/// score counts it this many classes rarer than its rarer word.
const PHRASE_BONUS: f32 = 2.0;

/// Fewest times a two-word phrase must occur to be a candidate.
const MIN_PHRASE_COUNT: f32 = 2.0;

/// Paragraphs at the top that weigh more: the headline and the lede say
/// what the story is about.
const LEAD_PARAGRAPHS: usize = 3;

/// How much more a word in the lead (or the sidecar's title) counts.
const LEAD_WEIGHT: f32 = 3.0;

/// How much more a term the lead holds says about the article.
const LEAD_BONUS: f32 = 1.25;

/// A term scoring under this share of the article's best says too little
/// about the article to name a theme, even where it would cover quotes
/// nothing else covers ("Meeting", "Wall" beside "Avalanche").
const MIN_SHARE_OF_BEST: f32 = 0.4;

/// A theme must cover at least this many quotes…
const MIN_THEME_QUOTES: usize = 2;

/// …and, on an article of this many quotes or more, at most half of them.
const CAP_FROM_QUOTES: usize = 6;

/// Themes found per article, at least and at most (when the text has that
/// many candidates).
const MIN_THEMES: usize = 3;
const MAX_THEMES: usize = 8;

/// Share of quotes under a theme at which choosing stops (once there are
/// `MIN_THEMES`).
const TARGET_COVERAGE: f32 = 0.85;

/// Two terms whose quote sets overlap this much (Jaccard) are one theme.
const SAME_QUOTES: f32 = 0.8;

/// A folded term and what the text says of it.
#[derive(Debug, Default)]
struct Term {
    /// Its words, folded ("stop sign", "shelter").
    key: String,
    /// Component word terms of a phrase.
    parts: Vec<u32>,
    /// How the text writes a word, and how often ("Shelters", "shelters");
    /// a phrase is written with its words' commonest forms.
    surfaces: Vec<(String, u32)>,
    /// Occurrences, the lead's counting [`LEAD_WEIGHT`] times.
    weight: f32,
    /// Whether it occurs in the lead (or the sidecar's title).
    lead: bool,
    /// Frequency class in English (see [`frequency_class`]).
    class: u8,
    /// Occurrences in all, right after a determiner ("the funding"), used
    /// as something else than a noun ([`used_otherwise`]), and as part of
    /// a title ("Prime" of "Prime Minister").
    count: u32,
    determined: u32,
    otherwise: u32,
    in_title: u32,
    /// Occurrences that end a phrase opened by a determiner or a
    /// preposition ("the avalanche was", "on insulin."): a noun's, even
    /// where the word mostly modifies ("avalanche warning").
    heads: u32,
    /// Occurrences written with a capital inside a sentence, and in
    /// lowercase anywhere: a proper noun has the first and never the
    /// second (a sentence's first word says nothing).
    capitals: u32,
    lowercase: u32,
    /// Whether the word's stem group has a past form ("happened"): then
    /// an "-s" says nothing ([`Vocabulary::group`]).
    verb_forms: bool,
}

impl Term {
    /// How much the term says about this article: rarer in English and
    /// frequent here.
    fn score(&self) -> f32 {
        let rarity = f32::from(self.class)
            + if self.parts.is_empty() {
                0.0
            } else {
                PHRASE_BONUS
            };
        let lead = if self.lead { LEAD_BONUS } else { 1.0 };
        rarity * (1.0 + self.weight.ln()) * lead
    }

    /// The commonest way the text writes a word.
    fn surface(&self) -> &str {
        self.surfaces
            .iter()
            .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
            .map_or(self.key.as_str(), |(s, _)| s.as_str())
    }

    /// Counts one more way of writing it.
    fn write(&mut self, surface: &str) {
        match self.surfaces.iter_mut().find(|(s, _)| s == surface) {
            Some((_, n)) => *n += 1,
            None => self.surfaces.push((surface.to_string(), 1)),
        }
    }
}

/// What one occurrence of a term says of it (see the fields of [`Term`]).
#[derive(Debug, Default)]
struct Use {
    /// Right after a determiner ("the funding").
    determined: bool,
    /// Ends a phrase a determiner or preposition opens.
    heads: bool,
    /// Used as something else than a noun ([`used_otherwise`]).
    otherwise: bool,
    /// Part of a title ("Prime" of "Prime Minister").
    in_title: bool,
    /// Capitalised inside a sentence; written in lowercase.
    capital: bool,
    lowercase: bool,
}

/// The text's terms and where each occurs.
#[derive(Debug, Default)]
struct Vocabulary {
    terms: Vec<Term>,
    ids: FastMap<String, u32>,
    /// Per paragraph, (byte offset, term) in reading order.
    at: Vec<Vec<(usize, u32)>>,
    /// Each term's stand-in: the term of its stem group that names it
    /// ([`Vocabulary::group`]).
    rep: Vec<u32>,
}

impl Vocabulary {
    fn build(doc: &Doc, people: &People, title: Option<&str>) -> Vocabulary {
        let mut v = Vocabulary::default();
        let names = people.name_words();
        // Each distinct word's term and lowercase (an index in `lowers`).
        let mut words: FastMap<&str, Option<(u32, usize)>> = FastMap::default();
        let mut lowers: Vec<String> = Vec::new();
        // Whether each distinct word goes on a noun phrase: read often.
        let mut goes_on: FastMap<&str, bool> = FastMap::default();
        let mut pairs: FastMap<(u32, u32), u32> = FastMap::default();
        let mut seen_pars: FastMap<&str, usize> = FastMap::default();
        let mut aside = Vec::new();
        for par in doc.pars {
            *seen_pars.entry(par).or_default() += 1;
        }
        for p in 0..doc.pars.len() {
            let par = doc.pars.get(p).copied().unwrap_or("");
            // Boilerplate ("Story continues below advertisement", repeated)
            // and links to other stories ("READ MORE: …") are not this
            // article's words.
            if is_link_line(par) || seen_pars.get(par).is_some_and(|&n| n > 1) {
                v.at.push(Vec::new());
                aside.push(p);
                continue;
            }
            let tokens = doc.tokens.get(p).map_or(&[][..], Vec::as_slice);
            let starts: Vec<usize> = doc
                .sentences
                .get(p)
                .map_or(Vec::new(), |s| s.iter().map(|r| r.start).collect());
            let weight = if p < LEAD_PARAGRAPHS {
                LEAD_WEIGHT
            } else {
                1.0
            };
            let mut found = Vec::new();
            let mut previous: Option<(usize, u32)> = None;
            for (i, token) in tokens.iter().enumerate() {
                let word = token.text(par);
                // Each distinct word is read once: its term and lowercase.
                let known = if token.word {
                    match words.get(word) {
                        Some(&known) => known,
                        None => {
                            let known = content_word(word, &names).map(|(key, lower, class)| {
                                lowers.push(lower);
                                (v.word(key, class), lowers.len() - 1)
                            });
                            words.insert(word, known);
                            known
                        }
                    }
                } else {
                    None
                };
                let term = known.map(|(t, lower)| {
                    // A proper noun keeps its capitals; any other word, or
                    // one opening a sentence, is written in lowercase.
                    let lower = lowers.get(lower).map_or("", String::as_str);
                    // A capital opening a sentence, or a quotation inside
                    // one ("“Perhaps.”"), says nothing.
                    let after_mark = i
                        .checked_sub(1)
                        .and_then(|j| tokens.get(j))
                        .is_some_and(|b| !b.word && b.text(par).chars().all(is_mark));
                    let proper = word.starts_with(char::is_uppercase)
                        && !after_mark
                        && starts.binary_search(&token.start).is_err();
                    let surface = if proper { trim_word(word) } else { lower };
                    v.add(t, Some(surface), weight);
                    let before = i
                        .checked_sub(1)
                        .and_then(|j| tokens.get(j))
                        .filter(|b| b.word)
                        .map(|b| b.text(par));
                    let after = tokens.get(i + 1).filter(|a| a.word).map(|a| a.text(par));
                    // "the funding was", not "the leading cause": an
                    // "-ing" or "-ed" form is a noun after a determiner
                    // only if it ends the phrase.
                    let participle = is_participle(word);
                    let mut phrase_goes_on = || {
                        after.is_some_and(|a| {
                            *goes_on.entry(a).or_insert_with(|| goes_on_a_phrase(a))
                        })
                    };
                    let determined =
                        before.is_some_and(names_a_thing) && !(participle && phrase_goes_on());
                    let opens =
                        determined || before.is_some_and(|b| !participle && is_preposition(b));
                    // "a five-year term": a hyphenated word before a noun
                    // modifies it.
                    let compound = word.contains('-')
                        && after.is_some_and(|a| a.starts_with(char::is_lowercase))
                        && phrase_goes_on();
                    v.seen(
                        t,
                        Use {
                            determined,
                            heads: opens && !phrase_goes_on(),
                            otherwise: !proper && used_otherwise(before, after) || compound,
                            // "Prime" of "Prime Minister": part of a title.
                            in_title: is_capitalized(word)
                                && after.is_some_and(|a| is_title(trim_word(a))),
                            capital: proper,
                            lowercase: !word.starts_with(char::is_uppercase),
                        },
                    );
                    t
                });
                if let (Some(t), Some((j, u))) = (term, previous) {
                    if j + 1 == i {
                        // "electric vehicle", not "the film’s Cannes
                        // premiere" or "Film Festival": a modifier is a
                        // plain word before a plain word.
                        let first = tokens.get(j);
                        let owner = first.is_some_and(|f| {
                            let f = f.text(par);
                            f.ends_with("’s") || f.ends_with("'s")
                        });
                        if !owner && !is_capitalized(word) {
                            v.modifies(u);
                        }
                        let phrase = match pairs.get(&(u, t)) {
                            Some(&phrase) => phrase,
                            None => {
                                let key = format!("{} {}", v.key(u), v.key(t));
                                let phrase = v.phrase(key, vec![u, t]);
                                pairs.insert((u, t), phrase);
                                phrase
                            }
                        };
                        v.add(phrase, None, weight);
                        let before = j.checked_sub(1).and_then(|b| tokens.get(b));
                        let determined =
                            before.is_some_and(|b| b.word && names_a_thing(b.text(par)));
                        v.seen(
                            phrase,
                            Use {
                                determined,
                                ..Use::default()
                            },
                        );
                        found.push((first.map_or(0, |f| f.start), phrase));
                    }
                }
                if let Some(t) = term {
                    found.push((token.start, t));
                }
                previous = term.map(|t| (i, t));
            }
            found.sort_by_key(|&(at, _)| at);
            v.at.push(found);
        }
        // Yet a quote in such a line ("WATCH: the ‘sextortion’ cases") is
        // still about the terms it names: they are found there, uncounted.
        for p in aside {
            let par = doc.pars.get(p).copied().unwrap_or("");
            let tokens = doc.tokens.get(p).map_or(&[][..], Vec::as_slice);
            let mut found = Vec::new();
            let mut previous: Option<u32> = None;
            for token in tokens {
                let term = words
                    .get(token.text(par))
                    .copied()
                    .flatten()
                    .map(|(t, _)| t);
                if let (Some(t), Some(u)) = (term, previous) {
                    if let Some(&phrase) = pairs.get(&(u, t)) {
                        found.push((token.start, phrase));
                    }
                }
                if let Some(t) = term {
                    found.push((token.start, t));
                }
                previous = term;
            }
            if let Some(at) = v.at.get_mut(p) {
                *at = found;
            }
        }
        // The editor's headline, when the sidecar gives one, is the lead.
        for word in title.unwrap_or("").split(|c: char| !c.is_alphanumeric()) {
            if let Some((key, lower, class)) = content_word(word, &names) {
                let id = v.word(key, class);
                v.add(id, Some(&lower), LEAD_WEIGHT);
            }
        }
        v.group();
        v
    }

    /// Makes one term of the words and phrases that share a stem
    /// ("derailment", "derailed"; "braking system", "brake systems"): the
    /// one that best names a topic stands for them all, wherever any of
    /// them occurs, with their weights added up. Labels stay the text's
    /// words; the stems only say which words are one.
    fn group(&mut self) {
        let stemmer = Stemmer::create(Algorithm::English);
        // A phrase's words are terms made before it: their stems are known.
        let mut stems: Vec<String> = Vec::with_capacity(self.terms.len());
        for t in &self.terms {
            let stem = if t.parts.is_empty() {
                stemmer.stem(&t.key).into_owned()
            } else {
                let parts: Vec<&str> = t
                    .parts
                    .iter()
                    .filter_map(|&p| stems.get(p as usize))
                    .map(String::as_str)
                    .collect();
                parts.join(" ")
            };
            stems.push(stem);
        }
        let mut members: FastMap<&str, Vec<u32>> = FastMap::default();
        for (t, stem) in stems.iter().enumerate() {
            let t = u32::try_from(t).unwrap_or(u32::MAX);
            members.entry(stem.as_str()).or_default().push(t);
        }
        let mut rep: Vec<u32> = (0..self.terms.len())
            .map(|t| u32::try_from(t).unwrap_or(u32::MAX))
            .collect();
        let mut groups: Vec<Vec<u32>> = members.into_values().filter(|m| m.len() > 1).collect();
        // Deterministic whatever the map's order.
        groups.sort_unstable();
        for group in groups {
            // A candidate first, then the best score, then the first seen.
            let best = group.iter().copied().max_by(|&a, &b| {
                let rank = |t: u32| {
                    let term = self.terms.get(t as usize);
                    (self.candidate(t), term.map_or(0.0, Term::score))
                };
                let (ca, sa) = rank(a);
                let (cb, sb) = rank(b);
                ca.cmp(&cb).then(sa.total_cmp(&sb)).then(b.cmp(&a))
            });
            let Some(best) = best else { continue };
            let weight: f32 = group
                .iter()
                .filter_map(|&t| self.terms.get(t as usize))
                .map(|t| t.weight)
                .sum();
            // "happens" beside "happened": its "-s" is a verb's, not a
            // plural's.
            let verb_forms = group.iter().any(|&t| {
                self.terms
                    .get(t as usize)
                    .is_some_and(|m| m.parts.is_empty() && m.key.ends_with("ed"))
            });
            let lead = group
                .iter()
                .any(|&t| self.terms.get(t as usize).is_some_and(|m| m.lead));
            if let Some(term) = self.terms.get_mut(best as usize) {
                term.weight = weight;
                term.lead = lead;
                term.verb_forms = verb_forms;
            }
            for &t in &group {
                if let Some(r) = rep.get_mut(t as usize) {
                    *r = best;
                }
            }
        }
        for found in &mut self.at {
            for (_, term) in found.iter_mut() {
                *term = rep.get(*term as usize).copied().unwrap_or(*term);
            }
            // A word and its phrase may now be one term at one place.
            found.dedup();
        }
        self.rep = rep;
    }

    fn key(&self, id: u32) -> &str {
        self.terms.get(id as usize).map_or("", |t| t.key.as_str())
    }

    /// A term's name, first letter capitalised: a word's commonest form,
    /// a phrase's words' ("Stop sign", "Snowy Quebec").
    fn label(&self, id: u32) -> String {
        let Some(term) = self.terms.get(id as usize) else {
            return String::new();
        };
        let text = if term.parts.is_empty() {
            term.surface().to_string()
        } else {
            let words: Vec<&str> = term
                .parts
                .iter()
                .filter_map(|&p| self.terms.get(p as usize))
                .map(Term::surface)
                .collect();
            words.join(" ")
        };
        let mut chars = text.chars();
        chars.next().map_or_else(String::new, |first| {
            first.to_uppercase().chain(chars).collect::<String>()
        })
    }

    /// The id of the word `key` of frequency class `class` (which
    /// [`content_word`] has looked up), created if new.
    fn word(&mut self, key: String, class: u8) -> u32 {
        self.id(key, Vec::new(), class)
    }

    /// The id of the phrase `key` of the words `parts`, created if new: as
    /// rare as its rarest word.
    fn phrase(&mut self, key: String, parts: Vec<u32>) -> u32 {
        let class = parts
            .iter()
            .map(|&p| self.terms.get(p as usize).map_or(0, |t| t.class))
            .max()
            .unwrap_or(0);
        self.id(key, parts, class)
    }

    /// The id of the term `key`, created if new.
    fn id(&mut self, key: String, parts: Vec<u32>, class: u8) -> u32 {
        if let Some(&id) = self.ids.get(&key) {
            return id;
        }
        let id = u32::try_from(self.terms.len()).unwrap_or(u32::MAX);
        self.terms.push(Term {
            key: key.clone(),
            parts,
            class,
            ..Term::default()
        });
        self.ids.insert(key, id);
        id
    }

    /// Counts an occurrence of a term, written `surface` (a word's).
    fn add(&mut self, id: u32, surface: Option<&str>, weight: f32) {
        if let Some(term) = self.terms.get_mut(id as usize) {
            term.weight += weight;
            // Only the lead's occurrences weigh more than one.
            term.lead |= weight > 1.0;
            if let Some(surface) = surface {
                term.write(surface);
            }
        }
    }

    /// Counts an occurrence and what it says of the term's part of speech.
    fn seen(&mut self, id: u32, u: Use) {
        if let Some(term) = self.terms.get_mut(id as usize) {
            term.count += 1;
            term.determined += u32::from(u.determined);
            term.heads += u32::from(u.heads);
            term.otherwise += u32::from(u.otherwise);
            term.in_title += u32::from(u.in_title);
            term.capitals += u32::from(u.capital);
            term.lowercase += u32::from(u.lowercase);
        }
    }

    /// Counts an occurrence right before another content word ("electric
    /// vehicle"): a modifier's use.
    fn modifies(&mut self, id: u32) {
        if let Some(term) = self.terms.get_mut(id as usize) {
            term.otherwise += 1;
        }
    }

    /// The terms occurring in `range` of paragraph `p`.
    fn within(&self, p: usize, range: Range<usize>, out: &mut Vec<u32>) {
        let Some(found) = self.at.get(p) else {
            return;
        };
        let from = found.partition_point(|&(at, _)| at < range.start);
        for &(at, term) in &found[from..] {
            if at >= range.end {
                break;
            }
            out.push(term);
        }
    }

    /// Whether the term may name a theme at all: a phrase the text uses
    /// more than once, or a word used as a noun (see [`nounlike`]).
    fn candidate(&self, id: u32) -> bool {
        self.terms.get(id as usize).is_some_and(|t| {
            t.class >= MIN_CLASS
                && if t.parts.is_empty() {
                    nounlike(t)
                } else {
                    // "the stop sign", not "planned U.S." or "the
                    // startup tested": a noun phrase.
                    let head = t.parts.last().and_then(|&h| self.terms.get(h as usize));
                    t.weight >= MIN_PHRASE_COUNT
                        && head.is_some_and(|h| {
                            nounlike(h)
                                || (t.determined > 0
                                    && !is_general_noun(&h.key)
                                    && !is_participle(&h.key))
                        })
                }
        })
    }
}

/// Whether a word is a title ("Minister"): [`Vocabulary::build`] calls it
/// where `title` names the headline.
fn is_title(word: &str) -> bool {
    title(word).is_some()
}

/// Whether a word before another makes it a noun: an article or a
/// possessive ("the help", "their rent").
fn names_a_thing(word: &str) -> bool {
    // Called on most words: all these are short.
    word.len() <= MAX_OWNER_LEN && (is_article(word) || is_possessive_pronoun(word))
}

/// Longest article or possessive pronoun, in bytes ("their").
const MAX_OWNER_LEN: usize = 5;

/// Longest label before the colon of a link line ("READ MORE:").
const MAX_LINK_LABEL_WORDS: usize = 3;

/// Whether a paragraph is a link to another story: a short label in
/// capitals and a colon, "READ MORE: …", "WATCH: …".
fn is_link_line(par: &str) -> bool {
    par.split_once(':').is_some_and(|(label, _)| {
        let words = label.split_whitespace().count();
        (1..=MAX_LINK_LABEL_WORDS).contains(&words)
            && label.chars().any(char::is_alphabetic)
            && !label.chars().any(char::is_lowercase)
    })
}

/// Shortest word read as an "-ly" adverb ("daily", "really").
const MIN_LY_ADVERB: usize = 5;

/// Whether a word has a participle's ending ("funding", "planned").
fn is_participle(word: &str) -> bool {
    word.ends_with("ing") || word.ends_with("ed")
}

/// Least frequency class of a word that goes on a noun phrase ("the
/// leading cause", "a leading Moscow expert"), not after it ("the funding
/// was"): rarer than the function words. (A name is not in the table:
/// the rarest class.)
const PHRASE_WORD_CLASS: u8 = 6;

fn goes_on_a_phrase(word: &str) -> bool {
    frequency_class(word) >= PHRASE_WORD_CLASS
}

/// Whether the words either side of a word make it no noun here, without
/// a tagger: a verb's ("they evoke", "evokes a response") or an
/// adjective's ("very dangerous"). (A modifier's, "electric vehicle", is
/// counted where phrases are.)
fn used_otherwise(before: Option<&str>, after: Option<&str>) -> bool {
    before.is_some_and(|b| is_verb_opener(b) || is_degree_adverb(b))
        || after.is_some_and(is_object_opener)
}

/// Whether a word, as the text uses it, reads as a noun, without a tagger:
/// not an "-ly" adverb; an "-ing" or "-ed" form only after a determiner
/// somewhere ("the funding", not "going"); not mostly used otherwise
/// ([`used_otherwise`]); not a noun so general it names nothing ("lot",
/// "kind").
fn nounlike(term: &Term) -> bool {
    let key = term.key.as_str();
    let adverb = key.len() >= MIN_LY_ADVERB && key.ends_with("ly");
    // A proper noun's uses are not counted: "Muslim" in "Muslim
    // community" is still a topic; "electric" is not.
    let proper = term.capitals > 0 && term.lowercase == 0;
    let modifier = (term.otherwise * 2 > term.count && !proper && term.heads == 0)
        || term.in_title * 2 > term.count;
    // Evidence it names a thing: an article or a possessive before it
    // somewhere, a plural, a proper noun's capitals, or a noun's ending.
    let plural = !term.verb_forms && term.surfaces.iter().any(|(s, _)| s.len() > key.len());
    let noun = term.determined > 0 || term.heads > 0 || plural || proper || has_noun_ending(key);
    noun && !adverb
        && !modifier
        && !is_general_noun(key)
        && !is_relation_noun(key)
        && !is_not_topic(key)
}

/// Endings only nouns have ("eviction", "payment", "homelessness").
const NOUN_ENDINGS: [&str; 8] = ["ance", "ence", "ism", "ity", "ment", "ness", "ship", "tion"];

fn has_noun_ending(word: &str) -> bool {
    NOUN_ENDINGS.iter().any(|e| word.ends_with(e))
}

/// A word that may be part of a topic: its folded key, its lowercase and
/// its frequency class. Not a function word, a speech verb, a number, a
/// title, a day or month, a contraction, or a word of the name of one of
/// the article's people.
fn content_word(word: &str, names: &FastSet<String>) -> Option<(String, String, u8)> {
    let word = trim_word(word);
    // "you’ve", "don't": contractions are function words.
    let contracted = word.contains(['’', '\'']);
    if contracted || word.chars().count() < 3 || word.chars().any(|c| c.is_ascii_digit()) {
        return None;
    }
    // "(D-Ore.)", "(R-Texas)": a legislator's party and state.
    if party_and_state(word) {
        return None;
    }
    let lower = word.to_lowercase();
    // Most words are common: the cheapest test goes first.
    let key = fold(&lower);
    let class = frequency_class(&key);
    if class < MIN_CLASS || (key != lower && frequency_class(&lower) < MIN_CLASS) {
        return None;
    }
    // A capitalised given name is someone ("Nell", "Tam"), even one
    // the registry did not take in.
    let someone = || names.contains(&lower) || given_name(word).is_some();
    if is_capitalized(word) && (is_stopword(word) || title(word).is_some() || someone()) {
        return None;
    }
    if speech_verb(&lower).is_some() {
        return None;
    }
    Some((key, lower, class))
}

/// Whether a word is a U.S. legislator's party and state ("D-Ore",
/// "R-Texas", "I-Vt"): a capital for the party, a hyphen, a capital.
fn party_and_state(word: &str) -> bool {
    let mut chars = word.chars();
    matches!(
        (chars.next(), chars.next(), chars.next()),
        (Some('D' | 'R' | 'I'), Some('-'), Some(c)) if c.is_uppercase()
    )
}

/// A word without a possessive "’s" and the hyphens and apostrophes
/// around it.
fn trim_word(word: &str) -> &str {
    let word = word
        .strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .unwrap_or(word);
    word.trim_matches(|c: char| c == '-' || c == '\'' || c == '’')
}

/// Folds an English plural to its singular, so "shelters" and "shelter",
/// "policies" and "policy" are one term. Not a stemmer: "evicted" and
/// "eviction" stay two words, as a reader would write them.
fn fold(word: &str) -> String {
    if word.len() <= 3 {
        return word.to_string();
    }
    if let Some(stem) = word.strip_suffix("ies") {
        if stem.len() >= 2 {
            return format!("{stem}y");
        }
    }
    for ending in ["sses", "ches", "shes", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].to_string();
        }
    }
    match word.strip_suffix('s') {
        Some(stem) if !stem.ends_with(['s', 'u', 'i']) => stem.to_string(),
        _ => word.to_string(),
    }
}

/// The terms around each draft: its pieces and the sentences they are in.
fn contexts(doc: &Doc, drafts: &[Draft], vocabulary: &Vocabulary) -> Vec<Vec<u32>> {
    drafts
        .iter()
        .map(|draft| {
            let mut terms = Vec::new();
            for seg in &draft.segments {
                let p = seg.paragraph;
                let sentence = doc.sentence_at(p, seg.start);
                // The sentence before and after too: a quote often answers
                // the one before it, or is explained by the one after.
                let all = doc.sentences.get(p).map_or(&[][..], Vec::as_slice);
                let here = all.iter().position(|s| s.start == sentence.start);
                let before = here
                    .and_then(|i| i.checked_sub(1))
                    .and_then(|i| all.get(i))
                    .map_or(sentence.start, |s| s.start);
                let after = here
                    .and_then(|i| all.get(i + 1))
                    .map_or(sentence.end, |s| s.end);
                let range = before.min(seg.start)..after.max(seg.end);
                vocabulary.within(p, range, &mut terms);
            }
            terms.sort_unstable();
            terms.dedup();
            terms
        })
        .collect()
}

/// The terms of a draft's paragraphs and the paragraph before, sorted,
/// for a quote whose sentences name no chosen topic: a quote often follows
/// the paragraph that says what it is about.
fn paragraph_context(draft: &Draft, vocabulary: &Vocabulary) -> Vec<u32> {
    let mut terms = Vec::new();
    if let Some(p) = draft.paragraph().checked_sub(1) {
        vocabulary.within(p, 0..usize::MAX, &mut terms);
    }
    for seg in &draft.segments {
        vocabulary.within(seg.paragraph, 0..usize::MAX, &mut terms);
    }
    terms.sort_unstable();
    terms.dedup();
    terms
}

/// A theme being chosen: its terms and quotes.
struct Choice {
    terms: Vec<u32>,
    quotes: Vec<usize>,
}

/// Most quotes one theme may cover among `n`: half of them, from
/// [`CAP_FROM_QUOTES`] quotes up; a theme on nearly every quote filters
/// nothing.
pub(crate) fn quote_cap(n: usize) -> usize {
    if n >= CAP_FROM_QUOTES {
        n / 2
    } else {
        n
    }
}

/// Finds the article's topics and the drafts each is given to.
pub(crate) fn find_topics(
    doc: &Doc,
    drafts: &[Draft],
    people: &People,
    title: Option<&str>,
) -> Vec<Topic> {
    let n = drafts.len();
    if n < MIN_THEME_QUOTES {
        return Vec::new();
    }
    let vocabulary = Vocabulary::build(doc, people, title);
    // A short article has few quotes to share terms: read their
    // paragraphs, not only their sentences.
    let near: Vec<Vec<u32>> = if n < CAP_FROM_QUOTES {
        drafts
            .iter()
            .map(|d| paragraph_context(d, &vocabulary))
            .collect()
    } else {
        contexts(doc, drafts, &vocabulary)
    };
    // Which quotes each term is near.
    let candidate: Vec<bool> = (0..vocabulary.terms.len())
        .map(|t| vocabulary.candidate(u32::try_from(t).unwrap_or(u32::MAX)))
        .collect();
    let mut quotes_of: FastMap<u32, Vec<usize>> = FastMap::default();
    for (d, terms) in near.iter().enumerate() {
        for &t in terms {
            if candidate.get(t as usize).copied().unwrap_or(false) {
                quotes_of.entry(t).or_default().push(d);
            }
        }
    }
    let cap = quote_cap(n);
    let mut candidates: Vec<(u32, Vec<usize>)> = quotes_of
        .into_iter()
        .filter(|(_, q)| q.len() >= MIN_THEME_QUOTES && q.len() <= cap)
        .collect();
    // Deterministic whatever the map's order: best score first.
    let score = |t: u32| vocabulary.terms.get(t as usize).map_or(0.0, Term::score);
    candidates.sort_by(|a, b| score(b.0).total_cmp(&score(a.0)).then(a.0.cmp(&b.0)));
    let best = candidates.first().map_or(0.0, |c| score(c.0));
    candidates.retain(|c| score(c.0) >= MIN_SHARE_OF_BEST * best);
    let chosen = choose(&vocabulary, &candidates, n, score);
    assign(drafts, &vocabulary, &near, chosen, cap)
}

/// Step 3: picks the themes (see the module's documentation).
fn choose(
    vocabulary: &Vocabulary,
    candidates: &[(u32, Vec<usize>)],
    n: usize,
    score: impl Fn(u32) -> f32,
) -> Vec<Choice> {
    let mut chosen: Vec<Choice> = Vec::new();
    let mut covered = vec![false; n];
    let mut used = vec![false; candidates.len()];
    let words = |t: u32| -> Vec<u32> {
        vocabulary
            .terms
            .get(t as usize)
            .map_or_else(Vec::new, |term| {
                if term.parts.is_empty() {
                    vec![t]
                } else {
                    term.parts
                        .iter()
                        .map(|&p| vocabulary.rep.get(p as usize).copied().unwrap_or(p))
                        .collect()
                }
            })
    };
    while chosen.len() < MAX_THEMES {
        let share = covered.iter().filter(|&&c| c).count() as f32 / n as f32;
        if chosen.len() >= MIN_THEMES && share >= TARGET_COVERAGE {
            break;
        }
        let mut best: Option<(usize, f32)> = None;
        for (i, (term, quotes)) in candidates.iter().enumerate() {
            if used[i] {
                continue;
            }
            let new = quotes.iter().filter(|&&q| !covered[q]).count();
            // Once enough themes cover the quotes, only new ground counts.
            if new == 0 && chosen.len() >= MIN_THEMES {
                continue;
            }
            let value = score(*term) * (new as f32 + 1.0);
            if best.is_none_or(|(_, v)| value > v) {
                best = Some((i, value));
            }
        }
        let Some((i, _)) = best else {
            break;
        };
        used[i] = true;
        let (term, quotes) = &candidates[i];
        let mine = words(*term);
        // A term sharing a word with a chosen theme, or marking nearly
        // its quotes, is part of it ("sign" of "stop sign").
        // (On a short article every term marks the same few quotes: there
        // only a shared word makes two terms one.)
        let joins = chosen.iter_mut().find(|c| {
            c.terms
                .iter()
                .any(|&t| words(t).iter().any(|w| mine.contains(w)))
                || (n >= CAP_FROM_QUOTES && jaccard(&c.quotes, quotes) >= SAME_QUOTES)
        });
        match joins {
            Some(choice) => {
                choice.terms.push(*term);
                merge(&mut choice.quotes, quotes);
            }
            None => chosen.push(Choice {
                terms: vec![*term],
                quotes: quotes.clone(),
            }),
        }
        for &q in quotes {
            covered[q] = true;
        }
    }
    chosen
}

/// Step 4: the quotes each chosen theme is given to, and its label.
fn assign(
    drafts: &[Draft],
    vocabulary: &Vocabulary,
    near: &[Vec<u32>],
    chosen: Vec<Choice>,
    cap: usize,
) -> Vec<Topic> {
    let mut topics: Vec<Topic> = chosen
        .iter()
        .map(|c| Topic {
            label: label(vocabulary, &c.terms),
            quotes: c.quotes.clone(),
        })
        .collect();
    // Both term lists are sorted.
    let has = |c: &Choice, terms: &[u32]| c.terms.iter().any(|t| terms.binary_search(t).is_ok());
    for (d, terms) in near.iter().enumerate() {
        if chosen.iter().any(|c| has(c, terms)) {
            continue;
        }
        // Nothing in its sentences: the paragraph says what it is about.
        let Some(draft) = drafts.get(d) else {
            continue;
        };
        let paragraph = paragraph_context(draft, vocabulary);
        for (c, topic) in chosen.iter().zip(topics.iter_mut()) {
            if has(c, &paragraph) {
                topic.give(d, cap);
            }
        }
    }
    follow_on(drafts, &mut topics, cap);
    topics
}

/// How far apart, in paragraphs, a speaker's quote and the next may be
/// for the one to lend the other its themes: a line of narration often
/// sits between them.
const FOLLOW_ON_PARAGRAPHS: usize = 2;

/// Gives a quote that still has no theme those of the same speaker's
/// quote right before it (or, failing that, right after it), within
/// [`FOLLOW_ON_PARAGRAPHS`]: a speaker who goes on ("And it's getting
/// worse.") is still on the topic.
fn follow_on(drafts: &[Draft], topics: &mut [Topic], cap: usize) {
    let bare = |topics: &[Topic], d: usize| !topics.iter().any(|t| t.covers(d));
    let near = |a: usize, b: usize| {
        let (Some(x), Some(y)) = (drafts.get(a), drafts.get(b)) else {
            return false;
        };
        x.speaker.is_some()
            && x.speaker == y.speaker
            && x.paragraph().abs_diff(y.paragraph()) <= FOLLOW_ON_PARAGRAPHS
    };
    for d in 0..drafts.len() {
        if !bare(topics, d) {
            continue;
        }
        let from = [d.checked_sub(1), Some(d + 1)]
            .into_iter()
            .flatten()
            .find(|&o| near(d, o) && !bare(topics, o));
        let Some(from) = from else { continue };
        for topic in topics.iter_mut() {
            if topic.covers(from) {
                topic.give(d, cap);
            }
        }
    }
}

/// A theme's name: its first term's, or a phrase's that holds that term
/// ("stop sign" rather than "sign").
fn label(vocabulary: &Vocabulary, terms: &[u32]) -> String {
    let Some(&first) = terms.first() else {
        return String::new();
    };
    let phrase = terms.iter().find(|&&t| {
        vocabulary
            .terms
            .get(t as usize)
            .is_some_and(|term| term.parts.contains(&first))
    });
    vocabulary.label(phrase.copied().unwrap_or(first))
}

/// Adds `more` to the sorted list `into`, keeping it sorted and unique.
fn merge(into: &mut Vec<usize>, more: &[usize]) {
    into.extend_from_slice(more);
    into.sort_unstable();
    into.dedup();
}

/// |a ∩ b| / |a ∪ b| of two sorted lists.
fn jaccard(a: &[usize], b: &[usize]) -> f32 {
    let common = a.iter().filter(|x| b.binary_search(x).is_ok()).count();
    let union = a.len() + b.len() - common;
    if union == 0 {
        0.0
    } else {
        common as f32 / union as f32
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plurals_fold_to_one_term() {
        assert_eq!(fold("shelters"), "shelter");
        assert_eq!(fold("policies"), "policy");
        assert_eq!(fold("churches"), "church");
        assert_eq!(fold("boxes"), "box");
        assert_eq!(fold("business"), "business");
        assert_eq!(fold("virus"), "virus");
        assert_eq!(fold("crisis"), "crisis");
        assert_eq!(fold("bus"), "bus");
        assert_eq!(fold("eviction"), "eviction");
    }

    /// Parses `input` and returns each theme as `label: quote numbers`
    /// (1-based, in reading order).
    fn check(input: &str, expected: &[&str]) {
        let article = crate::parse(input, None);
        let got: Vec<String> = article
            .themes
            .iter()
            .map(|t| {
                let numbers: Vec<String> = t
                    .quotes
                    .iter()
                    .filter_map(|id| article.quotes.iter().position(|q| &q.id == id))
                    .map(|i| (i + 1).to_string())
                    .collect();
                format!("{}: {}", t.label, numbers.join(" "))
            })
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    /// A story about a crash at a rural crossroads, in the style of the
    /// news the explorer is built for.
    const CRASH: &str =
        "A family is suing the county over the stop sign missing at a rural intersection.
The stop sign had been knocked down weeks before the crash, residents said.
“There was no stop sign. Nothing told him to stop,” said Ana Ruiz, whose brother died in the crash.
The county says the intersection meets provincial standards.
“Every intersection is inspected twice a year,” said county engineer Tom Hale.
The lawsuit asks for damages and a new stop sign.
“We want the lawsuit to make them fix every intersection,” Ruiz said.
Hale said the county would not comment on the lawsuit.
“The lawsuit is before the court,” he said.
Ruiz said her family still drives past the intersection.
“I see the crash every time,” she said.";

    #[test]
    fn themes_are_the_articles_own_words() {
        // Eleven quotes, reported speech included: each theme on some,
        // none on more than half.
        check(
            CRASH,
            &["Intersection: 3 4 5 8", "Crash: 1 2 9", "Lawsuit: 5 6 7"],
        );
    }

    #[test]
    fn a_phrase_names_a_theme_better_than_its_words() {
        check(
            "“The stop sign was down,” said Ana Ruiz.\n“Nobody put the stop sign back,” said Tom Hale.\n“A stop sign costs little,” said Ana Ruiz.\n“The budget is tight,” said Tom Hale.\n“The budget has no room,” said Ana Ruiz.\n“We will find the budget,” said Tom Hale.",
            &["Stop sign: 1 2 3", "Budget: 4 5 6"],
        );
    }

    #[test]
    fn names_common_words_and_verbs_are_no_themes() {
        let article = crate::parse(CRASH, None);
        for theme in &article.themes {
            for word in ["Ruiz", "Hale", "Said", "People", "Every", "Nothing"] {
                assert_ne!(theme.label, word);
            }
        }
    }

    #[test]
    fn verbs_adjectives_and_interjections_are_no_themes() {
        // "evoke" after a subject and before an article, "dangerous" after
        // "very", "heck" an interjection: rare words, none a topic.
        check(
            "“The songs evoke a summer on the ferry,” said Ana Ruiz.\n“They evoke the ferry for us,” said Tom Hale.\n“It is very dangerous on the ferry, heck,” said Ana Ruiz.\n“The harbour is very dangerous,” said Tom Hale.\n“The harbour evokes the past, heck,” said Ana Ruiz.\n“Heck, the harbour is fine,” said Tom Hale.",
            &["Ferry: 1 2 3", "Harbour: 4 5 6"],
        );
    }

    #[test]
    fn titles_kin_and_words_of_any_story_are_no_themes() {
        check(
            "“The Prime Minister must act on the ferry,” said Ana Ruiz.\n“The Prime Minister’s Office saw the ferry,” said Tom Hale.\n“My son took the ferry,” said Ana Ruiz.\n“His son loves the harbour, and that is the issue,” said Tom Hale.\n“The issue is the harbour,” said Ana Ruiz.\n“Our son swims in the harbour,” said Tom Hale.",
            // (The built-in lexicon's Family, for "son", makes the third.)
            &["Ferry: 1 2 3", "Harbour: 4 5 6", "Family: 3 4 6"],
        );
    }

    #[test]
    fn words_of_one_stem_are_one_theme_named_by_its_noun() {
        // Quote 3 says "derailed" only: it joins "derailment". "erupts"
        // beside "erupted" is a verb, not a plural.
        check(
            "“The derailment closed the line,” said Ana Ruiz.\n“The budget is tight,” said Tom Hale.\n“Two cars derailed at the bridge,” said Ana Ruiz.\n“The budget has no room,” said Tom Hale.\n“A derailment like this is rare,” said Ana Ruiz.\n“What erupts here erupted before,” said Tom Hale.\n“Nobody saw what erupts,” said Ana Ruiz.\n“The budget will cover the line,” said Tom Hale.",
            // (Quote 6 names no topic: the paragraph before does. Two
            // found themes: the built-in lexicon makes the third.)
            &["Derailment: 1 3 5 6", "Budget: 2 4 8", "Money: 2 4 8"],
        );
    }

    #[test]
    fn a_nearly_universal_word_is_no_theme() {
        // "council" is on every quote of six: it filters nothing.
        check(
            "“The council must act,” said Ana Ruiz.\n“The council heard us,” said Tom Hale.\n“The council voted for the ferry,” said Ana Ruiz.\n“The council cut the ferry,” said Tom Hale.\n“The council keeps the harbour,” said Ana Ruiz.\n“The council will decide on the harbour,” said Tom Hale.",
            // The two quotes left get the built-in lexicon's theme.
            &["Ferry: 3 4", "Harbour: 5 6", "Politics: 1 2"],
        );
    }

    #[test]
    fn a_noun_that_mostly_modifies_is_still_a_theme() {
        // "avalanche" mostly stands before another noun, but "the avalanche
        // hit" and "after the avalanche." show a noun; "insulin" has no
        // article, but ends a phrase after "on". A hyphenated modifier
        // ("a five-year term") is no theme.
        check(
            "“The avalanche warning came late,” said Ana Ruiz.\n“Avalanche alarms were silent,” said Tom Hale.\n“After the avalanche, nothing was left,” said Ana Ruiz.\n“He was on insulin for years,” said Tom Hale.\n“She stayed on insulin, with a five-year plan,” said Ana Ruiz.\n“A five-year wait is long, with insulin,” said Tom Hale.",
            &["Avalanche: 1 2 3", "Insulin: 4 5 6"],
        );
    }

    #[test]
    fn a_proper_noun_is_known_by_its_capitals_inside_sentences() {
        // "Westport" opens two sentences, which say nothing of its case,
        // and is capitalised inside the others: a proper noun, and so a
        // theme though no article ever stands before it.
        check(
            "“Westport needs a bridge,” said Ana Ruiz.\n“I grew up in Westport and left,” said Tom Hale.\n“Westport is my home,” said Ana Ruiz.\n“The ferry is slow,” said Tom Hale.\n“The ferry is late,” said Ana Ruiz.\n“Take the ferry,” said Tom Hale.",
            &["Westport: 1 2 3", "Ferry: 4 5 6"],
        );
    }

    #[test]
    fn a_legislators_party_and_state_is_no_theme() {
        assert!(party_and_state("D-Ore"));
        assert!(party_and_state("R-Texas"));
        assert!(!party_and_state("E-mail"));
        assert!(!party_and_state("Dr"));
    }

    #[test]
    fn a_speaker_going_on_stays_on_the_topic() {
        // Quote 1 names nothing, nor does anything around it; its
        // speaker's next quote is about the ferry.
        check(
            "“We wait every morning,” said Ana Ruiz.\n“The ferry never comes on time,” Ruiz said.\n“The ferry is old,” said Tom Hale.\n“The harbour is full,” said Tom Hale.\n“The harbour is closed,” said Ana Ruiz.\n“The harbour needs work,” said Tom Hale.",
            &["Ferry: 1 2 3", "Harbour: 4 5 6"],
        );
    }

    #[test]
    fn a_speaker_going_on_past_a_line_of_narration_stays_on_the_topic() {
        // Quote 1 names nothing; a paragraph of narration stands between
        // it and its speaker's next quote, about the ferry.
        check(
            "“We wait every morning,” said Ana Ruiz.\nShe has lived on the island all her life.\n“The ferry never comes on time,” Ruiz said.\n“The ferry is old,” said Tom Hale.\n“The harbour is full,” said Tom Hale.\n“The harbour is closed,” said Ana Ruiz.\n“The harbour needs work,” said Tom Hale.",
            &["Ferry: 1 2 3", "Harbour: 4 5 6"],
        );
    }

    #[test]
    fn a_word_far_weaker_than_the_articles_best_is_no_theme() {
        // "sandwiches" would name quotes 6 and 7 (6 takes "foghorns" from the
        // paragraph before), but says far less about this article than
        // "avalanche" or "foghorns"; quote 7 stays bare.
        check(
            "The avalanche struck at dawn. The avalanche warning failed, and the avalanche foghorns stayed silent.\n“The avalanche took everything,” said Ana Ruiz.\n“After the avalanche, we waited,” said Tom Hale.\n“The avalanche came fast,” said Ana Ruiz.\n“The foghorns never sounded,” said Tom Hale.\n“Nobody heard the foghorns,” said Ana Ruiz.\n“We had sandwiches,” said Tom Hale.\n“Sandwiches were late,” said Ana Ruiz.",
            &["Avalanche: 1 2 3", "Foghorns: 4 5 6"],
        );
    }

    #[test]
    fn a_quote_in_a_link_line_has_the_themes_it_names() {
        // The "WATCH:" line's words do not count towards a theme, but its
        // quote (4) names the foghorns, so it is under them, not under the
        // paragraph before it.
        check(
            "The foghorns of the harbour fell silent in the storm.\n“The foghorns never sounded,” said Tom Hale.\n“Nobody heard the foghorns,” said Ana Ruiz.\n“The harbour is closed,” said Ana Ruiz.\nWATCH: Villagers ask who turned off the ‘foghorns’\n“The harbour needs work,” said Tom Hale.\n“The harbour flooded,” said Tom Hale.",
            &["Foghorns: 1 2 4", "Harbour: 3 5 6"],
        );
    }
}
