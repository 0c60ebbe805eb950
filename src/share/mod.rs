//! What leaves the page: a quote as a citation ([`cite`]), a view's quotes
//! as a file ([`export`]), an article packed into a link ([`packed`]), and
//! a reader's article checked and parsed for the article reader worker
//! ([`opened`]).

pub mod cite;
pub mod export;
pub mod opened;
pub mod packed;
