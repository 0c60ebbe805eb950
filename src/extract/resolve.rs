//! Stage 3: who said each quote, in reading order.
//!
//! A sieve, after Muzny et al.'s two-stage approach to quote attribution:
//! for each quote the rules below are tried in order, surest first, and the
//! first that answers wins. A new attribution rule is one more function
//! here, placed in that order by how sure it is.
//!
//! 1. [`from_cue`]: the quote's own attribution. The cue parser has already
//!    preferred a person to the organisation named with them; here a name
//!    joins its person, a description its described speaker, "I" the
//!    narrator, and a pronoun the latest person who fits it.
//! 2. A short phrase embedded in the writer's sentence with no cue is a
//!    phrase, nobody's: a scare quote, a slogan.
//! 3. [`turn_taking`]: in a run of dialogue paragraphs, an unattributed turn
//!    goes back to the speaker before the last one.
//! 4. [`continuation`]: an unattributed quote continues the speaker of the
//!    quote just before it, or the person the sentence before it is about.
//!
//! A quote no rule answers has no speaker, and a diagnostic says so.

use crate::extract::attribution::Subject;
use crate::extract::people::{pos, People, Pos};
use crate::extract::pipeline::{diagnostic, Doc, Draft};
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
        if draft.cue.is_some() {
            draft.speaker = from_cue(draft, people, diagnostics);
        } else if draft.kind == Kind::Statement {
            if draft.embedded {
                draft.kind = Kind::Phrase;
                continue;
            }
            let opens = opens_paragraph(doc, draft);
            draft.speaker = opens
                .then(|| turn_taking(&turns, p))
                .flatten()
                .or_else(|| continuation(draft, last, people));
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
                opens: opens_paragraph(doc, draft),
                asks,
                speaker: draft.speaker,
            });
        }
        if let Some(speaker) = draft.speaker {
            let (lp, span) = draft.last;
            let start = draft.segments.first().map_or(0, |s| s.start);
            last = Some((pos(lp, span.end).max(pos(p, start)), speaker));
        }
    }
}

/// Rule 1: the person the quote's cue names or points to.
fn from_cue(
    draft: &Draft,
    people: &mut People,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<usize> {
    let (cp, cue) = draft.cue.as_ref()?;
    let at = pos(*cp, cue.at);
    match &cue.subject {
        Subject::Pronoun(gender) => {
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
        Subject::Described(text) => Some(people.resolve_described(text, at)),
        Subject::Narrator => Some(people.resolve_narrator(at)),
    }
}

/// Rule 3, dialogue: when the two paragraphs before are turns of two
/// different speakers, an unattributed turn is the earlier one's ("“Tell me
/// your name,” said the man. / “Pip, sir.” / “Once more!”"); a turn that
/// answers a question goes to the last other speaker of the conversation.
fn turn_taking(turns: &Turns, p: usize) -> Option<usize> {
    let previous = turns.at(p.checked_sub(1)?)?;
    if !previous.opens {
        return None;
    }
    let before = p.checked_sub(2).and_then(|b| turns.at(b));
    match (before, previous.speaker) {
        (
            Some(Turn {
                speaker: Some(a),
                opens: true,
                ..
            }),
            Some(b),
        ) if a != b && turns.spoke_before(b, p - 1) => Some(a),
        (_, Some(b)) if previous.asks => turns.other_than(b, p),
        _ => None,
    }
}

/// Rule 4: the speaker of the quote just before (in this paragraph or the
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

/// Whether the quote is the first thing in its paragraph: a turn of
/// dialogue rather than a quote inside narration.
fn opens_paragraph(doc: &Doc, draft: &Draft) -> bool {
    let par = doc.pars.get(draft.paragraph()).copied().unwrap_or("");
    par.get(..draft.first.open)
        .is_some_and(|before| before.trim().is_empty())
}

/// How many paragraphs back a conversation's other speaker is looked for.
const CONVERSATION_SPAN: usize = 6;

/// One paragraph's part in a conversation: who spoke its last quote,
/// whether the paragraph opens with a quote, and whether it ends asking.
#[derive(Debug, Clone, Copy)]
struct Turn {
    paragraph: usize,
    opens: bool,
    asks: bool,
    speaker: Option<usize>,
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
            }
            _ => self.0.push(turn),
        }
    }

    fn at(&self, paragraph: usize) -> Option<Turn> {
        self.0
            .iter()
            .rev()
            .take(3)
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
    use crate::parse;

    /// Parses `input` and checks one `speaker | text` line per quote.
    fn check(input: &str, expected: &[&str]) {
        let article = parse(input, None);
        let got: Vec<String> = article
            .quotes
            .iter()
            .map(|q| {
                let speaker = q
                    .speaker
                    .as_deref()
                    .and_then(|id| article.speaker(id))
                    .map_or("-", |s| s.name.as_str());
                format!("{speaker} | {}", q.text)
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
    }
}
