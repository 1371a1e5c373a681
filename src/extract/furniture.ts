// Page furniture: decides for each block of a page (a text-dump line, or an HTML block in a second
// pass) whether it is the article or the page around it, and names the rule that removed it.
// Three passes: text-only rules (labels, credits, appeals, templates), then the article's layout
// (header, body zone), then rules that need position (captions, section labels, teasers).

import type { BlockKind, BoilerplateCategory } from '../model/index.js';
import {
  ADVERTISEMENT_LABEL,
  CALL_TO_ACTION_MAX_WORDS,
  CALL_TO_ACTION_SHORT_MAX_WORDS,
  CAPTION_MAX_WORDS,
  CAPTION_MIN_WORDS,
  COMMENTS_LABEL,
  COPYRIGHT_NOTICE,
  COPYRIGHT_NOTICE_MAX_WORDS,
  CREDIT_LINKING_WORDS,
  CREDIT_MAX_WORDS,
  CREDIT_PREFIX,
  FURNITURE_RULES,
  FURNITURE_VOCABULARY_MAX_WORDS,
  FURNITURE_VOCABULARY_MIN_HITS,
  LABEL_MAX_WORDS,
  METADATA_FRAGMENT,
  NAVIGATION_LABEL,
  OUTLET_VOICE_MIN_TOKENS,
  OUTLET_VOICE_MIN_TOKENS_PER_WORD,
  CREDIT_MARKER_WORDS,
  CAPTION_DUPLICATE_CREDIT_MAX_WORDS,
  PARENTHESISED_LINE,
  RELATED_PREFIX,
  SECTION_LABEL_MAX_WORDS,
  SHARE_LABEL,
  TEMPLATE_MIN_DOCUMENTS_ANY_OUTLET,
  TEMPLATE_MIN_DOCUMENTS_SAME_OUTLET,
  TRAILING_LABEL_MAX_WORDS,
  TRAILING_PARENTHESISED,
  TRUNCATION_MARKER,
  type FurnitureRule,
} from './rules.js';
import type { BlockDecision, SourceBlock } from './source-block.js';
import { EMPTY_TEMPLATE_INDEX, lookupTemplate, normaliseTemplateLine, type TemplateIndex } from './templates.js';
import { findHeaderLayout, isHeaderKind, isTitleCase, type HeaderLayout } from './text/header.js';
import { readBlockSignals, type BlockSignals } from './text/signals.js';

export interface FurnitureContext {
  /** Lines learnt from the batch; empty when there is nothing to compare with. */
  readonly templates: TemplateIndex;
  /** The document's outlet key for template lookups (see findOutletKey), null when unknown. */
  readonly outletKey: string | null;
}

export interface FurnitureResult {
  /** One per input block, in order, with the block's kind refined by the layout. */
  readonly decisions: BlockDecision[];
  readonly layout: HeaderLayout;
}

interface Verdict {
  readonly rule: FurnitureRule;
  readonly category: BoilerplateCategory;
}

const verdict = (rule: FurnitureRule, category: BoilerplateCategory = rule.category): Verdict => ({ rule, category });

/** The decision for each block, usable by any reader that produces SourceBlocks. */
export function classifyFurniture(blocks: readonly SourceBlock[], context: Partial<FurnitureContext> = {}): BlockDecision[] {
  return classifyFurnitureWithLayout(blocks, context).decisions;
}

export function classifyFurnitureWithLayout(blocks: readonly SourceBlock[], context: Partial<FurnitureContext> = {}): FurnitureResult {
  const templates = context.templates ?? EMPTY_TEMPLATE_INDEX;
  const outletKey = context.outletKey ?? null;
  const signals = blocks.map((b) => readBlockSignals(b.text));

  // Pass 1: what the text alone says. Appeals are judged leniently here; inside the body they are
  // judged again, strictly, once the layout is known.
  const verdicts: (Verdict | null)[] = blocks.map((b, i) => {
    const s = signals[i]!;
    return labelVerdict(b.text, s) ?? appealVerdict(s, 'outside-body') ?? templateVerdict(b.text, s, templates, outletKey);
  });

  // Pass 2: the layout, read from the blocks pass 1 kept.
  const layout = findHeaderLayout(blocks, signals, verdicts.map((v) => v !== null));
  const inBody = (i: number): boolean => layout.bodyStart !== null && layout.bodyEnd !== null && i >= layout.bodyStart && i <= layout.bodyEnd;
  const kinds = layout.kinds;

  for (let i = 0; i < blocks.length; i++) {
    if (isHeaderKind(kinds[i]!)) verdicts[i] = null;
    else if (verdicts[i] && verdicts[i]!.rule !== FURNITURE_RULES.template && inBody(i) && isAppealRule(verdicts[i]!.rule)) {
      verdicts[i] = appealVerdict(signals[i]!, 'body');
    }
  }

  // Pass 3: rules that need neighbours and zones.
  const isRemoved = (i: number): boolean => verdicts[i] !== null;
  for (let i = 0; i < blocks.length; i++) {
    if (verdicts[i] || isHeaderKind(kinds[i]!)) continue;
    verdicts[i] = positionalVerdict(i, blocks, signals, kinds, layout, verdicts, inBody(i));
  }
  // Teasers sit between furniture; removing one can expose the next, so repeat until stable.
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 0; i < blocks.length; i++) {
      if (isRemoved(i) || isHeaderKind(kinds[i]!) || inBody(i) || signals[i]!.isParagraphShaped) continue;
      if (verdicts[i - 1] && verdicts[i + 1]) {
        verdicts[i] = verdict(FURNITURE_RULES.teaserAmongFurniture);
        changed = true;
      }
    }
  }

  const decisions = blocks.map((b, i): BlockDecision => {
    const block = kinds[i] === b.kind ? b : { ...b, kind: kinds[i]! };
    const v = verdicts[i];
    return v ? { block, keep: false, category: v.category, rule: v.rule.name } : { block, keep: true };
  });
  return { decisions, layout };
}

/** Whole-line labels, credits and teaser prefixes: decided by the text alone, anywhere on the page. */
function labelVerdict(text: string, s: BlockSignals): Verdict | null {
  if (s.words <= LABEL_MAX_WORDS) {
    const label = s.label.replace(/^\d+\s+(?=comments?$)/, '');
    if (ADVERTISEMENT_LABEL.test(label)) return verdict(FURNITURE_RULES.advertisementLabel);
    if (COMMENTS_LABEL.test(s.label)) return verdict(FURNITURE_RULES.commentsLabel);
    if (NAVIGATION_LABEL.test(label)) return verdict(FURNITURE_RULES.navigationLabel);
    if (SHARE_LABEL.test(label)) return verdict(FURNITURE_RULES.shareLabel);
    if (TRUNCATION_MARKER.test(label) || (label.length === 0 && /^[.…]+$/.test(text))) return verdict(FURNITURE_RULES.truncationMarker);
    if (METADATA_FRAGMENT.test(label)) return verdict(FURNITURE_RULES.metadataFragment);
  }
  if (s.words <= CREDIT_MAX_WORDS) {
    const bare = PARENTHESISED_LINE.exec(text);
    if (bare && isCreditLike(bare[1]!)) return verdict(FURNITURE_RULES.bareCredit);
    if (CREDIT_PREFIX.test(text)) return verdict(FURNITURE_RULES.creditPrefix);
  }
  if (RELATED_PREFIX.test(text) && s.reportingCues === 0) return verdict(FURNITURE_RULES.relatedPrefix);
  if (s.words <= COPYRIGHT_NOTICE_MAX_WORDS && COPYRIGHT_NOTICE.test(text)) return verdict(FURNITURE_RULES.copyrightNotice);
  return null;
}

const APPEAL_RULES: ReadonlySet<FurnitureRule> = new Set([FURNITURE_RULES.outletVoiceAppeal, FURNITURE_RULES.callToAction]);

function isAppealRule(rule: FurnitureRule): boolean {
  return APPEAL_RULES.has(rule);
}

/**
 * The outlet addressing the reader: "we/our" and "you" outside quotes, imperatives, site
 * vocabulary. Inside the body an explainer may say "you", so the body needs stronger evidence.
 */
function appealVerdict(s: BlockSignals, zone: 'outside-body' | 'body'): Verdict | null {
  const category = s.vocabularyCategory ?? undefined;
  const strict = zone === 'body';
  const voiceAppeal = strict
    ? s.voiceTokens >= OUTLET_VOICE_MIN_TOKENS && s.siteVocabularyHits >= FURNITURE_VOCABULARY_MIN_HITS && s.reportingCues === 0
    : s.voiceTokens >= OUTLET_VOICE_MIN_TOKENS &&
      s.voiceTokens > s.reportingCues &&
      s.siteVocabularyHits > 0 &&
      s.voiceTokens / s.words >= OUTLET_VOICE_MIN_TOKENS_PER_WORD;
  if (voiceAppeal) return verdict(FURNITURE_RULES.outletVoiceAppeal, category);
  if (s.opensWithCallToAction && s.words <= CALL_TO_ACTION_MAX_WORDS && s.reportingCues === 0) {
    const addressed = strict
      ? s.voiceTokens > 0 && s.siteVocabularyHits > 0
      : s.voiceTokens > 0 ||
        s.siteVocabularyHits > 0 ||
        s.sharedVocabularyHits > 0 ||
        (s.words <= CALL_TO_ACTION_SHORT_MAX_WORDS && !s.endsAsSentence);
    if (addressed) return verdict(FURNITURE_RULES.callToAction, category);
  }
  return null;
}

/**
 * A line the outlet repeats on its pages is template when it also reads like furniture: a call to
 * action, site vocabulary, or the reader addressed in a line too short to be a paragraph.
 * Repetition alone never removes a line: the same wire sentence recurs across one outlet's
 * articles (seed 000 L40 = 001 L23), and near-duplicate articles share their reader quotes.
 */
function templateVerdict(text: string, s: BlockSignals, templates: TemplateIndex, outletKey: string | null): Verdict | null {
  if (templates.documentCount === 0) return null;
  const evidence = lookupTemplate(templates, outletKey, text);
  const repeated = evidence.sameOutletDocuments >= TEMPLATE_MIN_DOCUMENTS_SAME_OUTLET || evidence.documents >= TEMPLATE_MIN_DOCUMENTS_ANY_OUTLET;
  if (!repeated || s.reportingCues > 0) return null;
  const furnitureLike = s.opensWithCallToAction || s.siteVocabularyHits > 0 || (s.voiceTokens > 0 && !s.isParagraphShaped);
  return furnitureLike ? verdict(FURNITURE_RULES.template, s.vocabularyCategory ?? FURNITURE_RULES.template.category) : null;
}

function positionalVerdict(
  i: number,
  blocks: readonly SourceBlock[],
  signals: readonly BlockSignals[],
  kinds: readonly BlockKind[],
  layout: HeaderLayout,
  verdicts: readonly (Verdict | null)[],
  inBody: boolean,
): Verdict | null {
  const s = signals[i]!;
  const text = blocks[i]!.text;

  const credit = TRAILING_PARENTHESISED.exec(text);
  if (credit && isCreditLike(credit[1]!) && !s.endsAsSentence && s.reportingCues === 0 && s.words <= CAPTION_MAX_WORDS && !inListOfParentheticals(i, blocks)) {
    const caption = text.slice(0, credit.index);
    if (isDescriptive(caption) || isSlug(caption)) return verdict(FURNITURE_RULES.captionWithCredit);
  }
  if (!s.isParagraphShaped && s.reportingCues === 0 && duplicatesNeighbourCaption(i, blocks)) return verdict(FURNITURE_RULES.captionDuplicate);
  if (!s.endsAsSentence && s.words >= CAPTION_MIN_WORDS && s.reportingCues === 0 && besideCredit(i, verdicts)) {
    return verdict(FURNITURE_RULES.captionBesideCredit);
  }

  if (kinds[i] === 'heading' || inBody) return null;
  const beforeHeadline = i < (layout.titleIndex ?? layout.bodyStart ?? 0);
  // Above a headline the header placed, short lines are menu and section labels whatever their case.
  if (beforeHeadline && s.words <= SECTION_LABEL_MAX_WORDS && !s.endsAsSentence && (layout.titleAnchored || isTitleCase(text))) {
    return verdict(FURNITURE_RULES.sectionLabel);
  }
  const afterBody = layout.bodyEnd !== null && i > layout.bodyEnd;
  if (afterBody && s.words <= TRAILING_LABEL_MAX_WORDS && !s.endsAsSentence && verdicts[i - 1]) return verdict(FURNITURE_RULES.trailingLabel);
  if (s.siteVocabularyHits >= FURNITURE_VOCABULARY_MIN_HITS && s.reportingCues === 0 && s.words <= FURNITURE_VOCABULARY_MAX_WORDS) {
    return verdict(FURNITURE_RULES.furnitureVocabulary, s.vocabularyCategory ?? undefined);
  }
  // Outside the body, the outlet's voice beside other furniture is part of the same appeal (seed 000 L16).
  if (s.voiceTokens > s.reportingCues && (verdicts[i - 1] || verdicts[i + 1])) {
    return verdict(FURNITURE_RULES.outletVoiceAppeal, s.vocabularyCategory ?? undefined);
  }
  return null;
}

/** Team sheets and rankings put a parenthetical after every line; a caption stands alone. */
function inListOfParentheticals(i: number, blocks: readonly SourceBlock[]): boolean {
  return [blocks[i - 1], blocks[i + 1]].some((b) => b !== undefined && TRAILING_PARENTHESISED.test(b.text));
}

/**
 * A parenthesised picture credit: capitalised names, acronyms, agency slashes and a few linking
 * words, with an agency in capitals ("AP") or a credit word ("via", "Images").
 */
function isCreditLike(inside: string): boolean {
  const tokens = inside.split(/\s+/u).filter((t) => t.length > 0);
  if (tokens.length === 0 || tokens.length > CREDIT_MAX_WORDS) return false;
  const wellFormed = tokens.every((t) => CREDIT_LINKING_WORDS.has(t.toLowerCase()) || /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?:\/[\p{L}\p{N}.&'’-]+)*$/u.test(t));
  const marked = tokens.some((t) => CREDIT_MARKER_WORDS.has(t.toLowerCase()) || /^\p{Lu}{2,}(?:\/\p{Lu}{2,})*$/u.test(t));
  return wellFormed && marked;
}

/** A short parenthetical of capitalised words: what differs between a caption and its credited copy ("(Getty)"). */
function isShortParenthetical(inside: string): boolean {
  const tokens = inside.split(/\s+/u).filter((t) => t.length > 0);
  return tokens.length > 0 && tokens.length <= CAPTION_DUPLICATE_CREDIT_MAX_WORDS && tokens.every((t) => /^[\p{Lu}\p{N}]/u.test(t) || CREDIT_LINKING_WORDS.has(t.toLowerCase()));
}

/** An agency slug such as "COREAS-TENSIONES": one upper-case token. "FATAL FORCE (MACROSPACE)" is a crosshead (BBC tech/095). */
function isSlug(text: string): boolean {
  const trimmed = text.trim();
  return trimmed.length > 0 && countWordsIn(trimmed) === 1 && trimmed === trimmed.toUpperCase() && /\p{Lu}/u.test(trimmed);
}

/** Caption prose: enough words, not shouted in capitals like a crosshead. */
function isDescriptive(text: string): boolean {
  return countWordsIn(text) >= CAPTION_MIN_WORDS && /\p{Ll}/u.test(text);
}

function countWordsIn(text: string): number {
  return text.split(/\s+/u).filter((t) => t.length > 0).length;
}

/** The same caption once bare and once with a credit, on adjacent lines (seed 000 L42/L43). */
function duplicatesNeighbourCaption(i: number, blocks: readonly SourceBlock[]): boolean {
  const own = blocks[i]!.text;
  for (const j of [i - 1, i + 1]) {
    const other = blocks[j]?.text;
    if (other === undefined || other === own) continue;
    const [longer, shorter] = other.length > own.length ? [other, own] : [own, other];
    const credit = TRAILING_PARENTHESISED.exec(longer);
    if (credit && isShortParenthetical(credit[1]!) && normaliseTemplateLine(longer.slice(0, credit.index)) === normaliseTemplateLine(shorter)) return true;
  }
  return false;
}

function besideCredit(i: number, verdicts: readonly (Verdict | null)[]): boolean {
  const isCredit = (j: number): boolean => verdicts[j]?.rule === FURNITURE_RULES.bareCredit || verdicts[j]?.rule === FURNITURE_RULES.creditPrefix;
  return isCredit(i - 1) || isCredit(i + 1);
}
