// Finds the main container of the article on the light tree: Readability's candidate scoring
// (paragraph text scores its ancestors, class/id names and link density weigh in, siblings of
// the winner join it), steered by the page's own markers when present (itemprop=articleBody, a
// JSON-LD articleBody whose sentences are found in the HTML). Third step of HTML extraction.

import type { CandidateBlock } from './block-collector.js';
import { compileHintWords, matchesHint, normaliseHint } from './hint-words.js';
import { comparisonKey } from './json-ld-hint.js';
import type { LightDocument, LightElement } from './light-tree.js';
import {
  ARTICLE_BODY_ITEMPROPS,
  CHARS_PER_LENGTH_POINT,
  CLASS_WEIGHT_POINTS,
  CONTAINER_TAG_SCORES,
  JSON_LD_CONTAINER_COVERAGE,
  JSON_LD_MATCH_MIN_BLOCK_CHARS,
  JSON_LD_MIN_MATCHED_CHARS,
  LIKELY_REGION_WORDS,
  MARKED_ARTICLE_BODY_BONUS_POINTS,
  MAX_LENGTH_POINTS_PER_BLOCK,
  MIN_SCORED_BLOCK_CHARS,
  MIN_SIBLING_SCORE,
  NEGATIVE_CONTAINER_WORDS,
  PARENT_CLIMB_MIN_SCORE_RATIO,
  POSITIVE_CONTAINER_WORDS,
  SCORED_ANCESTOR_LEVELS,
  SCORED_BLOCK_TAGS,
  SENTENCE_END_PATTERN,
  SIBLING_PROSE_MAX_LINK_DENSITY,
  SIBLING_PROSE_MIN_CHARS,
  SIBLING_SCORE_RATIO,
  UNLIKELY_REGION_ROLES,
  UNLIKELY_REGION_TAGS,
  UNLIKELY_REGION_WORDS,
  ALTERNATIVE_CANDIDATE_SCORE_RATIO,
  MIN_ALTERNATIVE_CANDIDATES,
  TOP_CANDIDATE_COUNT,
  HEADING_TAGS,
  DEEP_SIBLING_MIN_PROSE_CHARS,
  DEEP_SIBLING_MIN_PROSE_RATIO,
} from './rules.js';

const POSITIVE = compileHintWords(POSITIVE_CONTAINER_WORDS);
const NEGATIVE = compileHintWords(NEGATIVE_CONTAINER_WORDS);
const UNLIKELY = compileHintWords(UNLIKELY_REGION_WORDS);
const LIKELY = compileHintWords(LIKELY_REGION_WORDS);

/** Tags never treated as an unlikely region by their class names: they hold the whole page. */
const PAGE_WRAPPER_TAGS: ReadonlySet<string> = new Set(['#root', 'html', 'body', 'main', 'article']);

/** Per-element facts the scorer and classifier share, indexed by LightElement.index. */
export interface ElementFacts {
  /** normaliseHint(classAndId), computed once. */
  readonly hints: readonly string[];
  /** Characters of block text in the element's subtree. */
  readonly textChars: Float64Array;
  /** Of which inside links. */
  readonly linkChars: Float64Array;
  /** Characters of prose blocks (long enough, few links) in the subtree. */
  readonly proseChars: Float64Array;
  /** 1 when the element or an ancestor is hidden. */
  readonly hidden: Uint8Array;
}

export interface ContentRegion {
  /** The elements whose subtrees are the article (the top candidate and the siblings that joined it). */
  readonly roots: readonly LightElement[];
  /** 1 for every element inside one of the roots (roots included). */
  readonly inside: Uint8Array;
  /** How the region was found, for the report. */
  readonly method: 'json-ld' | 'scoring' | 'scoring-relaxed' | 'none';
}

export function computeElementFacts(doc: LightDocument, blocks: readonly CandidateBlock[]): ElementFacts {
  const count = doc.elements.length;
  const hints = doc.elements.map((e) => normaliseHint(e.classAndId));
  const textChars = new Float64Array(count);
  const linkChars = new Float64Array(count);
  const proseChars = new Float64Array(count);
  const hidden = new Uint8Array(count);
  for (const { block, owner, linkChars: links } of blocks) {
    const length = block.text.length;
    textChars[owner.index]! += length;
    linkChars[owner.index]! += links;
    if (length > SIBLING_PROSE_MIN_CHARS && links / length < SIBLING_PROSE_MAX_LINK_DENSITY) proseChars[owner.index]! += length;
  }
  // Children come after parents in document order, so a reverse pass sums subtrees in O(n).
  for (let i = count - 1; i > 0; i--) {
    const parent = doc.elements[i]!.parent!;
    textChars[parent.index]! += textChars[i]!;
    linkChars[parent.index]! += linkChars[i]!;
    proseChars[parent.index]! += proseChars[i]!;
  }
  for (let i = 1; i < count; i++) {
    const element = doc.elements[i]!;
    hidden[i] = element.hidden || hidden[element.parent!.index] === 1 ? 1 : 0;
  }
  return { hints, textChars, linkChars, proseChars, hidden };
}

function linkDensity(facts: ElementFacts, element: LightElement): number {
  const text = facts.textChars[element.index]!;
  return text === 0 ? 0 : facts.linkChars[element.index]! / text;
}

function isMarkedArticleBody(element: LightElement): boolean {
  return element.itemprop.length > 0 && ARTICLE_BODY_ITEMPROPS.has(element.itemprop.toLowerCase());
}

/** 1 where the element or an ancestor is a region Readability would strip before scoring. */
function markUnlikelyRegions(doc: LightDocument, facts: ElementFacts): Uint8Array {
  const unlikely = new Uint8Array(doc.elements.length);
  for (let i = 1; i < doc.elements.length; i++) {
    const element = doc.elements[i]!;
    if (unlikely[element.parent!.index] === 1 || facts.hidden[i] === 1) {
      unlikely[i] = 1;
      continue;
    }
    if (isMarkedArticleBody(element) || PAGE_WRAPPER_TAGS.has(element.tag)) continue;
    const hint = facts.hints[i]!;
    const byName = matchesHint(hint, UNLIKELY) && !matchesHint(hint, LIKELY);
    const byRole = element.role.length > 0 && UNLIKELY_REGION_ROLES.has(element.role.toLowerCase());
    if (byName || byRole || UNLIKELY_REGION_TAGS.has(element.tag)) unlikely[i] = 1;
  }
  return unlikely;
}

function classWeight(hint: string): number {
  let weight = 0;
  if (matchesHint(hint, NEGATIVE)) weight -= CLASS_WEIGHT_POINTS;
  if (matchesHint(hint, POSITIVE)) weight += CLASS_WEIGHT_POINTS;
  return weight;
}

function countCommas(text: string): number {
  let commas = 0;
  for (let i = text.indexOf(','); i >= 0; i = text.indexOf(',', i + 1)) commas++;
  return commas;
}

/** Readability's scoring on our blocks; returns the final (link-density weighted) scores, NaN where unscored. */
function scoreCandidates(
  doc: LightDocument,
  blocks: readonly CandidateBlock[],
  facts: ElementFacts,
  unlikely: Uint8Array | null,
): Float64Array {
  const score = new Float64Array(doc.elements.length).fill(Number.NaN);
  const initialise = (element: LightElement): void => {
    if (!Number.isNaN(score[element.index]!)) return;
    let initial = (CONTAINER_TAG_SCORES.get(element.tag) ?? 0) + classWeight(facts.hints[element.index]!);
    if (isMarkedArticleBody(element)) initial += MARKED_ARTICLE_BODY_BONUS_POINTS;
    score[element.index] = initial;
  };
  for (const { block, owner } of blocks) {
    if (block.text.length < MIN_SCORED_BLOCK_CHARS) continue;
    if (!SCORED_BLOCK_TAGS.has(owner.tag) && !HEADING_TAGS.has(owner.tag)) continue;
    if (unlikely !== null && unlikely[owner.index] === 1) continue;
    if (facts.hidden[owner.index] === 1) continue;
    const points =
      1 + (countCommas(block.text) + 1) + Math.min(Math.floor(block.text.length / CHARS_PER_LENGTH_POINT), MAX_LENGTH_POINTS_PER_BLOCK);
    // A div's own text scores the div as a paragraph's parent would (Readability wraps it in a <p>).
    let ancestor: LightElement | null = SCORED_BLOCK_TAGS.has(owner.tag) && owner.tag !== 'p' && owner.tag !== 'pre' && owner.tag !== 'td' ? owner : owner.parent;
    // The root is scored too: a fragment without <html>/<body> has no other container.
    for (let level = 0; level < SCORED_ANCESTOR_LEVELS && ancestor !== null; level++) {
      initialise(ancestor);
      const divider = level === 0 ? 1 : level === 1 ? 2 : level * 3;
      score[ancestor.index]! += points / divider;
      ancestor = ancestor.parent;
    }
  }
  for (let i = 0; i < score.length; i++) {
    if (!Number.isNaN(score[i]!)) score[i] = score[i]! * (1 - linkDensity(facts, doc.elements[i]!));
  }
  return score;
}

function ancestorsOf(element: LightElement): LightElement[] {
  const list: LightElement[] = [];
  for (let a = element.parent; a !== null; a = a.parent) list.push(a);
  return list;
}

/** Picks the top candidate and climbs as Readability does; null when nothing scored. */
function pickTopCandidate(doc: LightDocument, score: Float64Array): LightElement | null {
  const ranked: LightElement[] = [];
  for (let i = 0; i < score.length; i++) {
    const s = score[i]!;
    if (Number.isNaN(s)) continue;
    const element = doc.elements[i]!;
    let at = ranked.length;
    while (at > 0 && score[ranked[at - 1]!.index]! < s) at--;
    if (at < TOP_CANDIDATE_COUNT) {
      ranked.splice(at, 0, element);
      if (ranked.length > TOP_CANDIDATE_COUNT) ranked.pop();
    }
  }
  let top = ranked[0];
  if (top === undefined) return null;
  const topScore = score[top.index]!;

  // Several near-equal candidates under one ancestor: the article is split; take the ancestor.
  const alternatives = ranked.slice(1).filter((c) => score[c.index]! / topScore >= ALTERNATIVE_CANDIDATE_SCORE_RATIO).map(ancestorsOf);
  if (alternatives.length >= MIN_ALTERNATIVE_CANDIDATES) {
    for (let parent = top.parent; parent !== null && parent.tag !== 'body' && parent !== doc.root; parent = parent.parent) {
      const containing = alternatives.filter((list) => list.includes(parent!)).length;
      if (containing >= MIN_ALTERNATIVE_CANDIDATES) {
        top = parent;
        break;
      }
    }
  }

  // Climb while the parent scores better (the article's paragraphs sit in several children).
  let lastScore = Number.isNaN(score[top.index]!) ? 0 : score[top.index]!;
  const threshold = lastScore * PARENT_CLIMB_MIN_SCORE_RATIO;
  for (let parent = top.parent; parent !== null && parent.tag !== 'body' && parent !== doc.root; parent = parent.parent) {
    const parentScore = score[parent.index]!;
    if (Number.isNaN(parentScore)) continue;
    if (parentScore < threshold) break;
    if (parentScore > lastScore) {
      top = parent;
      break;
    }
    lastScore = parentScore;
  }

  // A wrapper with a single element child says nothing more than its child; prefer the wrapper.
  for (let parent = top.parent; parent !== null && parent.tag !== 'body' && parent !== doc.root; parent = parent.parent) {
    if (parent.children.filter((c) => c.kind === 'element').length !== 1) break;
    top = parent;
  }
  return top;
}

/** The top candidate plus siblings that score near it or read as prose. */
function joinSiblings(top: LightElement, score: Float64Array, facts: ElementFacts, blocks: readonly CandidateBlock[]): LightElement[] {
  const parent = top.parent;
  if (parent === null) return [top];
  const topScore = Number.isNaN(score[top.index]!) ? 0 : score[top.index]!;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_RATIO);
  const ownText = new Map<LightElement, string>();
  for (const { block, owner } of blocks) {
    if (owner.parent === parent && owner.tag === 'p') ownText.set(owner, (ownText.get(owner) ?? '') + block.text);
  }
  const joined: LightElement[] = [];
  for (const sibling of parent.children) {
    if (sibling.kind !== 'element') continue;
    if (sibling === top) {
      joined.push(sibling);
      continue;
    }
    if (facts.hidden[sibling.index] === 1) continue;
    const bonus = sibling.classAndId !== '' && sibling.classAndId === top.classAndId ? topScore * SIBLING_SCORE_RATIO : 0;
    const siblingScore = score[sibling.index]!;
    if (!Number.isNaN(siblingScore) && siblingScore + bonus >= threshold) {
      joined.push(sibling);
      continue;
    }
    // Paragraphs nested deeper than scores reach leave their container unscored; its prose still counts.
    const prose = facts.proseChars[sibling.index]!;
    if (
      prose >= Math.max(DEEP_SIBLING_MIN_PROSE_CHARS, facts.proseChars[top.index]! * DEEP_SIBLING_MIN_PROSE_RATIO) &&
      linkDensity(facts, sibling) < SIBLING_PROSE_MAX_LINK_DENSITY
    ) {
      joined.push(sibling);
      continue;
    }
    const text = ownText.get(sibling);
    if (text === undefined) continue;
    const density = linkDensity(facts, sibling);
    if (text.length > SIBLING_PROSE_MIN_CHARS && density < SIBLING_PROSE_MAX_LINK_DENSITY) joined.push(sibling);
    else if (text.length > 0 && text.length <= SIBLING_PROSE_MIN_CHARS && density === 0 && SENTENCE_END_PATTERN.test(text)) joined.push(sibling);
  }
  return joined;
}

/**
 * Articles split into chunks (one container per few paragraphs, ads between them) repeat the top
 * candidate's tag and class; every repeat that scores like a sibling would is part of the article.
 */
function addRepeatedChunks(doc: LightDocument, top: LightElement, roots: readonly LightElement[], score: Float64Array): LightElement[] {
  if (top.classAndId.length === 0) return [...roots];
  const topScore = Number.isNaN(score[top.index]!) ? 0 : score[top.index]!;
  const threshold = Math.max(MIN_SIBLING_SCORE, topScore * SIBLING_SCORE_RATIO);
  const isInsideOrAround = (element: LightElement): boolean =>
    roots.some((root) => {
      for (let a: LightElement | null = element; a !== null; a = a.parent) if (a === root) return true;
      for (let a: LightElement | null = root; a !== null; a = a.parent) if (a === element) return true;
      return false;
    });
  const chunks = doc.elements.filter(
    (e) =>
      e.tag === top.tag && e.classAndId === top.classAndId && !roots.includes(e) &&
      !Number.isNaN(score[e.index]!) && score[e.index]! >= threshold && !isInsideOrAround(e),
  );
  return [...roots, ...chunks].sort((a, b) => a.index - b.index);
}

/** The deepest element holding nearly all of the page text that JSON-LD articleBody contains. */
function locateByJsonLd(doc: LightDocument, blocks: readonly CandidateBlock[], articleBody: string): LightElement | null {
  const bodyKey = comparisonKey(articleBody.replace(/<[^>]*>/g, ' '));
  if (bodyKey.length === 0) return null;
  const matched = new Float64Array(doc.elements.length);
  for (const { block, owner } of blocks) {
    if (block.text.length < JSON_LD_MATCH_MIN_BLOCK_CHARS) continue;
    const key = comparisonKey(block.text);
    if (key.length > 0 && bodyKey.includes(key)) matched[owner.index]! += block.text.length;
  }
  for (let i = doc.elements.length - 1; i > 0; i--) matched[doc.elements[i]!.parent!.index]! += matched[i]!;
  const total = matched[0]!;
  if (total < JSON_LD_MIN_MATCHED_CHARS) return null;
  let container = doc.root;
  for (;;) {
    let next: LightElement | null = null;
    for (const child of container.children) {
      if (child.kind === 'element' && matched[child.index]! >= total * JSON_LD_CONTAINER_COVERAGE) next = child;
    }
    if (next === null) return container;
    container = next;
  }
}

function markInside(doc: LightDocument, roots: readonly LightElement[]): Uint8Array {
  const inside = new Uint8Array(doc.elements.length);
  for (const root of roots) inside[root.index] = 1;
  for (let i = 1; i < doc.elements.length; i++) {
    if (inside[doc.elements[i]!.parent!.index] === 1) inside[i] = 1;
  }
  return inside;
}

export interface LocateOptions {
  readonly articleBodyHint: string | null;
  readonly minContentChars: number;
}

/** Locates the article's container(s). An empty region means the page has no article text. */
export function locateContent(
  doc: LightDocument,
  blocks: readonly CandidateBlock[],
  facts: ElementFacts,
  options: LocateOptions,
): ContentRegion {
  if (options.articleBodyHint !== null) {
    const container = locateByJsonLd(doc, blocks, options.articleBodyHint);
    if (container !== null) return { roots: [container], inside: markInside(doc, [container]), method: 'json-ld' };
  }
  const unlikely = markUnlikelyRegions(doc, facts);
  for (const relaxed of [false, true]) {
    const score = scoreCandidates(doc, blocks, facts, relaxed ? null : unlikely);
    const top = pickTopCandidate(doc, score);
    if (top === null) continue;
    const roots = addRepeatedChunks(doc, top, joinSiblings(top, score, facts, blocks), score);
    const chars = roots.reduce((sum, r) => sum + facts.textChars[r.index]!, 0);
    if (chars < options.minContentChars && !relaxed) continue;
    return { roots, inside: markInside(doc, roots), method: relaxed ? 'scoring-relaxed' : 'scoring' };
  }
  return { roots: [], inside: new Uint8Array(doc.elements.length), method: 'none' };
}
