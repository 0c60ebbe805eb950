//! Accuracy against a labelled corpus: the parser's quotes scored against
//! gold files, exactly as the quote-dev corpus's `score.py` scores them.
//!
//! A gold file (`NAME.gold.json`) lists the quotations of `NAME.txt`: each
//! with its `text` (a string, or a list of pieces for a quote interrupted by
//! its attribution or running over several paragraphs), its `speaker` (or
//! `null`), other accepted speakers in `speaker_alt`, its `kind` and an
//! `optional` flag. [`Gold::from_json`] reads one, [`predictions`] turns a
//! parsed [`Article`] into what is scored, [`score`] scores one file and
//! [`Report`] adds files up and prints the lines `quotes eval` shows.
//!
//! The rules, as in `score.py`:
//!
//! - Texts are folded (NFKD, combining marks dropped), lowercased, stripped
//!   of quote marks and apostrophes and split into `\w+` word tokens.
//! - A prediction matches a gold quote if the token sets' Jaccard index is
//!   at least 0.6, or if one token sequence contains the other (the
//!   contained side has at least 3 tokens or half the other's). Matching is
//!   one-to-one and greedy: best text score first, then a right speaker
//!   first, then gold order, then prediction order.
//! - A gold quote in pieces is matched on its joined pieces, so a parser
//!   that gives each piece alone gets one match and a false quote for every
//!   further piece; with [`Options::fragments`] those further pieces are
//!   ignored instead.
//! - Optional items and (without [`Options::reported`]) reported speech are
//!   not required: a prediction matching one is ignored, and missing one
//!   costs nothing.
//! - Speakers match on equal names or equal surnames, compared without
//!   case, punctuation, a leading article, honorifics or a possessive 's,
//!   unless the two clearly name different people (Mr. vs Mrs., "Mary
//!   Nicholson" vs "Trevor Nicholson"); a gold `null` matches no speaker;
//!   any name (or `null`) in `speaker_alt` is accepted too.
//!
//! Nothing here reads files: the CLI reads the folder and hands the texts
//! over.

use crate::Article;
use serde_json::Value;
use std::collections::HashSet;
use std::fmt::Write as _;
use unicode_normalization::char::{canonical_combining_class, is_combining_mark};
use unicode_normalization::UnicodeNormalization;

/// Characters dropped from texts and names before splitting into words:
/// quote marks, apostrophes, primes (sorted, for `binary_search`).
pub(crate) const QUOTE_CHARS: [char; 18] = [
    '"', '\'', '`', '\u{ab}', '\u{b4}', '\u{bb}', '\u{2018}', '\u{2019}', '\u{201a}', '\u{201b}',
    '\u{201c}', '\u{201d}', '\u{201e}', '\u{201f}', '\u{2032}', '\u{2033}', '\u{2039}', '\u{203a}',
];

/// Words dropped from the front of a name ("Mr.", "Dr.").
pub(crate) const HONORIFICS: [&str; 28] = [
    "capt",
    "captain",
    "dame",
    "dr",
    "frau",
    "gen",
    "gov",
    "herr",
    "hon",
    "lady",
    "lord",
    "m",
    "madame",
    "miss",
    "mlle",
    "mme",
    "monsieur",
    "mr",
    "mrs",
    "ms",
    "mx",
    "prof",
    "professor",
    "rep",
    "rev",
    "reverend",
    "sen",
    "sir",
];

/// Leading articles dropped from a name ("the Queen").
pub(crate) const ARTICLES: [&str; 3] = ["a", "an", "the"];

/// Words before a surname that are a job or a title, not a given name, so
/// "spokesperson Martin Magnan" and "Minister Smith" do not conflict with
/// another given name.
pub(crate) const TITLES: [&str; 89] = [
    "affairs",
    "assistant",
    "associate",
    "attorney",
    "aunt",
    "brother",
    "captain",
    "ceo",
    "chair",
    "chairman",
    "chairwoman",
    "chief",
    "coach",
    "col",
    "colonel",
    "congressman",
    "congresswoman",
    "conservative",
    "const",
    "constable",
    "councillor",
    "councilor",
    "cousin",
    "defence",
    "defense",
    "democrat",
    "democratic",
    "deputy",
    "det",
    "detective",
    "director",
    "father",
    "federal",
    "finance",
    "foreign",
    "gen",
    "general",
    "governor",
    "green",
    "health",
    "inspector",
    "judge",
    "justice",
    "king",
    "labor",
    "labour",
    "leader",
    "liberal",
    "lt",
    "major",
    "mayor",
    "minister",
    "mla",
    "mna",
    "mother",
    "mp",
    "mpp",
    "ndp",
    "officer",
    "pope",
    "premier",
    "president",
    "prime",
    "prince",
    "princess",
    "provincial",
    "queen",
    "rep",
    "representative",
    "republican",
    "s",
    "saint",
    "secretary",
    "sen",
    "senator",
    "sergeant",
    "sgt",
    "sister",
    "spokesman",
    "spokesperson",
    "spokeswoman",
    "st",
    "state",
    "superintendent",
    "u",
    "uk",
    "uncle",
    "us",
    "vice",
];

/// Honorifics of a man, told apart from [`FEMALE`] ones.
pub(crate) const MALE: [&str; 6] = ["herr", "lord", "m", "monsieur", "mr", "sir"];

/// Honorifics of a woman.
pub(crate) const FEMALE: [&str; 9] = [
    "dame", "frau", "lady", "madame", "miss", "mlle", "mme", "mrs", "ms",
];

fn listed(list: &[&str], word: &str) -> bool {
    list.binary_search(&word).is_ok()
}

/// How a folder is scored.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Options {
    /// Unjoined pieces of a matched quote in pieces are neither right nor
    /// wrong (`--fragments`).
    pub fragments: bool,
    /// Reported speech is required like the rest (`--reported`).
    pub reported: bool,
}

/// A gold file: the quotations of one text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gold {
    /// In the file's order.
    pub quotes: Vec<GoldQuote>,
}

/// One gold quotation.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct GoldQuote {
    /// Its pieces in order: one for a plain quote (or a list of one), none
    /// for a `null` text.
    pub pieces: Vec<String>,
    /// The person's name, `None` when no person is named.
    pub speaker: Option<String>,
    /// Other accepted answers; `None` accepts no speaker.
    pub speaker_alt: Vec<Option<String>>,
    /// Kind `reported`: indirect speech.
    pub reported: bool,
    /// May be found or not.
    pub optional: bool,
}

impl GoldQuote {
    /// A quote in more than one piece.
    pub fn multi(&self) -> bool {
        self.pieces.len() > 1
    }
}

impl Gold {
    /// Reads a gold file's JSON: `{"quotes": [...]}`, each quote an object
    /// with `text` (a string, a list of strings or `null`), `speaker` and
    /// the optional `speaker_alt`, `kind`, `optional`. Other fields
    /// (`source`, `notes`, `note`) are ignored. The error is one sentence.
    pub fn from_json(json: &str) -> Result<Gold, String> {
        let value: Value = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let quotes = value
            .get("quotes")
            .and_then(Value::as_array)
            .ok_or("no \"quotes\" list")?;
        let quotes = quotes
            .iter()
            .enumerate()
            .map(|(i, q)| gold_quote(q).map_err(|e| format!("quote {}: {e}", i + 1)))
            .collect::<Result<_, _>>()?;
        Ok(Gold { quotes })
    }
}

fn gold_quote(q: &Value) -> Result<GoldQuote, String> {
    let q = q.as_object().ok_or("not an object")?;
    let pieces = match q.get("text") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(list)) => list
            .iter()
            .map(|p| p.as_str().map(str::to_string))
            .collect::<Option<_>>()
            .ok_or("\"text\" must be a string or a list of strings")?,
        Some(_) => return Err("\"text\" must be a string or a list of strings".into()),
    };
    let name = |v: &Value| match v {
        Value::Null => Ok(None),
        Value::String(s) => Ok(Some(s.clone())),
        _ => Err("a speaker must be a string or null"),
    };
    let speaker = match q.get("speaker") {
        None => None,
        Some(v) => name(v)?,
    };
    let speaker_alt = match q.get("speaker_alt") {
        None | Some(Value::Null) => Vec::new(),
        Some(Value::Array(list)) => list.iter().map(name).collect::<Result<_, _>>()?,
        Some(_) => return Err("\"speaker_alt\" must be a list".into()),
    };
    Ok(GoldQuote {
        pieces,
        speaker,
        speaker_alt,
        reported: q.get("kind").and_then(Value::as_str) == Some("reported"),
        optional: q.get("optional").is_some_and(truthy),
    })
}

/// Python's truth value of a JSON value (`optional: 1` counts).
fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(o) => !o.is_empty(),
    }
}

/// One quote the parser found, as scored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Prediction {
    /// The quote's text, as the CLI's JSON `quote` field prints it.
    pub text: String,
    /// The speaker's name, `None` for none (or a blank name).
    pub speaker: Option<String>,
    /// Paragraph index (0-based), when known.
    pub paragraph: Option<usize>,
}

/// The article's quotes as predictions: each quote's `text` and its
/// speaker's `name`, as `quotes --format json` prints them.
pub fn predictions(article: &Article) -> Vec<Prediction> {
    article
        .quotes
        .iter()
        .map(|q| Prediction {
            text: q.text.clone(),
            speaker: q
                .speaker
                .as_deref()
                .and_then(|id| article.speaker(id))
                .map(|s| s.name.trim())
                .filter(|name| !name.is_empty())
                .map(str::to_string),
            paragraph: Some(q.paragraph),
        })
        .collect()
}

/// NFKD, then every character with a canonical combining class dropped
/// ("é" becomes "e"; compatibility forms become their plain letters).
fn fold(s: &str) -> String {
    s.nfkd()
        .filter(|&c| canonical_combining_class(c) == 0)
        .collect()
}

/// Python's `\w`: letters, numbers and `_`. Rust's alphabetic also takes in
/// combining marks and the negative circled and squared letters (🅐, 🅰),
/// which Python's does not (checked on every code point Python 3.11 knows).
fn is_word(c: char) -> bool {
    c == '_'
        || c.is_numeric()
        || (c.is_alphabetic() && !is_combining_mark(c) && !('\u{1f150}'..='\u{1f189}').contains(&c))
}

fn is_quote_char(c: char) -> bool {
    QUOTE_CHARS.binary_search(&c).is_ok()
}

/// Python's `re.findall(r"\w+", s)`.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    for c in s.chars() {
        if is_word(c) {
            word.push(c);
        } else if !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// A text's word tokens: folded, lowercased, quote marks and apostrophes
/// dropped (so "don't" is one token, "dont"), then `\w+`.
pub fn text_tokens(s: &str) -> Vec<String> {
    let lower = fold(s).to_lowercase();
    let unquoted: String = lower.chars().filter(|&c| !is_quote_char(c)).collect();
    words(&unquoted)
}

fn pieces_tokens(pieces: &[String]) -> Vec<String> {
    pieces.iter().flat_map(|p| text_tokens(p)).collect()
}

/// Whether `small` is a contiguous run of `big`'s tokens (and not empty).
fn contains(big: &[String], small: &[String]) -> bool {
    !small.is_empty() && small.len() <= big.len() && big.windows(small.len()).any(|w| w == small)
}

/// 0 if the token lists do not match, else a score in (0, 2]: the Jaccard
/// index, plus 0.5 for containment, plus 0.5 for equal lists.
pub fn text_score(gold: &[String], pred: &[String]) -> f64 {
    if gold.is_empty() || pred.is_empty() {
        return 0.0;
    }
    let sg: HashSet<&str> = gold.iter().map(String::as_str).collect();
    let sp: HashSet<&str> = pred.iter().map(String::as_str).collect();
    let both = sg.intersection(&sp).count();
    let jac = both as f64 / (sg.len() + sp.len() - both) as f64;
    let (g, p) = (gold.len(), pred.len());
    let cont = if (contains(gold, pred) && (p >= 3 || 2 * p >= g))
        || (contains(pred, gold) && (g >= 3 || 2 * g >= p))
    {
        1.0
    } else {
        0.0
    };
    if jac >= 0.6 || cont > 0.0 {
        jac + cont * 0.5 + if gold == pred { 0.5 } else { 0.0 }
    } else {
        0.0
    }
}

/// A name's words with their case: folded, a possessive 's and quote
/// marks dropped.
fn raw_name_words(s: &str) -> Vec<String> {
    let folded = fold(s);
    let chars: Vec<char> = folded.chars().collect();
    let mut kept = String::with_capacity(folded.len());
    let mut i = 0;
    while i < chars.len() {
        // Python's ['’]s\b: only a lowercase s, then no word character.
        if matches!(chars[i], '\'' | '\u{2019}')
            && chars.get(i + 1) == Some(&'s')
            && !chars.get(i + 2).is_some_and(|&c| is_word(c))
        {
            i += 2;
            continue;
        }
        if !is_quote_char(chars[i]) {
            kept.push(chars[i]);
        }
        i += 1;
    }
    words(&kept)
}

/// A name's honorifics (lowercased) and its other words (with their case),
/// after a leading article. The last word is never taken as an honorific.
fn name_parts(s: &str) -> (HashSet<String>, Vec<String>) {
    let mut words = raw_name_words(s);
    let articles = words
        .iter()
        .take_while(|w| listed(&ARTICLES, &w.to_lowercase()))
        .count();
    words.drain(..articles);
    let mut honorifics = HashSet::new();
    while words.len() > 1 && listed(&HONORIFICS, &words[0].to_lowercase()) {
        honorifics.insert(words.remove(0).to_lowercase());
    }
    (honorifics, words)
}

fn name_tokens(s: &str) -> Vec<String> {
    name_parts(s).1.iter().map(|w| w.to_lowercase()).collect()
}

/// The word before the surname if it looks like a given name: capitalised,
/// not a title or an honorific.
fn given(words: &[String]) -> Option<String> {
    let w = words.len().checked_sub(2).map(|i| &words[i])?;
    let lower = w.to_lowercase();
    let capital = w.chars().next().is_some_and(char::is_uppercase);
    (capital && !listed(&TITLES, &lower) && !listed(&HONORIFICS, &lower)).then_some(lower)
}

fn sexes_differ(a: &HashSet<String>, b: &HashSet<String>) -> bool {
    let any = |set: &HashSet<String>, list: &[&str]| set.iter().any(|h| listed(list, h));
    (any(a, &MALE) && any(b, &FEMALE)) || (any(a, &FEMALE) && any(b, &MALE))
}

/// Whether a predicted name names the gold person: the same words, or the
/// same surname unless the honorifics' sexes or the given names differ.
pub fn names_match(gold: &str, pred: &str) -> bool {
    let (gh, gw) = name_parts(gold);
    let (ph, pw) = name_parts(pred);
    let g: Vec<String> = gw.iter().map(|w| w.to_lowercase()).collect();
    let p: Vec<String> = pw.iter().map(|w| w.to_lowercase()).collect();
    let (Some(g_last), Some(p_last)) = (g.last(), p.last()) else {
        return false;
    };
    let conflict = sexes_differ(&gh, &ph);
    if g == p && !conflict {
        return true;
    }
    if g_last != p_last || conflict {
        return false;
    }
    match (given(&gw), given(&pw)) {
        (Some(a), Some(b)) => {
            a == b
                || (a.chars().count() == 1 && b.starts_with(&a))
                || (b.chars().count() == 1 && a.starts_with(&b))
        }
        _ => true,
    }
}

/// Whether the predicted speaker is one the gold quote accepts: its
/// `speaker` or any of `speaker_alt`, where `null` (or a blank name)
/// accepts no speaker.
pub fn speaker_ok(gold: &GoldQuote, pred: Option<&str>) -> bool {
    fn named(s: Option<&str>) -> Option<&str> {
        s.filter(|s| !name_tokens(s).is_empty())
    }
    let pred = named(pred);
    std::iter::once(&gold.speaker)
        .chain(&gold.speaker_alt)
        .any(|accepted| match (named(accepted.as_deref()), pred) {
            (None, None) => true,
            (Some(a), Some(p)) => names_match(a, p),
            _ => false,
        })
}

/// One gold quote matched with one prediction.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    /// Index into [`Gold::quotes`].
    pub gold: usize,
    /// Index into the predictions given to [`score`].
    pub pred: usize,
    /// The prediction's speaker is accepted.
    pub speaker_ok: bool,
}

/// Counts that add up over files.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    /// Matched quotes (true positives).
    pub tp: usize,
    /// Matched quotes with an accepted speaker.
    pub speakers: usize,
    /// Predictions that count: all but those ignored.
    pub n_pred: usize,
    /// Required gold quotes.
    pub n_gold: usize,
}

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Prf {
    pub p: f64,
    pub r: f64,
    pub f1: f64,
}

fn prf(tp: usize, n_pred: usize, n_gold: usize) -> Prf {
    let p = if n_pred > 0 {
        tp as f64 / n_pred as f64
    } else if n_gold == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        1.0
    };
    let f1 = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    Prf { p, r, f1 }
}

impl Counts {
    /// Adds another file's counts.
    pub fn add(&mut self, other: Counts) {
        self.tp += other.tp;
        self.speakers += other.speakers;
        self.n_pred += other.n_pred;
        self.n_gold += other.n_gold;
    }

    /// Quote text only.
    pub fn quotes(&self) -> Prf {
        prf(self.tp, self.n_pred, self.n_gold)
    }

    /// A quote counts only if its speaker is right too.
    pub fn combined(&self) -> Prf {
        prf(self.speakers, self.n_pred, self.n_gold)
    }

    /// Matched quotes with the right speaker / matched quotes (0 if none).
    pub fn speaker_accuracy(&self) -> f64 {
        if self.tp > 0 {
            self.speakers as f64 / self.tp as f64
        } else {
            0.0
        }
    }

    /// `quotes P=.. R=.. F1=..; speakers acc=..; combined F1=..`, as
    /// `score.py`'s last line.
    pub fn summary(&self) -> String {
        let q = self.quotes();
        format!(
            "quotes P={:.3} R={:.3} F1={:.3}; speakers acc={:.3}; combined F1={:.3}",
            q.p,
            q.r,
            q.f1,
            self.speaker_accuracy(),
            self.combined().f1
        )
    }

    /// One file's line, as `score.py` prints it; `note` follows unspaced.
    pub fn file_line(&self, name: &str, note: &str) -> String {
        let q = self.quotes();
        format!(
            "{name:<34} gold={:>2} pred={:>2}  P={:.2} R={:.2} F1={:.2}  spk={:.2}  comb={:.2}{note}",
            self.n_gold,
            self.n_pred,
            q.p,
            q.r,
            q.f1,
            self.speaker_accuracy(),
            self.combined().f1
        )
    }
}

/// One file scored.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct FileScore {
    pub counts: Counts,
    /// In matching order (best text score first).
    pub matched: Vec<Match>,
    /// Required gold quotes nothing matched, in gold order (indexes).
    pub missed: Vec<usize>,
    /// Predictions that matched nothing and were not ignored (indexes).
    pub false_quotes: Vec<usize>,
}

/// The one-to-one greedy matching of the `required` gold quotes with the
/// predictions: pairs with a text score, best score first, then a right
/// speaker first, then gold order, then prediction order.
fn greedy(
    gold: &Gold,
    gold_tokens: &[Vec<String>],
    required: &[usize],
    preds: &[(usize, Vec<String>)],
    speakers: &[Option<&str>],
) -> Vec<Match> {
    let mut pairs = Vec::new();
    for &gi in required {
        for (k, (_, tokens)) in preds.iter().enumerate() {
            let s = text_score(&gold_tokens[gi], tokens);
            if s > 0.0 {
                pairs.push((s, speaker_ok(&gold.quotes[gi], speakers[k]), gi, k));
            }
        }
    }
    pairs.sort_by(|a, b| {
        b.0.total_cmp(&a.0)
            .then(b.1.cmp(&a.1))
            .then(a.2.cmp(&b.2))
            .then(a.3.cmp(&b.3))
    });
    let mut gold_used = vec![false; gold.quotes.len()];
    let mut pred_used = vec![false; preds.len()];
    let mut out = Vec::new();
    for (_, ok, gi, k) in pairs {
        if gold_used[gi] || pred_used[k] {
            continue;
        }
        gold_used[gi] = true;
        pred_used[k] = true;
        out.push(Match {
            gold: gi,
            pred: k,
            speaker_ok: ok,
        });
    }
    out
}

/// Scores one file's predictions against its gold.
pub fn score(gold: &Gold, preds: &[Prediction], options: Options) -> FileScore {
    let gold_tokens: Vec<Vec<String>> = gold
        .quotes
        .iter()
        .map(|q| pieces_tokens(&q.pieces))
        .collect();
    // Predictions without a word are left out altogether.
    let kept: Vec<(usize, Vec<String>)> = preds
        .iter()
        .enumerate()
        .map(|(i, p)| (i, text_tokens(&p.text)))
        .filter(|(_, tokens)| !tokens.is_empty())
        .collect();
    let speakers: Vec<Option<&str>> = kept
        .iter()
        .map(|(i, _)| preds[*i].speaker.as_deref())
        .collect();
    let is_required = |q: &GoldQuote| !q.optional && (options.reported || !q.reported);
    let (required, optional): (Vec<usize>, Vec<usize>) =
        (0..gold.quotes.len()).partition(|&i| is_required(&gold.quotes[i]));

    let mut matches = greedy(gold, &gold_tokens, &required, &kept, &speakers);
    let mut used = vec![false; kept.len()];
    for m in &matches {
        used[m.pred] = true;
    }
    let piece_hit = |q: &GoldQuote, tokens: &[String]| {
        q.pieces
            .iter()
            .any(|piece| text_score(&text_tokens(piece), tokens) > 0.0)
    };
    // A prediction matching an optional or reported item (or a piece of
    // one) is ignored.
    let mut ignored = vec![false; kept.len()];
    for (k, (_, tokens)) in kept.iter().enumerate() {
        if used[k] {
            continue;
        }
        ignored[k] = optional.iter().any(|&gi| {
            let q = &gold.quotes[gi];
            text_score(&gold_tokens[gi], tokens) > 0.0 || (q.multi() && piece_hit(q, tokens))
        });
    }
    for (u, i) in used.iter_mut().zip(&ignored) {
        *u |= *i;
    }
    // With fragments: pieces of a matched quote in pieces are ignored.
    if options.fragments {
        for (k, (_, tokens)) in kept.iter().enumerate() {
            if used[k] {
                continue;
            }
            used[k] = matches.iter().any(|m| {
                let q = &gold.quotes[m.gold];
                q.multi() && (contains(&gold_tokens[m.gold], tokens) || piece_hit(q, tokens))
            });
        }
    }
    let n_used = used.iter().filter(|&&u| u).count();
    let counts = Counts {
        tp: matches.len(),
        speakers: matches.iter().filter(|m| m.speaker_ok).count(),
        n_pred: kept.len() - (n_used - matches.len()),
        n_gold: required.len(),
    };
    let false_quotes = (0..kept.len())
        .filter(|&k| !used[k])
        .map(|k| kept[k].0)
        .collect();
    let matched_gold: HashSet<usize> = matches.iter().map(|m| m.gold).collect();
    let missed = required
        .iter()
        .copied()
        .filter(|gi| !matched_gold.contains(gi))
        .collect();
    for m in &mut matches {
        m.pred = kept[m.pred].0;
    }
    FileScore {
        counts,
        matched: matches,
        missed,
        false_quotes,
    }
}

/// The paragraph (0-based) a gold piece is in: the first paragraph where
/// it follows a quote mark, else the first that contains it.
pub fn locate(piece: &str, paragraphs: &[String]) -> Option<usize> {
    let piece = piece.trim();
    if piece.is_empty() {
        return None;
    }
    let after_mark = |p: &str| {
        p.match_indices(piece)
            .any(|(i, _)| p[..i].chars().next_back().is_some_and(is_quote_char))
    };
    paragraphs
        .iter()
        .position(|p| after_mark(p))
        .or_else(|| paragraphs.iter().position(|p| p.contains(piece)))
}

/// Python's `repr` of a name or `None`, as `score.py -v` shows speakers.
pub fn repr(s: Option<&str>) -> String {
    let Some(s) = s else {
        return "None".into();
    };
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() || (c.is_whitespace() && c != ' ') => {
                let n = u32::from(c);
                let _ = if n < 0x100 {
                    write!(out, "\\x{n:02x}")
                } else {
                    write!(out, "\\u{n:04x}")
                };
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// A quote's text for a listing: pieces joined by " … ", cut to 70
/// characters.
pub fn show<S: AsRef<str>>(pieces: &[S]) -> String {
    let text = pieces
        .iter()
        .map(AsRef::as_ref)
        .collect::<Vec<_>>()
        .join(" … ");
    if text.chars().count() <= 70 {
        text
    } else {
        text.chars().take(67).chain("...".chars()).collect()
    }
}

/// A file's part of a subset: the name before its first `_` ("news").
pub fn subset(name: &str) -> &str {
    name.split('_').next().unwrap_or(name)
}

/// One file's results in a [`Report`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FileReport {
    pub name: String,
    pub counts: Counts,
    /// Follows the file's line, e.g. " (no text file)".
    pub note: String,
    /// The `-v` lines: wrong speakers, misses, false quotes.
    pub details: Vec<String>,
}

/// Files scored one by one, and the lines `quotes eval` prints.
#[derive(Debug, Clone, Default)]
pub struct Report {
    pub options: Options,
    pub files: Vec<FileReport>,
}

fn paragraph_mark(p: Option<usize>) -> String {
    match p {
        Some(p) => format!("¶{:<3}", p + 1),
        None => "¶?  ".into(),
    }
}

impl Report {
    pub fn new(options: Options) -> Report {
        Report {
            options,
            files: Vec::new(),
        }
    }

    /// Scores one file: its gold, the parser's predictions, the article's
    /// paragraphs (to place missed quotes), and a note for its line.
    pub fn add(
        &mut self,
        name: &str,
        gold: &Gold,
        preds: &[Prediction],
        paragraphs: &[String],
        note: &str,
    ) -> &FileReport {
        let scored = score(gold, preds, self.options);
        let mut details = Vec::new();
        for m in scored.matched.iter().filter(|m| !m.speaker_ok) {
            let (g, p) = (&gold.quotes[m.gold], &preds[m.pred]);
            details.push(format!(
                "    {} speaker: {} want {}  [{}]",
                paragraph_mark(p.paragraph),
                repr(p.speaker.as_deref()),
                repr(g.speaker.as_deref()),
                show(&g.pieces)
            ));
        }
        for &gi in &scored.missed {
            let g = &gold.quotes[gi];
            let at = g.pieces.first().and_then(|p| locate(p, paragraphs));
            details.push(format!(
                "    {} missed: {}  [{}]",
                paragraph_mark(at),
                repr(g.speaker.as_deref()),
                show(&g.pieces)
            ));
        }
        for &pi in &scored.false_quotes {
            let p = &preds[pi];
            details.push(format!(
                "    {} false:  {}  [{}]",
                paragraph_mark(p.paragraph),
                repr(p.speaker.as_deref()),
                show(&[&p.text])
            ));
        }
        self.files.push(FileReport {
            name: name.to_string(),
            counts: scored.counts,
            note: note.to_string(),
            details,
        });
        &self.files[self.files.len() - 1]
    }

    /// Every file added up.
    pub fn total(&self) -> Counts {
        let mut total = Counts::default();
        for f in &self.files {
            total.add(f.counts);
        }
        total
    }

    /// Each subset (in order of first file), its number of files and
    /// counts.
    pub fn subsets(&self) -> Vec<(String, usize, Counts)> {
        let mut out: Vec<(String, usize, Counts)> = Vec::new();
        for f in &self.files {
            let name = subset(&f.name);
            let i = match out.iter().position(|(s, _, _)| s == name) {
                Some(i) => i,
                None => {
                    out.push((name.to_string(), 0, Counts::default()));
                    out.len() - 1
                }
            };
            out[i].1 += 1;
            out[i].2.add(f.counts);
        }
        out
    }

    /// What `quotes eval` prints: a line per file (and its details when
    /// `verbose`), a line per subset, then the overall line.
    pub fn render(&self, verbose: bool) -> String {
        let mut out = String::new();
        for f in &self.files {
            out.push_str(&f.counts.file_line(&f.name, &f.note));
            out.push('\n');
            if verbose {
                for line in &f.details {
                    out.push_str(line);
                    out.push('\n');
                }
            }
        }
        for (name, files, counts) in self.subsets() {
            let label = format!("{name} ({files} file{})", if files == 1 { "" } else { "s" });
            let _ = writeln!(
                out,
                "{label:<34} gold={:>2} pred={:>2}  {}",
                counts.n_gold,
                counts.n_pred,
                counts.summary()
            );
        }
        out.push_str(&self.total().summary());
        out.push('\n');
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(words: &[&str]) -> Vec<String> {
        words.iter().map(|w| w.to_string()).collect()
    }

    #[test]
    fn word_lists_are_sorted_and_unique() {
        for list in [&HONORIFICS[..], &ARTICLES, &TITLES, &MALE, &FEMALE] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        assert!(QUOTE_CHARS.windows(2).all(|w| w[0] < w[1]));
    }

    #[test]
    fn text_tokens_fold_case_accents_and_marks() {
        let check = |text: &str, want: &[&str]| {
            assert_eq!(text_tokens(text), strings(want), "{text:?}");
        };
        check("Hello, World!", &["hello", "world"]);
        check("“Don’t” go", &["dont", "go"]);
        check("Café crème", &["cafe", "creme"]);
        check("ﬁne — 9/11…", &["fine", "9", "11"]);
        check("l'«État»", &["letat"]);
        // score.py folds ´ to a space and a combining accent before it drops
        // quote marks, so it splits a word.
        check("don´t", &["don", "t"]);
        check("snake_case x2", &["snake_case", "x2"]);
        check("", &[]);
        check("“ … ”", &[]);
    }

    #[test]
    fn text_score_needs_overlap_or_containment() {
        let check = |gold: &str, pred: &str, want: f64| {
            let got = text_score(&text_tokens(gold), &text_tokens(pred));
            assert!((got - want).abs() < 1e-9, "{gold:?} vs {pred:?}: {got}");
        };
        // Equal: Jaccard 1, contained, equal.
        check("We will win.", "we will WIN", 2.0);
        // Contained, 3 tokens: 3/6 + 0.5.
        check("we will win the cup again", "win the cup", 1.0);
        // Contained but only 2 of 6 tokens, Jaccard 1/3: no match.
        check("we will win the cup again", "the cup", 0.0);
        // Half the tokens is enough when short: 2 of 4.
        check("we will win it", "win it", 1.0);
        // The gold contained in a longer prediction.
        check("win the cup", "we will win the cup again", 1.0);
        // Jaccard 3/4, and the gold contained.
        check("one two three", "one two three four", 1.25);
        // Jaccard 1 without containment.
        check("one two three", "three two one", 1.0);
        check("alpha beta gamma delta", "alpha beta epsilon zeta", 0.0);
        check("", "anything", 0.0);
        check("anything", "", 0.0);
    }

    #[test]
    fn names_match_like_score_py() {
        let check = |gold: &str, pred: &str, want: bool| {
            assert_eq!(names_match(gold, pred), want, "{gold:?} vs {pred:?}");
        };
        check("Martin Magnan", "Martin Magnan", true);
        check("Martin Magnan", "magnan", true);
        check("Martin Magnan", "spokesperson Martin Magnan", true);
        check("Nigel Dodds", "MP Nigel Dodds", true);
        check("Mary Nicholson", "Trevor Nicholson", false);
        check("Mary Nicholson", "M. Nicholson", true);
        check("J. Smith", "John Smith", true);
        check("Mr. Elton", "Mrs. Elton", false);
        check("Mrs. Elton", "Mr Elton", false);
        check("Miss Bates", "Mrs. Bates", true);
        check("Mr. Elton", "Elton", true);
        check("the Queen", "Queen", true);
        check("Jane Doe's", "Jane Doe", true);
        check("Jane Doe’s", "Doe", true);
        check("Prime Minister Ada Lind", "Lind", true);
        check("Ada Lind", "Minister Lind", true);
        check("Ada Lind", "Ada Linden", false);
        check("Zoë Quist", "Zoe Quist", true);
        check("Ada Lind", "", false);
        check("", "Ada Lind", false);
    }

    fn gold_quote(speaker: Option<&str>, alt: &[Option<&str>]) -> GoldQuote {
        GoldQuote {
            pieces: vec!["words".into()],
            speaker: speaker.map(str::to_string),
            speaker_alt: alt.iter().map(|a| a.map(str::to_string)).collect(),
            ..GoldQuote::default()
        }
    }

    #[test]
    fn speaker_ok_takes_null_for_no_speaker_and_alternatives() {
        let check = |speaker: Option<&str>, alt: &[Option<&str>], pred: Option<&str>, want| {
            let q = gold_quote(speaker, alt);
            assert_eq!(
                speaker_ok(&q, pred),
                want,
                "{speaker:?} {alt:?} vs {pred:?}"
            );
        };
        check(None, &[], None, true);
        check(None, &[], Some(""), true);
        check(None, &[], Some("  "), true);
        check(Some(""), &[], None, true);
        check(None, &[], Some("Ada Lind"), false);
        check(Some("Ada Lind"), &[], None, false);
        check(Some("Ada Lind"), &[], Some("Lind"), true);
        check(
            None,
            &[Some("the harbour board")],
            Some("harbour board"),
            true,
        );
        check(None, &[Some("the harbour board")], None, true);
        check(Some("Ada Lind"), &[None], None, true);
        check(Some("Ada Lind"), &[Some("I")], Some("I"), true);
        check(Some("Ada Lind"), &[Some("I")], Some("Bo Lind"), false);
        // An article alone is no name.
        check(Some("the"), &[], None, true);
    }

    fn pred(text: &str, speaker: Option<&str>) -> Prediction {
        Prediction {
            text: text.into(),
            speaker: speaker.map(str::to_string),
            paragraph: None,
        }
    }

    const GOLD: &str = r#"{"quotes": [
        {"text": ["The ferry is late", "and the bridge is shut."], "speaker": "Ada Lind", "kind": "statement"},
        {"text": "green shoots", "speaker": null, "kind": "phrase"},
        {"text": "the harbour will reopen in spring", "speaker": null, "kind": "reported"},
        {"text": "Blue Lantern", "speaker": null, "kind": "phrase", "optional": true},
        {"text": "We tried everything.", "speaker": "Bo Lind", "kind": "statement", "speaker_alt": ["Captain Lind"]}
    ]}"#;

    #[test]
    fn gold_reads_pieces_kinds_and_flags() {
        let gold = Gold::from_json(GOLD).unwrap();
        assert_eq!(gold.quotes.len(), 5);
        assert!(gold.quotes[0].multi());
        assert!(!gold.quotes[1].multi());
        assert!(gold.quotes[2].reported && !gold.quotes[2].optional);
        assert!(!gold.quotes[3].reported && gold.quotes[3].optional);
        assert_eq!(
            gold.quotes[4].speaker_alt,
            vec![Some("Captain Lind".into())]
        );
        let bad = |json: &str, want: &str| {
            assert_eq!(Gold::from_json(json).unwrap_err(), want, "{json}");
        };
        bad("{}", "no \"quotes\" list");
        bad(r#"{"quotes": [1]}"#, "quote 1: not an object");
        bad(
            r#"{"quotes": [{"text": "a"}, {"text": 3}]}"#,
            "quote 2: \"text\" must be a string or a list of strings",
        );
        bad(
            r#"{"quotes": [{"text": "a", "speaker": 3}]}"#,
            "quote 1: a speaker must be a string or null",
        );
        assert!(Gold::from_json("{").is_err());
    }

    /// Scores `preds` against [`GOLD`]: (tp, speakers, n_pred, n_gold),
    /// the matched (gold, pred) pairs, the missed golds and false preds.
    #[allow(clippy::type_complexity)]
    fn check(
        preds: &[(&str, Option<&str>)],
        options: Options,
        counts: (usize, usize, usize, usize),
        pairs: &[(usize, usize)],
        missed: &[usize],
        false_quotes: &[usize],
    ) {
        let gold = Gold::from_json(GOLD).unwrap();
        let preds: Vec<Prediction> = preds.iter().map(|(t, s)| pred(t, *s)).collect();
        let got = score(&gold, &preds, options);
        let c = got.counts;
        assert_eq!(
            (c.tp, c.speakers, c.n_pred, c.n_gold),
            counts,
            "counts, {preds:?}"
        );
        let got_pairs: Vec<(usize, usize)> = got.matched.iter().map(|m| (m.gold, m.pred)).collect();
        assert_eq!(got_pairs, pairs, "pairs, {preds:?}");
        assert_eq!(got.missed, missed, "missed, {preds:?}");
        assert_eq!(got.false_quotes, false_quotes, "false, {preds:?}");
    }

    #[test]
    fn greedy_matching_scores_like_score_py() {
        let plain = Options::default();
        let fragments = Options {
            fragments: true,
            ..Options::default()
        };
        let reported = Options {
            reported: true,
            ..Options::default()
        };
        // Everything found, joined pieces, right speakers; the prediction
        // of an optional item is ignored, and an empty one left out.
        let all = [
            (
                "The ferry is late … and the bridge is shut.",
                Some("Ada Lind"),
            ),
            ("green shoots", None),
            ("Blue Lantern", Some("Someone")),
            ("“…”", Some("Ada Lind")),
            ("We tried everything.", Some("Captain Lind")),
        ];
        check(
            &all,
            plain,
            (3, 3, 3, 3),
            &[(0, 0), (1, 1), (4, 4)],
            &[],
            &[],
        );
        // The pieces given apart: one matches (the better: Jaccard 5/7 and
        // contained, over 4/7), the other is false unless --fragments.
        let apart = [
            ("The ferry is late", Some("Ada Lind")),
            ("and the bridge is shut.", Some("Lind")),
        ];
        check(&apart, plain, (1, 1, 2, 3), &[(0, 1)], &[1, 4], &[0]);
        check(&apart, fragments, (1, 1, 1, 3), &[(0, 1)], &[1, 4], &[]);
        // Two predictions of one quote: the exact one wins, the other is
        // false; the right speaker breaks a tie of equal text.
        let twice = [
            ("green shoots here", None),
            ("green shoots", Some("Ada Lind")),
            ("green shoots", None),
        ];
        check(&twice, plain, (1, 1, 3, 3), &[(1, 2)], &[0, 4], &[0, 1]);
        // Wrong speaker: matched, counted in tp but not in speakers.
        let wrong = [("We tried everything", Some("Cy Marsh"))];
        check(&wrong, plain, (1, 0, 1, 3), &[(4, 0)], &[0, 1], &[]);
        // Reported speech: ignored, or required with --reported.
        let said = [("the harbour will reopen in spring", None)];
        check(&said, plain, (0, 0, 0, 3), &[], &[0, 1, 4], &[]);
        check(&said, reported, (1, 1, 1, 4), &[(2, 0)], &[0, 1, 4], &[]);
        // Nothing predicted.
        check(&[], plain, (0, 0, 0, 3), &[], &[0, 1, 4], &[]);
    }

    #[test]
    fn counts_print_like_score_py() {
        let c = Counts {
            tp: 1,
            speakers: 1,
            n_pred: 8,
            n_gold: 2,
        };
        assert_eq!(
            c.file_line("news_x", ""),
            "news_x                             gold= 2 pred= 8  P=0.12 R=0.50 F1=0.20  spk=1.00  comb=0.20"
        );
        assert_eq!(
            c.summary(),
            "quotes P=0.125 R=0.500 F1=0.200; speakers acc=1.000; combined F1=0.200"
        );
        let none = Counts::default();
        assert_eq!(
            none.summary(),
            "quotes P=1.000 R=1.000 F1=1.000; speakers acc=0.000; combined F1=1.000"
        );
        let missed_all = Counts {
            n_gold: 3,
            ..Counts::default()
        };
        assert_eq!(
            missed_all.summary(),
            "quotes P=0.000 R=0.000 F1=0.000; speakers acc=0.000; combined F1=0.000"
        );
    }

    #[test]
    fn locate_prefers_a_quoted_occurrence() {
        let paragraphs = strings(&["He said yes.", "“Yes,” she said.", "Yes."]);
        assert_eq!(locate("Yes", &paragraphs), Some(1));
        assert_eq!(locate("said yes", &paragraphs), Some(0));
        assert_eq!(locate("nowhere", &paragraphs), None);
        assert_eq!(locate(" ", &paragraphs), None);
    }

    #[test]
    fn repr_and_show_like_python() {
        assert_eq!(repr(None), "None");
        assert_eq!(repr(Some("Ada")), "'Ada'");
        assert_eq!(repr(Some("O'Neil")), "\"O'Neil\"");
        assert_eq!(repr(Some("a'b\"c")), "'a\\'b\"c'");
        assert_eq!(repr(Some("a\u{a0}b")), "'a\\xa0b'");
        assert_eq!(show(&["a", "b"]), "a … b");
        let long = "x".repeat(71);
        assert_eq!(show(&[long.as_str()]), format!("{}...", "x".repeat(67)));
        assert_eq!(subset("news_ggt_cbc"), "news");
        assert_eq!(subset("plain"), "plain");
    }
}
