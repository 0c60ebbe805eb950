//! The pipeline: article text (and an optional sidecar) in, [`Article`] out.
//!
//! Stages, each in its own module: paragraphs (`text`), quote marks
//! (`marks`), sentences, words, people, attribution cues, themes, ids. This
//! file only wires them together and decides what each quote is:
//!
//! 1. join quote pieces: a quote continued in the next paragraph (opening
//!    mark repeated) and an interrupted quote ("I was," she said, "sure")
//!    become one quote with several segments; titles of works are dropped;
//! 2. find each quote's cue (after, before, or none) and reported speech in
//!    sentences without marks;
//! 3. in reading order, resolve speakers (names, aliases, pronouns), and let
//!    an unattributed quote continue the speaker the text points to;
//! 4. themes, ids, sidecar overrides, then the speaker and theme lists.
//!
//! Invariant: never panics, whatever the text; doubts become diagnostics.

use crate::extract::attribution::{
    cue_after, cue_before, headline_cue, reported, reporting_phrase, Cue, Words,
};
use crate::extract::lexicon::{is_determiner, is_title_small_word};
use crate::extract::marks::{scan, Scan, Span};
use crate::extract::people::{pos, Known, ParagraphView, People};
use crate::extract::resolve::resolve;
use crate::extract::sentences::sentences;
use crate::extract::sidecar::{Override, Sidecar};
use crate::extract::text::{is_caption, is_heading, paragraphs};
use crate::extract::themes::{is_word_char, Lexicon, Matcher};
use crate::extract::topics::{find_topics, quote_cap};
use crate::extract::words::{tokenize, Token};
use crate::id::{quote_id, slug, FastMap, FastSet, Ids};
use crate::model::{
    quote_text, Article, Diagnostic, DiagnosticKind, Kind, Quote, Segment, Speaker, Theme,
};
use std::ops::Range;

/// Parses an article. Never panics; what it is unsure of is listed in
/// `Article::diagnostics`.
pub fn parse(text: &str, sidecar: Option<&Sidecar>) -> Article {
    let pars = paragraphs(text);
    let doc = Doc::new(&pars);
    let known: Vec<Known> = sidecar
        .map(|s| {
            s.people
                .iter()
                .map(|p| Known {
                    name: &p.name,
                    aliases: &p.aliases,
                    role: p.role.as_deref(),
                })
                .collect()
        })
        .unwrap_or_default();
    let views: Vec<ParagraphView> = (0..pars.len())
        .map(|p| ParagraphView {
            text: pars[p],
            tokens: &doc.tokens[p],
            spans: &doc.scans[p].spans,
            sentences: &doc.sentences[p],
        })
        .collect();
    let mut people = People::build(&known, &views);
    let mut diagnostics = Vec::new();

    let mut drafts = join_pieces(&doc, &mut diagnostics);
    attribute(&doc, &mut drafts);
    drafts.retain(|d| !d.title);
    drafts.extend(reported_speech(&doc, &drafts));
    drafts.sort_by_key(|d| d.segments.first().map(|s| (s.paragraph, s.start)));
    resolve(&doc, &mut drafts, &mut people, &mut diagnostics);

    let mut lexicon = themes(&doc, &mut drafts, &people, sidecar);

    if let Some(s) = sidecar {
        apply_overrides(
            &doc,
            &s.overrides,
            &mut drafts,
            &mut people,
            &mut lexicon,
            &mut diagnostics,
        );
    }
    drafts.sort_by_key(|d| d.segments.first().map(|s| (s.paragraph, s.start)));
    diagnostics.sort_by_key(|d| (d.paragraph, d.offset));

    finish(&doc, drafts, &people, &lexicon, sidecar, diagnostics)
}

/// Per-paragraph analysis shared by every stage.
pub(crate) struct Doc<'a> {
    pub(crate) pars: &'a [&'a str],
    pub(crate) scans: Vec<Scan>,
    pub(crate) tokens: Vec<Vec<Token>>,
    pub(crate) sentences: Vec<Vec<Range<usize>>>,
}

impl<'a> Doc<'a> {
    fn new(pars: &'a [&'a str]) -> Doc<'a> {
        let scans: Vec<Scan> = pars.iter().map(|p| scan(p)).collect();
        let tokens = pars.iter().map(|p| tokenize(p)).collect();
        let sentences = pars
            .iter()
            .zip(&scans)
            .map(|(p, s)| sentences(p, &s.spans))
            .collect();
        Doc {
            pars,
            scans,
            tokens,
            sentences,
        }
    }

    pub(crate) fn words(&self, p: usize) -> Words<'_> {
        Words {
            par: self.pars.get(p).copied().unwrap_or(""),
            tokens: self.tokens.get(p).map_or(&[], Vec::as_slice),
        }
    }

    pub(crate) fn sentence_at(&self, p: usize, at: usize) -> Range<usize> {
        self.sentences
            .get(p)
            .and_then(|ss| {
                ss.iter()
                    .find(|s| s.start <= at && at < s.end.max(s.start + 1))
            })
            .cloned()
            .unwrap_or(at..at)
    }

    pub(crate) fn slice(&self, seg: &Segment) -> &'a str {
        self.pars
            .get(seg.paragraph)
            .and_then(|p| p.get(seg.start..seg.end))
            .unwrap_or("")
    }

    fn slice_range(&self, p: usize, range: Range<usize>) -> &'a str {
        self.pars
            .get(p)
            .and_then(|par| par.get(range))
            .unwrap_or("")
    }

    /// The sentence before the draft's first one, in the same paragraph.
    fn previous_sentence(&self, draft: &Draft) -> Option<(usize, Range<usize>)> {
        let seg = draft.segments.first()?;
        let par = self.pars.get(seg.paragraph)?;
        let current = self.sentence_at(seg.paragraph, seg.start);
        let previous = self
            .sentences
            .get(seg.paragraph)?
            .iter()
            .rev()
            .find(|s| s.end <= current.start)?;
        par.get(previous.clone())?;
        Some((seg.paragraph, previous.clone()))
    }
}

/// A quote being built.
#[derive(Debug, Clone)]
pub(crate) struct Draft {
    pub(crate) segments: Vec<Segment>,
    /// The first piece's marks (open..after), for cue search.
    pub(crate) first: Span,
    /// The last piece's marks and paragraph.
    pub(crate) last: (usize, Span),
    pub(crate) kind: Kind,
    pub(crate) cue: Option<(usize, Cue)>,
    /// Embedded in a sentence, short and without a cue: a phrase.
    pub(crate) embedded: bool,
    title: bool,
    pub(crate) speaker: Option<usize>,
    themes: Vec<usize>,
}

impl Draft {
    fn new(paragraph: usize, span: Span, kind: Kind) -> Draft {
        Draft {
            segments: vec![Segment {
                paragraph,
                start: span.start,
                end: span.end,
            }],
            first: span,
            last: (paragraph, span),
            kind,
            cue: None,
            embedded: false,
            title: false,
            speaker: None,
            themes: Vec::new(),
        }
    }

    pub(crate) fn paragraph(&self) -> usize {
        self.segments.first().map_or(0, |s| s.paragraph)
    }

    /// The join rule documented on [`Quote`].
    fn text(&self, doc: &Doc) -> String {
        quote_text(self.segments.iter().map(|s| (s.paragraph, doc.slice(s))))
    }

    fn push(&mut self, paragraph: usize, span: Span) {
        self.segments.push(Segment {
            paragraph,
            start: span.start,
            end: span.end,
        });
        self.last = (paragraph, span);
    }
}

pub(crate) fn diagnostic(
    paragraph: usize,
    offset: usize,
    kind: DiagnosticKind,
    message: &str,
) -> Diagnostic {
    Diagnostic {
        paragraph,
        offset,
        kind,
        message: message.to_string(),
    }
}

/// Stage 1: quote pieces → drafts, joining continued and interrupted quotes.
fn join_pieces(doc: &Doc, diagnostics: &mut Vec<Diagnostic>) -> Vec<Draft> {
    let mut drafts: Vec<Draft> = Vec::new();
    let mut open: Option<usize> = None;
    for (p, found) in doc.scans.iter().enumerate() {
        let par = doc.pars.get(p).copied().unwrap_or("");
        let mut continues = None;
        let mut consumed_close = None;
        if let Some(d) = open.take() {
            let first = found.spans.first();
            let stray = found
                .stray_closes
                .first()
                .copied()
                .filter(|&c| first.is_none_or(|s| c < s.open));
            if first.is_some_and(|s| s.open == 0) {
                continues = Some(d);
            } else if let (Some(close), Some(draft)) = (stray, drafts.get_mut(d)) {
                // The next paragraph closes the quote without reopening it.
                let text = &par[..close];
                let end = text.trim_end().len();
                let span = Span {
                    open: 0,
                    start: 0,
                    end,
                    after: close + par[close..].chars().next().map_or(0, char::len_utf8),
                    closed: true,
                    family: draft.first.family,
                };
                draft.push(p, span);
                consumed_close = Some(close);
            } else if let Some(draft) = drafts.get(d) {
                let (lp, span) = draft.last;
                diagnostics.push(diagnostic(
                    lp,
                    span.open,
                    DiagnosticKind::UnbalancedMark,
                    "opening quotation mark is never closed",
                ));
            }
        }
        for (k, &span) in found.spans.iter().enumerate() {
            if k == 0 {
                if let Some(draft) = continues.and_then(|d| drafts.get_mut(d)) {
                    draft.push(p, span);
                    if !span.closed {
                        open = continues;
                    }
                    continue;
                }
            }
            if span.start == span.end {
                continue;
            }
            let merge = drafts
                .last()
                .filter(|d| d.last.0 == p && d.last.1.closed && k > 0)
                .is_some_and(|d| interrupted(doc, p, &d.last.1, &span));
            if merge {
                if let Some(draft) = drafts.last_mut() {
                    draft.push(p, span);
                    if !span.closed {
                        open = Some(drafts.len() - 1);
                    }
                }
                continue;
            }
            drafts.push(Draft::new(p, span, Kind::Statement));
            if !span.closed {
                open = Some(drafts.len() - 1);
            }
        }
        for &close in &found.stray_closes {
            if Some(close) != consumed_close {
                diagnostics.push(diagnostic(
                    p,
                    close,
                    DiagnosticKind::UnbalancedMark,
                    "closing quotation mark has no opening mark",
                ));
            }
        }
        for &at in &found.stray_opens {
            diagnostics.push(diagnostic(
                p,
                at,
                DiagnosticKind::UnbalancedMark,
                "opening quotation mark is never closed",
            ));
        }
    }
    if let Some(draft) = open.and_then(|d| drafts.get(d)) {
        let (lp, span) = draft.last;
        diagnostics.push(diagnostic(
            lp,
            span.open,
            DiagnosticKind::UnbalancedMark,
            "opening quotation mark is never closed",
        ));
    }
    drafts
}

/// Longest attribution between two pieces of one quote, in bytes: room for
/// "said the man, with a threatening shake of his head," and no more.
const MAX_INTERRUPTION: usize = 200;

/// An interrupted quote: "I was," she said, "sure" or "We won," said Dan
/// Ruiz. "Now we rest." The first piece does not end its sentence with a
/// full stop, the words between the pieces are one attribution clause, and
/// the second piece has no attribution of its own ("Yes," said Ana. "No,"
/// said Ben. is two quotes).
fn interrupted(doc: &Doc, p: usize, before: &Span, next: &Span) -> bool {
    let par = doc.pars.get(p).copied().unwrap_or("");
    let first = par.get(before.start..before.end).unwrap_or("").trim_end();
    if first.ends_with('.') && !first.ends_with("...") {
        return false;
    }
    if next.open.saturating_sub(before.after) > MAX_INTERRUPTION {
        return false;
    }
    let w = doc.words(p);
    let (from, to) = (w.index_at(before.after), w.index_at(next.open));
    let Some(last) = (from..to).rev().find(|&i| w.is_word(i)) else {
        return false;
    };
    // "“A,” she said, adding that “b”": the second piece is part of her
    // sentence, not the rest of the quote.
    if last + 1 == to {
        return false;
    }
    // One clause: nothing between the pieces ends a sentence before its end.
    if (from..last).any(|i| w.is_punct(i, &['.', '!', '?'])) {
        return false;
    }
    if cue_after(&w, from, to).is_none() {
        return false;
    }
    let spans = doc.scans.get(p).map_or(&[][..], |s| s.spans.as_slice());
    let limit = spans
        .iter()
        .map(|s| s.open)
        .find(|&o| o >= next.after)
        .unwrap_or(par.len());
    cue_after(&w, w.index_at(next.after), w.index_at(limit)).is_none()
}

/// Most words a title of a work in Title Case may have ("The Curious Case
/// of Benjamin Button"); a longer run is a quoted sentence.
const MAX_TITLE_WORDS: usize = 8;

/// Title Case and short: "Anora", "Once Upon a Time in Hollywood".
fn looks_like_title(text: &str) -> bool {
    let text = text.trim_end_matches([',', '.']);
    if text.contains(". ") || text.contains(", ") {
        return false;
    }
    let words: Vec<&str> = text.split_whitespace().collect();
    if words.is_empty() || words.len() > MAX_TITLE_WORDS {
        return false;
    }
    words.iter().enumerate().all(|(i, w)| {
        let first = w.chars().find(|c| c.is_alphanumeric());
        match first {
            Some(c) => c.is_uppercase() || c.is_numeric() || (i > 0 && is_title_small_word(w)),
            None => true,
        }
    })
}

/// Most words a quote embedded in the writer's sentence without a cue may
/// have to be a phrase (“a star is born”) rather than someone's words.
const MAX_PHRASE_WORDS: usize = 6;

/// Stage 2a: cues for direct quotes, titles and embedded phrases.
fn attribute(doc: &Doc, drafts: &mut [Draft]) {
    for draft in drafts.iter_mut() {
        let p = draft.paragraph();
        let w = doc.words(p);
        let par = w.par;
        let span = draft.first;
        let sentence = doc.sentence_at(p, span.open);
        let spans = doc.scans.get(p).map_or(&[][..], |s| s.spans.as_slice());
        // The cue region after the quote stops at the next quote.
        let next_open = spans
            .iter()
            .map(|s| s.open)
            .find(|&o| o >= span.after)
            .unwrap_or(par.len());
        // "…what happens?” Kim said.": a quote ending in "?" or "!" ends its
        // sentence for the splitter, but its cue runs on into the next.
        let next_word = w
            .tokens
            .get(w.index_at(span.after))
            .map_or(span.after, |t| t.start);
        let cue_end = sentence.end.max(doc.sentence_at(p, next_word).end);
        let after_end = w.index_at(cue_end.min(next_open));
        let after = cue_after(&w, w.index_at(span.after), after_end);
        // The cue region before the quote starts after the previous quote.
        let prev_after = spans
            .iter()
            .map(|s| s.after)
            .filter(|&a| a <= span.open)
            .max()
            .unwrap_or(0);
        let lo = w.index_at(sentence.start.max(prev_after));
        let open_index = w.index_at(span.open);
        let embedded = (lo..open_index).any(|i| w.tokens.get(i).is_some_and(|t| t.word))
            && !par[..span.open].trim_end().ends_with(':');
        let text = draft.text(doc);
        if after.is_none()
            && draft.segments.len() == 1
            && span.closed
            && embedded
            && looks_like_title(&text)
        {
            draft.title = true;
            continue;
        }
        let before = || cue_before(&w, lo, open_index);
        let at_end = || {
            // A quote over several paragraphs may be attributed at its end.
            let (lp, last) = draft.last;
            let lw = doc.words(lp);
            let s = doc.sentence_at(lp, last.open);
            let end = lw.index_at(s.end);
            (lp != p)
                .then(|| cue_after(&lw, lw.index_at(last.after), end).map(|c| (lp, c)))
                .flatten()
        };
        // A phrase inside reported speech is the reporter's subject's: he
        // said the files would be "released in due course".
        let reporting = || {
            let hi = w.index_at(sentence.end);
            (embedded && span.closed)
                .then(|| reporting_phrase(&w, w.index_at(sentence.start), hi).map(|c| (p, c)))
                .flatten()
        };
        draft.cue = after
            .map(|c| (p, c))
            .or_else(|| before().map(|c| (p, c)))
            .or_else(at_end)
            .or_else(reporting)
            .or_else(|| headline_cue(&w).map(|c| (p, c)));
        // "… only members “in good standing for three full years” under …":
        // a quote that starts in lowercase continues the writer's sentence.
        let fragment = text.starts_with(|c: char| c.is_lowercase());
        draft.embedded =
            embedded && (fragment || text.split_whitespace().count() <= MAX_PHRASE_WORDS);
    }
}

/// Stage 2b: reported speech in sentences that hold no direct quote.
fn reported_speech(doc: &Doc, drafts: &[Draft]) -> Vec<Draft> {
    let quoted: FastSet<(usize, usize)> = drafts
        .iter()
        .flat_map(|d| d.segments.iter().map(|s| (s.paragraph, s.start)))
        .collect();
    let mut out = Vec::new();
    for (p, sents) in doc.sentences.iter().enumerate() {
        let w = doc.words(p);
        let spans = doc.scans.get(p).map_or(&[][..], |s| s.spans.as_slice());
        // "READ MORE: Ruiz says …", "Ruiz says … (Jo Lee/CBC)": a heading
        // or a photo caption repeats the story, nobody speaks there.
        let par = doc.pars.get(p).copied().unwrap_or("");
        if is_heading(par) || is_caption(par) {
            continue;
        }
        for sentence in sents {
            let has_quote = spans.iter().any(|s| {
                s.open >= sentence.start && s.open < sentence.end && quoted.contains(&(p, s.start))
            });
            if has_quote {
                continue;
            }
            let lo = w.index_at(sentence.start);
            let hi = w.index_at(sentence.end);
            if let Some((cue, clause)) = reported(&w, lo, hi) {
                let span = Span {
                    open: clause.start,
                    start: clause.start,
                    end: clause.end,
                    after: clause.end,
                    closed: true,
                    family: crate::extract::marks::Family::Double,
                };
                let mut draft = Draft::new(p, span, Kind::Reported);
                draft.cue = Some((p, cue));
                out.push(draft);
            }
        }
    }
    out
}

/// Stage 4: themes. The sidecar's come first; then the topics found in
/// the text ([`find_topics`]), unless the sidecar replaces them, each
/// dropped, or taken into a sidecar theme whose keywords name it; then,
/// for quotes still without a theme, the built-in lexicon's topics
/// ([`Lexicon::built_in`]). Returns the themes in order; each draft gets
/// the indices of its own.
fn themes(doc: &Doc, drafts: &mut [Draft], people: &People, sidecar: Option<&Sidecar>) -> Lexicon {
    let mut lexicon = Lexicon::default();
    let mut dropped = Lexicon::default();
    for theme in sidecar.map_or(&[][..], |s| s.themes.as_slice()) {
        let target = if theme.drop {
            &mut dropped
        } else {
            &mut lexicon
        };
        target.upsert(&theme.name, &theme.keywords);
    }
    let found = keyword_themes(doc, drafts, &lexicon, |_| true);
    for (draft, found) in drafts.iter_mut().zip(found) {
        draft.themes = found;
    }
    if sidecar.is_some_and(|s| s.replace_themes) {
        return lexicon;
    }
    let own = lexicon.matcher();
    let gone = dropped.matcher();
    let title = sidecar.and_then(|s| s.title.as_deref());
    for topic in find_topics(doc, drafts, people, title) {
        let named = |m: &Matcher, len: usize| {
            let mut hits = vec![false; len];
            m.mark(&topic.label, &mut hits);
            hits.iter().position(|&h| h)
        };
        let id = slug(&topic.label);
        if named(&gone, dropped.themes.len()).is_some() || dropped.themes.iter().any(|t| t.id == id)
        {
            continue;
        }
        let index = named(&own, lexicon.themes.len())
            .or_else(|| lexicon.themes.iter().position(|t| t.id == id))
            .unwrap_or_else(|| {
                lexicon.upsert(&topic.label, &[]);
                lexicon.themes.len() - 1
            });
        for &d in &topic.quotes {
            if let Some(draft) = drafts.get_mut(d) {
                if !draft.themes.contains(&index) {
                    draft.themes.push(index);
                }
            }
        }
    }
    fallback_themes(doc, drafts, &mut lexicon, &dropped);
    for draft in drafts.iter_mut() {
        draft.themes.sort_unstable();
    }
    lexicon
}

/// Most themes an article shows, found and built-in together.
const MAX_THEMES: usize = 8;

/// Fewest themes an article shows, when its quotes allow.
const MIN_THEMES: usize = 3;

/// Fewest quotes a built-in theme must newly cover to be shown.
const MIN_FALLBACK_QUOTES: usize = 2;

/// The built-in lexicon's topics, for the quotes no theme covers yet:
/// greedily, the one covering most of them, while it covers at least two
/// and the article shows fewer than [`MAX_THEMES`].
fn fallback_themes(doc: &Doc, drafts: &mut [Draft], lexicon: &mut Lexicon, dropped: &Lexicon) {
    let mut built_in = Lexicon::built_in();
    built_in.themes.retain(|t| {
        !dropped.themes.iter().any(|d| d.id == t.id) && !lexicon.themes.iter().any(|o| o.id == t.id)
    });
    let mut shown = lexicon.themes.len();
    // Only a short article's padding reads the quotes that have a theme:
    // otherwise the bare ones are all there is to match.
    let padding = shown < MIN_THEMES;
    let found = keyword_themes(doc, drafts, &built_in, |d: &Draft| {
        padding || d.themes.is_empty()
    });
    let bare: Vec<usize> = (0..drafts.len())
        .filter(|&d| drafts.get(d).is_some_and(|x| x.themes.is_empty()))
        .collect();
    let mut covered: FastSet<usize> = FastSet::default();
    let cap = quote_cap(drafts.len());
    let mut used = vec![false; built_in.themes.len()];
    while shown < MAX_THEMES {
        let gain = |t: usize| {
            bare.iter()
                .filter(|&&d| !covered.contains(&d) && found.get(d).is_some_and(|f| f.contains(&t)))
                .count()
        };
        let total = |t: usize| found.iter().filter(|f| f.contains(&t)).count();
        let best = (0..built_in.themes.len())
            .filter(|&t| !used[t])
            .max_by_key(|&t| (gain(t), total(t), std::cmp::Reverse(t)));
        // Below MIN_THEMES a built-in theme may also tag quotes that have
        // a theme already: a short article still gets a few ways in.
        let padding = shown < MIN_THEMES;
        let Some(t) = best.filter(|&t| {
            (gain(t) >= MIN_FALLBACK_QUOTES && gain(t) <= cap)
                || (padding && total(t) >= MIN_FALLBACK_QUOTES && total(t) <= cap)
        }) else {
            break;
        };
        used[t] = true;
        let everywhere = padding && total(t) <= cap;
        let index = lexicon.themes.len();
        lexicon.themes.push(built_in.themes[t].clone());
        shown += 1;
        for (d, draft) in drafts.iter_mut().enumerate() {
            let bare = draft.themes.is_empty() && !covered.contains(&d);
            if found.get(d).is_some_and(|f| f.contains(&t)) && (bare || everywhere) {
                covered.insert(d);
                draft.themes.push(index);
            }
        }
    }
}

/// The themes of `lexicon` whose keywords occur in each draft or the
/// sentences it sits in (failing that, the sentence before), as indices;
/// none for a draft not `wanted`.
fn keyword_themes(
    doc: &Doc,
    drafts: &[Draft],
    lexicon: &Lexicon,
    wanted: impl Fn(&Draft) -> bool,
) -> Vec<Vec<usize>> {
    let matcher = lexicon.matcher();
    let themes = lexicon.themes.len();
    if themes == 0 {
        return vec![Vec::new(); drafts.len()];
    }
    let mut hits = vec![false; themes];
    // Quotes share sentences (an interrupted quote, a sentence with two
    // quotes, reported speech), so each sentence is matched once.
    let mut sentence_hits: FastMap<(usize, usize, usize), Vec<bool>> = FastMap::default();
    let mut mark_sentence = |hits: &mut [bool], p: usize, range: Range<usize>| {
        let found = sentence_hits
            .entry((p, range.start, range.end))
            .or_insert_with(|| {
                let mut found = vec![false; themes];
                matcher.mark(doc.slice_range(p, range), &mut found);
                found
            });
        for (hit, &f) in hits.iter_mut().zip(found.iter()) {
            *hit |= f;
        }
    };
    drafts
        .iter()
        .map(|draft| {
            if !wanted(draft) {
                return Vec::new();
            }
            // The quote and the sentences it sits in. Pieces are matched
            // one by one: a keyword is a whole word, and no word spans two
            // pieces.
            hits.fill(false);
            for seg in &draft.segments {
                let range = doc.sentence_at(seg.paragraph, seg.start);
                // A segment cut at word boundaries inside its sentence has
                // no word the sentence lacks: reading the sentence is enough.
                let par = doc.pars.get(seg.paragraph).copied().unwrap_or("");
                let before = par.get(..seg.start).and_then(|t| t.chars().next_back());
                let after = par.get(seg.end..).and_then(|t| t.chars().next());
                let covered = range.start <= seg.start
                    && seg.end <= range.end
                    && !before.is_some_and(is_word_char)
                    && !after.is_some_and(is_word_char);
                if !covered {
                    matcher.mark(doc.slice(seg), &mut hits);
                }
                mark_sentence(&mut hits, seg.paragraph, range);
            }
            if !hits.contains(&true) {
                // A quote often answers the sentence before it ("Madison
                // noticed the tears weren’t flowing. “I was holding it
                // in,” she said.").
                if let Some((p, previous)) = doc.previous_sentence(draft) {
                    mark_sentence(&mut hits, p, previous);
                }
            }
            hits.iter()
                .enumerate()
                .filter_map(|(t, &hit)| hit.then_some(t))
                .collect()
        })
        .collect()
}

/// Applies the sidecar's overrides.
fn apply_overrides(
    doc: &Doc,
    overrides: &[Override],
    drafts: &mut Vec<Draft>,
    people: &mut People,
    lexicon: &mut Lexicon,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for o in overrides {
        let wanted = o.quote.trim();
        if wanted.is_empty() {
            continue;
        }
        let mut index = drafts.iter().position(|d| {
            let text = d.text(doc);
            quote_id(&text) == wanted || text.contains(wanted)
        });
        if index.is_none() && o.force {
            let found = doc
                .pars
                .iter()
                .enumerate()
                .find_map(|(p, par)| par.find(wanted).map(|at| (p, at)));
            if let Some((p, at)) = found {
                let span = Span {
                    open: at,
                    start: at,
                    end: at + wanted.len(),
                    after: at + wanted.len(),
                    closed: true,
                    family: crate::extract::marks::Family::Double,
                };
                drafts.push(Draft::new(p, span, Kind::Statement));
                index = Some(drafts.len() - 1);
            }
        }
        let Some(i) = index else {
            diagnostics.push(diagnostic(
                0,
                0,
                DiagnosticKind::UnmatchedOverride,
                &format!("override {wanted:?} matches no quote"),
            ));
            continue;
        };
        if o.drop {
            drafts.remove(i);
            continue;
        }
        let Some(draft) = drafts.get_mut(i) else {
            continue;
        };
        if let Some(kind) = o.kind {
            draft.kind = kind;
        }
        if let Some(name) = &o.speaker {
            let at = pos(draft.paragraph(), draft.first.start);
            let first = name.split(' ').next().unwrap_or("");
            let described = first.chars().all(char::is_lowercase);
            draft.speaker = Some(if described {
                people.resolve_described(name, at)
            } else {
                people.resolve_name(name, None, None, at)
            });
            if draft.kind == Kind::Phrase {
                draft.kind = Kind::Statement;
            }
        }
        if let Some(themes) = &o.themes {
            draft.themes = themes
                .iter()
                .map(|t| {
                    let id = slug(t);
                    match lexicon.themes.iter().position(|x| x.id == id) {
                        Some(found) => found,
                        None => {
                            lexicon.upsert(t, &[]);
                            lexicon.themes.len() - 1
                        }
                    }
                })
                .collect();
        }
    }
}

/// Stage 4: the public model.
fn finish(
    doc: &Doc,
    drafts: Vec<Draft>,
    people: &People,
    lexicon: &Lexicon,
    sidecar: Option<&Sidecar>,
    diagnostics: Vec<Diagnostic>,
) -> Article {
    let mut speaker_ids: FastMap<usize, String> = FastMap::default();
    let mut speakers: Vec<Speaker> = Vec::new();
    let mut taken = Ids::default();
    let mut quote_ids = Ids::default();
    let mut theme_quotes: Vec<Vec<String>> = vec![Vec::new(); lexicon.themes.len()];
    let mut quotes = Vec::with_capacity(drafts.len());
    for draft in drafts {
        let text = draft.text(doc);
        let id = quote_ids.unique(quote_id(&text));
        let speaker = draft.speaker.and_then(|index| {
            if let Some(id) = speaker_ids.get(&index) {
                return Some(id.clone());
            }
            let person = people.persons.get(index)?;
            let base = if person.described {
                let words: Vec<&str> = person.name.split(' ').collect();
                let skip = usize::from(words.len() > 1 && is_determiner(words[0]));
                slug(&words[skip..].join(" "))
            } else {
                slug(&person.name)
            };
            let base = if base.is_empty() {
                "speaker".into()
            } else {
                base
            };
            let id = taken.unique(base);
            speaker_ids.insert(index, id.clone());
            speakers.push(Speaker {
                id: id.clone(),
                name: person.name.clone(),
                aliases: person.aliases.clone(),
                role: person.role.clone(),
                described: person.described,
                gender: person.gender,
            });
            Some(id)
        });
        let mut themes = Vec::new();
        for &t in &draft.themes {
            if let (Some(theme), Some(list)) = (lexicon.themes.get(t), theme_quotes.get_mut(t)) {
                themes.push(theme.id.clone());
                list.push(id.clone());
            }
        }
        let cue = draft.cue.as_ref().and_then(|(p, c)| {
            doc.pars
                .get(*p)
                .and_then(|par| par.get(c.span.clone()))
                .map(str::to_string)
        });
        let first = draft.segments.first().copied().unwrap_or(Segment {
            paragraph: 0,
            start: 0,
            end: 0,
        });
        quotes.push(Quote {
            id,
            text,
            kind: draft.kind,
            speaker,
            cue,
            themes,
            paragraph: first.paragraph,
            start: first.start,
            end: first.end,
            segments: draft.segments,
        });
    }
    let themes = lexicon
        .themes
        .iter()
        .zip(theme_quotes)
        .filter(|(_, q)| !q.is_empty())
        .map(|(t, quotes)| Theme {
            id: t.id.clone(),
            label: t.label.clone(),
            quotes,
        })
        .collect();
    Article {
        meta: sidecar.map(Sidecar::meta).unwrap_or_default(),
        paragraphs: doc.pars.iter().map(|p| p.to_string()).collect(),
        quotes,
        speakers,
        themes,
        diagnostics,
        stories: Vec::new(),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::parse;

    /// Each quote of `input` as `kind | speaker | text`.
    pub(crate) fn quote_lines(input: &str) -> Vec<String> {
        parse(input, None).quote_lines()
    }

    /// Parses `input` and checks one `kind | speaker | text` line per quote.
    fn check(input: &str, expected: &[&str]) {
        assert_eq!(quote_lines(input), expected, "in {input:?}");
    }

    #[test]
    fn interrupted_quote_is_one_quote() {
        check(
            "Ana Silva runs the shelter.\n“I was,” she said, “sure it would close.”",
            &["statement | Ana Silva | I was, … sure it would close."],
        );
    }

    #[test]
    fn quote_interrupted_by_a_sentence_of_attribution_is_one_quote() {
        check(
            "“We won,” said Coach Dan Ruiz. “Now we rest.”",
            &["statement | Dan Ruiz | We won, … Now we rest."],
        );
        check(
            "“Who won?” she asked Tom Reyes, frowning. “Tell me.”",
            &["statement | - | Who won? … Tell me."],
        );
    }

    #[test]
    fn separate_sentences_stay_separate_quotes() {
        check(
            "“We won.” Dan Ruiz sat down. “Now we rest.”",
            &[
                "statement | - | We won.",
                // The sentence before says who acts: he speaks.
                "statement | Dan Ruiz | Now we rest.",
            ],
        );
        // A first piece that ends its sentence is a quote of its own.
        check(
            "“We won.” said Dan Ruiz. “Now we rest.”",
            &[
                "statement | Dan Ruiz | We won.",
                "statement | Dan Ruiz | Now we rest.",
            ],
        );
        // Each piece has its own attribution: two speakers, two quotes.
        check(
            "“Yes,” said Ana Reyes. “No,” said Ben Ode.",
            &["statement | Ana Reyes | Yes,", "statement | Ben Ode | No,"],
        );
    }

    #[test]
    fn multi_paragraph_quote_is_one_quote() {
        check(
            "“It started in May,” said Lena Ward.\n“Nobody listened. We wrote letters.\n“Then the river rose.”",
            &[
                "statement | Lena Ward | It started in May,",
                "statement | Lena Ward | Nobody listened. We wrote letters. Then the river rose.",
            ],
        );
    }

    #[test]
    fn unattributed_paragraph_continues_the_last_speaker() {
        check(
            "“I was holding it in,” Mikey Madison said.\n“I started questioning if I was becoming numb.” She paused.",
            &[
                "statement | Mikey Madison | I was holding it in,",
                "statement | Mikey Madison | I started questioning if I was becoming numb.",
            ],
        );
    }

    #[test]
    fn no_speaker_far_from_any_attribution() {
        check(
            "The town is quiet.\nThe mill closed.\n“Nobody comes here anymore.”",
            &["statement | - | Nobody comes here anymore."],
        );
    }

    #[test]
    fn titles_are_not_quotes_but_phrases_are() {
        check(
            "The star of the Palme d’Or-winning ‘Anora’ sparked “a star is born” buzz.",
            &["phrase | - | a star is born"],
        );
        check("Their single \"Ghost Town Radio\" topped the chart.", &[]);
    }

    #[test]
    fn a_phrase_inside_reported_speech_is_the_reporters_subjects() {
        check(
            "Ana Ruiz said the report would be “released in due course” by the ministry.",
            &["statement | Ana Ruiz | released in due course"],
        );
        // A scare quote in the writer's own sentence is nobody's.
        check(
            "The town enters “the quiet season” every autumn.",
            &["phrase | - | the quiet season"],
        );
    }

    #[test]
    fn a_cue_after_a_question_or_an_exclamation() {
        check(
            "“What happens now?” Ana Ruiz asked. “Nobody knows!” Tom Reyes said.",
            &[
                "statement | Ana Ruiz | What happens now?",
                "statement | Tom Reyes | Nobody knows!",
            ],
        );
    }

    /// Parses `input` with `sidecar` (TOML) and lists its themes as
    /// `label: number of quotes`.
    fn check_themes(input: &str, sidecar: &str, expected: &[&str]) {
        let sidecar = crate::Sidecar::from_toml(sidecar).expect("sidecar");
        let article = parse(input, Some(&sidecar));
        let got: Vec<String> = article
            .themes
            .iter()
            .map(|t| format!("{}: {}", t.label, t.quotes.len()))
            .collect();
        assert_eq!(got, expected, "in {input:?}");
    }

    const FERRY: &str = "“The ferry is late again,” said Ana Ruiz.\n“The ferry costs too much,” said Tom Hale.\n“The ferry must run,” said Ana Ruiz.\n“Our harbour is empty,” said Tom Hale.\n“The harbour needs dredging,” said Ana Ruiz.\n“Fix the harbour,” said Tom Hale.";

    #[test]
    fn sidecar_themes_come_first_and_can_merge_or_drop_found_ones() {
        check_themes(FERRY, "", &["Ferry: 3", "Harbour: 3"]);
        // An editor's theme first; found themes its keywords name merge in.
        check_themes(
            FERRY,
            "[[themes]]\nname = \"Transport\"\nkeywords = [\"ferry\", \"harbour\"]",
            &["Transport: 6"],
        );
        check_themes(
            FERRY,
            "[[themes]]\nname = \"Harbour\"\ndrop = true",
            &["Ferry: 3"],
        );
        check_themes(
            FERRY,
            "replace_themes = true\n[[themes]]\nname = \"Costs\"\nkeywords = [\"cost*\"]",
            &["Costs: 1"],
        );
    }

    #[test]
    fn headings_and_captions_report_no_speech() {
        check(
            "READ MORE: Ines Barros says the ferry will run all winter",
            &[],
        );
        check(
            "Ines Barros says the ferry will run all winter. (Jo Lee/The Coast News)",
            &[],
        );
        check(
            "Ines Barros says the ferry will run all winter.",
            &["reported | Ines Barros | the ferry will run all winter"],
        );
    }

    #[test]
    fn reported_speech_is_a_persons() {
        check(
            "The port authority confirmed that the ferry will run all winter.",
            &[],
        );
        check("A private survey suggested that ridership had slowed.", &[]);
        check(
            "A spokesperson confirmed that the ferry will run all winter.",
            &["reported | a spokesperson | the ferry will run all winter"],
        );
    }

    #[test]
    fn a_headline_names_its_speaker_after_a_colon() {
        check(
            "READ MORE: Ferry cuts are ‘a false economy’: Tranter",
            &["statement | Tranter | a false economy"],
        );
        // A colon that introduces the quote is no headline cue.
        check("The sign read: “Closed.”", &["statement | - | Closed."]);
    }

    #[test]
    fn described_speaker_is_not_merged_with_a_named_one() {
        check(
            "Mikey Madison arrived. A producer remarked, “I need to work with Mikey Madison ASAP.”",
            &["statement | a producer | I need to work with Mikey Madison ASAP."],
        );
    }

    #[test]
    fn pronoun_resolves_to_latest_person_who_fits() {
        check(
            "Nadia Okafor, 44, said she was proud. Peter Lindqvist said he was not.\n“It was a bad day,” she said.",
            &[
                "reported | Nadia Okafor | she was proud",
                "reported | Peter Lindqvist | he was not",
                "statement | Nadia Okafor | It was a bad day,",
            ],
        );
    }

    #[test]
    fn according_to_and_told() {
        check(
            "“We are running out of antibiotics,” Dr. Fitri Handayani told Reuters.\nAccording to Handayani, “the clinic cannot last a week.”",
            &[
                "statement | Dr. Fitri Handayani | We are running out of antibiotics,",
                "statement | Dr. Fitri Handayani | the clinic cannot last a week.",
            ],
        );
    }

    #[test]
    fn unbalanced_marks_are_diagnosed_not_fatal() {
        let article = parse("He said “this never ends.\nNew paragraph.", None);
        assert!(!article.diagnostics.is_empty());
        assert_eq!(article.quotes.len(), 1);
    }
}
