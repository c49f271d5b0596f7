/** 抽题预览 (/trainer/draw/): what a batch code draws for an exam, with the same pure draw the exam page uses. */
import { useId, useState } from 'react';
import { drawItems, drawSeed } from '../../engine/draw.ts';
import { t } from '../../i18n/trainer.ts';

export interface DrawExam {
  slug: string;
  title: string;
  seed: string;
  sections: { id: string; title: string; draw: number; pool: { id: string; title: string }[] }[];
}

export default function DrawPreview({ exams }: { exams: DrawExam[] }) {
  const id = useId();
  const [slug, setSlug] = useState(exams[0]?.slug ?? '');
  const [batch, setBatch] = useState('');
  const exam = exams.find((e) => e.slug === slug) ?? exams[0];
  if (!exam) return null;
  const seed = drawSeed(exam.seed, batch);
  return (
    <div className="draw-preview">
      <div className="field">
        <label htmlFor={`${id}-exam`}>{t('draw.exam')}</label>
        <select id={`${id}-exam`} value={exam.slug} onChange={(e) => setSlug(e.currentTarget.value)}>
          {exams.map((e) => (
            <option key={e.slug} value={e.slug}>
              {e.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-batch`}>{t('draw.batch')}</label>
        <input id={`${id}-batch`} value={batch} maxLength={40} onChange={(e) => setBatch(e.currentTarget.value)} />
      </div>
      <div role="status" aria-live="polite">
        <p className="muted">{t('draw.seed', { seed })}</p>
        {exam.sections.map((s) => {
          const titles = new Map(s.pool.map((p) => [p.id, p.title]));
          return (
            <section key={s.id} aria-labelledby={`${id}-${s.id}`}>
              <h2 id={`${id}-${s.id}`}>
                {s.title} <span className="muted">{t('draw.from', { pool: s.pool.length, draw: s.draw })}</span>
              </h2>
              <ol>
                {drawItems(seed, s.id, s.pool.map((p) => p.id), s.draw).map((item) => (
                  <li key={item}>
                    {titles.get(item)} <span className="muted">（{item}）</span>
                  </li>
                ))}
              </ol>
            </section>
          );
        })}
      </div>
    </div>
  );
}
