/** The exam's typing test: the passage and the answer box; no figures until the report. */
import { useState } from 'react';
import { countChars } from '../../engine/typing.ts';
import type { PlanTypingSection } from '../../engine/exam-plan.ts';
import { recordTyping } from '../../engine/exam-session.ts';
import { t } from '../../i18n/exam.ts';
import TypingBox, { isCommit } from '../typing/TypingBox.tsx';
import type { SectionProps } from './sections.ts';

export default function TypingSection({ section, session, now, open, update }: SectionProps<PlanTypingSection>) {
  const initial = session.typing[section.id]?.text ?? '';
  const [count, setCount] = useState(() => countChars(initial));
  return (
    <div className="typing-section">
      <h3 id={`${section.id}-passage-title`}>{t('typing.passage')}</h3>
      <p className="passage" id={`${section.id}-passage`}>
        {section.passage}
      </p>
      <TypingBox
        id={`${section.id}-answer`}
        label={t('typing.answer')}
        now={now}
        initialText={initial}
        disabled={!open}
        describedBy={`${section.id}-passage-title`}
        onEvent={(event, text) => {
          if (isCommit(event)) setCount(countChars(text));
          update((s) => recordTyping(s, section.id, event, text));
        }}
      />
      <p className="muted">{t('typing.typed', { count })}</p>
    </div>
  );
}
