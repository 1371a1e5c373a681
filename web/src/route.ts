// Hash routes: every view has an address (`#/s/<story>/claims?stance=denies`), so links between
// figures, claims and evidence work with back and forward, and nothing needs the server's help.

import { useEffect, useState } from 'react';

export interface Route {
  /** Decoded path segments after `#/`. */
  readonly parts: readonly string[];
  readonly params: URLSearchParams;
}

export function parseHash(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const [path = '', query = ''] = body.split('?', 2);
  const parts = path.split('/').filter(Boolean).map((p) => {
    try {
      return decodeURIComponent(p);
    } catch {
      return p;
    }
  });
  return { parts, params: new URLSearchParams(query) };
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseHash(window.location.hash));
  useEffect(() => {
    const update = () => setRoute(parseHash(window.location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}

/** `#/a/b?x=1` from path parts and the parameters that are set. */
export function href(parts: readonly string[], params: Record<string, string | number | undefined | null> = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null && value !== '') query.set(key, String(value));
  const text = query.toString();
  return `#/${parts.map(encodeURIComponent).join('/')}${text ? `?${text}` : ''}`;
}

export const storyHref = (story: string, view?: string, params: Record<string, string | number | undefined | null> = {}) =>
  href(view ? ['s', story, view] : ['s', story], params);

/** The article reader with `start`–`end` of its clean text highlighted. */
export const evidenceHref = (article: string, start: number, end: number, story?: string | null) =>
  href(['a', article], { s: start, e: end, story: story ?? undefined });

/** Only http(s) links are ever made clickable; anything else (javascript:, data:) is shown as text. */
export function safeHref(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
