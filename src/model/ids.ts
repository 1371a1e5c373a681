// Branded identifiers, so an article id can never be passed where a document id is expected.

declare const brand: unique symbol;
type Brand<T, B extends string> = T & { readonly [brand]: B };

/** sha256 (hex) of a document's bytes exactly as received: the same bytes always get the same id. */
export type DocumentId = Brand<string, 'DocumentId'>;
/** Stable id of an article: the id of the first document that produced it. */
export type ArticleId = Brand<string, 'ArticleId'>;
/** A story is a named collection of articles; the name is its id. */
export type StoryName = Brand<string, 'StoryName'>;

const SHA256_HEX = /^[0-9a-f]{64}$/;

export function asDocumentId(value: string): DocumentId {
  if (!SHA256_HEX.test(value)) throw new TypeError(`not a document id (sha256 hex): ${value}`);
  return value as DocumentId;
}

export function asArticleId(value: string): ArticleId {
  if (!SHA256_HEX.test(value)) throw new TypeError(`not an article id (sha256 hex): ${value}`);
  return value as ArticleId;
}

export function asStoryName(value: string): StoryName {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 200) {
    throw new TypeError(`a story name must have 1 to 200 characters, got ${JSON.stringify(value)}`);
  }
  return trimmed as StoryName;
}
