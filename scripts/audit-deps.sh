#!/usr/bin/env bash
# npm run audit:deps — the security suite's dependency audit: fails when the registry reports a
# high or critical advisory for a production dependency. When the registry's audit endpoint cannot
# be reached (this machine's registry answers it 405, see README "Security suite"), it says so and
# does not pass it off as clean: the last line reads "not checked", with the reason
# (scripts/audit/audit-verdict.ts).
set -euo pipefail
cd "$(dirname "$0")/.."
# npm audit exits 1 when it finds advisories: the verdict reads its report instead.
{ timeout 120 npm audit --omit=dev --json 2>/dev/null || true; } \
  | node -r ts-node/register/transpile-only scripts/audit/audit-deps.ts
