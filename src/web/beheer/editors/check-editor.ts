// A check: its text, its branches in order (each a condition and where it
// leads; add one in the empty branch, remove with a checkbox) and where the
// walk goes when no branch holds.
import { type CheckNode, textLimits } from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor, EditTarget } from '../editor.ts';
import { checkbox, fieldGroup, selectField, textArea } from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { quoted } from '../problem-place.ts';
import { routeChoices } from '../route-choices.ts';
import { referencesAside } from '../tree-references.ts';
import { conditionFields, parseCondition } from './condition-fields.ts';
import {
  blankPart,
  type ConditionState,
  conditionOf,
  conditionState,
  isBlankPart,
} from './condition-parts.ts';
import { removeNode } from './node-parts.ts';

interface BranchState {
  next: string;
  remove: boolean;
  isNew: boolean;
  condition: ConditionState;
}

interface CheckState {
  text: string;
  else: string;
  branches: BranchState[];
}

function checkOf({ model, key }: EditTarget): CheckNode | undefined {
  const node = model.tree.nodes.find((candidate) => candidate.id === key);
  return node?.kind === 'check' ? node : undefined;
}

const blankBranch: BranchState = {
  next: '',
  remove: false,
  isNew: true,
  condition: { combine: 'all', parts: [blankPart] },
};

function isBlankBranch(branch: BranchState): boolean {
  return branch.isNew && !branch.next && branch.condition.parts.every(isBlankPart);
}

export const checkEditor: Editor<CheckState> = {
  part: 'controle',
  keyed: true,
  heading: ({ model, key }) => {
    const text = model.tree.nodes.find((node) => node.id === key)?.text.trim();
    return text ? `Controle wijzigen: ${quoted(text)}` : 'Controle wijzigen';
  },
  read(target) {
    const check = checkOf(target);
    return (
      check && {
        text: check.text,
        else: check.else,
        branches: [
          ...check.branches.map((branch) => ({
            next: branch.next,
            remove: false,
            isNew: false,
            condition: conditionState(branch.if),
          })),
          blankBranch,
        ],
      }
    );
  },
  parse(form) {
    const count = Math.min(Number(form.get('branches')) || 0, 50);
    return {
      text: form.get('text'),
      else: form.get('else'),
      branches: Array.from({ length: count }, (_, index) => {
        const at = `b${index + 1}`;
        return {
          next: form.get(`${at}.next`),
          remove: form.has(`${at}.remove`),
          isNew: form.get(`${at}.new`) === '1',
          condition: parseCondition(form, at),
        };
      }),
    };
  },
  apply(target, state) {
    const errors: Record<string, string> = {};
    const branches: CheckNode['branches'] = [];
    state.branches.forEach((branch, index) => {
      if (branch.remove || isBlankBranch(branch)) return;
      const at = `b${index + 1}`;
      const result = conditionOf(target.model.tree, branch.condition, at);
      if ('errors' in result) Object.assign(errors, result.errors);
      if (!branch.next) errors[`${at}.next`] = 'Kies waar deze tak heen leidt.';
      if ('condition' in result) branches.push({ if: result.condition, next: branch.next });
    });
    if (Object.keys(errors).length > 0) return { errors };
    const model = copyModel(target.model);
    const index = model.tree.nodes.findIndex((node) => node.id === target.key);
    model.tree.nodes[index] = {
      id: target.key,
      kind: 'check',
      text: state.text,
      branches,
      else: state.else,
    };
    return { model };
  },
  fields(state, { target, errors }) {
    const names = placeholderList(target.model.tree);
    const tree = target.model.tree;
    const targets = routeChoices(tree, '— kies —');
    return html`${textArea({ name: 'text', placeholders: names, label: 'Wat wordt gecontroleerd (in woorden)', maxLength: textLimits.short, value: state.text, rows: 2, error: errors.text })}
<h2 class="utrecht-heading-2">Waar gaat de wandeling heen?</h2>
<p class="utrecht-paragraph">Elke tak is een voorwaarde met een volgende stap. De wandeling neemt de eerste tak die klopt.</p>
<input type="hidden" name="branches" value="${String(state.branches.length)}">
${state.branches.map((branch, index) => {
  const at = `b${index + 1}`;
  return fieldGroup(
    branch.isNew ? 'Nieuwe tak (laat leeg als u geen tak toevoegt)' : `Tak ${index + 1}`,
    html`<input type="hidden" name="${at}.new" value="${branch.isNew ? '1' : '0'}">
${errors[at] ? html`<p class="utrecht-form-field-error-message"><span class="wkb-visually-hidden">Fout: </span>${errors[at]}</p>` : ''}
${conditionFields(tree, branch.condition, at, errors)}
${selectField({ name: `${at}.next`, label: 'Dan naar', value: branch.next, choices: targets, error: errors[`${at}.next`] })}
${branch.isNew ? '' : checkbox({ name: `${at}.remove`, label: 'Deze tak verwijderen', checked: branch.remove })}`,
    at,
  );
})}
${selectField({ name: 'else', label: 'Als geen tak klopt, naar', value: state.else, choices: targets, error: errors.else })}`;
  },
  fieldOf(path, target, state) {
    const [list, id, field, index, branchField] = path.split('.');
    if (list !== 'nodes' || id !== target.key) return undefined;
    if (field === 'branches') {
      const kept = state.branches.filter((branch) => !branch.remove && !isBlankBranch(branch));
      const row = state.branches.indexOf(kept[Number(index)] as BranchState);
      const at = `b${row === -1 ? 1 : row + 1}`;
      return branchField === 'next' ? `${at}.next` : at;
    }
    return field === 'else' ? 'else' : 'text';
  },
  aside: referencesAside,
  remove: (target) => removeNode(target),
};
