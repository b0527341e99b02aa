import { quietUntil } from './quiet-hours';

const overnight = { start: '22:00', end: '07:00', timeZone: 'Asia/Shanghai' };

describe('quietUntil', () => {
  it('is null outside the quiet period and without quiet hours', () => {
    expect(quietUntil(new Date('2026-03-02T04:00:00Z'), overnight)).toBeNull(); // 12:00 in Shanghai
    expect(quietUntil(new Date('2026-03-02T04:00:00Z'), null)).toBeNull();
    expect(quietUntil(new Date('2026-03-02T04:00:00Z'), { ...overnight, end: '22:00' })).toBeNull();
  });

  it('ends an overnight period at its end on the next local morning, both sides of midnight', () => {
    expect(quietUntil(new Date('2026-03-02T15:30:00Z'), overnight)).toEqual(new Date('2026-03-02T23:00:00Z')); // 23:30 → 07:00
    expect(quietUntil(new Date('2026-03-02T18:00:00Z'), overnight)).toEqual(new Date('2026-03-02T23:00:00Z')); // 02:00 → 07:00
  });

  it('treats the start as quiet and the end as not', () => {
    expect(quietUntil(new Date('2026-03-02T14:00:00Z'), overnight)).toEqual(new Date('2026-03-02T23:00:00Z')); // 22:00 sharp
    expect(quietUntil(new Date('2026-03-02T23:00:00Z'), overnight)).toBeNull(); // 07:00 sharp
  });

  it('handles a daytime period and another time zone', () => {
    const lunch = { start: '12:00', end: '13:30', timeZone: 'Europe/Berlin' };
    expect(quietUntil(new Date('2026-07-01T10:15:00Z'), lunch)).toEqual(new Date('2026-07-01T11:30:00Z')); // 12:15 CEST → 13:30
    expect(quietUntil(new Date('2026-07-01T12:00:00Z'), lunch)).toBeNull();
  });
});
