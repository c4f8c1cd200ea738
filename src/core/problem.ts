// One shape for every validation problem — a walk's answer, a tree in the
// editor, an evaluation response, a usage beacon, a beheer form field — so a
// page, the API and the CLI each render problems in one way.

/** Where a problem is, what kind it is, and a Dutch (B1) message for people. */
export interface Problem<Code extends string = string> {
  /**
   * A form field's name (`datum_ontruiming`, `van`) or a dotted path into a
   * document (`nodes.reden.options.opiumwet.next`); the API names it `field`.
   */
  path: string;
  /** For machines and tests: the kind of problem, stable across wordings. */
  code: Code;
  message: string;
}

export function isProblem(value: unknown): value is Problem {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Problem>;
  return (
    typeof candidate.path === 'string' &&
    typeof candidate.code === 'string' &&
    typeof candidate.message === 'string'
  );
}
