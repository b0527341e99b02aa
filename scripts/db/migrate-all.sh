#!/usr/bin/env bash
# npm run db:migrate: every schema, console first (its views are read by the others). Needs `npm run build`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
for app in console ingest-api risk-engine notifier case-service; do
  node "dist/apps/$app/main.js" migrate
done
