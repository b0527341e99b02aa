#!/usr/bin/env bash
# Builds every app into dist/apps/<app>/main.js (webpack bundles, node_modules external), and the
# console's web app into dist/apps/console/web (Vite), which the console serves. Each bundle is one
# single-threaded webpack run, so they run two at a time (the machine's cores); type checking is
# `npm run typecheck`'s job (see webpack.config.js).
set -euo pipefail
cd "$(dirname "$0")/.."
printf '%s\n' ingest-api risk-engine notifier case-service console | xargs -P 2 -I{} npx nest build {}
npx vite build --config apps/console/web/vite.config.mts --logLevel warn
