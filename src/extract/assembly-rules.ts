// Rules the whole-document assembler applies (extract-article.ts), beyond the HTML and text readers' own.

import { FURNITURE_RULES } from './rules.js';

export const LANGUAGE_GUESS = {
  /**
   * franc's cost grows with the sample: 600 characters took 0.8 ms an article on the BBC corpus,
   * more than the rest of extraction; 300 (a paragraph) and only the languages below take 0.33 ms
   * and still name all 2,226 correctly.
   */
  sampleChars: 300,
  /** Below this franc's guesses on news text are mostly noise (it returns 'und'). */
  minChars: 80,
  /** franc answers in ISO 639-3; metadata uses the 639-1 primary subtag, as `<html lang>` does. */
  iso6391By6393: {
    eng: 'en', fra: 'fr', deu: 'de', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', rus: 'ru', ukr: 'uk',
    pol: 'pl', ces: 'cs', ron: 'ro', hun: 'hu', swe: 'sv', dan: 'da', nob: 'no', fin: 'fi', tur: 'tr',
    ell: 'el', bul: 'bg', srp: 'sr', hrv: 'hr', arb: 'ar', pes: 'fa', heb: 'he', hin: 'hi', ben: 'bn',
    urd: 'ur', cmn: 'zh', jpn: 'ja', kor: 'ko', vie: 'vi', ind: 'id', zlm: 'ms', tha: 'th', tgl: 'tl',
  } as Readonly<Record<string, string>>,
} as const;

/**
 * The furniture rules trusted as a second pass over blocks the HTML reader kept: the ones that
 * judge a block by its own words (labels, credits, calls to action, "Read more:"). The layout and
 * appeal rules were written for text dumps; on the 181 benchmark pages they removed 17 content
 * blocks (deal pages address "you", product captions sit beside credits) for 2 junk ones.
 */
export const HTML_SECOND_PASS_RULES: ReadonlySet<string> = new Set(
  [
    FURNITURE_RULES.advertisementLabel,
    FURNITURE_RULES.navigationLabel,
    FURNITURE_RULES.commentsLabel,
    FURNITURE_RULES.shareLabel,
    FURNITURE_RULES.truncationMarker,
    FURNITURE_RULES.relatedPrefix,
    FURNITURE_RULES.bareCredit,
    FURNITURE_RULES.creditPrefix,
    FURNITURE_RULES.callToAction,
    FURNITURE_RULES.sectionLabel,
    FURNITURE_RULES.teaserAmongFurniture,
    FURNITURE_RULES.copyrightNotice,
  ].map((rule) => rule.name),
);
