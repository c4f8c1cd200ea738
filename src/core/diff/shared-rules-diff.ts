// What changed in the shared rules (SPEC §11), in the words of the tree diff,
// and the one-line note every tree's history gets when the set is published.
import type { SharedRules } from '../tree/shared-rules.ts';
import { Changes, type ContentChange } from './tree-diff-changes.ts';
import { diffContacts, diffCorporations } from './tree-diff-contacts.ts';
import { diffParameters } from './tree-diff-parts.ts';

export function diffSharedRules(a: SharedRules, b: SharedRules): ContentChange[] {
  const checks = new Changes('checks');
  const checked = (rules: SharedRules) => (rules.originalsChecked ? 'bevestigd' : 'te controleren');
  checks.field(
    'originalsChecked',
    'Controle tegen de eigen Woonkansbomen van Bureau Woonkans',
    checked(a),
    checked(b),
  );
  const title = new Changes('tree');
  title.field('title', 'Titel gewijzigd', a.title, b.title);
  return [
    ...title.list,
    ...diffParameters(a, b),
    ...diffContacts(a, b),
    ...diffCorporations(a, b),
    ...checks.list,
  ];
}

const shownInNote = 3;

/** "Gedeelde regels: regeling_maanden 6 maanden → 3 maanden". */
export function sharedChangeNote(changes: readonly ContentChange[]): string {
  const words = changes.map((change) => {
    const value = /^parameters\.([^.]+)\.value$/.exec(change.path);
    if (value) return `${value[1]} ${change.old} → ${change.new}`;
    return change.description;
  });
  const rest = words.length - shownInNote;
  const shown = words.slice(0, shownInNote).join('; ');
  const more = rest > 0 ? ` en ${rest} andere ${rest === 1 ? 'wijziging' : 'wijzigingen'}` : '';
  return `Gedeelde regels: ${shown || 'geen inhoudelijke wijziging'}${more}`;
}
