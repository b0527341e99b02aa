import { randomUUID } from 'node:crypto';
import { wagePaymentEvent } from '@concord/testing';
import { type RiskEngineTestApp, startRiskEngineTestApp } from '../../test/risk-engine-test-app';

/** The region roll-up and the enterprise forecast, read over HTTP (issue 4, items 5 and 7). */
describe('region roll-up and forecast (integration)', () => {
  const [county, streetA, streetB, communityA, communityB] = Array.from({ length: 5 }, () => randomUUID());
  // Two enterprises in street A (one ORANGE, one GREEN), one BLUE in street B.
  const orange = randomUUID();
  const green = randomUUID();
  const blue = randomUUID();
  let engine: RiskEngineTestApp;
  let token: string;

  beforeAll(async () => {
    engine = await startRiskEngineTestApp('risk_rollup_t');
    token = engine.token(['admin']);
    const sql = engine.dataSource;
    for (const [id, path] of [[orange, [county, streetA, communityA]], [green, [county, streetA, communityA]], [blue, [county, streetB, communityB]]] as const) {
      await sql.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, 'E', $2, $3, $4, 'manufacturing', 100, $5)`,
        [id, `code-${id}`, path[2], path, randomUUID()],
      );
    }
    const day = new Date('2026-10-20T02:00:00Z');
    await engine.score(
      wagePaymentEvent({ enterpriseId: orange, headcount: 100, workersUnpaid: 12, daysLate: 35 }, day),
      wagePaymentEvent({ enterpriseId: green, headcount: 100, workersUnpaid: 0, daysLate: 0 }, day),
      wagePaymentEvent({ enterpriseId: blue, headcount: 100, workersUnpaid: 3, daysLate: 20 }, day),
    );
  });

  afterAll(async () => {
    await engine?.close();
  });

  async function get(path: string): Promise<{ status: number; body: Record<string, unknown> }> {
    const response = await fetch(`${engine.baseUrl}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: response.status, body: (await response.json()) as Record<string, unknown> };
  }

  const counts = (levels: Partial<Record<string, number>>) => ({ GREEN: 0, BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 0, ...levels });

  it('counts current levels per region and per child region, with a daily trend', async () => {
    const { status, body } = await get(`/v1/regions/${county}/risk?days=366`);
    expect(status).toBe(200);
    expect(body.counts).toEqual(counts({ ORANGE: 1, GREEN: 1, BLUE: 1 }));
    expect(body.children).toEqual(
      [
        { regionId: streetA, counts: counts({ ORANGE: 1, GREEN: 1 }) },
        { regionId: streetB, counts: counts({ BLUE: 1 }) },
      ].sort((a, b) => a.regionId.localeCompare(b.regionId)),
    );
    const trend = body.trend as { day: string; counts: Record<string, number> }[];
    expect(trend.find((point) => point.day === '2026-10-19')).toBeUndefined();
    expect(trend.find((point) => point.day === '2026-10-20')?.counts).toEqual(counts({ ORANGE: 1, GREEN: 1, BLUE: 1 }));

    const street = await get(`/v1/regions/${streetB}/risk`);
    expect(street.body.counts).toEqual(counts({ BLUE: 1 }));
    expect(street.body.children).toEqual([{ regionId: communityB, counts: counts({ BLUE: 1 }) }]);
  });

  it('projects an enterprise 30 and 60 days ahead, and answers 404 for one without events', async () => {
    const { status, body } = await get(`/v1/enterprises/${blue}/forecast`);
    expect(status).toBe(200);
    const forecasts = body.forecasts as { horizonDays: number; level: string; drivers: { ruleId: string }[] }[];
    expect(forecasts.map((forecast) => forecast.horizonDays)).toEqual([30, 60]);
    // Still unpaid: more than 30 days late by then, W1's YELLOW floor.
    expect(forecasts.every((forecast) => ['YELLOW', 'ORANGE', 'RED'].includes(forecast.level))).toBe(true);
    expect(forecasts[0].drivers[0].ruleId).toBe('W1');
    expect((await get(`/v1/enterprises/${randomUUID()}/forecast`)).status).toBe(404);
  });
});
