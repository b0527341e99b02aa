import type { HolidayArrangement, HolidayYear } from './holiday-year.model';

function holiday(name: string, day: string): HolidayArrangement {
  return { name, firstDayOff: day, lastDayOff: day, makeUpWorkdays: [] };
}

const SOURCE = 'Legal public holidays, 5 U.S.C. 6103(a); observed dates per OPM (6103(b), Executive Order 11582)';

/**
 * US federal holidays as observed: a holiday on a Saturday is observed the Friday before, on a
 * Sunday the Monday after. Observed dates are listed under the year they fall in, so New Year's
 * Day 2028 (a Saturday) appears as 2027-12-31. One-off closures by executive order (such as the
 * national day of mourning on 2025-01-09) are not legal public holidays and are left out.
 * States add their own holidays; this is the federal floor only.
 */
export const US_FEDERAL_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    source: SOURCE,
    holidays: [
      holiday("New Year's Day", '2024-01-01'),
      holiday('Birthday of Martin Luther King, Jr.', '2024-01-15'),
      holiday("Washington's Birthday", '2024-02-19'),
      holiday('Memorial Day', '2024-05-27'),
      holiday('Juneteenth National Independence Day', '2024-06-19'),
      holiday('Independence Day', '2024-07-04'),
      holiday('Labor Day', '2024-09-02'),
      holiday('Columbus Day', '2024-10-14'),
      holiday('Veterans Day', '2024-11-11'),
      holiday('Thanksgiving Day', '2024-11-28'),
      holiday('Christmas Day', '2024-12-25'),
    ],
  },
  {
    year: 2025,
    source: SOURCE,
    holidays: [
      holiday("New Year's Day", '2025-01-01'),
      holiday('Birthday of Martin Luther King, Jr.', '2025-01-20'),
      holiday("Washington's Birthday", '2025-02-17'),
      holiday('Memorial Day', '2025-05-26'),
      holiday('Juneteenth National Independence Day', '2025-06-19'),
      holiday('Independence Day', '2025-07-04'),
      holiday('Labor Day', '2025-09-01'),
      holiday('Columbus Day', '2025-10-13'),
      holiday('Veterans Day', '2025-11-11'),
      holiday('Thanksgiving Day', '2025-11-27'),
      holiday('Christmas Day', '2025-12-25'),
    ],
  },
  {
    year: 2026,
    source: SOURCE,
    holidays: [
      holiday("New Year's Day", '2026-01-01'),
      holiday('Birthday of Martin Luther King, Jr.', '2026-01-19'),
      holiday("Washington's Birthday", '2026-02-16'),
      holiday('Memorial Day', '2026-05-25'),
      holiday('Juneteenth National Independence Day', '2026-06-19'),
      holiday('Independence Day (observed; July 4 is a Saturday)', '2026-07-03'),
      holiday('Labor Day', '2026-09-07'),
      holiday('Columbus Day', '2026-10-12'),
      holiday('Veterans Day', '2026-11-11'),
      holiday('Thanksgiving Day', '2026-11-26'),
      holiday('Christmas Day', '2026-12-25'),
    ],
  },
  {
    year: 2027,
    source: SOURCE,
    holidays: [
      holiday("New Year's Day", '2027-01-01'),
      holiday('Birthday of Martin Luther King, Jr.', '2027-01-18'),
      holiday("Washington's Birthday", '2027-02-15'),
      holiday('Memorial Day', '2027-05-31'),
      holiday('Juneteenth National Independence Day (observed; June 19 is a Saturday)', '2027-06-18'),
      holiday('Independence Day (observed; July 4 is a Sunday)', '2027-07-05'),
      holiday('Labor Day', '2027-09-06'),
      holiday('Columbus Day', '2027-10-11'),
      holiday('Veterans Day', '2027-11-11'),
      holiday('Thanksgiving Day', '2027-11-25'),
      holiday('Christmas Day (observed; December 25 is a Saturday)', '2027-12-24'),
      holiday("New Year's Day 2028 (observed; January 1, 2028 is a Saturday)", '2027-12-31'),
    ],
  },
];
