/**
 * The exercise page's briefing: a side panel that stays open on a wide screen, a collapsed
 * toggle above the chat on a phone. Without JavaScript it is a plain <details> the trainee opens.
 */
const wide = window.matchMedia('(min-width: 64rem)');

function sync(): void {
  for (const panel of document.querySelectorAll<HTMLDetailsElement>('details[data-briefing]')) panel.open = wide.matches;
}

sync();
wide.addEventListener('change', sync);
