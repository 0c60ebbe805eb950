//! What the page has of a collection's files, what a view still needs of
//! them, and the view once they are in.

use std::ops::Range;
use std::sync::{Arc, OnceLock};

use fixedbitset::FixedBitSet;
use serde::de::DeserializeOwned;

use crate::explore::index::{FacetOption, Index, Options, Selection};
use crate::explore::matrix::{self, Matrix};
use crate::explore::search::{terms, WordIndex};
use crate::explore::sources::{self, Said, Sources, Voice};
use crate::explore::url::{self, Names};
use crate::explore::view_state::{Facet, Scheme, ViewState};
use crate::model::Article;
use crate::shards::files::{Chunk, Directory, Ids, Manifest, Span, Voices, Words};
use crate::shards::gather::Gathering;

/// A file of the collection, by what it holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Need {
    Directory,
    /// A filter group's, in `Facet::ALL` order.
    Facet(usize),
    /// A run of the vocabulary, in `Directory::words`.
    Words(usize),
    /// A run of the quote ids, in `Directory::ids`.
    Ids(usize),
    /// Chunk `n` (0 is the manifest's).
    Chunk(usize),
    /// What Sources at a glance reads besides the filter groups.
    Voices,
}

/// The collection as far as the page has it.
#[derive(Debug, Clone)]
pub struct Catalog {
    manifest: Manifest,
    directory: Option<Directory>,
    /// The filter groups' files in so far, until all are (then `index`).
    facets: [Option<Options>; 4],
    /// Filters, once every facet file is in.
    index: Option<Index>,
    words: Vec<Option<WordIndex>>,
    ids: Vec<Option<Ids>>,
    chunks: Vec<Option<Arc<Chunk>>>,
    /// The chunks taken in after the first, oldest first: past
    /// [`KEPT_CHUNKS`], the oldest goes (fetched again if wanted).
    arrived: Vec<usize>,
    voices: Option<Voices>,
    /// Per quote, its speaker's and its article's options, worked out
    /// from the filter groups once Sources first counts.
    owners: OnceLock<Vec<(u32, u32)>>,
}

/// Chunks a catalog keeps besides the first: about 13,000 quotes, so a
/// reader scrolling through 10,000 articles does not hold them all.
pub const KEPT_CHUNKS: usize = 64;

impl Catalog {
    /// The catalog of a page that has only its manifest.
    pub fn new(mut manifest: Manifest) -> Catalog {
        let first = ready(std::mem::take(&mut manifest.first));
        Catalog {
            manifest,
            directory: None,
            facets: Default::default(),
            index: None,
            words: Vec::new(),
            ids: Vec::new(),
            chunks: vec![Some(Arc::new(first))],
            arrived: Vec::new(),
            voices: None,
            owners: OnceLock::new(),
        }
    }

    /// The manifest (its first chunk taken out: [`Catalog::chunk`] 0).
    pub fn manifest(&self) -> &Manifest {
        &self.manifest
    }

    /// How many quotes the collection holds.
    pub fn len(&self) -> usize {
        self.manifest.quotes as usize
    }

    /// Whether it holds no quote.
    pub fn is_empty(&self) -> bool {
        self.manifest.quotes == 0
    }

    /// The name of the file `need`, once the directory is in (but its own).
    pub fn file(&self, need: Need) -> Option<&str> {
        let directory = self.directory.as_ref();
        match need {
            Need::Directory => Some(&self.manifest.directory),
            Need::Facet(n) => directory?.facets.get(n).map(String::as_str),
            Need::Words(n) => directory?.words.get(n).map(|s| s.file.as_str()),
            Need::Ids(n) => directory?.ids.get(n).map(|s| s.file.as_str()),
            Need::Chunk(0) => None,
            Need::Chunk(n) => directory?.chunks.get(n - 1).map(|(_, f)| f.as_str()),
            Need::Voices => Some(&directory?.voices),
        }
    }

    /// Whether the file `need` is in.
    pub fn has(&self, need: Need) -> bool {
        match need {
            Need::Directory => self.directory.is_some(),
            Need::Facet(n) => {
                n < self.facets.len()
                    && (self.index.is_some() || self.facets.get(n).is_some_and(Option::is_some))
            }
            Need::Words(n) => self.words.get(n).is_some_and(Option::is_some),
            Need::Ids(n) => self.ids.get(n).is_some_and(Option::is_some),
            Need::Chunk(n) => self.chunks.get(n).is_some_and(Option::is_some),
            Need::Voices => self.voices.is_some(),
        }
    }

    /// Takes in the bytes of the file `need`, or says why they are not
    /// that file.
    pub fn insert(&mut self, need: Need, bytes: &[u8]) -> Result<(), String> {
        let len = self.len();
        match need {
            Need::Directory => {
                let directory: Directory = read(bytes)?;
                if directory.facets.len() != self.facets.len() {
                    return Err("the directory does not name the four filter groups".into());
                }
                // Chunks follow the first, each starting after the one
                // before, all within the collection.
                let first = self.chunk(0).map_or(0, |c| c.article.quotes.len());
                let mut previous = None;
                for (start, _) in &directory.chunks {
                    let start = *start as usize;
                    let follows = previous.map_or(start == first, |p| start > p);
                    if !follows || start >= len {
                        return Err("the directory's chunks do not fit this collection".into());
                    }
                    previous = Some(start);
                }
                let stories = &directory.stories;
                let first = self.chunk(0).map_or(0, |c| c.stories.len());
                if stories.len() != directory.chunks.len()
                    || stories.first().is_some_and(|&s| s as usize != first)
                    || stories.windows(2).any(|w| w[0] >= w[1])
                    || stories.last().is_some_and(|&s| s >= self.manifest.articles)
                {
                    return Err("the directory's articles do not fit this collection".into());
                }
                self.words = vec![None; directory.words.len()];
                self.ids = vec![None; directory.ids.len()];
                self.chunks.resize(directory.chunks.len() + 1, None);
                self.directory = Some(directory);
            }
            Need::Facet(n) => {
                let options: Options = read(bytes)?;
                // The Article group has an option per article.
                let articles = n != 0 || options.ids.len() == self.manifest.articles as usize;
                let consistent = options.ids.len() == options.labels.len()
                    && options.ids.len() == options.quotes.len()
                    && articles
                    && options.quotes.iter().flatten().all(|&q| (q as usize) < len);
                if self.index.is_some() {
                    return Ok(());
                }
                let slot = self.facets.get_mut(n).ok_or("no such filter group")?;
                if !consistent {
                    return Err("a filter group's file does not fit this collection".into());
                }
                *slot = Some(options);
                if self.facets.iter().all(Option::is_some) {
                    let groups = std::mem::take(&mut self.facets).map(Option::unwrap_or_default);
                    self.index = Some(Index::from_options(len, groups));
                }
            }
            Need::Words(n) => {
                let run: Words = read(bytes)?;
                if run.words.len() != run.quotes.len()
                    || run.quotes.iter().flatten().any(|&q| q as usize >= len)
                {
                    return Err("a words file does not fit this collection".into());
                }
                let slot = self.words.get_mut(n).ok_or("no such words file")?;
                *slot = Some(WordIndex::from_parts(run.words, run.quotes, len));
            }
            Need::Ids(n) => {
                let run: Ids = read(bytes)?;
                if run.ids.len() != run.positions.len()
                    || run.positions.iter().any(|&at| at as usize >= len)
                {
                    return Err("an ids file does not fit this collection".into());
                }
                *self.ids.get_mut(n).ok_or("no such ids file")? = Some(run);
            }
            Need::Chunk(n) => {
                let chunk = self.read_chunk(n, bytes)?;
                *self.chunks.get_mut(n).ok_or("no such chunk")? = Some(Arc::new(chunk));
                self.arrived.retain(|&m| m != n);
                self.arrived.push(n);
                if self.arrived.len() > KEPT_CHUNKS {
                    let oldest = self.arrived.remove(0);
                    if let Some(slot) = self.chunks.get_mut(oldest) {
                        *slot = None;
                    }
                }
            }
            Need::Voices => {
                let voices: Voices = read(bytes)?;
                if voices.words.len() != len {
                    return Err("the sources file does not fit this collection".into());
                }
                self.voices = Some(voices);
            }
        }
        Ok(())
    }

    /// The bytes of chunk `n` read, if they are that chunk, without
    /// taking it in: what [`Catalog::insert`] keeps, and what a download
    /// reads and lets go.
    pub fn read_chunk(&self, n: usize, bytes: &[u8]) -> Result<Chunk, String> {
        let chunk = ready(read(bytes)?);
        let starts = self.chunk_starts();
        let end = starts.get(n + 1).copied().unwrap_or(self.len());
        // And as many articles as the directory says (chunk 0, the
        // manifest's, is never read).
        let stories = self.directory.as_ref().map(|d| &d.stories);
        let first = stories.and_then(|s| s.get(n.checked_sub(1)?));
        let last = stories
            .and_then(|s| s.get(n))
            .map_or(self.manifest.articles as usize, |&s| s as usize);
        let articles = first.and_then(|&first| last.checked_sub(first as usize));
        if starts.get(n) != Some(&(chunk.first_quote as usize))
            || chunk.quotes().end != end
            || articles.is_some_and(|a| a != chunk.stories.len())
        {
            return Err("a chunk does not fit this collection".into());
        }
        Ok(chunk)
    }

    /// A download of the view `view` begun: an article of the collection
    /// naming the view's ticked speakers and themes, for the quotes of its
    /// [`Catalog::chunks_of`] to be gathered into; once the filter groups
    /// are in.
    pub fn gathering(&self, view: &ViewState) -> Option<Gathering> {
        let mut gathering = Gathering::new(self.manifest.meta.clone());
        gathering.name_ticked(self.index.as_ref()?, view);
        Some(gathering)
    }

    /// The chunks holding the quotes at `shown` (ascending), in order,
    /// once the directory is in.
    pub fn chunks_of(&self, shown: &[usize]) -> Option<Vec<usize>> {
        self.directory.as_ref()?;
        let mut chunks: Vec<usize> = shown.iter().filter_map(|&at| self.chunk_of(at)).collect();
        chunks.dedup();
        Some(chunks)
    }

    /// The files `state` needs that are not in yet, the directory first
    /// (until it is in, nothing else can be named).
    pub fn needs(&self, state: &ViewState) -> Vec<Need> {
        if plain(state) {
            return Vec::new();
        }
        let Some(directory) = &self.directory else {
            return vec![Need::Directory];
        };
        let facets = (0..Facet::ALL.len()).map(Need::Facet);
        let terms = terms(&state.query);
        let words = terms
            .iter()
            .flat_map(|term| covering(&directory.words, term))
            .map(Need::Words);
        let mut needs: Vec<Need> = facets.chain(words).filter(|&n| !self.has(n)).collect();
        needs.sort_unstable();
        needs.dedup();
        needs
    }

    /// What the link `query` asks for, its ids unchecked: the view to
    /// show while [`Catalog::link_needs`] are on their way.
    pub fn provisional(&self, query: &str) -> ViewState {
        url::decode(query, &Anything).0
    }

    /// The files reading the link `query` needs, and then showing it: the
    /// filter groups to know its ids, the ids file of its quote (its card's
    /// chunk is [`Catalog::card_needs`]).
    pub fn link_needs(&self, query: &str) -> Vec<Need> {
        let state = self.provisional(query);
        let mut needs = self.needs(&state);
        if let Some(id) = &state.quote {
            if let Err(need) = self.position(id) {
                needs.push(need);
            }
        }
        needs.sort_unstable();
        needs.dedup();
        needs
    }

    /// The chunk of the quote `id`, if the page knows where it is and has
    /// not got it: what a permalink fetches to show its card.
    pub fn card_needs(&self, id: &str) -> Option<Need> {
        let at = self.position(id).ok()??;
        Some(Need::Chunk(self.chunk_of(at)?)).filter(|&need| !self.has(need))
    }

    /// What `state` shows, once [`Catalog::needs`] is empty. With nothing
    /// ticked and no search, before the filter groups are in, the options
    /// are the manifest's first ones.
    pub fn select(&self, state: &ViewState) -> Option<Selection> {
        let Some(index) = &self.index else {
            return plain(state).then(|| self.first_selection());
        };
        let mut search: Option<FixedBitSet> = None;
        for term in terms(&state.query) {
            let mut hits = FixedBitSet::with_capacity(self.len());
            for n in covering(&self.directory.as_ref()?.words, &term) {
                self.words.get(n)?.as_ref()?.add_hits(&term, &mut hits);
            }
            match &mut search {
                Some(all) => all.intersect_with(&hits),
                None => search = Some(hits),
            }
        }
        Some(index.select_with(state, search))
    }

    /// The selection of the first view, from the manifest alone.
    fn first_selection(&self) -> Selection {
        Selection {
            quotes: (0..self.len()).collect(),
            options: self.manifest.heads.clone().map(|head| {
                head.top
                    .into_iter()
                    .map(|(id, label, count)| FacetOption {
                        id,
                        label,
                        count: count as usize,
                        selected: false,
                    })
                    .collect()
            }),
        }
    }

    /// The files Sources at a glance reads that are not in yet.
    pub fn sources_needs(&self) -> Vec<Need> {
        let needs = (0..Facet::ALL.len()).map(Need::Facet);
        let mut needs: Vec<Need> = std::iter::once(Need::Directory)
            .chain(needs)
            .chain([Need::Voices])
            .filter(|&n| !self.has(n))
            .collect();
        // Until the directory is in, nothing else can be named.
        if needs.first() == Some(&Need::Directory) {
            needs.truncate(1);
        }
        needs
    }

    /// Who the quotes at positions `shown` come from, as
    /// [`sources::count`] says over the whole collection, once
    /// [`Catalog::sources_needs`] are in.
    pub fn sources(&self, shown: &[usize]) -> Option<Sources> {
        let index = self.index.as_ref()?;
        let voices = self.voices.as_ref()?;
        let speakers = index.options(Facet::Speaker);
        let owners = self.owners.get_or_init(|| {
            let mut owners = vec![(u32::MAX, u32::MAX); self.len()];
            let mut mark = |group: &Options, set: fn(&mut (u32, u32), u32)| {
                for (option, quotes) in group.quotes.iter().enumerate() {
                    for &q in quotes {
                        if let Some(owner) = owners.get_mut(q as usize) {
                            set(owner, option as u32);
                        }
                    }
                }
            };
            mark(speakers, |o, n| o.0 = n);
            mark(index.options(Facet::Article), |o, n| o.1 = n);
            owners
        });
        let voice = |n: u32| {
            let n = n as usize;
            let (role, gender) = voices
                .speakers
                .get(n)
                .map_or((None, None), |(r, g)| (r.as_deref(), *g));
            Some(Voice {
                id: speakers.ids.get(n)?,
                name: speakers.labels.get(n)?,
                role,
                gender,
            })
        };
        Some(sources::tally(shown.iter().filter_map(|&at| {
            let &(speaker, story) = owners.get(at)?;
            Some(Said {
                speaker: voice(speaker),
                words: usize::from(*voices.words.get(at)?),
                story: (story != u32::MAX).then_some(story as usize),
            })
        })))
    }

    /// The speaker × theme matrix of the quotes at `shown`, with the
    /// article to draw it against (`matrix::from_groups`), once the
    /// filter groups are in.
    pub fn matrix(&self, shown: &[usize]) -> Option<(Matrix, Article)> {
        let index = self.index.as_ref()?;
        let (speakers, themes) = (index.options(Facet::Speaker), index.options(Facet::Theme));
        Some(matrix::from_groups(self.len(), speakers, themes, shown))
    }

    /// The filter index, once every group's file is in.
    pub fn index(&self) -> Option<&Index> {
        self.index.as_ref()
    }

    /// Where each chunk starts, as far as the page knows.
    fn chunk_starts(&self) -> Vec<usize> {
        let rest = self.directory.iter().flat_map(|d| &d.chunks);
        std::iter::once(0)
            .chain(rest.map(|(first, _)| *first as usize))
            .collect()
    }

    /// The chunk holding the quote at `at`, if the page knows (the
    /// directory is in, or it is in the first chunk).
    pub fn chunk_of(&self, at: usize) -> Option<usize> {
        if at >= self.len() {
            return None;
        }
        match &self.directory {
            Some(d) => Some(d.chunks.partition_point(|(first, _)| *first as usize <= at)),
            None => self
                .chunks
                .first()?
                .as_ref()?
                .quotes()
                .contains(&at)
                .then_some(0),
        }
    }

    /// The chunk holding the article `slug`, and which of its articles
    /// that is, once the directory and the filter groups are in.
    pub fn article(&self, slug: &str) -> Option<(usize, usize)> {
        let story = self.index.as_ref()?.option(Facet::Article, slug)?;
        let starts = &self.directory.as_ref()?.stories;
        let n = starts.partition_point(|&first| first as usize <= story);
        let first = n.checked_sub(1).map_or(0, |m| starts[m] as usize);
        Some((n, story - first))
    }

    /// Chunk `n`, if it is in.
    pub fn chunk(&self, n: usize) -> Option<&Arc<Chunk>> {
        self.chunks.get(n)?.as_ref()
    }

    /// The quote at `at` in the collection: its chunk and its place there,
    /// if that chunk is in.
    pub fn quote(&self, at: usize) -> Option<(&Arc<Chunk>, usize)> {
        let chunk = self.chunk(self.chunk_of(at)?)?;
        Some((chunk, at - chunk.first_quote as usize))
    }

    /// Where the quote with this id is: `Ok(None)` if there is none, or
    /// the ids file the answer is in.
    pub fn position(&self, id: &str) -> Result<Option<usize>, Need> {
        if let Some(first) = self.chunk(0) {
            if let Some(at) = first.article.quotes.iter().position(|q| q.id == id) {
                return Ok(Some(at));
            }
        }
        let Some(directory) = &self.directory else {
            return Err(Need::Directory);
        };
        let n = directory
            .ids
            .partition_point(|s| s.first.as_str() <= id)
            .checked_sub(1);
        let Some(n) = n else {
            return Ok(None);
        };
        let run = self
            .ids
            .get(n)
            .and_then(Option::as_ref)
            .ok_or(Need::Ids(n))?;
        Ok(run
            .ids
            .binary_search_by(|probe| probe.as_str().cmp(id))
            .ok()
            .and_then(|i| run.positions.get(i))
            .map(|&at| at as usize))
    }
}

/// The ids of the files in: a link is read against them once
/// [`Catalog::link_needs`] are in.
impl Names for Catalog {
    fn has_story(&self, slug: &str) -> bool {
        self.index
            .as_ref()
            .is_some_and(|i| i.has(Facet::Article, slug))
    }

    fn has_speaker(&self, id: &str) -> bool {
        self.index
            .as_ref()
            .is_some_and(|i| i.has(Facet::Speaker, id))
    }

    fn has_theme(&self, id: &str) -> bool {
        self.index.as_ref().is_some_and(|i| i.has(Facet::Theme, id))
    }

    fn has_quote(&self, id: &str) -> bool {
        matches!(self.position(id), Ok(Some(_)))
    }
}

/// Takes every id a link names, to learn what files reading it needs.
struct Anything;

impl Names for Anything {
    fn has_story(&self, _: &str) -> bool {
        true
    }

    fn has_speaker(&self, _: &str) -> bool {
        true
    }

    fn has_theme(&self, id: &str) -> bool {
        // `theme=dark` forces a scheme unless a theme has that id: until
        // the themes are in, it is the scheme.
        Scheme::from_slug(id).is_none()
    }

    fn has_quote(&self, _: &str) -> bool {
        true
    }
}

/// No filter ticked and no search: a view the manifest answers.
fn plain(state: &ViewState) -> bool {
    Facet::ALL.iter().all(|&f| state.selected(f).is_empty()) && terms(&state.query).is_empty()
}

/// The runs of sorted words that may hold a word `term` starts.
fn covering(spans: &[Span], term: &str) -> Range<usize> {
    if spans.is_empty() {
        return 0..0;
    }
    let first = spans
        .partition_point(|s| s.first.as_str() <= term)
        .saturating_sub(1);
    let mut end = first + 1;
    while spans.get(end).is_some_and(|s| s.first.starts_with(term)) {
        end += 1;
    }
    first..end
}

fn read<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, String> {
    postcard::from_bytes(bytes).map_err(|e| format!("a collection file could not be read: {e}"))
}

/// A chunk as read, its articles put back on its `Article`.
fn ready(mut chunk: Chunk) -> Chunk {
    chunk.article.stories = chunk.stories.clone();
    chunk
}
