// Runs inside the embedded walk (/embed/boom/…): tells the partner page how
// tall the walk is, so the iframe grows and shrinks with it and never scrolls
// inside, and keeps links that leave the walk out of the small frame.
// The height is no secret, so any parent may read it ('*').

const main = document.querySelector<HTMLElement>('main[data-walk-base]');
const basePath = main?.dataset.walkBase ?? '/embed/';
const fullSize = document.querySelector<HTMLAnchorElement>('a[data-embed-full]');

let reported = -1;

function report(): void {
  const height = Math.ceil(document.body.getBoundingClientRect().height);
  // The full-size link follows the walk, also after a step in the browser.
  if (fullSize) fullSize.href = `${location.pathname.replace(/^\/embed/, '')}${location.search}`;
  if (height === reported) return;
  reported = height;
  window.parent.postMessage({ type: 'woonkansboom:height', height }, '*');
}

new ResizeObserver(report).observe(document.body);
window.addEventListener('load', report);
window.addEventListener('popstate', report);

// Server-rendered pages mark these links already; steps rendered in the browser do not.
document.addEventListener(
  'click',
  (event) => {
    const link = (event.target as Element | null)?.closest?.('a[href]');
    if (!(link instanceof HTMLAnchorElement) || link.target) return;
    const url = new URL(link.href, location.href);
    const insideWalk = url.origin === location.origin && url.pathname.startsWith(basePath);
    if (insideWalk || (url.hash && url.pathname === location.pathname)) return;
    link.target = '_blank';
    link.rel = 'noopener';
  },
  true,
);

report();
