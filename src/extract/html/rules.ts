// Every threshold, tag list and word list of HTML main-content extraction, in one place.
// Figures quoted in reasons were measured on the 181-page article-extraction benchmark in
// ../shared/bench (dev data) with `node dist/bench/extract-html.js`; class/id words are the ones
// publishing platforms use generically (WordPress, Arc, Brightspot…), never one outlet's names.

import type { BoilerplateCategory } from '../../model/index.js';

// ---------------------------------------------------------------------------------------------
// Parsing: what never becomes text, what breaks text into blocks.

/** Elements whose content is never article text (code, styling, embedded documents, form widgets). */
export const SKIPPED_CONTENT_TAGS: ReadonlySet<string> = new Set([
  'script', // code, including multi-megabyte inline JSON state
  'style', // CSS
  'noscript', // fallback duplicates (tracking pixels, "enable JavaScript" notices)
  'template', // inert markup for scripts
  'svg', // icon text (<title>, <text>) would read as words
  'math', // formula markup, not prose
  'iframe', // embedded documents; their fallback text is "your browser does not support…"
  'object', // plugin content
  'embed', // plugin content
  'canvas', // fallback text only
  'video', // fallback text only ("Your browser does not support the video tag")
  'audio', // fallback text only
  'select', // option lists of forms
  'textarea', // form input
  'button', // control labels ("Share", "Close", "Load more"), never prose
  'title', // the document title; read separately as a hint, not as body text
]);

/** Inline style values that hide an element (display:none, visibility:hidden). */
export const HIDDEN_STYLE_PATTERN = /display\s*:\s*none|visibility\s*:\s*hidden/i;

/** Elements that start and end a text block (HTML's block-level and table-cell elements). */
export const BLOCK_TAGS: ReadonlySet<string> = new Set([
  '#root', 'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd',
  'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer',
  'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'main',
  'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'picture', 'option',
]);

/** Class/id words of inline elements whose text is not shown in reading flow (hover cards with headline lists, screen-reader extras): F1 +0.0005. */
export const UNSHOWN_INLINE_WORDS: readonly string[] = [
  'tooltip*', 'popover*', 'hovercard*', 'hover-card*', 'rollover*', 'sr-only', 'visually-hidden', 'screen-reader*', 'visuallyhidden',
];

/** Consecutive <br> that end a paragraph: old templates write paragraphs as text + <br><br>. */
export const PARAGRAPH_BREAK_BR_COUNT = 2;

export const HEADING_TAGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

// ---------------------------------------------------------------------------------------------
// Main-container scoring (Readability's candidate scoring, run on our light tree).

/** Block owners whose text scores its ancestors (Readability's tags-to-score, plus direct text of divs). */
export const SCORED_BLOCK_TAGS: ReadonlySet<string> = new Set(['p', 'pre', 'td', 'div', 'section', 'article', 'main', 'center', 'blockquote']);

/** Blocks shorter than this do not score their ancestors (Readability: 25). */
export const MIN_SCORED_BLOCK_CHARS = 25;

/** Each full 100 characters of a block adds a point, at most this many (Readability: 3). */
export const MAX_LENGTH_POINTS_PER_BLOCK = 3;
export const CHARS_PER_LENGTH_POINT = 100;

/** How many ancestor levels a block's score reaches (Readability: 5). */
export const SCORED_ANCESTOR_LEVELS = 5;

/** Starting score of a container by tag: divs and cells hold articles, lists and forms rarely do. */
export const CONTAINER_TAG_SCORES: ReadonlyMap<string, number> = new Map([
  ['div', 5], ['article', 8], ['main', 5], ['section', 3], ['pre', 3], ['td', 3], ['blockquote', 3],
  ['address', -3], ['ol', -3], ['ul', -3], ['dl', -3], ['dd', -3], ['dt', -3], ['li', -3], ['form', -3],
  ['h1', -5], ['h2', -5], ['h3', -5], ['h4', -5], ['h5', -5], ['h6', -5], ['th', -5],
]);

/** Class/id weight of a container: Readability's ±25 for positive / negative names. */
export const CLASS_WEIGHT_POINTS = 25;

/** Class/id words of article containers (Readability's positive pattern, as words). */
export const POSITIVE_CONTAINER_WORDS: readonly string[] = [
  'article*', 'body', 'content*', 'entry*', 'hentry', 'main', 'page', 'post*', 'text', 'blog*', 'story*', 'prose',
];

/** Class/id words of non-article containers (Readability's negative pattern, as words). */
export const NEGATIVE_CONTAINER_WORDS: readonly string[] = [
  'ad', 'ads', 'banner', 'combx', 'comment*', 'contact', 'footer*', 'gdpr', 'masthead', 'media', 'meta',
  'outbrain', 'promo*', 'related*', 'scroll', 'share*', 'shoutbox', 'sidebar*', 'skyscraper', 'sponsor*',
  'shopping', 'tags', 'widget*', 'taboola', 'newsletter*', 'recommend*', 'trending*', 'popular',
];

/** Class/id words of regions that are never the article (Readability's unlikely candidates). */
export const UNLIKELY_REGION_WORDS: readonly string[] = [
  'banner', 'breadcrumb*', 'combx', 'comment*', 'community', 'disqus', 'footer*', 'gdpr', 'header',
  'legends', 'menu*', 'related*', 'remark', 'replies', 'rss', 'shoutbox', 'sidebar*', 'skyscraper',
  'social*', 'sponsor*', 'supplemental', 'agegate', 'pagination', 'pager', 'popup', 'navbar', 'nav',
  'taboola', 'outbrain', 'newsletter*', 'cookie*', 'consent',
];

/** Words that rescue an unlikely-looking region (Readability's okMaybeItsACandidate). */
export const LIKELY_REGION_WORDS: readonly string[] = ['and', 'article*', 'body', 'column', 'content*', 'main', 'story*', 'post*'];

/** Elements that are page furniture by their tag or ARIA role wherever they are. */
export const UNLIKELY_REGION_TAGS: ReadonlySet<string> = new Set(['nav', 'aside', 'footer', 'form', 'dialog', 'menu']);
export const UNLIKELY_REGION_ROLES: ReadonlySet<string> = new Set([
  'navigation', 'menu', 'menubar', 'complementary', 'banner', 'contentinfo', 'alert', 'alertdialog', 'dialog', 'search',
]);

/** Tags whose itemprop/role marks the article body container directly. */
export const ARTICLE_BODY_ITEMPROPS: ReadonlySet<string> = new Set(['articlebody', 'reviewbody', 'text']);

/** Bonus for an element the page itself marks as the article body (itemprop=articleBody). */
export const MARKED_ARTICLE_BODY_BONUS_POINTS = 40;

/** How many best-scoring candidates are compared when the article looks split (Readability: 5). */
export const TOP_CANDIDATE_COUNT = 5;
/** Candidates scoring at least this share of the top one count as alternatives (Readability: 0.75)… */
export const ALTERNATIVE_CANDIDATE_SCORE_RATIO = 0.75;
/** …and when this many share an ancestor with the top one, that ancestor is the article (Readability: 3). */
export const MIN_ALTERNATIVE_CANDIDATES = 3;

/** A region with less text than this is retried with unlikely-looking regions allowed (Readability: 500). */
export const MIN_CONTENT_CHARS = 500;

/** Climbing from the top candidate: stop at a parent scoring under this share of the start score (Readability: 1/3). */
export const PARENT_CLIMB_MIN_SCORE_RATIO = 1 / 3;

/** Siblings of the top candidate join it above this share of its score (Readability: 0.2)… */
export const SIBLING_SCORE_RATIO = 0.2;
/** …and never below this absolute score (Readability: 10). */
export const MIN_SIBLING_SCORE = 10;

/** A sibling block of prose joins when longer than this with link density under the next figure (Readability: 80 / 0.25). */
export const SIBLING_PROSE_MIN_CHARS = 80;
export const SIBLING_PROSE_MAX_LINK_DENSITY = 0.25;

/** A sibling with no score (its paragraphs sit deeper than scores reach) joins when it holds this much prose… */
export const DEEP_SIBLING_MIN_PROSE_CHARS = 200;
/** …and at least this share of the top candidate's prose (chunked article bodies, e.g. one div per section). */
export const DEEP_SIBLING_MIN_PROSE_RATIO = 0.1;

/** JSON-LD articleBody: blocks at least this long are looked up in it to locate the article. */
export const JSON_LD_MATCH_MIN_BLOCK_CHARS = 40;
/** The container is the smallest element holding this share of the blocks found in articleBody. */
export const JSON_LD_CONTAINER_COVERAGE = 0.9;
/** articleBody must match at least this many characters of the page to be trusted as a locator. */
export const JSON_LD_MIN_MATCHED_CHARS = 400;

// ---------------------------------------------------------------------------------------------
// Block decisions inside the main container.

/** Length classes of a block (characters): jusText's short / long boundaries. */
export const SHORT_BLOCK_MAX_CHARS = 70;
export const LONG_BLOCK_MIN_CHARS = 200;

/** Link density above which a short non-<p> block (menu line, list item) is furniture: jusText / boilerpipe figure. */
export const MAX_PROSE_LINK_DENSITY = 0.2;
/** <p> and long blocks are prose up to this density: applying 0.2 to them dropped cited-link paragraphs (F1 0.964 -> 0.973 when relaxed). */
export const MAX_LONG_PROSE_LINK_DENSITY = 0.5;

/** Link-heavy lines inside the article are kept when at most this many sit between kept blocks ("Get it at …" lines; related lists are longer): F1 +0.002. */
export const MAX_ISOLATED_LINK_LINES = 2;

/** Stopword share at or above which a long link-heavy block still reads as prose (jusText's 0.32 for English): F1 +0.0006. */
export const PROSE_STOPWORD_DENSITY = 0.32;

/** Characters that end a sentence: short blocks ending so read as prose, not labels. */
export const SENTENCE_END_PATTERN = /[.!?:;…"'”’)\]]$/;

/** Category of an element inside the article by its class/id words; checked in this order. */
export interface HintCategoryRule {
  readonly rule: string;
  readonly category: BoilerplateCategory;
  /** `word` matches a whole class/id word; `word*` any word starting so; `a-b` consecutive words. */
  readonly words: readonly string[];
}

export const INSIDE_CONTENT_HINT_RULES: readonly HintCategoryRule[] = [
  // Photo captions and credits are the largest share of Readability's extra text (~24%).
  { rule: 'caption-class', category: 'caption', words: ['caption*', 'figcaption', 'wp-caption*', 'legend', 'image-desc*', 'photo-desc*', 'media-desc*'] },
  { rule: 'credit-class', category: 'credit', words: ['credit*', 'copyright', 'photographer', 'image-source', 'photo-source'] },
  { rule: 'comments-class', category: 'comments', words: ['comment', 'comments', 'comment-*', 'comments-*', 'disqus*', 'respond', 'replies'] },
  { rule: 'share-class', category: 'share', words: ['share*', 'sharing', 'social*', 'addthis*', 'sharedaddy', 'sociable'] },
  { rule: 'subscription-class', category: 'subscription', words: ['newsletter*', 'subscribe', 'subscription', 'signup', 'sign-up', 'paywall*', 'regwall', 'registration', 'login', 'log-in', 'optin', 'opt-in'] },
  { rule: 'related-class', category: 'related', words: ['related*', 'read-more', 'readmore', 'more-stories', 'recommend*', 'outbrain*', 'taboola*', 'also-read', 'read-also', 'see-also', 'more-from', 'further-reading', 'next-article', 'up-next', 'most-read', 'most-popular', 'mostpopular', 'trending*', 'popular'] },
  { rule: 'advertisement-class', category: 'advertisement', words: ['ad', 'ads', 'advert*', 'adsense', 'ad-*', 'ads-*', 'sponsor*', 'promo*', 'dfp*', 'banner*', 'commercial', 'affiliate*', 'native-ad*'] },
  { rule: 'byline-class', category: 'metadata-fragment', words: ['byline*', 'author*', 'dateline*', 'timestamp*', 'published', 'pubdate', 'post-meta', 'article-meta', 'entry-meta', 'meta', 'date', 'datetime', 'time', 'updated', 'posted-on', 'contributor*', 'reporter*'] },
  { rule: 'navigation-class', category: 'navigation', words: ['nav', 'navbar', 'navigation', 'menu*', 'breadcrumb*', 'pagination', 'pager', 'tags', 'tag-list', 'tags-*', 'topics', 'skip-link', 'toolbar', 'kicker', 'eyebrow'] },
  { rule: 'page-chrome-class', category: 'page-chrome', words: ['sidebar*', 'widget*', 'footer*', 'masthead', 'site-header', 'modal*', 'popup*', 'cookie*', 'consent', 'hidden', 'hide', 'visually-hidden', 'sr-only', 'screen-reader*', 'print-only', 'bio', 'author-bio', 'author-info'] },
];

/** Class/id and tag rules skip an element holding more than this share of the article text: a wrapper, not furniture. */
export const HINT_RULE_MAX_SHARE_OF_CONTENT = 0.5;

/** Elements inside the article whose text is furniture by tag. */
export const INSIDE_CONTENT_TAG_CATEGORIES: ReadonlyMap<string, { rule: string; category: BoilerplateCategory }> = new Map([
  ['figcaption', { rule: 'caption-element', category: 'caption' }], // captions by definition
  ['figure', { rule: 'figure-element', category: 'caption' }], // text in a figure is its caption or credit
  ['caption', { rule: 'caption-element', category: 'caption' }], // a table's caption
  ['nav', { rule: 'nav-element', category: 'navigation' }],
  ['aside', { rule: 'aside-element', category: 'related' }], // pull-outs, related boxes, fact boxes
  ['footer', { rule: 'footer-element', category: 'page-chrome' }], // tags, share bars, author boxes
  ['form', { rule: 'form-element', category: 'subscription' }], // sign-up and search forms
  ['address', { rule: 'address-element', category: 'metadata-fragment' }], // author contact
]);

/** Whole short blocks that are furniture, by their text (case-insensitive, anchored). */
export interface TextPatternRule {
  readonly rule: string;
  readonly category: BoilerplateCategory;
  readonly pattern: RegExp;
}

export const SHORT_BLOCK_TEXT_RULES: readonly TextPatternRule[] = [
  { rule: 'advertisement-label', category: 'advertisement', pattern: /^(advertisement|advertising|ad|sponsored|sponsored content|paid content|story continues below( advertisement)?|continue reading (the main story|below)|article continues below|scroll to continue.*)$/i },
  { rule: 'read-more-label', category: 'related', pattern: /^(read more|related|related articles?|related stories|related coverage|related content|more on this( story)?|see also|also read|read also|recommended|watch|listen|more from .{1,40}|you may also like|you might also like|most (read|popular|viewed)|trending( now)?)\b.{0,60}$/i },
  { rule: 'read-more-lead-in', category: 'related', pattern: /^(read more|related|see also|also read|read|watch|listen|more|recommended|advertisement)\s*[:>|»-]/i },
  { rule: 'subscription-prompt', category: 'subscription', pattern: /\b(sign up|subscribe|newsletter|log in|sign in|register|download (our|the) app|get (our|the) app|inbox|follow us)\b/i },
  { rule: 'share-label', category: 'share', pattern: /^(share|share this( article| story| page)?|share on \w+|tweet|email|print|copy link|whatsapp|facebook|twitter|linkedin|pinterest|reddit|comments?( \(\d+\))?|\d+ comments?)[\s:]*$/i },
  { rule: 'credit-line', category: 'credit', pattern: /(^(photo|image|picture|video|graphic|illustration|credit|source|file photo)s?( credit)?\s*[:/|]|getty images|\bap photo\b|shutterstock|\bafp\b|\breuters\/|\/ reuters|\bepa\b|©|\(c\) \d{4}|\bimage (copyright|caption)\b)/i },
  { rule: 'byline-line', category: 'metadata-fragment', pattern: /^(by|written by|words by|reporting by|posted by|story by|author:)\s+\S/i },
  { rule: 'dateline-line', category: 'metadata-fragment', pattern: /^((published|updated|posted|last updated|first published|modified)\b.{0,50}|(mon|tue|wed|thu|fri|sat|sun)[a-z]*,? .{0,40}\d{4}.{0,20}|\d{1,2}:\d{2}\s*(am|pm)?.{0,40}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.? \d{1,2},? \d{4}.{0,30}|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]* \d{4}.{0,30}|\d{4}-\d{2}-\d{2}.{0,20}|\d+ (minutes?|hours?|days?|weeks?) ago)$/i },
  { rule: 'reading-time', category: 'metadata-fragment', pattern: /^\d+\s*(min|minute)s?( read)?$/i },
];

/** A short block matching `subscription-prompt` is furniture only when this short: in prose the words are news. */
export const SUBSCRIPTION_PROMPT_MAX_CHARS = 160;

/** Short English function words, for stopword density (jusText's measure of prose). */
export const STOPWORDS: ReadonlySet<string> = new Set(
  ('a about above after again against all also am an and any are as at be because been before being ' +
    'below between both but by can could did do does doing down during each few for from further had ' +
    'has have having he her here hers herself him himself his how i if in into is it its itself just ' +
    'me more most my myself no nor not now of off on once only or other our ours ourselves out over own ' +
    'same she should so some such than that the their theirs them themselves then there these they this ' +
    'those through to too under until up very was we were what when where which while who whom why will ' +
    'with would you your yours yourself yourselves said says one two new year years says told people ' +
    'like may many much must might since still even well us back last first').split(' '),
);

// ---------------------------------------------------------------------------------------------
// Diagnostics.

/** Elements still open at the end of the input beyond which the page looks truncated. */
export const TRUNCATED_PAGE_MIN_UNCLOSED_ELEMENTS = 12;
