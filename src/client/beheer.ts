// The beheer pages' and the questionnaire's small help where JavaScript runs
// (every page works without it): beside every text field with a limit, how
// many characters are left, updated while typing; and a closed section of the
// draft page opens when a link points into it.

const dutch = new Intl.NumberFormat('nl-NL');

function leftText(left: number, limit: number): string {
  if (left <= 0) return `U heeft het maximum van ${dutch.format(limit)} tekens bereikt.`;
  return `Nog ${dutch.format(left)} ${left === 1 ? 'teken' : 'tekens'} over (van de ${dutch.format(limit)}).`;
}

/**
 * A visible count under the field, part of its description; and, for screen
 * readers, the same words announced once typing pauses (not on every key).
 */
function countCharacters(field: HTMLInputElement | HTMLTextAreaElement): void {
  const limit = field.maxLength;
  if (limit <= 0 || !field.id) return;
  const count = document.createElement('p');
  count.className = 'utrecht-form-field-description wkb-character-count';
  count.id = `${field.id}-teller`;
  const status = document.createElement('p');
  status.className = 'wkb-visually-hidden';
  status.setAttribute('aria-live', 'polite');
  field.after(count, status);
  const described = field.getAttribute('aria-describedby');
  field.setAttribute('aria-describedby', described ? `${described} ${count.id}` : count.id);
  let pause: ReturnType<typeof setTimeout> | undefined;
  const update = (announce: boolean) => {
    const left = limit - field.value.length;
    count.textContent = leftText(left, limit);
    count.classList.toggle('wkb-character-count--near', left <= limit / 10);
    clearTimeout(pause);
    if (!announce) return;
    pause = setTimeout(() => {
      status.textContent = count.textContent;
    }, 1000);
  };
  field.addEventListener('input', () => update(true));
  update(false);
}

for (const field of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>(
  'textarea[maxlength], input[maxlength]',
)) {
  countCharacters(field);
}

/** Opens the closed <details> around the element the address points at, and shows it. */
function openLinkedSection(): void {
  const id = decodeURIComponent(location.hash.slice(1));
  const target = id ? document.getElementById(id) : null;
  const section = target?.closest('details');
  if (!target || !section || section.open) return;
  section.open = true;
  target.scrollIntoView();
}

openLinkedSection();
window.addEventListener('hashchange', openLinkedSection);
