/**
 * The first day of the lunar year (春节, 正月初一) per Gregorian year. Kept as data rather than
 * computed: the official lunar calendar (GB/T 33661-2017) starts a month on the day of the new
 * moon in Beijing time, and near midnight approximations disagree. In 2027 the new moon falls at
 * about 23:56 Beijing time on February 6, so the festival is February 6, although ICU's Chinese
 * calendar (and so `Intl` in Node) says February 7.
 */
const SPRING_FESTIVAL_DAYS: Readonly<Record<number, string>> = {
  2024: '2024-02-10',
  2025: '2025-01-29',
  2026: '2026-02-17',
  2027: '2027-02-06',
  2028: '2028-01-26',
  2029: '2029-02-13',
  2030: '2030-02-03',
};

/**
 * Chinese New Year's day of `year` ('YYYY-MM-DD'). Forecasts use it for the pre-festival pay
 * season, when wage arrears peak as migrant workers go home. RangeError for a year without data.
 */
export function springFestivalDate(year: number): string {
  const day = SPRING_FESTIVAL_DAYS[year];
  if (day === undefined) {
    throw new RangeError(`No Spring Festival date for ${year}: add it to spring-festival.ts`);
  }
  return day;
}
