// Date rules for extract: month and weekday names, timezone abbreviations and the labels that
// precede a dateline. `dates.ts` reads these; no other file holds a date word list or offset.

/** Month names and abbreviations (lower case, no trailing dot) → month number 1-12. */
export const MONTH_NUMBER_BY_NAME: Readonly<Record<string, number>> = {
  january: 1, jan: 1,
  february: 2, feb: 2,
  march: 3, mar: 3,
  april: 4, apr: 4,
  may: 5,
  june: 6, jun: 6,
  july: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, // "Sept." is AP style
  october: 10, oct: 10,
  november: 11, nov: 11,
  december: 12, dec: 12,
};

/** Weekday names and abbreviations (lower case, no trailing dot) → 0 = Sunday … 6 = Saturday. */
export const WEEKDAY_NUMBER_BY_NAME: Readonly<Record<string, number>> = {
  sunday: 0, sun: 0,
  monday: 1, mon: 1,
  tuesday: 2, tue: 2, tues: 2,
  wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5,
  saturday: 6, sat: 6,
};

/**
 * Timezone abbreviations with one unambiguous offset in English-language news. IST (India,
 * Ireland, Israel) is left out on purpose: it has three readings. CST is read as US Central
 * because US outlets are where English datelines use it.
 */
export const FIXED_OFFSET_BY_TIMEZONE: Readonly<Record<string, string>> = {
  UTC: '+00:00', GMT: '+00:00', Z: '+00:00', UT: '+00:00',
  BST: '+01:00', // British Summer Time: "Friday 25 October 2024 05:30 BST"
  WET: '+00:00', WEST: '+01:00',
  CET: '+01:00', CEST: '+02:00',
  EET: '+02:00', EEST: '+03:00',
  MSK: '+03:00',
  EST: '-05:00', EDT: '-04:00',
  CST: '-06:00', CDT: '-05:00',
  MST: '-07:00', MDT: '-06:00',
  PST: '-08:00', PDT: '-07:00',
  AKST: '-09:00', AKDT: '-08:00',
  HST: '-10:00',
  KST: '+09:00', JST: '+09:00',
  HKT: '+08:00', SGT: '+08:00', AWST: '+08:00',
  ACST: '+09:30', ACDT: '+10:30',
  AEST: '+10:00', AEDT: '+11:00',
  NZST: '+12:00', NZDT: '+13:00',
};

/**
 * US zone names written without S/D ("5:30 pm ET"): the offset depends on whether US daylight
 * saving was in force on that date (second Sunday of March to first Sunday of November).
 */
export const US_ZONE_OFFSET_HOURS: Readonly<Record<string, { standard: number; daylight: number }>> = {
  ET: { standard: -5, daylight: -4 },
  CT: { standard: -6, daylight: -5 },
  MT: { standard: -7, daylight: -6 },
  PT: { standard: -8, daylight: -7 },
};

/** US daylight saving: starts on this Sunday of March, ends on this Sunday of November (Energy Policy Act 2005). */
export const US_DST_START_MARCH_SUNDAY_ORDINAL = 2;
export const US_DST_END_NOVEMBER_SUNDAY_ORDINAL = 1;

/**
 * Labels a page writes before a date ("Updated: 2024/10/23 14:00", "Published on 23 Oct 2024").
 * parseDateString strips one of these from the front before reading the date.
 */
export const DATE_LABEL_PREFIX = /^(?:(?:last\s+|first\s+)?(?:updated|published|posted|modified|created|date[d]?)(?:\s+(?:on|at))?\s*:?\s*)/i;

/** Two-digit years are refused: "03/04/24" has too many readings to be evidence. */
export const MIN_YEAR_DIGITS = 4;

/** Years outside this range are not news publication dates (guards "1/1/0001" and typos like 20245). */
export const MIN_PUBLICATION_YEAR = 1800;
export const MAX_PUBLICATION_YEAR = 2200;
