import { randomUUID } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import type { StaffRole } from '@concord/auth';
import { type Level, addDays, isoDayOf } from '@concord/risk-rules';
import { TEST_JWT_SECRET } from '@concord/testing';
import { type RiskEngineTestApp, startRiskEngineTestApp } from '../../test/risk-engine-test-app';
import { LevelChanges1798200000000 } from '../migrations/1798200000000-level-changes';
import { writeAssessments } from '../scoring/risk-writes';
import type { Board } from './use-cases/get-board.use-case';

/** A board, or an error's problems. */
type BoardBody = Board & { problems?: { path: string }[] };

/**
 * GET /v1/board over HTTP on a hand-made history written through the engine's own write path
 * (writeAssessments, which records level changes), relative to today:
 *
 *   a1 (street A, manufacturing): GREEN from T-100, YELLOW T-40, ORANGE T-10 (again T-5), RED today
 *   a2 (street A, catering):      GREEN from T-200 (again T-3)
 *   b1 (street B, manufacturing): BLUE from T-60, GREEN yesterday
 *   b2 (street B, manufacturing): first assessed today, YELLOW
 *   a3 (street A): never assessed, so not on the board
 */
describe('risk board (integration)', () => {
  const today = isoDayOf(new Date());
  const day = (offset: number) => addDays(today, offset);
  const [county, streetA, streetB, communityA, communityB] = Array.from({ length: 5 }, () => randomUUID());
  const [a1, a2, a3, b1, b2] = Array.from({ length: 5 }, () => randomUUID());
  const jwt = new JwtService({ secret: TEST_JWT_SECRET });
  let engine: RiskEngineTestApp;
  let written = 0;

  const counts = (levels: Partial<Record<Level, number>>) => ({ GREEN: 0, BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 0, ...levels });

  async function assess(enterpriseId: string, onDay: string, level: Level, score: number): Promise<void> {
    written += 1;
    await engine.dataSource.transaction((manager) =>
      writeAssessments(manager, [
        {
          enterpriseId,
          triggerEventId: `board-spec-${written}`,
          score,
          band: level,
          level,
          heldBy: null,
          ruleSetId: 'default',
          ruleSetVersion: 1,
          fired: [],
          asOf: new Date(`${onDay}T00:00:00.000Z`),
          // Distinct and increasing: "changes" lists the newest first.
          scoredAt: new Date(Date.now() + written * 1000),
          historyVersion: randomUUID(),
        },
      ]),
    );
  }

  function token(claims: { roles: StaffRole[]; regionId?: string; enterpriseId?: string }): string {
    return jwt.sign({ sub: randomUUID(), roles: claims.roles, regionId: claims.regionId ?? null, enterpriseId: claims.enterpriseId ?? null }, { algorithm: 'HS256', expiresIn: 600 });
  }

  async function board(bearer: string, query = ''): Promise<{ status: number; body: BoardBody }> {
    const response = await fetch(`${engine.baseUrl}/v1/board${query}`, { headers: { authorization: `Bearer ${bearer}` } });
    return { status: response.status, body: (await response.json()) as BoardBody };
  }

  const ids = (body: Board) => body.enterprises.map((e) => e.enterpriseId);
  const trendOn = (body: Board, onDay: string) => body.trend.find((point) => point.day === onDay)?.counts;
  const admin = () => token({ roles: ['admin'] });

  beforeAll(async () => {
    engine = await startRiskEngineTestApp('risk_board_t');
    const enterprises = [
      [a1, streetA, communityA, 'manufacturing'],
      [a2, streetA, communityA, 'catering'],
      [a3, streetA, communityA, 'manufacturing'],
      [b1, streetB, communityB, 'manufacturing'],
      [b2, streetB, communityB, 'manufacturing'],
    ] as const;
    for (const [id, street, community, industry] of enterprises) {
      await engine.dataSource.query(
        `INSERT INTO directory.fixture_enterprises (enterprise_id, name, registered_code, region_id, region_path, industry, headcount, liaison_person_id)
         VALUES ($1, $2, $3, $4, $5, $6, 100, $7)`,
        [id, `Enterprise ${id.slice(0, 8)}`, `code-${id}`, community, [county, street, community], industry, randomUUID()],
      );
    }
    await assess(a2, day(-200), 'GREEN', 5);
    await assess(a1, day(-100), 'GREEN', 10);
    await assess(b1, day(-60), 'BLUE', 30);
    await assess(a1, day(-40), 'YELLOW', 45);
    await assess(a1, day(-10), 'ORANGE', 65);
    await assess(a1, day(-5), 'ORANGE', 68);
    await assess(a2, day(-3), 'GREEN', 6);
    await assess(b1, day(-1), 'GREEN', 12);
    await assess(a1, day(0), 'RED', 85);
    await assess(b2, day(0), 'YELLOW', 50);
  });

  afterAll(async () => {
    await engine?.close();
  });

  it('lists the enterprises by severity then score, with since and yesterday’s level', async () => {
    const { status, body } = await board(admin());
    expect(status).toBe(200);
    expect(body.asOf).toBe(today);
    expect(body.total).toBe(4);
    expect(body.counts).toEqual(counts({ GREEN: 2, YELLOW: 1, RED: 1 }));
    expect(body.enterprises.map((e) => [e.enterpriseId, e.level, e.score, e.since, e.previousLevel])).toEqual([
      [a1, 'RED', 85, today, 'ORANGE'],
      [b2, 'YELLOW', 50, today, null],
      // b1 turned GREEN yesterday: its level at the end of yesterday is GREEN already.
      [b1, 'GREEN', 12, day(-1), 'GREEN'],
      [a2, 'GREEN', 6, day(-200), 'GREEN'],
    ]);
    expect(body.enterprises[0]).toMatchObject({ regionId: communityA, regionPath: [county, streetA, communityA], industry: 'manufacturing', name: `Enterprise ${a1.slice(0, 8)}` });
    // No root for an administrator: one entry per county.
    expect(body.regions).toEqual([{ regionId: county, counts: counts({ GREEN: 2, YELLOW: 1, RED: 1 }) }]);
  });

  it('computes the 90-day trend from the level changes', async () => {
    const { body } = await board(admin());
    expect(body.trend).toHaveLength(90);
    expect(body.trend[0].day).toBe(day(-89));
    expect(body.trend[89].day).toBe(today);
    expect(trendOn(body, day(-89))).toEqual(counts({ GREEN: 2 }));
    expect(trendOn(body, day(-61))).toEqual(counts({ GREEN: 2 }));
    expect(trendOn(body, day(-60))).toEqual(counts({ GREEN: 2, BLUE: 1 }));
    expect(trendOn(body, day(-40))).toEqual(counts({ GREEN: 1, BLUE: 1, YELLOW: 1 }));
    expect(trendOn(body, day(-10))).toEqual(counts({ GREEN: 1, BLUE: 1, ORANGE: 1 }));
    expect(trendOn(body, day(-2))).toEqual(counts({ GREEN: 1, BLUE: 1, ORANGE: 1 }));
    expect(trendOn(body, day(-1))).toEqual(counts({ GREEN: 2, ORANGE: 1 }));
    expect(trendOn(body, today)).toEqual(body.counts);
  });

  it('lists the changes since yesterday, newest first', async () => {
    const { body } = await board(admin());
    expect(body.changes.map((c) => [c.enterpriseId, c.from, c.to])).toEqual([
      [b2, null, 'YELLOW'],
      [a1, 'ORANGE', 'RED'],
    ]);
  });

  it('narrows by region, industry and level', async () => {
    const street = await board(admin(), `?regionId=${streetB}`);
    expect(ids(street.body)).toEqual([b2, b1]);
    expect(street.body.regions).toEqual([{ regionId: communityB, counts: counts({ GREEN: 1, YELLOW: 1 }) }]);
    expect(trendOn(street.body, day(-2))).toEqual(counts({ BLUE: 1 }));

    const county_ = await board(admin(), `?regionId=${county}`);
    expect(county_.body.regions).toEqual(
      [
        { regionId: streetA, counts: counts({ GREEN: 1, RED: 1 }) },
        { regionId: streetB, counts: counts({ GREEN: 1, YELLOW: 1 }) },
      ].sort((x, y) => x.regionId.localeCompare(y.regionId)),
    );

    const catering = await board(admin(), '?industry=catering');
    expect(ids(catering.body)).toEqual([a2]);
    expect(catering.body.changes).toEqual([]);
    expect(trendOn(catering.body, day(-50))).toEqual(counts({ GREEN: 1 }));

    const green = await board(admin(), '?level=GREEN&sort=name');
    expect(green.body.total).toBe(2);
    expect(ids(green.body)).toEqual([a2, b1].sort((x, y) => `Enterprise ${x.slice(0, 8)}`.localeCompare(`Enterprise ${y.slice(0, 8)}`)));
    expect(green.body.counts).toEqual(counts({ GREEN: 2, YELLOW: 1, RED: 1 }));

    const paged = await board(admin(), '?limit=1&offset=1');
    expect(paged.body.total).toBe(4);
    expect(ids(paged.body)).toEqual([b2]);
  });

  it('keeps every caller inside their scope', async () => {
    const staffA = token({ roles: ['federation_staff'], regionId: streetA });
    const mine = await board(staffA);
    expect(mine.status).toBe(200);
    expect(ids(mine.body)).toEqual([a1, a2]);
    expect(mine.body.regions).toEqual([{ regionId: communityA, counts: counts({ GREEN: 1, RED: 1 }) }]);
    expect(mine.body.changes.map((c) => c.enterpriseId)).toEqual([a1]);
    expect(trendOn(mine.body, day(-60))).toEqual(counts({ GREEN: 2 }));
    expect((await board(staffA, `?regionId=${communityA}`)).status).toBe(200);
    expect((await board(staffA, `?regionId=${streetB}`)).status).toBe(403);
    expect((await board(staffA, `?regionId=${county}`)).status).toBe(403);
    expect((await board(staffA, `?regionId=${randomUUID()}`)).status).toBe(403);

    const staffB = token({ roles: ['federation_staff'], regionId: streetB });
    expect(ids((await board(staffB)).body)).toEqual([b2, b1]);

    const committee = token({ roles: ['committee_member'], enterpriseId: b1 });
    const own = await board(committee);
    expect(ids(own.body)).toEqual([b1]);
    expect(own.body.counts).toEqual(counts({ GREEN: 1 }));
    expect(own.body.changes).toEqual([]);
    expect((await board(committee, `?regionId=${streetB}`)).status).toBe(403);

    expect((await board(token({ roles: ['mediator'] }))).status).toBe(403);
    expect((await board(admin(), `?regionId=${streetA}`)).status).toBe(200);
  });

  it('answers 400 with the field path for a malformed query', async () => {
    const { status, body } = await board(admin(), '?level=PURPLE&limit=0');
    expect(status).toBe(400);
    expect((body.problems ?? []).map((problem) => problem.path).sort()).toEqual(['level', 'limit']);
  });

  it('backfills from score history exactly what the write path recorded', async () => {
    const read = () =>
      engine.dataSource.query<unknown[]>(`SELECT enterprise_id, to_char(day, 'YYYY-MM-DD') AS day, from_level, to_level, changed_at FROM level_changes ORDER BY id`);
    const recorded = await read();
    expect(recorded).toHaveLength(8);
    const runner = engine.dataSource.createQueryRunner();
    try {
      const migration = new LevelChanges1798200000000();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect(await read()).toEqual(recorded);
  });
});
