// Every heuristic of the entity recogniser, in one place: the word lists and thresholds that find
// names, type them, read titles and roles, resolve short names and descriptions, and tell a
// capital used as an actor from the literal place. Words are folded (foldForLookup) unless noted.
// The gazetteer (src/language/gazetteer/) holds the named things; this file holds the grammar.

import type { EntityType, PlaceKind } from '../../model/language.js';

const set = (words: string): ReadonlySet<string> => new Set(words.trim().split(/\s*\|\s*|\s+/).filter((w) => w.length > 0));
const phrases = (list: string): ReadonlySet<string> => new Set(list.split('|').map((w) => w.trim()).filter((w) => w.length > 0));

// ---- finding names ----------------------------------------------------------------------------

/** Lower-case words allowed inside a name between capitalised words: "Bank of Veldoria", "Joost van Amerongen". */
export const NAME_CONNECTORS: ReadonlySet<string> = set('of for the de del della van von der den du da al bin ibn le la y');

/** Connectors that may not be followed by "the" inside a name ("Department of the Treasury" may; "van the" may not). */
export const CONNECTORS_BEFORE_THE: ReadonlySet<string> = set('of for');

/** A connector "on" joins only after these heads: "Treaty on Northern Cooperation". */
export const ON_CONNECTOR_HEADS: ReadonlySet<string> = set('treaty agreement convention protocol accord');

/**
 * "of" and "for" join two names only after a word that takes such a complement — a head word of
 * NAME_HEAD_CLASSES ("Bank of Veldoria"), a role word ("Governor of the Reserve Bank") or one of
 * these — so "Tamsin Quill of Tower Keeper" stays a person and a film.
 */
export const OF_JOINING_HEADS: ReadonlySet<string> = set('museum house tower duke duchess earl count archbishop bishop king queen prince princess republic kingdom states isle isles cape horn sea gulf strait church');

/** Capitalised words that are never names: calendar words and time zones ("on Wednesday", "05:30 BST"). */
export const NEVER_NAMES: ReadonlySet<string> = set(`
  monday tuesday wednesday thursday friday saturday sunday
  january february march april may june july august september october november december
  jan feb mar apr jun jul aug sep sept oct nov dec
  bst gmt utc cet cest est edt pst pdt kst msk am pm
  i i'm i've i'd i'll ok
  hindi urdu arabic mandarin cantonese swahili sanskrit
  christmas easter ramadan hanukkah diwali eid thanksgiving halloween
`);

/** Upper-case letters with a plural "s" ("MPs", "MSPs", "NGOs") are common nouns, never a name. */
export const PLURAL_ABBREVIATION = /^\p{Lu}{2,}s$/u;

/**
 * Capitalised words that start a sentence or a quote as ordinary words even when the tagger calls
 * them proper nouns ("Then, Veldorian president…", "Meanwhile, Kremlin spokesperson…").
 */
export const CLAUSE_START_WORDS: ReadonlySet<string> = set(`
  the a an this that these those there here then so but and or if when while as after before since
  however meanwhile despite although though because yet also still now today last next earlier later
  according speaking asked in on at for from to of with without by into under over between among
  it its he she they we you his her their our my your who what which where why how
  some many most all both each every any no not only even just already
`);

/** Titles before a name, should the gazetteer's role words lack them: "Mr Omsk", "Sir Halvard X", "Lt Gen Y". */
export const FALLBACK_HONORIFICS: ReadonlySet<string> = set('mr mr. mrs mrs. ms ms. miss dr dr. sir dame lord lady prof prof. rev rev.');
export const FALLBACK_RANKS: ReadonlySet<string> = set('gen gen. general lt lt. col col. colonel maj maj. major capt capt. captain sgt sgt. adm adm. admiral cmdr brig');

/** Symbols that make the capitals before them a currency ("HK$12m", "US$3m"), not a name. */
export const CURRENCY_SYMBOLS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

/** Upper-case abbreviations that are common nouns, not names: never an organisation on their own. */
export const COMMON_ABBREVIATIONS: ReadonlySet<string> = new Set([
  'TV', 'PC', 'PCs', 'ID', 'GDP', 'LCD', 'AI', 'CEO', 'CFO', 'COO', 'OBE', 'MBE', 'CBE', 'QC', 'KC', 'MP', 'MPs', 'MEP', 'DVD', 'CD', 'CDs',
  'HIV', 'AIDS', 'UFO', 'IT', 'PR', 'HQ', 'VAT', 'DNA', 'GPS', 'SMS', 'URL', 'PDF', 'USB', 'RAM', 'CPU', 'VIP', 'FAQ', 'OK', 'AM', 'PM',
  'BST', 'GMT', 'UTC', 'EST', 'KST', 'A', 'I', 'II', 'III', 'IV', 'IPO', 'MW', 'GW', 'KM', 'MPH', 'PS', 'NB', 'RIP', 'IQ', 'LGBT', 'ISBN',
  'SUV', 'ATM', 'NGO', 'NGOs', 'WMD', 'MRI', 'ICU', 'ER', 'GP', 'GPs', 'BA', 'MA', 'PhD', 'BSc', 'MSc',
]);

/** An acronym is 2 to this many letters (digits and dots aside): "CSA", "NATO", "UNESCO". */
export const MAX_ACRONYM_LETTERS = 6;

/** Post-nominal letters after a person's name, part of the mention but not of the name: "Orla X QC". */
export const POST_NOMINALS: ReadonlySet<string> = new Set(['QC', 'KC', 'MP', 'MEP', 'OBE', 'MBE', 'CBE', 'KBE', 'Jr', 'Jr.', 'Sr', 'Sr.', 'PhD']);

/**
 * In a headline or crosshead set in title case ("Ships Would Be a Fair Target") capitals
 * say nothing: a block counts as title case when at least this share of its longer words is
 * capitalised, and then only gazetteer names and names the body also uses are read in it.
 */
export const TITLE_CASE_MIN_CAPITALISED_SHARE = 0.6;
/** Words at least this long count towards the title-case share (skips "a", "of", "in"). */
export const TITLE_CASE_MIN_WORD_CHARS = 4;

/** Extra tokens beyond the gazetteer's longest name a lookup window may span ("People", "’s", "U.S."). */
export const EXTRA_TOKENS_PER_NAME_WINDOW = 3;
/** Longest fallback place name or demonym and EXTRA_REGION_DEMONYMS key, in words: windows this short are always looked up. */
export const MAX_FALLBACK_NAME_WORDS = 2;

/** A hyphenated word whose part is a name ("Ex-Labour", "Veldorian-style", "US-led") is read part by part, except after these prefixes. */
export const NEGATING_PREFIXES: ReadonlySet<string> = set('non');

// ---- what the gazetteer may lack ------------------------------------------------------------

/**
 * Demonyms of regions the gazetteer lists without them, by gazetteer id: "European leaders" are
 * about Europe, "Asian markets" about Asia. Consulted only when the gazetteer has no demonym.
 */
export const EXTRA_REGION_DEMONYMS: ReadonlyMap<string, string> = new Map([
  ['european', 'region:europe'], ['europeans', 'region:europe'],
  ['asian', 'region:asia'], ['asians', 'region:asia'],
  ['african', 'region:africa'], ['africans', 'region:africa'],
  ['caribbean', 'region:caribbean'],
  ['middle eastern', 'region:middle-east'],
  ['latin american', 'region:latin-america'], ['latin americans', 'region:latin-america'],
  ['scandinavian', 'region:scandinavia'], ['scandinavians', 'region:scandinavia'],
  ['balkan', 'region:balkans'],
  ['scottish', 'region:scotland'], ['scots', 'region:scotland'],
]);

/**
 * Geopolitical groupings news names like places, should the gazetteer lack them: "the West" and
 * its demonym "Western" ("arms from the West", "Western allies": seed gold lists it as a place).
 */
export interface FallbackPlace {
  readonly id: string;
  readonly canonical: string;
  /** Folded, without "the". */
  readonly names: readonly string[];
  readonly demonyms: readonly string[];
  /** The name counts only after "the" ("the West", never "Kanye West"). */
  readonly needsThe: boolean;
}
export const FALLBACK_PLACES: readonly FallbackPlace[] = [
  { id: 'region:the-west', canonical: 'The West', names: ['west'], demonyms: ['western', 'westerners'], needsThe: true },
  { id: 'region:third-world', canonical: 'Third World', names: ['third world'], demonyms: [], needsThe: true },
];

// ---- typing names -----------------------------------------------------------------------------

export interface KeywordClass {
  readonly type: EntityType;
  readonly placeKind: PlaceKind | null;
}

const GOVERNMENT: KeywordClass = { type: 'government_body', placeKind: null };
const MILITARY: KeywordClass = { type: 'military_unit', placeKind: null };
const MEDIA: KeywordClass = { type: 'media', placeKind: null };
const ORGANISATION: KeywordClass = { type: 'organisation', placeKind: null };
const TREATY: KeywordClass = { type: 'treaty', placeKind: null };
const EVENT: KeywordClass = { type: 'event', placeKind: null };
const REGION: KeywordClass = { type: 'place', placeKind: 'region' };
const CITY: KeywordClass = { type: 'place', placeKind: 'city' };
const FACILITY: KeywordClass = { type: 'place', placeKind: 'facility' };
const NATURAL_PLACE: KeywordClass = { type: 'place', placeKind: 'other' };

const classOf = (cls: KeywordClass, words: string): Array<[string, KeywordClass]> => [...set(words)].map((w) => [w, cls]);

/**
 * The head word of a name (its last word, or the last word before "of") says what it names:
 * "Reserve Bank of Veldoria" → organisation, "Hollin Region" → region, "Drevna Theatre" → facility.
 */
export const NAME_HEAD_CLASSES: ReadonlyMap<string, KeywordClass> = new Map([
  ...classOf(GOVERNMENT, 'ministry department treasury parliament assembly congress senate cabinet government executive embassy police court directorate bureau administration secretariat office agency inspectorate presidency'),
  ...classOf(MILITARY, 'army navy forces force fleet brigade command corps regiment division battalion guard guards marines militia'),
  ...classOf(MEDIA, 'times post news journal herald gazette telegraph tribune mirror express chronicle magazine radio television tv broadcasting press observer standard'),
  ...classOf(ORGANISATION, `group institute university college school company co corp corporation inc ltd plc llc ag sa gmbh bank committee commission council association
    federation union league club party coalition foundation trust society international organisation organization alliance studios studio records research systems
    technologies airlines airways holdings partners capital industries motors network board authority fund programme program project institution charity centre center
    movement front brotherhood academy consortium exchange service services lines shipping logistics energy petroleum oil gas mining pharmaceuticals
    telecom telecoms communications media entertainment insurance securities investments ventures enterprises`),
  ...classOf(TREATY, 'treaty agreement pact accord convention charter protocol'),
  ...classOf(EVENT, 'war cup games olympics championship championships festival summit conference expo awards honours honors offensive revolution crisis'),
  ...classOf(REGION, 'region province oblast state county district territory prefecture krai republic canton governorate'),
  ...classOf(CITY, 'city town village'),
  ...classOf(FACILITY, 'airport stadium theatre theater square street road bridge palace base headquarters hospital station prison camp plant reactor cathedral mosque church temple arena hall'),
  ...classOf(NATURAL_PLACE, 'river sea ocean lake mountains mountain island islands peninsula gulf bay valley desert strait coast'),
  // "Far East", "Middle East", "Hollin North": a compass word ends a place's name.
  ...classOf(REGION, 'east west north south'),
]);

/** A bank whose name has one of these words is the state's ("Reserve Bank of Veldoria", "European Central Bank"). */
export const CENTRAL_BANK_WORDS: ReadonlySet<string> = set('reserve central');

/** Heads that name a body only with a country or capital before them ("US National Security Council"), else an organisation. */
export const GOVERNMENT_WHEN_NATIONAL: ReadonlySet<string> = set('council commission committee service agency authority');

/**
 * Lower-case words after a capitalised name that make it a place and join the mention: "the
 * Hollin region", "Varnby oblast". The value is the place kind.
 */
export const TRAILING_PLACE_WORDS: ReadonlyMap<string, PlaceKind> = new Map([
  ['region', 'region'], ['province', 'region'], ['oblast', 'region'], ['state', 'region'], ['county', 'region'], ['district', 'region'], ['territory', 'region'],
  ['city', 'city'], ['town', 'city'], ['village', 'city'],
]);

/** "eastern Veldoria", "southern Castavia": a compass adjective before a country names a region of it. */
export const COMPASS_ADJECTIVES: ReadonlySet<string> = set('eastern western northern southern central north-eastern north-western south-eastern south-western northeastern northwestern southeastern southwestern');

/** Lower-case words after an organisation that name its building: "the Nato headquarters". */
export const ORGANISATION_FACILITY_WORDS: ReadonlySet<string> = set('headquarters hq');

/** Region words dropped from a place key so "the Hollin Region" and "Hollin oblast" meet. */
export const REGION_WORDS_IN_KEYS: ReadonlySet<string> = set('region province oblast');

/** Before a name these prepositions make an untyped name a place: "in Varnby", "flew to Tollbridge". */
export const LOCATIVE_PREPOSITIONS: ReadonlySet<string> = set('in at near outside inside around across towards toward into from to via through throughout');

/** A name of this many words or fewer, all capitalised words with no head keyword, is read as a person ("Orla Brant"). */
export const MAX_PERSON_NAME_WORDS = 4;

/** Lower-case descriptions just before a name that say it is an organisation: "computer firm Quillmore", "analysts Tarnwell". */
export const ORGANISATION_DESCRIPTORS: ReadonlySet<string> = set(`
  firm company group giant maker makers manufacturer carrier retailer chain bank lender insurer operator provider developer publisher
  label club side team band charity organisation organization agency party broadcaster network channel station website site
  newspaper paper tabloid magazine journal daily weekly outlet analysts consultancy consultants watchdog regulator supermarket airline
  brand startup conglomerate airline studio studios
`);
/** Of those, the ones that make a media outlet: "state news agency VNA", "film journal Reel Weekly". */
export const MEDIA_DESCRIPTORS: ReadonlySet<string> = set('broadcaster channel newspaper paper tabloid magazine journal daily weekly outlet website');
/** A descriptor preceded by "news" is a media outlet too: "news agency VNA". */
export const MEDIA_DESCRIPTOR_MODIFIERS: ReadonlySet<string> = set('news media');

/** Lower-case descriptions just before a name that say it is a place: "the port city of Tollbridge", "the town of X". */
export const PLACE_DESCRIPTORS: ReadonlyMap<string, PlaceKind> = new Map([
  ['city', 'city'], ['town', 'city'], ['village', 'city'], ['capital', 'city'], ['port', 'city'], ['region', 'region'], ['province', 'region'], ['state', 'region'],
  ['island', 'other'], ['district', 'region'], ['area', 'region'],
]);

// ---- titles and roles -------------------------------------------------------------------------

/**
 * Role heads the gazetteer's role words may lack, written before a person's name in news copy
 * ("folk star Orla X", "aid worker Y", "referee Z"). The gazetteer's offices and functions come first.
 */
export const EXTRA_PERSON_ROLE_HEADS: ReadonlySet<string> = set(`
  actor actress star singer musician player striker midfielder defender goalkeeper keeper coach manager boss referee captain
  economist analyst expert scientist researcher professor lawyer barrister solicitor judge doctor surgeon nurse teacher
  worker activist campaigner veteran legend sweetheart model designer director producer writer author novelist poet journalist
  editor correspondent reporter columnist presenter broadcaster photographer artist comedian chef entrepreneur founder
  executive chairman chairwoman chair chief head leader boss owner president vice-president spokesman spokeswoman spokesperson
  minister secretary lawmaker legislator senator congressman congresswoman mp mep councillor mayor governor ambassador envoy diplomat
  official officer commander general admiral colonel chancellor premier king queen prince princess emperor pope bishop cleric
  maker developer designer inventor pioneer tycoon billionaire investor banker trader treasurer deputy aide adviser advisor
  member candidate champion winner runner rider driver boxer golfer cyclist athlete sprinter bowler batsman batter skipper
  ex-minister ex-president ex-leader
`);

/** Role phrases of several words the gazetteer may lack, read as one role word: "US secretary of state Tamsin X". */
export const EXTRA_ROLE_PHRASES: ReadonlySet<string> = phrases('secretary of state|chief of staff|head of state|head of government|attorney general|secretary general|secretary-general|director general|chief executive|prime minister|vice president|first minister|home secretary|foreign secretary|defence secretary|defense secretary');

/** Prefixes dropped from a role word before looking it up: "ex-minister" is a minister, "former" is read as a modifier. */
export const ROLE_PREFIXES: readonly string[] = ['ex-', 'former-', 'then-', 'vice-', 'deputy-', 'acting-', 'co-'];

/** Words that may stand between role words and the name's role head: "national security spokesman", "first vice foreign minister". */
export const ROLE_MODIFIER_POS: ReadonlySet<string> = set('ADJ NOUN PROPN NUM');


/** At most this many tokens of role before a name ("White House National Security Council spokesman"). */
export const MAX_ROLE_TOKENS = 9;
/** At most this many tokens in a role given by apposition ("X, director of a risk analysis firm Y,"). */
export const MAX_APPOSITION_ROLE_TOKENS = 14;

/** Apposition separators between a name and its role: "Orla X, governor of…", "Halvard Y - Quill's former head of press". */
export const APPOSITION_SEPARATORS: ReadonlySet<string> = set(', - – —');

/** Determiners that may open an apposition or a role-only description. */
export const ROLE_DETERMINERS: ReadonlySet<string> = set('the a an his her their its');

/** Byline cue words and the role they give the named person ("Author: X", "Translation by Y"). */
export const BYLINE_ROLE_CUES: ReadonlyMap<string, string> = new Map([
  ['author', 'author'], ['by', 'author'], ['reporting', 'author'], ['translation', 'translator'], ['translated', 'translator'], ['editing', 'editor'],
]);
/** The role a byline name gets when no cue word says otherwise. */
export const DEFAULT_BYLINE_ROLE = 'author';

// ---- descriptions and short names -------------------------------------------------------------

/**
 * Heads of a definite description that refers back to an entity ("the agency", "the firm", "the
 * Bank"): the types it may refer to, and words one of which its name must contain (empty: any).
 */
export interface NominalClass {
  readonly types: readonly EntityType[];
  readonly nameWords: readonly string[];
  /** Gazetteer id prefixes that fit even when the name lacks the words ("agency:" for "the agency"). */
  readonly idPrefixes: readonly string[];
}
const ORG_LIKE: readonly EntityType[] = ['organisation', 'government_body', 'media', 'military_unit'];
export const NOMINAL_HEADS: ReadonlyMap<string, NominalClass> = new Map<string, NominalClass>([
  ['agency', { types: ORG_LIKE, nameWords: ['agency', 'service', 'intelligence', 'bureau'], idPrefixes: ['agency:'] }],
  ['service', { types: ORG_LIKE, nameWords: ['service'], idPrefixes: ['agency:'] }],
  ['ministry', { types: ['government_body'], nameWords: ['ministry', 'department', 'office'], idPrefixes: ['ministry:'] }],
  ['department', { types: ['government_body'], nameWords: ['department', 'ministry'], idPrefixes: ['ministry:'] }],
  ['alliance', { types: ['organisation', 'government_body'], nameWords: ['alliance', 'treaty', 'organization', 'organisation'], idPrefixes: [] }],
  ['firm', { types: ['organisation', 'media'], nameWords: [], idPrefixes: [] }],
  ['company', { types: ['organisation', 'media'], nameWords: [], idPrefixes: [] }],
  ['group', { types: ['organisation'], nameWords: [], idPrefixes: [] }],
  ['bank', { types: ['organisation', 'government_body'], nameWords: ['bank'], idPrefixes: [] }],
  ['party', { types: ['organisation'], nameWords: ['party', 'labour', 'conservative', 'coalition', 'democrats', 'front'], idPrefixes: ['party:'] }],
  ['council', { types: ORG_LIKE, nameWords: ['council'], idPrefixes: [] }],
  ['committee', { types: ORG_LIKE, nameWords: ['committee'], idPrefixes: [] }],
  ['commission', { types: ORG_LIKE, nameWords: ['commission'], idPrefixes: [] }],
  ['club', { types: ['organisation'], nameWords: [], idPrefixes: [] }],
  ['country', { types: ['country'], nameWords: [], idPrefixes: [] }],
  ['nation', { types: ['country'], nameWords: [], idPrefixes: [] }],
]);

/** Words between "the" and a nominal head that keep it a reference back: "the intelligence agency", "the aid agency". */
export const MAX_NOMINAL_MODIFIERS = 2;

/** A role-only description before any name ("Castavia's defence minister told…") names the next untitled person within this many sentences. */
export const CATAPHORA_MAX_SENTENCES = 2;

/** Verbs (lemmas) that report speech: a mention next to one is a speaker, which picks between two "Mr Omsk"s. */
export const REPORTING_VERB_LEMMAS: ReadonlySet<string> = set(`
  say tell add claim state announce warn insist deny confirm explain note argue suggest accuse urge
  describe assess believe report reply respond write tweet stress reiterate quote acknowledge admit allege
`);

/** Speaker check window: a reporting verb within this many tokens after a mention (skipping commas and adverbs). */
export const SPEAKER_WINDOW_TOKENS = 3;

// ---- wars and treaties named by description --------------------------------------------------

/** Nouns of a war named by description: "the war in Castavia", "Veldoria's war", "the Castavia conflict", "this war". */
export const WAR_NOUNS: ReadonlySet<string> = set('war conflict invasion');
/** Nouns that name the war only with a theatre after them: "its offensive in Castavia", "the fighting in Castavia". */
export const WAR_NOUNS_NEEDING_THEATRE: ReadonlySet<string> = set('offensive fighting');
/** Prepositions that give a war's theatre or target: "war in Castavia", "war against Castavia". */
export const WAR_THEATRE_PREPOSITIONS: ReadonlySet<string> = set('in against on with');
/** Determiners that make a war or treaty description definite ("any conflict" is not one war). */
export const DEFINITE_DETERMINERS: ReadonlySet<string> = set('the this that its their his her our');
/** Treaty nouns that name a treaty by themselves ("a mutual defence treaty", "a defence pact"). */
export const TREATY_NOUNS: ReadonlySet<string> = set('treaty treaties pact pacts charter');
/** Treaty nouns that may name one treaty in turn ("a mutual aid agreement" … "a defence pact"); any other ("charter") only itself. */
export const INTERCHANGEABLE_TREATY_NOUNS: ReadonlySet<string> = set('treaty treaties pact pacts agreement agreements accord accords');
/** Nouns that name a treaty only with one of TREATY_MODIFIERS ("a mutual aid agreement", not "the $1.75bn agreement"). */
export const AGREEMENT_NOUNS: ReadonlySet<string> = set('agreement agreements accord accords');
export const TREATY_MODIFIERS: ReadonlySet<string> = set('mutual defence defense security peace partnership cooperation aid ceasefire nuclear military strategic comprehensive bilateral alliance');
/** Modifiers read leftwards from a war or treaty noun, at most. */
export const MAX_DESCRIPTION_MODIFIERS = 4;

// ---- country bodies ---------------------------------------------------------------------------

/**
 * Descriptions after a country, its demonym or its capital that name one of its bodies:
 * "Veldorian foreign ministry", "Castavia's spy agency", "Marrowgate's forces". Value: the type and the
 * canonical description used in the key, so "foreign ministry" and "ministry of foreign affairs" meet.
 */
export interface CountryBodyDescriptor {
  readonly type: EntityType;
  readonly canonical: string;
}
const body = (type: EntityType, canonical: string): CountryBodyDescriptor => ({ type, canonical });
export const COUNTRY_BODY_DESCRIPTORS: ReadonlyMap<string, CountryBodyDescriptor> = new Map([
  ['foreign ministry', body('government_body', 'foreign ministry')],
  ['ministry of foreign affairs', body('government_body', 'foreign ministry')],
  ['foreign office', body('government_body', 'foreign ministry')],
  ['defence ministry', body('government_body', 'defence ministry')],
  ['defense ministry', body('government_body', 'defence ministry')],
  ['ministry of defence', body('government_body', 'defence ministry')],
  ['ministry of defense', body('government_body', 'defence ministry')],
  ['interior ministry', body('government_body', 'interior ministry')],
  ['finance ministry', body('government_body', 'finance ministry')],
  ['justice ministry', body('government_body', 'justice ministry')],
  ['health ministry', body('government_body', 'health ministry')],
  ['intelligence service', body('government_body', 'intelligence service')],
  ['intelligence agency', body('government_body', 'intelligence service')],
  ['spy agency', body('government_body', 'intelligence service')],
  ['military intelligence', body('government_body', 'military intelligence')],
  ['military intelligence service', body('government_body', 'military intelligence')],
  // "according to Veldorian intelligence": the service, as the seed gold reads such a phrase.
  ['intelligence', body('government_body', 'intelligence service')],
  ['government', body('government_body', 'government')],
  ['parliament', body('government_body', 'parliament')],
  ['central bank', body('government_body', 'central bank')],
  ['embassy', body('government_body', 'embassy')],
  ['military', body('military_unit', 'armed forces')],
  ['armed forces', body('military_unit', 'armed forces')],
  ['forces', body('military_unit', 'armed forces')],
  // News writes "the Veldorian army" for the armed forces as a whole.
  ['army', body('military_unit', 'armed forces')],
  ['navy', body('military_unit', 'navy')],
  ['air force', body('military_unit', 'air force')],
  ['coast guard', body('military_unit', 'coast guard')],
  ['police', body('government_body', 'police')],
  ['intelligence committee', body('government_body', 'intelligence committee')],
  ['parliamentary intelligence committee', body('government_body', 'intelligence committee')],
  ['defence committee', body('government_body', 'defence committee')],
  ['foreign affairs committee', body('government_body', 'foreign affairs committee')],
]);

/** Role words that are ordinary nouns too ("on the head", "a member"): alone after "the" they describe no one. */
export const AMBIGUOUS_ROLE_NOUNS: ReadonlySet<string> = set('head member source monitor marine pilot witness resident fellow observer deputy vice chair model star player keeper executive');

/** Words anywhere in a name that make it an event even when another word ends it: "World Cup Qualifiers". */
export const EVENT_WORDS_INSIDE_NAMES: ReadonlySet<string> = set('cup olympics olympic championship championships');

/** Verbs (lemmas) after which "the X" is what the subject is, not someone else: "Omsk is the best-known singer". */
export const COPULA_LEMMAS: ReadonlySet<string> = set('be become remain');
/** The longest descriptor, in words. */
export const MAX_COUNTRY_BODY_WORDS = 4;
/** How far up the gazetteer's part-of chain a body is followed to its country (an agency of a ministry of a country). */
export const MAX_PART_OF_DEPTH = 3;

// ---- metonyms ---------------------------------------------------------------------------------

/** Nouns after a capital or building that make it an actor: "a Marrowgate representative", "Kremlin spokesperson". */
export const ACTOR_NOUNS_AFTER: ReadonlySet<string> = set(`
  representative representatives official officials spokesman spokeswoman spokesperson source sources envoy envoys delegation
  government regime leadership authorities administration diplomat diplomats negotiator negotiators aide aides adviser advisers
  statement claim claims denial position policy
`);
/** Nouns after a capital that make it the literal place: "a Marrowgate hospital", "Marrowgate airport". */
export const PLACE_NOUNS_AFTER: ReadonlySet<string> = set(`
  hospital street streets airport station metro suburb suburbs district districts residents resident citizens mayor city centre center
  court university school hotel stadium square region area outskirts
`);
/** Verbs and nouns of travel before "to/from X" or directly before X that make X the literal place: "flew to Marrowgate", "visited Marrowgate". */
export const MOTION_WORDS: ReadonlySet<string> = set(`
  travel travelling traveling travelled traveled visit visited visiting visits trip trips fly flew flown flying arrive arrived arriving arrival
  return returned returning go went gone going come came coming move moved moving journey head headed heading drive drove driven
  relocate relocated evacuate evacuated flee fled fleeing march marched walk walked transport transported deploy deployed sail sailed
  tour toured touring live lived living born stay stayed staying based
`);
/** Words before "on/against X" that make X a target place: "an attack on Marrowgate", "strikes against Tollbridge". */
export const ATTACK_WORDS: ReadonlySet<string> = set('attack attacks attacked strike strikes struck bombing bombings shelling assault assaults raid raids offensive advance march missile missiles drone drones');
/** Prepositions before a capital that make it literal (always): "in Marrowgate", "near Marrowgate". */
export const LITERAL_PREPOSITIONS: ReadonlySet<string> = set('in at near outside inside around across within throughout into via over');
/** Prepositions before a capital that make it literal only after a motion word ("travelling to"); otherwise it is the party ("missiles to Marrowgate"). */
export const DIRECTIONAL_PREPOSITIONS: ReadonlySet<string> = set('to from towards toward');
/** Prepositions before a capital that make it an actor: "sanctions against Marrowgate", "talks with Marrowgate", "criticised by Marrowgate". */
export const ACTOR_PREPOSITIONS: ReadonlySet<string> = set('against with by between for on upon');
/** "according to X": X is the source, an actor. */
export const ACCORDING_TO = ['according', 'to'] as const;
/** Words skipped between a subject and its verb: "Marrowgate indeed did sign", "Marrowgate also said". */
export const ADVERBS_BEFORE_VERB: ReadonlySet<string> = set('also indeed already still now then reportedly allegedly repeatedly previously further recently again even never always later earlier officially publicly');
/** How many coordinated names ("Marrowgate, Tollbridge and Paris") share the actor reading of the first. */
export const MAX_COORDINATED_NAMES = 4;

// ---- shapes of text the recogniser reads --------------------------------------------------------

/** Punctuation a gazetteer name never spans: the lookup window stops there. */
export const NAME_WINDOW_STOPS: ReadonlySet<string> = new Set([',', ';', ':', '(', ')', '[', ']', '"', '“', '”', '‘', '?', '!', '–', '—']);
/** Lower-case words a gazetteer name may contain besides nouns and adjectives ("Republic of Korea", "Reporters Without Borders"). */
export const NAME_INNER_WORDS: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'la', 'le', 'al', 'on', 'without', 'to', '&', "'s", '’s', "'", '’', '-', '.']);
/** Words a name never ends on, so a lookup ending there is no name. */
export const NAME_NEVER_ENDS_ON: ReadonlySet<string> = new Set(['of', 'the', 'and', 'for', "'s", '’s']);
/** Lower-case particles inside a person's name ("Joost van Amerongen", "Omar bin Said"). */
export const PERSON_PARTICLES: ReadonlySet<string> = set('van von de der den du da del della al bin ibn le la y');
/** A particle joined to a capitalised name ("al-Rashid", "d'Arcy") starts a name though it is lower case. */
export const PARTICLE_NAME = /^(?:al|el|bin|ibn|de|di|da|van|von|le|la|o)[-‘’']\p{Lu}/u;
/** Punctuation that opens a quotation or aside: the next word is capitalised whatever it is. */
export const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', '[', ':', '-', '–', '—', '«']);
/** Punctuation that ends a role given by apposition. */
export const APPOSITION_STOPS: ReadonlySet<string> = new Set([',', '.', ';', ':', '(', ')', '"', '“', '”', '?', '!']);
/** Role phrases are at most this many tokens ("Deputy Secretary of State"). */
export const MAX_ROLE_WORD_TOKENS = 4;
/** Parts of speech a role phrase can start with ("defence minister", "Lt Gen", "first vice minister"). */
export const ROLE_START_POS: ReadonlySet<string> = set('NOUN PROPN ADJ NUM X');
/** Articles before a name part that make the name no person's ("the Vex console"). */
export const ARTICLES: ReadonlySet<string> = set('the a an');
/** Entity types that are organisations of some kind: a body's variants merge among them. */
export const ORGANISATION_TYPES: ReadonlySet<string> = set('organisation government_body media military_unit');
/** Tokens before a motion word is looked for ("flew back to Marrowgate"). */
export const MOTION_LOOK_BACK_TOKENS = 3;
/** Words that join listed names ("Marrowgate, Tollbridge and Paris"). */
export const LIST_CONJUNCTIONS: ReadonlySet<string> = new Set([',', 'and', 'or']);
/** ", and" between two listed capitals: the tokens a conjunction may take. */
export const MAX_CONJUNCTION_TOKENS = 2;

// ---- canonical names --------------------------------------------------------------------------

/**
 * Korean family names as English-language news romanises them. A two-word person name opening
 * with one of these, whose given name is written fused ("Ahn Taerim"), gets the hyphenated
 * given name Korean and international news use ("Ahn Tae-rim"): the variants then print alike.
 */
export const KOREAN_FAMILY_NAMES: ReadonlySet<string> = set(`
  kim lee yi rhee park pak choi choe jung jeong chung kang cho jo yoon yun jang chang lim im han oh
  seo suh shin kwon hwang ahn song yoo yu hong jeon chun moon mun yang son bae baek paik heo huh nam
  noh roh ha kwak sung ko koh cha joo woo min ryu na jin um eom won chae byun
`);

/**
 * Syllables of romanised Korean given names. A fused given name is hyphenated only when it splits
 * into two of these in exactly one way, so "Wilde" (not Korean) and ambiguous fusions stay as written.
 */
export const KOREAN_GIVEN_NAME_SYLLABLES: ReadonlySet<string> = set(`
  ae bin bo bok bong byung byeong chae chan chang cheol chul chun chung dae dal do dong doo eun
  geun gi gil gu gwang gyu ha hae han ho hoon hong hun hwa hwan hye hyo hyuk hyun hyeon hee heon
  il in ja jae je jeong ji jin jong joo ju jun jung ki kwan kwang kyu kyung kyeong kun mi min mo moon
  mun myung myeong nam ok rae ran ri rim rin ryong ryul sang seo seok seon seong seung shik sik shin
  so sok soo sook su suk sun sung tae taek uk un won woo wook woong yeol yeon yeong yong yoon young yul yun
`);

/**
 * A government body's formal name: "<country> Ministry of …" / "<country> Department of …", the
 * style official registers and the seed gold use ("US Department of the Treasury"), preferred as
 * canonical over a newsroom short form ("US Treasury") when the gazetteer lists it.
 */
export const FORMAL_BODY_NAME = /^(?:.+ )?(?:Ministry|Department) of /u;

/**
 * State news agencies are cited by their acronym in English-language news ("IRNA" for the Islamic Republic News Agency), so an
 * entry of this class with a single acronym is printed by it.
 */
export const ACRONYM_NAMED_CLASS = 'generic:state-media';

/**
 * A lone unknown name listed beside a person is a person, beside a country a country ("seven on
 * Omsk, five on Quill"; "Tonga, Ireland, Quillmark"): the words that may stand between list items,
 * and how many of them (own BBC gold: sport/200, sport/400).
 */
export const LIST_ITEM_JOINERS: ReadonlySet<string> = new Set([',', 'and', 'or', 'nor']);
export const LIST_ITEM_FILLER_POS: ReadonlySet<string> = set('NUM ADP DET');
export const MAX_LIST_GAP_TOKENS = 3;

// ---- organisation evidence for unknown names --------------------------------------------------

/**
 * An unknown name of capitalised words is guessed a person; these cues anywhere the same words
 * recur in the article make it an organisation instead ("Harlow Mutual's shareholders", "shares
 * in Harlow Mutual", "Harlow Mutual said its profits…"). Business news names firms like people.
 */
/**
 * Nouns after "X's" that only an organisation has: "Quarnet's shareholders", "Quarnet's chief executive".
 * Not "stake", "shares", "bid" or "offer": a person holds and makes those too ("the investor's stake").
 */
export const ORGANISATION_POSSESSIONS: ReadonlySet<string> = set(`
  shareholders shareholder board profits profit revenues revenue turnover earnings subsidiary subsidiaries
  workforce employees headquarters directors chairman chief management creditors
`);
/** Plural nouns right after a name that make it an organisation: "Quarnet investors", "Quarnet policyholders". */
export const ORGANISATION_NOUNS_AFTER: ReadonlySet<string> = set('shareholders investors policyholders customers employees workers staff executives bosses directors creditors bondholders chief shares');
/** At most this many words between a name and "its" for "its" to be the name's: "Quarnet put forward its own bid". */
export const OWN_ITS_MAX_WORDS_AFTER = 3;
/** Words that keep an apposition from describing the name itself: "X, head of the bank," describes a person at the bank. */
export const APPOSITION_LINK_WORDS: ReadonlySet<string> = set('of at for with from behind by in on to who whose which and');
/** An organisation described by apposition ("Quarnet, Europe's largest insurer,") has at most this many tokens there. */
export const MAX_ORGANISATION_APPOSITION_TOKENS = 7;
/** Nouns before "in X" that make X an organisation: "shares in Quarnet", "a stake in Quarnet". */
export const ORGANISATION_HOLDINGS_BEFORE_IN: ReadonlySet<string> = set('shares stake stakes shareholders shareholding investors');
/** Reporting verbs after which "its" makes the speaker an organisation: "Quarnet said its profits rose". */
export const ORGANISATION_REPORTING_VERBS: ReadonlySet<string> = set('said says reported reports announced announces confirmed expects expected');
/**
 * "Tollbridge-based Quarnet", "state-owned Quarnet": such an adjective before a name describes it
 * and is no part of it; a lone word left is then read as an organisation, as any lone unknown
 * word is ("US-based Orla Brant" stays a person).
 */
export const DESCRIBING_ADJECTIVE = /^\p{L}[\p{L}.'’-]*-(?:based|owned|run|controlled|backed|funded|listed)$/iu;
/** Of those, the ones only organisations are: "state-owned Quarnet Oil" is no person whatever its name looks like. */
export const OWNERSHIP_ADJECTIVE = /-(?:owned|run|controlled|funded|listed)$/iu;

/** Common words that open place names ("United States", "North Korea", "New Zealand"): alone, they are no short name of the place. */
export const PLACE_NAME_COMMON_WORDS: ReadonlySet<string> = set('united north south east west new central republic democratic great upper lower saint st federal');
