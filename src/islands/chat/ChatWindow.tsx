/**
 * The chat window: a trainee answers a simulated customer. Used by the practice island
 * (src/islands/ChatExercise.tsx) and by the exam's scenario section
 * (src/islands/exam/ScenarioSection.tsx); its API is documented in docs/chat-window.md.
 *
 * Every DOM event becomes a ChatEvent passed to the engine's `step`; what is shown is derived
 * from the resulting state (src/lib/chat-view.ts), so a log replayed on resume shows the same
 * conversation. The component holds no score: the host scores the state it gets in `onFinish`.
 *
 * It renders the same on the server as at hydration (the reply box disabled until then), so the
 * window takes its full size from the first paint and hydrating moves nothing.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ComponentType } from 'react';
import { QUIET_MS, closesAt, replay, step, type CompiledScenario, type ConversationState } from '../../engine/index.ts';
import { t } from '../../i18n/chat.ts';
import { MOOD_FACE, clockTime, timerText, timerTone } from '../../lib/chat-format.ts';
import { COUNTER_FROM, MAX_REPLY, clipText, isBlank, keyAction, logClock, remainingDelay, roomLeft, toChatEvent, type DomInput } from '../../lib/chat-input.ts';
import { conversationBubbles, type TraineeBubble } from '../../lib/chat-view.ts';
import type { ChatEvent } from '../../schemas/transcript.ts';
import Confirm from './Confirm.tsx';
import './chat.css';

export interface ChatWindowProps {
  /** The scenario, compiled at build time (an exam's with the exam's thresholds). */
  scenario: CompiledScenario;
  /**
   * practice: the customer's mood and patience, feedback and the model answer after each reply, and
   * 结束对话; exam: the messages and the per-turn timer only, nothing revealed until the report.
   */
  mode: 'practice' | 'exam';
  /** The log's clock in ms; default `performance.now`. An exam passes its clock, which survives reloads. */
  now?: () => number;
  /** A log to resume: it is replayed, the conversation shown again, and the chat goes on. */
  initialEvents?: readonly ChatEvent[];
  /** The quiet pause that closes a reply (`quietMsFor` the log's transcript version); default QUIET_MS. */
  quietMs?: number;
  /** After every event, with the state it led to: the host persists the log here. */
  onEvent?: (event: ChatEvent, state: ConversationState) => void;
  /** Once, when the conversation is over (also on mount when a resumed log is already over). */
  onFinish: (state: ConversationState, events: ChatEvent[]) => void;
  /** Ended from outside (an exam's time ran out): no more input, no more customer messages, nothing recorded. */
  ended?: boolean;
  /**
   * What a message of the trainee shows below its meta line; default its text. The practice island
   * passes the highlights and the feedback (src/islands/chat/PracticeReply.tsx), so exams do not load them.
   */
  Reply?: ComponentType<{ bubble: TraineeBubble; scenario: CompiledScenario }>;
}

/** Adds the listeners and returns what removes them, for an effect's cleanup. */
function listen(on: ReadonlyArray<[EventTarget, string, EventListener]>): () => void {
  for (const [target, type, fn] of on) target.addEventListener(type, fn);
  return () => {
    for (const [target, type, fn] of on) target.removeEventListener(type, fn);
  };
}

/** A message of the customer: their name, in practice the mood it was said in, the time. */
function CustomerBubble({ name, mood, time, text, className = '' }: { name: string; mood: string | null; time: string; text: string; className?: string }) {
  return (
    <li className={`bubble customer ${className}`}>
      <p className="meta">
        <span className="who">{name}</span>
        {mood && (
          <span className="mood" data-mood={mood}>
            {mood}
          </span>
        )}
        <time>{time}</time>
      </p>
      <p className="text">{text}</p>
    </li>
  );
}

export default function ChatWindow({ scenario, mode, now, initialEvents = [], quietMs, onEvent, onFinish, ended: endedOutside = false, Reply }: ChatWindowProps) {
  const practice = mode === 'practice';
  // Everything event handlers and timers read lives in refs, so a late timer never sees stale state.
  const clockRef = useRef<(() => number) | null>(null);
  if (clockRef.current === null) {
    const base = logClock(now ?? (() => performance.now()), initialEvents[initialEvents.length - 1]?.t ?? null);
    // Whole milliseconds: a shorter stored log, and the engine sees exactly what is stored.
    clockRef.current = () => Math.round(base());
  }
  const clock = clockRef.current;
  const events = useRef<ChatEvent[]>([...initialEvents]);
  const [state, setState] = useState<ConversationState>(() => replay(scenario, initialEvents, quietMs === undefined ? {} : { quietMs }));
  const current = useRef(state);
  // When the opening message began to be typed; later messages carry their own start (pending.since).
  const chatStart = useRef<number>(initialEvents[0]?.t ?? clock());
  const finished = useRef(false);
  const resumedEnded = useRef(state.status === 'ended');
  const host = useRef({ onEvent, onFinish, endedOutside });
  host.current = { onEvent, onFinish, endedOutside };

  // False in the server's HTML and until hydration: the box is there, at its size, but takes no input.
  const [live, setLive] = useState(false);
  const [closing, setClosing] = useState<{ text: string; t: number } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [length, setLength] = useState(0);
  const [blank, setBlank] = useState(true);
  const [notice, setNotice] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [nowT, setNowT] = useState(() => clock());
  const box = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLOListElement>(null);

  const name = scenario.persona.name;
  const hintId = useId();
  const quietId = useId();

  function finish(s: ConversationState): void {
    if (finished.current) return;
    finished.current = true;
    host.current.onFinish(s, [...events.current]);
  }

  function record(event: ChatEvent): void {
    const before = current.current;
    if (before.status === 'ended' || host.current.endedOutside) return;
    const next = step(before, event);
    events.current.push(event);
    current.current = next;
    setState(next);
    setNowT(event.t);
    if (event.type === 'customer' && next.shown) setAnnouncement(`${name}：${next.shown.text}`);
    host.current.onEvent?.(event, next);
    if (next.status === 'ended') finish(next);
  }

  const recordDom = (input: DomInput): void => record(toChatEvent(input, clock()));

  function send(): void {
    const el = box.current;
    if (!el || isBlank(el.value)) return;
    if (current.current.status !== 'awaiting-reply') {
      setNotice(t('chat.waitCustomer'));
      return;
    }
    record({ type: 'send', t: clock(), text: el.value });
    el.value = '';
    setLength(0);
    setBlank(true);
    setNotice('');
  }

  // Hydrated: take input. A resumed log that is already over is reported once, its closing line shown at once.
  useEffect(() => {
    setLive(true);
    if (current.current.status === 'ended') finish(current.current);
  }, []);

  const ended = state.status === 'ended';
  const stopped = ended || endedOutside;

  // The customer "types" the pending message, then it appears (a `customer` event), or the
  // closing line appears when the conversation is over.
  useEffect(() => {
    const pending = state.pending;
    if (!pending || endedOutside) return;
    const since = pending.since ?? chatStart.current;
    if (ended) {
      const wait = resumedEnded.current ? 0 : remainingDelay(pending.delayMs, since, clock());
      const id = setTimeout(() => {
        setClosing({ text: pending.text, t: clock() });
        setAnnouncement(`${name}：${pending.text}`);
      }, wait);
      return () => clearTimeout(id);
    }
    if (state.status !== 'customer-typing' || pending.turn === null) return;
    const turn = pending.turn;
    const id = setTimeout(() => record({ type: 'customer', t: clock(), turn }), remainingDelay(pending.delayMs, since, clock()));
    return () => clearTimeout(id);
  }, [state.pending, state.status, endedOutside]);

  // A tick a second while the customer waits for a reply: the timer moves and a waiting customer can leave.
  const waitingFirst = state.status === 'awaiting-reply' && state.sent.length === 0 && !endedOutside;
  useEffect(() => {
    if (!waitingFirst) return;
    const id = setInterval(() => record({ type: 'tick', t: clock() }), 1000);
    return () => clearInterval(id);
  }, [waitingFirst]);

  // A tick when the quiet pause after the last message is over: the engine closes the reply at that moment.
  const closeAt = endedOutside ? null : closesAt(state);
  useEffect(() => {
    if (closeAt === null) return;
    let id: ReturnType<typeof setTimeout>;
    const wake = (): void => {
      const at = clock();
      if (at >= closeAt) record({ type: 'tick', t: at });
      else id = setTimeout(wake, closeAt - at);
    };
    id = setTimeout(wake, closeAt - clock());
    return () => clearTimeout(id);
  }, [closeAt]);

  // Practice only: spells away from the page become integrity flags. An exam's runner notes leaving
  // the page itself (clicking the briefing beside the chat is not leaving it).
  useEffect(() => {
    if (!practice) return;
    return listen([
      [window, 'focus', () => recordDom({ type: 'focus' })],
      [window, 'blur', () => recordDom({ type: 'blur' })],
      [document, 'visibilitychange', () => recordDom({ type: 'visibilitychange', hidden: document.visibilityState === 'hidden' })],
    ]);
  }, []);

  // The reply box: native listeners, so every event is seen exactly as the browser fires it.
  useEffect(() => {
    const el = box.current;
    if (!el || stopped) return;
    const composition = (e: CompositionEvent): void =>
      recordDom(e.type === 'compositionstart' ? { type: 'compositionstart' } : { type: e.type as 'compositionupdate' | 'compositionend', data: e.data });
    const input = (e: Event): void => {
      const ie = e as InputEvent;
      recordDom({ type: 'input', inputType: ie.inputType ?? 'insertText', data: ie.data ?? null, isComposing: ie.isComposing ?? false });
      setLength(el.value.length);
      setBlank(isBlank(el.value));
    };
    const paste = (e: ClipboardEvent): void => {
      const text = e.clipboardData?.getData('text/plain') ?? '';
      if (text === '') return;
      const kept = clipText(text, roomLeft(el.value.length, Math.abs((el.selectionEnd ?? 0) - (el.selectionStart ?? 0))));
      recordDom({ type: 'paste', text: kept });
      setNotice(kept.length < text.length ? t('chat.pasteClipped', { total: text.length, max: MAX_REPLY, kept: kept.length }) : '');
    };
    const keydown = (e: KeyboardEvent): void => {
      if (keyAction(e) !== 'send') return;
      e.preventDefault();
      send();
    };
    return listen([
      [el, 'compositionstart', composition as EventListener],
      [el, 'compositionupdate', composition as EventListener],
      [el, 'compositionend', composition as EventListener],
      [el, 'input', input],
      [el, 'paste', paste as EventListener],
      [el, 'keydown', keydown as EventListener],
    ]);
  }, [stopped]);

  const bubbles = conversationBubbles(state);
  const typing = !endedOutside && state.pending !== null && (state.status === 'customer-typing' || (ended && closing === null));

  // Keep the newest message in view.
  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [bubbles.length, typing, closing]);

  // Wall-clock time of a log time, for the HH:MM of each message.
  const origin = useRef({ wall: Date.now(), t: clock() }).current;
  const time = (logT: number): string => clockTime(origin.wall + logT - origin.t);

  const turn = state.turnIndex === null ? undefined : scenario.turns[state.turnIndex];
  const waiting = state.status === 'awaiting-reply' && state.shown !== null && turn !== undefined && !endedOutside;
  // The timer stops at the reply's first message: that is the response time.
  const elapsed = waiting && state.shown ? Math.max(0, (state.sent[0]?.sentAt ?? nowT) - state.shown.at) : 0;
  const limit = turn?.timeLimitMs ?? 0;
  const tone = timerTone(elapsed, limit);
  const outcome = ended ? (state.outcome ?? 'incomplete') : 'time-up';

  return (
    <section className="chat-window" data-mode={mode} aria-label={t('chat.region', { name })}>
      <header className="chat-head">
        <p className="customer">
          {practice && (
            <span className="face" aria-hidden="true">
              {MOOD_FACE[state.mood]}
            </span>
          )}
          <span className="name">{name}</span>
          {practice && (
            <span className="tag mood" data-mood={state.mood}>
              <span className="visually-hidden">{t('chat.mood')}：</span>
              {state.mood}
            </span>
          )}
        </p>
        {practice && (
          <p className="patience">
            <span aria-hidden="true">{t('chat.patienceValue', { value: Math.round(state.patience) })}</span>
            <meter min={0} max={100} low={25} high={50} optimum={100} value={state.patience} aria-label={t('chat.patience')} />
          </p>
        )}
        {waiting && (
          <p className="turn-timer" data-tone={tone}>
            <span>{t('chat.timer')}</span>{' '}
            <span role="timer" className="elapsed">
              {timerText(elapsed)}
            </span>{' '}
            <span className="limit">{t('chat.limit', { limit: timerText(limit) })}</span>
            {tone === 'late' && <strong className="late-mark">{t('chat.late')}</strong>}
          </p>
        )}
      </header>

      <ol className="chat-log" ref={log} aria-label={t('chat.log')} tabIndex={0}>
        {bubbles.map((b) =>
          b.side === 'customer' ? (
            <CustomerBubble key={b.key} name={name} mood={practice ? b.mood : null} time={time(b.t)} text={b.text} />
          ) : (
            <li key={b.key} className="bubble trainee">
              <p className="meta">
                <span className="who">{t('chat.me')}</span>
                <time>{time(b.t)}</time>
              </p>
              {Reply ? <Reply bubble={b} scenario={scenario} /> : <p className="text">{b.text}</p>}
            </li>
          ),
        )}
        {closing && <CustomerBubble name={name} mood={practice ? state.mood : null} time={time(closing.t)} text={closing.text} className="closing" />}
      </ol>

      {typing && (
        <p className="typing">
          {t('chat.typing')}
          <span className="dots" aria-hidden="true">
            <span />
            <span />
            <span />
          </span>
        </p>
      )}

      <div className="visually-hidden" aria-live="polite" aria-atomic="true">
        {announcement}
      </div>

      {stopped ? (
        <p className="chat-outcome" data-outcome={outcome}>
          {t(`chat.outcome.${outcome}`)}
        </p>
      ) : (
        <form
          className="composer"
          onSubmit={(e) => {
            e.preventDefault();
            send();
          }}
        >
          <textarea
            ref={box}
            rows={3}
            maxLength={MAX_REPLY}
            disabled={!live}
            aria-label={t('chat.input')}
            aria-describedby={`${quietId} ${hintId}`}
            enterKeyHint="send"
            autoComplete="off"
            spellCheck={false}
          />
          <p id={quietId} className="quiet-hint" aria-live="polite">
            {state.sent.length > 0 && t('chat.quiet', { seconds: (quietMs ?? QUIET_MS) / 1000 })}
          </p>
          <div className="composer-bar">
            <p id={hintId} className="hint muted">
              {t('chat.hint', { max: MAX_REPLY })}
              {length >= COUNTER_FROM && (
                <span className="counter" data-full={length >= MAX_REPLY}>
                  {t('chat.counter', { count: length, max: MAX_REPLY })}
                  {length >= MAX_REPLY && `（${t('chat.atLimit')}）`}
                </span>
              )}
            </p>
            <button type="submit" className="button" disabled={blank}>
              {t('chat.send')}
            </button>
          </div>
          {notice && (
            <p className="notice" role="status">
              {notice}
            </p>
          )}
          {practice &&
            (confirmEnd ? (
              <Confirm className="end-confirm" label={t('chat.end')} text={t('chat.endConfirm')} yes={t('chat.endYes')} onYes={() => record({ type: 'end', t: clock() })} onNo={() => setConfirmEnd(false)} />
            ) : (
              <p className="end-row">
                <button type="button" className="button small secondary" disabled={!live} onClick={() => setConfirmEnd(true)}>
                  {t('chat.end')}
                </button>
              </p>
            ))}
        </form>
      )}
    </section>
  );
}
