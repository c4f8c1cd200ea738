// How sign-in, permission and CSRF checks say no: they throw the one error
// type, which app.ts maps (refusal-response.ts) to problem+json for the API and
// a Dutch page in the beheer layout for people.
import { HttpProblem } from '../problem.ts';

export function refusal(
  status: 401 | 403,
  title: string,
  detail: string,
  headers: Record<string, string> = {},
): never {
  throw new HttpProblem(status, title, detail, [], {}, headers);
}
