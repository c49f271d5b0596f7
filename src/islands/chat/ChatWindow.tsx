/**
 * The chat window: a trainee answers a simulated customer. Used by the practice island
 * (src/islands/ChatExercise.tsx) and by the exam runner; its API is documented in
 * docs/chat-window.md.
 *
 * Every DOM event becomes a ChatEvent passed to the engine's `step`; what is shown is derived
 * from the resulting state (src/lib/chat-view.ts), so a log replayed on resume shows the same
 * conversation. The component holds no score: the host scores the state it gets in `onFinish`.
 */
import { useEffect, useId, useImperativeHandle, useLayoutEffect, useRef, useState, type Ref } from 'react';
import { QUIET_MS, closesAt, replay, step, type CompiledScenario, type ConversationState } from '../../engine/index.ts';
import { t } from '../../i18n/chat.ts';
import { MOOD_FACE, clockTime, timerText, timerTone } from '../../lib/chat-format.ts';
import {
  COUNTER_FROM,
  MAX_REPLY,
  clipText,
  isBlank,
  keyAction,
  logClock,
  remainingDelay,
  roomLeft,
  toChatEvent,
  type DomInput,
} from '../../lib/chat-input.ts';
import { conversationBubbles } from '../../lib/chat-view.ts';
import type { ChatEvent } from '../../schemas/transcript.ts';
import Highlighted from './Highlighted.tsx';
import Confirm from './Confirm.tsx';
import ReplyFeedback, { replyCriteria } from './ReplyFeedback.tsx';
import './chat.css';

/** What a host can do with a running chat window. */
export interface ChatWindowHandle {
  /** Ends the chat now (an exam's time ran out): records an `end` event unless it is over already. */
  end(): void;
  /** The log so far (a copy). */
  events(): ChatEvent[];
  /** The engine's current state. */
  state(): ConversationState;
  /** Moves focus to the reply box. */
  focus(): void;
}

export interface ChatWindowProps {
  compiled: CompiledScenario;
  /** practice: feedback and the model answer after each reply; exam: nothing revealed until the end. */
  mode: 'practice' | 'exam';
  /** The log's clock in ms; default `performance.now`. An exam passes one that survives reloads. */
  now?: () => number;
  /** A log to resume: it is replayed, the conversation shown again, and the chat goes on. */
  initialEvents?: readonly ChatEvent[];
  /** After every event, with the state it led to: the host persists the log here. */
  onEvent?: (event: ChatEvent, state: ConversationState) => void;
  /** Once, when the conversation is over (also on mount when a resumed log is already over). */
  onFinish: (state: ConversationState, events: ChatEvent[]) => void;
  /** Show the trainee's 结束对话 button (default true). */
  allowEnd?: boolean;
  ref?: Ref<ChatWindowHandle>;
}

interface Closing {
  text: string;
  t: number;
}

const TICK_MS = 1000;

/** Adds the listeners and returns what removes them, for an effect's cleanup. */
function listen(on: ReadonlyArray<[EventTarget, string, EventListener]>): () => void {
  for (const [target, type, fn] of on) target.addEventListener(type, fn);
  return () => {
    for (const [target, type, fn] of on) target.removeEventListener(type, fn);
  };
}

/** A message of the customer: their name, the mood it was said in, the time. */
function CustomerBubble({ name, mood, time, text, className = '' }: { name: string; mood: string; time: string; text: string; className?: string }) {
  return (
    <li className={`bubble customer ${className}`}>
      <p className="meta">
        <span className="who">{name}</span>
        <span className="mood" data-mood={mood}>
          {mood}
        </span>
        <time>{time}</time>
      </p>
      <p className="text">{text}</p>
    </li>
  );
}

export default function ChatWindow({ compiled, mode, now, initialEvents = [], onEvent, onFinish, allowEnd = true, ref }: ChatWindowProps) {
  // Everything event handlers and timers read lives in refs, so a late timer never sees stale state.
  const clockRef = useRef<(() => number) | null>(null);
  if (clockRef.current === null) {
    const base = logClock(now ?? (() => performance.now()), initialEvents[initialEvents.length - 1]?.t ?? null);
    // Whole milliseconds: a shorter stored log, and the engine sees exactly what is stored.
    clockRef.current = () => Math.round(base());
  }
  const clock = clockRef.current;
  const events = useRef<ChatEvent[]>([...initialEvents]);
  const [state, setState] = useState<ConversationState>(() => replay(compiled, initialEvents));
  const current = useRef(state);
  // When the opening message began to be typed; later messages carry their own start (pending.since).
  const chatStart = useRef<number>(initialEvents[0]?.t ?? clock());
  const finished = useRef(false);
  const resumedEnded = useRef(state.status === 'ended');
  const callbacks = useRef({ onEvent, onFinish });
  callbacks.current = { onEvent, onFinish };

  const [closing, setClosing] = useState<Closing | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [feedbackNote, setFeedbackNote] = useState('');
  const [length, setLength] = useState(0);
  const [blank, setBlank] = useState(true);
  const [notice, setNotice] = useState('');
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [nowT, setNowT] = useState(() => clock());
  const box = useRef<HTMLTextAreaElement>(null);
  const log = useRef<HTMLOListElement>(null);

  const name = compiled.persona.name;
  const hintId = useId();
  const quietId = useId();

  function record(event: ChatEvent): void {
    const before = current.current;
    if (before.status === 'ended') return;
    const next = step(before, event);
    events.current.push(event);
    current.current = next;
    setState(next);
    setNowT(event.t);
    if (event.type === 'customer' && next.shown) setAnnouncement(`${name}：${next.shown.text}`);
    // A reply's feedback comes once, when its turn closes, for all its messages.
    const last = next.records[next.records.length - 1];
    if (mode === 'practice' && next.records.length > before.records.length && last?.reply != null) {
      const criteria = replyCriteria(last);
      setFeedbackNote(t('feedback.announce', { passed: criteria.filter((c) => c.status === 'pass').length, total: criteria.length }));
    }
    callbacks.current.onEvent?.(event, next);
    if (next.status === 'ended' && !finished.current) {
      finished.current = true;
      callbacks.current.onFinish(next, [...events.current]);
    }
  }

  function recordDom(input: DomInput): void {
    record(toChatEvent(input, clock()));
  }

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

  useImperativeHandle(
    ref,
    () => ({
      end: () => record({ type: 'end', t: clock() }),
      events: () => [...events.current],
      state: () => current.current,
      focus: () => box.current?.focus(),
    }),
    // record reads refs only, so the handle never needs to change.
    [],
  );

  // A resumed log that is already over: report it once and show the closing line at once.
  useEffect(() => {
    const s = current.current;
    if (s.status === 'ended' && !finished.current) {
      finished.current = true;
      callbacks.current.onFinish(s, [...events.current]);
    }
  }, []);

  // The customer "types" the pending message, then it appears (a `customer` event), or the
  // closing line appears when the conversation is over.
  useEffect(() => {
    const pending = state.pending;
    if (!pending) return;
    const since = pending.since ?? chatStart.current;
    if (state.status === 'ended') {
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
  }, [state.pending, state.status]);

  // A tick a second while the customer waits for a reply: the timer moves and a waiting customer can leave.
  const waitingFirst = state.status === 'awaiting-reply' && state.sent.length === 0;
  useEffect(() => {
    if (!waitingFirst) return;
    const id = setInterval(() => record({ type: 'tick', t: clock() }), TICK_MS);
    return () => clearInterval(id);
  }, [waitingFirst]);

  // A tick when the quiet pause after the last message is over: the engine closes the reply at that moment.
  const closeAt = closesAt(state);
  useEffect(() => {
    if (closeAt === null) return;
    let id: ReturnType<typeof setTimeout>;
    const wake = (): void => {
      const now = clock();
      if (now >= closeAt) record({ type: 'tick', t: now });
      else id = setTimeout(wake, closeAt - now);
    };
    id = setTimeout(wake, closeAt - clock());
    return () => clearTimeout(id);
  }, [closeAt]);

  // Focus and visibility of the page: spells away from the chat become integrity flags.
  useEffect(
    () =>
      listen([
        [window, 'focus', () => recordDom({ type: 'focus' })],
        [window, 'blur', () => recordDom({ type: 'blur' })],
        [document, 'visibilitychange', () => recordDom({ type: 'visibilitychange', hidden: document.visibilityState === 'hidden' })],
      ]),
    [],
  );

  // The reply box: native listeners, so every event is seen exactly as the browser fires it.
  const ended = state.status === 'ended';
  useEffect(() => {
    const el = box.current;
    if (!el || ended) return;
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
      const room = roomLeft(el.value.length, Math.abs((el.selectionEnd ?? 0) - (el.selectionStart ?? 0)));
      const kept = clipText(text, room);
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
  }, [ended]);

  const bubbles = conversationBubbles(state);
  const typing = (state.status === 'customer-typing' && state.pending !== null) || (ended && state.pending !== null && closing === null);

  // Keep the newest message in view.
  useLayoutEffect(() => {
    const el = log.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [bubbles.length, typing, closing]);

  // Wall-clock time of a log time, for the HH:MM of each message.
  const wallOrigin = useRef<{ wall: number; t: number } | null>(null);
  wallOrigin.current ??= { wall: Date.now(), t: clock() };
  const origin = wallOrigin.current;
  const wallOf = (logT: number): number => origin.wall + logT - origin.t;

  const turn = state.turnIndex === null ? undefined : compiled.turns[state.turnIndex];
  const waiting = state.status === 'awaiting-reply' && state.shown !== null && turn !== undefined;
  // The timer stops at the reply's first message: that is the response time.
  const elapsed = waiting && state.shown ? Math.max(0, (state.sent[0]?.sentAt ?? nowT) - state.shown.at) : 0;
  const limit = turn?.timeLimitMs ?? 0;
  const tone = timerTone(elapsed, limit);
  const modelOf = (turnId: string): string => compiled.turns.find((x) => x.id === turnId)?.model ?? '';

  return (
    <section className="chat-window" data-mode={mode} aria-label={t('chat.region', { name })}>
      <header className="chat-head">
        <p className="customer">
          <span className="face" aria-hidden="true">
            {MOOD_FACE[state.mood]}
          </span>
          <span className="name">{name}</span>
          <span className="tag mood" data-mood={state.mood}>
            <span className="visually-hidden">{t('chat.mood')}：</span>
            {state.mood}
          </span>
        </p>
        {mode === 'practice' && (
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
            <CustomerBubble key={b.key} name={name} mood={b.mood} time={clockTime(wallOf(b.t))} text={b.text} />
          ) : (
            <li key={b.key} className="bubble trainee">
              <p className="meta">
                <span className="who">{t('chat.me')}</span>
                <time>{clockTime(wallOf(b.t))}</time>
              </p>
              <p className="text">
                {mode === 'practice' && b.record ? (
                  <Highlighted text={b.text} matches={replyCriteria(b.record).flatMap((c) => c.matches)} offset={b.offset} />
                ) : (
                  b.text
                )}
              </p>
              {mode === 'practice' && b.last && b.record && <ReplyFeedback record={b.record} model={modelOf(b.record.turn)} />}
            </li>
          ),
        )}
        {closing && <CustomerBubble name={name} mood={state.mood} time={clockTime(wallOf(closing.t))} text={closing.text} className="closing" />}
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
      {mode === 'practice' && (
        <div className="visually-hidden" aria-live="polite" aria-atomic="true">
          {feedbackNote}
        </div>
      )}

      {ended ? (
        <p className="chat-outcome" data-outcome={state.outcome ?? 'incomplete'}>
          {t(`chat.outcome.${state.outcome ?? 'incomplete'}`)}
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
            aria-label={t('chat.input')}
            aria-describedby={`${quietId} ${hintId}`}
            enterKeyHint="send"
            autoComplete="off"
            spellCheck={false}
          />
          <p id={quietId} className="quiet-hint" aria-live="polite">
            {state.sent.length > 0 && t('chat.quiet', { seconds: QUIET_MS / 1000 })}
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
          {allowEnd &&
            (confirmEnd ? (
              <Confirm className="end-confirm" label={t('chat.end')} text={t('chat.endConfirm')} yes={t('chat.endYes')} onYes={() => record({ type: 'end', t: clock() })} onNo={() => setConfirmEnd(false)} />
            ) : (
              <p className="end-row">
                <button type="button" className="button small secondary" onClick={() => setConfirmEnd(true)}>
                  {t('chat.end')}
                </button>
              </p>
            ))}
        </form>
      )}
    </section>
  );
}
