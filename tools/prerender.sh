#!/usr/bin/env bash
# Trunk post-build hook (release only): prerender the default view into the
# staged index.html with the web crate's server-side renderer.
set -euo pipefail
[ "${TRUNK_PROFILE:-}" = release ] || exit 0
cargo run --quiet -p quotes-web --no-default-features --features ssr --bin prerender -- \
  "$TRUNK_STAGING_DIR/index.html"
