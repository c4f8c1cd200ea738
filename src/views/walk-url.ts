// The walk lives in the URL: answers are query parameters named after the
// question ids (`/boom/hulpverlening?ontruimd=ja&reden=beide`). Shared by the
// server and the browser script so both read and write the same links.

// The parameters with a meaning of their own are core's `reservedIds`: the
// validator keeps questions from using them. `org` (usage counts)
// carries the organisation type; it is not in `reservedIds` yet.
export interface WalkQuery {
  answers: Record<string, string>;
  /** Raw peildatum as given (validated by the caller). */
  peildatum?: string;
  /** Start the walk at this question. */
  start?: string;
  /** The question whose form was submitted. */
  submitted?: string;
  /** Show this question again to change its answer. */
  change?: string;
  /** A published version number as given. */
  version?: string;
  /** The organisation type the user chose at the start, as given (usage counts only). */
  org?: string;
}

export function parseWalkQuery(params: URLSearchParams): WalkQuery {
  const query: WalkQuery = { answers: {} };
  for (const [key, value] of params) {
    switch (key) {
      case 'peildatum':
        query.peildatum = value;
        break;
      case 'start':
        query.start = value;
        break;
      case 'vraag':
        query.submitted = value;
        break;
      case 'wijzig':
        query.change = value;
        break;
      case 'versie':
        query.version = value;
        break;
      case 'org':
        query.org = value;
        break;
      default:
        // The last value wins: a changed answer comes after the hidden copy.
        query.answers[key] = value;
    }
  }
  return query;
}

export interface WalkLinkState {
  /** Answers in path order. */
  answers: Readonly<Record<string, string>>;
  /** Only when it is not today. */
  peildatum?: string;
  start?: string;
  version?: number;
  org?: string;
}

export function walkHref(
  base: string,
  state: WalkLinkState,
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams();
  if (state.version !== undefined) params.set('versie', String(state.version));
  if (state.start) params.set('start', state.start);
  if (state.peildatum) params.set('peildatum', state.peildatum);
  if (state.org) params.set('org', state.org);
  for (const [id, value] of Object.entries(state.answers)) params.append(id, value);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}

/** Whether a request's query differs from the clean address of its step (then it is redirected there). */
export function isOtherAddress(href: string, requestSearch: string): boolean {
  const index = href.indexOf('?');
  const clean = index === -1 ? '' : new URLSearchParams(href.slice(index + 1)).toString();
  return clean !== new URLSearchParams(requestSearch).toString();
}

/** The same link without one parameter (`peildatum`: the same walk as of today). */
export function withoutParam(href: string, name: string): string {
  const [path = '', query = ''] = href.split('?');
  const params = new URLSearchParams(query);
  params.delete(name);
  const rest = params.toString();
  return rest ? `${path}?${rest}` : path;
}
