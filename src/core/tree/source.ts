// The source of a statement in words (SPEC §11), for beheer pages, diffs and
// the te-controleren list.
import type { Source, SourceKind } from './tree.ts';

export const sourceKindLabels: Record<SourceKind, string> = {
  thesis: 'Scriptie',
  public: 'Openbare bron',
  assumption: 'Aanname',
};

/** "Scriptie: Bijlage 9 (te controleren)". */
export function sourceText(source: Source | undefined): string {
  if (!source) return 'Geen bron (te controleren)';
  return `${sourceKindLabels[source.kind]}: ${source.ref} (${source.confirmed ? 'bevestigd' : 'te controleren'})`;
}
