#!/usr/bin/env bash
# Builds every app into dist/apps/<app>/main.js (webpack bundles, node_modules external).
set -euo pipefail
cd "$(dirname "$0")/.."
for app in ingest-api risk-engine notifier case-service console; do
  npx nest build "$app"
done
