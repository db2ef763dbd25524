//! `content/` to the site's pages, deterministically: the same content always renders to the
//! same bytes, whatever the machine, directory or time.

pub mod content;
pub mod markdown;
pub mod render;
mod strings;

pub use content::Content;
pub use render::{RenderInput, render};
