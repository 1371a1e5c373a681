// Rules for reading article metadata from an HTML page (html-metadata.ts, json-ld.ts, outlet.ts):
// which meta names, JSON-LD types and elements are read, in what priority, and the thresholds that
// decide agreement, conflict and plausibility. No other file holds a metadata word list or number.

import type { MetadataSource, Reliability } from '../model/index.js';

// ---------------------------------------------------------------------------------------------
// JSON-LD

/**
 * schema.org types that describe the article itself, best first. A page often carries several
 * nodes (WebSite, Organization, BreadcrumbList, the article): the article node is the one to read.
 */
export const JSON_LD_ARTICLE_TYPES: readonly string[] = [
  'NewsArticle', // news sites' own type (schema.org CreativeWork > Article > NewsArticle)
  'ReportageNewsArticle', // NewsArticle subtypes some outlets declare instead
  'AnalysisNewsArticle',
  'OpinionNewsArticle',
  'BackgroundNewsArticle',
  'ReviewNewsArticle',
  'LiveBlogPosting', // live pages: the posting's own dates, not its updates'
  'Article', // generic CMS default (WordPress Yoast emits "Article")
  'BlogPosting', // blogs in the benchmark (BlogPosting is an Article subtype)
  'SocialMediaPosting',
  'Report',
  'ScholarlyArticle',
  'TechArticle',
];

/** Page-level types read only when no article node exists: some CMSs put the dates on the WebPage. */
export const JSON_LD_PAGE_TYPES: readonly string[] = ['WebPage', 'ItemPage', 'CollectionPage', 'AboutPage'];

/** Node properties whose object values are walked for more nodes (`@graph` is walked always). */
export const JSON_LD_NESTED_NODE_KEYS: readonly string[] = ['mainEntity', 'mainEntityOfPage'];

/** Nodes nested deeper than this are a page's data blob (app state), not its article description. */
export const JSON_LD_MAX_NODE_DEPTH = 6;

/** Author @types that are not people: their names are outlets, not bylines. */
export const JSON_LD_NON_PERSON_AUTHOR_TYPES: readonly string[] = ['Organization', 'NewsMediaOrganization', 'Corporation', 'WebSite', 'Brand'];

/** The schema.org prefixes a @type may carry ("http://schema.org/NewsArticle"). */
export const SCHEMA_ORG_TYPE_PREFIX = /^https?:\/\/(?:www\.)?schema\.org\//i;

/** Script types that hold JSON-LD (one outlet in the benchmark writes `application/ld+json; charset=utf-8`). */
export const JSON_LD_SCRIPT_TYPE = /^\s*application\/ld\+json\b/i;

// ---------------------------------------------------------------------------------------------
// Dates

/** A key read from <meta name|property=KEY content> (lower-cased), with the source it counts as. */
export interface MetaKey {
  readonly key: string;
  readonly from: MetadataSource;
}

/**
 * Meta keys (lower-cased name or property) that carry the publication date, best first. Counts from
 * the 181 benchmark pages: article:published_time 75 (+9 as name=), sailthru.date 18, dc.date 12.
 */
export const PUBLISHED_META_KEYS: readonly MetaKey[] = [
  { key: 'article:published_time', from: 'opengraph' }, // Open Graph article namespace
  { key: 'article:published', from: 'opengraph' }, // 3 benchmark pages write it without _time
  { key: 'og:published_time', from: 'opengraph' },
  { key: 'og:article:published_time', from: 'opengraph' },
  { key: 'og:pubdate', from: 'opengraph' }, // 2 benchmark pages
  { key: 'datepublished', from: 'meta-tag' }, // <meta name="datePublished"> without itemprop
  { key: 'pubdate', from: 'meta-tag' }, // 5 benchmark pages
  { key: 'publishdate', from: 'meta-tag' },
  { key: 'publish-date', from: 'meta-tag' },
  { key: 'publish_date', from: 'meta-tag' },
  { key: 'pub_date', from: 'meta-tag' }, // 4 benchmark pages
  { key: 'pdate', from: 'meta-tag' }, // NYT-style pages
  { key: 'published_at', from: 'meta-tag' },
  { key: 'published', from: 'meta-tag' },
  { key: 'article.published', from: 'meta-tag' }, // 3 benchmark pages
  { key: 'article_date_original', from: 'meta-tag' }, // 3 benchmark pages
  { key: 'parsely-pub-date', from: 'meta-tag' }, // Parse.ly analytics tag
  { key: 'sailthru.date', from: 'meta-tag' }, // Sailthru newsletter tag, 18 benchmark pages
  { key: 'cxenseparse:recs:publishtime', from: 'meta-tag' }, // Cxense recommendation tag
  { key: 'dc.date.issued', from: 'meta-tag' }, // Dublin Core
  { key: 'dcterms.issued', from: 'meta-tag' },
  { key: 'dcterms.created', from: 'meta-tag' },
  { key: 'dc.date', from: 'meta-tag' }, // Dublin Core generic date: publication on news sites
  { key: 'dcterms.date', from: 'meta-tag' },
  { key: 'date', from: 'meta-tag' }, // least specific name, read last
];

/** Meta keys for the last modification, best first. */
export const MODIFIED_META_KEYS: readonly MetaKey[] = [
  { key: 'article:modified_time', from: 'opengraph' }, // 59 benchmark pages
  { key: 'article:modified', from: 'opengraph' },
  { key: 'og:updated_time', from: 'opengraph' }, // 32 benchmark pages
  { key: 'datemodified', from: 'meta-tag' },
  { key: 'article.updated', from: 'meta-tag' },
  { key: 'article_date_updated', from: 'meta-tag' },
  { key: 'updated-date', from: 'meta-tag' },
  { key: 'dcterms.modified', from: 'meta-tag' },
  { key: 'last-modified', from: 'meta-tag' }, // written by the page, unlike the HTTP header
];

/** Microdata item properties (itemprop) with the date in `content` or `datetime`. */
export const PUBLISHED_ITEMPROPS: readonly string[] = ['datepublished', 'datecreated'];
export const MODIFIED_ITEMPROPS: readonly string[] = ['datemodified'];

/** JSON-LD properties of the article node, best first. */
export const PUBLISHED_JSON_LD_KEYS: readonly string[] = ['datePublished', 'dateCreated'];
export const MODIFIED_JSON_LD_KEYS: readonly string[] = ['dateModified'];

/**
 * Where a publication date may come from, best first. HTTP Last-Modified is absent on purpose: it
 * says when the server's copy changed, not when the story ran; the fetch time is never a source.
 */
export const DATE_SOURCE_PRIORITY: readonly MetadataSource[] = [
  'json-ld', // the publisher's own structured data
  'opengraph',
  'microdata',
  'meta-tag',
  'time-element', // <time pubdate datetime> or the first <time datetime> in <article>
  'dateline', // the visible date next to the headline
  'url-path', // /2024/10/23/ in the URL: day only, sometimes the first version's date
  'feed',
  'jsonl',
];

/** Sources whose date is machine-written by the publisher: "structured" in the reliability policy. */
export const STRUCTURED_DATE_SOURCES: readonly MetadataSource[] = ['json-ld', 'opengraph', 'microdata', 'meta-tag', 'time-element'];

/** Sources that are only ever low reliability: a URL path or a date beside the content. */
export const WEAK_DATE_SOURCES: readonly MetadataSource[] = ['url-path', 'feed', 'jsonl'];

/** Two dates closer than this agree; farther apart they conflict (the brief: "more than a day"). */
export const DATE_AGREEMENT_TOLERANCE_MS = 24 * 60 * 60 * 1000;

/** Extra slack when a date has day precision: "2024-10-23" is read as its noon and covers ±12 hours. */
export const DAY_PRECISION_SLACK_MS = 12 * 60 * 60 * 1000;

/** modified may precede published by this much before it counts as earlier (clock skew between CMS fields). */
export const MODIFIED_BEFORE_PUBLISHED_TOLERANCE_MS = 60 * 1000;

/** Calendar years a publication date may fall in; outside, the value is a CMS placeholder ("0001-01-01", "1970-01-01"). */
export const MIN_PLAUSIBLE_PUBLICATION_YEAR = 1990; // the benchmark's oldest page is from the 2000s; the web began in 1991
export const MAX_PLAUSIBLE_PUBLICATION_YEAR = 2100;

/** The Unix epoch is what CMSs print for an unset timestamp. */
export const UNSET_TIMESTAMP_DAY = '1970-01-01';

/** Dates in URL paths: /2024/10/23/, /2024-10-23/ or /20241023/ (with separators on both sides). */
export const URL_PATH_DATE_PATTERNS: readonly RegExp[] = [
  /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$)/,
  /[/_-]((?:19|20)\d{2})-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)/,
  /\/((?:19|20)\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])(?:\/|$)/,
];

/** A dateline stands on a short line of its own; a date inside a longer line is body text ("On 12 March 2023, …"). */
export const DATELINE_MAX_LINE_CHARS = 100;

/** Ranges wider than this are widened for a timestamp written without a zone (UTC-12 … UTC+14). */
export const ZONELESS_TIMESTAMP_SLACK_MS = 14 * 60 * 60 * 1000;

/** How much visible text after the headline is searched for a dateline and a "By" line. */
export const HEADER_TEXT_WINDOW_CHARS = 1500;

// ---------------------------------------------------------------------------------------------
// Page scanning

/** Elements that start a new line in the visible text (so a "By …" line or a dateline stands alone). */
export const LINE_BREAKING_TAGS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'figcaption', 'figure',
  'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section',
  'table', 'td', 'th', 'tr', 'ul',
]);

/** Elements whose text is never visible page text. */
export const INVISIBLE_TEXT_TAGS: ReadonlySet<string> = new Set(['script', 'style', 'noscript', 'template', 'svg']);

/** A microdata itemtype that marks its element as the article (like <article>): schema.org Article types. */
export const ARTICLE_ITEMTYPE = /schema\.org\/(?:\w*Article|BlogPosting|LiveBlogPosting)\b/i;

/** Byline elements read per page: the first ones in page order are the article's, later ones belong to teasers. */
export const MAX_BYLINE_ELEMENTS = 12;

/** Characters kept from one captured element (a byline element that wraps a whole card is cut). */
export const MAX_CAPTURED_ELEMENT_CHARS = 300;

// ---------------------------------------------------------------------------------------------
// Title and outlet

/** Separators between a headline and the site name in <title> ("Headline | Site"). */
export const TITLE_SITE_SEPARATORS: readonly string[] = [' | ', ' - ', ' – ', ' — ', ' :: ', ' · '];

/** A title suffix longer than this is part of the headline, not a site name (unless it matches a known one). */
export const MAX_SITE_SUFFIX_CHARS = 40;
export const MAX_SITE_SUFFIX_WORDS = 5;

/** Never strip a suffix when what is left would be shorter than this (a "News - BBC" page is not a headline). */
export const MIN_HEADLINE_CHARS_AFTER_SUFFIX_STRIP = 10;

/** Meta keys naming the outlet, best first after JSON-LD publisher.name. */
export const SITE_NAME_META_KEYS: readonly MetaKey[] = [
  { key: 'og:site_name', from: 'opengraph' },
  { key: 'application-name', from: 'meta-tag' }, // often the outlet name on CMS-built pages
];

/** Meta keys for the headline after JSON-LD `headline`, best first. */
export const TITLE_META_KEYS: readonly MetaKey[] = [
  { key: 'og:title', from: 'opengraph' },
  { key: 'twitter:title', from: 'meta-tag' },
];

export const DESCRIPTION_META_KEYS: readonly MetaKey[] = [
  { key: 'og:description', from: 'opengraph' },
  { key: 'description', from: 'meta-tag' },
  { key: 'twitter:description', from: 'meta-tag' },
];

/** Section: article:section first, then JSON-LD articleSection, then these analytics tags. */
export const PRIMARY_SECTION_META_KEYS: readonly MetaKey[] = [{ key: 'article:section', from: 'opengraph' }];
export const FALLBACK_SECTION_META_KEYS: readonly MetaKey[] = [{ key: 'parsely-section', from: 'meta-tag' }];

/** A site name that is really a domain ("meridiantimes.example" from a JSONL `source_domain`) names no outlet. */
export const DOMAIN_LIKE_NAME = /^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/i;

/** Longest headline kept: longer "titles" are paragraphs a CMS misfiled. */
export const MAX_TITLE_CHARS = 400;

// ---------------------------------------------------------------------------------------------
// Authors

/** Meta keys naming authors. article:author is often a profile URL; URLs are refused as names. */
export const AUTHOR_META_KEYS: readonly MetaKey[] = [
  { key: 'author', from: 'meta-tag' },
  { key: 'article:author', from: 'opengraph' },
  { key: 'parsely-author', from: 'meta-tag' },
  { key: 'sailthru.author', from: 'meta-tag' },
  { key: 'dc.creator', from: 'meta-tag' },
];

/** class / id / itemprop / rel tokens that mark a byline element. */
export const BYLINE_MARKER = /(?:^|[\s_-])(?:byline|by-line|author|authors|article-author|author-name|contributor)(?:$|[\s_-])/i;

/** class / id tokens that look like a byline but hold biographies or lists of other writers. */
export const BYLINE_FALSE_MARKER = /(?:bio|avatar|image|img|photo|thumb|social|follow|more|other|related|list|twitter|email)/i;

/** "By Jane Doe", "BY JANE DOE", "by Jane Doe and John Roe": the byline prefix to strip. */
export const BYLINE_PREFIX = /^\s*by[:\s]\s*/i;

/** A visible "By …" line near the headline. */
export const BYLINE_TEXT_LINE = /^\s*by\s+\p{Lu}/iu;

/** Separators between several authors in one string. */
export const AUTHOR_LIST_SEPARATOR = /\s*(?:,\s*and\s+|\s+and\s+|\s+&\s+|,|;|\|)\s*/i;

/**
 * What follows a name in a byline and is not part of it: "Jane Doe in Kyiv", "Jane Doe • 3 min read",
 * "Malcolm Owen Monday, November 18" and the glued "Jeff FoustMonday" (benchmark bylines), "Jane Doe
 * Published 10:02 AM", "Finian Cunningham. Sputnik International" (a full stop after a whole word).
 */
export const AUTHOR_TRAILING_NOISE =
  /\s+(?:in|at|for)\s+\p{Lu}[\p{L}\s]*$|\s*[\u2022·|@].*$|\s*(?:\bon\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b.*$|\s+(?:Published|Updated|Posted)\b.*$|(?<=\p{L}{2})\.\s.*$/u;

/** First words that make a capitalised phrase a noun phrase, not a name ("The Russian and Syrian defense ministries"). */
export const NON_PERSON_LEADING_WORD = /^(?:the|a|an|this|that|our|your|all|more|read|share|follow|view|see)\s/i;

/** A person's name: 2-5 words, each starting with a capital (with particles allowed), no digits. */
export const PERSON_NAME = /^(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|di|la|le|bin|al|el)(?:\s+(?:\p{Lu}[\p{L}'’.-]*|de|da|del|der|van|von|di|la|le|bin|al|el)){1,4}$/u;

/** Characters no person's name contains: digits (dates, times), "@" (handles, e-mail), "/" (URLs). */
export const NON_NAME_CHARACTERS = /[\d@/]/;

/** Longest visible "By …" line read for names (longer lines are sentences that begin with "By"). */
export const MAX_BYLINE_LINE_CHARS = 120;

/** Longest author string accepted (a byline element that swallowed a paragraph is not a name). */
export const MAX_AUTHOR_NAME_CHARS = 60;

/** Most authors read from one source; a longer list is a team page or a widget. */
export const MAX_AUTHORS = 8;

/** Words that make a "name" an organisation or a role rather than a person. */
export const NON_PERSON_AUTHOR_WORDS = /\b(?:staff|news|desk|agency|press|reporters?|editors?|team|correspondents?|media|newsroom|wire|associated|reuters|afp|online|digital|group|ltd|inc|sports?|writers?|columnists?|contributors?|photographers?)\b/i;

// ---------------------------------------------------------------------------------------------
// Language

/** A primary language subtag (ISO 639-1 or -3) once lower-cased: "en" from "en-GB" or "en_US". */
export const PRIMARY_LANGUAGE_SUBTAG = /^([a-z]{2,3})(?:[-_][a-z0-9]+)*$/i;

// ---------------------------------------------------------------------------------------------
// Reliability of non-date fields by where they were read

/**
 * Structured tags a publisher writes for machines are high; page text read by heuristics is
 * medium; what arrived beside the page (feed, JSONL) or is inferred from the URL is low.
 */
export const RELIABILITY_BY_SOURCE: Readonly<Record<MetadataSource, Reliability>> = {
  'json-ld': 'high',
  microdata: 'high',
  opengraph: 'high',
  'meta-tag': 'high',
  'link-canonical': 'high',
  'time-element': 'medium',
  'title-element': 'medium',
  heading: 'medium',
  byline: 'medium',
  dateline: 'medium',
  'date-line': 'medium',
  'first-line': 'low',
  'text-mention': 'low',
  url: 'low',
  'url-path': 'low',
  feed: 'low',
  jsonl: 'low',
  'http-header': 'low',
  'language-guess': 'low',
};
