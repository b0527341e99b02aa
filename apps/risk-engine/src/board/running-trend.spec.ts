import { trendBackFrom } from './running-trend';

const counts = (levels: Partial<Record<string, number>>) => ({ GREEN: 0, BLUE: 0, YELLOW: 0, ORANGE: 0, RED: 0, ...levels });

describe('trendBackFrom', () => {
  it('walks the current counts back through the changes dated after each day', () => {
    const trend = trendBackFrom(
      counts({ GREEN: 1, RED: 1 }),
      [
        // 11-28: one enterprise first assessed GREEN; 11-30: the other GREEN → RED.
        { day: '2026-11-28', level: 'GREEN', n: 1 },
        { day: '2026-11-30', level: 'GREEN', n: -1 },
        { day: '2026-11-30', level: 'RED', n: 1 },
      ],
      '2026-11-30',
      4,
    );
    expect(trend).toEqual([
      { day: '2026-11-27', counts: counts({ GREEN: 1 }) },
      { day: '2026-11-28', counts: counts({ GREEN: 2 }) },
      { day: '2026-11-29', counts: counts({ GREEN: 2 }) },
      { day: '2026-11-30', counts: counts({ GREEN: 1, RED: 1 }) },
    ]);
  });

  it('leaves changes dated after today out of every day', () => {
    const trend = trendBackFrom(counts({ YELLOW: 1 }), [{ day: '2026-12-02', level: 'BLUE', n: -1 }, { day: '2026-12-02', level: 'YELLOW', n: 1 }], '2026-11-30', 1);
    expect(trend).toEqual([{ day: '2026-11-30', counts: counts({ BLUE: 1 }) }]);
  });
});
