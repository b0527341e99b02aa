/**
 * One holiday as an official arrangement states it: a run of consecutive days off and the weekend
 * days declared working days to make up for it (China's 调休; empty elsewhere).
 */
export interface HolidayArrangement {
  name: string;
  /** 'YYYY-MM-DD', inclusive. */
  firstDayOff: string;
  /** 'YYYY-MM-DD', inclusive; equal to `firstDayOff` for a one-day holiday. */
  lastDayOff: string;
  makeUpWorkdays: readonly string[];
}

/** The official holiday arrangement of one calendar year, as one published source states it. */
export interface HolidayYear {
  year: number;
  source: string;
  holidays: readonly HolidayArrangement[];
}
