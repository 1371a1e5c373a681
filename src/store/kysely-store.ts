// The Store over Kysely: the queries both dialects share. Connection set-up lives in
// sqlite/open.ts and postgres/open.ts; nothing here depends on which one it is.

import { sql, type Kysely, type Transaction } from 'kysely';
import {
  asArticleId,
  type ArticleAnalysis,
  type Claim,
  originFile,
  originUrl,
  type ArticleId,
  type DocumentId,
  type LanguageAnnotations,
  type StoryName,
} from '../model/index.js';
import { estimateJaccard } from '../shared/text-fingerprint.js';
import { articlesMatching, rankArticles } from './article-search.js';
import { searchWords } from './search-words.js';
import { claimsWithWords, UNDATED_LAST, type ClaimBounds } from './claim-listing.js';
import type { SqlDialect } from './migrations.js';
import {
  readEntities,
  readHedges,
  readIndices,
  readMentions,
  readQuantities,
  readSentences,
  readSpan,
  readSpans,
  readSpeakers,
  readTimes,
  readBlocks,
  readMetadata,
  readMinhash,
  readOffsets,
  readOrigin,
  readRemoved,
  readWarnings,
} from './rows.js';
import type { ClaimsTable, Database, DocumentsTable } from './schema.js';
import { decodeTokens, encodeTokens } from './token-codec.js';
import type {
  ArticleFilter,
  ArticleLookup,
  ArticleSearchResult,
  ClaimFacets,
  ClaimFilter,
  ClaimPage,
  StoredClaim,
  ArticleSummary,
  ArticleToSave,
  DuplicatePolicy,
  SaveOutcome,
  Store,
  BriefSnapshot,
  SnapshotSelector,
  StoredAnalysis,
  StoredSource,
  StorySummary,
} from './store.js';

const MIN_ID_PREFIX_HEX = 6;
/** A search page without a limit shows this many articles. */
const DEFAULT_SEARCH_LIMIT = 20;
/** Speakers listed among the claim facets, most claims first: enough for a filter list, bounded for a large store. */
const MAX_FACET_SPEAKERS = 200;

/** The columns an article list reads, as the summary the Store interface returns. */
interface ArticleSummaryRow {
  readonly id: string;
  readonly title: string | null;
  readonly outlet_name: string | null;
  readonly outlet_domain: string | null;
  readonly published: string | null;
  readonly published_from: string | null;
  readonly language: string | null;
  readonly word_count: number | string | bigint;
  readonly sources: number | string | bigint | null;
  readonly ingested_at: string;
}

function articleSummaryOf(r: ArticleSummaryRow): ArticleSummary {
  return {
    id: asArticleId(r.id),
    title: r.title,
    outletName: r.outlet_name,
    outletDomain: r.outlet_domain,
    published: r.published,
    publishedFrom: r.published_from,
    language: r.language,
    words: Number(r.word_count),
    sources: Number(r.sources ?? 0),
    ingestedAt: r.ingested_at,
  };
}

export class KyselyStore implements Store {
  constructor(
    private readonly db: Kysely<Database>,
    readonly dialect: SqlDialect,
    readonly location: string,
  ) {}

  async saveArticle(item: ArticleToSave, policy: DuplicatePolicy): Promise<SaveOutcome> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx
        .selectFrom('documents')
        .select('article_id')
        .where('id', '=', item.document.id)
        .executeTakeFirst();
      if (existing) {
        const articleId = asArticleId(existing.article_id);
        const added = await addToStories(trx, articleId, item.stories, item.receivedAt);
        return { kind: 'unchanged', articleId, addedToStories: added };
      }

      const match = await findSameArticle(trx, item, policy);
      let outcome: SaveOutcome;
      if (match) {
        outcome = { kind: 'new-source', articleId: match.articleId, matchedBy: match.matchedBy, similarity: match.similarity };
      } else {
        const articleId = asArticleId(item.document.id);
        await insertArticle(trx, articleId, item);
        await insertAnalysis(trx, articleId, item.analysis, item.receivedAt);
        outcome = { kind: 'new-article', articleId };
      }
      await trx.insertInto('documents').values(documentRow(item, outcome.articleId)).execute();
      await addToStories(trx, outcome.articleId, item.stories, item.receivedAt);
      return outcome;
    });
  }

  async hasDocument(id: DocumentId): Promise<boolean> {
    const row = await this.db.selectFrom('documents').select('id').where('id', '=', id).executeTakeFirst();
    return row !== undefined;
  }

  async touchDocument(id: DocumentId, stories: readonly StoryName[], at: string): Promise<SaveOutcome | null> {
    return this.db.transaction().execute(async (trx) => {
      const existing = await trx.selectFrom('documents').select('article_id').where('id', '=', id).executeTakeFirst();
      if (!existing) return null;
      const articleId = asArticleId(existing.article_id);
      const added = await addToStories(trx, articleId, stories, at);
      return { kind: 'unchanged', articleId, addedToStories: added } as const;
    });
  }

  async listArticles(filter: ArticleFilter = {}): Promise<ArticleSummary[]> {
    let query = this.db
      .selectFrom('articles')
      .select([
        'articles.id',
        'articles.title',
        'articles.outlet_name',
        'articles.outlet_domain',
        'articles.published',
        'articles.published_from',
        'articles.language',
        'articles.word_count',
        'articles.ingested_at',
      ])
      .select((eb) =>
        eb
          .selectFrom('documents')
          .select((e) => e.fn.countAll<number>().as('n'))
          .whereRef('documents.article_id', '=', 'articles.id')
          .as('sources'),
      );
    if (filter.story !== undefined) {
      query = query
        .innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
        .where('story_articles.story_name', '=', filter.story);
    }
    // Undated articles last; ties broken by id so the order is stable across runs and dialects.
    query = query
      .orderBy((eb) => eb.case().when('articles.published', 'is', null).then(1).else(0).end())
      .orderBy('articles.published')
      .orderBy('articles.id');
    if (filter.limit !== undefined) query = query.limit(filter.limit);
    if (filter.offset !== undefined) query = query.offset(filter.offset);
    const rows = await query.execute();
    return rows.map(articleSummaryOf);
  }

  async countArticles(filter: ArticleFilter = {}): Promise<number> {
    let query = this.db.selectFrom('articles').select((eb) => eb.fn.countAll<number>().as('n'));
    if (filter.story !== undefined) {
      query = query
        .innerJoin('story_articles', 'story_articles.article_id', 'articles.id')
        .where('story_articles.story_name', '=', filter.story);
    }
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  }

  async findArticle(idOrPrefix: string): Promise<ArticleLookup> {
    const prefix = idOrPrefix.trim().toLowerCase();
    if (!/^[0-9a-f]+$/.test(prefix) || prefix.length < MIN_ID_PREFIX_HEX) return { kind: 'missing' };
    const rows = await this.db
      .selectFrom('articles')
      .selectAll()
      .where('id', '>=', prefix)
      .where('id', '<', prefix + 'g') // 'g' sorts after every hex digit: a prefix range scan
      .orderBy('id')
      .limit(5)
      .execute();
    if (rows.length === 0) return { kind: 'missing' };
    if (rows.length > 1) return { kind: 'ambiguous', candidates: rows.map((r) => asArticleId(r.id)) };
    const row = rows[0]!;
    const documents = await this.db
      .selectFrom('documents')
      .selectAll()
      .where('article_id', '=', row.id)
      .orderBy('received_at')
      .orderBy('id')
      .execute();
    const primary = documents.find((d) => d.id === row.primary_document_id);
    if (!primary) throw new Error(`article ${row.id}: its primary document ${row.primary_document_id} is missing from the store`);
    const others = documents.filter((d) => d.id !== primary.id);
    const stories = await this.db
      .selectFrom('story_articles')
      .select('story_name')
      .where('article_id', '=', row.id)
      .orderBy('story_name')
      .execute();
    return {
      kind: 'found',
      article: {
        id: asArticleId(row.id),
        format: row.format as 'html' | 'text',
        text: row.text,
        blocks: readBlocks(row.id, row.blocks),
        removed: readRemoved(row.id, row.removed),
        offsets: readOffsets(row.id, row.offsets),
        metadata: readMetadata(row.id, row.metadata),
        warnings: readWarnings(row.id, row.warnings),
        primarySource: { ...storedSource(primary), source: primary.source },
        sources: [storedSource(primary), ...others.map(storedSource)],
        stories: stories.map((s) => s.story_name),
        ingestedAt: row.ingested_at,
      },
    };
  }

  async listStories(): Promise<StorySummary[]> {
    const rows = await this.db
      .selectFrom('stories')
      .leftJoin('story_articles', 'story_articles.story_name', 'stories.name')
      .select(['stories.name', 'stories.created_at'])
      .select((eb) => eb.fn.count<number>('story_articles.article_id').as('articles'))
      .groupBy(['stories.name', 'stories.created_at'])
      .orderBy('stories.name')
      .execute();
    return rows.map((r) => ({ name: r.name, createdAt: r.created_at, articles: Number(r.articles) }));
  }

  async getAnalysis(articleId: ArticleId): Promise<StoredAnalysis | null> {
    const row = await this.db.selectFrom('article_analyses').selectAll().where('article_id', '=', articleId).executeTakeFirst();
    if (!row) return null;
    const claimRows = await this.db
      .selectFrom('claims')
      .selectAll()
      .where('article_id', '=', articleId)
      .orderBy('ordinal')
      .execute();
    return {
      version: row.analysis_version,
      analyzedAt: row.analyzed_at,
      language: {
        tokens: decodeTokens(articleId, row.tokens),
        sentences: readSentences(articleId, row.sentences),
        entities: readEntities(articleId, row.entities),
        mentions: readMentions(articleId, row.mentions),
        quantities: readQuantities(articleId, row.quantities),
        times: readTimes(articleId, row.times),
      },
      claims: claimRows.map(claimFromRow),
    };
  }

  async replaceAnalysis(articleId: ArticleId, analysis: ArticleAnalysis, at: string): Promise<void> {
    await this.db.transaction().execute(async (trx) => {
      await deleteAnalysis(trx, articleId);
      await insertAnalysis(trx, articleId, analysis, at);
    });
  }

  async saveSnapshot(story: StoryName, brief: unknown, at: string): Promise<number> {
    const row = await this.db
      .insertInto('brief_snapshots')
      .values({ story_name: story, created_at: at, brief: JSON.stringify(brief) })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async findSnapshot(story: StoryName, selector: SnapshotSelector): Promise<BriefSnapshot | null> {
    let query = this.db.selectFrom('brief_snapshots').selectAll().where('story_name', '=', story);
    query = 'id' in selector
      ? query.where('id', '=', selector.id)
      : query.where('created_at', '<=', endOfDay(selector.atOrBefore)).orderBy('created_at', 'desc').orderBy('id', 'desc');
    const row = await query.limit(1).executeTakeFirst();
    if (!row) return null;
    return { id: Number(row.id), story: row.story_name, createdAt: row.created_at, brief: JSON.parse(row.brief) as unknown };
  }

  async listSnapshots(story: StoryName): Promise<Omit<BriefSnapshot, 'brief'>[]> {
    const rows = await this.db
      .selectFrom('brief_snapshots')
      .select(['id', 'story_name', 'created_at'])
      .where('story_name', '=', story)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    return rows.map((r) => ({ id: Number(r.id), story: r.story_name, createdAt: r.created_at }));
  }

  async searchArticles(query: string, filter: ArticleFilter = {}): Promise<ArticleSearchResult> {
    const words = searchWords(query);
    if (words.length === 0) return { words, total: 0, hits: [] };
    const { total, ranked } = await rankArticles(this.db, this.dialect, words, {
      ...(filter.story !== undefined ? { story: filter.story } : {}),
      limit: filter.limit ?? DEFAULT_SEARCH_LIMIT,
      offset: filter.offset ?? 0,
    });
    if (ranked.length === 0) return { words, total, hits: [] };
    const rows = await this.db
      .selectFrom('articles')
      .select([
        'id', 'title', 'outlet_name', 'outlet_domain', 'published', 'published_from', 'language', 'word_count', 'ingested_at', 'text',
      ])
      .select((eb) =>
        eb.selectFrom('documents').select((e) => e.fn.countAll<number>().as('n')).whereRef('documents.article_id', '=', 'articles.id').as('sources'),
      )
      .where('id', 'in', ranked.map((r) => r.id))
      .execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    const hits = ranked.flatMap(({ id, score }) => {
      const r = byId.get(id);
      if (!r) return [];
      const article = articleSummaryOf(r);
      return [{ article, score, text: r.text }];
    });
    return { words, total, hits };
  }

  async getQuantitiesAndTimes(articleId: ArticleId): Promise<Pick<LanguageAnnotations, 'quantities' | 'times'> | null> {
    const row = await this.db.selectFrom('article_analyses').select(['quantities', 'times']).where('article_id', '=', articleId).executeTakeFirst();
    return row ? { quantities: readQuantities(articleId, row.quantities), times: readTimes(articleId, row.times) } : null;
  }

  async listClaims(filter: ClaimFilter = {}): Promise<ClaimPage> {
    const words = filter.text === undefined ? null : searchWords(filter.text);
    if ((words !== null && words.length === 0) || filter.claims?.length === 0) return { total: 0, claims: [] };
    const wantedArticles = filter.claims ? [...new Set(filter.claims.map((k) => k.article as string))] : null;
    /**
     * Claims joined to their articles with every filter that SQL can apply. Articles first walks
     * the publication-order index and stops after a page; claims first lets the planner use the
     * stance index (and is how a count is read: it never needs the order).
     */
    const filtered = (articlesFirst: boolean) => {
      let query = articlesFirst
        ? this.db.selectFrom('articles').crossJoin('claims').whereRef('claims.article_id', '=', 'articles.id')
        : this.db.selectFrom('claims').innerJoin('articles', 'articles.id', 'claims.article_id');
      if (filter.story !== undefined) {
        query = query.where('articles.id', 'in', (eb) =>
          eb.selectFrom('story_articles').select('story_articles.article_id').where('story_articles.story_name', '=', filter.story!),
        );
      }
      if (filter.article !== undefined) query = query.where('claims.article_id', '=', filter.article);
      if (filter.speaker !== undefined) {
        const pattern = `%${filter.speaker.toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
        query = query.where(sql<boolean>`lower(${sql.ref('claims.speaker_name')}) LIKE ${pattern} ESCAPE '\\'`);
      }
      if (filter.stance !== undefined) query = query.where('claims.stance', '=', filter.stance);
      if (filter.outlet !== undefined) {
        query = query.where((eb) => eb(eb.fn.coalesce('articles.outlet_name', 'articles.outlet_domain'), '=', filter.outlet!));
      }
      if (filter.publishedFrom !== undefined) query = query.where('articles.published', '>=', filter.publishedFrom);
      if (filter.publishedTo !== undefined) query = query.where('articles.published', '<=', endOfDay(filter.publishedTo));
      if (words !== null) query = query.where('articles.id', 'in', articlesMatching(this.dialect, words));
      if (wantedArticles !== null) query = query.where('articles.id', 'in', wantedArticles);
      return query
        .orderBy(UNDATED_LAST)
        .orderBy('articles.published')
        .orderBy('articles.id')
        .orderBy('claims.ordinal');
    };
    // A stance or one article is the selective filter: let the planner start from the claims then.
    const articlesFirst = filter.stance === undefined && filter.article === undefined;
    const offset = filter.offset ?? 0;
    /**
     * Full rows for a page of keys, in the keys' order: the wide JSON columns are read for the page
     * alone. The ordinal is cast because PostgreSQL reads a bare VALUES parameter as text.
     */
    const rowsOf = async (keys: readonly Pick<ClaimsTable, 'article_id' | 'ordinal'>[]): Promise<StoredClaim[]> => {
      const rows = new Map<string, ClaimsTable>();
      for (const some of chunks(keys, KEYS_PER_QUERY)) {
        const found = await this.db
          .selectFrom('claims')
          .selectAll()
          .where(sql<boolean>`(${sql.ref('article_id')}, ${sql.ref('ordinal')}) IN (VALUES ${sql.join(some.map((k) => sql`(${k.article_id}, CAST(${k.ordinal} AS INTEGER))`))})`)
          .execute();
        for (const row of found) rows.set(`${row.article_id}#${row.ordinal}`, row);
      }
      return keys.flatMap((k) => {
        const row = rows.get(`${k.article_id}#${k.ordinal}`);
        return row ? [storedClaim(row)] : [];
      });
    };
    if (words === null && wantedArticles === null) {
      // Every filter is SQL: count and page in the database. A deep page is read as keys first, so
      // the offset skips index entries rather than whole rows (offset 15,810: 27 ms → 5 ms); a
      // shallow one in one query, which costs less than building a query of its keys.
      const count = await filtered(false).clearOrderBy().select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      if (offset < DEEP_PAGE_OFFSET || filter.limit === undefined) {
        let page = filtered(articlesFirst).selectAll('claims');
        if (filter.limit !== undefined) page = page.limit(filter.limit);
        if (offset > 0) page = page.offset(offset);
        return { total: Number(count.n), claims: (await page.execute()).map(storedClaim) };
      }
      const keys = await filtered(articlesFirst).select(['claims.article_id', 'claims.ordinal']).limit(filter.limit).offset(offset).execute();
      return { total: Number(count.n), claims: await rowsOf(keys) };
    }
    // The index found the articles (or the keys named them); whether each candidate's own words
    // match (or it is one of the claims asked for) is checked here, reading only the columns that
    // bound its words, so the total is exact. Full rows are read for the page alone.
    const wanted = filter.claims ? new Set(filter.claims.map((k) => `${k.article}#${k.ordinal}`)) : null;
    let candidates: ClaimBounds[] = await filtered(articlesFirst)
      .select(['claims.article_id', 'claims.ordinal', 'claims.source_span', 'claims.cue_span', 'claims.content_spans'])
      .execute();
    if (wanted !== null) candidates = candidates.filter((row) => wanted.has(`${row.article_id}#${row.ordinal}`));
    if (words !== null) {
      const texts = new Map<string, string>();
      for (const ids of chunks([...new Set(candidates.map((r) => r.article_id))], IDS_PER_QUERY)) {
        for (const a of await this.db.selectFrom('articles').select(['id', 'text']).where('id', 'in', ids).execute()) texts.set(a.id, a.text);
      }
      candidates = claimsWithWords(candidates, texts, words);
    }
    const pageKeys = candidates.slice(offset, filter.limit === undefined ? undefined : offset + filter.limit);
    return { total: candidates.length, claims: await rowsOf(pageKeys) };
  }

  async claimFacets(filter: { readonly story?: StoryName } = {}): Promise<ClaimFacets> {
    const inStory = <Q extends { where: (...args: any[]) => Q }>(query: Q): Q =>
      filter.story === undefined
        ? query
        : query.where('claims.article_id', 'in', (eb: any) =>
            eb.selectFrom('story_articles').select('story_articles.article_id').where('story_articles.story_name', '=', filter.story),
          );
    const speakers = await inStory(
      this.db
        .selectFrom('claims')
        .select(['claims.speaker_name', 'claims.speaker_type'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .groupBy(['claims.speaker_name', 'claims.speaker_type']),
    )
      .orderBy('n', 'desc')
      .orderBy('claims.speaker_name')
      .orderBy('claims.speaker_type')
      .limit(MAX_FACET_SPEAKERS)
      .execute();
    const stances = await inStory(
      this.db.selectFrom('claims').select('claims.stance').select((eb) => eb.fn.countAll<number>().as('n')).groupBy('claims.stance'),
    )
      .orderBy('n', 'desc')
      .orderBy('claims.stance')
      .execute();
    const outlets = await inStory(
      this.db
        .selectFrom('claims')
        .innerJoin('articles', 'articles.id', 'claims.article_id')
        .select((eb) => eb.fn.coalesce('articles.outlet_name', 'articles.outlet_domain').as('outlet'))
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where((eb) => eb.or([eb('articles.outlet_name', 'is not', null), eb('articles.outlet_domain', 'is not', null)]))
        .groupBy((eb) => eb.fn.coalesce('articles.outlet_name', 'articles.outlet_domain')),
    )
      .orderBy('n', 'desc')
      .orderBy('outlet')
      .execute();
    return {
      speakers: speakers.map((r) => ({ name: r.speaker_name, type: r.speaker_type, claims: Number(r.n) })),
      stances: stances.map((r) => ({ stance: r.stance, claims: Number(r.n) })),
      outlets: outlets.map((r) => ({ name: String(r.outlet), claims: Number(r.n) })),
    };
  }

  async storyRevision(story: StoryName): Promise<string> {
    const row = await this.db
      .selectFrom('story_articles')
      .leftJoin('article_analyses', 'article_analyses.article_id', 'story_articles.article_id')
      .select((eb) => [
        eb.fn.countAll<number>().as('n'),
        eb.fn.max('story_articles.added_at').as('added'),
        eb.fn.max('article_analyses.analyzed_at').as('analysed'),
        eb.fn.count<number>('article_analyses.article_id').as('analyses'),
      ])
      .where('story_articles.story_name', '=', story)
      .executeTakeFirstOrThrow();
    return [Number(row.n), row.added ?? '', Number(row.analyses), row.analysed ?? ''].join('|');
  }

  async getFeedState(url: string): Promise<unknown | null> {
    const row = await this.db.selectFrom('feed_states').select('state').where('url', '=', url).executeTakeFirst();
    return row ? (JSON.parse(row.state) as unknown) : null;
  }

  async putFeedState(url: string, state: unknown, polledAt: string): Promise<void> {
    const value = JSON.stringify(state);
    await this.db
      .insertInto('feed_states')
      .values({ url, state: value, polled_at: polledAt })
      .onConflict((oc) => oc.column('url').doUpdateSet({ state: value, polled_at: polledAt }))
      .execute();
  }

  async startRun(command: string, config: unknown, startedAt: string): Promise<number> {
    const row = await this.db
      .insertInto('runs')
      .values({ command, config: JSON.stringify(config), started_at: startedAt, finished_at: null, summary: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    return Number(row.id);
  }

  async finishRun(id: number, summary: unknown, finishedAt: string): Promise<void> {
    await this.db
      .updateTable('runs')
      .set({ summary: JSON.stringify(summary), finished_at: finishedAt })
      .where('id', '=', id)
      .execute();
  }

  async close(): Promise<void> {
    await this.db.destroy();
  }
}

async function findSameArticle(
  trx: Transaction<Database>,
  item: ArticleToSave,
  policy: DuplicatePolicy,
): Promise<{ articleId: ArticleId; matchedBy: 'canonical-url' | 'exact-text' | 'near-duplicate'; similarity: number } | null> {
  const canonical = item.article.metadata.canonicalUrl?.value ?? null;
  if (canonical) {
    const byUrl = await trx
      .selectFrom('articles')
      .select('id')
      .where('canonical_url', '=', canonical)
      .orderBy('id')
      .executeTakeFirst();
    if (byUrl) return { articleId: asArticleId(byUrl.id), matchedBy: 'canonical-url', similarity: 1 };
  }
  if (item.fingerprint.wordCount === 0) return null;
  const byText = await trx
    .selectFrom('articles')
    .select('id')
    .where('exact_key', '=', item.fingerprint.exactKey)
    .orderBy('id')
    .executeTakeFirst();
  if (byText) return { articleId: asArticleId(byText.id), matchedBy: 'exact-text', similarity: 1 };

  const candidates = await trx
    .selectFrom('article_bands')
    .innerJoin('articles', 'articles.id', 'article_bands.article_id')
    .select(['articles.id', 'articles.minhash'])
    .where('article_bands.band_key', 'in', [...item.fingerprint.bandKeys])
    .distinct()
    .orderBy('articles.id')
    .execute();
  let best: { id: string; similarity: number } | null = null;
  for (const c of candidates) {
    const similarity = estimateJaccard(item.fingerprint.minhash, readMinhash(c.id, c.minhash));
    if (similarity >= policy.nearDuplicateJaccard && (!best || similarity > best.similarity)) best = { id: c.id, similarity };
  }
  return best ? { articleId: asArticleId(best.id), matchedBy: 'near-duplicate', similarity: best.similarity } : null;
}

async function insertArticle(trx: Transaction<Database>, id: ArticleId, item: ArticleToSave): Promise<void> {
  const { article, fingerprint } = item;
  const m = article.metadata;
  await trx
    .insertInto('articles')
    .values({
      id,
      primary_document_id: item.document.id,
      format: article.format,
      text: article.text,
      blocks: JSON.stringify(article.blocks),
      removed: JSON.stringify(article.removed),
      offsets: JSON.stringify(article.offsets),
      metadata: JSON.stringify(m),
      warnings: JSON.stringify(article.warnings),
      title: m.title?.value ?? null,
      outlet_name: m.outlet?.value.name ?? null,
      outlet_domain: m.outlet?.value.domain ?? null,
      canonical_url: m.canonicalUrl?.value ?? null,
      language: m.language?.value ?? null,
      published: m.published?.value.iso ?? null,
      published_from: m.published?.from ?? null,
      word_count: fingerprint.wordCount,
      exact_key: fingerprint.exactKey,
      minhash: JSON.stringify(fingerprint.minhash),
      ingested_at: item.receivedAt,
    })
    .execute();
  if (fingerprint.wordCount > 0) {
    await trx
      .insertInto('article_bands')
      .values(fingerprint.bandKeys.map((band_key) => ({ article_id: id, band_key })))
      .execute();
  }
}

async function deleteAnalysis(trx: Transaction<Database>, articleId: ArticleId): Promise<void> {
  await trx.deleteFrom('claims').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('article_entities').where('article_id', '=', articleId).execute();
  await trx.deleteFrom('article_analyses').where('article_id', '=', articleId).execute();
}

async function insertAnalysis(trx: Transaction<Database>, articleId: ArticleId, analysis: ArticleAnalysis, at: string): Promise<void> {
  const { language, claims } = analysis;
  await trx
    .insertInto('article_analyses')
    .values({
      article_id: articleId,
      analysis_version: analysis.version,
      tokens: encodeTokens(language.tokens),
      sentences: JSON.stringify(language.sentences),
      entities: JSON.stringify(language.entities),
      mentions: JSON.stringify(language.mentions),
      quantities: JSON.stringify(language.quantities),
      times: JSON.stringify(language.times),
      analyzed_at: at,
    })
    .execute();
  const mentionCounts = new Map<number, number>();
  for (const mention of language.mentions) mentionCounts.set(mention.entity, (mentionCounts.get(mention.entity) ?? 0) + 1);
  // Two entities of one article never share a key, but guard anyway: the key is the primary key.
  const byKey = new Map<string, { canonical: string; type: string; mentions: number }>();
  language.entities.forEach((entity, index) => {
    const seen = byKey.get(entity.key);
    const mentions = (seen?.mentions ?? 0) + (mentionCounts.get(index) ?? 0);
    byKey.set(entity.key, { canonical: seen?.canonical ?? entity.canonical, type: seen?.type ?? entity.type, mentions });
  });
  const entityRows = [...byKey].map(([entity_key, e]) => ({ article_id: articleId, entity_key, canonical: e.canonical, type: e.type, mentions: e.mentions }));
  for (const chunk of chunks(entityRows, ROWS_PER_INSERT)) await trx.insertInto('article_entities').values(chunk).execute();
  const claimRows = claims.map((claim, ordinal) => claimRow(articleId, ordinal, claim));
  for (const chunk of chunks(claimRows, ROWS_PER_INSERT)) await trx.insertInto('claims').values(chunk).execute();
}

/** Multi-row inserts in slices that stay under SQLite's bound-parameter limit. */
const ROWS_PER_INSERT = 50;
/** Ids per `IN (…)` read: well under the bound-parameter limit of both dialects. */
const IDS_PER_QUERY = 500;
/** From this offset on, a page of claims is found as keys first, then read (see listClaims). */
const DEEP_PAGE_OFFSET = 1000;
/** Claim keys (two parameters each) per read of a page's rows. */
const KEYS_PER_QUERY = 200;

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function claimRow(articleId: ArticleId, ordinal: number, claim: Claim): ClaimsTable {
  return {
    article_id: articleId,
    ordinal,
    sentence: claim.sentence,
    kind: claim.kind,
    stance: claim.stance,
    speaker_name: claim.speaker.name,
    speaker_type: claim.speaker.type,
    speaker_entity: claim.speaker.entity,
    speaker_role: claim.speaker.role,
    speaker_affiliation: claim.speaker.affiliation,
    relayed_by: JSON.stringify(claim.relayedBy),
    source_span: claim.source ? JSON.stringify(claim.source) : null,
    cue_span: claim.cue ? JSON.stringify(claim.cue) : null,
    content_spans: JSON.stringify(claim.content),
    hedges: JSON.stringify(claim.hedges),
    quantities: JSON.stringify(claim.quantities),
    times: JSON.stringify(claim.times),
    statement_time: claim.statementTime,
  };
}

function claimFromRow(row: ClaimsTable): Claim {
  const id = `${row.article_id}#${row.ordinal}`;
  return {
    sentence: Number(row.sentence),
    source: row.source_span === null ? null : readSpan(id, 'source_span', row.source_span),
    cue: row.cue_span === null ? null : readSpan(id, 'cue_span', row.cue_span),
    content: readSpans(id, 'content_spans', row.content_spans),
    kind: row.kind as Claim['kind'],
    stance: row.stance as Claim['stance'],
    speaker: {
      name: row.speaker_name,
      type: row.speaker_type as Claim['speaker']['type'],
      entity: row.speaker_entity as Claim['speaker']['entity'],
      role: row.speaker_role,
      affiliation: row.speaker_affiliation,
    },
    relayedBy: readSpeakers(id, row.relayed_by),
    hedges: readHedges(id, row.hedges),
    quantities: readIndices(id, 'quantities', row.quantities),
    times: readIndices(id, 'times', row.times),
    statementTime: row.statement_time === null ? null : Number(row.statement_time),
  };
}

/** A bare date ("2024-10-25") means the whole day: compare against its last instant. */
function endOfDay(dateOrInstant: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(dateOrInstant) ? `${dateOrInstant}T23:59:59.999Z` : dateOrInstant;
}

function documentRow(item: ArticleToSave, articleId: ArticleId): DocumentsTable {
  const doc = item.document;
  return {
    id: doc.id,
    article_id: articleId,
    label: doc.label,
    format: doc.format,
    bytes: Buffer.from(doc.bytes.buffer, doc.bytes.byteOffset, doc.bytes.byteLength),
    source: doc.source,
    encoding: doc.encoding.name,
    encoding_guessed: doc.encoding.guessed ? 1 : 0,
    origin_kind: doc.origin.kind,
    origin: JSON.stringify(doc.origin),
    hints: JSON.stringify(doc.hints),
    file: originFile(doc.origin),
    url: originUrl(doc.origin, doc.hints),
    received_at: item.receivedAt,
  };
}

async function addToStories(
  trx: Transaction<Database>,
  articleId: ArticleId,
  stories: readonly StoryName[],
  at: string,
): Promise<StoryName[]> {
  const added: StoryName[] = [];
  for (const story of stories) {
    await trx
      .insertInto('stories')
      .values({ name: story, created_at: at })
      .onConflict((oc) => oc.column('name').doNothing())
      .execute();
    const result = await trx
      .insertInto('story_articles')
      .values({ story_name: story, article_id: articleId, added_at: at })
      .onConflict((oc) => oc.columns(['story_name', 'article_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) > 0) added.push(story);
  }
  return added;
}

function storedSource(row: {
  id: string;
  label: string;
  file: string | null;
  url: string | null;
  format: string;
  origin: string;
  encoding: string;
  encoding_guessed: number;
  received_at: string;
}): StoredSource {
  return {
    documentId: row.id as DocumentId,
    label: row.label,
    file: row.file,
    url: row.url,
    format: row.format as 'html' | 'text',
    origin: readOrigin(row.id, row.origin),
    encoding: row.encoding,
    encodingGuessed: Number(row.encoding_guessed) === 1,
    receivedAt: row.received_at,
  };
}

function storedClaim(row: ClaimsTable): StoredClaim {
  return { article: asArticleId(row.article_id), ordinal: Number(row.ordinal), claim: claimFromRow(row) };
}

