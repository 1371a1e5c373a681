// Diagnostics: what went wrong with which input, and where, as plain data. Stages return warnings
// with their result and throw CrosscheckError for an input they cannot use; the runner records the
// diagnostic and goes on with the next input. Codes and their meaning live in DIAGNOSTIC_CODES.

export type Severity = 'error' | 'warning' | 'info';

/** Where in an input the problem is. Every field is optional because inputs differ (bytes, lines, JSON paths). */
export interface DiagnosticPlace {
  readonly offset?: number;
  readonly line?: number;
  readonly column?: number;
  readonly jsonPath?: string;
}

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly severity: Severity;
  /** The input as the user named it: a path, a URL, `-` for stdin, or `file:line` for a record. */
  readonly input: string;
  readonly message: string;
  readonly place?: DiagnosticPlace;
  /** What the user can do about it. */
  readonly hint?: string;
}

/**
 * The catalog. Each code says what kind of problem it is; the message carries the specifics.
 * Severity here is the default: an `error` means the input is unusable and nothing of it is stored.
 */
export const DIAGNOSTIC_CODES = {
  'ingest/not-found': { severity: 'error', meaning: 'the path or glob matches nothing' },
  'ingest/unreadable': { severity: 'error', meaning: 'the file exists but cannot be read' },
  'ingest/empty': { severity: 'error', meaning: 'the input has no content' },
  'ingest/binary': { severity: 'error', meaning: 'the input is binary data, not text or HTML' },
  'ingest/too-large': { severity: 'error', meaning: 'the input is larger than the size cap' },
  'ingest/encoding-guessed': { severity: 'warning', meaning: 'not valid UTF-8; decoded with a guessed legacy encoding' },
  'ingest/undecodable': { severity: 'error', meaning: 'the bytes could not be decoded as text' },
  'ingest/unsupported-type': { severity: 'error', meaning: 'the content type is not one Crosscheck reads' },
  'ingest/jsonl-syntax': { severity: 'error', meaning: 'a JSONL line is not valid JSON' },
  'ingest/jsonl-shape': { severity: 'error', meaning: 'a JSONL record lacks the fields an article needs' },
  'ingest/feed-syntax': { severity: 'error', meaning: 'the feed is not well-formed XML' },
  'ingest/feed-shape': { severity: 'error', meaning: 'the XML is not an RSS 2.0 or Atom feed' },
  'ingest/feed-item': { severity: 'error', meaning: 'a feed item has neither content nor a usable link' },
  'fetch/refused-address': { severity: 'error', meaning: 'the URL resolves to a private, loopback or link-local address' },
  'fetch/bad-url': { severity: 'error', meaning: 'the URL is malformed or not http(s)' },
  'fetch/unreachable': { severity: 'error', meaning: 'the host could not be reached' },
  'fetch/timeout': { severity: 'error', meaning: 'the server did not answer in time' },
  'fetch/http-status': { severity: 'error', meaning: 'the server answered with an error status' },
  'fetch/too-many-redirects': { severity: 'error', meaning: 'the redirect chain is longer than allowed' },
  'extract/no-content': { severity: 'error', meaning: 'no article text was found in the document' },
  'extract/malformed-html': { severity: 'warning', meaning: 'the HTML is malformed; extraction did its best' },
  'extract/date-unknown': { severity: 'warning', meaning: 'no publication date was found' },
  'extract/date-conflict': { severity: 'warning', meaning: 'sources of the publication date disagree' },
  'extract/date-order': { severity: 'warning', meaning: 'the modified date is earlier than the publication date; modified was dropped' },
  'extract/structured-data-invalid': { severity: 'info', meaning: 'a JSON-LD block is not valid JSON even after a lenient repair; it was skipped' },
  'store/failed': { severity: 'error', meaning: 'the store could not write the article; nothing of it was kept' },
  'pipeline/step-failed': { severity: 'error', meaning: 'a pipeline step failed unexpectedly on this input' },
  'reconcile/duplicate-article': { severity: 'error', meaning: 'the article is already in the story index; an article can be added once' },
} as const satisfies Record<string, { severity: Severity; meaning: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

export function diagnostic(
  code: DiagnosticCode,
  input: string,
  message: string,
  extra: { place?: DiagnosticPlace; hint?: string; severity?: Severity } = {},
): Diagnostic {
  const { severity = DIAGNOSTIC_CODES[code].severity, ...rest } = extra;
  return { code, severity, input, message, ...rest };
}

/** Thrown for an input that cannot be used at all; carries the diagnostic the runner records. */
export class CrosscheckError extends Error {
  constructor(readonly diagnostic: Diagnostic) {
    super(formatDiagnostic(diagnostic));
    this.name = 'CrosscheckError';
  }
}

export function fail(
  code: DiagnosticCode,
  input: string,
  message: string,
  extra: { place?: DiagnosticPlace; hint?: string } = {},
): never {
  throw new CrosscheckError(diagnostic(code, input, message, { ...extra, severity: 'error' }));
}

/** `error[ingest/binary] feeds/x.bin byte 12: message hint` — the one textual form, used by the CLI. */
export function formatDiagnostic(d: Diagnostic): string {
  const where = d.place ? ` ${formatPlace(d.place)}` : '';
  const hint = d.hint ? ` ${d.hint}` : '';
  return `${d.severity}[${d.code}] ${d.input}${where}: ${d.message}${hint}`;
}

function formatPlace(place: DiagnosticPlace): string {
  if (place.line !== undefined) return place.column !== undefined ? `${place.line}:${place.column}` : `line ${place.line}`;
  if (place.jsonPath !== undefined) return place.jsonPath;
  if (place.offset !== undefined) return `byte ${place.offset}`;
  return '';
}
