/**
 * The standalone typing test (/typing/): pick a passage, type it through your own input method,
 * and see 字/分钟, accuracy and the effective speed against the entry gate. Nothing is stored.
 * The clock starts at the first typing event and stops when the passage is complete, the time is
 * up, or the reader presses 完成.
 */
import { useEffect, useRef, useState } from 'react';
import { effectiveSpeed, typingAccuracy, type TypingAccuracy } from '../../engine/typing-accuracy.ts';
import { measureTyping, type TypingBand, type TypingFigures } from '../../engine/typing.ts';
import { t } from '../../i18n/exam.ts';
import { formatClock, formatPercent, formatSpeed } from '../../lib/exam-format.ts';
import type { FoldTable } from '../../lib/t2s.ts';
import type { ChatEvent } from '../../schemas/transcript.ts';
import TypingBox, { isCommit } from './TypingBox.tsx';

export interface PracticePassage {
  id: string;
  title: string;
  text: string;
  seconds: number;
  fold: FoldTable;
}

interface Props {
  passages: PracticePassage[];
  band: TypingBand;
  /** The top of the brief's target range (80 字/分钟). */
  targetHigh: number;
}

interface Outcome {
  figures: TypingFigures;
  accuracy: TypingAccuracy;
}

export default function TypingPractice({ passages, band, targetHigh }: Props) {
  const [passageId, setPassageId] = useState(passages[0]?.id ?? '');
  const [round, setRound] = useState(0);
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [clock, setClock] = useState(0);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [typed, setTyped] = useState(0);
  const log = useRef<{ events: ChatEvent[]; text: string }>({ events: [], text: '' });
  const passage = passages.find((p) => p.id === passageId) ?? passages[0];

  function finish(at: number) {
    if (!passage || outcome) return;
    const { events, text } = log.current;
    setOutcome({ figures: measureTyping(events, text, at), accuracy: typingAccuracy(passage.text, text, passage.fold) });
  }

  useEffect(() => {
    if (startedAt === null || outcome || !passage) return;
    const timer = setInterval(() => {
      const now = performance.now();
      setClock(now);
      if (now - startedAt >= passage.seconds * 1000) finish(startedAt + passage.seconds * 1000);
    }, 250);
    return () => clearInterval(timer);
  });

  function reset(id = passageId) {
    log.current = { events: [], text: '' };
    setPassageId(id);
    setStartedAt(null);
    setOutcome(null);
    setTyped(0);
    setRound((r) => r + 1);
  }

  function onEvent(event: ChatEvent, text: string) {
    if (outcome || !passage) return;
    log.current = { events: [...log.current.events, event], text };
    if (startedAt === null && event.type !== 'paste') {
      setStartedAt(event.t);
      setClock(event.t);
    }
    // While composing, the box holds pinyin: count and compare only once characters are committed.
    if (!isCommit(event)) return;
    const accuracy = typingAccuracy(passage.text, text, passage.fold);
    setTyped(accuracy.typed);
    if (accuracy.completed) finish(event.t);
  }

  if (!passage) return null;
  const left = startedAt === null ? passage.seconds * 1000 : passage.seconds * 1000 - (clock - startedAt);
  const effective = outcome ? effectiveSpeed(outcome.figures.speed, outcome.accuracy) : null;

  return (
    <div className="typing-practice">
      <fieldset className="passage-choice">
        <legend>{t('practice.choose')}</legend>
        {passages.map((p) => (
          <label key={p.id}>
            <input type="radio" name="passage" value={p.id} checked={p.id === passage.id} onChange={() => reset(p.id)} />
            {p.title}
            <span className="muted">（{t('practice.seconds', { seconds: p.seconds })}）</span>
          </label>
        ))}
      </fieldset>

      <h2 id="passage-title">{passage.title}</h2>
      <p className="passage" id="passage-text">
        {passage.text}
      </p>
      <p className="muted" id="practice-hint">
        {t('practice.startHint')}
      </p>
      <div className="practice-status">
        <span role="timer" aria-label={t('practice.left')}>
          {t('practice.left')} <strong>{formatClock(Math.max(0, left))}</strong>
        </span>
        <span>{t('typing.typed', { count: typed })}</span>
      </div>
      <TypingBox
        key={`${passage.id}-${round}`}
        id="practice-input"
        label={t('typing.answer')}
        now={() => performance.now()}
        initialText=""
        disabled={outcome !== null}
        rows={6}
        onEvent={onEvent}
        describedBy="passage-text practice-hint"
      />
      <div className="practice-actions">
        {outcome ? (
          <button type="button" className="button" onClick={() => reset()}>
            {t('practice.again')}
          </button>
        ) : (
          <button type="button" className="button secondary" disabled={startedAt === null} onClick={() => finish(performance.now())}>
            {t('practice.finish')}
          </button>
        )}
      </div>

      <div role="status" aria-live="polite">
        {outcome && (
          <section className="card practice-result" aria-labelledby="practice-result-title">
            <h2 id="practice-result-title">{t('practice.resultTitle')}</h2>
            {outcome.figures.speed === null ? (
              <p>{t('practice.notTyped')}</p>
            ) : (
              <>
                <dl className="figures">
                  <div>
                    <dt>{t('practice.speed')}</dt>
                    <dd>{formatSpeed(outcome.figures.speed)}</dd>
                  </div>
                  <div>
                    <dt>{t('practice.accuracy')}</dt>
                    <dd>{formatPercent(outcome.accuracy.accuracy)}</dd>
                  </div>
                  <div>
                    <dt>{t('practice.effective')}</dt>
                    <dd>{formatSpeed(effective)}</dd>
                  </div>
                </dl>
                <p className="muted">{t('practice.effectiveHint')}</p>
                <p className={`notice ${effective !== null && effective >= band.gate ? 'ok' : 'bad'}`}>
                  {effective !== null && effective >= band.gate ? t('practice.gateMet', { gate: band.gate }) : t('practice.gateMissed', { gate: band.gate })}
                  {t('practice.target', { low: band.target, high: targetHigh })}
                </p>
                <ul>
                  {outcome.accuracy.errors > 0 && <li>{t('practice.errors', { errors: outcome.accuracy.errors })}</li>}
                  {!outcome.accuracy.completed && (
                    <li>{t('practice.incomplete', { percent: formatPercent(outcome.accuracy.passage ? outcome.accuracy.reached / outcome.accuracy.passage : 0) })}</li>
                  )}
                  {outcome.figures.pasted > 0 && <li>{t('practice.pasted', { chars: outcome.figures.pasted })}</li>}
                </ul>
              </>
            )}
          </section>
        )}
      </div>
    </div>
  );
}
