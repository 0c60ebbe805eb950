//! Stage 3: who said each quote, in reading order.
//!
//! A sieve, after Muzny et al.'s two-stage approach to quote attribution:
//! for each quote the rules below are tried in order, surest first, and the
//! first that answers wins. A new attribution rule is one more function
//! here, placed in that order by how sure it is.
//!
//! 1. [`is_fragment`]: a cue whose subject is a clause fragment ("that
//!    they had nothing to said") is no cue; the rules below try instead.
//! 2. [`answered`]: a turn attributed by a pronoun, right after a turn that
//!    named whom it spoke to, is that listener's; one attributed by a
//!    pronoun and a verb of answering ("he replied") is the other speaker
//!    of the conversation ([`replied`]).
//! 3. [`from_cue`]: the quote's own attribution. The cue parser has already
//!    preferred a person to the organisation named with them; here a name
//!    joins its person, a description its described speaker, "I" the
//!    narrator, and a pronoun the last speaker when nobody else came
//!    between ([`same_speaker`]), else the latest person who fits it.
//! 4. [`descriptor`]: a definite description ("said the painter") is the
//!    person it describes.
//! 5. A short phrase embedded in the writer's sentence with no cue (or any
//!    embedded quote that starts in lowercase) is a phrase: the words of
//!    the speaker already quoted in that sentence, of the named person who
//!    owns it or whom the sentence is about ([`phrase_owner`]), else
//!    nobody's (a scare quote, a slogan). A quote in a heading is nobody's
//!    too ([`in_heading`]).
//! 6. [`turn_taking`]: in a run of dialogue paragraphs, an unattributed turn
//!    goes to the one spoken to, back to the speaker before the last one,
//!    or to a first-person story's narrator.
//! 7. [`continuation`]: an unattributed quote continues the speaker of the
//!    quote just before it, or the person the sentence before it is about.
//! 8. [`last_speaker`]: a paragraph of quotation is the last speaker's when
//!    nobody else was named since.
//!
//! Whatever rule answers, nobody speaks to themselves: a quote that names
//! its speaker's listener ("Yes, Nell") is not Nell's.
//!
//! A quote no rule answers has no speaker, and a diagnostic says so.

use crate::extract::attribution::{strip_possessive, Subject};
use crate::extract::given_names::given_name;
use crate::extract::lexicon::{
    heads_a_body, is_clause_opener, is_clause_verb, is_definite, is_determiner, is_document,
    is_function_word, is_preposition, is_relative, is_reply_verb, pronoun_gender, title,
};
use crate::extract::people::{pos, People, Pos};
use crate::extract::pipeline::{diagnostic, Doc, Draft};
use crate::extract::text::is_heading;
use crate::extract::words::Gender;
use crate::model::{Diagnostic, DiagnosticKind, Kind};

/// Resolves every draft's speaker, in reading order.
pub(crate) fn resolve(
    doc: &Doc,
    drafts: &mut [Draft],
    people: &mut People,
    diagnostics: &mut Vec<Diagnostic>,
) {
    let mut turns = Turns::default();
    // The last attributed speaker, as (position, person).
    let mut last: Option<(Pos, usize)> = None;
    for draft in drafts.iter_mut() {
        let p = draft.paragraph();
        let opens = opens_paragraph(doc, draft);
        let listener = vocative(doc, draft, people);
        if draft
            .cue
            .as_ref()
            .is_some_and(|(_, cue)| is_fragment(&cue.subject))
        {
            // "that they had nothing to said": no one; the rules below try.
            draft.cue = None;
        }
        if draft.cue.is_some() {
            draft.speaker = opens
                .then(|| {
                    answered(draft, &turns, people).or_else(|| replied(doc, draft, &turns, people))
                })
                .flatten()
                .or_else(|| from_cue(draft, last, people, diagnostics));
            // "said the lodger" after "her lodger" spoke: the same one.
            let spoke = |s: usize| turns.spoke_before(s, p);
            if let Some(described) = draft
                .speaker
                .filter(|&s| people.is_described(s) && !spoke(s))
            {
                draft.speaker =
                    Some(descriptor(draft, &turns, listener, people).unwrap_or(described));
            }
        } else if draft.kind == Kind::Statement {
            if draft.embedded || in_heading(doc, draft) {
                draft.kind = Kind::Phrase;
                if draft.embedded {
                    draft.speaker = phrase_owner(doc, draft, last, people);
                }
                continue;
            }
            // In a first-person story the narrator speaks the turns
            // nobody else is given.
            let narrator = people
                .narrated
                .then(|| people.resolve_narrator(pos(p, draft.first.open)));
            draft.speaker = opens
                .then(|| turn_taking(&turns, p, narrator))
                .flatten()
                .or_else(|| continuation(draft, last, people))
                .or_else(|| opens.then(|| last_speaker(draft, last, people)).flatten());
            // "Yes, Nell": whoever is spoken to is not the one speaking.
            if listener.is_some() && draft.speaker == listener {
                draft.speaker = listener.and_then(|l| turns.other_than(l, p));
            }
            if draft.speaker.is_none() {
                diagnostics.push(diagnostic(
                    p,
                    draft.first.open,
                    DiagnosticKind::NoSpeaker,
                    "quote has no speaker",
                ));
            }
        }
        if draft.kind != Kind::Reported {
            let asks = draft
                .segments
                .last()
                .is_some_and(|s| doc.slice(s).trim_end().ends_with('?'));
            turns.record(Turn {
                paragraph: p,
                opens,
                asks,
                speaker: draft.speaker,
                listener: listener.filter(|&l| Some(l) != draft.speaker),
            });
        }
        if let Some(speaker) = draft.speaker {
            let (lp, span) = draft.last;
            let start = draft.segments.first().map_or(0, |s| s.start);
            let at = match (&draft.cue, draft.kind) {
                // Reported speech holds the floor from its cue: a name in
                // the clause after it ("…, but Ana Ruiz says") comes later.
                (Some((cp, cue)), Kind::Reported) => pos(*cp, cue.at),
                _ => pos(lp, span.end).max(pos(p, start)),
            };
            last = Some((at, speaker));
        }
    }
}

/// Rule 3: the person the quote's cue names or points to.
fn from_cue(
    draft: &Draft,
    last: Option<(Pos, usize)>,
    people: &mut People,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let (cp, cue) = draft.cue.as_ref()?;
    let at = pos(*cp, cue.at);
    match &cue.subject {
        Subject::Pronoun(gender) => {
            // "“…,” he said." right after the last speaker's words, with no
            // one else the narration is about in between: the same speaker.
            if let Some(same) = same_speaker(draft, last, *gender, at, people) {
                // It fitted what was likely; now the text says it.
                people.learn_gender(same, *gender);
                return Some(same);
            }
            let found = people.resolve_pronoun(*gender, at);
            if found.is_none() {
                diagnostics.push(diagnostic(
                    *cp,
                    cue.at,
                    DiagnosticKind::UnresolvedPronoun,
                    "no one named before fits this pronoun",
                ));
            }
            found
        }
        Subject::Name { name, role, gender } => {
            Some(people.resolve_name(name, role.as_deref(), *gender, at))
        }
        // "the report says": a document is a source, not a speaker;
        // "her statement said" is hers.
        Subject::Described(text) if is_document(&head_noun(text)) => {
            let owner = text.split(' ').next().and_then(pronoun_gender)?;
            people.resolve_pronoun(Some(owner), at)
        }
        Subject::Described(text) => Some(people.resolve_described(text, at)),
        Subject::Narrator => Some(people.resolve_narrator(at)),
        // "“…,” it said": the organisation named last, or no one.
        Subject::It => people.body_referent(at),
    }
}

/// The head noun of a description, lowercase: the last word before any
/// preposition, relative or participle that qualifies it ("the memo
/// obtained by the paper" → "memo", "the city's needs assessment" →
/// "assessment").
fn head_noun(text: &str) -> String {
    let mut head = "";
    for (i, word) in text.split(' ').enumerate() {
        let lower = word.to_lowercase();
        let qualifies = is_preposition(&lower)
            || is_relative(&lower)
            || (i > 1 && lower.ends_with("ed") && !lower.ends_with("eed"));
        if qualifies && !head.is_empty() {
            break;
        }
        head = word;
    }
    head.trim_end_matches(|c: char| !c.is_alphanumeric())
        .to_lowercase()
}

/// Rule 3, for "he said": a pronoun cue right after the last speaker's
/// words (in this paragraph or the one before), when the last speaker is
/// known to fit and the narration is about no one else since, is the same
/// speaker, however many people were named in passing ("Asked what he
/// would tell Mayor Jo Ruiz, he said: …").
fn same_speaker(
    draft: &Draft,
    last: Option<(Pos, usize)>,
    gender: Option<Gender>,
    at: Pos,
    people: &People,
) -> Option<usize> {
    let (la, speaker) = last?;
    let recent = la >= pos(draft.paragraph().saturating_sub(1), 0);
    let fits = gender.is_some()
        && people.likely_gender_of(speaker) == gender
        && !people.is_body_at(speaker);
    let other = people
        .subject_between(la, at)
        .is_some_and(|(_, o)| o != speaker);
    (recent && fits && !other).then_some(speaker)
}

/// Longest described speaker, in words ("a spokesperson for the regional
/// health authority"); a longer one is a clause the cue parser took in.
const MAX_DESCRIBED_WORDS: usize = 8;

/// From this length, in bytes, a first word ending in "-ing" is a gerund
/// that opens a clause ("Assuming voters", "Knowing Ruiz"); shorter ones
/// are nouns ("thing", "being").
const MIN_GERUND_LEN: usize = 6;

/// Rule 1: a cue's subject must be a name, a pronoun, the narrator or a
/// short noun phrase headed by a noun; never a clause fragment ("that they
/// had nothing to", "a rally is planned by those who", "But observers").
fn is_fragment(subject: &Subject) -> bool {
    let text = match subject {
        Subject::Described(text) => text.as_str(),
        Subject::Name { name, .. } => name.as_str(),
        Subject::Pronoun(_) | Subject::Narrator | Subject::It => return false,
    };
    let words: Vec<&str> = text.split(' ').collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return true;
    };
    let first = first.to_lowercase();
    let last = last.to_lowercase();
    let opens_clause =
        is_clause_opener(&first) || (first.ends_with("ing") && first.len() >= MIN_GERUND_LEN);
    let ends_open = is_function_word(&last) || is_relative(&last);
    let has_verb = words
        .iter()
        .skip(1)
        .any(|w| is_clause_verb(&w.to_lowercase()) || is_relative(w));
    let long = matches!(subject, Subject::Described(_)) && words.len() > MAX_DESCRIBED_WORDS;
    opens_clause || ends_open || has_verb || long
}

/// How many paragraphs back a definite description looks for the person
/// the narration was about: the one it is in and the one before.
const DESCRIPTOR_REACH: usize = 1;

/// Rule 2: "“It is your best work, Basil.” / “I shan't send it,” he
/// answered.": a turn (a paragraph that opens with the quote) attributed
/// by a pronoun, right after a turn that spoke to someone by name, is that
/// someone's when the pronoun fits them.
fn answered(draft: &Draft, turns: &Turns, people: &People) -> Option<usize> {
    let (_, cue) = draft.cue.as_ref()?;
    let Subject::Pronoun(gender) = cue.subject else {
        return None;
    };
    let previous = turns.at(draft.paragraph().checked_sub(1)?)?;
    let addressed = previous.listener.filter(|_| previous.opens)?;
    people.may_be(addressed, gender).then_some(addressed)
}

/// Rule 2: "“Why not?” / “Because,” he replied.": a turn attributed by a
/// pronoun and a verb of answering, right after someone else's turn, is
/// the other speaker of the conversation when the pronoun fits them.
fn replied(doc: &Doc, draft: &Draft, turns: &Turns, people: &People) -> Option<usize> {
    let (cp, cue) = draft.cue.as_ref()?;
    let Subject::Pronoun(gender) = cue.subject else {
        return None;
    };
    let words = doc.pars.get(*cp)?.get(cue.span.clone())?;
    if !words.split(' ').any(|w| is_reply_verb(&w.to_lowercase())) {
        return None;
    }
    let p = draft.paragraph();
    let asker = turns.at(p.checked_sub(1)?)?.speaker?;
    turns
        .other_than(asker, p)
        .filter(|&other| people.may_be(other, gender))
}

/// Rule 4: "said the painter", "the 26-year-old said", "his companion
/// replied": a definite description of a person already in the story is
/// that person, the one of the conversation who is not being spoken to;
/// "the company said" stays the company.
fn descriptor(
    draft: &Draft,
    turns: &Turns,
    listener: Option<usize>,
    people: &People,
) -> Option<usize> {
    let (cp, cue) = draft.cue.as_ref()?;
    let Subject::Described(text) = &cue.subject else {
        return None;
    };
    let mut words = text.split(' ');
    let first = words.next()?.to_lowercase();
    let rest: Vec<&str> = words.collect();
    let head = *rest.last()?;
    let definite = is_definite(&first);
    // A plain noun phrase about one person: "the 26-year-old right wing",
    // not "the numbers this way" or "the memo obtained by the paper".
    let plain = rest.len() <= MAX_DESCRIPTOR_WORDS
        && rest.iter().all(|w| {
            w.starts_with(|c: char| c.is_lowercase() || c.is_ascii_digit())
                && !is_determiner(w)
                && !is_preposition(w)
        });
    if !definite || !plain || heads_a_body(head) {
        return None;
    }
    let p = draft.paragraph();
    // Addressed in the turn before: answering.
    if let Some(previous) = p.checked_sub(1).and_then(|b| turns.at(b)) {
        if let Some(addressed) = previous.listener.filter(|&l| Some(l) != listener) {
            return Some(addressed);
        }
    }
    // The person the narration was just about, else the conversation's.
    let at = pos(*cp, cue.at);
    // "Vane shook his head at her. Her father replied": the one the
    // narration was about owns the description, and is not its referent.
    let owned = pronoun_gender(&first).is_some();
    people
        .subject_before(at, DESCRIPTOR_REACH)
        .filter(|_| !owned)
        .filter(|&s| Some(s) != listener)
        // A person by their gender, told or guessed: not "Edmonton
        // started the scoring" before "said the rookie defenceman".
        .filter(|&s| people.likely_gender_of(s).is_some())
        .or_else(|| {
            turns
                .speakers_before(p)
                .find(|&s| Some(s) != listener && !people.is_described(s))
        })
}

/// Longest description read as a person of the story ("the 26-year-old
/// right wing"); longer ones are kept as written.
const MAX_DESCRIPTOR_WORDS: usize = 5;

/// Whom a quote speaks to, named in it: "Yes, Nell", "Tam, old
/// bean!", "my dear Mr. Pell". Only people the story already knows.
fn vocative(doc: &Doc, draft: &Draft, people: &People) -> Option<usize> {
    for seg in &draft.segments {
        let w = doc.words(seg.paragraph);
        let (from, to) = (w.index_at(seg.start), w.index_at(seg.end));
        for i in from..to {
            let t = w.text(i);
            if !w.is_word(i) || !t.starts_with(|c: char| c.is_uppercase()) {
                continue;
            }
            // "kind of you, Mr. Hart, to come": a title may stand first.
            let k = if i > from && title(w.text(i - 1)).is_some() {
                i - 1
            } else {
                i
            };
            let opens = k == from || w.is_punct(k - 1, &[',']) || w.text(k - 1) == "dear";
            let closes = i + 1 == to || w.is_punct(i + 1, &[',', '!', '?', '.', ';']);
            if !(opens && closes) {
                continue;
            }
            // The first name spoken to is the listener, even one the
            // story has not named yet ("Nell" for Lady Eleanor); "Oh,"
            // and "Well," are no names.
            let name = t.trim_end_matches('.');
            let known = people.known(name, pos(seg.paragraph, seg.start));
            if known.is_some() || given_name(name).is_some() {
                return known;
            }
        }
    }
    None
}

/// Rule 6, dialogue: when the two paragraphs before are turns of two
/// different speakers, whether or not narration opens them, an
/// unattributed turn is the earlier one's ("“Tell me
/// your name,” said the man. / “Pip, sir.” / “Once more!”"); a turn that
/// answers a question goes to the last other speaker of the conversation.
fn turn_taking(turns: &Turns, p: usize, narrator: Option<usize>) -> Option<usize> {
    let previous = turns.at(p.checked_sub(1)?)?;
    // "don't you, Good?" / "Rather.": the one spoken to answers.
    if let Some(addressed) = previous.listener {
        return Some(addressed);
    }
    let before = p.checked_sub(2).and_then(|b| turns.at(b));
    match (before, previous.speaker) {
        // "…, Mr. Ruiz, to come." / "Not at all." / "But …": whoever was
        // spoke to has joined a conversation, not begun a news quote.
        (
            Some(Turn {
                speaker: Some(a),
                listener,
                ..
            }),
            Some(b),
        ) if a != b
            && (narrator.is_some() || listener == Some(b) || turns.spoke_before(b, p - 1)) =>
        {
            Some(a)
        }
        (_, Some(b)) if previous.asks || narrator.is_some_and(|n| n != b) => {
            turns.other_than(b, p).or(narrator.filter(|&n| n != b))
        }
        _ => None,
    }
}

/// Rule 7: the speaker of the quote just before (in this paragraph or the
/// previous one), or the subject of a sentence between it and this quote
/// ("Jones disagreed. “No way.”"), whichever is nearer.
fn continuation(draft: &Draft, last: Option<(Pos, usize)>, people: &People) -> Option<usize> {
    let p = draft.paragraph();
    let start = draft.segments.first().map_or(0, |s| s.start);
    let from = pos(p.saturating_sub(1), 0);
    let previous = last.filter(|(at, _)| *at >= from);
    match (previous, people.subject_between(from, pos(p, start))) {
        (Some((a, x)), Some((b, y))) => Some(if b > a { y } else { x }),
        (Some((_, x)), None) | (None, Some((_, x))) => Some(x),
        (None, None) => None,
    }
}

/// How many paragraphs back a paragraph of quotation still belongs to the
/// last speaker when nobody else is named between.
const LAST_SPEAKER_REACH: usize = 3;

/// Rule 8: a paragraph that is a quotation, with nobody named since the
/// last speaker a few paragraphs up, is theirs: news stories quote one
/// person at length between paragraphs of context.
fn last_speaker(draft: &Draft, last: Option<(Pos, usize)>, people: &People) -> Option<usize> {
    let from = pos(draft.paragraph().saturating_sub(LAST_SPEAKER_REACH), 0);
    let (at, speaker) = last.filter(|(at, _)| *at >= from)?;
    let here = pos(draft.paragraph(), draft.first.open);
    let someone_else = people
        .subject_between(at, here)
        .is_some_and(|(_, other)| other != speaker);
    (!someone_else).then_some(speaker)
}

/// Rule 5: a phrase a named person owns ("Ruiz’s “witch hunt”") or in a
/// sentence about them is that person's ("Pilon called the conclusion
/// “one giant assumption.”"); any other
/// phrase, a scare quote or a slogan, is nobody's.
fn phrase_owner(
    doc: &Doc,
    draft: &Draft,
    last: Option<(Pos, usize)>,
    people: &People,
) -> Option<usize> {
    let p = draft.paragraph();
    // "Ruiz’s “witch hunt”": the words of whoever they belong to.
    let w = doc.words(p);
    let open = w.index_at(draft.first.open);
    let before = open
        .checked_sub(1)
        .filter(|&i| w.is_word(i))
        .map(|i| w.text(i));
    if let Some(owner) = before.and_then(strip_possessive) {
        let at = pos(p, draft.first.open);
        if let Some(who) = people
            .known(owner, at)
            .filter(|&who| !people.is_body_at(who))
        {
            return Some(who);
        }
    }
    let sentence = doc.sentence_at(p, draft.first.open);
    // "“…,” said Ruiz, and “sure of the road ahead.”": the sentence's own
    // speaker goes on.
    if let Some((_, speaker)) = last.filter(|&(at, _)| at >= pos(p, sentence.start)) {
        return Some(speaker);
    }
    let (_, who) = people.subject_between(pos(p, sentence.start), pos(p, draft.first.open))?;
    (!people.is_described(who) && !people.is_body_at(who)).then_some(who)
}

/// Rule 5 again: a quote in a heading ("‘Just listen to us’", "READ MORE:
/// ‘A false economy’ and what comes next") is a phrase: a heading repeats
/// words without anyone saying them there, so nobody near is its speaker.
fn in_heading(doc: &Doc, draft: &Draft) -> bool {
    doc.pars
        .get(draft.paragraph())
        .is_some_and(|par| is_heading(par))
}

/// Whether the quote is the first thing in its paragraph: a turn of
/// dialogue rather than a quote inside narration.
fn opens_paragraph(doc: &Doc, draft: &Draft) -> bool {
    let par = doc.pars.get(draft.paragraph()).copied().unwrap_or("");
    par.get(..draft.first.open)
        .is_some_and(|before| before.trim().is_empty())
}

/// How many paragraphs back a conversation's other speaker is looked for.
const CONVERSATION_SPAN: usize = 6;

/// How many of the latest turns [`Turns::at`] searches: the two paragraphs
/// before the current one and the current one's own.
const RECENT_TURNS: usize = 3;

/// One paragraph's part in a conversation: who spoke its last quote,
/// whether the paragraph opens with a quote, and whether it ends asking.
#[derive(Debug, Clone, Copy)]
struct Turn {
    paragraph: usize,
    opens: bool,
    asks: bool,
    speaker: Option<usize>,
    /// Whom the turn speaks to, when its quote names them.
    listener: Option<usize>,
}

/// The turns seen so far, one per paragraph with a quote.
#[derive(Default)]
struct Turns(Vec<Turn>);

impl Turns {
    fn record(&mut self, turn: Turn) {
        match self.0.last_mut() {
            Some(last) if last.paragraph == turn.paragraph => {
                last.speaker = turn.speaker.or(last.speaker);
                last.asks = turn.asks;
                last.listener = turn.listener.or(last.listener);
            }
            _ => self.0.push(turn),
        }
    }

    fn at(&self, paragraph: usize) -> Option<Turn> {
        self.0
            .iter()
            .rev()
            .take(RECENT_TURNS)
            .find(|t| t.paragraph == paragraph)
            .copied()
    }

    /// Whether `person` had a turn in the conversation before paragraph `p`:
    /// a news story's next speaker is introduced, then quoted on; a
    /// conversation's speakers take turns.
    fn spoke_before(&self, person: usize, p: usize) -> bool {
        self.0
            .iter()
            .rev()
            .skip_while(|t| t.paragraph >= p)
            .take_while(|t| t.paragraph + CONVERSATION_SPAN >= p)
            .any(|t| t.speaker == Some(person))
    }

    /// The speakers of the conversation before paragraph `p`, latest first.
    fn speakers_before(&self, p: usize) -> impl Iterator<Item = usize> + '_ {
        self.0
            .iter()
            .rev()
            .skip_while(move |t| t.paragraph >= p)
            .take_while(move |t| t.paragraph + CONVERSATION_SPAN >= p)
            .filter_map(|t| t.speaker)
    }

    /// The latest speaker other than `person` in the paragraphs just
    /// before `p`.
    fn other_than(&self, person: usize, p: usize) -> Option<usize> {
        self.0
            .iter()
            .rev()
            .take_while(|t| t.paragraph + CONVERSATION_SPAN >= p)
            .find_map(|t| t.speaker.filter(|&s| s != person))
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::pipeline::tests::quote_lines;

    /// Parses `input` and checks one `speaker | text` line per quote.
    fn check(input: &str, expected: &[&str]) {
        let got: Vec<String> = quote_lines(input)
            .iter()
            .map(|line| {
                line.split_once(" | ")
                    .map_or("", |(_, rest)| rest)
                    .to_string()
            })
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    #[test]
    fn turns_alternate_between_the_two_speakers() {
        check(
            "“Where were you?” asked Nora Vance.\n“Out,” said Eli Hart.\n“Out where?” said Nora Vance.\n“Just out.”\n“With whom?”",
            &[
                "Nora Vance | Where were you?",
                "Eli Hart | Out,",
                "Nora Vance | Out where?",
                "Eli Hart | Just out.",
                "Nora Vance | With whom?",
            ],
        );
    }

    #[test]
    fn an_answer_goes_to_the_other_speaker() {
        check(
            "“Tea?” asked Nora Vance.\n“Coffee,” said Eli Hart. “Do you have any?”\n“Only tea.”",
            &[
                "Nora Vance | Tea?",
                "Eli Hart | Coffee, … Do you have any?",
                "Nora Vance | Only tea.",
            ],
        );
    }

    #[test]
    fn a_news_quote_runs_on_into_the_next_paragraph() {
        check(
            "“We are ready,” said Mayor Ilse Brandt.\n“The pumps are working.”\n“We expect rain,” said Tom Ruiz, a forecaster.\n“More of it than usual.”",
            &[
                "Ilse Brandt | We are ready,",
                "Ilse Brandt | The pumps are working.",
                "Tom Ruiz | We expect rain,",
                "Tom Ruiz | More of it than usual.",
            ],
        );
    }

    #[test]
    fn a_definite_description_is_the_person_just_named() {
        check(
            "Nora Vance put down her brush. “It is done,” said the painter.",
            &["Nora Vance | It is done,"],
        );
        check(
            "Ilse Brandt spoke first. “We are ready,” the 41-year-old said.",
            &["Ilse Brandt | We are ready,"],
        );
        // An organisation, a group or a document stays as written.
        check(
            "Ilse Brandt spoke first. “We disagree,” the council said.",
            &["the council | We disagree,"],
        );
        check(
            "Ilse Brandt spoke first. “No comment,” the officials said.",
            &["the officials | No comment,"],
        );
    }

    #[test]
    fn the_one_spoken_to_answers_and_never_speaks_to_themselves() {
        check(
            "Eli Hart waited.\n“Are you coming, Eli?” asked Nora Vance.\n“Rather,” said that gentleman.",
            &["Nora Vance | Are you coming, Eli?", "Eli Hart | Rather,"],
        );
        check(
            "“Tea?” asked Nora Vance.\n“Coffee,” said Eli Hart.\n“Yes, Nora.”",
            &[
                "Nora Vance | Tea?",
                "Eli Hart | Coffee,",
                "Eli Hart | Yes, Nora.",
            ],
        );
    }

    #[test]
    fn a_pronoun_passes_names_that_do_not_fit() {
        check(
            "Nora Vance spoke to reporters. Her letter went to Harbour Trust Limited.\n“We will see,” she said.",
            &["Nora Vance | We will see,"],
        );
    }

    #[test]
    fn a_pronoun_teaches_gender_only_after_its_sentence_subject() {
        check(
            "Quill Ardent said she would run against Sen. Tarn Ostrowe, because she knows the town.\n“I live here,” she said.",
            &[
                "Quill Ardent | she would run against Sen. Tarn Ostrowe, because she knows the town",
                "Quill Ardent | I live here,",
            ],
        );
    }

    #[test]
    fn a_clause_fragment_is_never_a_speaker() {
        use super::is_fragment;
        use crate::extract::attribution::Subject;
        let check = |text: &str, expected: bool| {
            let subject = Subject::Described(text.to_string());
            assert_eq!(is_fragment(&subject), expected, "{text:?}");
        };
        check("a spokesperson for the city", false);
        check("the 26-year-old right wing", false);
        check("that they had nothing to", true);
        check("a vigil is planned for Friday by those who", true);
        check("But neighbours", true);
        check("the numbers this way", true);
        check("Assuming voters", true);
        let name = |name: &str| Subject::Name {
            name: name.to_string(),
            role: None,
            gender: None,
        };
        assert!(!is_fragment(&name("Ana Ruiz")));
        assert!(is_fragment(&name("Knowing Ruiz")));
    }

    #[test]
    fn a_paragraph_of_quotation_is_the_last_speakers_if_nobody_came_between() {
        check(
            "“We are ready,” said Mayor Ilse Brandt.\nThe city spent two years on the plan.\nIt cost less than feared.\n“The pumps are working.”",
            &["Ilse Brandt | We are ready,", "Ilse Brandt | The pumps are working."],
        );
        check(
            "“We are ready,” said Mayor Ilse Brandt.\nTom Ruiz leads the opposition.\nThe vote is on Monday.\n“The pumps are working.”",
            &["Ilse Brandt | We are ready,", "- | The pumps are working."],
        );
    }

    #[test]
    fn in_a_first_person_story_the_narrator_takes_the_other_turns() {
        check(
            "I met Jon Pell at the gate. I was tired, and I said nothing.\n“You came,” said Jon Pell.\n“I did.”\n“Why?”",
            &["Jon Pell | You came,", "I | I did.", "Jon Pell | Why?"],
        );
        // Told in the third person, the same turns run on.
        check(
            "Ada met Jon Pell at the gate.\n“You came,” said Jon Pell.\n“I did.”",
            &["Jon Pell | You came,", "Jon Pell | I did."],
        );
    }

    #[test]
    fn a_name_with_two_particles_is_one_person() {
        check(
            "Ben van der Berg, a geologist, said the slope may slide.\n“It can be very powerful,” he said.",
            &[
                "Ben van der Berg | the slope may slide",
                "Ben van der Berg | It can be very powerful,",
            ],
        );
    }

    #[test]
    fn after_an_honorific_any_word_is_a_surname() {
        check(
            "Mrs. Field lit the fire.\n“Can I take your coat, sir?” she said.",
            &["Field | Can I take your coat, sir?"],
        );
    }

    #[test]
    fn he_or_she_is_never_an_organisation() {
        check(
            "Sen. Quill Ardent waited.\n“No comment,” Burnaby RCMP said.\n“We will appeal,” he said.",
            &["Burnaby RCMP | No comment,", "Quill Ardent | We will appeal,"],
        );
    }

    #[test]
    fn the_last_to_speak_in_the_paragraph_before_goes_on() {
        check(
            "According to the agency, the target is met, but Ana Ruiz says that is not what crews see.\n“Response times can be 45 minutes.”",
            &[
                "the agency | the target is met, but Ana Ruiz says that is not what crews see",
                "Ana Ruiz | Response times can be 45 minutes.",
            ],
        );
    }

    #[test]
    fn a_pronoun_answer_is_the_one_spoken_to() {
        check(
            "Eli Hart and Tom Ruiz sat in the garden.\n“It is your best work, Eli,” said Tom Ruiz.\n“I shall not sell it,” he answered.",
            &["Tom Ruiz | It is your best work, Eli,", "Eli Hart | I shall not sell it,"],
        );
    }

    #[test]
    fn an_honorific_tells_two_people_of_one_surname_apart() {
        check(
            "Emma Woodhouse sat by the fire.\n“Poor Miss Taylor!” said Mr. Woodhouse.\n“She is happy,” said Emma Woodhouse.\n“I doubt it,” Mr. Woodhouse replied.",
            &[
                "Woodhouse | Poor Miss Taylor!",
                "Emma Woodhouse | She is happy,",
                "Woodhouse | I doubt it,",
            ],
        );
    }

    #[test]
    fn the_narrator_speaks_as_i_and_is_never_he() {
        check(
            "Jon Pell looked up. “Who are you?” said Jon Pell.\n“A friend,” I answered.\n“Sit,” he said.",
            &[
                "Jon Pell | Who are you?",
                "I | A friend,",
                "Jon Pell | Sit,",
            ],
        );
    }

    #[test]
    fn photo_credits_and_opening_adverbs_name_nobody() {
        check(
            "The pier after the storm. (Ada Moss/Reuters)\n“It was the worst night,” he said.",
            &["- | It was the worst night,"],
        );
        check(
            "Suddenly Ada Moss stood. “Enough,” said Ada Moss.",
            &["Ada Moss | Enough,"],
        );
        // "Prince George, B.C.": a place, with its province.
        check(
            "The mill west of Prince George, B.C., closed.\n“It was a shock,” he said.",
            &["- | It was a shock,"],
        );
    }

    #[test]
    fn a_document_is_a_source_and_nobody_speaks_it() {
        check(
            "“Fares will rise by spring,” the transit report said.",
            &["- | Fares will rise by spring,"],
        );
        check(
            "“Ridership fell,” a memo obtained by the paper says.",
            &["- | Ridership fell,"],
        );
        // A possessive names whose document it is.
        check(
            "Ines Barros resigned on Monday.\n“I leave with pride,” her statement said.",
            &["Ines Barros | I leave with pride,"],
        );
    }

    #[test]
    fn a_role_in_capitals_is_not_part_of_the_name() {
        check(
            "Finance Minister Ines Barros spoke first.\n“We will cut taxes,” she said.",
            &["Ines Barros | We will cut taxes,"],
        );
        // Titles alone, as in "the Prime Minister’s Office", name no one.
        check(
            "Ines Barros resigned. The Prime Minister’s Office said nothing.\n“I am free,” she said.",
            &["Ines Barros | I am free,"],
        );
    }

    #[test]
    fn a_quote_in_a_heading_is_nobodys() {
        check(
            "“We were outplayed,” said Tomas Rieger.\n‘They owned us’\nThe visitors scored early.",
            &["Tomas Rieger | We were outplayed,", "- | They owned us"],
        );
        // "Story continues below": a heading's verb makes no one a speaker.
        check(
            "Ines Barros runs the shelter.\nStory continues below advertisement\n“It is full,” she says.",
            &["Ines Barros | It is full,"],
        );
    }

    #[test]
    fn a_capitalised_particle_stays_inside_the_name() {
        check(
            "For Leila Al Mansour and her neighbours, the winter was long.\nAl Mansour is a nurse.\n“We managed,” she said.",
            &["Leila Al Mansour | We managed,"],
        );
    }

    #[test]
    fn a_phrase_inside_reported_speech_is_the_reporters() {
        check(
            "Ines Barros took questions.\nShe said further details about the plan would be “released in due course.”",
            &["Ines Barros | released in due course."],
        );
    }

    #[test]
    fn a_shared_surname_is_the_story_s_main_person() {
        check(
            "Dana Okafor opened her bakery in 1990. Okafor trained in Lyon, and Okafor still bakes daily.\nShe came with her husband, Ray Okafor.\n“Bread is patience,” says Okafor.",
            &["Dana Okafor | Bread is patience,"],
        );
    }

    #[test]
    fn a_sentence_opening_with_an_honorific_is_about_that_person() {
        check(
            "Mrs. Ablett greeted me warmly.\n“How good to see you again.”",
            &["Ablett | How good to see you again."],
        );
    }

    #[test]
    fn a_possessive_description_is_not_its_owner() {
        check(
            "“We leave at dawn,” said Mr. Penrose.\nAda Quill nodded. Her father added, “Bring a coat.”",
            &["Penrose | We leave at dawn,", "Penrose | Bring a coat."],
        );
    }

    #[test]
    fn a_phrase_is_the_words_of_the_person_its_sentence_is_about() {
        check(
            "Crown prosecutor Ines Barros called the theory “one giant assumption.”",
            &["Ines Barros | one giant assumption."],
        );
        // A scare quote in a sentence about no one is nobody's.
        check(
            "Ines Barros spoke first.\nThe so-called “fast track” took nine years.",
            &["- | fast track"],
        );
    }

    #[test]
    fn a_pronoun_prefers_who_the_narration_is_about_to_a_possessive() {
        check(
            "Julia Brandt hosted a baking show for years.\nMaria Okafor co-wrote its book. Her name is on Brandt’s speed dial, in Brandt’s kitchen.\n“I love this work,” she says.",
            &["Maria Okafor | I love this work,"],
        );
        // A possessive that opens its sentence is what the sentence is about.
        check(
            "“We are well,” said Julia Brandt.\nMaria Okafor’s lips twitched. The sight of Brandt’s hat amused her.\n“I am well too,” she said.",
            &["Julia Brandt | We are well,", "Maria Okafor | I am well too,"],
        );
    }

    #[test]
    fn he_said_after_a_speaker_is_that_speaker() {
        check(
            "“We slept in the tents,” said Tomas Rieger.\nAsked what he would tell Mayor Ivan Petrov, he said: “Just listen to us.”",
            &["Tomas Rieger | We slept in the tents,", "Tomas Rieger | Just listen to us."],
        );
    }

    #[test]
    fn a_name_with_an_age_before_its_verb_is_the_sentences_subject() {
        check(
            "“The trains were full,” said Ines Barros.\nIn an interview, former porter Tomas Rieger, 76, recalls how he slept on a couch. “I was always tired.”",
            &["Ines Barros | The trains were full,", "Tomas Rieger | I was always tired."],
        );
    }

    #[test]
    fn a_description_is_a_person_not_a_place_the_sentence_is_about() {
        check(
            "Tomas Rieger scored twice. Harbourside answered with a goal.\n“I will smile about it,” said the rookie defenceman.",
            &["the rookie defenceman | I will smile about it,"],
        );
    }

    #[test]
    fn a_photo_caption_names_no_one_the_next_pronoun_means() {
        check(
            "“We won,” said Tomas Rieger.\nPeter Kamau, left, at the game. ( Daily file photo )\n“It was close,” he said.",
            &["Tomas Rieger | We won,", "Tomas Rieger | It was close,"],
        );
    }

    #[test]
    fn a_pronoun_means_the_person_just_named_whatever_their_name_suggests() {
        check(
            "“Fine,” said Nora Vance.\nImmigration lawyer Zorwana Quell said the rules were strict.\n“We need more help,” she said.",
            &[
                "Nora Vance | Fine,",
                "Zorwana Quell | the rules were strict",
                "Zorwana Quell | We need more help,",
            ],
        );
    }

    #[test]
    fn a_full_name_a_pronoun_goes_on_about_is_a_person() {
        check(
            "“Go,” said Eli Hart.\nOkunbo Barde was on a trip when he ended up in a hotel.\n“We waited for hours,” he said.",
            &["Eli Hart | Go,", "Okunbo Barde | We waited for hours,"],
        );
    }

    #[test]
    fn a_reply_is_the_other_speakers() {
        check(
            "“Will you show it?” asked Mr. Vane.\n“No,” said Mr. Hart.\nMr. Vane frowned. “Why not?”\n“I cannot,” he replied.",
            &[
                "Vane | Will you show it?",
                "Hart | No,",
                "Vane | Why not?",
                "Hart | I cannot,",
            ],
        );
    }

    #[test]
    fn whoever_is_spoken_to_by_title_answers_and_the_turns_go_on() {
        check(
            "Mr. Hart sat down. Then Mr. Vane said, “It is kind of you, Mr. Hart, to come so late.”\n“Not in the least, sir.”\n“But the road is dirty.”\n“My boots are clean.”",
            &[
                "Vane | It is kind of you, Mr. Hart, to come so late.",
                "Hart | Not in the least, sir.",
                "Vane | But the road is dirty.",
                "Hart | My boots are clean.",
            ],
        );
    }

    #[test]
    fn a_first_name_spoken_to_is_the_listener_even_when_new() {
        check(
            "Mr. Hart met Lord Vane.\n“Nonsense, Mr. Hart,” said Lord Vane.\n“I doubt that, Nell. ‘Going so soon, Mr. Hart?’ she said to me.”",
            &[
                "Lord Vane | Nonsense, Mr. Hart,",
                "Hart | I doubt that, Nell. ‘Going so soon, Mr. Hart?’ she said to me.",
            ],
        );
    }

    #[test]
    fn a_turn_after_narration_still_alternates() {
        check(
            "“Will you stay?” said Mr. Vane.\n“Perhaps,” said Mr. Hart.\nMr. Vane smiled. “Do stay,” he said.\nMr. Hart looked at the door. “No,” he said.\n“But it is late.”\nMr. Hart laughed. “Is it?” he said.\n“It is, sir.”",
            &[
                "Vane | Will you stay?",
                "Hart | Perhaps,",
                "Vane | Do stay,",
                "Hart | No,",
                "Vane | But it is late.",
                "Hart | Is it?",
                "Vane | It is, sir.",
            ],
        );
    }

    #[test]
    fn a_description_that_spoke_before_is_the_same_speaker() {
        check(
            "Mrs. Field brought tea. “Thank you,” said her lodger.\n“It is cold, sir,” said Mrs. Field.\n“I can understand that,” said the lodger.",
            &[
                "her lodger | Thank you,",
                "Field | It is cold, sir,",
                "her lodger | I can understand that,",
            ],
        );
    }

    #[test]
    fn after_an_opening_phrase_the_name_is_the_sentences_subject() {
        check(
            "“We will appeal,” said Tomas Rieger.\nIn court, Judge Ana Ruiz made it clear a long sentence was “probable.”",
            &["Tomas Rieger | We will appeal,", "Ana Ruiz | probable."],
        );
    }

    #[test]
    fn a_phrase_a_person_owns_is_theirs() {
        check(
            "“We are ready,” said Ana Ruiz.\nTo answer Ruiz’s “witch hunt,” the board met.",
            &["Ana Ruiz | We are ready,", "Ana Ruiz | witch hunt,"],
        );
    }

    #[test]
    fn a_speaker_named_at_a_sentences_end_is_not_the_next_she() {
        check(
            "A woman was found hurt, Quon Ledde said. She was taken to hospital.\nThe charges against Mark Ebbe are grave, Ledde said, adding more are possible.\n“It is too early to say,” he said.",
            &[
                "Quon Ledde | A woman was found hurt",
                "Quon Ledde | The charges against Mark Ebbe are grave",
                "Quon Ledde | It is too early to say,",
            ],
        );
    }

    #[test]
    fn he_said_after_a_reported_speaker_of_no_known_gender_is_theirs() {
        check(
            "“Fine,” said Eli Hart.\nNavo Bainsley, Minister of Trade, Science and Industry, said in an interview that the policy was on a “wider footing.”\n“We talk to firms of every size,” he said.",
            &[
                "Eli Hart | Fine,",
                "Navo Bainsley | wider footing.",
                "Navo Bainsley | We talk to firms of every size,",
            ],
        );
    }

    #[test]
    fn a_name_qualifying_a_noun_is_not_who_he_means() {
        check(
            "“We will fight,” said Eli Hart.\nHart urged people to send a message to the Mark Vane government.\n“It would be a bad choice,” he said.",
            &["Eli Hart | We will fight,", "Eli Hart | It would be a bad choice,"],
        );
    }

    #[test]
    fn a_long_quote_in_lowercase_inside_the_writers_sentence_is_a_phrase() {
        check(
            "“It is cruel,” said Ana Ruiz.\nThe club is open only to members “in good standing for three full years” under the charter.",
            &["Ana Ruiz | It is cruel,", "- | in good standing for three full years"],
        );
    }

    #[test]
    fn a_phrase_after_a_quote_in_its_sentence_is_the_same_speakers() {
        check(
            "“It made us stronger,” said Ana Ruiz, and “sure of the road ahead of us all.”",
            &[
                "Ana Ruiz | It made us stronger,",
                "Ana Ruiz | sure of the road ahead of us all.",
            ],
        );
    }

    #[test]
    fn a_first_name_among_common_words_is_no_person() {
        check(
            "“Rents will rise,” said Lee Brandt.\nBrandt cited a fellow at the Institute for Public Works and Land Planning.\n“It hurts the poorest most,” he said.",
            &[
                "Lee Brandt | Rents will rise,",
                "Lee Brandt | It hurts the poorest most,",
            ],
        );
    }

    #[test]
    fn one_name_in_apposition_that_a_pronoun_goes_on_about_is_a_person() {
        check(
            "“We are sending help,” said Eli Hart.\nYunna, a resident of the coast, was at home when she heard the water.\n“I heard the water first,” she said.",
            &["Eli Hart | We are sending help,", "Yunna | I heard the water first,"],
        );
    }

    #[test]
    fn it_said_is_never_a_person() {
        check(
            "“We will rebuild,” said Ana Ruiz.\nThe pier closed on Monday.\n“Repairs will take weeks,” it said.",
            &["Ana Ruiz | We will rebuild,", "- | Repairs will take weeks,"],
        );
    }
}
