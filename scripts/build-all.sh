#!/usr/bin/env bash
# Builds every app into dist/apps/<app>/main.js (webpack bundles, node_modules external), and the
# console's web app into dist/apps/console/web (Vite), which the console serves.
set -euo pipefail
cd "$(dirname "$0")/.."
for app in ingest-api risk-engine notifier case-service console; do
  npx nest build "$app"
done
npx vite build --config apps/console/web/vite.config.mts --logLevel warn
