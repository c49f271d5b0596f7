/**
 * The exam's scenario section: the drawn customers one after another, each in the chat window in
 * exam mode (src/islands/chat/ChatWindow.tsx, with ExamChatProps). The section hands the chat the
 * compiled scenario and the stored log, and stores every event the chat records; scoring replays
 * the logs (src/engine/exam-score.ts).
 */
import { useEffect, useRef, useState } from 'react';
import { quietMsFor, replay } from '../../engine/conversation.ts';
import type { PlanScenarioSection } from '../../engine/exam-plan.ts';
import { recordChat } from '../../engine/exam-session.ts';
import { t } from '../../i18n/exam.ts';
import ChatWindow from '../chat/ChatWindow.tsx';
import type { ExamChatProps, SectionProps } from './sections.ts';

/** The drawn scenarios in order, and which of them have ended (from their logs). */
export function drawnScenarios(section: PlanScenarioSection, session: SectionProps<PlanScenarioSection>['session']) {
  const bySlug = new Map(section.pool.map((s) => [s.slug, s]));
  return (session.draw[section.id] ?? []).flatMap((slug) => {
    const scenario = bySlug.get(slug);
    return scenario ? [{ scenario, ended: replay(scenario, session.chats[slug] ?? [], { quietMs: quietMsFor(session.transcriptVersion) }).status === 'ended' }] : [];
  });
}

interface Props extends SectionProps<PlanScenarioSection> {
  /** Tells the runner which scenario is on screen, so it shows that scenario's briefing. */
  onScenario: (slug: string | null) => void;
}

export default function ScenarioSection({ section, session, now, open, update, onScenario }: Props) {
  // A finished chat stays on screen (with the customer's last words) until the candidate moves on.
  const [movedOn, setMovedOn] = useState<string[]>([]);
  // The textarea is disabled when a chat ends: keyboard focus moves to what comes next.
  const after = useRef<HTMLButtonElement & HTMLParagraphElement>(null);
  const drawn = drawnScenarios(section, session);
  const index = drawn.findIndex((d) => !movedOn.includes(d.scenario.slug));
  const shown = drawn[index];
  const shownSlug = shown?.scenario.slug ?? null;
  useEffect(() => onScenario(shownSlug), [shownSlug]);
  if (!shown) return <p className="notice ok">{t('chat.allDone')}</p>;
  const { scenario } = shown;
  const nextWaiting = drawn.some((d, i) => i > index && !d.ended);
  const chat: ExamChatProps = {
    scenario,
    mode: 'exam',
    now,
    initialEvents: session.chats[scenario.slug] ?? [],
    quietMs: quietMsFor(session.transcriptVersion),
    onEvent: (event) => update((s) => recordChat(s, section.id, scenario.slug, event)),
    onFinish: () => requestAnimationFrame(() => after.current?.focus()),
    ended: !open,
  };
  return (
    <div className="scenario-section">
      <h3>
        {t('chat.scenario', { n: index + 1, total: drawn.length })}：{scenario.title}
      </h3>
      <p className="muted">{scenario.summary}</p>
      <ChatWindow key={scenario.slug} {...chat} />
      <p role="status" className={shown.ended ? 'notice ok' : 'visually-hidden'} ref={nextWaiting && open ? undefined : after} tabIndex={-1}>
        {shown.ended ? (nextWaiting ? t('chat.finishedNext') : t('chat.allDone')) : ''}
      </p>
      {shown.ended && nextWaiting && open && (
        <button ref={after} type="button" className="button" onClick={() => setMovedOn((m) => [...m, scenario.slug])}>
          {t('chat.next')}
        </button>
      )}
    </div>
  );
}
