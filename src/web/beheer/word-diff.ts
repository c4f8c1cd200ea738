// One text changed into another, word by word: the words that stayed as they
// were, the removed ones in <del> and the added ones in <ins>. Most screen
// readers say nothing about <del> and <ins>, so each also says in words what
// it is ("verwijderd: …", "toegevoegd: …"), visually hidden.
import { diffWords } from 'diff';
import { html, type SafeHtml } from '../../views/html.ts';

function marked(kind: 'ins' | 'del', value: string): SafeHtml {
  const said = kind === 'ins' ? 'toegevoegd' : 'verwijderd';
  const text = html`<span class="wkb-visually-hidden">(${said}: </span>${value}<span class="wkb-visually-hidden">)</span>`;
  return kind === 'ins' ? html`<ins>${text}</ins>` : html`<del>${text}</del>`;
}

export function wordDiff(old: string, now: string): SafeHtml {
  return html`${diffWords(old, now).map((part) =>
    part.added ? marked('ins', part.value) : part.removed ? marked('del', part.value) : part.value,
  )}`;
}
