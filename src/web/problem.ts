// One error type for the HTTP layer and one mapping to responses (RFC 9457
// problem details), in the spirit of Hono's HTTPException.

import type { Problem } from '../core/problem.ts';

/** On an HTML page: the heading (when not the title), a second paragraph, and a way onwards. */
export interface PageParts {
  heading?: string;
  /** What the person can do now, e.g. that their input is still behind the Back button. */
  hint?: string;
  back?: { href: string; label: string };
}

export type ProblemStatus = 400 | 401 | 403 | 404 | 409 | 410 | 413 | 415 | 422 | 429 | 503;

/**
 * Thrown by API and page routes and by middleware alike; app.ts maps it once
 * (refusal-response.ts): problem+json under /api, else a Dutch page in the
 * layout of the part of the site.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: ProblemStatus,
    readonly title: string,
    readonly detail: string,
    readonly errors: readonly Problem[] = [],
    readonly page: PageParts = {},
    /** Such as Retry-After; every refusal is also sent with Cache-Control: no-store. */
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail);
  }

  toJSON() {
    return {
      type: `https://woonkansboom.nl/problemen/${this.status}`,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.errors.length > 0 ? { errors: this.errors.map(asApiError) } : {}),
    };
  }
}

export const problemContentType = 'application/problem+json; charset=utf-8';

/** The API's published name for a problem's place is `field` (openapi.json). */
function asApiError({ path, code, message }: Problem) {
  return { field: path, code, message };
}
