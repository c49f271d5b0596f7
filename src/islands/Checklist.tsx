import { useEffect, useId, useState } from 'react';
import { t, type UiKey } from '../i18n/ui.ts';
import { announceProgressChange, createProgressStore, setChecklist } from '../storage/progress-store.ts';

interface Props {
  checklistKey: string;
  title: string;
  items: string[];
}

export default function Checklist({ checklistKey, title, items }: Props) {
  const [ticked, setTicked] = useState<string[]>([]);
  const [problem, setProblem] = useState<string>('');
  // A tick before the island hydrates would not be saved: the boxes wait for hydration.
  const [hydrated, setHydrated] = useState(false);
  const baseId = useId();

  useEffect(() => {
    setHydrated(true);
    const saved = createProgressStore().load().value.checklists[checklistKey];
    if (saved) setTicked(saved.ticked.filter((item) => items.includes(item)));
  }, [checklistKey, items]);

  function toggle(item: string, checked: boolean) {
    const next = checked ? [...ticked, item] : ticked.filter((i) => i !== item);
    setTicked(next);
    const { result } = createProgressStore().update((p) => setChecklist(p, checklistKey, next, new Date()));
    announceProgressChange();
    setProblem(result.ok ? '' : t(`storage.${result.problem}` as UiKey));
  }

  const done = items.filter((i) => ticked.includes(i)).length;
  return (
    <section className="checklist" aria-labelledby={`${baseId}-title`}>
      <p id={`${baseId}-title`} className="checklist-title">
        {title}
      </p>
      <ul>
        {items.map((item, i) => (
          <li key={item}>
            <input
              id={`${baseId}-${i}`}
              type="checkbox"
              checked={ticked.includes(item)}
              disabled={!hydrated}
              onChange={(e) => toggle(item, e.currentTarget.checked)}
            />
            <label htmlFor={`${baseId}-${i}`}>{item}</label>
          </li>
        ))}
      </ul>
      <p className="checklist-count" role="status" aria-live="polite">
        {problem || t('checklist.done', { done, total: items.length })}
      </p>
    </section>
  );
}
