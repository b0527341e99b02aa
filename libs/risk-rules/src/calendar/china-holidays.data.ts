import type { HolidayYear } from './holiday-year.model';

/**
 * China's public holidays and make-up workdays, one State Council General Office notice per year.
 * The arrangement is political, not computable: the notice moves weekend days to build long
 * breaks, so each year is copied from its notice. 2027 is missing on purpose: its notice was not
 * available when this table was written (they appear around November of the year before), and
 * guessing would silently shift every deadline; the calendar refuses 2027 until it is added here.
 *
 * Days off include the weekend days inside a break; a make-up workday is always a Saturday or
 * Sunday. Statutory holidays are 11 days a year until 2024 and 13 from 2025 (New Year's Eve of the
 * lunar calendar and May 2 added by the 2024 amendment of 全国年节及纪念日放假办法), so each year
 * has exactly that many fewer working days than weekdays; the spec checks it.
 */
export const CHINA_HOLIDAY_YEARS: readonly HolidayYear[] = [
  {
    year: 2024,
    source: '国务院办公厅关于2024年部分节假日安排的通知 (国办发明电〔2023〕7号, 2023-10-25)',
    holidays: [
      { name: "New Year's Day", firstDayOff: '2024-01-01', lastDayOff: '2024-01-01', makeUpWorkdays: [] },
      // The notice only encourages a day off on Lunar New Year's Eve (Feb 9); it stays a working day.
      {
        name: 'Spring Festival',
        firstDayOff: '2024-02-10',
        lastDayOff: '2024-02-17',
        makeUpWorkdays: ['2024-02-04', '2024-02-18'],
      },
      { name: 'Qingming', firstDayOff: '2024-04-04', lastDayOff: '2024-04-06', makeUpWorkdays: ['2024-04-07'] },
      {
        name: 'Labour Day',
        firstDayOff: '2024-05-01',
        lastDayOff: '2024-05-05',
        makeUpWorkdays: ['2024-04-28', '2024-05-11'],
      },
      { name: 'Dragon Boat', firstDayOff: '2024-06-10', lastDayOff: '2024-06-10', makeUpWorkdays: [] },
      { name: 'Mid-Autumn', firstDayOff: '2024-09-15', lastDayOff: '2024-09-17', makeUpWorkdays: ['2024-09-14'] },
      {
        name: 'National Day',
        firstDayOff: '2024-10-01',
        lastDayOff: '2024-10-07',
        makeUpWorkdays: ['2024-09-29', '2024-10-12'],
      },
    ],
  },
  {
    year: 2025,
    source: '国务院办公厅关于2025年部分节假日安排的通知 (国办发明电〔2024〕12号, 2024-11-12)',
    holidays: [
      { name: "New Year's Day", firstDayOff: '2025-01-01', lastDayOff: '2025-01-01', makeUpWorkdays: [] },
      {
        name: 'Spring Festival',
        firstDayOff: '2025-01-28',
        lastDayOff: '2025-02-04',
        makeUpWorkdays: ['2025-01-26', '2025-02-08'],
      },
      { name: 'Qingming', firstDayOff: '2025-04-04', lastDayOff: '2025-04-06', makeUpWorkdays: [] },
      { name: 'Labour Day', firstDayOff: '2025-05-01', lastDayOff: '2025-05-05', makeUpWorkdays: ['2025-04-27'] },
      { name: 'Dragon Boat', firstDayOff: '2025-05-31', lastDayOff: '2025-06-02', makeUpWorkdays: [] },
      // Mid-Autumn (Oct 6) fell inside the National Day break; the notice joins them.
      {
        name: 'National Day and Mid-Autumn',
        firstDayOff: '2025-10-01',
        lastDayOff: '2025-10-08',
        makeUpWorkdays: ['2025-09-28', '2025-10-11'],
      },
    ],
  },
  {
    year: 2026,
    source: '国务院办公厅关于2026年部分节假日安排的通知 (published 2025-11-04)',
    holidays: [
      { name: "New Year's Day", firstDayOff: '2026-01-01', lastDayOff: '2026-01-03', makeUpWorkdays: ['2026-01-04'] },
      {
        name: 'Spring Festival',
        firstDayOff: '2026-02-15',
        lastDayOff: '2026-02-23',
        makeUpWorkdays: ['2026-02-14', '2026-02-28'],
      },
      { name: 'Qingming', firstDayOff: '2026-04-04', lastDayOff: '2026-04-06', makeUpWorkdays: [] },
      { name: 'Labour Day', firstDayOff: '2026-05-01', lastDayOff: '2026-05-05', makeUpWorkdays: ['2026-05-09'] },
      { name: 'Dragon Boat', firstDayOff: '2026-06-19', lastDayOff: '2026-06-21', makeUpWorkdays: [] },
      { name: 'Mid-Autumn', firstDayOff: '2026-09-25', lastDayOff: '2026-09-27', makeUpWorkdays: [] },
      {
        name: 'National Day',
        firstDayOff: '2026-10-01',
        lastDayOff: '2026-10-07',
        makeUpWorkdays: ['2026-09-20', '2026-10-10'],
      },
    ],
  },
];
