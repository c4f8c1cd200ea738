// The small editors of texts around the walk: the tree's title, audience,
// intro and start; a requirement's label; a contact.
import { conditionText } from '../../../core/tree-diff-text.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { selectField, textArea, textField } from '../form-fields.ts';
import { questionChoices } from '../route-choices.ts';

const markdownHint =
  'Markdown: **vet**, een lege regel voor een nieuwe alinea, "-" voor een lijst.';

/** The field named by the last known segment of a path, or the first field. */
function fieldIn(path: string, prefix: string, fields: readonly string[]): string | undefined {
  if (!path.startsWith(prefix)) return undefined;
  const field = path.slice(prefix.length).split('.')[0] ?? '';
  return fields.includes(field) ? field : fields[0];
}

interface TreeInfoState {
  title: string;
  audience: string;
  intro: string;
  start: string;
}

export const treeInfoEditor: Editor<TreeInfoState> = {
  part: 'algemeen',
  keyed: false,
  heading: () => 'Titel, doelgroep en inleiding wijzigen',
  read: ({ model }) => ({
    title: model.tree.title,
    audience: model.tree.audience,
    intro: model.tree.intro,
    start: model.tree.start,
  }),
  parse: (form) => ({
    title: form.get('title'),
    audience: form.get('audience'),
    intro: form.get('intro'),
    start: form.get('start'),
  }),
  apply({ model }, state) {
    const next = copyModel(model);
    Object.assign(next.tree, state);
    return { model: next };
  },
  fields: (
    state,
    { target, errors },
  ) => html`${textField({ name: 'title', label: 'Titel', value: state.title, error: errors.title })}
${textArea({ name: 'audience', label: 'Voor wie is deze boom? (één zin)', value: state.audience, rows: 2, error: errors.audience })}
${textArea({ name: 'intro', label: 'Inleiding op de startpagina', value: state.intro, rows: 10, hint: markdownHint, error: errors.intro })}
${selectField({ name: 'start', label: 'De wandeling begint bij', value: state.start, choices: questionChoices(target.model.tree, '— kies een vraag —'), error: errors.start })}`,
  fieldOf: (path) => fieldIn(path, '', ['title', 'audience', 'intro', 'start']),
};

interface RequirementState {
  label: string;
}

export const requirementEditor: Editor<RequirementState> = {
  part: 'voorwaarde',
  keyed: true,
  heading: ({ key }) => `Voorwaarde "${key}" wijzigen`,
  read: ({ model, key }) => {
    const requirement = model.tree.requirements.find((candidate) => candidate.id === key);
    return requirement && { label: requirement.label };
  },
  parse: (form) => ({ label: form.get('label') }),
  apply({ model, key }, state) {
    const next = copyModel(model);
    next.tree.requirements = next.tree.requirements.map((requirement) =>
      requirement.id === key ? { ...requirement, label: state.label } : requirement,
    );
    return { model: next };
  },
  fields: (state, { target, errors }) => {
    const requirement = target.model.tree.requirements.find(
      (candidate) => candidate.id === target.key,
    );
    return html`${textArea({ name: 'label', label: 'Tekst bij ✓ of ✗', value: state.label, rows: 2, error: errors.label })}
<p class="utrecht-paragraph"><strong>Wanneer voldaan:</strong> ${requirement ? conditionText(requirement.test) : ''}</p>
<p class="utrecht-form-field-description">De toets zelf verandert u niet in dit formulier.</p>`;
  },
  fieldOf: (path, { key }) => fieldIn(path, `requirements.${key}.`, ['label']),
};

interface ContactState {
  name: string;
  text: string;
  href: string;
}

export const contactEditor: Editor<ContactState> = {
  part: 'contact',
  keyed: true,
  heading: ({ key }) => `Contact "${key}" wijzigen`,
  read: ({ model, key }) => {
    const contact = model.tree.contacts.find((candidate) => candidate.id === key);
    return contact && { name: contact.name, text: contact.text, href: contact.href ?? '' };
  },
  parse: (form) => ({
    name: form.get('name'),
    text: form.get('text'),
    href: form.get('href').trim(),
  }),
  apply({ model, key }, state) {
    const next = copyModel(model);
    next.tree.contacts = next.tree.contacts.map((contact) =>
      contact.id === key
        ? {
            id: key,
            name: state.name,
            text: state.text,
            ...(state.href ? { href: state.href } : {}),
          }
        : contact,
    );
    return { model: next };
  },
  fields: (
    state,
    { errors },
  ) => html`${textField({ name: 'name', label: 'Naam', value: state.name, error: errors.name })}
${textArea({ name: 'text', label: 'Wat doen zij voor u, en hoe bereikt u hen?', value: state.text, rows: 5, hint: markdownHint, error: errors.text })}
${textField({ name: 'href', label: 'Website (mag leeg)', value: state.href, hint: 'Begint met https://', error: errors.href })}`,
  fieldOf: (path, { key }) => fieldIn(path, `contacts.${key}.`, ['name', 'text', 'href']),
};
