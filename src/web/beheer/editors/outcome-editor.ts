// An outcome: verdict, title, explanation and next steps (Markdown, shown
// rendered after saving), the requirements shown with ✓/✗, the trajectory,
// contacts and links.
import {
  type Outcome,
  type Tone,
  textLimits,
  tones,
  type Verdict,
  verdicts,
} from '../../../core/tree/tree.ts';
import { renderMarkdown } from '../../../render/markdown.ts';
import { html, raw } from '../../../views/html.ts';
import { toneLabels, verdictLabel } from '../../../views/verdict.ts';
import { copyModel } from '../draft-model.ts';
import type { Applied, Editor, EditTarget } from '../editor.ts';
import {
  checkbox,
  checkboxGroup,
  fieldGroup,
  selectField,
  textArea,
  textField,
} from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { quoted } from '../problem-place.ts';
import { referencesSection } from '../tree-references.ts';
import { removeNode } from './node-parts.ts';
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

interface LinkState {
  label: string;
  href: string;
  remove: boolean;
  isNew: boolean;
}

interface OutcomeState extends SourceState {
  verdict: string;
  badge: string;
  tone: string;
  title: string;
  explanation: string;
  nextSteps: string;
  requirements: string[];
  trajectory: string;
  contacts: string[];
  links: LinkState[];
}

const blankLink: LinkState = { label: '', href: '', remove: false, isNew: true };
const markdownHint =
  'Markdown: **vet**, een lege regel voor een nieuwe alinea, "1." of "-" voor een lijst. {{naam}} vult een datum of parameter in.';

function outcomeOf({ model, key }: EditTarget): Outcome | undefined {
  return model.tree.outcomes.find((outcome) => outcome.id === key);
}

function isBlankLink(link: LinkState): boolean {
  return link.isNew && !link.label && !link.href;
}

export const outcomeEditor: Editor<OutcomeState> = {
  part: 'uitkomst',
  keyed: true,
  heading: (target) => {
    const title = outcomeOf(target)?.title.trim();
    return title ? `Uitkomst wijzigen: ${quoted(title)}` : 'Uitkomst wijzigen';
  },
  read(target) {
    const outcome = outcomeOf(target);
    return (
      outcome && {
        verdict: outcome.verdict,
        badge: outcome.badge ?? '',
        tone: outcome.tone ?? '',
        title: outcome.title,
        explanation: outcome.explanation,
        nextSteps: outcome.nextSteps,
        requirements: outcome.requirements,
        trajectory: outcome.trajectory ?? '',
        contacts: outcome.contacts,
        links: [
          ...outcome.links.map((link) => ({ ...link, remove: false, isNew: false })),
          blankLink,
        ],
        ...readSource(outcome.source),
      }
    );
  },
  parse(form) {
    const count = Math.min(Number(form.get('links')) || 0, 50);
    return {
      verdict: form.get('verdict'),
      badge: form.get('badge').trim(),
      tone: form.get('tone'),
      title: form.get('title'),
      explanation: form.get('explanation'),
      nextSteps: form.get('nextSteps'),
      requirements: form.all('requirements'),
      trajectory: form.get('trajectory'),
      contacts: form.all('contacts'),
      links: Array.from({ length: count }, (_, index) => ({
        label: form.get(`l${index + 1}.label`),
        href: form.get(`l${index + 1}.href`).trim(),
        remove: form.has(`l${index + 1}.remove`),
        isNew: form.get(`l${index + 1}.new`) === '1',
      })),
      ...parseSource(form),
    };
  },
  apply(target, state): Applied {
    const current = outcomeOf(target);
    if (!(verdicts as readonly string[]).includes(state.verdict)) {
      return { errors: { verdict: 'Kies een oordeel.' } };
    }
    if (state.tone !== '' && !(tones as readonly string[]).includes(state.tone)) {
      return { errors: { tone: 'Kies een kleur, of "zoals het oordeel".' } };
    }
    const errors = sourceErrors(state);
    if (Object.keys(errors).length > 0) return { errors };
    const model = copyModel(target.model);
    const index = model.tree.outcomes.findIndex((outcome) => outcome.id === target.key);
    // Parts this form does not show (continuations) stay as they are.
    const { badge: _badge, tone: _tone, trajectory: _trajectory, ...kept } = current ?? {};
    model.tree.outcomes[index] = withSource(
      {
        ...kept,
        id: target.key,
        verdict: state.verdict as Verdict,
        ...(state.badge ? { badge: state.badge } : {}),
        ...(state.tone ? { tone: state.tone as Tone } : {}),
        title: state.title,
        explanation: state.explanation,
        nextSteps: state.nextSteps,
        requirements: state.requirements,
        ...(state.trajectory ? { trajectory: state.trajectory } : {}),
        links: state.links
          .filter((link) => !link.remove && !isBlankLink(link))
          .map((link) => ({ label: link.label, href: link.href })),
        continueWith: current?.continueWith ?? [],
        contacts: state.contacts,
      },
      appliedSource(current?.source, state),
    );
    return { model };
  },
  fields(state, { target, errors }) {
    const names = placeholderList(target.model.tree);
    const tree = target.model.tree;
    const continueWith = outcomeOf(target)?.continueWith ?? [];
    return html`${selectField({ name: 'verdict', label: 'Oordeel', value: state.verdict, choices: verdicts.map((verdict) => ({ value: verdict, label: verdictLabel(verdict) })), error: errors.verdict })}
${textField({ name: 'badge', placeholders: names, maxLength: textLimits.label, label: 'Tekst op het label (mag leeg)', value: state.badge, hint: `Bijvoorbeeld "Informeer de huurder". Leeg: "${verdictLabel(state.verdict as Verdict) ?? ''}".`, error: errors.badge })}
${selectField({ name: 'tone', label: 'Kleur van het label', value: state.tone, choices: [{ value: '', label: 'Zoals het oordeel' }, ...tones.map((tone) => ({ value: tone, label: toneLabels[tone] }))], error: errors.tone })}
${textField({ name: 'title', placeholders: names, label: 'Titel', maxLength: textLimits.label, value: state.title, error: errors.title })}
${textArea({ name: 'explanation', placeholders: names, maxLength: textLimits.long, label: 'Uitleg', value: state.explanation, rows: 6, hint: markdownHint, error: errors.explanation })}
${textArea({ name: 'nextSteps', placeholders: names, maxLength: textLimits.long, label: 'Wat kunt u nu doen?', value: state.nextSteps, rows: 10, hint: markdownHint, error: errors.nextSteps })}
${checkboxGroup({ name: 'requirements', legend: 'Voorwaarden die de uitkomst toont met ✓ of ✗', choices: tree.requirements.map((requirement) => ({ value: requirement.id, label: requirement.label })), checked: state.requirements, error: errors.requirements })}
${selectField({ name: 'trajectory', label: 'Traject (stappen na de aanmelding)', value: state.trajectory, choices: [{ value: '', label: '— geen traject —' }, ...tree.trajectories.map((trajectory) => ({ value: trajectory.id, label: trajectory.title }))], error: errors.trajectory })}
${checkboxGroup({ name: 'contacts', legend: 'Contacten', choices: tree.contacts.map((contact) => ({ value: contact.id, label: contact.name })), checked: state.contacts, error: errors.contacts })}
<h2 class="utrecht-heading-2">Links</h2>
<input type="hidden" name="links" value="${String(state.links.length)}">
${state.links.map((link, index) => {
  const at = `l${index + 1}`;
  return fieldGroup(
    link.isNew ? 'Nieuwe link (laat leeg als u geen link toevoegt)' : `Link ${index + 1}`,
    html`<input type="hidden" name="${at}.new" value="${link.isNew ? '1' : '0'}">
${textField({ name: `${at}.label`, placeholders: names, maxLength: textLimits.label, label: 'Tekst van de link', value: link.label, error: errors[`${at}.label`] })}
${textField({ name: `${at}.href`, label: 'Adres', value: link.href, hint: 'Een pad op deze site, zoals /trajecten/wonenplus, of een adres dat met https:// begint.', error: errors[`${at}.href`] })}
${link.isNew ? '' : checkbox({ name: `${at}.remove`, label: 'Deze link verwijderen', checked: link.remove })}`,
    at,
  );
})}
${continueWith.length > 0 ? html`<p class="utrecht-paragraph">Verder in een boom (niet te wijzigen in dit formulier): ${continueWith.map((link) => `${link.label} (${link.tree}${link.start ? `, vanaf ${link.start}` : ''})`).join('; ')}.</p>` : ''}
<h2 class="utrecht-heading-2">Bron</h2>
${sourceFields(state, errors)}`;
  },
  fieldOf(path, target, state) {
    const [list, id, field, index, linkField] = path.split('.');
    if (list !== 'outcomes' || id !== target.key) return undefined;
    const source = sourceFieldOf(path.split('.').slice(2));
    if (source) return source;
    if (field === 'links') {
      const kept = state.links.filter((link) => !link.remove && !isBlankLink(link));
      const row = state.links.indexOf(kept[Number(index)] as LinkState);
      return `l${row === -1 ? 1 : row + 1}.${linkField === 'href' ? 'href' : 'label'}`;
    }
    const known = [
      'verdict',
      'badge',
      'tone',
      'title',
      'explanation',
      'nextSteps',
      'requirements',
      'trajectory',
      'contacts',
    ];
    return known.includes(field ?? '') ? field : 'title';
  },
  aside(target) {
    const outcome = outcomeOf(target);
    if (!outcome) return '';
    return html`<section class="wkb-markdown-preview" aria-labelledby="voorbeeld-tekst">
<h2 class="utrecht-heading-2" id="voorbeeld-tekst">Zo ziet de opgeslagen tekst eruit</h2>
<p class="utrecht-form-field-description">Namen tussen {{ }} worden in de wandeling ingevuld.</p>
<h3 class="utrecht-heading-3">Uitleg</h3>
<div class="wkb-rich">${raw(renderMarkdown(outcome.explanation))}</div>
<h3 class="utrecht-heading-3">Wat kunt u nu doen?</h3>
<div class="wkb-rich">${raw(renderMarkdown(outcome.nextSteps))}</div>
</section>
${referencesSection(target, 'deze uitkomst')}`;
  },
  remove: (target) => removeNode(target),
};
