// Article metadata from a news HTML page: title, authors, outlet, canonical URL, language, dates,
// description and section, each with where it was read and how far to trust it. Part of `extract`:
// the HTML reader calls it beside the body extractor. Priorities and word lists: html-metadata-rules.ts.

import {
  diagnostic,
  makeSpan,
  type ArticleMetadata,
  type DateValue,
  type Diagnostic,
  type DocumentHints,
  type Found,
  type MetadataSource,
  type Outlet,
  type Reliability,
} from '../model/index.js';
import { findDatelines, parseDateString } from './dates.js';
import {
  AUTHOR_LIST_SEPARATOR,
  AUTHOR_META_KEYS,
  AUTHOR_TRAILING_NOISE,
  BYLINE_PREFIX,
  BYLINE_TEXT_LINE,
  DATE_AGREEMENT_TOLERANCE_MS,
  DATE_SOURCE_PRIORITY,
  DATELINE_MAX_LINE_CHARS,
  DAY_PRECISION_SLACK_MS,
  DESCRIPTION_META_KEYS,
  MAX_AUTHOR_NAME_CHARS,
  MAX_AUTHORS,
  MAX_PLAUSIBLE_PUBLICATION_YEAR,
  MAX_TITLE_CHARS,
  MIN_PLAUSIBLE_PUBLICATION_YEAR,
  MODIFIED_BEFORE_PUBLISHED_TOLERANCE_MS,
  MODIFIED_ITEMPROPS,
  MODIFIED_META_KEYS,
  NON_PERSON_AUTHOR_WORDS,
  NON_PERSON_LEADING_WORD,
  PERSON_NAME,
  PRIMARY_LANGUAGE_SUBTAG,
  PUBLISHED_ITEMPROPS,
  PUBLISHED_META_KEYS,
  RELIABILITY_BY_SOURCE,
  PRIMARY_SECTION_META_KEYS,
  FALLBACK_SECTION_META_KEYS,
  DOMAIN_LIKE_NAME,
  NON_NAME_CHARACTERS,
  MAX_BYLINE_LINE_CHARS,
  SITE_NAME_META_KEYS,
  STRUCTURED_DATE_SOURCES,
  TITLE_META_KEYS,
  UNSET_TIMESTAMP_DAY,
  URL_PATH_DATE_PATTERNS,
  WEAK_DATE_SOURCES,
  ZONELESS_TIMESTAMP_SLACK_MS,
  type MetaKey,
} from './html-metadata-rules.js';
import { scanPageFacts, windowSourceRange, type Evidence, type PageFacts } from './html-metadata-scan.js';
import { readJsonLd, type JsonLdArticle, type JsonLdScript, type JsonLdValue } from './json-ld.js';
import { namesOverlap, registrableDomain, splitTitleSiteSuffix, toAbsoluteHttpUrl } from './outlet.js';

export interface HtmlMetadataContext {
  /** The URL the page was fetched at or claims (origin URL, feed link, JSONL url), or null. */
  readonly url: string | null;
  readonly hints: DocumentHints;
  /** The input as the user named it, for diagnostics. */
  readonly label: string;
}

export interface HtmlMetadataResult {
  readonly metadata: ArticleMetadata;
  readonly warnings: Diagnostic[];
}

/** A metadata value before it becomes a Found: the raw evidence and, when known, its source range. */
interface Candidate<T> {
  readonly value: T;
  readonly from: MetadataSource;
  readonly evidence: string;
  readonly range: { readonly start: number; readonly end: number } | null;
}

export function readHtmlMetadata(html: string, context: HtmlMetadataContext): HtmlMetadataResult {
  const facts = scanPageFacts(html);
  const jsonLd = readJsonLd(facts.jsonLdScripts);
  const warnings: Diagnostic[] = jsonLd.failures.map((failure) => {
    const script = facts.jsonLdScripts[failure.scriptIndex]!;
    return diagnostic(
      'extract/structured-data-invalid',
      context.label,
      `JSON-LD block ${failure.scriptIndex + 1} is not valid JSON even after repair (${failure.message}); skipped it and read the other metadata.`,
      { place: { offset: script.sourceStart } },
    );
  });
  const reader = new PageReader(context, facts, jsonLd.article);

  const outletName = reader.outletName();
  const title = reader.title(outletName?.value ?? null);
  const siteSuffix = outletName ?? reader.titleSuffixSiteName();
  const canonicalUrl = reader.canonicalUrl();
  const outlet = reader.outlet(siteSuffix, canonicalUrl);
  const published = reader.publishedDateCandidates(canonicalUrl?.value ?? null);
  const modified = reader.modifiedDateCandidates();

  const bestModified = chooseDate(modified, null).best;
  const publishedChoice = chooseDate(published, bestModified?.value ?? null);
  if (publishedChoice.conflict !== null) warnings.push(conflictWarning(context.label, publishedChoice.best!, publishedChoice.conflict));
  if (publishedChoice.best === null) {
    warnings.push(
      diagnostic('extract/date-unknown', context.label, 'no publication date in JSON-LD, meta tags, <time> elements, a dateline near the headline, the URL path or the feed/JSONL fields.', {
        hint: 'The article will sort without a date; pass it in a feed or JSONL record with a date field to give it one.',
      }),
    );
  }
  let modifiedChoice = bestModified;
  if (modifiedChoice !== null && publishedChoice.best !== null && isEarlier(modifiedChoice.value, publishedChoice.best.value)) {
    warnings.push(
      diagnostic(
        'extract/date-order',
        context.label,
        `modified date ${modifiedChoice.value.iso} (${modifiedChoice.from} "${modifiedChoice.evidence}") is earlier than the publication date ${publishedChoice.best.value.iso} (${publishedChoice.best.from}); dropped the modified date.`,
        { ...placeOf(modifiedChoice), hint: 'The page declares inconsistent dates; check which one the outlet shows to readers.' },
      ),
    );
    modifiedChoice = null;
  }

  const makeFound = <T>(c: Candidate<T> | null, reliability?: Reliability): Found<T> | null =>
    c === null ? null : toFound(c, reliability ?? RELIABILITY_BY_SOURCE[c.from], html.length, context.label);

  return {
    metadata: {
      title: makeFound(title),
      authors: makeFound(reader.authors(siteSuffix?.value ?? null)),
      outlet: makeFound(outlet),
      canonicalUrl: makeFound(canonicalUrl),
      language: makeFound(reader.language()),
      published: publishedChoice.best === null ? null : makeFound(publishedChoice.best, dateReliability(publishedChoice.best, published)),
      modified: modifiedChoice === null ? null : makeFound(modifiedChoice, dateReliability(modifiedChoice, modified)),
      description: makeFound(reader.description()),
      section: makeFound(reader.section()),
    },
    warnings,
  };
}

/** Reads each field from the page facts in the priority order the rules give. */
class PageReader {
  private readonly baseUrl: string | null;

  constructor(
    private readonly context: HtmlMetadataContext,
    private readonly facts: PageFacts,
    private readonly jsonLd: JsonLdArticle | null,
  ) {
    // A saved page has no URL of its own; its og:url still anchors a relative canonical link.
    this.baseUrl = context.url ?? context.hints.url ?? facts.metaByKey.get('og:url')?.[0]?.text ?? null;
  }

  outletName(): Candidate<string> | null {
    const publisher = this.jsonLd?.publisherName;
    if (publisher) return this.fromJsonLd(publisher, cleanInline(publisher.raw));
    for (const candidate of this.metaCandidates(SITE_NAME_META_KEYS)) return candidate;
    const hinted = this.context.hints.siteName;
    if (hinted !== undefined && hinted.trim().length > 0 && !DOMAIN_LIKE_NAME.test(hinted.trim())) return this.fromHints(hinted.trim());
    return null;
  }

  titleSuffixSiteName(): Candidate<string> | null {
    const title = this.facts.title;
    if (title === null) return null;
    const { siteSuffix } = splitTitleSiteSuffix(title.text, null);
    return siteSuffix === null ? null : { value: siteSuffix, from: 'title-element', evidence: title.text, range: title };
  }

  title(outletName: string | null): Candidate<string> | null {
    const candidates: Candidate<string>[] = [];
    const headline = this.jsonLd?.headline;
    if (headline && headline.key === 'headline') candidates.push(this.fromJsonLd(headline, cleanInline(headline.raw)));
    for (const meta of this.metaCandidates(TITLE_META_KEYS)) {
      candidates.push({ ...meta, value: splitTitleSiteSuffix(meta.value, outletName, true).headline });
    }
    const h1 = this.facts.headline;
    if (h1 !== null && h1.text.length > 0) candidates.push({ value: h1.text, from: 'heading', evidence: h1.text, range: h1 });
    const titleElement = this.facts.title;
    if (titleElement !== null && titleElement.text.length > 0) {
      const { headline: stripped } = splitTitleSiteSuffix(titleElement.text, outletName);
      candidates.push({ value: stripped, from: 'title-element', evidence: titleElement.text, range: titleElement });
    }
    const hinted = this.context.hints.title;
    if (hinted !== undefined) candidates.push(this.fromHints(cleanInline(hinted)));
    return candidates.find((c) => c.value.length > 0 && c.value.length <= MAX_TITLE_CHARS) ?? null;
  }

  canonicalUrl(): Candidate<string> | null {
    const resolveAgainstPage = (href: string) => toAbsoluteHttpUrl(href, this.baseUrl);
    const link = this.facts.canonicalHref;
    if (link !== null) {
      const url = resolveAgainstPage(link.text);
      if (url !== null) return { value: url, from: 'link-canonical', evidence: link.text, range: link };
    }
    for (const meta of this.metaCandidates([{ key: 'og:url', from: 'opengraph' }])) {
      const url = resolveAgainstPage(meta.value);
      if (url !== null) return { ...meta, value: url };
    }
    const fromJsonLd = this.jsonLd?.url;
    if (fromJsonLd) {
      const url = resolveAgainstPage(fromJsonLd.raw);
      if (url !== null) return this.fromJsonLd(fromJsonLd, url);
    }
    if (this.context.url !== null) {
      const url = toAbsoluteHttpUrl(this.context.url, null);
      if (url !== null) return { value: url, from: 'url', evidence: this.context.url, range: null };
    }
    const hinted = this.context.hints.url;
    if (hinted !== undefined) {
      const url = toAbsoluteHttpUrl(hinted, null);
      if (url !== null) return this.fromHints(url);
    }
    return null;
  }

  outlet(name: Candidate<string> | null, canonical: Candidate<string> | null): Candidate<Outlet> | null {
    const urls = [canonical?.value, this.metaValue('og:url'), this.context.url, this.context.hints.url];
    let domain: string | null = null;
    for (const url of urls) {
      if (url === undefined || url === null) continue;
      const absolute = toAbsoluteHttpUrl(url, this.baseUrl);
      domain = absolute === null ? null : registrableDomain(absolute);
      if (domain !== null) break;
    }
    if (name !== null) return { ...name, value: { name: name.value, domain } };
    if (domain !== null && canonical !== null) return { ...canonical, value: { name: null, domain } };
    return null;
  }

  authors(outletName: string | null): Candidate<readonly string[]> | null {
    const sources: { texts: readonly { raw: string; range: Evidence | null }[]; from: MetadataSource }[] = [];
    if (this.jsonLd !== null && this.jsonLd.authorNames.length > 0) {
      sources.push({ texts: this.jsonLd.authorNames.map((n) => ({ raw: n.raw, range: this.jsonLdRange(n) })), from: 'json-ld' });
    }
    sources.push({ texts: this.facts.microdataAuthorTexts.map(asRaw), from: 'microdata' });
    for (const key of AUTHOR_META_KEYS) {
      sources.push({ texts: (this.facts.metaByKey.get(key.key) ?? []).map(asRaw), from: key.from });
    }
    sources.push({ texts: this.facts.relAuthorTexts.map(asRaw), from: 'byline' });
    for (const byline of this.facts.bylineTexts) sources.push({ texts: [asRaw(byline)], from: 'byline' });
    sources.push({ texts: this.bylineLines(), from: 'byline' });
    if (this.context.hints.authors !== undefined) {
      sources.push({ texts: this.context.hints.authors.map((raw) => ({ raw, range: null })), from: hintSource(this.context.hints) });
    }

    for (const source of sources) {
      const names: string[] = [];
      for (const text of source.texts) {
        for (const name of personNamesIn(text.raw, outletName)) {
          if (!names.some((n) => n.toLowerCase() === name.toLowerCase())) names.push(name);
        }
      }
      if (names.length > 0 && names.length <= MAX_AUTHORS) {
        const withText = source.texts.filter((t) => personNamesIn(t.raw, outletName).length > 0);
        const first = withText[0] ?? source.texts[0];
        return {
          value: names,
          from: source.from,
          evidence: withText.map((t) => t.raw).join('; '),
          range: withText.length === 1 && first !== undefined ? first.range : null,
        };
      }
    }
    return null;
  }

  language(): Candidate<string> | null {
    const declared: Candidate<string>[] = [];
    const lang = this.facts.htmlLang;
    // <html lang> has no MetadataSource of its own; it is a declaration in markup like a meta tag.
    if (lang !== null) declared.push({ value: lang.text, from: 'meta-tag', evidence: `lang="${lang.text}"`, range: lang });
    declared.push(...this.metaCandidates([{ key: 'og:locale', from: 'opengraph' }]));
    const fromJsonLd = this.jsonLd?.language;
    if (fromJsonLd) declared.push(this.fromJsonLd(fromJsonLd, fromJsonLd.raw));
    declared.push(...this.metaCandidates([{ key: 'content-language', from: 'meta-tag' }, { key: 'language', from: 'meta-tag' }]));
    if (this.context.hints.language !== undefined) declared.push(this.fromHints(this.context.hints.language));
    for (const candidate of declared) {
      const primary = primaryLanguageSubtag(candidate.value);
      if (primary !== null) return { ...candidate, value: primary };
    }
    return null;
  }

  description(): Candidate<string> | null {
    const fromMeta = this.metaCandidates(DESCRIPTION_META_KEYS).find((c) => c.value.length > 0);
    if (fromMeta !== undefined) return fromMeta;
    const fromJsonLd = this.jsonLd?.description;
    return fromJsonLd ? this.fromJsonLd(fromJsonLd, cleanInline(fromJsonLd.raw)) : null;
  }

  section(): Candidate<string> | null {
    const [articleSection] = this.metaCandidates(PRIMARY_SECTION_META_KEYS);
    if (articleSection !== undefined) return articleSection;
    const fromJsonLd = this.jsonLd?.section;
    if (fromJsonLd) return this.fromJsonLd(fromJsonLd, cleanInline(fromJsonLd.raw));
    return this.metaCandidates(FALLBACK_SECTION_META_KEYS)[0] ?? null;
  }

  /** Every readable publication date, in source priority order. */
  publishedDateCandidates(canonicalUrl: string | null): Candidate<DateValue>[] {
    const found: Candidate<DateValue>[] = [];
    const jsonLdDate = this.jsonLd?.published;
    if (jsonLdDate) this.pushDate(found, jsonLdDate.raw, 'json-ld', this.jsonLdRange(jsonLdDate));
    for (const key of PUBLISHED_META_KEYS) this.pushMetaDate(found, key);
    for (const prop of PUBLISHED_ITEMPROPS) {
      for (const e of this.facts.itemprops.get(prop) ?? []) this.pushDate(found, e.text, 'microdata', e);
    }
    const pubdate = this.facts.timeElements.find((t) => t.isPubdate);
    if (pubdate !== undefined) this.pushDate(found, pubdate.datetime.text, 'time-element', pubdate.datetime);
    const firstInArticle = this.facts.timeElements.find((t) => t.insideArticle);
    if (firstInArticle !== undefined) this.pushDate(found, firstInArticle.datetime.text, 'time-element', firstInArticle.datetime);
    const dateline = this.dateline();
    if (dateline !== null) found.push(dateline);
    for (const url of [canonicalUrl, this.context.url]) {
      const fromPath = url === null ? null : dateInUrlPath(url);
      if (fromPath !== null) {
        found.push(fromPath);
        break;
      }
    }
    const hinted = this.context.hints.published;
    if (hinted !== undefined) this.pushDate(found, hinted.raw, hinted.from, null);
    return found;
  }

  modifiedDateCandidates(): Candidate<DateValue>[] {
    const found: Candidate<DateValue>[] = [];
    const jsonLdDate = this.jsonLd?.modified;
    if (jsonLdDate) this.pushDate(found, jsonLdDate.raw, 'json-ld', this.jsonLdRange(jsonLdDate));
    for (const key of MODIFIED_META_KEYS) this.pushMetaDate(found, key);
    for (const prop of MODIFIED_ITEMPROPS) {
      for (const e of this.facts.itemprops.get(prop) ?? []) this.pushDate(found, e.text, 'microdata', e);
    }
    const hinted = this.context.hints.modified;
    if (hinted !== undefined) this.pushDate(found, hinted.raw, hinted.from, null);
    return found;
  }

  /** The first date standing on a short line of its own in the visible text after the headline. */
  private dateline(): Candidate<DateValue> | null {
    const window = this.facts.header;
    for (const hit of findDatelines(window.text)) {
      const lineStart = window.text.lastIndexOf('\n', hit.span.start - 1) + 1;
      const lineEndAt = window.text.indexOf('\n', hit.span.end);
      const lineEnd = lineEndAt === -1 ? window.text.length : lineEndAt;
      if (lineEnd - lineStart > DATELINE_MAX_LINE_CHARS || !isPlausible(hit.value)) continue;
      return { value: hit.value, from: 'dateline', evidence: hit.text, range: windowSourceRange(window, hit.span.start, hit.span.end) };
    }
    return null;
  }

  /** "By …" lines in the visible text after the headline. */
  private bylineLines(): { raw: string; range: Evidence | null }[] {
    const window = this.facts.header;
    const lines: { raw: string; range: Evidence | null }[] = [];
    let lineStart = 0;
    for (const line of window.text.split('\n')) {
      if (BYLINE_TEXT_LINE.test(line) && line.length <= MAX_BYLINE_LINE_CHARS) {
        const range = windowSourceRange(window, lineStart, lineStart + line.length);
        lines.push({ raw: line, range: range === null ? null : { text: line, ...range } });
      }
      lineStart += line.length + 1;
    }
    return lines;
  }

  private pushMetaDate(found: Candidate<DateValue>[], key: MetaKey): void {
    for (const e of this.facts.metaByKey.get(key.key) ?? []) {
      if (this.pushDate(found, e.text, key.from, e)) return;
    }
  }

  private pushDate(found: Candidate<DateValue>[], raw: string, from: MetadataSource, range: Evidence | null): boolean {
    const value = readDateValue(raw);
    if (value === null || !isPlausible(value)) return false;
    found.push({ value, from, evidence: raw, range });
    return true;
  }

  private metaCandidates(keys: readonly MetaKey[]): Candidate<string>[] {
    const out: Candidate<string>[] = [];
    for (const key of keys) {
      const e = (this.facts.metaByKey.get(key.key) ?? []).find((m) => m.text.trim().length > 0);
      if (e !== undefined) out.push({ value: cleanInline(e.text), from: key.from, evidence: e.text, range: e });
    }
    return out;
  }

  private metaValue(key: string): string | null {
    return this.facts.metaByKey.get(key)?.[0]?.text ?? null;
  }

  private fromJsonLd<T>(value: JsonLdValue, parsed: T): Candidate<T> {
    return { value: parsed, from: 'json-ld', evidence: value.raw, range: this.jsonLdRange(value) };
  }

  private fromHints<T>(value: T): Candidate<T> {
    return { value, from: hintSource(this.context.hints), evidence: String(value), range: null };
  }

  /** Where a JSON-LD string stands in the page: found verbatim or JSON-escaped inside its script. */
  private jsonLdRange(value: JsonLdValue): Evidence | null {
    const script: JsonLdScript | undefined = this.facts.jsonLdScripts[value.scriptIndex];
    if (script === undefined) return null;
    for (const written of [value.raw, JSON.stringify(value.raw).slice(1, -1)]) {
      const at = script.text.indexOf(written);
      if (at !== -1) return { text: written, start: script.sourceStart + at, end: script.sourceStart + at + written.length };
    }
    return null;
  }
}

/**
 * The one place a date string becomes a DateValue here: dates.ts does the reading, so pages, feeds
 * and dumps agree on what a date string means.
 */
function readDateValue(raw: string): DateValue | null {
  return parseDateString(raw);
}

function dateInUrlPath(url: string): Candidate<DateValue> | null {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return null;
  }
  for (const pattern of URL_PATH_DATE_PATTERNS) {
    const match = pattern.exec(path);
    if (match === null) continue;
    const [, year, month, day] = match;
    const value = readDateValue(`${year}-${month!.padStart(2, '0')}-${day!.padStart(2, '0')}`);
    if (value !== null && isPlausible(value)) return { value, from: 'url-path', evidence: match[0], range: null };
  }
  return null;
}

function isPlausible(value: DateValue): boolean {
  const year = Number(value.iso.slice(0, 4));
  return year >= MIN_PLAUSIBLE_PUBLICATION_YEAR && year <= MAX_PLAUSIBLE_PUBLICATION_YEAR && !value.iso.startsWith(UNSET_TIMESTAMP_DAY);
}

interface DateChoice {
  readonly best: Candidate<DateValue> | null;
  /** The best-ranked candidate of another source that disagrees with `best` by more than the tolerance. */
  readonly conflict: Candidate<DateValue> | null;
}

/**
 * The best-ranked candidate, and the first other source that disagrees with it. A date equal to
 * the page's modified date is no conflict: pages show "Updated …" where the publication date goes.
 */
function chooseDate(candidates: readonly Candidate<DateValue>[], modified: DateValue | null): DateChoice {
  const ranked = [...candidates].sort((a, b) => sourceRank(a.from) - sourceRank(b.from));
  const best = ranked[0] ?? null;
  if (best === null) return { best: null, conflict: null };
  const conflict =
    ranked.find(
      (c) => c.from !== best.from && !datesAgree(c.value, best.value) && (modified === null || !datesAgree(c.value, modified)),
    ) ?? null;
  return { best, conflict };
}

function sourceRank(from: MetadataSource): number {
  const rank = DATE_SOURCE_PRIORITY.indexOf(from);
  return rank === -1 ? DATE_SOURCE_PRIORITY.length : rank;
}

/** high: structured and confirmed by another source; medium: one structured source or a dateline; low: URL or feed only. */
function dateReliability(best: Candidate<DateValue>, all: readonly Candidate<DateValue>[]): Reliability {
  if (WEAK_DATE_SOURCES.includes(best.from)) return 'low';
  const confirmed = all.some((c) => c.from !== best.from && datesAgree(c.value, best.value));
  if (STRUCTURED_DATE_SOURCES.includes(best.from) && confirmed) return 'high';
  return 'medium';
}

/** The instant a DateValue stands for (a day: its noon UTC) and how loosely it is known. */
function approximateInstant(value: DateValue): { ms: number; slackMs: number } | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(value.iso);
  if (m === null) return null;
  const [, y, mo, d, h, mi, s, zone] = m;
  if (h === undefined || value.precision === 'day') {
    return { ms: Date.UTC(Number(y), Number(mo) - 1, Number(d), 12), slackMs: DAY_PRECISION_SLACK_MS };
  }
  const offset = zone ?? value.utcOffset ?? null;
  const offsetMinutes = offset === null || offset === 'Z' ? 0 : offsetToMinutes(offset);
  const local = Date.UTC(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s ?? 0));
  return { ms: local - offsetMinutes * 60_000, slackMs: offset === null ? ZONELESS_TIMESTAMP_SLACK_MS : 0 };
}

function offsetToMinutes(offset: string): number {
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(offset);
  if (m === null) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -minutes : minutes;
}

function datesAgree(a: DateValue, b: DateValue): boolean {
  const x = approximateInstant(a);
  const y = approximateInstant(b);
  if (x === null || y === null) return a.iso.slice(0, 10) === b.iso.slice(0, 10);
  return Math.abs(x.ms - y.ms) <= DATE_AGREEMENT_TOLERANCE_MS + Math.max(x.slackMs, y.slackMs);
}

/** True when `later` certainly precedes `earlier` (beyond what precision and zones allow). */
function isEarlier(modified: DateValue, published: DateValue): boolean {
  const m = approximateInstant(modified);
  const p = approximateInstant(published);
  if (m === null || p === null) return modified.iso.slice(0, 10) < published.iso.slice(0, 10);
  return m.ms + Math.max(m.slackMs, p.slackMs) + MODIFIED_BEFORE_PUBLISHED_TOLERANCE_MS < p.ms;
}

function conflictWarning(label: string, best: Candidate<DateValue>, other: Candidate<DateValue>): Diagnostic {
  const days = dayGap(best.value, other.value);
  return diagnostic(
    'extract/date-conflict',
    label,
    `publication date ${best.value.iso} from ${best.from} ("${best.evidence}") disagrees with ${other.value.iso} from ${other.from} ("${other.evidence}")${days === null ? '' : ` by about ${days} days`}; kept the ${best.from} date.`,
    { ...placeOf(other), hint: 'Check the date the page shows to readers; a republished or updated story often carries two dates.' },
  );
}

function dayGap(a: DateValue, b: DateValue): number | null {
  const x = approximateInstant(a);
  const y = approximateInstant(b);
  return x === null || y === null ? null : Math.round(Math.abs(x.ms - y.ms) / 86_400_000);
}

function placeOf(c: Candidate<unknown>): { place?: { offset: number } } {
  return c.range === null ? {} : { place: { offset: c.range.start } };
}

function toFound<T>(c: Candidate<T>, reliability: Reliability, sourceLength: number, label: string): Found<T> {
  const base = { value: c.value, from: c.from, reliability, evidence: c.evidence };
  if (c.range === null || c.range.end > sourceLength) return base;
  return { ...base, sourceSpan: makeSpan(c.range.start, c.range.end, sourceLength, `${label} metadata`) };
}

function asRaw(e: Evidence): { raw: string; range: Evidence } {
  return { raw: e.text, range: e };
}

function hintSource(hints: DocumentHints): MetadataSource {
  return hints.published?.from ?? hints.modified?.from ?? 'feed';
}

function cleanInline(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Person names in a byline-ish string: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"].
 * Organisations, roles, URLs, e-mail addresses and the outlet's own name are left out.
 */
export function personNamesIn(raw: string, outletName: string | null): string[] {
  const text = cleanInline(raw).replace(BYLINE_PREFIX, '');
  if (/^https?:\/\//i.test(text) || text.length === 0) return [];
  const names: string[] = [];
  for (const part of text.split(AUTHOR_LIST_SEPARATOR)) {
    const name = part.replace(BYLINE_PREFIX, '').replace(AUTHOR_TRAILING_NOISE, '').trim();
    if (name.length === 0 || name.length > MAX_AUTHOR_NAME_CHARS) continue;
    if (NON_NAME_CHARACTERS.test(name) || !PERSON_NAME.test(name) || NON_PERSON_AUTHOR_WORDS.test(name) || NON_PERSON_LEADING_WORD.test(name)) continue;
    if (outletName !== null && namesOverlap(name, outletName)) continue;
    names.push(name);
  }
  return names;
}

/** "en-GB" → "en", "pt_BR" → "pt"; null for anything that is not a language tag. */
export function primaryLanguageSubtag(tag: string): string | null {
  const m = PRIMARY_LANGUAGE_SUBTAG.exec(tag.trim());
  return m === null ? null : m[1]!.toLowerCase();
}
