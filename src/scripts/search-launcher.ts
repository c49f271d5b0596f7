/**
 * On every page: the header's search button and the `/`, Ctrl+K and ⌘K shortcuts. This is all the
 * JavaScript search costs a page until the reader opens it; the dialog, lunr and the index are
 * loaded then (search-dialog.ts).
 */
import { isSearchShortcut } from './search-keys.ts';

async function openSearch(): Promise<void> {
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const { openSearchDialog } = await import('./search-dialog.ts');
  openSearchDialog(returnFocus);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-search-open]')) {
  button.addEventListener('click', () => void openSearch());
}

document.addEventListener('keydown', (event) => {
  if (document.querySelector('dialog.search-dialog[open]')) return;
  const { key, ctrlKey, metaKey, altKey, isComposing } = event;
  const target = event.target instanceof HTMLElement ? event.target : null;
  if (!isSearchShortcut({ key, ctrlKey, metaKey, altKey, isComposing, target })) return;
  event.preventDefault();
  void openSearch();
});
