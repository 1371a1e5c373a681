// Page-furniture rules for extract: every word list, pattern and threshold that decides whether a
// block of a page (a text-dump line or an HTML block) is the article or the page around it, and
// how a text dump's header (title, standfirst, byline, dateline) is recognised. `furniture.ts`,
// `templates.ts` and `text/` read these; no other file holds a furniture word or threshold.
//
// The rules describe signals (second-person address, the outlet's "we", imperative calls to action,
// credits in parentheses, sentence shape, position), never one outlet's phrases: the same rules
// must work on outlets they have never seen. Cases cited are the dev seeds in ../shared/seeds.

import type { BoilerplateCategory } from '../model/index.js';

/** A named rule: the name goes into RemovedBlock.rule so users can see why a block went. */
export interface FurnitureRule {
  readonly name: string;
  readonly category: BoilerplateCategory;
  readonly reason: string;
}

const rule = (name: string, category: BoilerplateCategory, reason: string): FurnitureRule => ({ name, category, reason });

/** Every rule that can remove a block, by key. */
export const FURNITURE_RULES = {
  leadingDateLine: rule('leading-date-line', 'metadata-fragment', 'crawler dumps prefix the first line with " date YYYY-MM-DD" (seed 001 L1); it is metadata, not text'),
  metadataFragment: rule('metadata-fragment', 'metadata-fragment', 'a lone "Published" / "on" left when the page\'s date widget lost its value (seed 002 L5, L7)'),
  advertisementLabel: rule('advertisement-label', 'advertisement', 'ad slots leave a bare "Advertisement" line between paragraphs (seed 002)'),
  navigationLabel: rule('navigation-label', 'navigation', 'menu and widget labels ("Trending", "Exit mobile version") are page chrome (seed 002 end)'),
  commentsLabel: rule('comments-label', 'comments', 'the comment widget leaves "Comments" / "12 comments" lines (seeds 000, 003)'),
  shareLabel: rule('share-label', 'share', 'share buttons leave "Share", "Copy link", network names as lines'),
  truncationMarker: rule('truncation-marker', 'truncation', '"Read more" / "Continue reading" / "…" mark cut text, not text'),
  relatedPrefix: rule('related-prefix', 'related', '"Related:" / "Read more:" / "Watch:" introduce teasers for other pages (seed 003 L8)'),
  bareCredit: rule('bare-credit', 'credit', 'a line that is only a parenthesised picture credit such as "( AP )" (seed 001 L17, L45, L109)'),
  creditPrefix: rule('credit-prefix', 'credit', '"Photo: X/Reuters" style credit lines name the picture source, not news'),
  captionWithCredit: rule('caption-with-credit', 'caption', 'picture captions end with the agency credit in parentheses (seed 000 L43, 001 L81)'),
  captionDuplicate: rule('caption-duplicate', 'caption', 'dumps repeat a caption once bare and once with its credit (seed 000 L42/L43, L55/L56)'),
  captionBesideCredit: rule('caption-beside-credit', 'caption', 'a descriptive non-sentence line next to a picture credit is that picture\'s caption'),
  outletVoiceAppeal: rule('outlet-voice-appeal', 'page-chrome', 'the outlet speaking as "we/our" to "you" outside quotation marks is an appeal, not reporting (seed 000 L14-L22)'),
  callToAction: rule('call-to-action', 'page-chrome', 'a line opening with an imperative ("Join", "Sign up", "Please refresh") addressed to the reader (seed 000 L64, L72)'),
  furnitureVocabulary: rule('furniture-vocabulary', 'page-chrome', 'a short unattributed line dense in site vocabulary (notifications, browser, newsletter) (seed 000 L3)'),
  sectionLabel: rule('section-label', 'navigation', 'one-to-three-word labels above the headline are the page\'s section and menu (seed 002 L1 "World")'),
  teaserAmongFurniture: rule('teaser-among-furniture', 'related', 'a headline-like line outside the body, between furniture lines, is a teaser for another page (seed 000 L12 video title)'),
  trailingLabel: rule('trailing-label', 'navigation', 'short label lines after the last paragraph are tags and widgets'),
  copyrightNotice: rule('copyright-notice', 'page-chrome', 'a short "© 2024 X. All rights reserved." line is the page footer (sample arvenia-today dump)'),
  template: rule('outlet-template', 'template', 'a furniture-like line repeated across one outlet\'s pages is its template'),
} as const satisfies Record<string, FurnitureRule>;

export type FurnitureRuleKey = keyof typeof FURNITURE_RULES;

// ---- Whole-line labels (compared lower-cased, trailing punctuation and counts removed) ----

/** A copyright notice: "©", "(c)" or "Copyright" first, then the year or the owner. */
export const COPYRIGHT_NOTICE = /^(?:©|\(c\)|copyright\b)\s*(?:\d{4}|\p{Lu})/iu;
/** Longer lines starting with "Copyright" are prose about copyright, not a footer. */
export const COPYRIGHT_NOTICE_MAX_WORDS = 16;

/** Lines longer than this are never treated as a bare label. */
export const LABEL_MAX_WORDS = 6;

export const ADVERTISEMENT_LABEL =
  /^(?:advertisement|advertising|advert|ad|ads|sponsored|sponsored content|promoted|promoted content|paid content|paid post|partner content|story continues below(?: advertisement)?|article continues below(?: advertisement)?|continue reading below)$/;

export const NAVIGATION_LABEL =
  /^(?:trending|trending now|exit mobile version|skip to (?:main )?content|skip to navigation|menu|main menu|home|search|most read|most popular|most viewed|top stories|latest|latest news|latest stories|more stories|more news|you may also like|recommended|recommended for you|back to top|next article|previous article|next story|close|open|toggle navigation|sections|topics|tags|more|view all|see all|breaking|live|listen to this article|print this page|accessibility links|cookie settings|manage cookies|reuse this content|(?:explore )?more on (?:this|these) (?:story|stories|topics?))$/;

export const COMMENTS_LABEL = /^(?:\d+\s+)?comments?$|^(?:view|show|load|see|read|hide) (?:all )?(?:\d+ )?comments$|^leave a (?:comment|reply)$|^comments? \(\d+\)$/;

export const SHARE_LABEL =
  /^(?:share|shares|share this|share this (?:article|story|page)|share on (?:facebook|twitter|x|whatsapp|linkedin|email|reddit)|copy link|link copied|copied|email|print|tweet|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram|flipboard|bookmark|save|save article|gift this article)$/;

export const TRUNCATION_MARKER = /^(?:read more|read the full (?:article|story)|continue reading|show more|see more|load more|expand|…|\.{3}|\[…\]|\[\.{3}\])$/;

/** Date-widget words left without their value (seed 002 "Published", "on"). */
export const METADATA_FRAGMENT = /^(?:published|updated|last updated|first published|posted|modified|on|at|by|date|time|filed under|dateline)$/;

/** A text dump's leading crawler date field: " date 2024-10-29 …" (seed 001 L1). */
export const LEADING_DATE_LINE = /^[ \t]*(date:?[ \t]+\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?)(?=\s|$)/i;

// ---- Prefixes ----

/** Teaser prefixes: "Related: …", "Read more: …", "Watch: …". The separator is required. */
/** Genre labels ("Analysis:", "Opinion:") are left out: they open headlines (BBC politics/353). */
export const RELATED_PREFIX =
  /^(?:related|related articles?|related stories|related video|read more|read also|also read|see also|more on this(?: story)?|more from [^:]{1,40}|watch|watch now|watch more|listen|video|recommended|further reading|most read|more)\s*[:|–—]\s*\S/i;

/** Credit lines: "Photo: Jane Roe/Reuters", "Image credit: …". */
export const CREDIT_PREFIX = /^(?:photo|photos|photograph|picture|pictures|image|images|video|illustration|graphic|credit|photo credit|image credit|picture credit|source)\s*:\s*\S/i;

/** Longest credit line (in words) the credit rules accept; longer lines are prose. */
export const CREDIT_MAX_WORDS = 12;

/** Wholly parenthesised line: "( AP )", "(Getty Images)", "( KCNA VIA KNS/AFP via Getty Image )". */
export const PARENTHESISED_LINE = /^[([]\s*([^()[\]]{1,120}?)\s*[)\]]$/;

/** A trailing parenthesised credit after caption text: "… in 2018 (AP)", "COREAS-TENSIONES ( AP )". */
export const TRAILING_PARENTHESISED = /\s*[([]\s*([^()[\]]{1,80}?)\s*[)\]]\s*$/;

/**
 * Lower-case words a credit may contain; every other word of a credit is capitalised or an
 * acronym ("KCNA VIA KNS/AFP via Getty Image"). "file", "pool", "handout" are agency terms.
 */
export const CREDIT_LINKING_WORDS: ReadonlySet<string> = new Set(['via', 'for', 'and', '&', '/', 'by', 'file', 'pool', 'handout', 'photo', 'image', 'images', 'photos', 'courtesy', 'of', 'the', 'supplied', 'stock']);

/**
 * A credit names an agency in capitals ("AP", "KCNA") or says what it credits ("via",
 * "Images", "handout"). "(Canada)" after a name in a BBC team list is neither.
 */
export const CREDIT_MARKER_WORDS: ReadonlySet<string> = new Set(['via', 'photo', 'photos', 'image', 'images', 'file', 'pool', 'handout', 'courtesy', 'supplied', 'stock']);

/** Longest parenthetical (in words) the caption-duplicate rule accepts as the credit that differs. */
export const CAPTION_DUPLICATE_CREDIT_MAX_WORDS = 5;

/** A caption is at least this many words (shorter lines next to a credit are crossheads or labels). */
export const CAPTION_MIN_WORDS = 4;

/** A caption is at most this many words; longer lines ending in "(FCC)" are paragraphs (BBC entertainment/048). */
export const CAPTION_MAX_WORDS = 40;

// ---- Voice and calls to action ----

/** Second person and the outlet's first-person plural; "us" is lower-case only so "US" stays the country. */
export const OUTLET_VOICE_TOKEN = /\b(?:[Yy]ou(?:r|rs|rself|rselves)?|[Ww]e|[Oo]ur|[Oo]urs|us|[Ww]e're|[Ww]e've|[Yy]ou're|[Yy]ou've|[Yy]ou'll)\b/g;

/** Unquoted voice tokens needed before a line reads as the outlet addressing the reader (seed 000 L18 has 3). */
export const OUTLET_VOICE_MIN_TOKENS = 2;

/**
 * Appeals are dense in "we/you" (seed appeals: 0.06-0.25 tokens per word); a long explainer
 * paragraph with a few "you" and site words is not (BBC tech/375 last paragraph 0.02, tech/349 0.014).
 */
export const OUTLET_VOICE_MIN_TOKENS_PER_WORD = 0.04;

/** Imperatives that open a call to action. Matched at the start of the line, case-insensitive. */
export const CALL_TO_ACTION_START =
  /^(?:join|subscribe|sign up|sign in|sign-up|log in|login|register|donate|contribute|support us|support our|support now|follow|share|click|tap|read|watch|listen|download|get|help us|please|stay|enable|allow|turn on|turn off|refresh|become|thank you|thanks for|discover|explore|try|start|unlock|create|choose|manage|update your|upgrade|claim|enter|check out|don't miss|never miss|want|like)\b/i;

/**
 * A call to action with no site vocabulary and no "you" is still one when this short and
 * unpunctuated ("Sign up", "Support Now"); BBC headlines such as "Download chart debut is
 * delayed" (5 words) open with the same verbs.
 */
export const CALL_TO_ACTION_SHORT_MAX_WORDS = 3;

/** Longest line (in words) the call-to-action and vocabulary rules consider; longer lines are prose. */
export const CALL_TO_ACTION_MAX_WORDS = 40;

// ---- Site vocabulary, by the category it signals ----

/**
 * Each family's words in two strengths: `siteOnly` words are what a site says about itself and
 * almost never news ("your support", "newsletter", "paywall"); `shared` words occur in news too
 * ("comments", "app", "journalists", "forum") and only add to other evidence. Measured on the
 * BBC 2005 corpus: treating the shared words as strong removed tech and politics paragraphs.
 */
export const FURNITURE_VOCABULARY: readonly { readonly category: BoilerplateCategory; readonly siteOnly: RegExp; readonly shared: RegExp }[] = [
  {
    category: 'donation',
    siteOnly: /\b(?:donat(?:e|ion|ions|ing)|paywalls?|your support|support us|support our|support now|become a (?:member|supporter|patron)|(?:quality|independent) journalism|keep (?:our|this) journalism)\b/gi,
    shared: /\b(?:journalism|journalists|contribut(?:e|ion|ions)|membership|paid for)\b/gi,
  },
  {
    category: 'subscription',
    siteOnly: /\b(?:subscri(?:be|bed|ber|bers|bing|ption|ptions)|newsletters?|notifications?|sign[- ]?up|sign[- ]?in|log[- ]?in|logged in|log[- ]?out|inbox|e-?mail address|create an account|your account|browser (?:preferences|settings)|push alerts?|refresh (?:the|your) (?:page|browser)|registering)\b/gi,
    shared: /\b(?:register(?:ed)?|registration|browser|preferences|alerts|app|account)\b/gi,
  },
  {
    category: 'comments',
    siteOnly: /\b(?:commenting|community guidelines|join the (?:conversation|discussion)|comments? (?:section|forum)|see their replies)\b/gi,
    shared: /\b(?:comments?|conversations?|replies|forum|discussion)\b/gi,
  },
  {
    category: 'share',
    siteOnly: /\b(?:share (?:this|via)|copy link)\b/gi,
    shared: /\b(?:share on|facebook|twitter|whatsapp|linkedin|pinterest|reddit|telegram)\b/gi,
  },
];

/** Site-only vocabulary hits that make a short unattributed line outside the body furniture (seed 000 L3 has 2). */
export const FURNITURE_VOCABULARY_MIN_HITS = 2;

/** Longest line (in words) the vocabulary-only rule may remove. */
export const FURNITURE_VOCABULARY_MAX_WORDS = 20;

// ---- News signals: what protects a line ----

/** Reporting verbs and attributions outside quotes: the mark of reported news. */
export const REPORTING_CUE =
  /\b(?:said|says|say|told|tells|added|adds|claimed|claims|reported|reports|according to|announced|stated|states|confirmed|confirms|denied|denies|warned|warns|accused|insisted|argued|believes|believed|estimated|described|quoted|alleged|assessed|urged|informed|mentioned|asserted|wrote|noted|suggested|revealed|testified|acknowledged|disclosed|questioned|asked|replied|explained|predicted|promised)\b/gi;

/** Quotation marks that open and close quoted speech; single quotes are left out (apostrophes). */
export const QUOTE_OPEN = new Set(['“', '«', '„']);
export const QUOTE_CLOSE = new Set(['”', '»']);
export const QUOTE_TOGGLE = new Set(['"']);

/** Sentence end: final . ! ? possibly followed by closing quotes or brackets. */
export const SENTENCE_END = /[.!?…][)"'”’»\]]*$/;

/**
 * A paragraph ends with . ! … or a quoted question; a bare "?" ends headlines and Q&A crossheads
 * ("What is the extent of …?", seed 001 L47), which are not where the body starts.
 */
export const PARAGRAPH_END = /(?:[.!…][)"'”’»\]]*|\?[)"'”’»\]]+)$/;

/** A line this long is a paragraph even when a dump cut its final punctuation. */
export const PARAGRAPH_MIN_WORDS_UNPUNCTUATED = 30;

/** A body paragraph: a sentence of at least this many words. */
export const BODY_PARAGRAPH_MIN_WORDS = 8;

// ---- Header shape ----

/** A headline has at least / at most this many words and does not end with a full stop. */
export const TITLE_MIN_WORDS = 2;
export const TITLE_MAX_WORDS = 30;

/** Section labels before the headline are this short (seed 002 "World"). */
export const SECTION_LABEL_MAX_WORDS = 3;

/** Labels after the last paragraph are this short. */
export const TRAILING_LABEL_MAX_WORDS = 4;

/** In-body headings ("What is the extent of …?", seed 001 L47) are at most this long. */
export const HEADING_MAX_WORDS = 14;

/** Author lines: "By Jane Roe", "Author: Jane Roe", "Written by …", "Reporting by …". */
export const AUTHOR_PREFIX = /^(?:by|authors?|written by|words by|reporting by|report by|story by)\s*:?\s+(.+)$/i;

/** Contributor credits that are article metadata but not authorship: "Translation by X" (seed 004 L19). */
export const CONTRIBUTOR_PREFIX =
  /^(?:translation by|translated by|translated from [^:]{1,30} by|additional reporting by|editing by|edited by|illustrations? by|photographs? by|graphics by|produced by|fact-?checked by|with reporting from)\s*:?\s+.+$/i;

/** Author lines longer than this are prose that happens to start with "By". */
export const BYLINE_MAX_WORDS = 12;

/** A bare name line (2-4 capitalised tokens) next to a dateline is a byline (seed 000 L9). */
export const NAME_LINE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|van|von|der|da|di|del|bin|al|la|le)){1,3}$/u;

/** Several authors in one byline: "Jane Roe and John Doe", "Jane Roe, John Doe". */
export const AUTHOR_SEPARATOR = /\s*(?:,|\band\b|&)\s*/;

/** Role after a byline's name, not part of it: "Jane Roe, Political Editor", "Jane Roe | Reuters". */
export const BYLINE_ROLE_SUFFIX = /\s*(?:\|.*|[,–—]\s*[^,]*\b(?:editor|correspondent|reporter|writer|staff|contributor|columnist|analyst|producer|chief|head)\b.*)$/iu;

/** Place after a byline's name: "Jane Roe in Seoul". */
export const BYLINE_PLACE_SUFFIX = /\s+in\s+\p{Lu}[\p{L}' -]*$/u;

/** A dateline: a short line mostly made of one date ("Friday 25 October 2024 05:30 BST"). */
export const DATELINE_MAX_WORDS = 14;
export const DATELINE_MIN_DATE_SHARE = 0.6;

/** Words a dateline may carry besides the date: "Published 23 Oct 2024", "Updated: …". */
export const DATELINE_LABEL_WORDS = /\b(?:published|updated|last|first|posted|modified|on|at|date|time|am|pm)\b|[|:,•·–—-]/gi;

// ---- Outlet named in the page's own words ----

/** Capitalised name of up to five words, optionally after "The". */
// A name word may hold a full stop only inside it ("U.S"), so "Arvenia Today. All rights" stops at "Today".
const OUTLET_NAME_WORD = "\\p{Lu}(?:[\\p{L}\\p{N}&'’-]|\\.(?=[\\p{L}\\p{N}]))*";
const OUTLET_NAME = `((?:[Tt]he\\s+)?${OUTLET_NAME_WORD}(?:\\s+${OUTLET_NAME_WORD}){0,4})`;

/**
 * How a page names its own outlet, strongest first. Reliability is 'medium' for phrases only a
 * site says about itself, 'low' for ones a news sentence could also contain. The outlet is read
 * from lines removed as furniture only: a site names itself in its chrome, news names others.
 */
export const OUTLET_SELF_MENTIONS: readonly { readonly pattern: RegExp; readonly reliability: 'medium' | 'low'; readonly reason: string }[] = [
  { pattern: new RegExp(`\\bnotifications from ${OUTLET_NAME}`, 'u'), reliability: 'medium', reason: 'a notification prompt names the site sending them (seed 000 L1)' },
  { pattern: new RegExp(`\\b(?:news )?alerts from ${OUTLET_NAME}`, 'u'), reliability: 'medium', reason: '"Get breaking news alerts from X" is the same prompt worded otherwise (sample harbour-post dumps)' },
  { pattern: new RegExp(`^${OUTLET_NAME} is trusted by\\b`, 'u'), reliability: 'medium', reason: 'donation appeals open with the outlet vouching for itself (seed 001 L5)' },
  { pattern: new RegExp(`(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?${OUTLET_NAME}`, 'iu'), reliability: 'medium', reason: 'the copyright line names the publisher' },
  { pattern: new RegExp(`\\b(?:subscribe to|sign up (?:to|for)) ${OUTLET_NAME}`, 'u'), reliability: 'low', reason: 'subscription prompts name the site ("support X" is left out: news says "to support Moscow")' },
  { pattern: new RegExp(`${OUTLET_NAME} (?:[Nn]ewsletters?|app)\\b`, 'u'), reliability: 'low', reason: '"X Newsletter" / "X app" prompts name the site' },
  { pattern: new RegExp(`\\bother ${OUTLET_NAME} readers\\b`, 'u'), reliability: 'low', reason: 'comment prompts address "other X readers" (seed 000 L66)' },
];

/** Capitalised words an outlet pattern can catch that are not names ("Support Now", "Sign Up"). */
export const OUTLET_NAME_STOPWORDS: ReadonlySet<string> = new Set(['Now', 'Us', 'Our', 'Your', 'Here', 'Today', 'Free', 'Up', 'In', 'Me', 'The', 'This', 'Close', 'More', 'Read', 'All']);

// ---- Templates ----

/** A line in this many documents of one outlet (this one included) may be that outlet's template. */
export const TEMPLATE_MIN_DOCUMENTS_SAME_OUTLET = 2;

/** Without a shared outlet, a line must recur in this many documents to be a template. */
export const TEMPLATE_MIN_DOCUMENTS_ANY_OUTLET = 3;

/** Lines shorter than this (in characters) are not learnt: "on", "|" recur everywhere and mean nothing. */
export const TEMPLATE_MIN_LINE_CHARS = 3;
