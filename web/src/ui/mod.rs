//! UI components, one concern per file.

pub mod article;
pub mod button;
pub mod chips;
pub mod disclosure;
pub mod filters;
pub mod header;
pub mod highlight;
pub mod link;
pub mod notices;
pub mod opener;
pub mod overview;
pub mod quote_card;
pub mod quote_list;
pub mod share_bar;
pub mod sources;
pub mod tabs;
