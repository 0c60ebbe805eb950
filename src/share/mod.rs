//! What leaves the page: a quote as a citation ([`cite`]), an article packed
//! into a link ([`packed`]), and a reader's article checked and parsed for
//! the article reader worker ([`opened`]).

pub mod cite;
pub mod opened;
pub mod packed;
