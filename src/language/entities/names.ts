// Proper-name candidates: runs of capitalised tokens joined by name connectors ("Reserve Bank of
// Veldoria", "Joost van Amerongen"), with gazetteer hits kept whole inside them and role words
// splitting them ("US Defense Secretary | Tamsin Quill"). A run's segments are the names; what
// stands before a role word in the same run is role material ("US Defense" in that example).

import { startsLower } from './chars.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import { roleWordAt, type RoleContext } from './roles.js';
import { CLAUSE_START_WORDS, COMMON_ABBREVIATIONS, CONNECTORS_BEFORE_THE, NAME_CONNECTORS, NAME_HEAD_CLASSES, NEVER_NAMES, OF_JOINING_HEADS, ON_CONNECTOR_HEADS, PARTICLE_NAME, PLURAL_ABBREVIATION } from './rules.js';
import type { ArticleView } from './view.js';

export interface NameUnit {
  readonly first: number;
  readonly end: number;
  /** Set when the unit is a whole gazetteer hit (name, acronym or demonym). */
  readonly hit: GazetteerHit | null;
}

export interface NameSegment {
  readonly first: number;
  readonly end: number;
  readonly units: readonly NameUnit[];
  /** Followed, inside its run, by a role word: it describes the role ("Nato" in "Nato Secretary General X"). */
  readonly beforeRoleWord: boolean;
  /** The token range holds connectors ("of", "the") between its names. */
  readonly hasConnector: boolean;
}

function isNameToken(view: ArticleView, i: number): boolean {
  const surface = view.surfaces[i]!;
  // The shape first, as most tokens are lower-case words; either shape starts with a letter.
  if (!view.capitalised[i] && !PARTICLE_NAME.test(surface)) return false;
  if (NEVER_NAMES.has(view.tokens[i]!.normal)) return false;
  return !(COMMON_ABBREVIATIONS.has(surface) || PLURAL_ABBREVIATION.test(surface) || view.isCurrency[i]);
}

/** Drops an opening word that is capitalised only because it starts the sentence or quote ("Then", "Soldiers march"). */
function startsAsOrdinaryWord(view: ArticleView, i: number, hitStartingAt: ReadonlyMap<number, GazetteerHit>): boolean {
  const token = view.tokens[i]!;
  if (CLAUSE_START_WORDS.has(token.normal)) return true;
  if (!view.opensClause[i] || hitStartingAt.has(i) || view.allCaps[i]) return false;
  if (token.pos === 'PROPN') return false;
  // "Brant Hollis said" opens with a word the tagger may call a noun: a following name keeps it.
  const next = i + 1;
  return !(next < view.tokens.length && view.sentenceOf[next] === view.sentenceOf[i] && isNameToken(view, next));
}

/**
 * Every name segment of the article, in text order, and the capitalised words left out only for
 * opening a sentence as an ordinary word ("Brant added…"): a name named elsewhere may still use them.
 */
export function findNameSegments(ctx: RoleContext): { segments: NameSegment[]; ordinaryOpeners: number[] } {
  const { view, hitStartingAt } = ctx;
  const n = view.tokens.length;
  // "the North": a description the gazetteer knows; its words start no name of their own.
  const insideNominal = new Set<number>();
  for (const hit of hitStartingAt.values()) if (hit.via === 'nominal') for (let k = hit.first; k < hit.end; k++) insideNominal.add(k);
  const segments: NameSegment[] = [];
  const ordinaryOpeners: number[] = [];
  let i = 0;
  while (i < n) {
    if (insideNominal.has(i)) {
      i++;
      continue;
    }
    const hit = hitStartingAt.get(i);
    const nameToken = !hit && isNameToken(view, i);
    const ordinary = nameToken && startsAsOrdinaryWord(view, i, hitStartingAt);
    if (ordinary && !CLAUSE_START_WORDS.has(view.tokens[i]!.normal)) ordinaryOpeners.push(i);
    const startsName = hit ? hit.via !== 'nominal' : nameToken && !ordinary;
    if (!startsName) {
      i++;
      continue;
    }
    const run = readRun(ctx, i);
    segments.push(...splitAtRoleWords(ctx, run));
    i = run[run.length - 1]!.end;
  }
  return { segments, ordinaryOpeners };
}

interface RunItem extends NameUnit {
  readonly isConnector: boolean;
}

function readRun(ctx: RoleContext, start: number): RunItem[] {
  const { view, hitStartingAt } = ctx;
  const n = view.tokens.length;
  const items: RunItem[] = [];
  let i = start;
  const sentence = view.sentenceOf[start];
  const unitAt = (k: number): RunItem | null => {
    if (k >= n || view.sentenceOf[k] !== sentence) return null;
    const hit = hitStartingAt.get(k);
    if (hit) return hit.via === 'nominal' ? null : { first: k, end: hit.end, hit, isConnector: false };
    return isNameToken(view, k) ? { first: k, end: k + 1, hit: null, isConnector: false } : null;
  };
  for (;;) {
    const unit = unitAt(i);
    if (!unit) break;
    items.push(unit);
    i = unit.end;
    // Connectors join only when a name follows them: "Bank of Veldoria", "Department of the Treasury".
    const word = i < n && view.sentenceOf[i] === sentence ? view.tokens[i]!.normal : '';
    const lower = i < n && (startsLower(view.surfaces[i]!) || view.surfaces[i]!.charCodeAt(0) === 38);
    const lastHead = view.tokens[unit.end - 1]!.normal;
    const takesComplement = NAME_HEAD_CLASSES.has(lastHead) || OF_JOINING_HEADS.has(lastHead) || roleWordAt(ctx, unit.end - 1) !== null || (unit.hit !== null && unit.hit.via === 'name');
    const joins =
      (lower && ((NAME_CONNECTORS.has(word) && (!CONNECTORS_BEFORE_THE.has(word) || takesComplement)) || word === '&' || (word === 'on' && ON_CONNECTOR_HEADS.has(lastHead)))) ||
      // An editor's insertion inside a name: "[Halvard] Omsk".
      word === ']';
    if (!joins) continue;
    let next = i + 1;
    if (CONNECTORS_BEFORE_THE.has(word) && next < n && view.tokens[next]!.normal === 'the' && startsLower(view.surfaces[next]!)) next++;
    if (!unitAt(next)) break;
    for (let k = i; k < next; k++) items.push({ first: k, end: k + 1, hit: null, isConnector: true });
    i = next;
  }
  return items;
}

/**
 * Splits a run at role words: "Veldorian President | Tamsin Quill". A role word followed by
 * an organisation's head ("General Motors") stays in the name.
 */
function splitAtRoleWords(ctx: RoleContext, run: readonly RunItem[]): NameSegment[] {
  const segments: NameSegment[] = [];
  let current: RunItem[] = [];
  const flush = (beforeRoleWord: boolean): void => {
    while (current.length > 0 && current[current.length - 1]!.isConnector) current.pop();
    while (current.length > 0 && current[0]!.isConnector) current.shift();
    if (current.length > 0) {
      segments.push({
        first: current[0]!.first,
        end: current[current.length - 1]!.end,
        units: current.filter((u) => !u.isConnector).map(({ first, end, hit }) => ({ first, end, hit })),
        beforeRoleWord,
        hasConnector: current.some((u) => u.isConnector),
      });
    }
    current = [];
  };
  for (let index = 0; index < run.length; index++) {
    const item = run[index]!;
    const role = !item.hit && !item.isConnector && !run[index - 1]?.isConnector ? roleWordAt(ctx, item.first) : null;
    if (role && role.end <= (run[run.length - 1]?.end ?? 0) && !namesAnOrganisation(ctx, run, index, role.end)) {
      flush(true);
      while (index + 1 < run.length && run[index + 1]!.first < role.end) index++;
      continue;
    }
    current.push(item);
  }
  flush(false);
  return segments;
}

/** "General Motors", "Head Office": the words after the role word end on an organisation's head. */
function namesAnOrganisation(ctx: RoleContext, run: readonly RunItem[], index: number, roleEnd: number): boolean {
  const after = run.find((item) => item.first >= roleEnd);
  // "Governor of the Reserve Bank": a role, then the body it is held in.
  if (!after || after.isConnector) return false;
  const rest = run.slice(index + 1).filter((item) => item.first >= roleEnd && !item.isConnector);
  // "the Veldorian Executive": a role word that is also a body's head ends the body's name.
  if (rest.length === 0) return index > 0 && NAME_HEAD_CLASSES.has(ctx.view.tokens[run[index]!.first]!.normal);
  const last = rest[rest.length - 1]!;
  return !last.hit && NAME_HEAD_CLASSES.has(ctx.view.tokens[last.end - 1]!.normal);
}
