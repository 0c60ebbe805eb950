//! Which cards of a long result list to render: those near the viewport.
//! The height of the others is stood in for by padding above and below, so
//! the page scrolls as if every card were there and a 100k-quote list costs
//! what a screenful does. Heights of cards already laid out are remembered
//! per quote; the others are guessed as the average of the first screenful
//! measured. The guess then stays put: were it to follow every card seen,
//! the padding for thousands of cards above the viewport would shift with
//! it, and the page would jump under the reader.

/// Cards rendered before any are measured (and by the prerender, which has
/// no viewport): enough to fill a tall screen. A list this short is never
/// windowed: all of it stays in the page, for find-in-page and the like.
pub const FIRST: usize = 20;

/// A card's height in pixels before any card has been measured.
pub const GUESS: f64 = 240.0;

/// Measured card heights, by quote position in the article.
#[derive(Debug, Clone, PartialEq)]
pub struct Heights {
    seen: Vec<f32>,
    sum: f64,
    count: usize,
    guess: Option<f64>,
}

impl Heights {
    /// No card measured yet, for an article of `quotes` quotes.
    pub fn new(quotes: usize) -> Self {
        Heights {
            seen: vec![0.0; quotes],
            sum: 0.0,
            count: 0,
            guess: None,
        }
    }

    /// Records the height of quote `at`'s card; false when it was known
    /// already (or `at` or `px` make no sense), so callers redo no work.
    pub fn record(&mut self, at: usize, px: f64) -> bool {
        let Some(slot) = self.seen.get_mut(at) else {
            return false;
        };
        if !(px.is_finite() && px > 0.0) || (f64::from(*slot) - px).abs() < 0.5 {
            return false;
        }
        if *slot > 0.0 {
            self.sum -= f64::from(*slot);
        } else {
            self.count += 1;
        }
        *slot = px as f32;
        self.sum += px;
        true
    }

    /// Forgets every height: after the list's width changes, text rewraps.
    pub fn forget(&mut self) {
        *self = Heights::new(self.seen.len());
    }

    /// The height of quote `at`'s card, measured or guessed.
    pub fn of(&self, at: usize) -> f64 {
        match self.seen.get(at) {
            Some(&px) if px > 0.0 => f64::from(px),
            _ => self.guess(),
        }
    }

    /// Fixes the guess for unmeasured cards at the average of those
    /// measured so far, if it is not fixed yet: call it once the first
    /// cards have been measured.
    pub fn settle(&mut self) {
        if self.guess.is_none() && self.count > 0 {
            self.guess = Some(self.sum / self.count as f64);
        }
    }

    /// What an unmeasured card is taken to be.
    pub fn guess(&self) -> f64 {
        self.guess.unwrap_or(GUESS)
    }
}

/// The cards to render, `order[start..end]`, and the padding that stands
/// in for the cards before and after them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Slice {
    pub start: usize,
    pub end: usize,
    pub before: f64,
    pub after: f64,
}

impl Slice {
    /// The first cards of `order`, before anything is measured.
    pub fn first(order: &[usize], heights: &Heights) -> Slice {
        let end = order.len().min(FIRST);
        Slice {
            start: 0,
            end,
            before: 0.0,
            after: order.get(end..).map_or(0.0, |rest| total(rest, heights)),
        }
    }

    /// Whether the list position `at` is rendered.
    pub fn shows(&self, at: usize) -> bool {
        (self.start..self.end).contains(&at)
    }
}

/// The cards of `order` that meet the band from `top - margin` to
/// `top + height + margin`, in pixels from the top of the list (`top` is
/// negative while the list is still below the viewport's top). Always at
/// least one card when `order` has any; all of them up to `FIRST`.
pub fn slice(order: &[usize], heights: &Heights, top: f64, height: f64, margin: f64) -> Slice {
    if order.len() <= FIRST {
        return Slice::first(order, heights);
    }
    let (low, high) = (top - margin, top + height.max(0.0) + margin);
    let mut y = 0.0;
    let mut start = None;
    let mut before = 0.0;
    let mut end = order.len();
    for (i, &at) in order.iter().enumerate() {
        if start.is_some() && y >= high {
            end = i;
            break;
        }
        let h = heights.of(at);
        if start.is_none() && y + h > low {
            start = Some(i);
            before = y;
        }
        y += h;
    }
    let start = match start {
        Some(start) => start,
        // Scrolled past the end (the list just got shorter): its last card.
        None => {
            let last = order.len().saturating_sub(1);
            before = order.get(..last).map_or(0.0, |head| total(head, heights));
            last
        }
    };
    let after = order.get(end..).map_or(0.0, |rest| total(rest, heights));
    Slice {
        start,
        end,
        before,
        after,
    }
}

/// Where the card at list position `at` starts, in pixels from the list's
/// top: where to scroll for a permalinked quote that is not rendered.
pub fn offset(order: &[usize], heights: &Heights, at: usize) -> f64 {
    total(&order[..at.min(order.len())], heights)
}

fn total(order: &[usize], heights: &Heights) -> f64 {
    order.iter().map(|&at| heights.of(at)).sum()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn measured(px: &[f64]) -> Heights {
        let mut h = Heights::new(px.len());
        for (at, &p) in px.iter().enumerate() {
            h.record(at, p);
        }
        h.settle();
        h
    }

    #[test]
    fn renders_the_cards_that_meet_the_viewport_and_pads_the_rest() {
        let h = measured(&[100.0; 100]);
        let order: Vec<usize> = (0..100).collect();
        let s = slice(&order, &h, 1000.0, 500.0, 200.0);
        assert_eq!((s.start, s.end), (8, 17));
        assert_eq!(s.before, 800.0);
        assert_eq!(s.after, 8300.0);
        // Padding plus rendered cards is the whole list's height.
        assert_eq!(
            s.before + 100.0 * (s.end - s.start) as f64 + s.after,
            10_000.0
        );
    }

    #[test]
    fn a_list_below_the_viewport_renders_its_first_cards() {
        let h = Heights::new(50);
        let order: Vec<usize> = (0..50).collect();
        let s = slice(&order, &h, -2000.0, 800.0, 400.0);
        assert_eq!((s.start, s.end), (0, 1));
        assert_eq!(s.before, 0.0);
    }

    #[test]
    fn follows_the_list_order_not_the_article_order() {
        let h = measured(&[10.0, 20.0, 30.0, 40.0]);
        let order: Vec<usize> = [3, 1, 0].into_iter().cycle().take(30).collect();
        let s = slice(&order, &h, 0.0, 45.0, 0.0);
        assert_eq!((s.start, s.end), (0, 2));
        assert_eq!(s.after, 9.0 * 70.0 + 10.0);
        assert_eq!(offset(&order, &h, 2), 60.0);
        assert_eq!(offset(&order[..3], &h, 9), 70.0);
    }

    #[test]
    fn a_short_list_is_never_windowed() {
        let h = measured(&[100.0; FIRST]);
        let order: Vec<usize> = (0..FIRST).collect();
        let s = slice(&order, &h, 5000.0, 500.0, 0.0);
        assert_eq!((s.start, s.end, s.before, s.after), (0, FIRST, 0.0, 0.0));
    }

    #[test]
    fn scrolled_past_the_end_shows_the_last_card() {
        let h = measured(&[100.0; 30]);
        let order: Vec<usize> = (0..30).collect();
        let s = slice(&order, &h, 50_000.0, 500.0, 100.0);
        assert_eq!((s.start, s.end, s.before, s.after), (29, 30, 2900.0, 0.0));
        let empty = slice(&[], &h, 0.0, 500.0, 100.0);
        assert_eq!((empty.start, empty.end), (0, 0));
    }

    #[test]
    fn unmeasured_cards_are_guessed_from_the_first_ones_measured() {
        let mut h = Heights::new(4);
        assert_eq!(h.of(3), GUESS);
        assert!(h.record(0, 100.0));
        assert!(h.record(1, 300.0));
        assert!(!h.record(1, 300.2), "no change within half a pixel");
        assert!(!h.record(9, 100.0) && !h.record(2, f64::NAN) && !h.record(2, 0.0));
        assert_eq!(h.of(3), GUESS, "not settled yet");
        h.settle();
        assert_eq!(h.of(3), 200.0);
        assert!(h.record(1, 100.0));
        assert!(h.record(2, 100.0));
        h.settle();
        assert_eq!(h.guess(), 200.0, "settled once");
        assert_eq!(h.of(1), 100.0);
        h.forget();
        assert_eq!(h.of(0), GUESS);
    }

    #[test]
    fn the_first_slice_is_the_prerendered_one() {
        let h = Heights::new(100);
        let order: Vec<usize> = (0..100).collect();
        let s = Slice::first(&order, &h);
        assert_eq!((s.start, s.end, s.before), (0, FIRST, 0.0));
        assert_eq!(s.after, 80.0 * GUESS);
        assert!(s.shows(0) && !s.shows(FIRST));
        assert_eq!(Slice::first(&order[..3], &h).end, 3);
    }
}
