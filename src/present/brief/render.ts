// The brief rendered for people: Markdown for terminals and notes, a standalone HTML page for a
// browser. Both read the Brief data object only; every line ends in the words it rests on and
// the article they are in. Article-derived text is escaped (HTML) or quoted (Markdown) always.

import type { Brief, BriefEvidence, BriefFigure, BriefInterval, BriefProposition } from './brief-data.js';

/** Evidence quotes longer than this are cut with an ellipsis in the human forms (JSON keeps them whole). */
const QUOTE_MAX_CHARS = 220;
/** At most this many evidence quotes per line; the JSON form lists all. */
const QUOTES_PER_LINE = 2;

export function figureText(f: BriefFigure): string {
  const number = (n: number) => n.toLocaleString('en-GB');
  let amount: string;
  if (f.alternatives) amount = f.alternatives.map(number).join(' or ');
  else if (f.value !== null) amount = number(f.value);
  else if (f.low !== null && f.high !== null) amount = `${number(f.low)}–${number(f.high)}`;
  else if (f.low !== null) amount = `${number(f.low)}+`;
  else if (f.high !== null) amount = `up to ${number(f.high)}`;
  else amount = 'an unstated number of';
  const qualifier = f.qualifier && f.qualifier !== 'exact' && !f.alternatives ? `${f.qualifier} ` : '';
  const marks = [f.increment ? 'another' : '', f.total ? 'total' : '', f.projected ? 'expected' : ''].filter(Boolean);
  return `${qualifier}${amount}${f.unit ? ` ${f.unit}` : ''}${marks.length ? ` (${marks.join(', ')})` : ''}`;
}

export function intervalText(i: BriefInterval | null): string {
  if (!i) return 'undated';
  const range = i.start === i.end ? i.start : `${i.start} – ${i.end}`;
  return i.basis === 'publication' ? `${range} (published)` : range;
}

function quote(e: BriefEvidence): string {
  const words = e.exact.replace(/\s+/g, ' ').trim();
  return words.length > QUOTE_MAX_CHARS ? `${words.slice(0, QUOTE_MAX_CHARS - 1)}…` : words;
}

function where(e: BriefEvidence): string {
  return `${e.outlet ?? 'unknown outlet'}, ${e.article.slice(0, 8)} @${e.start}`;
}

/** "10 articles from 3 outlets", "10 articles, outlet unknown for all", "10 articles from 2 outlets (outlet unknown for 4)": unknown outlets are never counted as outlets. */
export function articlesLine(brief: Brief): string {
  const known = new Set(brief.articles.flatMap((a) => (a.outlet ? [a.outlet] : [])));
  const unknown = brief.articles.filter((a) => !a.outlet).length;
  const n = brief.articles.length;
  const articles = `${n} ${n === 1 ? 'article' : 'articles'}`;
  if (known.size === 0) return unknown === 0 ? articles : `${articles}, outlet unknown for ${unknown === n && n > 1 ? `all ${n}` : unknown}`;
  const from = `${articles} from ${known.size} ${known.size === 1 ? 'outlet' : 'outlets'}`;
  return unknown === 0 ? from : `${from} (outlet unknown for ${unknown})`;
}

/** A proposition's independence in words, counting unknown outlets honestly and naming unnamed reports and deniers apart. */
export function independenceLine(ind: BriefProposition['independence']): string {
  const unknown = ind.unknownOutletArticles ?? 0;
  const named = ind.outletNames.length;
  const outlets = unknown === 0 ? `${named} ${named === 1 ? 'outlet' : 'outlets'}` : named === 0 ? `outlet unknown for ${unknown === ind.articles ? 'all' : unknown}` : `${named} ${named === 1 ? 'outlet' : 'outlets'} (outlet unknown for ${unknown})`;
  const sources = ind.sources ?? ind.originalSources.map((name) => ({ name, claimants: [], anonymous: false }));
  const namedSources = sources.filter((s) => !s.anonymous).map((s) => s.name);
  const unnamed = sources.filter((s) => s.anonymous).map((s) => s.name);
  const sourceWords = `${namedSources.length} named original ${namedSources.length === 1 ? 'source' : 'sources'}${namedSources.length ? `: ${namedSources.join(', ')}` : ''}`;
  const unnamedWords = unnamed.length ? `; plus ${unnamed.length} unnamed: ${unnamed.join(', ')}` : '';
  const deniers = ind.deniedBy?.length ? `; denied by ${ind.deniedBy.map((d) => d.name).join(', ')}` : '';
  return `${ind.articles} ${ind.articles === 1 ? 'article' : 'articles'}, ${outlets}, ${ind.reports} distinct ${ind.reports === 1 ? 'report' : 'reports'}, ${sourceWords}${unnamedWords}${deniers}`;
}

type BriefRelation = BriefProposition['relations'][number];

/** Kinds an analyst reads one by one: how a count moved, where it conflicts, and an equal number that is about something else. */
const SHOWN_RELATION_KINDS = new Set(['evolution', 'contradiction', 'different-referent']);

/** The relations an analyst reads one by one (SHOWN_RELATION_KINDS), and a one-line count of the rest. The JSON keeps all of them. */
export function relationDigest(p: BriefProposition): { shown: BriefRelation[]; summary: string | null } {
  const shown = p.relations.filter((r) => SHOWN_RELATION_KINDS.has(r.kind));
  const consistent = p.relations.filter((r) => r.kind === 'consistent' && r.comparable !== false).length;
  const restated = p.relations.filter((r) => r.kind === 'restatement').length;
  // 'incomparable' since the kind exists; `comparable: false` on briefs stored before it.
  const apart = p.relations.filter((r) => r.kind === 'incomparable' || r.comparable === false).length;
  const parts = [
    consistent ? `${consistent} consistent ${consistent === 1 ? 'pair' : 'pairs'} (figures that agree or overlap)` : '',
    restated ? `${restated} ${restated === 1 ? 'restatement' : 'restatements'} (a claimant repeating its figure)` : '',
    apart ? `${apart} ${apart === 1 ? 'pair' : 'pairs'} not compared (at least 100 times apart: almost surely different measures)` : '',
  ].filter(Boolean);
  if (p.measured === false && p.figures.length > 1) parts.push('figures not compared: their words do not say what they measure');
  return { shown, summary: parts.length ? parts.join('; ') : null };
}

type BriefClaimRelationItem = NonNullable<Brief['claimRelations']>[number];

/** "Mark Rutte (asserts, 2031-03-02) → Alliance spokesperson (confirms, undated)": the two sides of a claim relation. */
function claimRelationSides(r: BriefClaimRelationItem): string {
  const side = (x: BriefClaimRelationItem['a']) => `${x.speaker.name} (${x.stance}, ${x.when ? intervalText(x.when) : 'undated'})`;
  return `${side(r.a)} → ${side(r.b)}`;
}

/** Distinct names in order ("Kim Yong-hyun" once, however many of its stances stand against a denial). */
function distinctNames(names: readonly string[]): string[] {
  return [...new Set(names)];
}

const SINGLE_REPORTS_HEADING = 'Other figures, one report each';

/**
 * Count propositions worth a section of their own (several figures, or one figure carried by
 * several articles) and the rest: a figure one article gives once has nothing to compare or count,
 * and reads best as one line of a table than as a section each.
 */
function splitCounts(brief: Brief): { key: BriefProposition[]; single: BriefProposition[] } {
  const counts = brief.propositions.filter((p) => p.measure === 'count' && p.figures.length > 0);
  const isSingle = (p: BriefProposition) => p.figures.length === 1 && p.independence.articles <= 1;
  return { key: counts.filter((p) => !isSingle(p)), single: counts.filter(isSingle) };
}

// ---------------------------------------------------------------- Markdown

export function briefMarkdown(brief: Brief): string {
  const md = (s: string) => s.replace(/([\\`*_[\]|<>])/g, '\\$1');
  const cite = (evidence: readonly BriefEvidence[]) =>
    evidence
      .slice(0, QUOTES_PER_LINE)
      .map((e) => `“${md(quote(e))}” (${md(where(e))})`)
      .join('; ');
  const out: string[] = [];
  out.push(`# ${md(brief.story)}`, '');
  out.push(`${articlesLine(brief)}${brief.generatedAt ? `, brief generated ${brief.generatedAt}` : ''}.`, '');

  const { key: counts, single } = splitCounts(brief);
  out.push('## Key figures by original source', '');
  if (counts.length === 0 && single.length === 0) out.push('No figures were attributed to a source.', '');
  for (const p of counts) {
    out.push(`### ${md(p.label)}`, '');
    out.push('| # | as of | claimant | figure | relayed by | articles | words |', '|---|---|---|---|---|---|---|');
    p.figures.forEach((f, i) => {
      out.push(`| ${i + 1} | ${md(intervalText(f.asOf))} | ${md(f.claimant.name)} | ${md(figureText(f))} | ${md(f.relayedBy.join(', ') || '—')} | ${f.articles.length} | ${cite(f.evidence)} |`);
    });
    out.push('');
    const { shown, summary } = relationDigest(p);
    for (const r of shown) out.push(`- #${r.a + 1} → #${r.b + 1}: **${r.kind}** — ${md(r.why)}`);
    if (summary) out.push(`- Also: ${md(summary)}`);
    out.push(`- Independence: ${md(independenceLine(p.independence))}`, '');
  }
  if (single.length > 0) {
    out.push(`### ${SINGLE_REPORTS_HEADING}`, '');
    out.push('| what | as of | claimant | figure | words |', '|---|---|---|---|---|');
    for (const p of single) {
      const f = p.figures[0]!;
      out.push(`| ${md(p.label)} | ${md(intervalText(f.asOf))} | ${md(f.claimant.name)} | ${md(figureText(f))} | ${cite(f.evidence)} |`);
    }
    out.push('');
  }

  out.push('## Denials', '');
  if (brief.denials.length === 0) out.push('None reported.');
  for (const d of brief.denials) out.push(`- **${md(d.speaker.name)}** (${md(d.when ? intervalText(d.when) : `reported ${d.reportedBy ?? 'undated'}`)}): ${cite(d.evidence)}`);
  out.push('');

  const conflicts = brief.propositions.filter((p) => p.measure === 'claim' && p.conflicts.length > 0);
  if (conflicts.length > 0) {
    out.push('## Assertions against denials', '');
    for (const p of conflicts) {
      for (const c of p.conflicts) {
        const denial = p.stances[c.denial]!;
        const against = distinctNames(c.against.map((i) => p.stances[i]!.speaker.name));
        out.push(`- ${md(p.label)}: **${md(denial.speaker.name)}** denies what ${md(against.join(', '))} ${against.length === 1 ? 'says' : 'say'}`);
      }
    }
    out.push('');
  }

  const claimRelations = brief.claimRelations ?? [];
  if (claimRelations.length > 0) {
    out.push('## Claims across reports: contradictions, judgements, stances that moved, statements told twice', '');
    for (const r of claimRelations) out.push(`- **${r.kind}** (${md(r.rule)}): ${md(claimRelationSides(r))} — ${md(r.why)}; ${cite([...r.a.evidence.slice(0, 1), ...r.b.evidence.slice(0, 1)])}`);
    out.push('');
  }

  out.push('## Timeline', '');
  if (brief.timeline.length === 0) out.push('No dated events.');
  for (const e of brief.timeline) {
    out.push(`- ${md(e.start === e.end ? e.start : `${e.start} – ${e.end}`)} (${e.precision}, ${e.articles.length} ${e.articles.length === 1 ? 'article' : 'articles'}): ${cite(e.evidence)}`);
  }
  out.push('');

  out.push('## Most-cited speakers', '');
  for (const s of brief.speakers.slice(0, 10)) out.push(`- ${md(s.name)} (${s.type}): ${s.claims} claims in ${s.articles} ${s.articles === 1 ? 'article' : 'articles'}`);
  out.push('');

  out.push('## Open questions', '');
  if (brief.openQuestions.length === 0) out.push('None flagged.');
  for (const q of brief.openQuestions) out.push(`- ${q.kind === 'single-source' ? 'Only one source' : 'Not confirmed'}: ${md(q.text)} — ${cite(q.evidence)}`);
  return `${out.join('\n')}\n`;
}

// ---------------------------------------------------------------- HTML

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function briefHtml(brief: Brief): string {
  const h = escapeHtml;
  const cite = (evidence: readonly BriefEvidence[]) =>
    evidence
      .slice(0, QUOTES_PER_LINE)
      .map((e) => `<q>${h(quote(e))}</q> <cite>${h(where(e))}</cite>`)
      .join('<br>');
  const parts: string[] = [];
  parts.push(`<h1>${h(brief.story)}</h1><p>${h(articlesLine(brief))}${brief.generatedAt ? `, generated ${h(brief.generatedAt)}` : ''}.</p>`);
  parts.push('<h2>Key figures by original source</h2>');
  const { key: counts, single } = splitCounts(brief);
  for (const p of counts) {
    parts.push(`<h3>${h(p.label)}</h3><table><thead><tr><th>#</th><th>as of</th><th>claimant</th><th>figure</th><th>relayed by</th><th>articles</th><th>words</th></tr></thead><tbody>`);
    p.figures.forEach((f, i) => {
      parts.push(`<tr><td>${i + 1}</td><td>${h(intervalText(f.asOf))}</td><td>${h(f.claimant.name)}</td><td>${h(figureText(f))}</td><td>${h(f.relayedBy.join(', ') || '—')}</td><td>${f.articles.length}</td><td>${cite(f.evidence)}</td></tr>`);
    });
    parts.push('</tbody></table><ul>');
    const { shown, summary } = relationDigest(p);
    for (const r of shown) parts.push(`<li>#${r.a + 1} → #${r.b + 1}: <strong>${h(r.kind)}</strong> — ${h(r.why)}</li>`);
    if (summary) parts.push(`<li>Also: ${h(summary)}</li>`);
    parts.push(`<li>Independence: ${h(independenceLine(p.independence))}</li></ul>`);
  }
  if (single.length > 0) {
    parts.push(`<h3>${h(SINGLE_REPORTS_HEADING)}</h3><table><thead><tr><th>what</th><th>as of</th><th>claimant</th><th>figure</th><th>words</th></tr></thead><tbody>`);
    for (const p of single) {
      const f = p.figures[0]!;
      parts.push(`<tr><td>${h(p.label)}</td><td>${h(intervalText(f.asOf))}</td><td>${h(f.claimant.name)}</td><td>${h(figureText(f))}</td><td>${cite(f.evidence)}</td></tr>`);
    }
    parts.push('</tbody></table>');
  }
  parts.push('<h2>Denials</h2><ul>');
  for (const d of brief.denials) parts.push(`<li><strong>${h(d.speaker.name)}</strong> (${h(d.when ? intervalText(d.when) : `reported ${d.reportedBy ?? 'undated'}`)}): ${cite(d.evidence)}</li>`);
  parts.push('</ul>');
  if ((brief.claimRelations ?? []).length > 0) {
    parts.push('<h2>Claims across reports: contradictions, judgements, stances that moved, statements told twice</h2><ul>');
    for (const r of brief.claimRelations ?? []) parts.push(`<li><strong>${h(r.kind)}</strong> (${h(r.rule)}): ${h(claimRelationSides(r))} — ${h(r.why)}<br>${cite([...r.a.evidence.slice(0, 1), ...r.b.evidence.slice(0, 1)])}</li>`);
    parts.push('</ul>');
  }
  parts.push('<h2>Timeline</h2><ul>');
  for (const e of brief.timeline) parts.push(`<li>${h(e.start === e.end ? e.start : `${e.start} – ${e.end}`)} (${h(e.precision)}): ${cite(e.evidence)}</li>`);
  parts.push('</ul><h2>Open questions</h2><ul>');
  for (const q of brief.openQuestions) parts.push(`<li>${h(q.text)}</li>`);
  parts.push('</ul>');
  const style = 'body{font:15px/1.45 system-ui,sans-serif;max-width:72rem;margin:2rem auto;padding:0 1rem}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.3rem .5rem;vertical-align:top}q{font-style:italic}cite{color:#555;font-size:.85em}';
  return `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${h(brief.story)}: brief</title><style>${style}</style></head><body>${parts.join('\n')}</body></html>\n`;
}
