/**
 * Waits until the demo shows what Concord is for — alerts raised and a mediator assigned — then
 * prints the board: each enterprise's level, the rules that fired, and its cases.
 *
 *   node -r ts-node/register/transpile-only -r tsconfig-paths/register scripts/demo/await-first-case.ts <console-url> <email> <password>
 */
import { waitFor } from '@concord/testing';

interface Profile {
  enterpriseId: string;
  name: string;
}
interface Risk {
  level: string;
  score: number;
  explanation: { ruleId: string }[];
}
interface Case {
  status: string;
}

async function main(): Promise<void> {
  const [consoleUrl, email, password] = process.argv.slice(2);
  const login = await fetch(`${consoleUrl}/v1/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });
  const { token } = (await login.json()) as { token: string };
  const get = async <T>(path: string): Promise<T | undefined> => {
    const response = await fetch(`${consoleUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return response.ok ? ((await response.json()) as T) : undefined;
  };
  const profiles = (await get<Profile[]>('/v1/enterprises')) ?? [];

  const board = await waitFor(
    'alerts and an assigned case',
    async () => {
      const rows = await Promise.all(
        profiles.map(async (p) => ({
          profile: p,
          risk: await get<Risk>(`/v1/enterprises/${p.enterpriseId}/risk`),
          alerts: (await get<{ items: unknown[] }>(`/v1/alerts?enterpriseId=${p.enterpriseId}`))?.items ?? [],
          cases: (await get<{ items: Case[] }>(`/v1/cases?enterpriseId=${p.enterpriseId}`))?.items ?? [],
        })),
      );
      const alerted = rows.some((r) => r.alerts.length > 0);
      const assigned = rows.some((r) => r.cases.some((c) => c.status === 'assigned'));
      return alerted && assigned ? rows : undefined;
    },
    { timeoutMs: 110_000, intervalMs: 1_000 },
  );

  process.stdout.write('\n  enterprise                         level    score  rules      alerts  cases\n');
  for (const row of board) {
    const rules = row.risk?.explanation.map((r) => r.ruleId).join(',') ?? '';
    const cases = row.cases.map((c) => c.status).join(',');
    process.stdout.write(
      `  ${row.profile.name.padEnd(34)} ${(row.risk?.level ?? '-').padEnd(8)} ${String(row.risk?.score ?? '-').padStart(5)}  ${rules.padEnd(10)} ${String(row.alerts.length).padStart(6)}  ${cases}\n`,
    );
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`demo: ${(error as Error).message}\n`);
  process.exit(1);
});
