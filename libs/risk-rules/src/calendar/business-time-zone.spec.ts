import { endOfLocalDay, localDayOf, localMinutesOf, startOfLocalDay } from './business-time-zone';

describe('business time zone', () => {
  it('reads the local day of an instant', () => {
    expect(localDayOf(new Date('2025-09-25T15:59:59Z'), 'Asia/Shanghai')).toBe('2025-09-25');
    expect(localDayOf(new Date('2025-09-25T16:00:00Z'), 'Asia/Shanghai')).toBe('2025-09-26');
    expect(localDayOf(new Date('2025-03-09T04:59:59Z'), 'America/New_York')).toBe('2025-03-08');
    expect(() => localDayOf(new Date(Number.NaN), 'Asia/Shanghai')).toThrow(RangeError);
  });

  it('reads the minutes since local midnight, midnight itself as 0', () => {
    expect(localMinutesOf(new Date('2025-09-25T14:30:00Z'), 'Asia/Shanghai')).toBe(22 * 60 + 30);
    expect(localMinutesOf(new Date('2025-09-25T16:00:00Z'), 'Asia/Shanghai')).toBe(0);
    expect(localMinutesOf(new Date('2025-03-09T07:05:00Z'), 'America/New_York')).toBe(3 * 60 + 5);
  });

  it('finds local midnight, on either side of a daylight-saving change', () => {
    expect(startOfLocalDay('2025-10-01', 'Asia/Shanghai').toISOString()).toBe('2025-09-30T16:00:00.000Z');
    expect(startOfLocalDay('2025-03-09', 'America/New_York').toISOString()).toBe('2025-03-09T05:00:00.000Z');
    expect(startOfLocalDay('2025-03-10', 'America/New_York').toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect(startOfLocalDay('2025-03-30', 'Europe/Brussels').toISOString()).toBe('2025-03-29T23:00:00.000Z');
    expect(startOfLocalDay('2025-03-31', 'Europe/Brussels').toISOString()).toBe('2025-03-30T22:00:00.000Z');
    expect(startOfLocalDay('2025-10-27', 'Europe/Brussels').toISOString()).toBe('2025-10-26T23:00:00.000Z');
  });

  it('ends a day at 24:00 local time, which is 23 hours after its start on the spring-forward day', () => {
    const start = startOfLocalDay('2025-03-09', 'America/New_York');
    const end = endOfLocalDay('2025-03-09', 'America/New_York');
    expect(end.toISOString()).toBe('2025-03-10T04:00:00.000Z');
    expect((end.getTime() - start.getTime()) / 3_600_000).toBe(23);
  });
});
