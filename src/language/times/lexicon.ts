// The rules module for time expressions: every word list and threshold the finder and resolver
// use, grouped by purpose, each with the reason or case behind it. Part of the `language` stage.
// Words are lower case; the grammar decides where capitals are required.

// ---- Calendar names -------------------------------------------------------------------------

/** Month names → month number. Full names may stand alone (with a licence, see below). */
export const MONTH_NAMES: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['february', 2], ['march', 3], ['april', 4], ['may', 5], ['june', 6],
  ['july', 7], ['august', 8], ['september', 9], ['october', 10], ['november', 11], ['december', 12],
]);

/** Abbreviations, accepted only beside a day or a year ("23 Oct", "Sept 2004"), never alone: "Mar"/"Jun" are words and names too. */
export const MONTH_ABBREVIATIONS: ReadonlyMap<string, number> = new Map([
  ['jan', 1], ['feb', 2], ['mar', 3], ['apr', 4], ['jun', 6], ['jul', 7], ['aug', 8],
  ['sep', 9], ['sept', 9], ['oct', 10], ['nov', 11], ['dec', 12],
]);

// A bare full month name ("in May") needs a temporal preposition, modifier or relation word before
// it, never just a capital: "May" the modal verb, "March" the verb, "Theresa May" (see grammar.ts).

/** Weekday names → ISO weekday (Monday 1 … Sunday 7). No abbreviations: "Sun" is a name part ("Choi Sun-mi"), "Wed"/"Sat" are words. */
export const WEEKDAY_NAMES: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Parts of a day after a weekday or "this": "on Wednesday evening" is a time (gold 004 L4). */
export const DAY_PARTS: readonly string[] = ['morning', 'afternoon', 'evening', 'night', 'lunchtime', 'overnight'];

/** Deictic day words → offset in days from the anchor. Lower case only: "the Today programme" is a name. */
export const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([
  ['yesterday', -1], ['today', 0], ['tonight', 0], ['tomorrow', 1],
]);

/** Time-zone abbreviations after a clock time in a dateline ("05:30 BST"). */
export const TIME_ZONES: readonly string[] = [
  'bst', 'gmt', 'utc', 'cet', 'cest', 'eet', 'eest', 'est', 'edt', 'cst', 'cdt', 'pst', 'pdt', 'et', 'pt', 'kst', 'jst', 'msk', 'ist', 'aest',
];

/** Clock suffixes: "3pm", "10.30 am". */
export const CLOCK_SUFFIXES: readonly string[] = ['am', 'pm', 'a.m.', 'p.m.'];

/** Written-out ordinals for quarters: "the fourth quarter". Not "last": "the last quarter" means the latest one, whichever it was. */
export const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['final', 4],
]);

// ---- Units and counts -----------------------------------------------------------------------

/** Calendar units of durations and relative expressions, singular and plural → unit. */
export const TIME_UNITS: ReadonlyMap<string, TimeUnit> = new Map([
  ['day', 'day'], ['days', 'day'], ['week', 'week'], ['weeks', 'week'], ['fortnight', 'fortnight'], ['fortnights', 'fortnight'],
  ['month', 'month'], ['months', 'month'], ['year', 'year'], ['years', 'year'], ['decade', 'decade'], ['decades', 'decade'],
  ['hour', 'hour'], ['hours', 'hour'], ['minute', 'minute'], ['minutes', 'minute'], ['century', 'century'], ['centuries', 'century'],
]);
export type TimeUnit = 'minute' | 'hour' | 'day' | 'week' | 'fortnight' | 'month' | 'year' | 'decade' | 'century';

/** Number words for durations and "N weeks later"; null means "some unstated number" (still a duration). */
export const COUNT_WORDS: ReadonlyMap<string, number | null> = new Map([
  ['a', 1], ['an', 1], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['fifteen', 15], ['eighteen', 18], ['twenty', 20],
  ['thirty', 30], ['forty', 40], ['fifty', 50], ['hundred', 100],
  ['several', null], ['few', null], ['many', null], ['some', null], ['couple', null],
]);

/** "a"/"an" count only after a preposition ("for a year"); elsewhere "£5bn a year" is a rate, not a duration. */
export const INDEFINITE_ARTICLES: readonly string[] = ['a', 'an'];

/** Approximation words before a count: "nearly three years", "over two years ago". */
export const APPROXIMATORS: readonly string[] = ['nearly', 'almost', 'about', 'around', 'roughly', 'some', 'over', 'under', 'just', 'approximately'];
/** Two-word approximators, as token pairs. */
export const APPROXIMATOR_PAIRS: readonly (readonly [string, string])[] = [['more', 'than'], ['less', 'than'], ['at', 'least'], ['up', 'to']];

/** A noun allowed after "N years of": "After nearly three years of war" (gold 004 L15) keeps it in the surface. */
export const DURATION_OF_NOUNS: readonly string[] = ['war', 'fighting', 'conflict', 'talks', 'negotiations', 'rule', 'occupation', 'marriage', 'service', 'growth', 'decline', 'austerity', 'peace', 'sanctions', 'research', 'work', 'delays', 'silence', 'training'];

// ---- Prepositions and relation words --------------------------------------------------------

/** Temporal prepositions kept in the surface (gold: "on Wednesday", "As of Wednesday", "since August 2023"). */
export const POINT_PREPOSITIONS: readonly string[] = ['on', 'in', 'at', 'during', 'over', 'as of', 'from', 'between', 'through', 'throughout'];
/** "by" and "until" name an end point (gold 000 L51 "by December" is a deadline). */
export const DEADLINE_PREPOSITIONS: readonly string[] = ['by', 'until', 'till', 'before the end of'];

/**
 * Words that license a bare month or a bare year without being part of the surface: "before March"
 * is a time expression about March, but "before" clauses are not annotated (gold README).
 */
export const LICENSING_WORDS_OUTSIDE_SURFACE: readonly string[] = ['before', 'after', 'of', 'to', 'and', 'or', 'than', 'late', 'early', 'around', 'about', 'for', 'last', 'next', 'this'];

/** Relation words before a weekday, month or unit. Not "past"/"previous": "the previous week" counts from an event. */
export const RELATIONS: ReadonlyMap<string, Relation> = new Map([
  ['last', 'last'], ['this', 'this'], ['next', 'next'], ['coming', 'next'],
]);
export type Relation = 'last' | 'this' | 'next';

/** "earlier this month" / "later this week": the part of the current unit before or after the anchor (gold README conventions). */
export const PART_OF_UNIT_WORDS: ReadonlyMap<string, 'earlier' | 'later'> = new Map([['earlier', 'earlier'], ['later', 'later']]);

/** Words before a time expression that belong to it (gold 000 L26 "sometime earlier this month", 002 L15 "later on Wednesday afternoon"). */
export const LEADING_ADVERBS: readonly string[] = ['sometime', 'later', 'earlier', 'late', 'early'];

// ---- Modifiers --------------------------------------------------------------------------------

/** "early October", "mid-October", "late 2004". */
export const MOD_WORDS: ReadonlyMap<string, 'early' | 'mid' | 'late'> = new Map([['early', 'early'], ['mid', 'mid'], ['late', 'late']]);
/** "at the start of August" (gold 004 L7), "the end of the year". */
export const MOD_NOUNS: ReadonlyMap<string, 'start' | 'end' | 'mid'> = new Map([
  ['start', 'start'], ['beginning', 'start'], ['end', 'end'], ['middle', 'mid'], ['turn', 'start'],
]);

// ---- Tense ------------------------------------------------------------------------------------

/**
 * Future markers in the verb group before a weekday or month: "will meet on Friday" is the coming
 * Friday. Token sequences, lower case; "'ll" is tokenised as ' + ll.
 */
export const FUTURE_CUES: readonly (readonly string[])[] = [
  ['will'], ['shall'], ['ll'], ['won'], ['going', 'to'], ['due', 'to'], ['plans', 'to'], ['plan', 'to'], ['planning', 'to'],
  ['expected', 'to'], ['set', 'to'], ['scheduled', 'to'], ['is', 'to'], ['are', 'to'], ['intends', 'to'], ['aims', 'to'],
  ['hopes', 'to'], ['is', 'due'], ['are', 'due'],
];
/** How far back (in words) the verb group of an expression is looked for; gold 004 L7 "are expected to arrive on Wednesday" needs 3. */
export const FUTURE_CUE_WINDOW_WORDS = 6;
/** Tokens that end the look-back: a new clause or sentence, or a reporting verb whose own tense governs the date. */
export const CLAUSE_BREAK_TOKENS: readonly string[] = ['.', ',', ';', ':', '!', '?', '"', '“', '”', 'said', 'says', 'told', 'announced', 'added', 'stated'];

// ---- Resolution bounds -----------------------------------------------------------------------

/**
 * With no publication date, "Wednesday, October 23" gets the most recent year not after this bound
 * in which 23 October is a Wednesday (gold 004 → 2024). The year these rules were written; callers
 * should pass the retrieval year (`latestYear` option) so the rule does not age.
 */
export const DEFAULT_LATEST_YEAR = 2026;
/** How far back the weekday-year search goes: a weekday/day pair recurs within 11 years (28 for 29 February). */
export const WEEKDAY_YEAR_SEARCH_SPAN_YEARS = 28;
/**
 * A day-month with no year and no future cue is taken in the anchor's year when it falls at most
 * this many days after the anchor ("The vote is on 30 October" written on 29 October), otherwise
 * the year before; a writer rarely drops the year for a date eleven months ago.
 */
export const DAY_MONTH_FUTURE_SLACK_DAYS = 31;
/**
 * A year followed by one of these lower-case words ending in "s" is still a year ("in 2004 was");
 * any other plural noun after it makes the number a count ("in 2000 cases").
 */
export const YEAR_FOLLOWERS_NOT_COUNTED: readonly string[] = ['was', 'has', 'is', 'as', 'this', 'its', 'his', 'plus', 'unless', 'across', 'towards', 'thus', 'whereas'];
/**
 * A four-digit number after one of these approximating words and before a lower-case content
 * word is a count, not a year: "about 2000 people", "more than 1500 troops", "up to 2000 jobs".
 * "around 2000 the company…" or "about 2000 and 2001" stay years (see YEAR_AFTER_QUALIFIER_FOLLOWERS).
 */
export const COUNT_QUALIFIERS_BEFORE_NUMBER: readonly string[] = ['about', 'some', 'nearly', 'almost', 'around', 'roughly', 'approximately', 'over', 'than', 'least'];
/** Lower-case words that may follow a year after an approximating word without making it a count. */
export const YEAR_AFTER_QUALIFIER_FOLLOWERS: readonly string[] = [
  'the', 'a', 'an', 'and', 'or', 'but', 'when', 'after', 'before', 'until', 'it', 'he', 'she', 'they', 'we', 'i', 'there',
  'in', 'on', 'at', 'to', 'of', 'for', 'with', 'by', 'from', 'was', 'were', 'is', 'are', 'has', 'had', 'have', 'onwards',
];
/** Years accepted as a bare four-digit year; outside it a number is a count. 1500: BBC entertainment/020 "after his arrival in 1774". */
export const PLAUSIBLE_YEAR_MIN = 1500;
export const PLAUSIBLE_YEAR_MAX = 2099;

// ---- Vague, duration and repetition phrases ------------------------------------------------

/** Fixed vague phrases, token sequences; found with resolved null (gold 001 L79, L103; 004 L7). */
export const VAGUE_PHRASES: readonly (readonly string[])[] = [
  ['in', 'the', 'past'], ['over', 'the', 'years'], ['over', 'the', 'past', 'few', '*unit'], ['in', 'the', 'past', 'few', '*unit'],
  ['over', 'the', 'last', 'few', '*unit'], ['in', 'the', 'last', 'few', '*unit'], ['over', 'recent', '*unit'], ['in', 'recent', '*unit'],
  ['in', 'the', 'coming', '*unit'], ['over', 'the', 'coming', '*unit'], ['in', 'the', 'near', 'future'], ['in', 'the', 'future'],
  ['in', 'the', 'long', 'term'], ['in', 'the', 'short', 'term'], ['for', 'years'], ['for', 'decades'], ['for', 'months'],
  ['for', 'weeks'], ['for', 'some', 'time'], ['in', 'recent', 'times'],
  // "In the year ahead" (own BBC sport/015 L5), "in the months ahead".
  ['in', 'the', 'year', 'ahead'], ['in', 'the', '*unit', 'ahead'], ['over', 'the', 'year', 'ahead'], ['over', 'the', '*unit', 'ahead'],
];
/**
 * Units with no fixed length in the calendar: a sports season, a school or parliamentary term.
 * "four seasons ago", "the season before last" are found, as vague times (own BBC sport/179 L18, L21).
 */
export const UNCALENDARED_UNITS: ReadonlySet<string> = new Set(['season', 'seasons']);
/** "the weekend before last" (own BBC sport/179 L17), "the week before last": the one before last week's. */
export const BEFORE_LAST_UNITS: ReadonlySet<string> = new Set(['weekend', 'week', 'month', 'year']);
/** Plural units that make a vague phrase a duration rather than a vague point ("for years"). */
export const VAGUE_DURATION_STARTS: readonly string[] = ['for'];

/** Frequency adverbs; alone they are often adjectives ("the daily paper"), so they need a degree word before them or punctuation after. */
export const FREQUENCY_ADVERBS: readonly string[] = ['daily', 'weekly', 'monthly', 'annually', 'yearly', 'nightly', 'hourly'];
/** Degree words that make a frequency adverb certain: "almost daily" (gold 004 L16). */
export const FREQUENCY_DEGREE_WORDS: readonly string[] = ['almost', 'nearly', 'virtually', 'practically'];
/** "every week", "each year", "twice a day". */
export const REPETITION_QUANTIFIERS: readonly string[] = ['every', 'each'];
export const REPETITION_COUNTS: readonly string[] = ['once', 'twice', 'thrice'];

/** Durations start with one of these (or stand alone with a numeral count). */
export const DURATION_PREPOSITIONS: readonly string[] = ['for', 'over', 'after', 'within', 'in', 'during', 'throughout'];

/** "two weeks later" counts from an event in the text, not from the anchor (gold 002 L29). */
export const EVENT_RELATIVE_WORDS: readonly string[] = ['later', 'earlier', 'afterwards', 'before'];
/** "the following day", "the previous week", "the day before". */
export const EVENT_RELATIVE_ADJECTIVES: readonly string[] = ['following', 'next', 'previous', 'preceding'];

// ---- Events dated elsewhere in the text ------------------------------------------------------

/** Nouns of events whose start the text may date: "since the war began" (gold 001 L77). */
export const EVENT_NOUNS: readonly string[] = ['war', 'conflict', 'invasion', 'crisis', 'pandemic', 'outbreak', 'strike', 'occupation', 'fighting', 'uprising', 'protests', 'ceasefire', 'campaign', 'recession'];
/** Verbs saying an event started: "the war started in February 2022" (gold 001 L79). */
export const EVENT_START_VERBS: readonly string[] = ['began', 'started', 'erupted', 'broke', 'begun', 'start'];
/** "since the start of the war". */
export const EVENT_START_NOUNS: readonly string[] = ['start', 'beginning', 'outbreak', 'onset'];
/** Verbs whose own date is the start of a war or invasion: "since Putin invaded in February 2022" (gold 001 L39). */
export const INVASION_VERBS: readonly string[] = ['invaded', 'attacked', 'launched'];
/** The nouns those verbs start. */
export const INVASION_EVENT_NOUNS: readonly string[] = ['war', 'invasion', 'conflict', 'fighting', 'offensive'];
/** How many tokens may separate a start verb from "in February 2022": "invaded Ukraine in February 2022". */
export const EVENT_DATE_WINDOW_TOKENS = 4;

// ---- Names that look like times -------------------------------------------------------------

/** Titles with a weekday inside, where "on Sunday" is not a date: "told the Mail on Sunday". */
export const WEEKDAY_TITLE_HEADS: readonly string[] = ['mail', 'independent', 'scotland', 'wales', 'observer'];
