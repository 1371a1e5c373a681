// The one error type a handler throws: an HTTP status, a stable code and a message saying what
// was wrong and what to send instead. The server turns it into the JSON error body; anything else
// thrown becomes a plain 500 whose details stay in the server's log, never in the response.

import type { z } from 'zod';

export interface ErrorIssue {
  /** Where the problem is: `query.limit`, `body.files[0].content`, `params.story`. */
  readonly field: string;
  readonly message: string;
}

export interface ErrorBody {
  readonly error: {
    readonly status: number;
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly ErrorIssue[];
  };
}

export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: readonly ErrorIssue[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'HttpError';
  }

  toBody(): ErrorBody {
    return { error: { status: this.status, code: this.code, message: this.message, ...(this.issues.length ? { issues: this.issues } : {}) } };
  }
}

/** A 400 naming every field that failed validation, e.g. "query.limit: expected a number, got "ten"". */
export function validationError(where: 'query' | 'body' | 'params', error: z.ZodError): HttpError {
  const issues = error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === 'number' ? `[${p}]` : `.${String(p)}`)).join('');
    return { field: `${where}${path}`, message: issue.message };
  });
  const summary = issues.map((i) => `${i.field}: ${i.message}`).join('; ');
  return new HttpError(400, 'invalid-request', `the request's ${where} is not valid: ${summary}`, issues);
}
