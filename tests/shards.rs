//! A collection cut into its static files (`quotes::shards`) answers every
//! view as the whole collection's index does, fetching only what the view
//! needs.

use std::collections::BTreeSet;

use quotes::collection::{self, File};
use quotes::index::{Index, Selection};
use quotes::shards::{split, Catalog, Need, Site};
use quotes::view_state::ViewState;
use quotes::{Article, Kind, Meta};

fn synthetic(articles: usize) -> Article {
    let files = quotes::synth::collection(articles, 30, 5)
        .into_iter()
        .map(|m| File {
            name: m.name,
            text: m.text,
            sidecar: Some(m.sidecar),
        })
        .collect();
    collection::build(files, Meta::default()).expect("it merges")
}

/// Takes the file `need` of `site` into `catalog`, as the page fetches
/// it, and gives its name.
fn fetch(site: &Site, catalog: &mut Catalog, need: Need) -> String {
    let name = catalog.file(need).expect("a named file").to_owned();
    catalog
        .insert(need, bytes(site, &name))
        .expect("a file that fits");
    name
}

/// The bytes of `site`'s first file whose name starts with `name`.
fn bytes<'a>(site: &'a Site, name: &str) -> &'a [u8] {
    let found = site.files.iter().find(|(n, _)| n.starts_with(name));
    &found.expect("a file of the site").1
}

/// Takes in the directory and the four filter groups, as the page does
/// right after its first view.
fn groups(site: &Site, catalog: &mut Catalog) {
    fetch(site, catalog, Need::Directory);
    for n in 0..4 {
        fetch(site, catalog, Need::Facet(n));
    }
}

/// Serves `site`'s files to `catalog` until `state` needs no more, and
/// gives the names fetched.
fn load(site: &Site, catalog: &mut Catalog, state: &ViewState) -> Vec<String> {
    let mut fetched = Vec::new();
    loop {
        let needs = catalog.needs(state);
        if needs.is_empty() {
            return fetched;
        }
        for need in needs {
            fetched.push(fetch(site, catalog, need));
        }
    }
}

fn states(article: &Article) -> Vec<ViewState> {
    let mut states = vec![ViewState::default()];
    let busiest = Index::new(article).select(&ViewState::default());
    for (n, options) in busiest.options.iter().enumerate() {
        for option in options.iter().take(3) {
            let mut state = ViewState::default();
            let facet = quotes::view_state::Facet::ALL[n];
            states.push(state.toggled(facet, &option.id));
            state = state.toggled(facet, &option.id);
            if let Some(other) = busiest.options[(n + 1) % 4].first() {
                states.push(state.toggled(quotes::view_state::Facet::ALL[(n + 1) % 4], &other.id));
            }
        }
    }
    for query in [
        "s",
        "sa",
        "the",
        "hou",
        "housing vote",
        "zzz",
        "said the",
        "o’",
    ] {
        states.push(ViewState {
            query: query.into(),
            ..ViewState::default()
        });
        states.push(ViewState {
            query: query.into(),
            kinds: BTreeSet::from([Kind::Statement]),
            ..ViewState::default()
        });
    }
    // Two articles ticked, and a search that none of their quotes (or
    // only some) match: each article is still in the view.
    let articles = &busiest.options[0];
    for query in ["zzz", "said"] {
        states.push(ViewState {
            articles: articles.iter().take(2).map(|o| o.id.clone()).collect(),
            query: query.into(),
            ..ViewState::default()
        });
    }
    states
}

fn same(a: &Selection, b: &Selection, state: &ViewState) {
    assert_eq!(a.quotes, b.quotes, "quotes of {state:?}");
    assert_eq!(a.options, b.options, "options of {state:?}");
}

#[test]
fn every_view_is_the_same_from_the_files() {
    let article = synthetic(250);
    let index = Index::new(&article);
    let site = split(&article);
    // Searches that span several runs of words.
    let runs = site
        .files
        .iter()
        .filter(|(n, _)| n.starts_with("words-"))
        .count();
    assert!(runs >= 3, "{runs} runs of words");
    let mut catalog = Catalog::new(site.manifest.clone());
    // After the first (which the manifest answers, its first options only:
    // below), with every group's options.
    for state in states(&article)
        .into_iter()
        .skip(1)
        .chain([ViewState::default()])
    {
        load(&site, &mut catalog, &state);
        let from_files = catalog.select(&state).expect("a selection");
        same(&from_files, &index.select(&state), &state);
    }
}

#[test]
fn sources_count_from_the_files_as_over_the_whole_collection() {
    let article = synthetic(120);
    let index = Index::new(&article);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    assert!(catalog.sources(&[0, 1]).is_none(), "nothing in yet");
    assert_eq!(catalog.sources_needs(), [Need::Directory]);
    fetch(&site, &mut catalog, Need::Directory);
    let needs = catalog.sources_needs();
    assert_eq!(needs.len(), 5, "{needs:?}");
    for need in needs {
        fetch(&site, &mut catalog, need);
    }
    assert!(catalog.sources_needs().is_empty());
    let sorted = |mut sources: quotes::sources::Sources| {
        sources.speakers.sort_by(|a, b| a.id.cmp(&b.id));
        sources
    };
    for state in states(&article) {
        load(&site, &mut catalog, &state);
        let shown = index.select(&state).quotes;
        let from_files = catalog.sources(&shown).expect("counted");
        let whole = quotes::sources::count(&article, &shown);
        assert_eq!(sorted(from_files), sorted(whole), "sources of {state:?}");
    }
    // Speakers in several articles, roles and genders: the test means
    // something.
    let all = catalog.sources(&index.select(&ViewState::default()).quotes);
    let all = all.expect("counted");
    assert!(all.speakers.iter().any(|s| s.articles > 1));
    assert!(!all.roles.is_empty() && all.genders.female + all.genders.male > 0);
    // A file that does not fit is refused.
    let mut fresh = Catalog::new(site.manifest.clone());
    fetch(&site, &mut fresh, Need::Directory);
    let short = quotes::shards::files::Voices {
        speakers: Vec::new(),
        words: vec![3; article.quotes.len() - 1],
    };
    let short = postcard::to_allocvec(&short).expect("encodes");
    assert!(fresh.insert(Need::Voices, &short).is_err());
}

#[test]
fn the_matrix_counts_from_the_groups_as_from_the_quotes() {
    let article = synthetic(120);
    let index = Index::new(&article);
    let places = quotes::matrix::Places::new(&article);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    assert!(catalog.matrix(&[0]).is_none(), "not before the groups");
    groups(&site, &mut catalog);
    let mut drawn = 0;
    for state in states(&article) {
        load(&site, &mut catalog, &state);
        let shown = index.select(&state).quotes;
        let (matrix, names) = catalog.matrix(&shown).expect("counted");
        let whole = places.count(&shown).html(&article);
        assert_eq!(matrix.html(&names), whole, "matrix of {state:?}");
        drawn += usize::from(!whole.is_empty());
    }
    assert!(drawn > 10, "{drawn} matrices drawn");
}

#[test]
fn a_download_gathered_from_the_chunks_is_the_whole_collection_s() {
    use quotes::export::{permalink, write, Format};
    let article = synthetic(60);
    let index = Index::new(&article);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    assert!(catalog.gathering(&ViewState::default()).is_none());
    groups(&site, &mut catalog);
    for state in states(&article) {
        let shown = index.select(&state).quotes;
        let mut gathering = catalog.gathering(&state).expect("the groups are in");
        for n in catalog.chunks_of(&shown).expect("the directory is in") {
            let chunk = match catalog.chunk(n) {
                Some(chunk) => (**chunk).clone(),
                None => {
                    let name = catalog.file(Need::Chunk(n)).expect("named");
                    catalog.read_chunk(n, bytes(&site, name)).expect("it fits")
                }
            };
            gathering.add(&chunk, &shown);
        }
        let gathered = gathering.finish();
        assert_eq!(gathered.quotes.len(), shown.len(), "{state:?}");
        // The worker reads the view's link against it: every quote shows.
        let query = quotes::url::encode(&state);
        // As the worker reads it; the same view.
        let (again, _) = quotes::url::decode(&query, &gathered);
        assert_eq!(again, state, "{state:?} read against the gathered article");
        assert_eq!(
            Index::new(&gathered).select(&again).quotes.len(),
            shown.len()
        );
        for format in [Format::Csv, Format::Json, Format::Markdown, Format::CslJson] {
            let whole_link = |q: &quotes::Quote| Some(permalink("/", &article, q, None));
            let whole = write(
                &article,
                &state,
                shown.iter().map(|&at| &article.quotes[at]),
                &whole_link,
                format,
            );
            let link = |q: &quotes::Quote| Some(permalink("/", &gathered, q, None));
            let from_chunks = write(&gathered, &again, &gathered.quotes, &link, format);
            assert_eq!(from_chunks, whole, "{format:?} of {state:?}");
        }
    }
    // A chunk that is not the one asked for is refused.
    let name = catalog.file(Need::Chunk(2)).expect("named").to_owned();
    assert!(catalog.read_chunk(1, bytes(&site, &name)).is_err());
}

#[test]
fn the_first_view_needs_no_file_and_a_search_few() {
    let article = synthetic(200);
    let site = split(&article);
    let words = site
        .files
        .iter()
        .filter(|(n, _)| n.starts_with("words-"))
        .count();
    assert!(words >= 3, "{words} words files");
    let mut catalog = Catalog::new(site.manifest.clone());
    let plain = ViewState::default();
    assert!(catalog.needs(&plain).is_empty());
    let first = catalog.select(&plain).expect("the first view");
    assert_eq!(first.quotes.len(), article.quotes.len());
    // Counted over every quote, as the whole index counts them; the
    // manifest lists the first options only.
    let whole = Index::new(&article).select(&plain);
    for (head, all) in first.options.iter().zip(&whole.options) {
        assert_eq!(head.as_slice(), &all[..head.len()]);
        assert!(head.len() <= 20);
    }
    // The first cards need nothing more.
    let first_chunk = catalog.chunk(0).expect("the first chunk").clone();
    assert!(first_chunk.article.quotes.len() >= 20);
    let (chunk, local) = catalog.quote(3).expect("in the manifest");
    assert_eq!(chunk.article.quotes[local], article.quotes[3]);
    // A search fetches the directory, the four filter groups and the
    // words its terms start, not the rest of the vocabulary.
    let search = ViewState {
        query: "hous".into(),
        ..plain
    };
    let fetched = load(&site, &mut catalog, &search);
    let words_fetched = fetched.iter().filter(|n| n.starts_with("words-")).count();
    assert_eq!(fetched.len(), 1 + 4 + words_fetched, "{fetched:?}");
    assert!(words_fetched < words, "{words_fetched} of {words}");
}

#[test]
fn quotes_and_permalinks_are_found_in_their_chunks() {
    let article = synthetic(40);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    let last = article.quotes.len() - 1;
    assert_eq!(catalog.quote(last).map(|_| ()), None, "not in yet");
    assert_eq!(
        catalog.position(&article.quotes[last].id),
        Err(Need::Directory)
    );
    fetch(&site, &mut catalog, Need::Directory);
    for (at, quote) in article.quotes.iter().enumerate() {
        let position = match catalog.position(&quote.id) {
            Err(need) => {
                fetch(&site, &mut catalog, need);
                catalog.position(&quote.id)
            }
            found => found,
        };
        assert_eq!(position, Ok(Some(at)));
        let chunk = catalog.chunk_of(at).expect("a chunk");
        if !catalog.has(Need::Chunk(chunk)) {
            fetch(&site, &mut catalog, Need::Chunk(chunk));
        }
        let (chunk, local) = catalog.quote(at).expect("in");
        let found = &chunk.article.quotes[local];
        assert_eq!((&found.id, &found.text), (&quote.id, &quote.text));
        // Its paragraph and story, counted in the chunk.
        let paragraph = &chunk.article.paragraphs[found.paragraph];
        assert_eq!(paragraph, &article.paragraphs[quote.paragraph]);
        let story = chunk.article.story_of(local).expect("its story");
        assert_eq!(
            chunk.article.stories[story].slug,
            article.stories[article.story_of(at).expect("a story")].slug
        );
    }
    assert_eq!(catalog.position("no-such-quote"), Ok(None));
}

#[test]
fn each_article_is_found_whole_in_its_chunk() {
    let article = synthetic(40);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    let slug = &article.stories[7].slug;
    assert_eq!(catalog.article(slug), None, "not before the groups");
    groups(&site, &mut catalog);
    assert_eq!(catalog.article("no-such-article"), None);
    for (at, story) in article.stories.iter().enumerate() {
        let (n, local) = catalog.article(&story.slug).expect("placed");
        if !catalog.has(Need::Chunk(n)) {
            fetch(&site, &mut catalog, Need::Chunk(n));
        }
        let chunk = catalog.chunk(n).expect("in");
        assert_eq!(chunk.article.stories[local].slug, story.slug);
        let paragraphs: Vec<_> = chunk.article.story_paragraphs(local).collect();
        let whole: Vec<_> = article.story_paragraphs(at).collect();
        assert_eq!(paragraphs.len(), whole.len());
        assert_eq!(
            chunk.article.paragraphs[paragraphs[0]],
            article.paragraphs[whole[0]]
        );
    }
}

#[test]
fn a_catalog_keeps_the_chunks_last_taken_in() {
    let article = synthetic(500);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    fetch(&site, &mut catalog, Need::Directory);
    let chunks = site
        .files
        .iter()
        .filter(|(n, _)| n.starts_with("chunk-"))
        .count();
    assert!(chunks > quotes::shards::KEPT_CHUNKS + 1, "{chunks} chunks");
    for n in 1..=chunks {
        fetch(&site, &mut catalog, Need::Chunk(n));
        assert!(catalog.has(Need::Chunk(n)));
    }
    let kept = (0..=chunks)
        .filter(|&n| catalog.has(Need::Chunk(n)))
        .count();
    assert_eq!(
        kept,
        quotes::shards::KEPT_CHUNKS + 1,
        "the first and the last taken in"
    );
    assert!(catalog.has(Need::Chunk(0)) && catalog.has(Need::Chunk(chunks)));
    assert!(!catalog.has(Need::Chunk(1)));
    // Gone, it is fetched again.
    fetch(&site, &mut catalog, Need::Chunk(1));
    assert!(catalog.has(Need::Chunk(1)));
}

#[test]
fn a_file_that_does_not_fit_is_refused() {
    let article = synthetic(30);
    let site = split(&article);
    let mut catalog = Catalog::new(site.manifest.clone());
    assert!(catalog.insert(Need::Directory, b"\xff\xff\xff").is_err());
    let directory = bytes(&site, "directory-");
    catalog.insert(Need::Directory, directory).expect("fits");
    let chunk2 = catalog.file(Need::Chunk(2)).expect("named").to_owned();
    let second = bytes(&site, &chunk2);
    assert!(
        catalog.insert(Need::Chunk(1), second).is_err(),
        "the wrong chunk"
    );
    assert!(catalog.insert(Need::Facet(0), second).is_err());
    assert!(!catalog.has(Need::Chunk(1)));
    // Files that read but do not fit: refused, never a panic later.
    let chunk1 = catalog.file(Need::Chunk(1)).expect("named").to_owned();
    let first = bytes(&site, &chunk1);
    let mut short: quotes::shards::Chunk = postcard::from_bytes(first).expect("a chunk");
    short.article.quotes.pop();
    let short = postcard::to_allocvec(&short).expect("encodes");
    assert!(
        catalog.insert(Need::Chunk(1), &short).is_err(),
        "a quote short"
    );
    let mut fewer: quotes::shards::Chunk = postcard::from_bytes(first).expect("a chunk");
    fewer.stories.pop();
    let fewer = postcard::to_allocvec(&fewer).expect("encodes");
    assert!(
        catalog.insert(Need::Chunk(1), &fewer).is_err(),
        "an article short"
    );
    let mut articles: quotes::index::Options =
        postcard::from_bytes(bytes(&site, "facet-0-")).expect("a group");
    articles.ids.pop();
    articles.labels.pop();
    articles.quotes.pop();
    let articles = postcard::to_allocvec(&articles).expect("encodes");
    assert!(
        catalog.insert(Need::Facet(0), &articles).is_err(),
        "an article short in the Article group"
    );
    let mut fresh = Catalog::new(site.manifest.clone());
    let mut directory: quotes::shards::Directory =
        postcard::from_bytes(directory).expect("a directory");
    directory.chunks.swap(0, 1);
    let swapped = postcard::to_allocvec(&directory).expect("encodes");
    assert!(
        fresh.insert(Need::Directory, &swapped).is_err(),
        "out of order"
    );
    directory.chunks.swap(0, 1);
    directory.stories.swap(0, 1);
    let swapped = postcard::to_allocvec(&directory).expect("encodes");
    assert!(
        fresh.insert(Need::Directory, &swapped).is_err(),
        "articles out of order"
    );
    let words = quotes::shards::files::Words {
        words: vec!["tea".into()],
        quotes: vec![vec![u32::MAX - 1]],
    };
    fetch(&site, &mut fresh, Need::Directory);
    let far = postcard::to_allocvec(&words).expect("encodes");
    assert!(
        fresh.insert(Need::Words(0), &far).is_err(),
        "past the quotes"
    );
}

#[test]
fn names_follow_the_contents() {
    let a = split(&synthetic(30));
    let b = split(&synthetic(30));
    assert_eq!(a.files, b.files, "the same collection, the same files");
    let names: BTreeSet<&str> = a.files.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), a.files.len(), "distinct names");
}

#[test]
fn a_link_is_read_once_the_files_it_names_are_in() {
    let article = synthetic(40);
    let site = split(&article);
    let last = &article.quotes[article.quotes.len() - 1];
    let speaker = last.speaker.clone().expect("a speaker");
    for query in [
        String::new(),
        format!("speaker={speaker}&quote={}", last.id),
        format!("quote={}", article.quotes[0].id),
        "speaker=nobody&quote=nothing&q=tea".to_owned(),
    ] {
        let mut catalog = Catalog::new(site.manifest.clone());
        // Meanwhile a scheme is a scheme, not a theme to wait for.
        let meanwhile = catalog.provisional("theme=dark");
        assert_eq!(meanwhile.scheme, Some(quotes::view_state::Scheme::Dark));
        assert!(meanwhile.themes.is_empty());
        let mut rounds = 0;
        loop {
            let needs = catalog.link_needs(&query);
            if needs.is_empty() {
                break;
            }
            rounds += 1;
            for need in needs {
                fetch(&site, &mut catalog, need);
            }
        }
        assert!(rounds <= 3, "{query}: {rounds} rounds");
        assert_eq!(
            quotes::url::decode(&query, &catalog),
            quotes::url::decode(&query, &article),
            "{query}"
        );
    }
}
