// Outlet helpers shared by the extractors: the registrable domain of a URL (via tldts), absolute
// http(s) URL resolution, and splitting a "Headline | Site" page title into headline and site name.

import { getDomain } from 'tldts';
import type { Outlet } from '../model/index.js';
import {
  MAX_SITE_SUFFIX_CHARS,
  MAX_SITE_SUFFIX_WORDS,
  MIN_HEADLINE_CHARS_AFTER_SUFFIX_STRIP,
  TITLE_SITE_SEPARATORS,
} from './html-metadata-rules.js';

/** The registrable domain ("bbc.co.uk" for "https://news.bbc.co.uk/x"), or null for IPs, localhost and non-URLs. */
export function registrableDomain(url: string): string | null {
  const absolute = toAbsoluteHttpUrl(url, null);
  if (absolute === null) return null;
  return getDomain(absolute) ?? null;
}

/** An outlet known only by its domain, or null when the URL has no registrable domain. */
export function outletFromUrl(url: string): Outlet | null {
  const domain = registrableDomain(url);
  return domain === null ? null : { name: null, domain };
}

/**
 * `href` as an absolute http(s) URL, resolved against `base` when relative; null when it cannot be
 * resolved or is another scheme (mailto:, javascript:, data:).
 */
export function toAbsoluteHttpUrl(href: string, base: string | null): string | null {
  const trimmed = href.trim();
  if (trimmed.length === 0) return null;
  let resolved: URL;
  try {
    resolved = base === null ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return null;
  }
  if (resolved.protocol !== 'http:' && resolved.protocol !== 'https:') return null;
  return resolved.href;
}

export interface TitleParts {
  readonly headline: string;
  /** The site name the title ended with, or null when it had no recognisable suffix. */
  readonly siteSuffix: string | null;
}

/**
 * Splits "Headline | Site", "Headline - Site", "Headline – Site" into its parts. A suffix naming
 * `knownSiteName` is always stripped; otherwise, unless `onlyKnownSite`, a short last segment is
 * taken as the site name.
 */
export function splitTitleSiteSuffix(
  title: string,
  knownSiteName: string | null,
  onlyKnownSite = false,
): TitleParts {
  const normalised = title.replace(/\s+/g, ' ').trim();
  let best: { index: number; separator: string } | null = null;
  for (const separator of TITLE_SITE_SEPARATORS) {
    const index = normalised.lastIndexOf(separator);
    if (index > 0 && (best === null || index > best.index)) best = { index, separator };
  }
  if (best === null) return { headline: normalised, siteSuffix: null };
  const headline = normalised.slice(0, best.index).trim();
  const suffix = normalised.slice(best.index + best.separator.length).trim();
  if (headline.length < MIN_HEADLINE_CHARS_AFTER_SUFFIX_STRIP || suffix.length === 0) {
    return { headline: normalised, siteSuffix: null };
  }
  if (knownSiteName !== null && namesOverlap(suffix, knownSiteName)) return { headline, siteSuffix: suffix };
  if (onlyKnownSite) return { headline: normalised, siteSuffix: null };
  const words = suffix.split(' ').length;
  if (suffix.length > MAX_SITE_SUFFIX_CHARS || words > MAX_SITE_SUFFIX_WORDS) {
    return { headline: normalised, siteSuffix: null };
  }
  return { headline, siteSuffix: suffix };
}

/** Case- and punctuation-insensitive comparison of two outlet names ("The Guardian" = "the guardian"). */
export function sameName(a: string, b: string): boolean {
  return comparableName(a) === comparableName(b);
}

/** One name contains the other once case and punctuation are ignored ("BBC News" and "BBC"). */
export function namesOverlap(a: string, b: string): boolean {
  const x = comparableName(a);
  const y = comparableName(b);
  return x.length > 0 && y.length > 0 && (x.includes(y) || y.includes(x));
}

function comparableName(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
