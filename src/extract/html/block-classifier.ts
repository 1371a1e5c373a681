// Decides, block by block, what is article text: blocks outside the main container are page
// chrome; inside it, furniture is recognised by its elements (figure, aside…), class/id words
// (caption, share, related…), link density and the short labels publishers put between
// paragraphs. Last step of HTML extraction; every removal names its rule from rules.ts.

import type { BoilerplateCategory, BlockKind } from '../../model/index.js';
import type { BlockDecision, SourceBlock } from '../source-block.js';
import type { CandidateBlock } from './block-collector.js';
import type { ContentRegion, ElementFacts } from './content-scorer.js';
import { compileHintWords, matchesHint, type HintMatcher } from './hint-words.js';
import { comparisonKey } from './json-ld-hint.js';
import type { LightDocument, LightElement } from './light-tree.js';
import {
  HINT_RULE_MAX_SHARE_OF_CONTENT,
  INSIDE_CONTENT_HINT_RULES,
  INSIDE_CONTENT_TAG_CATEGORIES,
  LONG_BLOCK_MIN_CHARS,
  MAX_LONG_PROSE_LINK_DENSITY,
  MAX_PROSE_LINK_DENSITY,
  PROSE_STOPWORD_DENSITY,
  STOPWORDS,
  MAX_ISOLATED_LINK_LINES,
  SHORT_BLOCK_MAX_CHARS,
  SHORT_BLOCK_TEXT_RULES,
  SUBSCRIPTION_PROMPT_MAX_CHARS,
} from './rules.js';

interface Removal {
  readonly category: BoilerplateCategory;
  readonly rule: string;
}

const HINT_RULES: readonly { readonly removal: Removal; readonly matcher: HintMatcher }[] = INSIDE_CONTENT_HINT_RULES.map((r) => ({
  removal: { category: r.category, rule: r.rule },
  matcher: compileHintWords(r.words),
}));

const OUTSIDE: Removal = { category: 'page-chrome', rule: 'outside-main-content' };
const HIDDEN: Removal = { category: 'page-chrome', rule: 'hidden-element' };
const NO_REMOVAL: Removal = { category: 'page-chrome', rule: '' };

/**
 * The h1 that heads the article: the longest one the page title contains (a site-name h1 is
 * shorter than the headline), else the last h1 before the content, else the first inside it.
 */
function findTitleBlock(doc: LightDocument, blocks: readonly CandidateBlock[], region: ContentRegion): number {
  const pageTitles = [doc.metaTitle, doc.titleText].filter((t): t is string => t !== null && t.length > 0).map(comparisonKey);
  let bestMatch = -1;
  let bestMatchLength = 0;
  let lastBeforeContent = -1;
  let firstInside = -1;
  for (let i = 0; i < blocks.length; i++) {
    const { block, owner } = blocks[i]!;
    if (owner.tag !== 'h1') continue;
    const key = comparisonKey(block.text);
    if (key.length > bestMatchLength && pageTitles.some((t) => t.includes(key))) {
      bestMatch = i;
      bestMatchLength = key.length;
    }
    if (region.inside[owner.index] === 1) {
      if (firstInside < 0) firstInside = i;
    } else if (firstInside < 0) {
      lastBeforeContent = i;
    }
  }
  if (bestMatch >= 0) return bestMatch;
  return lastBeforeContent >= 0 ? lastBeforeContent : firstInside;
}

/** Why an element inside the content is furniture, judged by its tag and class/id words (memoised). */
class ElementJudge {
  private readonly memo: (Removal | undefined)[];
  private readonly maxFurnitureChars: number;

  constructor(
    private readonly facts: ElementFacts,
    region: ContentRegion,
    elementCount: number,
  ) {
    this.memo = new Array<Removal | undefined>(elementCount);
    const contentChars = region.roots.reduce((sum, r) => sum + facts.textChars[r.index]!, 0);
    this.maxFurnitureChars = contentChars * HINT_RULE_MAX_SHARE_OF_CONTENT;
  }

  /** The removal for an element (not walking up), NO_REMOVAL when it looks like content. */
  private judge(element: LightElement): Removal {
    const cached = this.memo[element.index];
    if (cached !== undefined) return cached;
    let removal = NO_REMOVAL;
    // A wrapper holding most of the article is not furniture, whatever its class says.
    if (this.facts.textChars[element.index]! <= this.maxFurnitureChars) {
      const byTag = INSIDE_CONTENT_TAG_CATEGORIES.get(element.tag);
      if (byTag !== undefined) removal = byTag;
      else {
        const hint = this.facts.hints[element.index]!;
        if (hint.length > 0) {
          for (const rule of HINT_RULES) {
            if (matchesHint(hint, rule.matcher)) {
              removal = rule.removal;
              break;
            }
          }
        }
      }
    }
    this.memo[element.index] = removal;
    return removal;
  }

  /** The nearest furniture element from the block's owner up to the content root (exclusive) or the page root. */
  judgeBlock(owner: LightElement, region: ContentRegion): Removal | null {
    for (let element: LightElement | null = owner; element !== null; element = element.parent) {
      if (region.roots.includes(element)) return null;
      const removal = this.judge(element);
      if (removal !== NO_REMOVAL) return removal;
    }
    return null;
  }
}

const LINK_HEAVY_RULE = 'link-heavy-block';

/** Share of words that are function words: high in prose, low in lists of names and headlines. */
function stopwordDensity(text: string): number {
  const words = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  if (words.length === 0) return 0;
  let stopwords = 0;
  for (const word of words) if (STOPWORDS.has(word)) stopwords++;
  return stopwords / words.length;
}

function judgeText(block: SourceBlock, linkChars: number): Removal | null {
  const length = block.text.length;
  if (length <= SUBSCRIPTION_PROMPT_MAX_CHARS) {
    for (const { rule, category, pattern } of SHORT_BLOCK_TEXT_RULES) {
      if (length > SHORT_BLOCK_MAX_CHARS && rule !== 'subscription-prompt') continue;
      if (pattern.test(block.text)) return { category, rule };
    }
  }
  // Paragraph elements and long blocks are prose that cites links; lists and divs of links are furniture.
  const density = length === 0 ? 0 : linkChars / length;
  const maxDensity = block.tag !== 'p' && length < LONG_BLOCK_MIN_CHARS ? MAX_PROSE_LINK_DENSITY : MAX_LONG_PROSE_LINK_DENSITY;
  if (density > maxDensity && !(length >= LONG_BLOCK_MIN_CHARS && stopwordDensity(block.text) >= PROSE_STOPWORD_DENSITY)) return { category: length <= SHORT_BLOCK_MAX_CHARS ? 'navigation' : 'related', rule: LINK_HEAVY_RULE };
  return null;
}

/**
 * A lone link line between kept blocks ("Get it at the store", a cited report) belongs to the
 * text; related-link lists come in longer runs or at the article's edges.
 */
function keepIsolatedLinkLines(decisions: BlockDecision[], inside: readonly boolean[]): void {
  let i = 0;
  while (i < decisions.length) {
    const d = decisions[i]!;
    if (d.keep || d.rule !== LINK_HEAVY_RULE || !inside[i]) {
      i++;
      continue;
    }
    let end = i;
    while (end + 1 < decisions.length) {
      const next = decisions[end + 1]!;
      if (next.keep || next.rule !== LINK_HEAVY_RULE || !inside[end + 1]) break;
      end++;
    }
    const before = decisions[i - 1];
    const after = decisions[end + 1];
    if (end - i + 1 <= MAX_ISOLATED_LINK_LINES && before?.keep === true && after?.keep === true && inside[i - 1] && inside[end + 1]) {
      for (let k = i; k <= end; k++) decisions[k] = { block: decisions[k]!.block, keep: true };
    }
    i = end + 1;
  }
}

function withKind(block: SourceBlock, kind: BlockKind): SourceBlock {
  return block.kind === kind ? block : { ...block, kind };
}

export interface ClassifyOptions {
  readonly keepTitle: boolean;
}

/** One decision per block, in source order. */
export function classifyBlocks(
  doc: LightDocument,
  blocks: readonly CandidateBlock[],
  facts: ElementFacts,
  region: ContentRegion,
  options: ClassifyOptions,
): BlockDecision[] {
  const judge = new ElementJudge(facts, region, doc.elements.length);
  const titleIndex = region.roots.length > 0 ? findTitleBlock(doc, blocks, region) : -1;
  const decisions: BlockDecision[] = [];
  const inside: boolean[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const { block, owner, linkChars } = blocks[i]!;
    inside.push(region.inside[owner.index] === 1 && facts.hidden[owner.index] !== 1);
    const remove = (removal: Removal): void => {
      decisions.push({ block, keep: false, category: removal.category, rule: removal.rule });
    };
    if (i === titleIndex) {
      if (options.keepTitle) decisions.push({ block: withKind(block, 'title'), keep: true });
      else remove({ category: 'metadata-fragment', rule: 'title-heading' });
      continue;
    }
    if (region.inside[owner.index] !== 1) {
      // Outside the article everything goes; a recognisable kind of furniture is named for the audit.
      remove(judge.judgeBlock(owner, region) ?? OUTSIDE);
      continue;
    }
    if (facts.hidden[owner.index] === 1) {
      remove(HIDDEN);
      continue;
    }
    const removal = judge.judgeBlock(owner, region) ?? judgeText(block, linkChars);
    if (removal !== null) remove(removal);
    else decisions.push({ block, keep: true });
  }
  keepIsolatedLinkLines(decisions, inside);
  return decisions;
}
