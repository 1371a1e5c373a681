// Relay chains: who passed a claim on. A claim whose cue lies inside another claim's content is
// relayed by that claim's speaker ("The agency assessed …, the lawmaker said"); "A quoted B as
// saying" and "…, citing B" relay explicitly; an outlet the speaker told ("told the Courier")
// relays last. A pronoun claim inside its own speaker's content only restates it.

import type { Speaker } from '../model/claim.js';
import { rangesHold, type Attribution } from './attributions.js';
import { nounPhraseFrom } from './noun-phrase.js';
import { PERSONAL_PRONOUNS } from './rules.js';
import type { SpeakerResolver } from './speakers.js';
import type { TokenView } from './view.js';

/** For each attribution, the attribution whose content holds its cue (the nearest one), or the one that explicitly relays it. */
export function relayParents(view: TokenView, attributions: readonly Attribution[]): (number | null)[] {
  return attributions.map((a, index) => {
    if (a.relayedThrough !== null) {
      const explicit = attributions.indexOf(a.relayedThrough);
      return explicit === -1 ? null : explicit;
    }
    // "blasted the alliance for accusing …": the verb's object speaks for itself; the subject condemns, not relays.
    if (a.sourceRole === 'object') return null;
    const cue = { start: view.start[a.cueFirst]!, end: view.end[a.cueEnd - 1]! };
    let best: number | null = null;
    let bestSize = Infinity;
    attributions.forEach((b, j) => {
      if (j === index || b.unit !== a.unit && !b.content.some((r) => r.start <= cue.start && cue.end <= r.end)) return;
      for (const r of b.content) {
        if (r.start <= cue.start && cue.end <= r.end && r.end - r.start < bestSize) {
          const bCue = { start: view.start[b.cueFirst]!, end: view.end[b.cueEnd - 1]! };
          if (rangesHold(a.content, bCue)) continue; // each inside the other's content: no relay
          best = j;
          bestSize = r.end - r.start;
        }
      }
    });
    return best;
  });
}


/** Each attribution's relays, nearest to the writer first, following parents up the chain. */
export function relayChains(parents: readonly (number | null)[], speakers: readonly (readonly Speaker[])[]): Speaker[][] {
  const chainOf = (index: number, seen: Set<number>): Speaker[] => {
    const parent = parents[index];
    if (parent === null || parent === undefined || seen.has(parent)) return [];
    seen.add(parent);
    return [...chainOf(parent, seen), ...(speakers[parent] ?? [])];
  };
  return parents.map((_, index) => chainOf(index, new Set([index])));
}

/**
 * "Trump said he wants …": a pronoun speaker inside the content of the same speaker's own claim
 * restates it; the inner verb is part of what was said, not a second claim.
 */
export function restatesParent(view: TokenView, a: Attribution, own: readonly Speaker[], parent: readonly Speaker[] | null): boolean {
  if (!parent || !a.source || a.source.end - a.source.first !== 1) return false;
  if (!PERSONAL_PRONOUNS.has(view.norm[a.source.first]!)) return false;
  return own.every((s) => parent.some((p) => p.name === s.name));
}

/** "told the BBC": an outlet the speaker talked to relays the claim; it is the last relay before the speaker. */
export function withListenerOutlet(view: TokenView, resolver: SpeakerResolver, a: Attribution, chain: readonly Speaker[]): readonly Speaker[] {
  if (a.cue.kind !== 'verb' || !a.cue.entry?.takesRecipient) return chain;
  const unit = view.units[a.unit]!;
  const listener = nounPhraseFrom(view, a.cueEnd, unit.end, false);
  if (!listener) return chain;
  const outlet = resolver.mediaListener(listener.first, listener.end);
  if (!outlet || chain.some((s) => s.name === outlet.name)) return chain;
  return [...chain, outlet];
}
