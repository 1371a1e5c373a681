// The recogniser's working records: a draft mention (a span, how it names, and what it points at
// before resolution) and its referent. find-drafts.ts makes them; resolve.ts turns them into
// entities and linked mentions.

import type { EntityType, MentionKind, PlaceKind } from '../../model/language.js';
import type { GazetteerEntry } from '../gazetteer/index.js';
import type { CountryBodyDescriptor, NominalClass } from './rules.js';

export type Referent =
  /** A gazetteer entry: a country, capital, body, agency, building, outlet. */
  | { readonly by: 'gazetteer'; readonly entry: GazetteerEntry }
  /** A proper name the gazetteer does not know, typed from its words and context. */
  | {
      readonly by: 'name';
      readonly type: EntityType;
      readonly placeKind: PlaceKind | null;
      readonly parts: readonly string[];
      readonly display: string;
      /** Typed from its shape alone (two or three capitalised words read as a person): other evidence overrides it. */
      readonly guessed?: boolean;
    }
  /** One word ("Omsk", "Quillmore", "Halvard"): an earlier or later full name, else a new entity. */
  | {
      readonly by: 'short';
      readonly part: string;
      readonly display: string;
      readonly isPerson: boolean;
      readonly typeHint: EntityType | null;
      readonly placeKind: PlaceKind | null;
    }
  /** Upper-case letters the gazetteer does not know ("FA", "IRB"): a name defined or spelt out in the article. */
  | { readonly by: 'acronym'; readonly letters: string; readonly display: string }
  /** A country's body named by description: "Veldorian foreign ministry", "Marrowgate's forces". */
  | { readonly by: 'country-body'; readonly country: GazetteerEntry; readonly descriptor: CountryBodyDescriptor; readonly display: string; readonly known: GazetteerEntry | null }
  /** "the agency", "the alliance", "the firm": the latest fitting entity already named. */
  | { readonly by: 'nominal'; readonly head: string; readonly cls: NominalClass | null; readonly entries: readonly GazetteerEntry[] }
  /** "the war in Veldoria", "a mutual defence treaty": a war or treaty named by description. */
  | {
      readonly by: 'description';
      readonly type: 'event' | 'treaty';
      /** The country the war is fought in or against ("in Veldoria"), when the text says. */
      readonly theatre: GazetteerEntry | null;
      readonly definite: boolean;
      /** The words without a determiner: "mutual defence treaty". */
      readonly phrase: string;
    }
  /** "the defence minister", "The party leader": a person named elsewhere by that role. */
  | {
      readonly by: 'role-only';
      readonly head: string;
      readonly modifiers: readonly string[];
      readonly definite: boolean;
      readonly countryLed: boolean;
      readonly opensClause: boolean;
    };

export interface Draft {
  /** Character span of the whole mention (title included). */
  readonly start: number;
  readonly end: number;
  /** Token range [first, last) of the whole mention. */
  readonly first: number;
  readonly last: number;
  /** Token where the name itself begins (after any title). */
  readonly nameFirst: number;
  readonly kind: MentionKind;
  /** Character span of the role words in a titled name or role-only description. */
  readonly roleSpan: { readonly start: number; readonly end: number } | null;
  readonly referent: Referent;
  /** Kept only when it resolves to an entity named elsewhere (headline words, words inside a title). */
  readonly weak: boolean;
  /** Next to a reporting verb: "Mr Omsk said". Picks between two people of one surname. */
  readonly isSpeaker: boolean;
  readonly sentence: number;
  /** A role the text gives the named person or body by title or apposition. */
  readonly role: string | null;
  /** Set for names in a byline: the person wrote or translated the article. */
  readonly bylineRole: string | null;
}
