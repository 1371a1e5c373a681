// Every word list and threshold the quantity finder uses, grouped by purpose. The finder's code
// holds no words of its own: tuning means editing this file. Each rule names the case behind it
// (gold = /work/shared/gold/quantities.jsonl conventions; bbc = our own BBC 2005 annotations).

import type { QuantityQualifier } from '../../model/quantity.js';

// ---------------------------------------------------------------- number words

/** Spelled-out units and teens: "six North Korean soldiers", "eight other Western governments" (gold). */
export const SMALL_NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['zero', 0], ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7],
  ['eight', 8], ['nine', 9], ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13],
  ['fourteen', 14], ['fifteen', 15], ['sixteen', 16], ['seventeen', 17], ['eighteen', 18], ['nineteen', 19],
]);

/** Tens, alone or hyphenated with a unit ("twenty-five"). */
export const TENS_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50], ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90],
]);

/** Scale words after a figure: "1.2 million soldiers" (gold), "one million Ukrainians" (gold). */
export const SCALE_WORDS: ReadonlyMap<string, number> = new Map([
  ['hundred', 1e2], ['thousand', 1e3], ['million', 1e6], ['billion', 1e9], ['trillion', 1e12],
]);

/** "a dozen" = 12, "two dozen" = 24: dozen multiplies like a scale word. */
export const DOZEN_WORD = 'dozen';

/** Articles that stand for "one" before a scale word: "a million", "a dozen", "half a million". */
export const ARTICLES_AS_ONE: ReadonlySet<string> = new Set(['a', 'an']);

/** "half a million" = 500,000. */
export const HALF_WORD = 'half';

/** British "two hundred and fifty": `and` may join parts of one spelled-out number. */
export const SPELLED_NUMBER_JOINER = 'and';

/**
 * Suffixes glued to a figure that scale it: "$8bn", "£600m" (bbc), "3k". Any other glued letters
 * ("70th", "2nd", "1990s", "10am", "3G") make the token an ordinal, decade, clock time or name.
 */
export const SCALE_SUFFIXES: ReadonlyMap<string, number> = new Map([
  ['bn', 1e9], ['b', 1e9], ['tn', 1e12], ['trn', 1e12], ['mn', 1e6], ['mln', 1e6], ['m', 1e6], ['k', 1e3],
]);

/** `m`, `b` and `k` glued to a figure scale it only after a currency sign: "100m" alone is metres (bbc sport). */
export const SCALE_SUFFIXES_NEEDING_CURRENCY: ReadonlySet<string> = new Set(['m', 'b', 'k']);


// ---------------------------------------------------------------- vague amounts

/**
 * Plural scale words used as vague amounts, with the least each can mean (the `low` bound):
 * "dozens of North Koreans", "thousands of troops" (gold). "tens of"/"hundreds of" before another
 * plural multiply: "hundreds of thousands of Russian soldiers" (gold) → 200,000.
 */
export const VAGUE_PLURALS: ReadonlyMap<string, number> = new Map([
  ['dozens', 24], ['scores', 40], ['tens', 20], ['hundreds', 200], ['thousands', 2000], ['millions', 2e6], ['billions', 2e9], ['trillions', 2e12],
]);

/** A vague plural must be followed by `of` or stand after "in the" to be an amount ("scores" alone is a game score). */
export const VAGUE_PLURALS_ALONE_OK: ReadonlySet<string> = new Set(['dozens', 'hundreds', 'thousands', 'millions', 'billions']);

/** "several Russian training locations" (gold): a vague count, least value 3. */
export const VAGUE_DETERMINERS: ReadonlyMap<string, number> = new Map([['several', 3], ['numerous', 3]]);

/** "a few hundred", "several thousand": a vague multiple of a scale word (least value = factor × scale). */
export const VAGUE_SCALE_FACTORS: ReadonlyMap<string, number> = new Map([['few', 2], ['several', 3]]);

/**
 * "a number of", "an unspecified number of" (gold), "a handful of": vague amounts made of a noun
 * and `of`. The adjectives that may stand between the article and `number`:
 */
export const VAGUE_NUMBER_NOUNS: ReadonlySet<string> = new Set(['number', 'handful']);
/** "large numbers of Britain's ethnic minorities" (bbc politics 300): the plural takes an adjective and no article. */
export const VAGUE_NUMBER_PLURAL = 'numbers';
export const VAGUE_NUMBER_ADJECTIVES: ReadonlySet<string> = new Set([
  'unspecified', 'undisclosed', 'unknown', 'unconfirmed', 'large', 'small', 'growing', 'significant', 'substantial',
  'increasing', 'limited', 'record', 'huge', 'considerable', 'sizeable', 'sizable', 'certain',
]);

/** "estimated to be in the thousands" (gold 001): `in the` before a vague plural belongs to the span. */
export const IN_THE_PHRASE: readonly string[] = ['in', 'the'];

// ---------------------------------------------------------------- qualifiers

/**
 * Words before a figure that hedge it, longest first, with the normalised qualifier (gold README:
 * around→about, over→more than; 'roughly' and 'some' kept, gold 004 L9 and 000 L45).
 */
export const QUALIFIER_PHRASES: readonly (readonly [readonly string[], QuantityQualifier])[] = [
  [['no', 'fewer', 'than'], 'at least'],
  [['no', 'less', 'than'], 'at least'],
  [['a', 'minimum', 'of'], 'at least'],
  [['no', 'more', 'than'], 'at most'],
  [['a', 'maximum', 'of'], 'at most'],
  [['in', 'excess', 'of'], 'more than'],
  [['well', 'over'], 'more than'],
  [['just', 'over'], 'more than'],
  [['well', 'above'], 'more than'],
  [['just', 'under'], 'less than'],
  [['just', 'below'], 'less than'],
  [['as', 'many', 'as'], 'as many as'],
  [['as', 'much', 'as'], 'as many as'],
  [['at', 'least'], 'at least'],
  [['more', 'than'], 'more than'],
  [['upwards', 'of'], 'more than'],
  [['less', 'than'], 'less than'],
  [['fewer', 'than'], 'less than'],
  [['up', 'to'], 'up to'],
  [['at', 'most'], 'at most'],
  [['close', 'to'], 'nearly'],
  [['an', 'estimated'], 'about'],
  [['some'], 'some'],
  [['about'], 'about'],
  [['around'], 'about'],
  [['approximately'], 'about'],
  [['approx'], 'about'],
  [['circa'], 'about'],
  [['roughly'], 'roughly'],
  [['nearly'], 'nearly'],
  [['almost'], 'nearly'],
  [['over'], 'more than'],
  [['above'], 'more than'],
  [['exceeding'], 'more than'],
  [['under'], 'less than'],
  [['below'], 'less than'],
  [['exactly'], 'exact'],
  [['precisely'], 'exact'],
];

/** "3,000 or more": a trailing phrase that makes the figure a lower bound. */
export const TRAILING_AT_LEAST: readonly string[] = ['or', 'more'];

/** Qualifiers that bound a figure from below (low = N, high = null); the others, except exact/about/roughly/some, from above. */
export const LOWER_BOUND_QUALIFIERS: ReadonlySet<QuantityQualifier> = new Set(['at least', 'more than']);
export const UPPER_BOUND_QUALIFIERS: ReadonlySet<QuantityQualifier> = new Set(['less than', 'at most', 'up to', 'nearly', 'as many as']);

// ---------------------------------------------------------------- increments and totals

/** "another 1,500 soldiers", "an additional 1,500", "a further 200" (gold 000 L49, 004 L9). */
export const INCREMENT_PHRASES: readonly (readonly string[])[] = [
  ['an', 'additional'], ['a', 'further'], ['another'], ['additional'], ['further'], ['an', 'extra'], ['extra'],
];

/** "1,500 more soldiers": `more` right after the figure marks an increment. */
export const INCREMENT_AFTER_WORDS: ReadonlySet<string> = new Set(['more', 'extra']);

/** "a total of 10,000 troops" (gold 000 L51). */
export const TOTAL_PHRASES: readonly (readonly string[])[] = [['a', 'total', 'of'], ['total', 'of'], ['totalling'], ['totaling']];

/** "brings the total contingent to 3,000" (gold 004 L9): `the total` + up to this many nouns + `to`. */
export const TOTAL_TO_HEAD: readonly string[] = ['the', 'total'];
export const TOTAL_TO_MAX_NOUNS = 2;
export const TOTAL_TO_LINK = 'to';

/** "3,000 in total". */
export const TOTAL_AFTER: readonly string[] = ['in', 'total'];

/** How far back (characters) a unitless total looks for the quantity it totals (gold 004 L9: previous sentence). */
export const TOTAL_UNIT_LOOKBACK_CHARS = 400;

// ---------------------------------------------------------------- ranges and alternatives

/** "40 to 50", "between 15,000 and 20,000", "1,500 or 12,000" (gold 001 L119 disjunction). */
export const RANGE_LINKS: ReadonlySet<string> = new Set(['to', '-', '–', '—']);
export const BETWEEN_WORD = 'between';
export const BETWEEN_LINK = 'and';
export const FROM_WORD = 'from';
export const ALTERNATIVE_LINK = 'or';

/**
 * Verbs of change: after them "rose 2% to $11.1bn" and "from 5% to 7%" are two figures, not a
 * range (bbc business 001). Looked for this many words before the first figure.
 */
export const CHANGE_WORDS: ReadonlySet<string> = new Set([
  'rise', 'rises', 'rose', 'risen', 'rising', 'fall', 'falls', 'fell', 'fallen', 'falling', 'increase', 'increased',
  'increases', 'increasing', 'decrease', 'decreased', 'decreasing', 'grow', 'grew', 'grown', 'growing', 'drop',
  'dropped', 'drops', 'jump', 'jumped', 'jumps', 'climb', 'climbed', 'climbs', 'cut', 'cuts', 'reduce', 'reduced',
  'raise', 'raised', 'raising', 'slump', 'slumped', 'surge', 'surged', 'soar', 'soared', 'plunge', 'plunged',
  'slip', 'slipped', 'up', 'down', 'boost', 'boosted', 'lift', 'lifted', 'double', 'doubled', 'edged', 'fallen',
  'widened', 'narrowed', 'trimmed', 'lowered', 'upgraded', 'downgraded', 'revised', 'shrank', 'expanded',
]);
export const CHANGE_LOOKBACK_WORDS = 4;

/** Conjunctions after which a bare figure may share its neighbour's qualifier ("at least 115,000 killed and 500,000 wounded", gold 001 L75). */
export const SHARED_SCOPE_LINKS: readonly string[] = ['and', ','];

// ---------------------------------------------------------------- money, percent, measures

/** Currency signs before a figure, with the code and the unit name written in `unit`. */
export const CURRENCY_SIGNS: ReadonlyMap<string, { code: string; unit: string }> = new Map([
  ['$', { code: 'USD', unit: 'US dollars' }],
  ['£', { code: 'GBP', unit: 'pounds' }],
  ['€', { code: 'EUR', unit: 'euros' }],
  ['¥', { code: 'JPY', unit: 'yen' }],
  ['₹', { code: 'INR', unit: 'rupees' }],
  ['₽', { code: 'RUB', unit: 'roubles' }],
  ['₩', { code: 'KRW', unit: 'won' }],
]);

/** Letters glued before `$` that name another dollar: "A$5m", "US$2bn". */
export const DOLLAR_PREFIXES: ReadonlyMap<string, { code: string; unit: string }> = new Map([
  ['US', { code: 'USD', unit: 'US dollars' }],
  ['A', { code: 'AUD', unit: 'Australian dollars' }],
  ['AU', { code: 'AUD', unit: 'Australian dollars' }],
  ['C', { code: 'CAD', unit: 'Canadian dollars' }],
  ['CA', { code: 'CAD', unit: 'Canadian dollars' }],
  ['HK', { code: 'HKD', unit: 'Hong Kong dollars' }],
  ['NZ', { code: 'NZD', unit: 'New Zealand dollars' }],
  ['S', { code: 'SGD', unit: 'Singapore dollars' }],
]);

/** ISO codes written as words before a figure: "USD 5m", "EUR 300". */
export const CURRENCY_CODES_BEFORE: ReadonlyMap<string, string> = new Map([
  ['USD', 'US dollars'], ['EUR', 'euros'], ['GBP', 'pounds'], ['JPY', 'yen'], ['CNY', 'yuan'], ['RUB', 'roubles'], ['CHF', 'Swiss francs'],
]);

/** Currency nouns after a figure: "billions of dollars" → US dollars (gold 003 L38; English news means US dollars unless a demonym says otherwise). */
export const CURRENCY_WORDS: ReadonlyMap<string, { code: string; unit: string }> = new Map([
  ['dollars', { code: 'USD', unit: 'US dollars' }], ['dollar', { code: 'USD', unit: 'US dollars' }],
  ['pounds', { code: 'GBP', unit: 'pounds' }], ['sterling', { code: 'GBP', unit: 'pounds' }],
  ['euros', { code: 'EUR', unit: 'euros' }], ['euro', { code: 'EUR', unit: 'euros' }],
  ['yen', { code: 'JPY', unit: 'yen' }], ['yuan', { code: 'CNY', unit: 'yuan' }],
  ['roubles', { code: 'RUB', unit: 'roubles' }], ['rubles', { code: 'RUB', unit: 'roubles' }],
  ['rupees', { code: 'INR', unit: 'rupees' }], ['francs', { code: 'CHF', unit: 'francs' }],
  ['pence', { code: 'GBP', unit: 'pence' }], ['cents', { code: 'USD', unit: 'cents' }],
  ['hryvnias', { code: 'UAH', unit: 'hryvnias' }], ['hryvnia', { code: 'UAH', unit: 'hryvnias' }],
]);

/** Singular currency nouns that may stand before a figure, with the plural written in the unit. */
export const CURRENCY_NOUN_PLURALS: ReadonlyMap<string, string> = new Map([['dollar', 'dollars'], ['euro', 'euros'], ['pound', 'pounds'], ['rouble', 'roubles']]);

/** "76%" (bbc business 001), "27 per cent", "27 percent". */
export const PERCENT_SIGNS: ReadonlySet<string> = new Set(['%']);
export const PERCENT_PHRASES: readonly (readonly string[])[] = [['per', 'cent'], ['percent'], ['pc'], ['percentage', 'points'], ['percentage', 'point']];
export const PERCENT_UNIT = 'percent';
export const PERCENTAGE_POINTS_UNIT = 'percentage points';

/**
 * Measure units after a figure (kind 'measure'), longest phrase first, with the unit written:
 * "hundreds of square kilometres" (gold 004 L7).
 */
export const MEASURE_PHRASES: readonly (readonly [readonly string[], string])[] = [
  [['square', 'kilometres'], 'square kilometres'], [['square', 'kilometers'], 'square kilometres'],
  [['sq', 'km'], 'square kilometres'], [['square', 'miles'], 'square miles'], [['square', 'metres'], 'square metres'],
  [['square', 'meters'], 'square metres'], [['cubic', 'metres'], 'cubic metres'], [['km', '2'], 'square kilometres'],
  [['kilometres'], 'kilometres'], [['kilometers'], 'kilometres'], [['km'], 'kilometres'], [['miles'], 'miles'], [['mile'], 'miles'],
  [['metres'], 'metres'], [['meters'], 'metres'], [['m'], 'metres'], [['cm'], 'centimetres'], [['mm'], 'millimetres'],
  [['feet'], 'feet'], [['ft'], 'feet'], [['inches'], 'inches'], [['yards'], 'yards'],
  [['tonnes'], 'tonnes'], [['tons'], 'tonnes'], [['kg'], 'kilograms'], [['kilograms'], 'kilograms'], [['kilos'], 'kilograms'],
  [['grams'], 'grams'], [['lb'], 'pounds weight'], [['lbs'], 'pounds weight'], [['ounces'], 'ounces'],
  [['litres'], 'litres'], [['liters'], 'litres'], [['gallons'], 'gallons'], [['barrels'], 'barrels'],
  [['hectares'], 'hectares'], [['acres'], 'acres'], [['mph'], 'miles per hour'], [['kph'], 'kilometres per hour'],
  [['km/h'], 'kilometres per hour'], [['degrees'], 'degrees'], [['megawatts'], 'megawatts'], [['mw'], 'megawatts'],
  [['gigawatts'], 'gigawatts'], [['gw'], 'gigawatts'], [['kwh'], 'kilowatt hours'], [['mbps'], 'megabits per second'],
  [['gb'], 'gigabytes'], [['mb'], 'megabytes'], [['calories'], 'calories'], [['megatons'], 'megatons'],
];

/** Measure abbreviations glued to a figure: "100m" (bbc sport), "10km", "50kg". */
export const MEASURE_SUFFIXES: ReadonlyMap<string, string> = new Map([
  ['m', 'metres'], ['km', 'kilometres'], ['cm', 'centimetres'], ['mm', 'millimetres'], ['kg', 'kilograms'], ['g', 'grams'],
  ['ft', 'feet'], ['mph', 'miles per hour'], ['kph', 'kilometres per hour'], ['mw', 'megawatts'], ['gw', 'gigawatts'],
  ['gb', 'gigabytes'], ['mb', 'megabytes'], ['kb', 'kilobytes'], ['tb', 'terabytes'], ['mbps', 'megabits per second'],
]);

// ---------------------------------------------------------------- exclusions

/** A figure before these is a duration or an age, not a count (gold README: durations excluded; "over two years ago", gold 001 L75). */
export const TIME_UNITS: ReadonlySet<string> = new Set([
  'second', 'seconds', 'minute', 'minutes', 'min', 'mins', 'hour', 'hours', 'hr', 'hrs', 'day', 'days', 'night', 'nights',
  'week', 'weeks', 'weekend', 'weekends', 'fortnight', 'fortnights', 'month', 'months', 'year', 'years', 'yr', 'yrs',
  'decade', 'decades', 'century', 'centuries', 'millennia', 'season', 'seasons', 'term', 'terms', 'quarter', 'quarters',
]);

/** Month names and abbreviations: "3 October", "8 to 13 October", "October 23" are dates (gold). */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/** Day names: "Friday 25 October" (gold 000 L10 dateline). */
export const WEEKDAY_NAMES: ReadonlySet<string> = new Set([
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
]);

/** Day-of-month figures are at most this. */
export const MAX_DAY_OF_MONTH = 31;

/** A bare four-digit figure in this range is a year ("since 2006", gold 001 L103; "2000 and 2003 results", bbc business 001). */
export const YEAR_MIN = 1000;
export const YEAR_MAX = 2099;

/**
 * A four-digit figure after a qualifier and before a counted noun is a count ("about 2000
 * protesters"), unless one of these comes before the qualifier: "in about 1990 researchers found".
 */
export const YEAR_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'since', 'until', 'till', 'during']);

/** After a figure these mark a clock time ("05:30 BST", gold 000 L10; "10am"). */
export const CLOCK_WORDS: ReadonlySet<string> = new Set([
  'am', 'pm', 'a.m', 'p.m', 'gmt', 'bst', 'cet', 'cest', 'utc', 'est', 'edt', 'pst', 'pdt', 'hrs', 'hours', 'h', 'kst', 'msk',
]);


/** A figure right after these words is an age, a label or a rank, not a count: "aged 35", "page 3", "No 10". */
export const LABEL_WORDS_BEFORE: ReadonlySet<string> = new Set([
  'aged', 'age', 'ages', 'page', 'pages', 'section', 'article', 'chapter', 'clause', 'paragraph', 'room', 'gate', 'platform',
  'route', 'flight', 'channel', 'radio', 'level', 'grade', 'tier', 'category', 'stage', 'round', 'group', 'line', 'version',
  'number', 'no', 'nos', 'episode', 'series', 'season', 'resolution', 'highway', 'junction', 'number', 'no.', 'vol', 'volume',
  'bus', 'unit', 'block', 'apartment', 'flat', 'floor', 'ward', 'lane', 'row', 'seat', 'figure', 'table', 'step', 'phase',
  'week', 'day', 'year', 'game', 'match', 'hole', 'lap', 'rule', 'bill', 'act', 'box', 'code', 'gen', 'generation',
]);

/** A figure before these words is an age: "40 years old", "25-year-old". */
export const AGE_WORDS_AFTER: readonly (readonly string[])[] = [['years', 'old'], ['year', 'old'], ['months', 'old']];

/**
 * Words after a spelled-out "one" that make it a pronoun or idiom, not a count: "one of the
 * largest" (gold README), "one another" (gold 002 L33), "one day".
 */
export const ONE_WORDS: ReadonlySet<string> = new Set(['one']);

/** Opening and closing quotation marks: "“at least 3,000” North Korean soldiers" keeps both (gold 002 L15). */
export const OPENING_QUOTES: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '«']);
export const CLOSING_QUOTES: ReadonlySet<string> = new Set(['”', '"', '’', "'", '»']);

/** Sentence-ending marks: a unit is never looked for across them, and inference stays inside one sentence. */
export const SENTENCE_END_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** List markers: a figure first on its line followed by one of these ("1." "2)") is a marker. */
export const LIST_MARKER_FOLLOWERS: ReadonlySet<string> = new Set(['.', ')']);

// ---------------------------------------------------------------- units (counted nouns)

/**
 * Nouns news counts, singular and plural. The unit finder takes the noun phrase's head; a noun
 * here is accepted even when it does not look plural ("people", "personnel", "police").
 */
export const COUNTED_NOUNS: ReadonlySet<string> = new Set([
  'people', 'person', 'persons', 'personnel', 'staff', 'police', 'troops', 'troop', 'soldiers', 'soldier', 'forces',
  'officers', 'officer', 'civilians', 'civilian', 'residents', 'resident', 'men', 'man', 'women', 'woman', 'children',
  'child', 'adults', 'students', 'workers', 'worker', 'employees', 'jobs', 'job', 'members', 'member', 'votes', 'vote',
  'voters', 'seats', 'seat', 'casualties', 'deaths', 'victims', 'refugees', 'migrants', 'prisoners', 'prisoner',
  'hostages', 'hostage', 'detainees', 'fighters', 'fighter', 'militants', 'mercenaries', 'marines', 'sailors', 'pilots',
  'commanders', 'generals', 'leaders', 'leader', 'countries', 'country', 'nations', 'states', 'governments', 'government',
  'bases', 'base', 'sites', 'site', 'grounds', 'locations', 'camps', 'cities', 'towns', 'villages', 'containers',
  'container', 'missiles', 'missile', 'shells', 'rounds', 'rockets', 'drones', 'drone', 'tanks', 'tank', 'vehicles',
  'aircraft', 'planes', 'jets', 'helicopters', 'ships', 'vessels', 'warships', 'submarines', 'weapons', 'guns',
  'launchers', 'bombs', 'mines', 'units', 'brigades', 'battalions', 'divisions', 'companies', 'firms', 'banks',
  'shares', 'customers', 'subscribers', 'users', 'viewers', 'fans', 'players', 'games', 'goals', 'points', 'runs',
  'wickets', 'tries', 'matches', 'titles', 'medals', 'films', 'songs', 'albums', 'copies', 'books', 'homes', 'houses',
  'households', 'families', 'patients', 'doctors', 'nurses', 'teachers', 'schools', 'pupils', 'cases', 'incidents',
  'attacks', 'strikes', 'arrests', 'officials', 'diplomats', 'delegates', 'candidates', 'mps', 'peers', 'councillors',
  'seats', 'signatures', 'complaints', 'applications', 'visitors', 'tourists', 'passengers', 'flights', 'cars',
  'computers', 'phones', 'machines', 'stores', 'shops', 'branches', 'plants', 'factories', 'sanctions', 'nominations',
  'awards', 'prizes', 'episodes', 'tickets', 'barrels', 'items', 'products', 'devices', 'messages', 'emails', 'sites',
  'websites', 'pages', 'votes', 'ballots', 'groups', 'organisations', 'organizations', 'agencies', 'charities',
  'crew', 'spectators', 'athletes', 'suspects', 'defendants', 'lawyers', 'judges', 'experts', 'scientists', 'analysts',
  'investors', 'shareholders', 'partners', 'allies', 'rebels', 'insurgents', 'recruits', 'conscripts', 'volunteers',
]);

/** Plurals without an -s, accepted as heads and for unit inference: "people", "personnel". */
export const IRREGULAR_PLURALS: ReadonlySet<string> = new Set([
  'people', 'personnel', 'staff', 'police', 'crew', 'aircraft', 'men', 'women', 'children', 'cattle', 'sheep', 'livestock', 'clergy',
]);

/** Endings of plurals without an -s: "fishermen", "gunmen", "servicewomen", "townspeople". */
export const IRREGULAR_PLURAL_ENDINGS: readonly string[] = ['men', 'people'];

/** "three times as many": a multiplier, not a count. */
export const MULTIPLIER_WORDS: ReadonlySet<string> = new Set(['times', 'fold']);
/** "by a factor of 10" (bbc tech 032): a multiplier, not a count. */
export const MULTIPLIER_PHRASES_BEFORE: readonly (readonly string[])[] = [['factor', 'of']];

/** "all three are awaiting trial" (bbc sport 051): like "both" (gold README), a pronoun, not a count, when no noun follows. */
export const PRONOUN_QUANTIFIERS_BEFORE: ReadonlySet<string> = new Set(['all']);

/** "Kenteris, 31, won" (bbc sport 051), "Mrs Hassan, 59," (bbc politics 150): a small figure set off by commas after a name is an age. */
export const APPOSITION_AGE_MAX = 120;
export const APPOSITION_MARKS: ReadonlySet<string> = new Set([',']);
export const APPOSITION_CLOSERS: ReadonlySet<string> = new Set([',', '.', ';']);

/** "New Zealand (1)", "Scotland (8)" (bbc sport 400): a figure alone in brackets is a rank, seed or reference. */
export const BRACKET_OPEN = '(';
export const BRACKET_CLOSE = ')';

/** Plural-looking word endings that are not plurals ("across", "this", "bus", "analysis"). */
export const NOT_PLURAL_ENDINGS: readonly string[] = ['ss', 'us', 'is', 'ous', "'s", '’s'];

/**
 * Words that end a noun phrase (the unit never reaches past them): prepositions, determiners,
 * conjunctions, pronouns, auxiliaries. "3,000 North Korean troops were" → troops.
 */
export const NOUN_PHRASE_STOPS: ReadonlySet<string> = new Set([
  'of', 'in', 'on', 'at', 'to', 'from', 'for', 'with', 'by', 'into', 'onto', 'over', 'under', 'across', 'since', 'until',
  'during', 'after', 'before', 'about', 'around', 'through', 'against', 'between', 'among', 'near', 'per', 'like', 'as',
  'and', 'or', 'but', 'nor', 'so', 'yet', 'than', 'that', 'which', 'who', 'whom', 'whose', 'where', 'when', 'while',
  'the', 'a', 'an', 'this', 'these', 'those', 'its', 'their', 'his', 'her', 'our', 'your', 'my', 'it', 'they', 'them',
  'he', 'she', 'we', 'you', 'i', 'is', 'are', 'was', 'were', 'be', 'been', 'being', 'has', 'have', 'had', 'do', 'does',
  'did', 'will', 'would', 'can', 'could', 'should', 'may', 'might', 'must', 'shall', 'not', 'no', 'also', 'more',
  'less', 'each', 'every', 'all', 'both', 'either', 'neither', 'if', 'then', 'there', 'here', 'now', 'just', 'only',
  'up', 'down', 'out', 'off', 'away', 'back', 'still', 'even', 'too', 'very', 'said', 'says', 'say', 'including',
  'according', 'ago', 'last', 'next', 'this', 'year', 'earlier', 'later', 'already', 'yesterday', 'today', 'tomorrow',
  'whether', 'because', 'though', 'although', 'unless', 'once', 'amid', 'despite', 'via', 'toward', 'towards', 'within',
  'without', 'upon', 'beyond', 'behind', 'above', 'below', 'along', 'alongside', 'inside', 'outside', 'throughout',
]);

/**
 * Modifiers that do not belong in the unit: "three different training grounds" → training
 * grounds, "eight other Western governments" → governments (gold 000 L30, 001 L55).
 */
export const UNIT_SKIPPED_MODIFIERS: ReadonlySet<string> = new Set([
  'other', 'different', 'more', 'new', 'additional', 'extra', 'further', 'separate', 'distinct', 'individual',
  'fewer', 'remaining', 'such', 'possible', 'alleged', 'estimated', 'so-called', 'reported', 'total', 'some',
]);

/** After these, "3 of the 15 members": the figure counts the noun after the determiner (partitive). */
export const PARTITIVE_DETERMINERS: ReadonlySet<string> = new Set(['the', 'its', 'their', 'those', 'these', 'our', 'his', 'her']);

/** Before a figure, `the` belongs to the span: "the two leaders", "the 15 council members" (gold 001 L87, L105). */
export const DEFINITE_ARTICLE = 'the';

/** How many words a noun phrase may run after the figure before its head. */
export const MAX_NOUN_PHRASE_WORDS = 6;

/** Demonym plurals count people: "dozens of North Koreans" → people (gold 000 L53). Capitalised plurals with these endings: */
export const DEMONYM_PLURAL_ENDINGS: readonly string[] = ['ans', 'ese', 'is', 'ots'];
/** Demonym plurals not caught by the endings. */
export const DEMONYM_PLURALS: ReadonlySet<string> = new Set([
  'chinese', 'japanese', 'vietnamese', 'britons', 'brits', 'french', 'dutch', 'welsh', 'irish', 'scots', 'swiss', 'poles',
  'swedes', 'danes', 'finns', 'turks', 'czechs', 'slovaks', 'serbs', 'croats', 'kurds', 'arabs', 'jews', 'thais',
  'afghans', 'spaniards', 'uzbeks', 'kazakhs', 'tajiks', 'filipinos', 'greeks', 'russians', 'germans', 'americans', 'koreans',
]);
/** Capitalised plurals that are not demonyms (so stay their own unit): "3,000 Marines". */
export const CAPITALISED_NON_DEMONYMS: ReadonlySet<string> = new Set(['marines', 'democrats', 'republicans', 'conservatives', 'tories', 'mps']);
export const DEMONYM_UNIT = 'people';

/** "dozens of North Koreans and Russians": demonym plurals joined by these stay in one span (gold 001 L77). */
export const DEMONYM_COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

// ---------------------------------------------------------------- casualty units

/** After the counted noun: "six North Korean soldiers had been killed" → unit killed (gold 001 L65, 003 L30). */
export const CASUALTY_WORDS: ReadonlyMap<string, 'killed' | 'wounded'> = new Map([
  ['killed', 'killed'], ['dead', 'killed'], ['died', 'killed'], ['slain', 'killed'], ['executed', 'killed'],
  ['wounded', 'wounded'], ['injured', 'wounded'], ['hurt', 'wounded'],
]);
export const CASUALTY_BOTH_UNIT = 'killed or wounded';
/** "killed or wounded", "killed and injured": two casualty words joined by these. */
export const CASUALTY_JOINERS: ReadonlySet<string> = new Set(['or', 'and']);

/** Words that may stand between the noun and the casualty word: "were also allegedly injured". Adverbs in -ly also pass. */
export const CASUALTY_BRIDGE_WORDS: ReadonlySet<string> = new Set([
  'had', 'have', 'has', 'been', 'were', 'was', 'are', 'is', 'be', 'being', 'also', 'all', 'later', 'now', 'already',
  'since', 'either', 'reportedly', 'allegedly', 'believed', 'feared', 'thought', 'confirmed', 'to', 'seriously', 'fatally',
]);
export const CASUALTY_MAX_BRIDGE_WORDS = 4;

/** Adverb ending that may bridge noun and casualty word ("were also allegedly injured"). */
export const ADVERB_ENDING = 'ly';
