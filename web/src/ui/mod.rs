//! UI components, one concern per file.

pub mod article;
