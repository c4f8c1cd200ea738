// The tenant handout ("Uw tweede kans"): title, on which outcomes it is
// offered, the deadline texts and the body (Markdown with {{placeholders}}).
import { textLimits } from '../../../core/tree/tree.ts';
import { html } from '../../../views/html.ts';
import { copyModel } from '../draft-model.ts';
import type { Editor } from '../editor.ts';
import { checkboxGroup, textArea, textField } from '../form-fields.ts';
import { placeholderList } from '../placeholder-list.ts';
import { optionalText } from './node-parts.ts';

interface HandoutState {
  title: string;
  offerOn: string[];
  deadline: string;
  noDeadline: string;
  body: string;
}

const fields = ['title', 'offerOn', 'deadline', 'noDeadline', 'body'];

export const handoutEditor: Editor<HandoutState> = {
  part: 'folder',
  keyed: false,
  heading: () => 'Folder voor de huurder wijzigen',
  read: ({ model }) => {
    const handout = model.tree.handout;
    return (
      handout && {
        title: handout.title,
        offerOn: handout.offerOn,
        deadline: handout.deadline ?? '',
        noDeadline: handout.noDeadline ?? '',
        body: handout.body,
      }
    );
  },
  parse: (form) => ({
    title: form.get('title'),
    offerOn: form.all('offerOn'),
    deadline: form.get('deadline'),
    noDeadline: form.get('noDeadline'),
    body: form.get('body'),
  }),
  apply({ model }, state) {
    const next = copyModel(model);
    next.tree.handout = {
      title: state.title,
      offerOn: state.offerOn,
      ...optionalText('deadline', state.deadline),
      ...optionalText('noDeadline', state.noDeadline),
      body: state.body,
    };
    return { model: next };
  },
  fields: (
    state,
    { target, errors },
  ) => html`${textField({ name: 'title', placeholders: placeholderList(target.model.tree), label: 'Titel', maxLength: textLimits.label, value: state.title, error: errors.title })}
${checkboxGroup({ name: 'offerOn', legend: 'Aangeboden bij deze uitkomsten', choices: target.model.tree.outcomes.map((outcome) => ({ value: outcome.id, label: `${outcome.id} – ${outcome.title}` })), checked: state.offerOn, error: errors.offerOn })}
${textArea({ name: 'deadline', placeholders: placeholderList(target.model.tree), maxLength: textLimits.help, label: 'Tekst over de termijn (als de datums bekend zijn; mag leeg)', value: state.deadline, rows: 3, error: errors.deadline })}
${textArea({ name: 'noDeadline', placeholders: placeholderList(target.model.tree), maxLength: textLimits.help, label: 'Tekst als de datums niet bekend zijn (mag leeg)', value: state.noDeadline, rows: 3, error: errors.noDeadline })}
${textArea({ name: 'body', placeholders: placeholderList(target.model.tree), label: 'Tekst van de folder', maxLength: textLimits.body, value: state.body, rows: 14, hint: 'Markdown. {{naam}} vult een datum of parameter in. Schrijf eenvoudig (taalniveau B1).', error: errors.body })}`,
  fieldOf(path) {
    const [list, field] = path.split('.');
    if (list !== 'handout') return undefined;
    return fields.includes(field ?? '') ? field : 'title';
  },
};
