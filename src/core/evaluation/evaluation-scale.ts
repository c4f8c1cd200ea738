// The five-point scale of the evaluation questionnaire (SPEC §6, Bijlage 13).
// Fixed: the beheerder edits statements, never the scale, so rounds stay comparable.

export type Score = 1 | 2 | 3 | 4 | 5;

export const evaluationScale: readonly { score: Score; label: string }[] = [
  { score: 1, label: 'Helemaal niet mee eens' },
  { score: 2, label: 'Niet mee eens' },
  { score: 3, label: 'Neutraal/weet ik niet' },
  { score: 4, label: 'Mee eens' },
  { score: 5, label: 'Helemaal mee eens' },
];

export const scaleLabels: readonly string[] = evaluationScale.map((step) => step.label);

/** The scores that count as "(helemaal) mee eens" when rounds are compared. */
export const agreeingScores: readonly Score[] = [4, 5];

export function isScore(value: number): value is Score {
  return Number.isInteger(value) && value >= 1 && value <= 5;
}

export function scoreLabel(score: Score): string {
  return scaleLabels[score - 1] ?? String(score);
}
