// Claim: one attributed statement in one article (who said what, how, with which stance), produced
// by the `claims` stage from the article text and its language annotations. Every part is a Span
// into ExtractedArticle.text, so each claim leads back to its exact words.

import type { EntityKey } from './language.js';
import type { Span } from './span.js';

/**
 * direct: the content is a quotation; mixed: a paraphrase with quoted fragments; according_to:
 * "according to X", "citing X", "X reported"-style sourcing; indirect: any other paraphrase.
 */
export type AttributionKind = 'direct' | 'indirect' | 'mixed' | 'according_to';

/** The speaker's stance toward the content. */
export type Stance =
  | 'asserts' // neutral statement
  | 'confirms' // corroborates a contested report
  | 'denies'
  | 'alleges' // accusation or contested claim
  | 'warns' // conditional consequences, concern, prediction
  | 'estimates' // assessment, likelihood, projection, a number estimate
  | 'condemns'
  | 'demands'
  | 'unverified' // the text says it is unconfirmed, or the speaker says it cannot verify
  | 'declined'; // declined to comment

export type SpeakerType = 'person' | 'organisation' | 'government' | 'media' | 'anonymous' | 'document';

export interface Speaker {
  /** Canonical name ("Maria Okafor", "Veldoria"), or the description of an anonymous source ("a senior US official"). */
  readonly name: string;
  readonly type: SpeakerType;
  /** The language layer's entity, when the speaker is one. */
  readonly entity: EntityKey | null;
  readonly role: string | null;
  /** Canonical name of the body or country the speaker speaks for, when known. */
  readonly affiliation: string | null;
}

/** A kind of words the writer uses to distance the text from a claim, or a speaker's own hedge. */
export type HedgeKind = 'hedge' | 'verification';

export interface Hedge {
  readonly span: Span;
  /** hedge: the speaker's own ("likely", "I believe"); verification: the writer's ("not confirmed", "reportedly"). */
  readonly kind: HedgeKind;
}

export interface Claim {
  /** Index of the sentence the cue stands in (LanguageAnnotations.sentences). */
  readonly sentence: number;
  /** The words naming the source ("presidential spokeswoman Maria Okafor", "she"); null when implicit. */
  readonly source: Span | null;
  /** The reporting words ("said", "according to", "denied"); null for a quote continuation. */
  readonly cue: Span | null;
  /** What was said; several fragments when the content is split ("…," he said, "…"). Never empty. */
  readonly content: readonly Span[];
  readonly kind: AttributionKind;
  /** The original speaker (the end of a relay chain). */
  readonly speaker: Speaker;
  /** Who passed it on, nearest to the writer first: "Park said, citing the NIS" → speaker NIS, relayedBy [Park]. */
  readonly relayedBy: readonly Speaker[];
  readonly stance: Stance;
  readonly hedges: readonly Hedge[];
  /** Indices into LanguageAnnotations.quantities that lie inside the content. */
  readonly quantities: readonly number[];
  /** Indices into LanguageAnnotations.times that lie inside the content. */
  readonly times: readonly number[];
  /** Index into LanguageAnnotations.times of the expression that dates the statement itself ("said on Wednesday"). */
  readonly statementTime: number | null;
}
