// Drafts for descriptions: those that refer back to an entity ("the agency", "the firm"), a
// person's role without a name ("the defence minister"), and wars and treaties named by
// description ("the war in Castavia", "a mutual defence treaty").

import { startsLower } from './chars.js';
import type { GazetteerEntry } from '../gazetteer/index.js';
import { foldForLookup } from '../tokens/index.js';
import { charEnd, charStart, countryOf, makeDraft, roleText, type Builder } from './draft-builder.js';
import type { Draft } from './drafts.js';
import type { GazetteerHit } from './gazetteer-hits.js';
import { extendModifiersLeft, isPossessive, roleWordAt } from './roles.js';
import {
  AGREEMENT_NOUNS,
  AMBIGUOUS_ROLE_NOUNS,
  CLAUSE_START_WORDS,
  COPULA_LEMMAS,
  DEFINITE_DETERMINERS,
  MAX_DESCRIPTION_MODIFIERS,
  MAX_NOMINAL_MODIFIERS,
  NOMINAL_HEADS,
  TREATY_MODIFIERS,
  TREATY_NOUNS,
  WAR_NOUNS,
  WAR_NOUNS_NEEDING_THEATRE,
  WAR_THEATRE_PREPOSITIONS,
} from './rules.js';
import { sameSentence } from './view.js';

/**
 * Tokens [first, end) can modify a nominal's head. A loop in a function of its own: a closure over
 * addNominals' loop index made V8 allocate a scope for every token of the article.
 */
function areNominalModifiers(view: Builder['ctx']['view'], first: number, end: number): boolean {
  for (let k = first; k < end; k++) {
    const t = view.tokens[k]!;
    if (!((t.pos === 'ADJ' || t.pos === 'NOUN' || t.pos === 'PROPN') && !CLAUSE_START_WORDS.has(t.normal))) return false;
  }
  return true;
}

export function addNominals(builder: Builder, hits: readonly GazetteerHit[]): void {
  const { view } = builder.ctx;
  const n = view.tokens.length;
  const covered = (start: number, end: number): boolean => builder.drafts.some((d) => d.start <= start && end <= d.end && d.referent.by !== 'gazetteer');
  for (const hit of hits) {
    if (hit.via !== 'nominal' || covered(hit.start, hit.endChar)) continue;
    const last = hit.end - 1;
    builder.drafts.push(
      makeDraft(builder, {
        first: hit.first,
        last: hit.end,
        nameFirst: hit.first,
        kind: 'nominal',
        roleSpan: null,
        referent: { by: 'nominal', head: view.tokens[last]!.lemma, cls: NOMINAL_HEADS.get(view.tokens[last]!.normal) ?? null, entries: hit.entries },
        weak: false,
        role: null,
      }),
    );
  }
  const taken = new Set(builder.drafts.filter((d) => d.referent.by === 'nominal').map((d) => d.first));
  for (let i = 0; i < n; i++) {
    if (view.tokens[i]!.normal !== 'the' || taken.has(i)) continue;
    for (let head = i + 1; head <= i + 1 + MAX_NOMINAL_MODIFIERS && head < n && sameSentence(view, i, head); head++) {
      const token = view.tokens[head]!;
      const cls = NOMINAL_HEADS.get(token.normal);
      if (cls) {
        const next = head + 1 < n && sameSentence(view, head, head + 1) ? head + 1 : -1;
        // "the state news agency VNA" is a title; "the Bank of England" a name; "the country's parliament" a body.
        const ofName = next >= 0 && view.tokens[next]!.normal === 'of' && next + 1 < n && view.capitalised[next + 1];
        if (next >= 0 && (view.capitalised[next] || ofName || (isPossessive(view, next) && token.normal !== 'country'))) break;
        const modifiersOk = areNominalModifiers(view, i + 1, head);
        if (!modifiersOk || covered(charStart(view, i), charEnd(view, head + 1))) break;
        builder.drafts.push(
          makeDraft(builder, {
            first: i,
            last: head + 1,
            nameFirst: i,
            kind: 'nominal',
            roleSpan: null,
            referent: { by: 'nominal', head: token.normal, cls, entries: [] },
            weak: false,
            role: null,
          }),
        );
        break;
      }
      if (!startsLower(view.surfaces[head]!) || !(token.pos === 'ADJ' || token.pos === 'NOUN')) break;
    }
  }
}

/**
 * [start, end) lies in an apposition or a titled draft, or overlaps a name it does not contain. A
 * function of its own: closures over addRoleOnly's `start` and `end` made V8 allocate a scope for
 * every token of the article.
 */
function isTakenForRoleOnly(builder: Builder, start: number, end: number): boolean {
  if (builder.appositions.some((a) => a.start <= start && end <= a.end + 1)) return true;
  if (builder.drafts.some((d) => d.roleSpan && d.start <= start && end <= d.end)) return true;
  // Names inside the description ("The Labour leader", "The head of Quillmore's Tarnwell Studios") are its modifiers; a name it overlaps otherwise is a title.
  return builder.drafts.some((d) => (d.referent.by === 'name' || d.referent.by === 'short') && d.start < end && start < d.end && !(start <= d.start && d.end <= end));
}

/**
 * "the defence minister told…", "The party leader said", "Castavia's defence minister": a
 * person's role without a name, definite or led by a country, singular, not a title before a name.
 */
export function addRoleOnly(builder: Builder): void {
  const { ctx } = builder;
  const { view } = ctx;
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    const word = roleWordAt(ctx, i);
    if (!word || word.kind === 'honorific' || word.kind === 'rank') continue;
    const headToken = view.tokens[word.end - 1]!;
    // A capitalised head ("the Silent Poet", "The Veldorian Executive") is a name's word, not a role.
    if (view.capitalised[word.end - 1]) continue;
    // Plural roles ("ministers", "lawmakers") are groups, not a named person.
    if (word.end - word.first === 1 && headToken.normal !== headToken.lemma && headToken.normal.endsWith('s')) {
      i = word.end - 1;
      continue;
    }
    const next = word.end < n && sameSentence(view, word.end, i) ? word.end : -1;
    if (next >= 0 && (view.capitalised[next] || roleWordAt(ctx, next) || (view.surfaces[next] === ',' && next + 1 < n && view.capitalised[next + 1]))) continue;
    let first = extendModifiersLeft(ctx, word.first, word.first);
    let last = word.end;
    // "The head of Quillmore's Tarnwell Studios": an "of" complement naming where the role is held.
    if (next >= 0 && view.tokens[next]!.normal === 'of') {
      let k = next + 1;
      while (k < n && sameSentence(view, k, i) && (view.capitalised[k] || isPossessive(view, k) || view.tokens[k]!.normal === 'the')) k++;
      if (k > next + 1 && view.capitalised[k - 1]) last = k;
    }
    const det = first - 1;
    const definite = det >= 0 && sameSentence(view, det, first) && view.tokens[det]!.normal === 'the';
    // "Omsk is the best-known singer": after a copula the description says what the subject is.
    if (definite && det > 0 && sameSentence(view, det - 1, det) && COPULA_LEMMAS.has(view.tokens[det - 1]!.lemma)) continue;
    const leadHit = ctx.hitStartingAt.get(first);
    const countryLed = leadHit !== undefined && leadHit.via !== 'nominal' && countryOf(ctx.gazetteer, leadHit) !== null;
    if (!definite && !countryLed) continue;
    // "on the head": a noun that is a role only with a modifier or a complement.
    if (AMBIGUOUS_ROLE_NOUNS.has(headToken.normal) && first === word.first && last === word.end) continue;
    if (definite) first = det;
    const start = charStart(view, first);
    const end = charEnd(view, last);
    if (isTakenForRoleOnly(builder, start, end)) continue;
    const modifiers: string[] = [];
    for (let k = first; k < word.first; k++) {
      const t = view.tokens[k]!;
      if (startsLower(view.surfaces[k]!) && t.normal !== 'the') modifiers.push(t.normal);
    }
    builder.drafts.push(
      makeDraft(builder, {
        first,
        last,
        nameFirst: first,
        kind: 'nominal',
        roleSpan: { start: charStart(view, definite ? first + 1 : first), end: charEnd(view, word.end) },
        referent: { by: 'role-only', head: headToken.lemma, modifiers, definite, countryLed, opensClause: view.opensClause[first] ?? false },
        weak: false,
        role: roleText(view, definite ? first + 1 : first, word.end),
      }),
    );
    i = last - 1;
  }
}


/**
 * Some description draft overlaps [start, end). A function of its own: a closure over the loop's
 * `start` and `end` made V8 allocate a scope for every token of the article, most of them skipped.
 */
function overlapsDescription(drafts: readonly Draft[], start: number, end: number): boolean {
  const isDescription = (d: Draft): boolean => d.referent.by === 'nominal' || d.referent.by === 'role-only' || d.referent.by === 'description';
  return drafts.some((d) => isDescription(d) && d.start < end && start < d.end);
}

/**
 * Wars and treaties named by description: "Halvard Omsk's war in Castavia", "the Castavia conflict",
 * "this war", "its offensive in Castavia"; "a mutual defence treaty", "a defence pact", "The treaty".
 * A war needs a definite determiner, an owner or a country before it; an agreement needs a word
 * that makes it a treaty ("mutual", "defence").
 */
export function addDescriptions(builder: Builder): void {
  const { view, gazetteer } = builder.ctx;
  const n = view.tokens.length;
  for (let i = 0; i < n; i++) {
    const token = view.tokens[i]!;
    if (view.capitalised[i] && !view.opensClause[i]) continue;
    const isWar = WAR_NOUNS.has(token.normal) || WAR_NOUNS_NEEDING_THEATRE.has(token.normal);
    const isTreaty = TREATY_NOUNS.has(token.normal) || AGREEMENT_NOUNS.has(token.normal);
    if (!isWar && !isTreaty) continue;
    const next = i + 1 < n && sameSentence(view, i, i + 1) ? i + 1 : -1;
    // "war effort", "war crimes": the noun describes another.
    if (next >= 0 && (view.tokens[next]!.pos === 'NOUN' || view.tokens[next]!.pos === 'PROPN') && !view.capitalised[next]) continue;
    if (isWar && token.normal !== token.lemma && token.normal.endsWith('s')) continue;
    let first = i;
    let owner = false;
    let countryBefore: GazetteerEntry | null = null;
    const modifiers: string[] = [];
    for (let k = i - 1; k >= 0 && i - k <= MAX_DESCRIPTION_MODIFIERS && sameSentence(view, k, i); k--) {
      const hit = builder.ctx.hitEndingAt.get(k + 1);
      if (hit && hit.via !== 'nominal') {
        countryBefore ??= countryOf(gazetteer, hit);
        first = hit.first;
        k = hit.first;
        continue;
      }
      const t = view.tokens[k]!;
      if (isPossessive(view, k)) {
        // The owner ("Veldoria's", "Halvard Omsk's") ends the description on the left.
        owner = true;
        first = k;
        const ownerHit = builder.ctx.hitEndingAt.get(k);
        if (ownerHit && ownerHit.via !== 'nominal') first = ownerHit.first;
        else while (first - 1 >= 0 && sameSentence(view, first - 1, i) && view.capitalised[first - 1] && !CLAUSE_START_WORDS.has(view.tokens[first - 1]!.normal)) first--;
        break;
      }
      if (t.pos === 'ADJ' || (t.pos === 'NOUN' && !view.capitalised[k]) || (view.capitalised[k] && t.pos === 'PROPN')) {
        modifiers.push(t.normal);
        first = k;
        continue;
      }
      if (t.pos === 'PUNCT' && /^[“‘"']$/.test(view.surfaces[k]!)) continue;
      break;
    }
    const det = first - 1 >= 0 && sameSentence(view, first - 1, i) ? view.tokens[first - 1]!.normal : '';
    // "the Castavia war", "Castavia conflict": a country before the noun makes it one war.
    const definite = DEFINITE_DETERMINERS.has(det) || owner || (isWar && countryBefore !== null);
    if (definite && !owner) first--;
    let last = i + 1;
    let theatre: GazetteerEntry | null = null;
    if (next >= 0 && WAR_THEATRE_PREPOSITIONS.has(view.tokens[next]!.normal)) {
      let k = next + 1;
      if (k < n && view.tokens[k]!.normal === 'the') k++;
      const hit = builder.ctx.hitStartingAt.get(k);
      const country = hit && hit.via !== 'nominal' && !isPossessive(view, hit.end) ? countryOf(gazetteer, hit) : null;
      if (isWar && country && hit) {
        theatre = country;
        last = hit.end;
      }
    }
    if (isWar) {
      if (WAR_NOUNS_NEEDING_THEATRE.has(token.normal) && !theatre) continue;
      theatre ??= countryBefore && !owner ? countryBefore : null;
      if (!definite) continue;
    } else {
      if (AGREEMENT_NOUNS.has(token.normal) && !modifiers.some((m) => TREATY_MODIFIERS.has(m))) continue;
      if (!definite && det !== 'a' && det !== 'an' && modifiers.length === 0) continue;
      if (det === 'a' || det === 'an') first--;
    }
    const start = charStart(view, first);
    const end = charEnd(view, last);
    if (overlapsDescription(builder.drafts, start, end)) continue;
    const phraseStart = DEFINITE_DETERMINERS.has(view.tokens[first]!.normal) || view.tokens[first]!.normal === 'a' || view.tokens[first]!.normal === 'an' ? first + 1 : first;
    builder.drafts.push(
      makeDraft(builder, {
        first,
        last,
        nameFirst: first,
        kind: 'nominal',
        roleSpan: null,
        referent: { by: 'description', type: isWar ? 'event' : 'treaty', theatre, definite, phrase: foldForLookup(view.text.slice(charStart(view, phraseStart), end)) },
        weak: false,
        role: null,
      }),
    );
  }
}

