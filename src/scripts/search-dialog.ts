/**
 * The search dialog, loaded on first open (search-launcher.ts). A modal <dialog> (focus stays
 * inside, Esc closes) holding a combobox input and a listbox of results; the index is fetched the
 * first time and kept for the page's life. Indexed text is only ever put into the page as text
 * nodes and <mark> elements.
 */
import { t } from '../i18n/ui.ts';
import type { SerializedSearchIndex } from '../search/format.ts';
import { loadSearchIndex, search, suggestTerms, type SearchHit, type SearchIndex, type SnippetPart } from '../search/query.ts';
import './search-dialog.css';

const INDEX_URL = `${import.meta.env.BASE_URL}search-index.json`;
const LIMIT = 10;

let loading: Promise<SearchIndex> | undefined;

function loadIndex(): Promise<SearchIndex> {
  loading ??= fetch(INDEX_URL)
    .then((response) => {
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return response.json() as Promise<SerializedSearchIndex>;
    })
    .then(loadSearchIndex)
    .catch((error: unknown) => {
      loading = undefined; // the next attempt fetches again
      throw error;
    });
  return loading;
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (text !== undefined) el.textContent = text;
  return el;
}

function snippetNodes(parts: readonly SnippetPart[]): Node[] {
  return parts.map((p) => (p.mark ? element('mark', {}, p.text) : document.createTextNode(p.text)));
}

interface Dialog {
  dialog: HTMLDialogElement;
  input: HTMLInputElement;
  status: HTMLElement;
  list: HTMLUListElement;
  related: HTMLElement;
  relatedList: HTMLUListElement;
}

function createDialog(): Dialog {
  const dialog = element('dialog', { class: 'search-dialog', 'aria-labelledby': 'search-title' });
  const panel = element('div', { class: 'search-panel' });
  const head = element('div', { class: 'search-head' });
  const title = element('h2', { id: 'search-title' }, t('search.title'));
  const input = element('input', {
    id: 'search-input',
    type: 'text',
    role: 'combobox',
    'aria-labelledby': 'search-title',
    'aria-expanded': 'false',
    'aria-controls': 'search-results',
    'aria-autocomplete': 'list',
    'aria-describedby': 'search-hint',
    autocomplete: 'off',
    autocapitalize: 'off',
    spellcheck: 'false',
    enterkeyhint: 'search',
    placeholder: t('search.placeholder'),
  });
  const close = element('button', { type: 'button', class: 'button secondary small search-close' }, t('search.close'));
  head.append(title, close);

  const status = element('p', { class: 'search-status', role: 'status' });
  const list = element('ul', { id: 'search-results', role: 'listbox', 'aria-label': t('search.results'), class: 'search-results' });
  const related = element('div', { class: 'search-related' });
  related.hidden = true;
  const relatedList = element('ul');
  related.append(element('p', {}, t('search.related')), relatedList);
  const hint = element('p', { id: 'search-hint', class: 'search-hint' }, t('search.hint'));

  panel.append(head, input, status, list, related, hint);
  dialog.append(panel);
  document.body.append(dialog);
  close.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the panel) closes, as Esc does.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  return { dialog, input, status, list, related, relatedList };
}

let ui: Dialog | undefined;
let hits: SearchHit[] = [];
let active = -1;
let returnFocus: HTMLElement | null = null;

function setActive(ui: Dialog, index: number): void {
  active = index;
  ui.list.querySelectorAll<HTMLElement>('[role="option"]').forEach((option, i) => {
    option.setAttribute('aria-selected', String(i === index));
    if (i === index) option.scrollIntoView({ block: 'nearest' });
  });
  if (index >= 0) ui.input.setAttribute('aria-activedescendant', `search-option-${index}`);
  else ui.input.removeAttribute('aria-activedescendant');
}

function go(ui: Dialog, hit: SearchHit | undefined): void {
  if (!hit?.url) return;
  returnFocus = null; // the reader is leaving for the result, not returning to the button
  ui.dialog.close();
  window.location.assign(hit.url);
}

function renderHits(ui: Dialog, query: string, index: SearchIndex): void {
  hits = query.trim() ? search(index, query, { limit: LIMIT }) : [];
  ui.list.replaceChildren(
    ...hits.map((hit, i) => {
      const option = element('li', { role: 'option', id: `search-option-${i}`, 'aria-selected': 'false', class: 'search-hit' });
      const where = [hit.module, hit.page].filter(Boolean).join(' · ');
      const head = element('span', { class: 'search-hit-head' });
      head.append(element('span', { class: 'search-hit-title' }, hit.title));
      if (hit.kind) head.append(element('span', { class: 'search-hit-kind' }, t(`search.kind.${hit.kind}`)));
      option.append(head);
      if (where) option.append(element('span', { class: 'search-hit-where' }, where));
      if (hit.snippet.length > 0) {
        const snippet = element('span', { class: 'search-hit-snippet' });
        snippet.append(...snippetNodes(hit.snippet));
        option.append(snippet);
      }
      option.addEventListener('click', () => go(ui, hit));
      option.addEventListener('mousemove', () => {
        if (active !== i) setActive(ui, i);
      });
      return option;
    }),
  );
  setActive(ui, -1);
  ui.input.setAttribute('aria-expanded', String(hits.length > 0));

  const empty = query.trim() !== '' && hits.length === 0;
  ui.status.textContent = !query.trim() ? '' : empty ? t('search.none', { query: query.trim() }) : t('search.count', { count: hits.length });
  ui.related.hidden = !empty;
  ui.relatedList.replaceChildren(
    ...(empty ? suggestTerms(index, query) : []).map((s) => {
      const li = element('li');
      li.append(element('a', { href: s.url }, s.term));
      return li;
    }),
  );
}

async function update(ui: Dialog): Promise<void> {
  const query = ui.input.value;
  if (!loading) ui.status.textContent = t('search.loading');
  try {
    const index = await loadIndex();
    if (ui.input.value === query) renderHits(ui, query, index);
  } catch {
    ui.status.replaceChildren(document.createTextNode(`${t('search.failed')} `));
    const retry = element('button', { type: 'button', class: 'button small' }, t('search.retry'));
    retry.addEventListener('click', () => {
      void update(ui);
      ui.input.focus();
    });
    ui.status.append(retry);
  }
}

function wire(ui: Dialog): void {
  ui.input.addEventListener('input', (event) => {
    if (!(event as InputEvent).isComposing) void update(ui); // pinyin still being composed is not a query
  });
  ui.input.addEventListener('compositionend', () => void update(ui));
  ui.input.addEventListener('keydown', (event) => {
    if (event.isComposing) return;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive(ui, active < 0 ? (step > 0 ? 0 : hits.length - 1) : (active + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      event.preventDefault();
      go(ui, hits[Math.max(active, 0)]);
    }
  });
  // Tab and Shift+Tab cycle through the dialog's controls: a modal dialog would otherwise hand the
  // focus to the browser's own toolbar after its last control.
  ui.dialog.addEventListener('keydown', (event) => {
    if (event.key !== 'Tab') return;
    const controls = [...ui.dialog.querySelectorAll<HTMLElement>('button, input, a[href]')].filter((el) => el.getClientRects().length > 0);
    const first = controls[0];
    const last = controls[controls.length - 1];
    if (event.shiftKey && document.activeElement === first) {
      event.preventDefault();
      last?.focus();
    } else if (!event.shiftKey && document.activeElement === last) {
      event.preventDefault();
      first?.focus();
    }
  });
  ui.dialog.addEventListener('close', () => {
    returnFocus?.focus();
    returnFocus = null;
  });
}

/** Opens the dialog (creating it the first time); `from` gets the focus back when it closes. */
export function openSearchDialog(from: HTMLElement | null): void {
  if (!ui) {
    ui = createDialog();
    wire(ui);
  }
  if (ui.dialog.open) return;
  returnFocus = from;
  ui.dialog.showModal();
  ui.input.focus();
  ui.input.select();
  void update(ui);
}
