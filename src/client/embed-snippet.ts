// /embed.js, the one line a partner puts in a page:
//   <script src="https://…/embed.js" data-boom="hulpverlening" async></script>
// It puts the walk in an iframe right after itself and sets the frame's height
// whenever the walk reports it, so the frame never scrolls inside. Only
// messages from our own origin and from this very frame count.

interface HeightMessage {
  type: 'woonkansboom:height';
  height: number;
}

function isHeightMessage(data: unknown): data is HeightMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<HeightMessage>;
  return (
    message.type === 'woonkansboom:height' &&
    typeof message.height === 'number' &&
    Number.isFinite(message.height) &&
    message.height > 0
  );
}

function embed(script: HTMLScriptElement): void {
  const src = new URL(script.src);
  const origin = src.origin;
  // A region's snippet (/westerkwartier/embed.js) embeds that region's walk.
  const region = /^\/([a-z][a-z0-9-]{1,39})\/embed\.js$/.exec(src.pathname)?.[1];
  const tree = script.dataset.boom ?? 'hulpverlening';
  if (!/^[a-z][a-z0-9_-]*$/.test(tree)) return;
  // Answers to fill in already, as in a deep link: data-antwoorden="ontruimd=ja".
  const query = script.dataset.antwoorden ?? '';
  const frame = document.createElement('iframe');
  frame.src = `${origin}/embed/${region ? `${region}/` : ''}boom/${tree}${query ? `?${query.replace(/^\?/, '')}` : ''}`;
  frame.title = script.dataset.titel ?? 'Woonkansboom van Bureau Woonkans';
  frame.width = '100%';
  frame.height = '640';
  frame.style.border = '0';
  frame.style.width = '100%';
  frame.style.display = 'block';
  script.after(frame);

  window.addEventListener('message', (event) => {
    if (event.origin !== origin || event.source !== frame.contentWindow) return;
    if (!isHeightMessage(event.data)) return;
    frame.height = String(Math.ceil(event.data.height));
    frame.style.height = `${Math.ceil(event.data.height)}px`;
  });
}

const current = document.currentScript;
if (current instanceof HTMLScriptElement) embed(current);
