// Every heuristic of the claims stage other than the cue lexicon (cues.ts): quotation marks,
// function words the phrase readers stop or continue at, how far they may reach, the words that
// mark anonymous sources, roles and media, and the hedges. Words are in folded form (lower case,
// curly quotes and dashes made ASCII: see foldForLookup in the language stage) unless noted.

// ---- quotation marks (raw characters, not folded) ------------------------------------------------

/** Opening double quotes: English curly, German low, guillemet (translated wires keep them). */
export const OPENING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['\u201C', '\u201E', '\u00AB']);
export const CLOSING_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['\u201D', '\u00BB']);
/** A straight double quote opens and closes by turns. */
export const STRAIGHT_DOUBLE_QUOTES: ReadonlySet<string> = new Set(['"']);
/** Single curly quotes quote in headlines and nested speech (‘unsafe’); the closing one is also an apostrophe. */
export const OPENING_SINGLE_QUOTES: ReadonlySet<string> = new Set(['\u2018']);
export const CLOSING_SINGLE_QUOTES: ReadonlySet<string> = new Set(['\u2019']);
/** Folded quote-mark tokens. */
export const QUOTE_MARKS: ReadonlySet<string> = new Set(['"', "'", '«', '»', "''", '``']);

// ---- punctuation ----------------------------------------------------------------------------------

/** Tokens that end a sentence; a content never ends on one unless a quotation closes after it. */
export const TERMINAL_PUNCTUATION: ReadonlySet<string> = new Set(['.', '!', '?', '...', '\u2026']);
/** Punctuation that closes a clause: a content stops before it. */
export const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':', ',', '(', ')']);
/** Folded dashes: an aside or a trailing attribution may sit between them ("— the minister said —"). */
export const DASHES: ReadonlySet<string> = new Set(['-', '--', '\u2015', '\u2015\u2015']);

// ---- the verb group -------------------------------------------------------------------------------

/** Auxiliaries and modals that join a cue verb's group ("has said", "would call", "is calling for"). */
export const AUXILIARY_FORMS: ReadonlySet<string> = new Set([
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m",
  'have', 'has', 'had', 'having', "'ve", "'d",
  'do', 'does', 'did',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', "'ll", 'ca', 'wo',
]);
/** Forms of "be": with a past participle they make the passive ("was announced by …"). */
export const BE_FORMS: ReadonlySet<string> = new Set(['be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', "'s", "'re", "'m"]);
/** Forms of "be" and "have" in "there have been reports …", "there were claims …". */
export const AUXILIARY_FORMS_FOR_THERE: ReadonlySet<string> = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'have', 'has', 'had', 'will', 'would', 'may', 'might', "'s"]);
/** Words that modify a cue verb from before it even when the tagger calls them adjectives ("He further mentioned"). */
export const CUE_GROUP_ADVERBS: ReadonlySet<string> = new Set(['further', 'also', 'later', 'earlier', 'first', 'again', 'repeatedly', 'publicly', 'privately', 'separately', 'previously', 'recently', 'then', 'now', 'once', 'still', 'often', 'already', 'never', 'even', 'just', 'initially', 'subsequently', 'reportedly']);
/** Negation inside a verb group: "did not confirm" is not a confirmation. */
export const NEGATIONS: ReadonlySet<string> = new Set(['not', "n't", 'never']);
/** Sentence adverbs that link to the previous sentence rather than modify the cue ("However, he said"). */
export const CONNECTIVE_ADVERBS: ReadonlySet<string> = new Set([
  'however', 'meanwhile', 'moreover', 'furthermore', 'nevertheless', 'nonetheless', 'therefore', 'thus',
  'instead', 'so', 'yet', 'otherwise', 'accordingly', 'consequently', 'hence', 'besides', 'there', 'here',
  'reportedly', 'allegedly', 'purportedly', 'supposedly',
]);
/** Pronouns around a cue verb the tagger mis-read as a noun ("he notes/NOUN they …"). */
export const MISTAG_SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'we', 'i']);
/** Quantifiers and relative pronouns that can be the subject of a mis-tagged cue ("some note/NOUN that …", "which notes/NOUN …"). */
export const MISTAG_SUBJECT_DETERMINERS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'others', 'few', 'several', 'both', 'all', 'who', 'which', 'that']);
/** Words that open a wh-clause content ("asked whether …", "told him how …"). */
export const WH_WORDS: ReadonlySet<string> = new Set(['what', 'how', 'why', 'whether', 'if', 'when', 'where', 'who', 'which', 'whom', 'whose']);

/** Verbs whose stance depends on their particle: "called for" demands, "called it a hoax" asserts; "ruled out" denies, "the court ruled that" asserts. */
export const STANCE_WITHOUT_PARTICLE: ReadonlyMap<string, 'asserts'> = new Map([
  ['call', 'asserts'],
  ['rule', 'asserts'],
  ['ask', 'asserts'],
  ['press', 'asserts'],
]);

/**
 * Objects with which a cue verb reports no words: "claimed the title", "claimed victory", "the
 * crash claimed two lives" (a figure as head counts too: "claimed the 200m"). Sports and disaster
 * news use "claim" so; "claimed responsibility" and "claims regular advances" stay reports.
 */
export const OBJECTS_THAT_ARE_NOT_WORDS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['claim', new Set([
    'title', 'titles', 'victory', 'victories', 'win', 'wins', 'draw', 'medal', 'medals', 'gold', 'silver', 'bronze', 'place',
    'spot', 'lead', 'record', 'records', 'crown', 'prize', 'prizes', 'trophy', 'cup', 'points', 'point', 'wicket', 'wickets',
    'seat', 'seats', 'life', 'lives', 'best', 'honours', 'honors', 'championship', 'pole', 'podium', 'century', 'try', 'tries',
    'goal', 'goals', 'scalp', 'stage', 'leg', 'race', 'game', 'match', 'set', 'sets', 'frame', 'frames', 'round', 'final',
    'm', 'km', 'metres', 'meters', 'mile', 'miles', 'hurdles', 'relay', 'sprint', 'marathon', 'double', 'treble',
    'victim', 'victims', 'break', 'slam',
  ])],
]);
/** Particles after which a cue verb names a listener: "called on the government to …". */
export const RECIPIENT_PARTICLES: ReadonlySet<string> = new Set(['on']);
/** Verbs that report another's words with "as saying": "the agency quoted the minister as saying …". */
export const QUOTING_VERBS: ReadonlySet<string> = new Set(['quote', 'cite']);
/** Participles after "as" that introduce the quoted speaker's words. */
export const AS_SAYING_PARTICIPLES: ReadonlySet<string> = new Set(['saying', 'telling', 'claiming', 'stating', 'warning', 'adding', 'writing']);
/** The preposition that introduces a passive verb's agent. */
export const AGENT_PREPOSITION = 'by';

// ---- noun phrases --------------------------------------------------------------------------------

/** Longest source phrase read, in tokens: a titled name with apposition rarely passes 30 (PolNeAR dev). */
export const SOURCE_MAX_TOKENS = 40;
/** Longest apposition or relative clause between the commas of "Jane Roe, …, said". */
export const APPOSITION_MAX_TOKENS = 30;
/** Most comma-delimited appositions read around a name ("Jane Roe, 59, of Ashton, Md., who …"). */
export const APPOSITION_MAX_SEGMENTS = 4;
/** Most adjuncts (time expressions, prepositional phrases, asides) skipped between a cue and its content. */
export const MAX_ADJUNCTS = 6;
/** How far ahead a list of names may run before its closing "and" ("Veldmark, Osterland, and Arvenia"). */
export const LIST_LOOKAHEAD_TOKENS = 12;
/** Prepositions that keep a noun phrase going: "a spokesman for the agency", "sources on the Osterland side". */
export const NP_LINK_PREPOSITIONS: ReadonlySet<string> = new Set(['of', 'for', 'at', 'from', 'on', 'in', 'with', 'to']);
/** Conjunctions inside a coordinated source ("Veldmark and Osterland have denied"). */
export const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or', '&']);
/** Personal pronouns that can be a source on their own. */
export const PERSONAL_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she', 'they', 'it', 'i', 'we', 'you', 'one']);
/** Pronouns that start a clause content ("said they would …"). */
export const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set([
  'he', 'she', 'they', 'it', 'i', 'we', 'you', 'there', 'this', 'these', 'those',
  'anybody', 'anyone', 'everybody', 'everyone', 'nobody', 'someone', 'somebody', 'something', 'nothing', 'everything', 'none',
]);
/** Quantifiers that head a noun phrase before "of" ("some of the miners", "one of his advisers"). */
export const QUANTIFIER_HEADS: ReadonlySet<string> = new Set(['some', 'many', 'most', 'all', 'each', 'both', 'several', 'few', 'one', 'two', 'three', 'none', 'any', 'much', 'more', 'half', 'part', 'either', 'neither']);
/** Object pronouns that are a listener after "told" or "urged". */
export const OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'them', 'me', 'us', 'you', 'it']);
/** Possessive determiners inside a noun phrase ("his spokesman"). */
export const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their', 'my', 'our', 'your']);
/** Relative pronouns that are the source of a relative clause cue ("…, who said …"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'which', 'that']);
/** Possessive markers before an attribution noun ("Novak's claim"). */
export const POSSESSIVE_MARKERS: ReadonlySet<string> = new Set(["'s", "'"]);
/** Words that open an apposition or relative clause after a name ("Jane Roe, a lawyer", "Roe, who …"). */
export const APPOSITION_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'the', 'who', 'whose', 'which', 'now', 'then', 'himself', 'herself', 'also']);
/** Words the tagger may call nouns or adjectives that never belong to a source phrase. */
export const NOT_NOMINAL_WORDS: ReadonlySet<string> = new Set(['that', 'this', 'there', 'when', 'where', 'while', 'as', 'if', 'than', 'because', 'whether', 'according']);
/** Adjunct prepositions skipped between a cue and its content ("said in a statement that", "told reporters at a briefing"). */
export const ADJUNCT_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'on', 'at', 'during', 'after', 'before', 'with', 'via', 'through', 'over', 'without', 'from', 'to', 'outside', 'inside', 'following', 'ahead', 'amid', 'late', 'early', 'of', 'about', 'for']);
/** Adverbs skipped after a cue when nothing but punctuation follows them ("Graham told the Times then."). */
export const TRAILING_CUE_ADVERBS: ReadonlySet<string> = new Set(['then', 'later', 'earlier', 'again', 'also', 'too', 'afterwards', 'recently', 'previously', 'yesterday', 'today', 'tonight', 'now', 'once', 'repeatedly', 'publicly', 'privately', 'separately', 'simply', 'bluntly', 'flatly', 'sarcastically', 'angrily', 'quietly', 'firmly', 'however', 'instead']);
/** A purpose infinitive's cue ("summoned the envoy to Vardia on Monday to demand …") is at most this many tokens after the verb it serves. */
export const PURPOSE_OBJECT_MAX_TOKENS = 12;
/**
 * Cue verbs that report a statement when they stand in a purpose clause ("summoned the envoy to
 * demand …", "called a news conference to deny …"). Most verbs there name an activity, not a
 * statement ("met to discuss", "used the word to describe", "to promote the film").
 */
export const PURPOSE_CUE_VERBS: ReadonlySet<string> = new Set([
  'demand', 'deny', 'protest', 'condemn', 'warn', 'announce', 'confirm', 'reject', 'urge', 'accuse', 'complain',
  'insist', 'reiterate', 'dismiss', 'denounce', 'express', 'voice', 'allege', 'reaffirm',
]);
/** Verbs whose object, not subject, does what the infinitive says ("wants the council to demand", "forced the firm to deny"): no purpose clause. */
export const OBJECT_CONTROL_VERBS: ReadonlySet<string> = new Set([
  'want', 'expect', 'allow', 'force', 'cause', 'encourage', 'persuade', 'require', 'invite', 'order', 'permit', 'lead', 'enable',
  'get', 'help', 'need', 'like', 'prefer', 'compel', 'oblige', 'pressure', 'pressurise', 'pressurize', 'push', 'prompt', 'inspire',
  'convince', 'instruct', 'direct', 'authorise', 'authorize', 'leave', 'prepare', 'train', 'teach', 'choose', 'elect', 'appoint',
]);
/** Words of the object and adjuncts between a verb and its purpose infinitive. */
export const PURPOSE_OBJECT_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'ADP', 'PART', 'ADV', 'CCONJ']);
/** Conjunctions that join a second verb to a clause's subject ("described it as …, and said …", "yet acknowledged …"). */
export const VP_COORDINATORS: ReadonlySet<string> = new Set(['and', 'but', 'yet', 'or']);
/** Subordinating words after a trailing cue: the cue's clause ends before them ("…, the minister told parliament after reports claimed …"). */
export const SUBORDINATORS: ReadonlySet<string> = new Set(['after', 'before', 'when', 'while', 'because', 'since', 'although', 'though', 'if', 'until', 'as', 'whereas', 'unless']);
/** Conjunctions that open a contrasting clause with a speaker of its own ("…, while the ministry said …"). */
export const CONTRAST_SUBORDINATORS: ReadonlySet<string> = new Set(['while', 'whereas', 'although', 'though', 'but']);
/** Words that, after a comma, open a trailing attribution clause: "…, as one adviser pointed out, …". */
export const TRAILING_CLAUSE_OPENERS: ReadonlySet<string> = new Set(['as']);
/** Documents named after "according to" whose author follows ("according to a statement from the ministry"). */
export const DOCUMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'speech', 'interview', 'briefing', 'release', 'letter', 'post', 'tweet', 'transcript',
  'readout', 'memo', 'document', 'documents', 'filing', 'filings', 'message', 'remarks', 'comments', 'analysis',
  'study', 'survey', 'poll', 'assessment', 'estimate', 'estimates', 'account', 'accounts',
]);

// ---- speakers ------------------------------------------------------------------------------------

/** Honorifics and ranks written before a name, folded, without their full stop: dropped from a canonical name. */
export const NAME_TITLES: ReadonlySet<string> = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'dame', 'lord', 'lady', 'rev', 'hon',
  'gen', 'general', 'lt', 'lieutenant', 'col', 'colonel', 'maj', 'major', 'capt', 'captain', 'sgt', 'sergeant', 'adm', 'admiral', 'cmdr', 'brig',
  'sen', 'senator', 'rep', 'representative', 'gov', 'governor', 'del', 'pres', 'president', 'vice', 'prime', 'minister',
  'secretary', 'chancellor', 'ambassador', 'judge', 'justice', 'mayor', 'chairman', 'chairwoman', 'chair', 'king', 'queen', 'prince', 'princess',
  'pope', 'sheikh', 'attorney', 'st', 'atty', 'supt', 'insp', 'inspector', 'commissioner', 'spokesman', 'spokeswoman', 'spokesperson',
]);
/** Honorifics that tell a person's gender, for "he"/"she". */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'sir', 'lord', 'king', 'prince']);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(['mrs', 'ms', 'miss', 'dame', 'lady', 'queen', 'princess']);
/** Pronouns for a male, female, plural and non-human source. */
export const MALE_PRONOUNS: ReadonlySet<string> = new Set(['he']);
export const FEMALE_PRONOUNS: ReadonlySet<string> = new Set(['she']);
export const PLURAL_PRONOUNS: ReadonlySet<string> = new Set(['they', 'we']);
export const THING_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/**
 * Role nouns that name what a person does ("spokesman", "minister"): with a name they make a
 * titled name, without one an unnamed on-record source ("a ministry spokesperson").
 */
export const ROLE_NOUNS: ReadonlySet<string> = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'minister', 'secretary', 'president', 'vice-president', 'premier', 'chancellor',
  'ambassador', 'envoy', 'representative', 'diplomat', 'chief', 'director', 'head', 'leader', 'chairman', 'chairwoman', 'chair',
  'commander', 'general', 'admiral', 'lawmaker', 'legislator', 'mp', 'senator', 'congressman', 'congresswoman', 'governor', 'mayor',
  'adviser', 'advisor', 'aide', 'official', 'officer', 'analyst', 'expert', 'professor', 'researcher', 'economist', 'lawyer',
  'attorney', 'prosecutor', 'judge', 'founder', 'executive', 'ceo', 'manager', 'member', 'strategist', 'pollster', 'candidate',
  'nominee', 'correspondent', 'reporter', 'editor', 'columnist', 'author', 'scholar', 'historian', 'scientist', 'activist', 'campaigner',
  'consultant', 'deputy', 'coordinator', 'commissioner', 'inspector', 'superintendent', 'sheriff', 'colonel', 'captain', 'sergeant',
  'lieutenant', 'major', 'agent', 'counsel', 'negotiator', 'mediator', 'monitor', 'observer', 'witness', 'resident', 'doctor', 'physician',
]);
/**
 * Heads of unnamed sources the writer does not identify: kept as anonymous with their description
 * ("a senior harbour official", "sources familiar with the matter", "people close to the talks").
 */
export const ANONYMOUS_HEADS: ReadonlySet<string> = new Set([
  'source', 'sources', 'official', 'officials', 'person', 'people', 'insider', 'insiders', 'diplomat', 'diplomats',
  'aide', 'aides', 'someone', 'officer', 'officers', 'individual', 'individuals', 'figure', 'figures', 'member', 'members',
  'residents', 'witnesses', 'witness', 'analysts', 'experts', 'critics', 'observers', 'locals', 'villagers', 'eyewitnesses',
  'activists', 'protesters', 'workers', 'employees', 'staff', 'soldiers', 'fishermen', 'farmers', 'parents', 'voters',
]);
/** Words that make an unnamed source anonymous when they modify it ("unnamed", "senior"). */
export const ANONYMITY_MARKERS: ReadonlySet<string> = new Set(['unnamed', 'anonymous', 'unidentified', 'senior', 'familiar', 'close', 'knowledgeable']);
/** Heads of media sources ("the newspaper", "local media", "state television"). */
export const MEDIA_HEADS: ReadonlySet<string> = new Set([
  'media', 'newspaper', 'newspapers', 'paper', 'outlet', 'outlets', 'broadcaster', 'channel', 'network', 'television', 'tv',
  'radio', 'magazine', 'website', 'site', 'blog', 'press', 'wire', 'tabloid', 'daily', 'weekly', 'reports', 'report', 'reporting',
]);
/** Last words of proper names of media ("… News", "… Times", "… Post"). */
export const MEDIA_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'news', 'times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'daily', 'television', 'tv', 'radio', 'press',
  'review', 'chronicle', 'observer', 'monitor', 'examiner', 'inquirer', 'standard', 'express', 'mirror', 'sun', 'mail', 'globe',
  'today', 'weekly', 'magazine', 'wire', 'network', 'broadcasting', 'channel', 'beast', 'hill', 'politico', 'agency', 'courier',
  'record', 'star', 'independent', 'citizen', 'dispatch', 'bulletin', 'reporter', 'enquirer', 'leader', 'voice', 'world', 'gazette',
]);
/** Last words of proper names of bodies ("… Party", "… Institute"): a name ending so is never a person. */
export const ORGANISATION_NAME_ENDINGS: ReadonlySet<string> = new Set([
  'party', 'committee', 'council', 'union', 'group', 'institute', 'university', 'college', 'school', 'foundation', 'association',
  'center', 'centre', 'fund', 'bank', 'club', 'campaign', 'corp', 'corporation', 'inc', 'company', 'co', 'board', 'organization',
  'organisation', 'agency', 'service', 'office', 'ministry', 'department', 'commission', 'court', 'army', 'police', 'authority',
  'alliance', 'coalition', 'network', 'society', 'trust', 'federation', 'league', 'movement', 'front', 'forces', 'guard', 'command',
  'airlines', 'airways', 'group', 'holdings', 'ltd', 'plc', 'llc', 'partners', 'project', 'initiative', 'program', 'programme',
]);
/** Heads that mark a news agency when "news" or "state" precedes them ("state news agency X"). */
export const NEWS_AGENCY_HEADS: ReadonlySet<string> = new Set(['agency', 'service']);
/** Heads of documents and polls that speak as sources ("the statement", "a poll shows"). */
export const DOCUMENT_HEADS: ReadonlySet<string> = new Set([
  'statement', 'report', 'poll', 'polls', 'survey', 'surveys', 'study', 'studies', 'analysis', 'document', 'documents', 'letter',
  'message', 'video', 'data', 'figures', 'records', 'memo', 'filing', 'filings', 'ruling', 'order', 'resolution', 'treaty',
  'article', 'book', 'research', 'findings', 'assessment', 'estimate', 'estimates', 'review', 'audit', 'census', 'tweet', 'post',
]);
/** Words that make a named or described body a government ("ministry", "administration", "White House"). */
export const GOVERNMENT_WORDS: ReadonlySet<string> = new Set([
  'government', 'governments', 'ministry', 'ministries', 'department', 'administration', 'cabinet', 'presidency', 'embassy',
  'authorities', 'authority', 'military', 'army', 'navy', 'forces', 'police', 'parliament', 'congress', 'senate', 'council',
  'kremlin', 'pentagon', 'office', 'state', 'regime', 'junta', 'court', 'prosecutors', 'commission', 'agency', 'service',
  'intelligence', 'bureau', 'treasury', 'white', 'downing', 'elysee', 'house', 'legislature', 'assembly',
]);
/** Heads that, with a demonym, are a country's government speaking: "Osterlandic authorities", "the Veldish government". */
export const COLLECTIVE_GOVERNMENT_HEADS: ReadonlySet<string> = new Set(['authorities', 'government', 'administration', 'leadership', 'regime', 'state', 'side']);
/** Descriptions that refer back to a body named earlier, with the words of names they may point to. */
export const NOMINAL_REFERENCES: ReadonlyMap<string, readonly string[]> = new Map([
  ['agency', ['agency', 'service', 'bureau', 'intelligence', 'administration']],
  ['ministry', ['ministry', 'department', 'office']],
  ['department', ['department', 'ministry']],
  ['alliance', ['alliance', 'nato', 'organization', 'organisation', 'treaty']],
  ['committee', ['committee', 'panel', 'commission']],
  ['panel', ['panel', 'committee', 'commission']],
  ['company', ['company', 'corporation', 'corp', 'inc', 'group', 'firm', 'ltd', 'plc']],
  ['firm', ['firm', 'company', 'group', 'corporation']],
  ['group', ['group', 'organization', 'organisation', 'association', 'union', 'coalition', 'network']],
  ['organisation', ['organisation', 'organization', 'group', 'association']],
  ['organization', ['organization', 'organisation', 'group', 'association']],
  ['newspaper', ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'daily', 'news']],
  ['paper', ['times', 'post', 'journal', 'herald', 'tribune', 'gazette', 'telegraph', 'daily', 'news']],
  ['campaign', ['campaign']],
  ['union', ['union']],
  ['court', ['court', 'tribunal']],
  ['council', ['council']],
  ['government', ['government', 'administration', 'ministry']],
  ['administration', ['administration', 'government', 'white']],
  ['statement', ['statement']],
  ['report', ['report']],
  ['message', ['message']],
  ['poll', ['poll', 'survey']],
  ['survey', ['survey', 'poll']],
  ['study', ['study', 'report', 'research']],
]);
/**
 * A possessive opening a coordinated source after a named conjunct stands for that conjunct:
 * "the US and its allies" → "US allies" (seed gold 003). Only "its": "their" may point to several.
 */
export const CONJUNCT_POSSESSIVES: ReadonlySet<string> = new Set(['its']);
/** The plural a bare regional adjective speaks as ("Western accusations" → "Western governments", seed gold 001). */
export const REGION_SPEAKER_HEAD = 'governments';
/**
 * "blasted the alliance for accusing …", "praised the minister for saying …": before a speech
 * participle this preposition makes the object of the clause's verb its speaker (seed gold 003).
 */
export const SPEECH_REASON_PREPOSITIONS: ReadonlySet<string> = new Set(['for']);
/**
 * "Kestria joined Vardia and Ostrel in condemning …": the verb's subject and its object both say
 * what the participle says. The verbs of this shape, and the preposition before the participle.
 */
export const JOINING_VERBS: ReadonlySet<string> = new Set(['join']);
export const JOINING_PREPOSITION = 'in';
/** At most this many tokens of the joined object ("Vardia and the Ostrel government"). */
export const JOINED_OBJECT_MAX_TOKENS = 8;
/** Determiners dropped from the front of a described speaker's name ("the agency" → "agency"). */
export const LEADING_DETERMINERS: ReadonlySet<string> = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'another', 'one', 'its', 'their', 'his', 'her', 'our']);
/** A name this close to a sentence's start, after an introductory phrase and comma, is its subject ("On Monday, Jane Roe …"). */
export const SUBJECT_AFTER_INTRO_MAX_TOKENS = 8;
/** How many units back a pronoun or description may find its speaker: news rarely refers further than a few paragraphs. */
export const RECENT_SPEAKER_WINDOW_UNITS = 12;

// ---- hedges and verification signals -----------------------------------------------------------
// Patterns over folded tokens: "a|b" alternatives, a trailing "?" marks an optional word, "*" skips
// up to HEDGE_GAP_MAX_TOKENS words.

/** Most words a "*" in a hedge pattern skips ("without providing [any further] details"). */
export const HEDGE_GAP_MAX_TOKENS = 3;

/** "Has not been (independently) confirmed" and its kin: a verification note that leaves the claim unverified. */
const NOT_CONFIRMED_PATTERNS: readonly string[] = [
  'not been independently? confirmed|verified|corroborated',
  // "not" is required after could/can: "the board can confirm" is a confirmation, not a doubt.
  "could|can|ca not|n't be independently? confirmed|verified|corroborated",
  'cannot be independently? confirmed|verified|corroborated',
  "could|can|ca not|n't independently? confirm|verify|corroborate",
  'cannot independently? confirm|verify|corroborate',
  'unable to independently? confirm|verify|corroborate',
  'not|never independently? confirmed|verified|corroborated',
];
/** The writer's distance from a claim (kind 'verification'): evidentials and "not confirmed" notes. */
export const VERIFICATION_PATTERNS: readonly string[] = [
  'allegedly', 'purportedly', 'reportedly', 'supposedly', 'purporting', 'purported', 'alleged', 'unconfirmed', 'unverified',
  'without providing|offering|giving|presenting|citing|showing * evidence|details|proof|detail|specifics',
  ...NOT_CONFIRMED_PATTERNS,
  'did not specify|say|provide|give|offer',
  'yet to * evidence|proof',
  'not supported by * evidence',
  'no evidence',
  'it is not known * certain',
];
/** The verification patterns that make the claim itself unverified (not merely hedged). */
export const UNVERIFIED_PATTERNS: readonly string[] = [
  ...NOT_CONFIRMED_PATTERNS,
  'unconfirmed', 'unverified',
  'not supported by * evidence',
  'cannot|can\'t|could not provide * verification',
];
/** The speaker's own hedges (kind 'hedge'): likelihood words and first-person belief. */
export const SPEAKER_HEDGE_PATTERNS: readonly string[] = [
  'likely', 'unlikely', 'probably', 'possibly', 'perhaps', 'might', 'may', 'apparently', 'potentially', 'presumably',
  'i|we believe|think|suspect|assume|understand|guess',
  'appears|appear|appeared|seems|seem|seemed to',
  'there were|are|is|was signs|indications',
  'speculated', 'believed to', 'expected to', 'estimated',
];

// ---- stance -------------------------------------------------------------------------------------

/**
 * Words in a content that call what it names untrue ("dismissed it as fake news", "labelled them
 * baseless rumours"): with them a description or rejection is a denial whatever its object.
 */
export const FALSEHOOD_WORDS: ReadonlySet<string> = new Set([
  'fake', 'baseless', 'groundless', 'fabrication', 'fabricated', 'fabrications', 'rumour', 'rumours', 'rumor', 'rumors',
  'untrue', 'false', 'propaganda', 'lie', 'lies', 'unfounded', 'hoax', 'disinformation', 'misinformation', 'slander', 'smear',
  'fiction', 'falsehood', 'falsehoods', 'untruth', 'untruths', 'inaccurate',
]);
/** Falsehood words that also just name hearsay: "following rumours that …" calls nothing false. */
export const RUMOUR_WORDS: ReadonlySet<string> = new Set(['rumour', 'rumours', 'rumor', 'rumors']);
/**
 * Words of scorn that deny only when what they scorn is a proposition: "dismissed the reports as
 * nonsense" denies, "called the offer ridiculous" rejects an offer.
 */
export const SCORN_WORDS: ReadonlySet<string> = new Set(['nonsense', 'absurd', 'ridiculous', 'laughable', 'preposterous', 'rubbish']);
/**
 * Denial cues whose noun-phrase object is always a proposition ("denied involvement", "disputed
 * the figures"): the act they name is about truth. Other denial cues ("rejected", "dismissed",
 * "ruled out", "objections") also take offers, plans and attempts, and deny only when their
 * content is a clause or a claim noun (DENIABLE_NOUNS).
 */
export const TRUTH_DENYING_WORDS: ReadonlySet<string> = new Set([
  'deny', 'denied', 'denies', 'denying', 'denial', 'denials', 'refute', 'rebut', 'debunk', 'disprove', 'contradict', 'dispute',
]);
/**
 * Objects after which "deny" means withhold, not contradict: "denied access", "denied him bail",
 * "denied the request".
 */
export const WITHHELD_NOUNS: ReadonlySet<string> = new Set([
  'access', 'entry', 'bail', 'permission', 'visa', 'visas', 'request', 'requests', 'application', 'applications', 'chance',
  'opportunity', 'right', 'rights', 'service', 'treatment', 'benefit', 'benefits', 'membership', 'citizenship', 'asylum',
  'licence', 'license', 'passage', 'appeal', 'appeals', 'admission', 'approval', 'funding', 'loan', 'credit', 'landing', 'boarding',
]);
/**
 * Heads of noun phrases that state a proposition, so rejecting or dismissing one denies it:
 * "rejected the claims", "dismissed reports of a deal", "ruled out suggestions that …".
 */
export const DENIABLE_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'charge', 'charges', 'report', 'reports',
  'rumour', 'rumours', 'rumor', 'rumors', 'suggestion', 'suggestions', 'assertion', 'assertions', 'contention', 'story',
  'stories', 'news', 'speculation', 'notion', 'theory', 'theories', 'talk', 'figure', 'figures', 'estimate', 'estimates',
  'finding', 'findings', 'account', 'accounts', 'characterisation', 'characterization', 'interpretation',
  'description', 'assessment', 'conclusion', 'conclusions', 'statement', 'statements', 'insinuation', 'insinuations',
  'premise',
]);
/**
 * People and sides that "deny" thwarts rather than contradicts: "the keeper denied the striker",
 * "denied the champions a fourth title". Names (proper nouns) are treated the same way.
 */
export const THWARTED_PARTY_NOUNS: ReadonlySet<string> = new Set([
  'player', 'players', 'striker', 'strikers', 'keeper', 'goalkeeper', 'forward', 'defender', 'opponent', 'opponents',
  'rival', 'rivals', 'team', 'teams', 'side', 'sides', 'champion', 'champions', 'visitors', 'hosts', 'winger', 'midfielder',
  'batsman', 'bowler', 'runner', 'rider', 'driver', 'candidate', 'challenger',
]);
/**
 * Object pronouns that name a person: after "deny" they are who went without ("denied him bail",
 * "the keeper denied her"). "them" may be claims ("denied them"), so it counts only before a
 * second object ("denied them a penalty").
 */
export const PERSON_OBJECT_PRONOUNS: ReadonlySet<string> = new Set(['him', 'her', 'us', 'me']);
/** Denial cues that never take a gerund as a proposition: "ruled out raising rates" is a decision, not a denial. */
export const DECISION_DENIAL_VERBS: ReadonlySet<string> = new Set(['rule']);
/**
 * Opening words of the writer's verification hedges that mark a claim as contested rather than
 * unconfirmed ("purporting to show", "allegedly supplied", "without providing evidence", "yet to
 * show proof"): an otherwise neutral statement with one of them is an allegation (gold README:
 * alleges = accusation or contested claim). Left out: "reportedly"; "alleged" (an adjective
 * naming someone else's charge); "did not specify/say" (a detail missing, not a claim contested).
 */
/** How many tokens after a claim's last word an alleging hedge may start (", without providing …"). */
export const ALLEGING_HEDGE_REACH_TOKENS = 2;
export const ALLEGING_HEDGE_OPENERS: ReadonlySet<string> = new Set(['allegedly', 'purportedly', 'purporting', 'purported', 'supposedly', 'without', 'yet']);
/** Cue verbs that describe or dismiss something: with dismissive words their content is a denial. */
export const DESCRIBING_VERBS: ReadonlySet<string> = new Set(['describe', 'call', 'label', 'brand', 'dub', 'term', 'dismiss', 'reject', 'characterise', 'characterize']);
/** Words that make a neutral statement a warning: conditions and threats. */
export const WARNING_WORDS: ReadonlySet<string> = new Set(['if', 'unless', 'threat', 'threaten', 'threatens', 'danger', 'dangerous', 'escalate', 'escalation', 'risk', 'risks', 'worrying', 'serious', 'consequences', 'warn', 'warning']);
/** Words that make a neutral statement an estimate: likelihood and projection. */
export const ESTIMATE_WORDS: ReadonlySet<string> = new Set(['likely', 'probably', 'expected', 'estimate', 'estimated', 'could', 'may', 'might', 'possibly', 'possible', 'projected', 'roughly', 'approximately', 'around', 'about']);
/** Words of condemnation in a content: a breach named is a condemnation ("violated UN resolutions", "illegal war"). */
export const CONDEMNING_WORDS: ReadonlySet<string> = new Set([
  'condemn', 'condemns', 'condemned', 'denounce', 'deplore', 'outrageous', 'unacceptable', 'illegal', 'unlawful', 'violated',
  'violates', 'violation', 'violations', 'breach', 'breached', 'breaches', 'reprehensible', 'appalling', 'atrocity', 'atrocities',
]);
/** Words that make a neutral statement a confirmation: evidence or proof in hand, or a confirmation stated. */
export const CONFIRMING_WORDS: ReadonlySet<string> = new Set(['evidence', 'proof', 'confirmed', 'confirm', 'confirms', 'corroborated', 'verified']);
/** Words just before an evidence word that cancel it ("no evidence", "without proof"). */
export const NEGATIONS_BEFORE_EVIDENCE: ReadonlySet<string> = new Set(['no', 'not', "n't", 'without', 'never', 'lack', 'unable', 'any']);
/** Words that make a neutral statement a demand: obligation and appeal. */
export const DEMANDING_WORDS: ReadonlySet<string> = new Set(['should', 'must', 'demand', 'demands', 'urge', 'urges', 'ought']);
/** Reports and claims a content may dismiss ("the reports are fake"). */
export const REPORT_NOUNS: ReadonlySet<string> = new Set([
  'report', 'reports', 'claim', 'claims', 'allegation', 'allegations', 'accusation', 'accusations', 'rumour', 'rumours', 'rumor',
  'rumors', 'story', 'stories', 'news', 'speculation', 'suggestion', 'suggestions', 'charge', 'charges', 'lawsuit', 'suit',
]);
/** Words between "unable"/"failed" and a cue that negate it like "not": "unable to confirm". */
export const NEGATING_LEADS: ReadonlySet<string> = new Set(['unable', 'failed', 'fail', 'refused', 'declined']);
/** Verbs that a "declined to …" / "refused to …" must govern to be a refusal to comment. */
export const SPEECH_AFTER_DECLINE: ReadonlySet<string> = new Set(['comment', 'say', 'discuss', 'confirm', 'deny', 'elaborate', 'speculate', 'respond', 'answer', 'specify', 'identify', 'name', 'disclose', 'reveal', 'address', 'give', 'provide', 'be']);
/** Longest name before a transcript or headline colon ("Sen. Jane Roe:"), in tokens. */
export const COLON_SOURCE_MAX_TOKENS = 6;
/** Time expressions that can date a statement ("said on Wednesday"); durations and vague times cannot. */
export const STATEMENT_TIME_KINDS: ReadonlySet<string> = new Set(['date', 'datetime', 'time', 'interval', 'month', 'year']);

/**
 * Words of a role that make a person speak for the country it names ("Vardian foreign minister",
 * "Vardian military spokesman", "a senior Vardian official"). Other roles with a nationality
 * ("a Vardian tycoon", "Vardian economist") describe the person; what they say is theirs alone.
 */
export const COUNTRY_VOICE_ROLE_WORDS: ReadonlySet<string> = new Set([
  'president', 'premier', 'chancellor', 'minister', 'secretary', 'ambassador', 'envoy', 'consul', 'diplomat', 'diplomats',
  'spokesman', 'spokeswoman', 'spokesperson', 'spokespeople', 'spokesmen', 'spokeswomen', 'official', 'officials',
  'negotiator', 'representative', 'delegate', 'commander', 'general', 'admiral', 'colonel', 'chief', 'head', 'director',
  'king', 'queen', 'prince', 'emir', 'sheikh', 'monarch', 'governor', 'mayor', 'attorney', 'prosecutor', 'adviser', 'advisor',
  'aide', 'aides', 'leader', 'lawmaker', 'lawmakers', 'legislator', 'legislators', 'senator', 'congressman', 'congresswoman',
  'mp', 'mps', 'parliamentarian', 'regulator', 'regulators', 'intelligence', 'military', 'army', 'navy', 'police', 'officer', 'officers',
]);

/** Perception verbs report a finding only with "that", a wh-word or a quotation: "saw that the ships had left", never "the deal sees Roe receive £5m". */
export const PERCEPTION_CUE_VERBS: ReadonlySet<string> = new Set(['see', 'hear', 'notice', 'watch']);
