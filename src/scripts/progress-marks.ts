/**
 * Vanilla (no framework) progress wiring for every page: completion marks in lists and the
 * sidebar, module progress bars, the lesson's "mark as complete" button and storage notices.
 */
import { t, type UiKey } from '../i18n/ui.ts';
import { createProgressStore, setLessonComplete } from '../storage/progress-store.ts';
import type { StoreProblem } from '../storage/versioned-store.ts';

const store = createProgressStore();

export function showStorageProblem(problem: StoreProblem | undefined): void {
  const notice = document.getElementById('storage-notice');
  if (!notice) return;
  if (!problem) {
    notice.hidden = true;
    return;
  }
  notice.textContent = t(`storage.${problem}` as UiKey);
  notice.hidden = false;
}

function render(): void {
  const { value, problem } = store.load();
  const done = (id: string | undefined): boolean => Boolean(id && value.lessons[id]?.completedAt);

  for (const el of document.querySelectorAll<HTMLElement>('[data-mark-lesson]')) {
    el.dataset.done = String(done(el.dataset.markLesson));
  }
  for (const el of document.querySelectorAll<HTMLElement>('[data-module-lessons]')) {
    const ids = (el.dataset.moduleLessons ?? '').split(',').filter(Boolean);
    const count = ids.filter(done).length;
    const label = el.querySelector<HTMLElement>('[data-count]');
    if (label) label.textContent = t('module.progress', { done: count, total: ids.length });
    const bar = el.querySelector<HTMLElement>('.progress-bar > span');
    if (bar) bar.style.width = `${ids.length ? (100 * count) / ids.length : 0}%`;
    const meter = el.querySelector<HTMLElement>('[role="progressbar"]');
    meter?.setAttribute('aria-valuenow', String(count));
  }
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-complete-button]')) {
    const complete = done(button.dataset.completeButton);
    button.setAttribute('aria-pressed', String(complete));
    button.textContent = complete ? t('lesson.completed') : t('lesson.markComplete');
  }
  showStorageProblem(problem);
}

document.addEventListener('click', (event) => {
  const button = (event.target as Element | null)?.closest<HTMLButtonElement>('[data-complete-button]');
  const id = button?.dataset.completeButton;
  if (!button || !id) return;
  const complete = button.getAttribute('aria-pressed') !== 'true';
  const { result } = store.update((p) => setLessonComplete(p, id, complete, new Date()));
  render();
  if (!result.ok) showStorageProblem(result.problem);
});

// Another tab, or an island on this page, changed the progress.
window.addEventListener('storage', render);
window.addEventListener('kefu:progress', render);
render();
