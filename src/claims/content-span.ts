// The content of each plan in a unit: after a leading cue up to the nearest boundary (the start of
// another attribution's clause, a semicolon), before a trailing one back to the previous boundary,
// in two fragments around a parenthetical cue; a quotation opened inside runs to its close.

import { CLAUSE_BREAKS, CONTRAST_SUBORDINATORS, DASHES, OBJECTS_THAT_ARE_NOT_WORDS, PERCEPTION_CUE_VERBS } from './rules.js';
import { headOfNounPhrase, isQuoteMarkToken } from './noun-phrase.js';
import { isCueVerbForm } from './verb-forms.js';
import type { TokenView, Unit } from './view.js';
import {
  closesQuotation,
  contentStartKind,
  firstTokenAtOrAfter,
  hasVerbOrQuote,
  isTerminal,
  opensQuotation,
  skipAdjuncts,
  takesRecipient,
  tokenBefore,
  type StartKind,
} from './clause-reading.js';
import type { Plan } from './plans.js';
import type { CharRange } from './attributions.js';

/** A verb whose noun-phrase object is something won or taken ("claimed victory", "claimed two lives", "claimed the 200m"). */
function wonNotSaid(view: TokenView, base: string, s: number, limit: number): boolean {
  const won = OBJECTS_THAT_ARE_NOT_WORDS.get(base);
  if (!won) return false;
  const { head } = headOfNounPhrase(view, s, limit);
  return head !== -1 && (won.has(view.norm[head]!) || view.pos[head] === 'NUM' || /^\d/.test(view.norm[head]!));
}

/** Words that open a relative clause after a comma: "which …", "in which …", "of whom …". */
const RELATIVE_OPENERS = new Set(['which', 'whom', 'whose', 'who']);

function frameAllows(view: TokenView, plan: Plan, kind: StartKind, inTitle: boolean, s: number, limit: number): boolean {
  const entry = plan.cue.entry;
  if (!entry) return kind !== 'other';
  const frames = entry.frames;
  switch (kind) {
    case 'that':
    case 'wh':
    case 'quote':
      return frames.includes('clause') || frames.includes('object');
    case 'clause':
      // "the deal sees Mr Roe receive £5m": a perception verb with a bare clause tells an outcome, not a finding.
      if (PERCEPTION_CUE_VERBS.has(entry.base)) return false;
      return frames.includes('clause') || frames.includes('object');
    case 'to':
      return frames.includes('to');
    case 'np':
      // "claimed the title", "claimed a draw": a prize won, not words reported.
      if (wonNotSaid(view, entry.base, s, limit)) return false;
      // "talked about the need for roads", "commented on the ruling": after its particle a verb of speech takes its topic.
      if (entry.particles.length > 0 && entry.particles.includes(view.norm[plan.cue.end - 1]!)) return true;
      // Headlines drop their verbs: "Minister says bridge 'unsafe'".
      if (frames.includes('object') && !entry.needsClause) return true;
      return frames.includes('clause') && (inTitle || (!entry.needsClause && hasVerbOrQuote(view, s, limit)));
    default:
      return false;
  }
}

/** End of the content that starts at `s`: the nearest boundary, trimmed of closing punctuation; a quotation opened inside runs to its close. */
function contentRange(view: TokenView, s: number, limit: number): CharRange | null {
  let e = limit;
  while (e > s + 1 && !isQuoteMarkToken(view, e - 1) && (isTerminal(view, e - 1) || CLAUSE_BREAKS.has(view.norm[e - 1]!) || DASHES.has(view.norm[e - 1]!))) e--;
  if (e <= s) return null;
  if (e === s + 1 && (view.pos[s] === 'PUNCT' && !isQuoteMarkToken(view, s))) return null;
  let end = view.end[e - 1]!;
  // A quotation that opens inside the content and closes in a later sentence belongs to it.
  const lastQuote = view.quoteOf[e - 1]!;
  if (lastQuote !== -1 && view.quotations[lastQuote]!.end > end) end = view.quotations[lastQuote]!.end;
  const firstQuote = view.quoteOf[s]!;
  if (firstQuote !== -1 && view.quotations[firstQuote]!.start === view.start[s] && view.quotations[firstQuote]!.end > end) {
    end = view.quotations[firstQuote]!.end;
  }
  return { start: view.start[s]!, end };
}

/** The whole next block, for a cue that ends its paragraph with a colon. */
function nextBlockContent(view: TokenView, unit: Unit): CharRange[] | null {
  const isLastUnitOfBlock = view.units[view.unitOf[unit.first]! + 1]?.block !== unit.block;
  const next = view.blockSpans[unit.block + 1];
  if (!isLastUnitOfBlock || !next || next.end <= next.start) return null;
  return [{ start: next.start, end: next.end }];
}

/** The first boundary at or after token `s`, or the unit's end. */
function nextBoundary(boundaries: readonly number[], s: number, unitEnd: number): number {
  for (const b of boundaries) if (b >= s) return b;
  return unitEnd;
}

/** The last boundary-closing position before `s` (content before a trailing cue starts there), or the unit's start. */
function previousBoundaryEnd(plans: readonly Plan[], clauseStart: number, unitFirst: number, view: TokenView): number {
  let best = unitFirst;
  for (const plan of plans) {
    if (plan.clauseStart === null || plan.clauseStart >= clauseStart) continue;
    // The previous trailing clause ends where its own adjuncts end; content resumes after a comma.
    let after = plan.after;
    if (view.norm[after] === ',') after++;
    if (after > best && after < clauseStart) best = after;
  }
  return best;
}

/** Content before a clause-closing cue: the quotation right before it, or the clause from the last boundary. */
function contentBefore(view: TokenView, unit: Unit, plans: readonly Plan[], clauseStart: number): CharRange | null {
  let last = clauseStart - 1;
  if (last < unit.first) {
    // '“…”' then a new tokenizer sentence '"he said."': the quotation closes the previous unit.
    const previous = tokenBefore(view, unit, clauseStart);
    if (previous !== -1 && closesQuotation(view, previous)) {
      const q = view.quotations[view.quoteOf[previous]!]!;
      return { start: q.start, end: q.end };
    }
    return null;
  }
  if (closesQuotation(view, last)) {
    const q = view.quotations[view.quoteOf[last]!]!;
    // A quotation that is only the end of a paraphrase ('… was “dead on arrival”, he said') is mixed content.
    const openToken = firstTokenAtOrAfter(view, q.start);
    if (openToken <= unit.first || openToken === -1 || !precededByContent(view, unit, plans, openToken, clauseStart)) {
      return { start: q.start, end: q.end };
    }
  }
  const first = previousBoundaryEnd(plans, clauseStart, unit.first, view);
  while (last > first && (view.norm[last] === ',' || DASHES.has(view.norm[last]!))) last--;
  if (last < first) return null;
  const range = contentRange(view, first, last + 1);
  return range;
}

function precededByContent(view: TokenView, unit: Unit, plans: readonly Plan[], openToken: number, clauseStart: number): boolean {
  const first = previousBoundaryEnd(plans, clauseStart, unit.first, view);
  return openToken > first;
}

/** Contents of the unit's plans; plans without one are dropped. */
export function resolveContents(view: TokenView, unit: Unit, plans: Plan[], inTitle: boolean): (CharRange[] | null)[] {
  const boundaries = plans.flatMap((p) => (p.clauseStart === null ? [] : [p.clauseStart]));
  // "X claimed …, while Y said …": a contrasting clause with its own speaker closes the content before it.
  for (const p of plans) {
    const opener = p.source && p.sourceRole === 'subject' ? p.source.first - 1 : -1;
    if (opener > unit.first && CONTRAST_SUBORDINATORS.has(view.norm[opener]!)) boundaries.push(view.norm[opener - 1] === ',' ? opener - 1 : opener);
  }
  for (let i = unit.first; i < unit.end; i++) if (view.quoteOf[i] === -1 && view.norm[i] === ';') boundaries.push(i);
  boundaries.sort((a, b) => a - b);
  const contents: (CharRange[] | null)[] = plans.map(() => null);
  const leadingContent = (plan: Plan, from: number): CharRange[] | null => {
    // After a passive's agent the content may open with a preposition: "accused by Veldmark of shelling …".
    const s = plan.orientation === 'agent' ? from : skipAdjuncts(view, from, unit.end, takesRecipient(view, plan.cue));
    let start = s;
    const colon = (start < unit.end && view.norm[start] === ':') || view.norm[plan.cueEnd - 1] === ':';
    if (start < unit.end && view.norm[start] === ':') start++;
    if (start >= unit.end || (isTerminal(view, start) && !isQuoteMarkToken(view, start))) {
      // "She went on:" at the end of a paragraph: the next paragraph is what she said.
      if (colon && start >= unit.end) return nextBlockContent(view, unit);
      return null;
    }
    const kind = contentStartKind(view, start, unit.end);
    if (plan.orientation === 'agent' && view.pos[start] === 'ADP') {
      // "accused by Veldmark of shelling …": the preposition opens the content.
    } else if (plan.orientation === 'leading' || plan.orientation === 'shared' || plan.orientation === 'agent') {
      if (!frameAllows(view, plan, kind, inTitle, start, nextBoundary(boundaries, start + 1, unit.end))) return null;
    }
    let limit = nextBoundary(boundaries, start + 1, unit.end);
    // "Osterland, accused by Veldmark of shelling the port, urged …": an aside's content ends at its closing comma.
    if (plan.orientation === 'agent' && view.norm[plan.cueFirst - 1] === ',') {
      for (let k = start + 1; k < limit; k++) {
        if (view.norm[k] === ',' && view.quoteOf[k] === -1) {
          limit = k;
          break;
        }
      }
    }
    const range = contentRange(view, start, limit);
    return range ? [range] : null;
  };
  const secondHalf = (plan: Plan): CharRange | null => {
    // '…, he said, "…"' or 'Climate change, he says, is …': the clause resumes after the cue.
    const at = plan.after;
    if (at >= unit.end) return null;
    // The adjunct skipper may already have stepped over the comma before an opening quotation mark.
    const start = view.norm[at] === ',' ? at + 1 : opensQuotation(view, at) && view.norm[at - 1] === ',' ? at : -1;
    if (start === -1) return null;
    if (start >= unit.end || isTerminal(view, start)) return null;
    if (isCueVerbForm(view.norm[start]!) || view.norm[start] === 'according' || view.norm[start] === 'citing') return null;
    // '"…," she said of the vote, in which …': a relative clause about the adjunct's noun is the writer's, not the speaker's.
    if (RELATIVE_OPENERS.has(view.norm[start]!) || (view.pos[start] === 'ADP' && RELATIVE_OPENERS.has(view.norm[start + 1] ?? ''))) return null;
    const limit = nextBoundary(boundaries, start + 1, unit.end);
    return contentRange(view, start, limit);
  };
  plans.forEach((plan, index) => {
    switch (plan.orientation) {
      case 'leading':
      case 'shared':
      case 'agent':
      case 'according-front':
      case 'noun':
        contents[index] = plan.sameContentAs === null ? leadingContent(plan, plan.after) : null;
        break;
      case 'trailing':
      case 'inverted':
      case 'according-back': {
        const first = contentBefore(view, unit, plans, plan.clauseStart!);
        if (!first) break;
        const second = secondHalf(plan);
        contents[index] = second ? [first, second] : [first];
        break;
      }
      case 'relay': {
        const before = plan.clauseStart === null ? null : contentBefore(view, unit, plans, plan.clauseStart);
        if (before) contents[index] = [before];
        else {
          const after = plan.after < unit.end && view.norm[plan.after] === ',' ? plan.after + 1 : plan.after;
          const range = contentRange(view, after, nextBoundary(boundaries, after + 1, unit.end));
          contents[index] = range ? [range] : null;
        }
        break;
      }
      case 'evidential': {
        const left = plan.cueFirst > unit.first ? contentRange(view, unit.first, plan.cueFirst) : null;
        const right = contentRange(view, plan.cueEnd, nextBoundary(boundaries, plan.cueEnd + 1, unit.end));
        const parts = [left, right].filter((r): r is CharRange => r !== null);
        contents[index] = parts.length > 0 ? parts : null;
        break;
      }
    }
  });
  // "the ministry quoted Mr Roe as saying": the inner speaker's words are the quoting verb's content.
  plans.forEach((plan, index) => {
    if (plan.sameContentAs !== null) contents[index] = contents[plan.sameContentAs] ?? null;
    if (plan.relayedByPlan !== null && plan.sameContentAs === null && contents[plan.relayedByPlan] === null) {
      contents[plan.relayedByPlan] = contents[index] ?? null;
    }
  });
  return contents;
}
