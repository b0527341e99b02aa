import { daysBetween, isoDayOf } from './calendar-day.util';

describe('calendar days', () => {
  it('counts calendar days across month ends and leap days', () => {
    expect(daysBetween('2024-02-10', '2024-03-16')).toBe(35);
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1);
    expect(daysBetween('2024-03-16', '2024-02-10')).toBe(-35);
  });

  it('refuses malformed or impossible dates', () => {
    expect(() => daysBetween('2024-02-30', '2024-03-01')).toThrow(RangeError);
    expect(() => daysBetween('2024/02/01', '2024-03-01')).toThrow(RangeError);
  });

  it('takes the UTC calendar day of an instant', () => {
    expect(isoDayOf(new Date('2024-03-16T23:59:59Z'))).toBe('2024-03-16');
    expect(() => isoDayOf(new Date('nope'))).toThrow(RangeError);
  });
});
