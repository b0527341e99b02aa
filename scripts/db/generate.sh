#!/usr/bin/env bash
# npm run db:generate -- <service> <MigrationName>
# Diffs the service's entities against a scratch database migrated to the current head and writes
# apps/<service>/src/migrations/<timestamp>-<MigrationName>.ts. Review it, make `down` exact, and
# add it to that folder's index.ts (bundled services cannot glob for migrations). Entities do not
# declare every index, CHECK and foreign key the SQL migrations create: delete the generated
# statements that would drop those.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/../.."
service="${1:?usage: db:generate <console|risk-engine|notifier|case-service> <MigrationName>}"
name="${2:?usage: db:generate <service> <MigrationName>}"
scratch="concord_gen_$$"
psql -h 127.0.0.1 -U postgres -qc "CREATE DATABASE $scratch" postgres
trap 'psql -h 127.0.0.1 -U postgres -qc "DROP DATABASE IF EXISTS $scratch WITH (FORCE)" postgres' EXIT
export DATABASE_URL="postgres://postgres@127.0.0.1:5432/$scratch" DB_SERVICE="$service"
# The console's views are what the other services read; they exist in the scratch database too.
[[ "$service" == console ]] || node dist/apps/console/main.js migrate
node "dist/apps/$service/main.js" migrate
node -r ts-node/register/transpile-only -r tsconfig-paths/register node_modules/typeorm/cli.js \
  migration:generate "apps/$service/src/migrations/$name" -d scripts/db/data-source.ts
