/**
 * /practice/: filters the scenario list by role and difficulty, and shows the trainee's best
 * result of each scenario from browser storage. The list itself is plain HTML that works without it.
 */
import { t } from '../i18n/practice.ts';
import { bestBySlug } from '../lib/attempt-list.ts';
import { loadAttempts } from '../storage/attempt-store.ts';

function showBest(): void {
  const { attempts, problem } = loadAttempts();
  const best = bestBySlug(attempts);
  const counts = new Map<string, number>();
  for (const a of attempts) counts.set(a.result.scenario.slug, (counts.get(a.result.scenario.slug) ?? 0) + 1);
  for (const el of document.querySelectorAll<HTMLElement>('[data-best-for]')) {
    const slug = el.dataset.bestFor ?? '';
    const attempt = best.get(slug);
    el.replaceChildren();
    if (!attempt) {
      el.textContent = problem === 'unavailable' ? t('list.storage') : t('list.never');
      continue;
    }
    const { result } = attempt;
    el.append(
      t('list.best', {
        total: result.total,
        verdict: result.passed ? t('list.passed') : t('list.failed'),
        grade: result.grade ? `（${result.grade}）` : '',
        count: counts.get(slug) ?? 1,
      }),
      ' ',
    );
    const link = document.createElement('a');
    link.href = `/practice/report/?id=${encodeURIComponent(attempt.id)}`;
    link.textContent = t('list.bestReport');
    el.append(link);
  }
}

function wireFilters(): void {
  const form = document.querySelector<HTMLFormElement>('[data-filters]');
  const status = document.querySelector<HTMLElement>('[data-filter-count]');
  if (!form || !status) return;
  const cards = [...document.querySelectorAll<HTMLElement>('.scenario-list > li')];
  const apply = (): void => {
    const data = new FormData(form);
    const role = String(data.get('role') ?? '');
    const difficulty = String(data.get('difficulty') ?? '');
    let shown = 0;
    for (const card of cards) {
      const match = (!role || card.dataset.role === role) && (!difficulty || card.dataset.difficulty === difficulty);
      card.hidden = !match;
      if (match) shown++;
    }
    status.textContent = shown === 0 ? (status.dataset.none ?? '') : (status.dataset.template ?? '').replace('{shown}', String(shown)).replace('{total}', String(cards.length));
  };
  form.hidden = false;
  form.addEventListener('change', apply);
  form.addEventListener('submit', (e) => e.preventDefault());
  apply();
}

wireFilters();
showBest();
window.addEventListener('storage', showBest);
