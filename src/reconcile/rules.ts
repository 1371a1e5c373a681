// Every threshold and word list the reconcile stage uses, grouped by the step that reads it, each
// with the reason behind it. Tuning reconcile means editing this file only.

// ---- Copies: syndication and near-duplicates (copies.ts) -----------------------------------

/** Estimated shingle Jaccard at which two article texts are one copy: a wire story re-headlined or lightly edited stays above 0.7, two reports of one event by different writers stay under 0.3. */
export const NEAR_DUPLICATE_MIN_JACCARD = 0.7;
/** Articles shorter than this many words are never matched as copies: short texts share shingles by chance. */
export const NEAR_DUPLICATE_MIN_WORDS = 40;
/** A sentence must have at least this many words for an identical sentence elsewhere to count as copied: "He said." recurs by chance, a 10-word sentence does not. */
export const COPIED_SENTENCE_MIN_WORDS = 10;
/** Wire agencies whose credit marks an article as the agency's copy. International wires only; national media are recognised as media entities by the language stage. */
export const WIRE_AGENCIES: readonly { readonly name: string; readonly credits: readonly string[] }[] = [
  { name: 'Associated Press', credits: ['AP', 'Associated Press', 'The Associated Press'] },
  { name: 'Reuters', credits: ['Reuters'] },
  { name: 'Agence France-Presse', credits: ['AFP', 'Agence France-Presse', 'Agence France Presse'] },
  { name: 'dpa', credits: ['dpa', 'DPA'] },
  { name: 'EFE', credits: ['EFE'] },
  { name: 'ANSA', credits: ['ANSA'] },
  { name: 'Kyodo', credits: ['Kyodo'] },
  { name: 'Xinhua', credits: ['Xinhua'] },
  { name: 'UPI', credits: ['UPI'] },
  { name: 'PA Media', credits: ['PA Media', 'PA'] },
  { name: 'Bloomberg', credits: ['Bloomberg'] },
];
/** A dateline credit ("SEOUL (AP) —", "(Reuters) -") counts only this close to the start: the same "(AP)" later in a text is a photo credit left in a caption. */
export const WIRE_DATELINE_MAX_OFFSET_CHARS = 600;
/** Relay words in a claim's sentence before a media name: "told the BBC", "according to Reuters", "citing AFP". */
export const MEDIA_RELAY_CUES: readonly string[] = [
  'told',
  'told the',
  'according to',
  'according to the',
  'citing',
  'citing the',
  'cited by',
  'cited by the',
  'reported by',
  'reported by the',
  'in an interview with',
  'in an interview with the',
  'speaking to',
  'speaking to the',
  'quoted by',
  'quoted by the',
];

/** A relay's own claim line ("the Harbour Courier quoted sources as claiming X") is only a relay when it says at most this many words beyond the inner line's source, cue and content ("as", "that"); a line that says more is a statement of its own. */
export const RELAY_RECORD_MAX_EXTRA_WORDS = 3;

// ---- Proposition keys (claim-key.ts) ---------------------------------------------------------

/** A verb or noun class: which lemmas name it and how the ledger labels it. */
export interface PredicateClass {
  readonly key: string;
  readonly label: string;
  readonly lemmas: readonly string[];
}

/**
 * Predicate families by the claim content's head verb or noun. "sent / deployed / present" is one
 * family (issue 5: troops sent, deployed or in a country are one count); prepared, fighting, killed,
 * wounded and captured are separate counts because one does not imply the other.
 */
export const PREDICATE_CLASSES: readonly PredicateClass[] = [
  {
    key: 'send',
    label: 'sent / deployed / present',
    lemmas: [
      'send', 'deploy', 'dispatch', 'ship', 'transport', 'transfer', 'move', 'station', 'arrive', 'reach', 'enter',
      'cross', 'train', 'host', 'base', 'supply', 'deliver', 'provide', 'smuggle',
      'deployment', 'presence', 'arrival', 'shipment', 'involvement', 'delivery',
    ],
  },
  {
    key: 'prepare',
    label: 'prepared / mobilised',
    lemmas: ['prepare', 'mobilise', 'mobilize', 'recruit', 'ready', 'assemble', 'conscript', 'preparation', 'mobilisation', 'mobilization'],
  },
  { key: 'fight', label: 'fighting', lemmas: ['fight', 'combat', 'battle', 'assault', 'fighting'] },
  { key: 'kill', label: 'killed', lemmas: ['kill', 'die', 'dead', 'death', 'slay', 'fatality'] },
  { key: 'wound', label: 'wounded', lemmas: ['wound', 'injure', 'injury', 'wounded', 'injured'] },
  { key: 'casualty', label: 'killed or wounded', lemmas: ['casualty'] },
  { key: 'capture', label: 'captured / surrendered', lemmas: ['capture', 'surrender', 'detain', 'seize', 'prisoner', 'pow'] },
];

/** The quantity stage's casualty units map straight to a family: "six soldiers killed" is a kill count whatever the verb. */
export const CASUALTY_UNIT_CLASSES: Readonly<Record<string, string>> = {
  killed: 'kill',
  wounded: 'wound',
  'killed or wounded': 'casualty',
};

/** Object classes the family is completed with ("send:personnel"). Personnel nouns are also one unit: troops, soldiers and forces are counted together (issue 5). */
export const OBJECT_CLASSES: readonly PredicateClass[] = [
  {
    key: 'personnel',
    label: 'troops',
    lemmas: [
      'troop', 'soldier', 'force', 'forces', 'personnel', 'serviceman', 'servicemen', 'servicemember', 'fighter',
      'officer', 'infantry', 'commando', 'battalion', 'brigade', 'regiment', 'contingent', 'mercenary',
      'conscript', 'recruit', 'sailor', 'marine', 'paratrooper', 'sniper', 'army', 'military', 'troops', 'soldiers',
    ],
  },
  {
    key: 'munitions',
    label: 'weapons',
    lemmas: ['weapon', 'arm', 'arms', 'missile', 'shell', 'munition', 'munitions', 'ammunition', 'artillery', 'rocket', 'drone', 'warhead'],
  },
];
/** Units whose head noun is a personnel word merge into one unit key; other units stay their own head noun (40 missiles and 300 shells are not one count). */
export const MERGED_UNIT_OBJECT_CLASSES: readonly string[] = ['personnel'];
/** The quantity stage's unit for demonym plurals ("3,000 Vardians"). */
export const DEMONYM_PEOPLE_UNIT = 'people';
/** Demonym plurals count as personnel when the sentence is military ("a unit of about 3,000 Vardians"), else they stay people. */
export const MILITARY_CONTEXT_LEMMAS: readonly string[] = ['unit', 'military', 'army', 'troop', 'soldier', 'battalion', 'brigade', 'front', 'frontline', 'deployment', 'deploy', 'combat'];
/**
 * Words of the "sent / deployed / present" family that are evidence of deployment by themselves
 * (issue 5, BBC stories). The family's other words ("supply", "transfer", "move", "provide",
 * "host"...) are everyday business words: "the two companies transferred assets" counts companies,
 * not a deployment. With those words the family needs a counted noun of personnel or materiel;
 * otherwise the figure is a plain "number of X".
 */
export const DEPLOYMENT_EVIDENCE_LEMMAS: readonly string[] = [
  'send', 'deploy', 'dispatch', 'station', 'arrive', 'smuggle', 'deployment', 'presence', 'arrival', 'redeploy',
];
/** Object classes (OBJECT_CLASSES keys) whose counted nouns are deployed by nature: with them any word of the family, or none, means deployment. */
export const DEPLOYABLE_OBJECT_CLASSES: readonly string[] = ['personnel', 'munitions'];
/** Parts of speech an object-class word never has: "was forced to sell" (the verb "force") names no forces. Adjectives stay: "a military alliance" speaks of the military. */
export const NOT_OBJECT_WORD_POS: readonly string[] = ['VERB', 'AUX'];
/** A counted noun outside every object class ("80 bank accounts") takes an object class only from its own words or from a class word at most this many tokens after it with a contents word between ("13,000 containers of shells", "7,000 containers filled with munitions"), never from elsewhere in the claim ("80 bank accounts and that troops…"). */
export const BORROWED_OBJECT_MAX_TOKENS_AFTER = 3;
/** Words between a counted noun and what it holds: "containers of shells", "filled with munitions", "crates containing rifles". */
export const CONTENTS_LINK_WORDS: readonly string[] = ['of', 'with', 'containing', 'carrying', 'holding'];
/** Personnel words that are as often civilian ("its chief finance officer", "Yukos, its personnel and its shareholders"): they count as personnel only in a sentence with one of CIVILIAN_TOO_MILITARY_CUES. */
export const CIVILIAN_TOO_PERSONNEL_LEMMAS: readonly string[] = ['officer', 'personnel'];
/** Words that make "officer" or "personnel" military. Not "unit": "its Yugansk unit" is a subsidiary. */
export const CIVILIAN_TOO_MILITARY_CUES: readonly string[] = [
  'military', 'army', 'troop', 'soldier', 'battalion', 'brigade', 'deployment', 'deploy', 'combat', 'war', 'defence', 'defense', 'navy', 'naval',
];
/** Personnel mentioned with no verb of any class ("reports of soldiers in the region") speak of their presence. */
export const DEFAULT_PERSONNEL_PREDICATE = 'send';
/** A demonym or name this many tokens or fewer before the counted noun is whose it is ("Vardian special forces troops"). */
export const SUBJECT_MAX_TOKENS_BEFORE_NOUN = 4;
/** Entity types that can be the subject of a claim (the actor whose troops or action it is). Places and events are where or what, not who. */
export const SUBJECT_ENTITY_TYPES: readonly string[] = ['country', 'government_body', 'organisation', 'military_unit', 'person'];
/** Armies and ministries stand for their country as subjects: "Vardian Army troops" and "Vardian troops" are one count. */
export const SUBJECT_PROMOTED_TO_AFFILIATION: readonly string[] = ['military_unit', 'government_body'];
/** A country or body named right after one of these is where, not who: "sent troops to Kestria" is Vardia's act, "said at Council headquarters" is not the Council's. */
export const LOCATION_PREPOSITIONS: readonly string[] = ['to', 'into', 'in', 'inside', 'within', 'towards', 'toward', 'across', 'near', 'at'];
/** A country named right after one of these is the opponent or the ally, not who acts: "deploy to fight against Kestria", "fight alongside the Vardians" are about the deployed troops' side. */
export const COUNTERPART_PREPOSITIONS: readonly string[] = ['against', 'alongside', 'beside', 'versus'];
/** A name right after one of these verbs is the recipient, not the actor: "denied supplying Kestria with troops" is about the speaker's troops. */
export const RECIPIENT_VERB_LEMMAS: readonly string[] = ['supply', 'provide', 'arm', 'aid', 'help', 'assist', 'reinforce', 'support', 'give', 'sell', 'lend', 'furnish', 'equip'];
/** Nouns of bodies a demonym may describe ("the German exchange", "a Russian oil firm"): the body, not the country, is the subject. */
export const DEMONYM_BODY_NOUNS: readonly string[] = [
  'exchange', 'bourse', 'group', 'firm', 'company', 'bank', 'giant', 'operator', 'carrier', 'airline', 'insurer', 'lender',
  'retailer', 'maker', 'producer', 'conglomerate', 'fund', 'investor', 'tycoon', 'businessman', 'billionaire', 'owner', 'club',
  'broadcaster', 'network', 'newspaper', 'utility', 'supplier', 'rival', 'bidder', 'buyer', 'seller', 'partner', 'consortium',
];
/** Key used when nothing names whose troops or action a claim is about. */
export const UNKNOWN_SUBJECT_KEY = '?';
/** Verbs that make a figure a target, not a count ("aims to deploy 10,000 by December"). */
export const PROJECTION_LEMMAS: readonly string[] = ['aim', 'plan', 'intend', 'expect', 'project', 'forecast', 'target', 'seek', 'want'];

// ---- Negated predicates (claim-key.ts negatedFamilyOf) --------------------------------------

/**
 * A claim whose words negate a predicate ("they didn't move them to Russia", "no troops have been
 * sent") says that proposition did not happen: it is set against the proposition's assertions like
 * a denial, without being one (the speaker disputes no one's report). Lemmas of negation words.
 */
export const NEGATION_LEMMAS: readonly string[] = ['not', 'never'];
/** The determiner that negates the noun after it: "no troops have been sent". */
export const NEGATING_DETERMINER = 'no';
/** Words that may stand between a negation and its predicate: auxiliaries and adverbs ("have not yet arrived", "didn't already move"). */
export const NEGATION_GAP_POS: readonly string[] = ['AUX', 'ADV', 'PART'];
/** At most this many such words between the negation and the predicate, or between "no", its noun and the predicate. */
export const NEGATION_MAX_GAP = 3;
/** "not only", "not just": the negation adds, it does not deny. */
export const NOT_NEGATING_AFTER: readonly string[] = ['only', 'just', 'merely', 'simply', 'least'];
/** Words between "no" and the noun it negates: adjectives and names ("no North Korean troops"). */
export const NEGATED_NOUN_MODIFIER_POS: readonly string[] = ['ADJ', 'PROPN', 'NUM', 'ADV'];
/** Stances whose negated words say the thing did not happen; a warning or a demand that something not happen says nothing of what did. */
export const NEGATABLE_STANCES: readonly string[] = ['asserts', 'confirms', 'estimates'];
/**
 * A negated claim is set against each other voice's assertions of the same proposition that date
 * it as happened before the negation was said, up to this many claimants: enough for an analyst,
 * linear in claims. Assertions dated at or after the negation may tell what changed since.
 */
export const MAX_NEGATION_CLAIMANTS_RELATED = 6;
/**
 * One statement reported twice under two claimants of one voice ("the foreign ministry demanded…",
 * "Seoul demanded…"), same-statement rule: the two contents share at least this many distinctive
 * content words…
 */
export const SAME_STATEMENT_MIN_SHARED_WORDS = 2;
/** …and at least this share of the shorter content's distinctive words. */
export const SAME_STATEMENT_MIN_SHARE = 0.5;
/**
 * A word in at least this share of the proposition's claims (the subject's and the object's words:
 * "Vardian", "troops") is not distinctive: every claim of the proposition shares it. Applied from
 * SAME_STATEMENT_COMMON_MIN_CLAIMS claims on; fewer claims tell nothing about what is common.
 */
export const SAME_STATEMENT_COMMON_WORD_SHARE = 0.3;
export const SAME_STATEMENT_COMMON_MIN_CLAIMS = 6;
/** Reports that date one statement this many days apart or more are still one statement; the why says the dates differ. */
export const SAME_STATEMENT_DATES_DIFFER_DAYS = 2;
/** Claim pairs compared per pair of claimants, so a voice with many claims stays linear… */
export const SAME_STATEMENT_MAX_COMPARISONS = 400;
/** …and per proposition, so a voice heard through many claimants does too. */
export const SAME_STATEMENT_MAX_COMPARISONS_PER_PROPOSITION = 20_000;
/**
 * Predicate families whose claims judge the same reports: "casualties" (killed or wounded) covers
 * "killed" and "wounded". A claim judging one is set against the writer's doubt on the others.
 */
export const OVERLAPPING_PREDICATES: Readonly<Record<string, readonly string[]>> = {
  kill: ['casualty'],
  wound: ['casualty'],
  casualty: ['kill', 'wound'],
};
/** Stances that judge a report true or likely: set against the writer's note that it is not confirmed. */
export const JUDGING_STANCES: readonly string[] = ['asserts', 'confirms', 'estimates'];
/** Each writer-doubted report is set against the judgements of at most this many claimants. */
export const MAX_ASSESSMENT_CLAIMANTS_RELATED = 6;
// ---- Places (placements.ts) ------------------------------------------------------------------

/**
 * Prepositions that put what a claim tells somewhere ("in eastern Vardia", "to Port Tessa"): the
 * location prepositions of claim keys, less "across", which spans places rather than naming one.
 * Never "from": an origin is no location.
 */
export const PLACEMENT_PREPOSITIONS: readonly string[] = LOCATION_PREPOSITIONS.filter((p) => p !== 'across');
/** Compass words before a country that name a part of it: "eastern Vardia". */
export const COMPASS_ADJECTIVES: Readonly<Record<string, 'east' | 'west' | 'north' | 'south'>> = {
  eastern: 'east', western: 'west', northern: 'north', southern: 'south', east: 'east', west: 'west', north: 'north', south: 'south',
};
/** Words after "Vardia's" that name a part of it: "Vardia's Far East", "the country's west". */
export const COMPASS_NOUNS: Readonly<Record<string, 'east' | 'west' | 'north' | 'south'>> = { east: 'east', west: 'west', north: 'north', south: 'south' };
/** At most this many words (articles, compass words, a possessive name) between the preposition and the place. */
export const PLACEMENT_MAX_WORDS_BEFORE = 4;
/** A place lies outside "eastern X" when it is at least this many degrees west of X's population centre (and likewise for the other sides). */
export const COMPASS_MARGIN_DEGREES = 2;
/** Two named places this far apart or more are different places, not one place named twice. */
export const DIFFERENT_PLACES_MIN_KM = 400;
/** Each proposition relates the placements of at most this many pairs of claimants… */
export const MAX_PLACEMENT_RELATIONS = 6;
/** …after comparing at most this many pairs of placed claims, so a proposition with thousands of them stays cheap to rebuild. */
export const MAX_PLACEMENT_COMPARISONS = 20_000;

/** Modal words that make a claim say what could or will happen, not what did ("troops could be sent"). */
export const HYPOTHETICAL_MODALS: readonly string[] = ['could', 'may', 'might', 'would', 'will', 'should', 'can', "'ll", 'shall'];

// ---- Claimants and independence (claimant.ts, independence.ts) ------------------------------

/** Stances that say the proposition holds; set against 'denies' for a stance conflict. 'warns' and 'demands' presuppose rather than assert, 'unverified' takes no side. */
export const ASSERTING_STANCES: readonly string[] = ['asserts', 'confirms', 'alleges', 'estimates'];

// ---- Figure relations (relations.ts) ---------------------------------------------------------

/** about / roughly / some N: N ± 10 %. Reporters round to two significant figures, so "around 3,000" covers 2,700..3,300. */
export const APPROXIMATE_VALUE_TOLERANCE_RATIO = 0.1;
/** Qualifiers read as N ± tolerance. */
export const APPROXIMATE_QUALIFIERS: readonly string[] = ['about', 'roughly', 'some'];
/** Qualifiers that bound from below ("at least 3,000" allows 3,000 and more). "more than" is read inclusively: "over 3,000" and "3,000" are the same report (gold: qualifier drift, not conflict). */
export const LOWER_BOUND_QUALIFIERS: readonly string[] = ['at least', 'more than'];
/** Qualifiers that bound from above. */
export const UPPER_BOUND_QUALIFIERS: readonly string[] = ['at most', 'up to', 'less than', 'as many as'];
/** "nearly N" is N minus the tolerance up to N. */
export const NEARLY_QUALIFIERS: readonly string[] = ['nearly'];
/** Two claimants' single figures this close (a share of the larger) are one figure rounded differently: "$9.3bn" and "$9.4bn" for $9.35bn. */
export const ROUNDING_TOLERANCE = 0.015;
/** Two as-of dates this many days apart or less are the same period: one briefing is reported over two or three days. */
export const SAME_PERIOD_TOLERANCE_DAYS = 3;
/** Each figure is compared with the same-period figures of at most this many other claimants: beyond a dozen an analyst reads none of them, and it keeps relations linear in figures. */
export const MAX_OTHER_CLAIMANTS_COMPARED = 12;

// ---- Timeline (timeline.ts) -------------------------------------------------------------------

/** Time expressions that place an event in the calendar; durations, repetitions and vague times do not. */
export const EVENT_TIME_KINDS: readonly string[] = ['date', 'datetime', 'interval', 'month', 'year', 'since', 'deadline', 'time'];
/** Verbs that do not make a sentence an event ("it is", "they have"); a narrative sentence needs another verb. Reporting verbs belong to claims. */
export const NON_EVENT_VERB_LEMMAS: readonly string[] = [
  'be', 'have', 'do', 'seem', 'appear', 'remain', 'become', 'say', 'tell', 'add', 'note', 'believe', 'think',
  'know', 'publish', 'update', 'read', 'write', 'post',
];
/** Words never used to tell events apart: function words and reporting words. */
export const EVENT_STOP_LEMMAS: readonly string[] = [
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'by', 'for', 'with', 'from', 'and', 'or', 'but', 'that', 'this',
  'it', 'its', 'he', 'she', 'they', 'we', 'i', 'his', 'her', 'their', 'our', 'be', 'have', 'do', 'say', 'tell',
  'also', 'as', 'which', 'who', 'would', 'will', 'could', 'not', 'no', 'mr', 'ms', 'mrs', 'said', 'says',
];
/** Two reports are one event when their intervals overlap by at least half (day Jaccard): "on Wednesday" and "23 October" are one day, "this month" and "on Wednesday" are not one event. */
export const EVENT_MIN_INTERVAL_JACCARD = 0.5;
/** …and share at least this many content words: two different things done on one day share the date and little else. */
export const EVENT_MIN_SHARED_WORDS = 3;
/** …and their content words overlap this much (Dice): measured on invented multi-outlet stories, the same event retold scores above 0.4, two events of one day below 0.3. */
export const EVENT_MIN_WORD_DICE = 0.4;

// ---- Statement dates carried over from context (statement-dates.ts) --------------------------

/** A time in what was said that starts with one of these dates the figures in it ("As of Wednesday, 1,500 more had arrived"): the count holds as of that day. */
export const AS_OF_TIME_PREFIXES: readonly string[] = ['as of', 'as at'];
/**
 * An undated claim takes the statement date of a dated claim at most this many sentences before it
 * (or later in its own sentence) when the two share a voice: reporters date a briefing once and
 * report its next sentences undated ("On Wednesday, the bureau said … The bureau added that …"). Most
 * claims the gold dates "from context" follow the dated one in the next sentence or the one after;
 * further back the writer has usually moved on to another occasion, and a wrong date is worse than none.
 */
export const CONTEXT_DATE_MAX_SENTENCES_BACK = 2;

// ---- Disputed figures (figure-disputes.ts) ---------------------------------------------------

/** Words in what was said that point back to a figure just given: "the Russian source said the number was nowhere near that figure". */
export const FIGURE_BACK_REFERENCES: readonly string[] = [
  'that figure', 'this figure', 'the figure', 'those figures', 'these figures', 'that number', 'this number',
  'those numbers', 'these numbers', 'that estimate', 'this estimate', 'those estimates', 'that count', 'that total',
];
/** Words that say a figure is wrong. With a back-reference, the claim disputes the figure: a denial of it, whatever stance its verb gave. */
export const FIGURE_DISPUTE_WORDS: readonly string[] = [
  'nowhere near', 'not even close', 'exaggerated', 'exaggeration', 'inflated', 'overstated', 'understated', 'far fewer',
  'far lower', 'far higher', 'far more', 'much lower', 'much higher', 'much smaller', 'much larger', 'inaccurate',
  'not accurate', 'wrong', 'untrue', 'false', 'baseless', 'unfounded',
];
/** The disputed figure is in the disputing claim's sentence or at most this many sentences before it. */
export const FIGURE_DISPUTE_MAX_SENTENCES_BACK = 1;

// ---- What a money, percent or unit-less figure measures (measured-thing.ts) -----------------

/**
 * Money, percentages and bare numbers say nothing of what they measure by their unit: a £1.3bn bid,
 * a fund's £350m stake and a market's £1.4 trillion turnover are all "GBP" (issue 5, BBC Deutsche
 * Boerse story). They are keyed by the noun they measure, read from the words around the figure.
 */
/** Words between a noun and the figure that give the noun's amount: "a stake worth £350m", "profits of 120.7m euros", "a fine totalling $5m". */
export const MEASURE_LINK_WORDS: readonly string[] = ['of', 'worth', 'totalling', 'totaling', 'costing'];
/** Verbs that link a noun to its amount with "at" or "to": "shares valued at £2bn", "costs amounting to $5m". */
export const MEASURE_LINK_VERBS: readonly string[] = ['value', 'price', 'estimate', 'put', 'amount', 'total', 'peg', 'set', 'cap', 'fix'];
/** Verbs of change: "profits rose 27%" measures the change of profits, "rose 27% to 120.7m euros" the profits themselves. */
export const CHANGE_VERB_LEMMAS: readonly string[] = [
  'rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'climb', 'grow', 'gain', 'slip', 'slide', 'surge', 'soar',
  'plunge', 'tumble', 'decline', 'shrink', 'sink', 'dip', 'rocket', 'slump', 'ease', 'advance',
  // Past forms too, for tokens the tagger left unlemmatised.
  'fell', 'rose',
];
/** Verbs that change their object by a figure: "boost its dividend by 27%" measures the change of the dividend. */
export const TRANSITIVE_CHANGE_VERB_LEMMAS: readonly string[] = ['raise', 'boost', 'lift', 'cut', 'reduce', 'increase', 'lower', 'trim', 'slash', 'hike', 'double', 'expand', 'decrease'];
/** Adverbs that state a change after the verb "be": "sales were up 5%". */
export const CHANGE_ADVERBS: readonly string[] = ['up', 'down'];
/** Nouns of change: "a 27% rise in profits" measures the change of profits. */
export const CHANGE_NOUN_LEMMAS: readonly string[] = ['rise', 'fall', 'increase', 'decrease', 'drop', 'jump', 'gain', 'growth', 'decline', 'cut', 'reduction', 'slump', 'surge', 'hike'];
/** Nouns that only say "an amount" ("a total of $27bn in back taxes"): what they measure is the noun after "in", "for" or "of", if any. */
export const GENERIC_MEASURE_NOUNS: readonly string[] = [
  'total', 'sum', 'amount', 'figure', 'value', 'level', 'maximum', 'minimum', 'average', 'estimate', 'record', 'high',
  'low', 'excess', 'region', 'tune', 'order', 'number', 'some', 'most', 'all', 'part', 'much', 'many', 'lot', 'half', 'third', 'quarter',
];
/** Nouns never taken as what a figure measures: times, units and currency words ("£1.3bn ($2.5bn) last year"). */
export const NOT_MEASURED_NOUNS: readonly string[] = [
  'year', 'month', 'week', 'day', 'time', 'yesterday', 'today', 'tomorrow', 'decade', 'period', 'hour', 'minute',
  'pound', 'dollar', 'euro', 'cent', 'pence', 'penny', 'yen', 'rouble', 'ruble', 'percent', 'per', 'bn', 'm', 'billion',
  'million', 'trillion', 'thousand', 'point', 'basis', 'mr', 'ms', 'mrs', 'one', 'ones',
];
/** Verbs whose object is never what the figure measures: reporting, being and having ("said $5m", "is $5m"). */
export const NOT_MEASURING_VERB_LEMMAS: readonly string[] = ['be', 'have', 'say', 'tell', 'add', 'note', 'report', 'claim', 'believe', 'think', 'show', 'reach', 'hit', 'see', 'expect', 'forecast', 'predict'];
/** A subject noun of a change verb is looked for at most this many tokens before it ("Deutsche Boerse's profits for the year rose 27%"). */
export const CHANGE_SUBJECT_MAX_TOKENS_BEFORE = 6;
/** A figure in brackets right after another ("£1.3bn ($2.5bn)") restates it in another unit: it measures what the first one does. The bracket may hold this many tokens. */
export const RESTATED_FIGURE_MAX_TOKENS = 8;
/** Two figures this many times apart are never called a contradiction: a total and a part, or two things, not two counts of one thing. */
export const INCOMPARABLE_VALUE_RATIO = 100;

// ---- Claimant names (claimant.ts) ---------------------------------------------------------------

/**
 * Speaker names that name no one: the claims stage sometimes gives the grammatical subject of a
 * reporting verb ("Speculation has grown that…", "Experts say…", "Reports suggest…"). Such claimants
 * are shown as unnamed reports, never as named original sources (issue 5, BBC stories).
 */
export const GENERIC_CLAIMANT_HEADS: readonly string[] = [
  'speculation', 'report', 'reports', 'rumour', 'rumours', 'rumor', 'rumors', 'expert', 'experts', 'analyst', 'analysts',
  'observer', 'observers', 'commentator', 'commentators', 'critic', 'critics', 'insider', 'insiders', 'source', 'sources',
  'people', 'some', 'others', 'many', 'story', 'stories', 'suggestion', 'suggestions', 'claim', 'claims', 'talk', 'word',
  'unknown source', 'unspecified reports',
];
/** Words before such a head that still name no one: "Many commentators", "press reports", "unnamed sources". */
export const GENERIC_CLAIMANT_MODIFIERS: readonly string[] = [
  'some', 'many', 'several', 'other', 'most', 'few', 'a', 'the', 'unnamed', 'unspecified', 'unknown', 'anonymous', 'press',
  'media', 'news', 'newspaper', 'industry', 'market', 'city', 'recent', 'earlier', 'initial', 'local',
];
/** How an unnamed claimant is shown: "unnamed reports (Speculation)". */
export const UNNAMED_CLAIMANT_NAME = 'unnamed reports';

// ---- Claim-level relations (claim-relations.ts) -------------------------------------------------

/**
 * Words that say a voice could not (yet) stand behind a proposition: "no evidence that…", "unable to
 * confirm", "has not been confirmed". A claim with these words in its hedges or content, or with the
 * stance 'unverified', is a not-confirmed stance; a later 'confirms' by the same voice is a stance
 * that moved (evolution), not a contradiction: intelligence firms up over time.
 */
export const NOT_CONFIRMED_PHRASES: readonly string[] = [
  'no evidence', 'unable to confirm', 'unable to verify', 'cannot confirm', 'can not confirm', 'could not confirm',
  'cannot verify', 'could not verify', 'not confirmed', 'not been confirmed', 'unconfirmed', 'no confirmation',
  'not known for certain', 'no indication', 'no proof', 'not verified', 'not been verified',
];
/**
 * Role words dropped from a claimant's origin to find the voice it speaks for: "NATO spokesperson",
 * "senior U.S. official" and "US officials" speak for NATO and the United States, whose own
 * statements they carry. What is left is matched against the article's entity names.
 */
export const VOICE_ROLE_WORDS: readonly string[] = [
  'spokesperson', 'spokesman', 'spokeswoman', 'spokespeople', 'official', 'officials', 'senior', 'unnamed', 'representative',
  'representatives', 'source', 'sources', 'a', 'the',
];
/** Time kinds that never date the event a report tells: a deadline is a target ("by December"), "since" opens a period. */
export const NOT_EVENT_DATE_KINDS: readonly string[] = ['deadline', 'since'];
/** Words in the sentence that put the not-confirmed stance before the confirmation: "had previously been unable to confirm". */
export const EARLIER_STANCE_WORDS: readonly string[] = ['previously', 'earlier', 'initially', 'at first', 'until now', 'until then', 'had been unable', 'had not'];
/** Each not-confirmed stance is related to the confirmations of at most this many claimants of its voice: enough for an analyst, linear in claims. */
export const MAX_CONFIRMING_CLAIMANTS_RELATED = 6;
/**
 * Two reports by one claimant of one proposition whose dates differ in precision ("last week", "from 8
 * to 13 October") are one report told twice when the intervals nest, or lie at most this many days
 * apart (a week named loosely), or the coarser one cannot be placed in the calendar at all.
 */
export const DATE_IMPRECISION_MAX_GAP_DAYS = 14;
/** …and the two reports share at least this many content words besides dates and function words (timeline.ts EVENT_STOP_LEMMAS): a claimant's two dated sentences about different things share the subject and little else. */
export const DATE_IMPRECISION_MIN_SHARED_WORDS = 2;
/** Date-imprecision relations drawn for one claimant's reports of one proposition at most: the first few tell the analyst; more keeps it linear in claims. */
export const MAX_DATE_IMPRECISION_RELATIONS_PER_REPORT = 6;

// ---- One subject written differently across articles (subject-merge.ts) -------------------------

/**
 * Subject keys of these entity types may be merged across a story's articles when their names are
 * variants of one name ("Yuganskneftegas" / "Yuganskneftgas" / "Yugansk", "Man Utd" / "Manchester
 * United", "Malcom Glazer" / "Malcolm Glazer"). Countries and places are keyed by the gazetteer or
 * are different places by a letter ("Austria" / "Australia"): never merged by spelling.
 */
export const MERGEABLE_SUBJECT_TYPES: readonly string[] = ['organisation', 'person'];
/**
 * Words a writer puts before a company's name to describe it ("state-owned Rosneft", "troubled
 * Yukos", "rival Euronext"): a name that is another name with only these words before it is that
 * subject.
 */
export const SUBJECT_DESCRIPTOR_WORDS: readonly string[] = [
  'state', 'owned', 'run', 'controlled', 'backed', 'based', 'led', 'funded', 'listed', 'rival', 'troubled', 'embattled',
  'giant', 'former', 'beleaguered', 'struggling', 'ailing', 'private', 'public', 'privately', 'publicly', 'government', 'kremlin',
];
/** A shortened name ("Yugansk", "Man Utd") must keep at least this many letters to stand for a longer one: "Man" alone could be anything. */
export const SUBJECT_ABBREVIATION_MIN_LETTERS = 5;
/** Two organisation names this long or longer (letters) may differ by a misspelling… */
export const SUBJECT_TYPO_MIN_LETTERS = 8;
/** …of at most this many letter edits; names of SUBJECT_TYPO_LONG_LETTERS or more letters may differ by SUBJECT_TYPO_LONG_MAX_EDITS. Shorter names differ by a letter as different names do. */
export const SUBJECT_TYPO_MAX_EDITS = 1;
export const SUBJECT_TYPO_LONG_LETTERS = 12;
export const SUBJECT_TYPO_LONG_MAX_EDITS = 2;
/** People merge only with the same surname and compatible first names: one a prefix of the other ("Alex" / "Alexander", an initial) or, when both have at least this many letters, one edit apart ("Malcom" / "Malcolm"; "Mark" / "Mary" stay two people). */
export const PERSON_FIRST_NAME_TYPO_MIN_LETTERS = 6;

/** What may stand between a count and the time that dates it: "about 2,000 litres on Monday", "300 as of Friday". */
export const FIGURE_TIME_GAP = /^\s*(?:(?:on|in|at|as of|by|since|until)\s+)?$/i;
