//! Attribution cues: who said a quote, read from the words around it.
//!
//! News prose attributes speech in a handful of shapes, all built on a
//! speech verb: after the quote ("…,” she said / said Sean Baker, the
//! director / Baker told Reuters), before it ("a producer remarked, “…”",
//! "According to Baker, “…”"), and without marks at all ("Madison admits
//! she’s no stranger to tears", reported speech). The functions here parse
//! those shapes over word tokens and return the subject as written; the
//! people module resolves it to a person.

use crate::extract::lexicon::{
    is_adverb, is_affiliation, is_article, is_auxiliary, is_clause_pronoun, is_description_link,
    is_description_stop, is_determiner, is_first_person, is_function_word, is_group_noun,
    is_listener_end, is_listener_pronoun, is_name_link, is_name_particle, is_name_suffix,
    is_negation, is_not_clause_start, is_person_relative, is_phrase_end, is_relative, is_stopword,
    is_subordinator, is_that_delayer, is_verb_link, speech_verb, subject_pronoun, title,
    words_owner,
};
use crate::extract::people::{after_role, is_body};
use crate::extract::words::{is_capitalized, Gender, Token};
use std::ops::Range;

/// Whether and how a speech verb may introduce reported speech.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Reports {
    /// Only direct quotes ("joked", "quipped").
    No,
    /// Reported speech only with "that" ("explained that …").
    WithThat,
    /// Also a bare clause ("said the plan failed").
    Bare,
}

/// What the rules need to know about a speech verb.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Verb {
    /// Reported-speech behaviour.
    pub reports: Reports,
    /// Takes a listener before the speech ("told Reuters").
    pub object: bool,
    /// Only labels a quoted phrase ("called it “a disgrace”").
    pub partial: bool,
}

/// A speaker as written in a cue, before resolution to a person.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Subject {
    /// "she", "he", "they", "I", "we" with the gender it implies.
    Pronoun(Option<Gender>),
    /// A proper name, titles that are not part of the name dropped.
    Name {
        /// Display form ("Sean Baker", "Dr. Amy Lee").
        name: String,
        /// Role from a title or an appositive ("director").
        role: Option<String>,
        /// Gender implied by an honorific.
        gender: Option<Gender>,
    },
    /// An unnamed speaker kept as described ("a producer").
    Described(String),
    /// "I": the first-person narrator of the text.
    Narrator,
    /// "it": an organisation or a document named before, never a person.
    It,
}

/// An attribution found next to a quote or reported clause.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cue {
    /// Who.
    pub subject: Subject,
    /// Byte range of the cue words ("a producer remarked").
    pub span: Range<usize>,
    /// Byte offset of the subject, used to resolve pronouns in order.
    pub at: usize,
}

/// Tokens of one paragraph with the paragraph text: the unit the rules read.
#[derive(Clone, Copy)]
pub struct Words<'a> {
    /// The paragraph.
    pub par: &'a str,
    /// Its tokens.
    pub tokens: &'a [Token],
}

impl<'a> Words<'a> {
    pub(crate) fn text(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| t.text(self.par))
    }

    pub(crate) fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.word)
    }

    fn verb(&self, i: usize) -> Option<Verb> {
        if !self.is_word(i) {
            return None;
        }
        speech_verb(self.text(i))
    }

    fn slice(&self, from: usize, to: usize) -> &'a str {
        match (
            self.tokens.get(from),
            to.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if from < to => self.par.get(a.start..b.end).unwrap_or(""),
            _ => "",
        }
    }

    fn range(&self, from: usize, to: usize) -> Range<usize> {
        match (
            self.tokens.get(from),
            to.checked_sub(1).and_then(|l| self.tokens.get(l)),
        ) {
            (Some(a), Some(b)) if from < to => a.start..b.end,
            _ => 0..0,
        }
    }

    fn start_of(&self, i: usize) -> usize {
        self.tokens.get(i).map_or(0, |t| t.start)
    }

    /// True for a capitalised word that can be part of a name.
    fn is_name_word(&self, i: usize) -> bool {
        let t = self.text(i);
        self.is_word(i) && is_capitalized(t) && !is_stopword(t) && speech_verb(t).is_none()
    }

    pub(crate) fn is_punct(&self, i: usize, set: &[char]) -> bool {
        !self.is_word(i)
            && self
                .text(i)
                .chars()
                .next()
                .is_some_and(|c| set.contains(&c))
    }

    /// Index of the first token at or after byte offset `at`.
    pub fn index_at(&self, at: usize) -> usize {
        self.tokens.partition_point(|t| t.start < at)
    }
}

/// How far a subject may run when parsed forwards.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Until {
    /// Up to a speech verb ("the company’s chief executive said").
    Verb,
    /// Up to punctuation ("said a spokesperson for the company.").
    Punct,
}

pub(crate) fn strip_possessive(word: &str) -> Option<&str> {
    word.strip_suffix("’s")
        .or_else(|| word.strip_suffix("'s"))
        .filter(|w| !w.is_empty())
}

/// A name starting at token `i`: optional titles, then capitalised words
/// with particles between them. Returns the subject and the end index.
fn name_forward(w: &Words, i: usize, to: usize) -> Option<(Subject, usize)> {
    let mut j = i;
    let mut role = None;
    let mut gender = None;
    let mut kept_titles = i;
    while j < to && w.is_word(j) {
        let Some((r, keep, g)) = title(w.text(j)) else {
            break;
        };
        if !w.is_name_word(j + 1) && !matches!(w.text(j + 1), "Al") {
            break;
        }
        role = r.map(str::to_string);
        gender = g;
        if !keep {
            kept_titles = j + 1;
        }
        j += 1;
    }
    let first = j;
    while j < to {
        if w.is_name_word(j) {
            j += 1;
            if strip_possessive(w.text(j - 1)).is_some() {
                return None;
            }
        } else if j > first
            && ((is_name_particle(w.text(j))
                && (w.is_name_word(j + 1)
                    || (is_name_particle(w.text(j + 1)) && w.is_name_word(j + 2))))
                || is_name_suffix(w.text(j)))
        {
            j += 1;
        } else {
            break;
        }
    }
    if j == first {
        return None;
    }
    // "Labour Leader Ann Bo", "Port Hope Police Lt. Tom Ruiz": the role
    // is not part of the name.
    if let Some((start, titled)) = after_role(j - first, |k| w.text(first + k)) {
        let at = first + start;
        let (name_from, title_role, title_gender) = match titled {
            Some((r, true, g)) => (at - 1, r, g),
            Some((r, false, g)) => (at, r, g),
            None => (at, None, None),
        };
        let role = title_role
            .map(str::to_string)
            .or_else(|| Some(w.slice(i, at - 1).to_string()).filter(|r| !r.is_empty()))
            .or(role);
        let name = w.slice(name_from, j).to_string();
        let gender = title_gender.or(gender);
        return Some((Subject::Name { name, role, gender }, j));
    }
    let name = w.slice(kept_titles.min(first), j).to_string();
    Some((Subject::Name { name, role, gender }, j))
}

/// Most words after its determiner a description read forwards may have
/// ("a spokesperson for the regional health authority"); past them it is a
/// clause, not a speaker.
const MAX_DESCRIPTION_WORDS: usize = 10;

/// A described speaker starting at a determiner (or a possessive name):
/// "a producer", "the company’s chief executive", "a spokesperson for X".
fn described_forward(w: &Words, i: usize, to: usize, until: Until) -> Option<(Subject, usize)> {
    let mut j = i + 1;
    let mut words = 1;
    while j < to && w.is_word(j) && words <= MAX_DESCRIPTION_WORDS {
        let t = w.text(j);
        if until == Until::Verb && w.verb(j).is_some() {
            break;
        }
        if is_description_stop(t) {
            break;
        }
        if until == Until::Punct && is_auxiliary(t) {
            // "said the mood in staff rooms had …" is a clause, not a speaker.
            return None;
        }
        j += 1;
        words += 1;
    }
    if until == Until::Verb {
        // "a producer later remarked": adverbs belong to the verb.
        while j > i + 1 && is_adverb(w.text(j - 1)) {
            j -= 1;
        }
        if w.verb(j).is_none() && !is_adverb(w.text(j)) {
            return None;
        }
    }
    if j <= i + 1 {
        return None;
    }
    Some((Subject::Described(w.slice(i, j).to_string()), j))
}

/// Longest subject phrase read forwards, in tokens ("Harbour Authority
/// chair Lena Brandt"): past it, a capitalised word is not the speaker.
const MAX_SUBJECT_TOKENS: usize = 12;

/// The person named last in a subject phrase, ending just before token
/// `end` and starting no earlier than `lo`: in "Harbour Authority chair Lena
/// Brandt said" or "said team captain Ola Dahl" the person beats the
/// organisation, place or role named with them. Returns the name and its
/// first token.
fn person_ending_at(w: &Words, lo: usize, end: usize) -> Option<(Subject, usize)> {
    let mut k = end;
    while k > lo {
        let t = w.text(k - 1);
        let particle = k < end && k - 1 > lo && is_name_particle(t) && w.is_name_word(k - 2);
        if !(w.is_name_word(k - 1) || particle) || strip_possessive(t).is_some() {
            break;
        }
        k -= 1;
    }
    if k == end {
        return None;
    }
    let (subject, stop) = name_forward(w, k, end)?;
    (stop == end).then_some((subject, k))
}

/// Where a subject phrase after an inverted verb ends: at punctuation, a
/// preposition or a determiner ("said Tom Ruiz of the port authority").
fn phrase_end(w: &Words, from: usize, to: usize) -> usize {
    let mut j = from;
    while j < to && j < from + MAX_SUBJECT_TOKENS && w.is_word(j) {
        let t = w.text(j);
        // "said manager Bruce Hale before turning to …" ends at "before".
        // "Heart and Stroke senior manager Erin Kim" goes on past "and".
        let joins_names = t == "and" && w.is_name_word(j + 1);
        if is_determiner(t) || is_phrase_end(t) || is_relative(t) {
            break;
        }
        if (is_subordinator(t) || t == "and") && !joins_names {
            break;
        }
        j += 1;
    }
    j
}

impl Subject {
    /// Whether the subject names an organisation, a group or a document
    /// rather than a person: "the agency", "Reports", "PBO".
    pub(crate) fn is_body(&self) -> bool {
        match self {
            Subject::Described(text) => is_body(text, true),
            Subject::Name { name, .. } => is_body(name, false),
            Subject::It => true,
            Subject::Pronoun(_) | Subject::Narrator => false,
        }
    }
}

/// A subject parsed forwards from token `i`.
fn subject_forward(w: &Words, i: usize, to: usize, until: Until) -> Option<(Subject, usize)> {
    if i >= to || !w.is_word(i) {
        return None;
    }
    let t = w.text(i);
    if is_first_person(t) {
        return Some((Subject::Narrator, i + 1));
    }
    if let Some(gender) = subject_pronoun(t) {
        return Some((Subject::Pronoun(gender), i + 1));
    }
    if t.eq_ignore_ascii_case("it") {
        return Some((Subject::It, i + 1));
    }
    if is_determiner(t) && !(until == Until::Verb && w.verb(i + 1).is_some()) {
        return described_forward(w, i, to, until);
    }
    if is_group_noun(t) {
        return Some((Subject::Described(t.to_lowercase()), i + 1));
    }
    if let Some(found) = name_forward(w, i, to) {
        return Some(found);
    }
    // "Baker’s publicist said": a possessive name opens a description.
    let mut j = i;
    while j < to && w.is_name_word(j) && strip_possessive(w.text(j)).is_none() {
        j += 1;
    }
    if j < to && w.is_name_word(j) && strip_possessive(w.text(j)).is_some() {
        return described_forward(w, j, to, until)
            .map(|(_, end)| (Subject::Described(w.slice(i, end).to_string()), end));
    }
    None
}

/// Longest appositive, in tokens: room for "director of defence studies at
/// the U.S.-based Centre for the National Interest".
const MAX_APPOSITIVE_TOKENS: usize = 24;

/// An appositive after a name: ", the director" / ", 45,". Returns the role
/// (None for an age or a relative clause) and the index after it.
fn appositive(w: &Words, i: usize, to: usize) -> Option<(Option<String>, usize)> {
    if !w.is_punct(i, &[',']) {
        return None;
    }
    let mut j = i + 1;
    while j < to && !w.is_punct(j, &[',', '.', ';', ':', '?', '!', '—', '–', '(', ')']) {
        j += 1;
        if j - i > MAX_APPOSITIVE_TOKENS {
            return None;
        }
    }
    if j == i + 1 {
        return None;
    }
    let first = w.text(i + 1);
    let role = if first.chars().all(|c| c.is_ascii_digit()) || is_person_relative(first) {
        None
    } else {
        let from = if is_article(first) { i + 2 } else { i + 1 };
        Some(w.slice(from, j).to_string()).filter(|r| !r.is_empty())
    };
    Some((role, j))
}

fn with_role(subject: Subject, extra: Option<String>) -> Subject {
    match subject {
        Subject::Name { name, role, gender } => Subject::Name {
            name,
            role: extra.or(role),
            gender,
        },
        other => other,
    }
}

/// Most tokens a listener after "told the" may run past its determiner
/// ("told the Associated Press news agency").
const MAX_LISTENER_TOKENS: usize = 4;

/// The listener after "told": "Reuters", "reporters", "the BBC", "me".
fn object_end(w: &Words, i: usize, to: usize) -> usize {
    let t = w.text(i);
    if i >= to || !w.is_word(i) {
        return i;
    }
    if is_listener_pronoun(t) {
        return i + 1;
    }
    if is_determiner(t) {
        let mut j = i + 1;
        while j < to && j <= i + MAX_LISTENER_TOKENS && w.is_word(j) && w.text(j) != "that" {
            if w.text(j).chars().next().is_some_and(char::is_lowercase) && j > i + 1 {
                // "told the BBC in an interview": stop at the preposition.
                if is_listener_end(w.text(j)) {
                    break;
                }
            }
            j += 1;
        }
        return j;
    }
    if is_capitalized(t) {
        let mut j = i;
        while j < to && w.is_word(j) && (is_capitalized(w.text(j)) || w.text(j) == "of") {
            j += 1;
        }
        return j;
    }
    if t.ends_with('s') && t.chars().all(char::is_lowercase) {
        return i + 1;
    }
    i
}

/// Most words in the name that closes a headline ("…: Justin Trudeau").
const MAX_HEADLINE_NAME_WORDS: usize = 3;

/// A headline that names its speaker last, after a colon: "‘Naïve
/// approach’ to China: Scheer", "Governments should work ‘in tandem’:
/// Matlow". The name is the whole rest of the paragraph.
pub fn headline_cue(w: &Words) -> Option<Cue> {
    let n = w.tokens.len();
    let end = if w.is_punct(n.checked_sub(1)?, &['.']) {
        n - 1
    } else {
        n
    };
    let colon = (0..end).rev().find(|&i| !w.is_word(i))?;
    if !w.is_punct(colon, &[':']) || end - colon - 1 > MAX_HEADLINE_NAME_WORDS {
        return None;
    }
    let (subject, stop) = name_forward(w, colon + 1, end)?;
    (stop == end).then(|| Cue {
        subject,
        span: w.range(colon + 1, end),
        at: w.start_of(colon + 1),
    })
}

/// A cue right after a quote: "she said", "said Sean Baker, the director",
/// "Baker told Reuters", "according to police". `from..to` are the token
/// indices between the closing mark and the sentence end or next quote.
pub fn cue_after(w: &Words, from: usize, to: usize) -> Option<Cue> {
    let mut i = from;
    while i < to && w.is_punct(i, &[',', '—', '–', '-', '”', '’', '"', '\'', '»', ')']) {
        i += 1;
    }
    if i >= to || !w.is_word(i) {
        return None;
    }
    let lower = w.text(i).to_ascii_lowercase();
    if lower == "according" && w.text(i + 1) == "to" {
        let (subject, end) = subject_forward(w, i + 2, to, Until::Punct)?;
        let role = appositive(w, end, to).and_then(|a| a.0);
        return Some(Cue {
            subject: with_role(subject, role),
            span: w.range(i, end),
            at: w.start_of(i + 2),
        });
    }
    if let Some(v) = w.verb(i) {
        // Inverted: "said Sean Baker, the director."
        if v.object || v.partial {
            return None;
        }
        let stop = phrase_end(w, i + 1, to);
        let (subject, end) = match person_ending_at(w, i + 1, stop) {
            Some((person, start)) if start > i + 1 => (person, stop),
            _ => subject_forward(w, i + 1, to, Until::Punct)?,
        };
        let role = appositive(w, end, to).and_then(|a| a.0);
        return Some(Cue {
            subject: with_role(subject, role),
            span: w.range(i, end),
            at: w.start_of(i + 1),
        });
    }
    let forward = subject_forward(w, i, to, Until::Verb)
        .and_then(|(subject, j)| to_verb(w, j, to).map(|found| (subject, found)));
    let (mut subject, (role, j)) = match forward {
        Some(found) => found,
        None => {
            let (subject, j) = person_before_verb(w, i, to)?;
            (subject, to_verb(w, j, to)?)
        }
    };
    let v = w.verb(j).filter(|v| !v.partial)?;
    if matches!(subject, Subject::Described(_)) {
        // "Nova Scotia's chief medical officer Dr. Ada Roy said": a role
        // someone's, then the person's name.
        let end = adverbs_before(w, j, i);
        if let Some((person, start)) = person_ending_at(w, i, end) {
            if (i..start).any(|k| strip_possessive(w.text(k)).is_some()) {
                subject = person;
            }
        }
    }
    let mut end = j + 1;
    if v.object {
        end = object_end(w, end, to);
    }
    Some(Cue {
        subject: with_role(subject, role),
        span: w.range(i, end),
        at: w.start_of(i),
    })
}

/// The subject that opens a sentence at token `lo`, when it is a name, a
/// pronoun or the narrator, and ends before `to`.
fn sentence_subject(w: &Words, lo: usize, to: usize) -> Option<(Subject, usize)> {
    let (subject, end) = subject_forward(w, lo, to, Until::Punct)?;
    (end <= to && !matches!(subject, Subject::Described(_))).then_some((subject, lo))
}

/// The first token of the adverbs just before token `v` ("later said").
fn adverbs_before(w: &Words, v: usize, lo: usize) -> usize {
    let mut k = v;
    while k > lo && w.is_word(k - 1) && is_adverb(w.text(k - 1)) {
        k -= 1;
    }
    k
}

/// From the end of a subject (token `j`) to its speech verb, past
/// appositives ("Jane Doe, the company’s chief executive, said"), an
/// organisation ("of IG") and adverbs: the appositives' role and the
/// verb's index, if a speech verb is there.
fn to_verb(w: &Words, mut j: usize, to: usize) -> Option<(Option<String>, usize)> {
    let mut role = None;
    while let Some((r, end)) = appositive(w, j, to) {
        if !w.is_punct(end, &[',']) {
            return None;
        }
        role = role.or(r);
        j = end + 1;
    }
    j = past_affiliation(w, j, to);
    while j < to && is_adverb(w.text(j)) && w.verb(j).is_none() {
        j += 1;
    }
    w.verb(j).is_some_and(|v| !v.partial).then_some((role, j))
}

/// Past "of the Port Authority" after a name ("Ana Ruiz of IG said"): the
/// index after the organisation, or `j` when there is none.
fn past_affiliation(w: &Words, j: usize, to: usize) -> usize {
    if !is_affiliation(w.text(j)) {
        return j;
    }
    let mut k = j + 1;
    if w.text(k).eq_ignore_ascii_case("the") {
        k += 1;
    }
    let start = k;
    while k < to && w.is_name_word(k) {
        k += 1;
    }
    if k > start {
        k
    } else {
        j
    }
}

/// "UFCW Local 12 president Ana Ruiz said": no subject reads forwards from
/// the first word, but a person is named right before the verb.
fn person_before_verb(w: &Words, i: usize, to: usize) -> Option<(Subject, usize)> {
    let limit = to.min(i + MAX_SUBJECT_TOKENS);
    let v = (i..limit)
        .take_while(|&k| w.is_word(k))
        .find(|&k| w.verb(k).is_some_and(|v| !v.partial))?;
    let end = adverbs_before(w, v, i);
    let (person, start) = person_ending_at(w, i, end)?;
    // Only a name phrase: "a ballad that Ray wrote" is no attribution;
    // "then-mayoral candidate Ray Ng said" is.
    let plain = (i..start).all(|k| {
        let t = w.text(k);
        // "University of the North political scientist Amy Lee said":
        // "the" inside an organisation's name is no clause.
        let in_name = k > i
            && ((w.text(k - 1) == "of" && w.is_name_word(k + 1))
                || (t == "of" && w.is_name_word(k - 1)));
        (!is_determiner(t) || in_name)
            && !is_relative(t)
            && (is_capitalized(t) || !is_function_word(&t.to_lowercase()) || in_name)
    });
    plain.then_some((person, end))
}

/// A name ending just before token `end`, parsed backwards.
fn name_backward(w: &Words, end: usize, lo: usize) -> Option<usize> {
    let mut j = end;
    while j > lo {
        let k = j - 1;
        let t = w.text(k);
        if w.is_name_word(k) || (title(t).is_some() && w.is_word(k) && j < end) {
            j = k;
        } else if (is_name_particle(t) || is_name_link(t))
            && j < end
            && k > lo
            && w.is_name_word(k - 1)
        {
            // "Department for Education", "Bank of England".
            j = k;
        } else {
            break;
        }
    }
    (j < end).then_some(j)
}

/// Longest appositive read backwards from its speech verb, in tokens
/// ("Jane Doe, the chief executive, said"): a longer run is no appositive.
const MAX_APPOSITIVE_BACK: usize = 15;

/// How far before its last word a description read backwards from its
/// speech verb may start, in tokens ("a spokesperson for the city’s
/// transit agency said").
const MAX_DESCRIPTION_BACK: usize = 9;

/// A bare plural speaker ("Environmental groups have long warned") starts
/// fewer tokens than this before its head noun; a longer run is a clause.
const BARE_PLURAL_SPAN: usize = 3;

/// Fewest words of a name set between commas before its verb ("…,
/// Jeff Fraser, says") for it to be read as the speaker.
const MIN_APPOSED_NAME_WORDS: usize = 2;

/// The person named just before "with/of/from/at (the) Organisation",
/// which starts at token `org`: "Tim Guest with the Port Authority".
fn affiliated_person(w: &Words, org: usize, lo: usize) -> Option<(Subject, usize)> {
    let mut k = org;
    if k > lo && w.text(k - 1).eq_ignore_ascii_case("the") {
        k -= 1;
    }
    let link = k
        .checked_sub(1)
        .filter(|&b| b > lo && is_affiliation(w.text(b)))?;
    let start = name_backward(w, link, lo)?;
    let (subject, end) = name_forward(w, start, link)?;
    (end == link && person_ending_at(w, start, link).is_some()).then_some((subject, start))
}

/// "Ana Ruiz, Minister of Trade, Science and Industry, said": a sentence
/// that opens with a full name and a comma, then only an appositive (no
/// verb, no sentence break) up to the comma at `comma`, is the name's,
/// however many commas the appositive holds.
fn opening_name(w: &Words, lo: usize, comma: usize) -> Option<(Subject, usize)> {
    let first = (lo..comma).find(|&k| w.is_punct(k, &[',']))?;
    if first == comma || comma - first > MAX_APPOSITIVE_TOKENS {
        return None;
    }
    let (subject, end) = name_forward(w, lo, first)?;
    let full = end == first && first - lo >= MIN_APPOSED_NAME_WORDS;
    let plain = (first + 1..comma).all(|k| {
        w.verb(k).is_none()
            && !w.is_punct(k, &['.', ';', ':', '?', '!', '—', '“', '”', '"', '(', ')'])
    });
    if !(full && plain && matches!(subject, Subject::Name { .. })) {
        return None;
    }
    let role = match appositive(w, first, comma + 1) {
        Some((role, end)) if end == comma => role,
        _ => Some(w.slice(first + 1, comma).to_string()),
    };
    Some((with_role(subject, role), lo))
}

/// The subject before speech verb `v`, no earlier than token `lo`.
/// Returns the subject and its first token.
fn subject_backward(w: &Words, v: usize, lo: usize) -> Option<(Subject, usize)> {
    let i = adverbs_before(w, v, lo);
    if i <= lo {
        return None;
    }
    let j = i - 1;
    let t = w.text(j);
    if is_verb_link(t) {
        // "Good beamed at me and murmured": the sentence's subject speaks.
        return sentence_subject(w, lo, j);
    }
    if !w.is_word(j) {
        // "Jane Doe, the chief executive, said"
        if !w.is_punct(j, &[',']) {
            return None;
        }
        if let Some(opening) = opening_name(w, lo, j) {
            return Some(opening);
        }
        let mut k = j;
        while k > lo
            && !w.is_punct(k - 1, &[',', '.', ';', ':', '—', '“', '"'])
            && j - k < MAX_APPOSITIVE_BACK
        {
            k -= 1;
        }
        if k <= lo || !w.is_punct(k - 1, &[',']) {
            return None;
        }
        // "the director of operations for EHS, Jeff Fraser, says": the
        // name between the commas is the speaker, what comes before it
        // their role.
        if let Some((subject, end)) = name_forward(w, k, j) {
            let full = end == j && j - k >= MIN_APPOSED_NAME_WORDS;
            if full && person_ending_at(w, k, j).is_some() {
                return Some((subject, k));
            }
        }
        let Some(start) = name_backward(w, k - 1, lo) else {
            // "The state's transportation department, which …, said"
            return subject_backward(w, k - 1, lo)
                .filter(|(s, _)| matches!(s, Subject::Described(_)));
        };
        let (subject, _) = name_forward(w, start, k - 1)?;
        let role = appositive(w, k - 1, j + 1).and_then(|a| a.0);
        return Some((with_role(subject, role), start));
    }
    if is_first_person(t) {
        return Some((Subject::Narrator, j));
    }
    if let Some(gender) = subject_pronoun(t) {
        return Some((Subject::Pronoun(gender), j));
    }
    if t.eq_ignore_ascii_case("it") {
        return Some((Subject::It, j));
    }
    if is_group_noun(t) && (j == lo || !w.is_word(j - 1) || is_stopword(w.text(j - 1))) {
        return Some((Subject::Described(t.to_lowercase()), j));
    }
    if w.is_name_word(j) {
        let start = name_backward(w, i, lo)?;
        // "Tim Guest with the health authority says": the person, not the
        // organisation they are with.
        if let Some(person) = affiliated_person(w, start, lo) {
            return Some(person);
        }
        if start > lo && w.text(start - 1).eq_ignore_ascii_case("the") {
            return Some((
                Subject::Described(w.slice(start - 1, i).to_string()),
                start - 1,
            ));
        }
        let (subject, end) = name_forward(w, start, i)?;
        return (end == i).then_some((subject, start));
    }
    // A description: lowercase words back to a determiner or a possessive,
    // crossing "for"/"of"/"at" once ("a spokesperson for the company").
    let mut k = j;
    let mut crossed = false;
    loop {
        if !w.is_word(k) || w.verb(k).is_some() || j - k > MAX_DESCRIPTION_BACK {
            return None;
        }
        let word = w.text(k);
        let opens = is_determiner(word) || strip_possessive(word).is_some_and(is_capitalized);
        if opens && k < j {
            let before = k.checked_sub(1).filter(|&b| b >= lo);
            if let Some(b) = before {
                if !crossed && is_description_link(w.text(b)) {
                    crossed = true;
                    k = b.checked_sub(1)?;
                    if k < lo {
                        return None;
                    }
                    continue;
                }
            }
            // Include the rest of a possessive name: "Sean Baker’s".
            let mut s = k;
            if !is_determiner(word) {
                while s > lo && w.is_name_word(s - 1) {
                    s -= 1;
                }
            }
            return Some((Subject::Described(w.slice(s, i).to_string()), s));
        }
        if k <= lo {
            // "Environmental groups have long warned": a bare plural.
            let head = w.text(j);
            let plural = head.ends_with('s') && !head.ends_with("ss") && j - k < BARE_PLURAL_SPAN;
            return plural.then(|| (Subject::Described(w.slice(k, i).to_string()), k));
        }
        k -= 1;
    }
}

/// How far before a quote's opening mark its speech verb may be, in tokens
/// ("Baker, who directed the film and wrote it in a month, told Reuters:").
const MAX_CUE_BEFORE_TOKENS: usize = 25;

/// A cue before a quote, in the same sentence: "a producer remarked, “…”",
/// "Baker told Reuters: “…”", "Smith called the plan “dead”",
/// "According to Baker, “…”". `lo..open` are token indices from the
/// sentence start to the opening mark.
pub fn cue_before(w: &Words, lo: usize, open: usize) -> Option<Cue> {
    for i in lo..open {
        if w.text(i).eq_ignore_ascii_case("according") && w.text(i + 1) == "to" {
            if let Some((subject, end)) = subject_forward(w, i + 2, open, Until::Punct) {
                return Some(Cue {
                    subject,
                    span: w.range(i, end),
                    at: w.start_of(i + 2),
                });
            }
        }
    }
    // "in his words, “…”"
    for i in lo..open.saturating_sub(2) {
        if w.text(i).eq_ignore_ascii_case("in") && w.text(i + 2) == "words" {
            if let Some(gender) = words_owner(w.text(i + 1)) {
                return Some(Cue {
                    subject: Subject::Pronoun(gender),
                    span: w.range(i, i + 3),
                    at: w.start_of(i + 1),
                });
            }
        }
    }
    let far = open.saturating_sub(MAX_CUE_BEFORE_TOKENS).max(lo);
    for v in (far..open).rev() {
        let Some(verb) = w.verb(v) else { continue };
        if w.text(v) == "put" && w.text(v + 1) != "it" {
            continue;
        }
        // "a film called “Love”" names a thing; "Critics called it “…”"
        // quotes someone: the active verb has an object before the quote.
        if verb.partial && !(v + 1..open).any(|i| w.is_word(i)) {
            return None;
        }
        // "…, asks magazine editor Jo Ruiz, “…”": a verb whose subject
        // follows it right up to the quote is inverted, whatever came before.
        if let Some(cue) = inverted_before(w, v, verb, open) {
            return Some(cue);
        }
        if let Some((subject, start)) = subject_backward(w, v, lo) {
            let mut end = v + 1;
            if verb.object {
                end = object_end(w, end, open);
            }
            let at = w.start_of(start);
            return Some(Cue {
                subject,
                span: w.range(start, end),
                at,
            });
        }
        return None;
    }
    None
}

/// "…, says Madison: “…”", "asks editor Jo Ruiz, “…”": speech verb `v`
/// followed by its subject and a colon or comma right before the quote
/// that opens at token `open`.
fn inverted_before(w: &Words, v: usize, verb: Verb, open: usize) -> Option<Cue> {
    let stop = open.checked_sub(1)?;
    if verb.object || verb.partial || stop <= v + 1 || !w.is_punct(stop, &[':', ',']) {
        return None;
    }
    // Only a role before the name: "claimed of the Riverside Arena," names a
    // place the words were about.
    let role = |start: usize| {
        (v + 1..start).all(|k| {
            let t = w.text(k);
            w.is_word(k) && (is_capitalized(t) || !is_function_word(&t.to_lowercase()))
        })
    };
    let subject = match person_ending_at(w, v + 1, stop) {
        Some((person, start)) if start > v + 1 && role(start) => person,
        _ => {
            let (subject, end) = subject_forward(w, v + 1, open, Until::Punct)?;
            if end != stop {
                return None;
            }
            subject
        }
    };
    Some(Cue {
        subject,
        span: w.range(v, stop),
        at: w.start_of(v + 1),
    })
}

fn words_between(w: &Words, from: usize, to: usize) -> usize {
    (from..to).filter(|&i| w.is_word(i)).count()
}

/// Shortest place name in capitals that opens a dateline, in bytes ("RIO"
/// does; "A", "I", "US" do not).
const MIN_DATELINE_PLACE: usize = 3;

/// How far the dash ending a dateline may be from its start, in tokens
/// ("SAN JUAN, Puerto Rico (Reuters) -").
const MAX_DATELINE_TOKENS: usize = 12;

/// Skips a wire dateline ("JAKARTA (Reuters) - ") at the start of a clause.
fn skip_dateline(w: &Words, lo: usize, to: usize) -> usize {
    let first = w.text(lo);
    let all_caps = first.len() >= MIN_DATELINE_PLACE && first.chars().all(|c| !c.is_lowercase());
    if !all_caps || !w.is_word(lo) {
        return lo;
    }
    for i in lo + 1..to.min(lo + MAX_DATELINE_TOKENS) {
        if w.is_punct(i, &['-', '—', '–']) {
            let mut j = i;
            while j < to && w.is_punct(j, &['-', '—', '–']) {
                j += 1;
            }
            return j;
        }
    }
    lo
}

/// Fewest words a reported clause may have ("she was proud"): fewer are
/// too little to show as a quote.
const MIN_REPORTED_WORDS: usize = 3;

/// How far after a speech verb's time or place words its "that" may come,
/// in tokens ("said on Tuesday night in Paris that").
const MAX_THAT_DELAY: usize = 7;

/// Reported speech in a sentence without quote marks: the cue and the byte
/// range of the reported clause ("Mikey Madison admits" + "she’s no
/// stranger to tears…"). `lo..hi` are the sentence's token indices.
pub fn reported(w: &Words, lo: usize, hi: usize) -> Option<(Cue, Range<usize>)> {
    reported_in(w, lo, hi, Clause::Checked)
}

/// How many words before a reporting verb a negation still denies it
/// ("did not say", "has never said").
const NEGATION_REACH: usize = 2;

/// The cue of reported speech around a quoted phrase ("he said further
/// details would be “released in due course”"): the quote marks already
/// show words were reported, so the clause after the verb may start with
/// any word.
pub fn reporting_phrase(w: &Words, lo: usize, hi: usize) -> Option<Cue> {
    reported_in(w, lo, hi, Clause::Any).map(|(cue, _)| cue)
}

/// How sure the words after a reporting verb must look of being a clause.
#[derive(Clone, Copy, PartialEq)]
enum Clause {
    /// "that", a pronoun, or (after a bare verb) a determiner or a name.
    Checked,
    /// Any word.
    Any,
}

fn reported_in(w: &Words, lo: usize, hi: usize, clause: Clause) -> Option<(Cue, Range<usize>)> {
    let mut end = hi;
    while end > lo && !w.is_word(end - 1) {
        end -= 1;
    }
    // "According to the World Bank, Indonesia is …"
    if w.text(lo).eq_ignore_ascii_case("according") && w.text(lo + 1) == "to" {
        if let Some((subject, s_end)) = subject_forward(w, lo + 2, hi, Until::Punct) {
            if w.is_punct(s_end, &[',']) && words_between(w, s_end + 1, end) >= MIN_REPORTED_WORDS {
                let cue = Cue {
                    subject,
                    span: w.range(lo, s_end),
                    at: w.start_of(lo + 2),
                };
                return Some((cue, w.range(s_end + 1, end)));
            }
        }
    }
    // "…, officials said." / "…, according to the agency."
    if let Some(comma) = (lo..hi).rev().find(|&i| w.is_punct(i, &[','])) {
        if let Some(cue) = cue_after(w, comma, hi) {
            let cue_end = cue.span.end;
            let rest_is_punct = w
                .tokens
                .get(w.index_at(cue_end)..hi)
                .is_some_and(|ts| ts.iter().all(|t| !t.word));
            let tail_ok = rest_is_punct || w.text(w.index_at(cue_end)) == "in";
            let start = skip_dateline(w, lo, comma);
            if tail_ok && words_between(w, start, comma) >= MIN_REPORTED_WORDS {
                return Some((cue, w.range(start, comma)));
            }
        }
    }
    // "What he learned, he says, is that …": a cue set off by commas.
    if let Some(found) = parenthetical(w, lo, end) {
        return Some(found);
    }
    for v in lo..hi {
        let Some(verb) = w.verb(v) else { continue };
        if verb.reports == Reports::No {
            continue;
        }
        // "has not said he would veto it": a denial reports no words.
        if (v.saturating_sub(NEGATION_REACH).max(lo)..v).any(|k| is_negation(w.text(k))) {
            continue;
        }
        let Some((subject, start)) = subject_backward(w, v, lo) else {
            continue;
        };
        // "the agency confirmed that", "the study estimated that": a
        // paraphrase of no one's words; an organisation is reported only
        // through "according to" or a closing "…, officials said".
        if subject.is_body() {
            continue;
        }
        let mut k = v + 1;
        if verb.object {
            let end = object_end(w, k, hi);
            if end == k {
                continue;
            }
            k = end;
        }
        let mut that = false;
        if w.text(k) == "that" {
            that = true;
            k += 1;
        } else if is_that_delayer(w.text(k)) {
            if let Some(m) = (k + 1..(k + MAX_THAT_DELAY).min(hi)).find(|&m| w.text(m) == "that") {
                if (k..m).all(|x| w.is_word(x)) {
                    that = true;
                    k = m + 1;
                }
            }
        }
        if !that && verb.reports == Reports::WithThat {
            continue;
        }
        if !w.is_word(k) {
            continue;
        }
        let first = w.text(k);
        let base = first.split(['’', '\'']).next().unwrap_or(first);
        let pronoun_start = is_clause_pronoun(base);
        let other_start = is_determiner(first)
            || first.chars().next().is_some_and(|c| c.is_ascii_digit())
            || (is_capitalized(first) && !is_stopword(first));
        let checked = that || pronoun_start || (verb.reports == Reports::Bare && other_start);
        if clause == Clause::Checked && (!checked || is_not_clause_start(first)) {
            continue;
        }
        let words = words_between(w, k, end);
        if words < MIN_REPORTED_WORDS {
            continue;
        }
        let mut cue_end = v + 1;
        if verb.object {
            cue_end = object_end(w, cue_end, hi);
        }
        let cue = Cue {
            subject,
            span: w.range(start, cue_end),
            at: w.start_of(start),
        };
        return Some((cue, w.range(k, end)));
    }
    None
}

/// "What he found, he says, is that …", "The plan, Ruiz said, was …": a
/// pronoun or a name and a speech verb between commas inside the sentence
/// `lo..end`; the sentence is the reported clause.
fn parenthetical(w: &Words, lo: usize, end: usize) -> Option<(Cue, Range<usize>)> {
    let (comma, subject, v) = (lo + 1..end).find_map(|k| {
        if !w.is_punct(k, &[',']) {
            return None;
        }
        let (subject, v) = subject_forward(w, k + 1, end, Until::Verb)?;
        let said = w.verb(v).is_some_and(|verb| !verb.object && !verb.partial);
        let someone = matches!(subject, Subject::Pronoun(Some(_)) | Subject::Name { .. });
        (someone && !subject.is_body() && said && w.is_punct(v + 1, &[',']))
            .then_some((k, subject, v))
    })?;
    if words_between(w, lo, end) < MIN_REPORTED_WORDS + 2 {
        return None;
    }
    let cue = Cue {
        subject,
        span: w.range(comma + 1, v + 1),
        at: w.start_of(comma + 1),
    };
    // "The charges are grave, Ruiz said, adding …": what comes after is
    // the writer's; the report ends at the cue.
    let adding = w.text(v + 2).ends_with("ing");
    let clause = if adding { lo..comma } else { lo..end };
    Some((cue, w.range(clause.start, clause.end)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::extract::words::tokenize;

    /// Renders a cue as `subject | cue words`.
    fn show(par: &str, cue: &Cue) -> String {
        let who = match &cue.subject {
            Subject::Pronoun(g) => format!("pronoun {g:?}"),
            Subject::It => "it".to_string(),
            Subject::Name { name, role, .. } => match role {
                Some(r) => format!("{name} ({r})"),
                None => name.clone(),
            },
            Subject::Described(d) => format!("described {d}"),
            Subject::Narrator => "narrator".to_string(),
        };
        format!("{who} | {}", &par[cue.span.clone()])
    }

    /// `input` has a `|` where the quote ends (text after it is searched for
    /// a cue) or starts (text before it is).
    fn check(input: &str, expected: Option<&str>) {
        let (left, right) = input.split_once('|').unwrap_or((input, ""));
        let par = format!("{left}{right}");
        let tokens = tokenize(&par);
        let w = Words {
            par: &par,
            tokens: &tokens,
        };
        let cut = w.index_at(left.len());
        let got = cue_after(&w, cut, tokens.len()).or_else(|| cue_before(&w, 0, cut));
        assert_eq!(
            got.map(|c| show(&par, &c)).as_deref(),
            expected,
            "in {input:?}"
        );
    }

    fn check_reported(input: &str, expected: Option<&str>) {
        let tokens = tokenize(input);
        let w = Words {
            par: input,
            tokens: &tokens,
        };
        let got = reported(&w, 0, tokens.len())
            .map(|(cue, clause)| format!("{} | {}", show(input, &cue), &input[clause]));
        assert_eq!(got.as_deref(), expected, "in {input:?}");
    }

    #[test]
    fn a_person_beats_the_organisation_they_are_with() {
        check_reported(
            "But the director of operations for the ferry service, Ines Barros, says the schedule will hold.",
            Some("Ines Barros | Ines Barros, says | the schedule will hold"),
        );
        check_reported(
            "Tomas Rieger with the Harbour Authority says the pier is safe.",
            Some("Tomas Rieger | Tomas Rieger with the Harbour Authority says | the pier is safe"),
        );
        // A role with commas of its own still leaves the name first.
        check_reported(
            "Ines Barros, Minister of Trade, Science and Industry, said the policy was broad.",
            Some("Ines Barros (Minister of Trade, Science and Industry) | Ines Barros, Minister of Trade, Science and Industry, said | the policy was broad"),
        );
        // A name then its role keeps the name.
        check_reported(
            "Ines Barros, the ferry service’s director, says the schedule will hold.",
            Some("Ines Barros (ferry service’s director) | Ines Barros, the ferry service’s director, says | the schedule will hold"),
        );
    }

    #[test]
    fn a_person_beats_the_organisation_or_place_named_with_them() {
        check(
            "|, Harbour Authority chair Lena Brandt said.",
            Some("Lena Brandt | Harbour Authority chair Lena Brandt said"),
        );
        check(
            "| Dockworkers Local 9 president Ana Ruiz said Friday.",
            Some("Ana Ruiz | Dockworkers Local 9 president Ana Ruiz said"),
        );
        check(
            "| then-mayoral candidate Ana Ruiz responded at a debate.",
            Some("Ana Ruiz | then-mayoral candidate Ana Ruiz responded"),
        );
        // A clause is no name phrase.
        check("| and the ballad that Ana Ruiz wrote.", None);
        check(
            "|, said Rovers head coach Ola Dahl.",
            Some("Ola Dahl | said Rovers head coach Ola Dahl"),
        );
        check(
            "|, said lead author Dr. Ines Varga, a chemist.",
            Some("Dr. Ines Varga (chemist) | said lead author Dr. Ines Varga"),
        );
        check(
            "|, Ana Ruiz of the Harbour Trust said.",
            Some("Ana Ruiz | Ana Ruiz of the Harbour Trust said"),
        );
        check(
            "|, said Harbour Trust general manager Bo Lind before turning to the vote.",
            Some("Bo Lind | said Harbour Trust general manager Bo Lind"),
        );
        check(
            "|, says Sea and Shore senior manager Ana Ruiz, who leads it.",
            Some("Ana Ruiz | says Sea and Shore senior manager Ana Ruiz"),
        );
        check(
            "|, Ola Dahl, director of coastal studies at the Northern Institute for the Study of Tides and Currents, said.",
            Some("Ola Dahl (director of coastal studies at the Northern Institute for the Study of Tides and Currents) | Ola Dahl, director of coastal studies at the Northern Institute for the Study of Tides and Currents, said"),
        );
        check(
            "|, said Tom Ruiz of the port authority.",
            Some("Tom Ruiz | said Tom Ruiz"),
        );
        // A described speaker with a name before the verb: the name.
        check(
            "|, the province’s top doctor Dr. Amy Lee said.",
            Some("Dr. Amy Lee | the province’s top doctor Dr. Amy Lee said"),
        );
    }

    #[test]
    fn a_clause_is_never_a_speaker() {
        check("|, a ballad that Ray wrote in May.", None);
        check(
            "|, the film Ray wrote.",
            Some("described the film Ray | the film Ray wrote"),
        );
    }

    #[test]
    fn a_second_verb_takes_the_sentence_subject() {
        check(
            "Ada Moss smiled at me and murmured, |",
            Some("Ada Moss | Ada Moss smiled at me and murmured"),
        );
        check(
            "She looked up and said: |",
            Some("pronoun Some(Female) | She looked up and said"),
        );
        check("The old house creaked and groaned, |", None);
    }

    #[test]
    fn first_person_narrator() {
        check("|, said I.", Some("narrator | said I."));
        check("|, I answered.", Some("narrator | I answered"));
    }

    #[test]
    fn pronoun_after() {
        check("|, she said.", Some("pronoun Some(Female) | she said"));
        check("| he added quietly.", Some("pronoun Some(Male) | he added"));
    }

    #[test]
    fn name_after_both_orders() {
        check(
            "|, said Sean Baker, the director.",
            Some("Sean Baker (director) | said Sean Baker"),
        );
        check("|, Baker told Reuters.", Some("Baker | Baker told Reuters"));
        check(
            "|, Jane Doe, the company’s chief executive, said on Monday.",
            Some("Jane Doe (company’s chief executive) | Jane Doe, the company’s chief executive, said"),
        );
        check(
            "|, Sen. Elizabeth Warren said.",
            Some("Elizabeth Warren (senator) | Sen. Elizabeth Warren said"),
        );
        check(
            "|, Dr. Amy Lee said.",
            Some("Dr. Amy Lee | Dr. Amy Lee said"),
        );
        // A role in capitals before the name is the role, not the name.
        check(
            "|, said Labour Leader Ann Bo.",
            Some("Ann Bo (leader) | said Labour Leader Ann Bo"),
        );
        check(
            "|, Port Hope Police Lt. Tom Ruiz said.",
            Some("Tom Ruiz (lieutenant) | Port Hope Police Lt. Tom Ruiz said"),
        );
        check(
            "|, said County Health Officer Dr. Amy Lee.",
            Some("Dr. Amy Lee (County Health Officer) | said County Health Officer Dr. Amy Lee"),
        );
        check(
            "|, University of the North political scientist Amy Lee said.",
            Some("Amy Lee | University of the North political scientist Amy Lee said"),
        );
    }

    #[test]
    fn described_speakers() {
        check(
            "By the time it ended, a producer remarked, |",
            Some("described a producer | a producer remarked"),
        );
        check(
            "|, a spokesperson for the company said.",
            Some("described a spokesperson for the company | a spokesperson for the company said"),
        );
        check(
            "|, said a spokesperson for the city.",
            Some("described a spokesperson for the city | said a spokesperson for the city"),
        );
        check("|, police said.", Some("described police | police said"));
        check(
            "Officials said |",
            Some("described officials | Officials said"),
        );
    }

    #[test]
    fn according_to() {
        check(
            "|, according to the police report.",
            Some("described the police report | according to the police report"),
        );
        check("According to Baker, |", Some("Baker | According to Baker"));
    }

    #[test]
    fn a_verb_with_its_subject_after_it_before_the_quote() {
        check(
            "Instead of the old route, in which buses stop twice, asks transit planner Ana Ruiz, |",
            Some("Ana Ruiz | asks transit planner Ana Ruiz"),
        );
        check("Then, says Baker: |", Some("Baker | says Baker"));
        // "claimed of the Riverside Arena" names what the words were about.
        check(
            "Ruiz also claimed of the Riverside Sports Arena, |",
            Some("Ruiz | Ruiz also claimed"),
        );
    }

    #[test]
    fn partial_quotes_take_the_sentence_subject() {
        check("Smith called the plan |", Some("Smith | Smith called"));
        check("The film called |", None);
    }

    #[test]
    fn no_cue_for_plain_narrative() {
        check("| buzz, with Madison quickly being hailed.", None);
        check("The premiere instantly sparked |", None);
    }

    #[test]
    fn reported_speech() {
        check_reported(
            "Mikey Madison admits she’s no stranger to tears—whether she’s overjoyed or upset, crying is her natural way of expressing emotion.",
            Some("Mikey Madison | Mikey Madison admits | she’s no stranger to tears—whether she’s overjoyed or upset, crying is her natural way of expressing emotion"),
        );
        check_reported(
            "The mayor told reporters on Tuesday that the bridge would reopen in May.",
            Some("described The mayor | The mayor told reporters | the bridge would reopen in May"),
        );
        check_reported("Madison noticed the tears weren’t flowing as usual.", None);
        check_reported("She cried after every acting class.", None);
        check_reported("He said nothing.", None);
        // A cue set off by commas reports the whole sentence.
        check_reported(
            "What he learned, he says, is that patience pays off in the end.",
            Some("pronoun Some(Male) | he says | What he learned, he says, is that patience pays off in the end"),
        );
        // The narrator's "I say" is a manner of speaking, not a report.
        check_reported(
            "When the room stopped spinning, I say, I was lying on the floor.",
            None,
        );
        // A denial reports no words.
        check_reported("The mayor has not said she would veto the bill.", None);
        check_reported("The filings do not say he ever tried that.", None);
        check_reported("She explained the rules to everyone there.", None);
    }
}
