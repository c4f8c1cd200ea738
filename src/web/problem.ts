// One error type for the HTTP layer and one mapping to responses (RFC 9457
// problem details), in the spirit of Hono's HTTPException.

export interface FieldProblem {
  field: string;
  code: string;
  message: string;
}

/** On an HTML page: the heading (when not the title) and a way onwards. */
export interface PageParts {
  heading?: string;
  back?: { href: string; label: string };
}

/**
 * Thrown by API and page routes alike; app.ts maps it once: problem+json
 * under /api, else a Dutch page in the layout of the part of the site.
 */
export class HttpProblem extends Error {
  constructor(
    readonly status: 400 | 401 | 403 | 404 | 409 | 413 | 415 | 422 | 429 | 503,
    readonly title: string,
    readonly detail: string,
    readonly errors: FieldProblem[] = [],
    readonly page: PageParts = {},
  ) {
    super(detail);
  }

  toJSON() {
    return {
      type: `https://woonkansboom.nl/problemen/${this.status}`,
      title: this.title,
      status: this.status,
      detail: this.detail,
      ...(this.errors.length > 0 ? { errors: this.errors } : {}),
    };
  }
}

export const problemContentType = 'application/problem+json; charset=utf-8';
