// The small editors of texts around the walk: the tree's title, audience,
// intro and start; a requirement's label; a contact.

import { conditionText } from '../../../core/diff/tree-diff-text.ts';
import { contactRouteLabels } from '../../../core/tree/contact-route.ts';
import {
  type ContactRoute,
  type ContactRouteKind,
  contactRouteKinds,
  textLimits,
} from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { selectField, textArea, textField } from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { quoted } from '../problem-place.ts';
import { questionChoices } from '../route-choices.ts';
import {
  appliedSource,
  parseSource,
  readSource,
  type SourceState,
  sourceErrors,
  sourceFieldOf,
  sourceFields,
  withSource,
} from './source-fields.ts';

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
  ) => html`${textField({ name: 'title', label: 'Titel', maxLength: textLimits.label, value: state.title, error: errors.title })}
${textArea({ name: 'audience', placeholders: placeholderList(target.model.tree), maxLength: textLimits.short, label: 'Voor wie is deze boom? (één zin)', value: state.audience, rows: 2, error: errors.audience })}
${textArea({ name: 'intro', placeholders: placeholderList(target.model.tree), maxLength: textLimits.long, label: 'Inleiding op de startpagina', value: state.intro, rows: 10, hint: markdownHint, error: errors.intro })}
${selectField({ name: 'start', label: 'De wandeling begint bij', value: state.start, choices: questionChoices(target.model.tree, '— kies een vraag —'), error: errors.start })}`,
  fieldOf: (path) => fieldIn(path, '', ['title', 'audience', 'intro', 'start']),
};

interface RequirementState extends SourceState {
  label: string;
}

export const requirementEditor: Editor<RequirementState> = {
  part: 'voorwaarde',
  keyed: true,
  heading: ({ model, key }) => {
    const label = model.tree.requirements.find((requirement) => requirement.id === key)?.label;
    return label?.trim() ? `Voorwaarde wijzigen: ${quoted(label)}` : 'Voorwaarde wijzigen';
  },
  read: ({ model, key }) => {
    const requirement = model.tree.requirements.find((candidate) => candidate.id === key);
    return requirement && { label: requirement.label, ...readSource(requirement.source) };
  },
  parse: (form) => ({ label: form.get('label'), ...parseSource(form) }),
  apply({ model, key }, state) {
    const errors = sourceErrors(state);
    if (Object.keys(errors).length > 0) return { errors };
    const next = copyModel(model);
    next.tree.requirements = next.tree.requirements.map((requirement) =>
      requirement.id === key
        ? withSource(
            { ...requirement, label: state.label },
            appliedSource(requirement.source, state),
          )
        : requirement,
    );
    return { model: next };
  },
  fields: (state, { target, errors }) => {
    const requirement = target.model.tree.requirements.find(
      (candidate) => candidate.id === target.key,
    );
    return html`${textArea({ name: 'label', placeholders: placeholderList(target.model.tree), label: 'Tekst bij ✓ of ✗', maxLength: textLimits.label, value: state.label, rows: 2, error: errors.label })}
<p class="utrecht-paragraph"><strong>Wanneer voldaan:</strong> ${requirement ? conditionText(requirement.test) : ''}</p>
<p class="utrecht-form-field-description">De toets zelf verandert u niet in dit formulier.</p>
${sourceFields(state, errors)}`;
  },
  fieldOf: (path, { key }) => {
    const prefix = `requirements.${key}.`;
    if (!path.startsWith(prefix)) return undefined;
    return sourceFieldOf(path.slice(prefix.length).split('.')) ?? 'label';
  },
};

type ContactState = { name: string; text: string } & Record<ContactRouteKind, string> & SourceState;

const routeHints: Record<ContactRouteKind, string> = {
  website: 'Begint met https://',
  email: 'Bijvoorbeeld info@voorbeeld.nl',
  phone: 'Bijvoorbeeld 050 123 45 67',
  address: 'Straat en huisnummer, postcode en plaats',
};

/** The routes of a contact in the form's fixed order, one per kind; empty fields are left out. */
function routesOf(state: ContactState): ContactRoute[] {
  return contactRouteKinds
    .map((kind) => ({ kind, value: state[kind].trim() }))
    .filter((route) => route.value !== '') as ContactRoute[];
}

export const contactEditor: Editor<ContactState> = {
  part: 'contact',
  keyed: true,
  heading: ({ model, key }) => {
    const name = model.tree.contacts.find((contact) => contact.id === key)?.name;
    return name?.trim() ? `Contact wijzigen: ${quoted(name)}` : 'Contact wijzigen';
  },
  read: ({ model, key }) => {
    const contact = model.tree.contacts.find((candidate) => candidate.id === key);
    if (!contact) return undefined;
    const route = (kind: ContactRouteKind) =>
      contact.routes.find((candidate) => candidate.kind === kind)?.value ?? '';
    return {
      name: contact.name,
      text: contact.text,
      website: route('website'),
      email: route('email'),
      phone: route('phone'),
      address: route('address'),
      ...readSource(contact.source),
    };
  },
  parse: (form) => ({
    name: form.get('name'),
    text: form.get('text'),
    website: form.get('website').trim(),
    email: form.get('email').trim(),
    phone: form.get('phone').trim(),
    address: form.get('address').trim(),
    ...parseSource(form),
  }),
  apply({ model, key }, state) {
    const errors = sourceErrors(state);
    if (Object.keys(errors).length > 0) return { errors };
    const next = copyModel(model);
    next.tree.contacts = next.tree.contacts.map((contact) =>
      contact.id === key
        ? withSource(
            { ...contact, name: state.name, text: state.text, routes: routesOf(state) },
            appliedSource(contact.source, state),
          )
        : contact,
    );
    return { model: next };
  },
  fields: (
    state,
    { target, errors },
  ) => html`${textField({ name: 'name', label: 'Naam', maxLength: textLimits.label, value: state.name, error: errors.name })}
${textArea({ name: 'text', placeholders: placeholderList(target.model.tree), label: 'Wat doen zij voor u?', maxLength: textLimits.help, value: state.text, rows: 5, hint: `${markdownHint} Zet een website, e-mailadres, telefoonnummer of adres niet in deze tekst, maar hieronder.`, error: errors.text })}
${contactRouteKinds.map((kind) => textField({ name: kind, label: `${contactRouteLabels[kind]} (mag leeg)`, value: state[kind], maxLength: kind === 'address' ? textLimits.short : undefined, hint: routeHints[kind], error: errors[kind] }))}
${sourceFields(state, errors)}`,
  fieldOf: (path, { key }, state) => {
    const prefix = `contacts.${key}.`;
    if (path.startsWith(prefix)) {
      const field = sourceFieldOf(path.slice(prefix.length).split('.'));
      if (field) return field;
    }
    const route = new RegExp(`^contacts\\.${key}\\.routes\\.(\\d+)`).exec(path);
    if (route) return routesOf(state)[Number(route[1])]?.kind ?? 'website';
    return fieldIn(path, `contacts.${key}.`, ['name', 'text']);
  },
};
