//! A quote card as a 1200×630 PNG (the size link previews use), drawn on an
//! `OffscreenCanvas` in the article reader worker, so no server renders
//! anything, and the drawing code is fetched only when a reader first
//! asks for a card (it was 2.6 KB of the page's first load). The colours
//! follow the scheme the reader sees, and both palettes keep the text
//! readable.

use js_sys::{ArrayBuffer, Uint8Array};
use quotes::opened::{CardJob, File};
use quotes::{Article, Kind, Quote};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Blob, ImageEncodeOptions, OffscreenCanvas, OffscreenCanvasRenderingContext2d};

/// Width and height of the image, in pixels.
pub const SIZE: (u32, u32) = (1200, 630);

const MARGIN: f64 = 80.0;
const SERIF: &str = "Charter, Georgia, 'Times New Roman', serif";
const SANS: &str = "system-ui, 'Segoe UI', Roboto, Arial, sans-serif";

struct Palette {
    background: &'static str,
    text: &'static str,
    muted: &'static str,
    accent: &'static str,
}

const LIGHT: Palette = Palette {
    background: "#fbfaf7",
    text: "#1d1c1a",
    muted: "#5c5850",
    accent: "#9c2f1c",
};

const DARK: Palette = Palette {
    background: "#161513",
    text: "#ebe7df",
    muted: "#aaa398",
    accent: "#f08a6c",
};

/// Draws the card of `job` as a PNG file called `quote-ID.png`.
pub async fn draw_file(job: &CardJob) -> Result<File, String> {
    let (article, _) = job.article.read()?;
    let quote = article
        .quotes
        .iter()
        .find(|q| q.id == job.quote)
        .ok_or("The quote is not in this article.")?;
    let bytes = png(&article, quote, job.dark)
        .await
        .map_err(|_| "The quote card could not be drawn in this browser.".to_owned())?;
    Ok(File {
        name: format!("quote-{}.png", quote.id),
        media_type: "image/png".to_owned(),
        bytes,
    })
}

async fn png(article: &Article, quote: &Quote, dark: bool) -> Result<Vec<u8>, JsValue> {
    let canvas = OffscreenCanvas::new(SIZE.0, SIZE.1)?;
    let context: OffscreenCanvasRenderingContext2d = canvas
        .get_context("2d")?
        .ok_or_else(|| JsValue::from_str("no 2D canvas"))?
        .unchecked_into();
    draw(&context, article, quote, if dark { &DARK } else { &LIGHT })?;
    let options = ImageEncodeOptions::new();
    options.set_type("image/png");
    let blob: Blob = JsFuture::from(canvas.convert_to_blob_with_options(&options)?)
        .await?
        .unchecked_into();
    let buffer: ArrayBuffer = JsFuture::from(blob.array_buffer()).await?.unchecked_into();
    Ok(Uint8Array::new(&buffer).to_vec())
}

fn draw(
    ctx: &OffscreenCanvasRenderingContext2d,
    article: &Article,
    quote: &Quote,
    palette: &Palette,
) -> Result<(), JsValue> {
    let (width, height) = (f64::from(SIZE.0), f64::from(SIZE.1));
    ctx.set_fill_style_str(palette.background);
    ctx.fill_rect(0.0, 0.0, width, height);
    ctx.set_fill_style_str(palette.accent);
    ctx.fill_rect(0.0, 0.0, 16.0, height);

    // The largest type size at which the quote fits its box.
    let reported = quote.kind == Kind::Reported;
    let words = if reported {
        quote.text.clone()
    } else {
        format!("“{}”", quote.text.trim_end_matches([',', ' ']))
    };
    let box_width = width - 2.0 * MARGIN;
    let box_height = 360.0;
    let style = if reported { "italic " } else { "" };
    // Whole pixels, so the font is formatted as an integer.
    let mut size: u32 = 60;
    let lines = loop {
        ctx.set_font(&format!("{style}{size}px {SERIF}"));
        let lines = wrap(ctx, &words, box_width)?;
        if lines.len() as f64 * f64::from(size) * 1.3 <= box_height || size <= 24 {
            break lines;
        }
        size -= 4;
    };
    ctx.set_fill_style_str(palette.text);
    ctx.set_text_baseline("top");
    let mut y = MARGIN;
    let line_height = f64::from(size) * 1.3;
    let max_lines = (box_height / line_height).floor().max(1.0) as usize;
    for (n, line) in lines.iter().enumerate().take(max_lines) {
        let text = if n + 1 == max_lines && lines.len() > max_lines {
            format!("{line}…")
        } else {
            line.clone()
        };
        ctx.fill_text(&text, MARGIN, y)?;
        y += line_height;
    }

    let speaker = quote.speaker.as_deref().and_then(|id| article.speaker(id));
    let credit = match (speaker, reported) {
        (Some(s), true) => format!("— {}, paraphrased", s.name),
        (Some(s), false) => match &s.role {
            Some(role) => format!("— {}, {role}", s.name),
            None => format!("— {}", s.name),
        },
        (None, _) => String::new(),
    };
    ctx.set_font(&format!("700 30px {SANS}"));
    ctx.set_fill_style_str(palette.text);
    ctx.fill_text(&credit, MARGIN, height - MARGIN - 70.0)?;

    // In a collection, the quote's own article (in the collection's
    // publication if its sidecar names none).
    let story = article.story_at_paragraph(quote.paragraph);
    let meta = story.map_or(&article.meta, |s| &s.meta);
    let title = match story {
        Some(story) => Some(story.title()),
        None => meta.title.as_deref(),
    };
    let publication = meta.publication.as_deref();
    let publication = publication.or(article.meta.publication.as_deref());
    let mut source: Vec<&str> = [title, publication, meta.date.as_deref()]
        .into_iter()
        .flatten()
        .collect();
    // One line before the brand: an article's title can be long, so the
    // date goes, then the publication, then the title is cut short.
    ctx.set_font(&format!("700 22px {SANS}"));
    let brand = ctx.measure_text(BRAND)?.width();
    ctx.set_font(&format!("24px {SANS}"));
    let room = width - 2.0 * MARGIN - brand - 32.0;
    while source.len() > 1 && ctx.measure_text(&source.join(" · "))?.width() > room {
        source.pop();
    }
    let line = match wrap(ctx, &source.join(" · "), room)?.as_slice() {
        [] => String::new(),
        [only] => only.clone(),
        [first, ..] => format!("{first}…"),
    };
    ctx.set_fill_style_str(palette.muted);
    ctx.fill_text(&line, MARGIN, height - MARGIN - 26.0)?;
    ctx.set_fill_style_str(palette.accent);
    ctx.set_text_align("right");
    ctx.set_font(&format!("700 22px {SANS}"));
    ctx.fill_text(BRAND, width - MARGIN, height - MARGIN - 26.0)?;
    Ok(())
}

/// What the card says it comes from, bottom right.
const BRAND: &str = "QUOTE EXPLORER";

/// Greedy line breaking at spaces, measured in the current font.
fn wrap(
    ctx: &OffscreenCanvasRenderingContext2d,
    text: &str,
    width: f64,
) -> Result<Vec<String>, JsValue> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        let candidate = if line.is_empty() {
            word.to_owned()
        } else {
            format!("{line} {word}")
        };
        if ctx.measure_text(&candidate)?.width() > width && !line.is_empty() {
            lines.push(std::mem::replace(&mut line, word.to_owned()));
        } else {
            line = candidate;
        }
    }
    if !line.is_empty() {
        lines.push(line);
    }
    Ok(lines)
}
