/**
 * The simulated customer as a state machine: `step(state, event)` returns the next state and runs
 * no effects (XState style). The chat island feeds it the events it records; the CLI and the tests
 * replay a recorded log; both get the same states.
 *
 * The customer model:
 * - Patience (0–100) drains by {@link DRAIN_PER_SECOND} for every second a reply is later than the
 *   turn's time limit, and by each failed criterion's `patienceCost`; a reply that passes every
 *   criterion in time restores {@link RESTORE}. At 0 the customer leaves (流失).
 * - Mood (生气 < 不耐烦 < 平静 < 满意) follows patience with a lag: after each reply it moves one step
 *   toward the band patience is in (above 75 满意, above 50 平静, above 25 不耐烦, else 生气), so an
 *   angry customer calms down over a few good replies rather than at once. A failed critical
 *   criterion (off-platform contact, an insult) makes the customer angry at once. While waiting,
 *   the mood only sinks, as patience crosses a band.
 * - Waiting is computed from the event times, not from ticks: the moment patience runs out is
 *   known in advance, so a replayed log without ticks gives the same result as the live chat.
 *   Ticks only let the UI learn about it on time.
 *
 * A reply may be several messages, as on 千牛: a quick "亲，在的，我帮您查一下～", then the answer.
 * The turn stays open from the customer's message until the trainee has sent at least one message
 * and then done nothing in the reply box (no composition, input, paste or send) for
 * {@link QUIET_MS}; it closes at exactly that moment, whatever event reveals it, and only then does
 * the customer read the reply and react. Response time is the first message's; the rubric reads the
 * messages joined by line breaks.
 */
import type { CriterionResult, Flag, TimelinePoint } from '../schemas/attempt.ts';
import type { Mood } from '../schemas/mood.ts';
import { MOODS } from '../schemas/mood.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import { END, type CompiledBranch, type CompiledScenario, type CompiledTurn } from './compiled.ts';
import { findAny } from './match.ts';
import { evaluateCriterion, prepareReply, type Reply } from './rubric.ts';
import { countChars, emptyDraft, totalTyping, typingFinish, typingStep, type TypingDraft, type TypingFigures } from './typing.ts';

/**
 * How long the trainee must leave the reply box alone, after sending, before the customer reacts.
 * 3 s is the idle cap of the typing measure (2.5 × the time per character at the 50 字/分钟 gate):
 * a trainee still typing the answer after a quick acknowledgement pauses less than that between
 * keystrokes, while a finished reply is not left hanging for long.
 */
export const QUIET_MS = 3000;

/** Patience lost per second of waiting beyond a turn's time limit. */
export const DRAIN_PER_SECOND = 1;
/** Patience restored by a reply that passes every criterion within the time limit. */
export const RESTORE = 10;
/** Patience above these is 满意, 平静, 不耐烦; at or under the last, 生气. */
export const MOOD_BANDS = [75, 50, 25] as const;

/** What the customer says when leaving out of patience, unless the persona says otherwise. */
export const DEFAULT_LEAVING = '算了，不想再等了。';
/** What the customer says at the end of the conversation, by mood, unless the persona says otherwise. */
export const DEFAULT_FAREWELL: Readonly<Record<Mood, string>> = {
  满意: '好的，谢谢你！',
  平静: '好的，知道了。',
  不耐烦: '行吧。',
  生气: '哼，就这样吧。',
};

/**
 * A customer message about to appear: the UI shows "对方正在输入…" for `delayMs`, then the text,
 * then records `{ type: 'customer', turn, t }` (for `turn` messages).
 */
export interface PendingMessage {
  /** turn: a message to reply to; farewell: the conversation is over; leaving: the customer gave up. */
  kind: 'turn' | 'farewell' | 'leaving';
  /** The turn id, for `turn`. */
  turn: string | null;
  text: string;
  delayMs: number;
  /** When the customer began typing it (the previous turn closed, or they left); null for the opening message. */
  since: number | null;
}

/** One message of a reply, as sent. */
export interface SentMessage {
  text: string;
  sentAt: number;
}

/** A customer message and what became of it. */
export interface TurnRecord {
  turn: string;
  customer: string;
  shownAt: number;
  /** When the first message of the reply was sent. */
  sentAt: number | null;
  /** The messages joined by line breaks: what the criteria read. */
  reply: string | null;
  /** The reply's messages in order; empty when nothing was sent. */
  messages: SentMessage[];
  /** When the turn closed (the customer read the reply); null without a reply. */
  closedAt: number | null;
  /** Shown → first message sent, or shown → left for a customer who gave up waiting. */
  responseMs: number | null;
  late: boolean;
  criteria: CriterionResult[];
  /** The `each-reply` conversation criteria applied to this reply. */
  eachReply: CriterionResult[];
  typing: TypingFigures | null;
  mood: Mood;
  patience: number;
}

export type Outcome = 'completed' | 'customer-left' | 'incomplete';

export interface ConversationState {
  scenario: CompiledScenario;
  /** customer-typing: a message is pending; awaiting-reply: the trainee's turn; ended: over. */
  status: 'customer-typing' | 'awaiting-reply' | 'ended';
  /** Index of the current turn in `scenario.turns`: pending or being answered. */
  turnIndex: number | null;
  /** The next customer message for the UI; also set after the end (farewell or leaving). */
  pending: PendingMessage | null;
  /** The message being answered and when it appeared. */
  shown: { text: string; at: number } | null;
  mood: Mood;
  patience: number;
  /** Mood and patience when the current message appeared: waiting is computed from them. */
  waitBase: { mood: Mood; patience: number } | null;
  /** The typing since the last message sent. */
  draft: TypingDraft;
  /** The messages sent so far in answer to the message on screen, with their typing figures. */
  sent: Array<SentMessage & { typing: TypingFigures }>;
  /** The last composition, input, paste or send event: the turn closes `quietMs` after it. */
  lastActivity: number | null;
  /** {@link QUIET_MS}, or 0 for logs recorded when each send was the whole reply (transcript version 1). */
  quietMs: number;
  records: TurnRecord[];
  /** Turn ids in the order their messages were shown. */
  visited: string[];
  timeline: TimelinePoint[];
  flags: Flag[];
  /** Since when the window has been out of focus or hidden. */
  awaySince: number | null;
  outcome: Outcome | null;
  firstT: number | null;
  lastT: number | null;
  /** Events that did not fit the conversation (in Chinese); the CLI refuses a log that has any. */
  problems: string[];
}

/** The "typing…" delay before a customer message: 1 s plus 150 ms a character, 1.2–6 s. */
export function customerDelayMs(text: string): number {
  return Math.min(6000, Math.max(1200, 1000 + 150 * countChars(text)));
}

const moodIndex = (m: Mood): number => MOODS.indexOf(m);

/** The mood that goes with a patience level. */
export function moodBand(patience: number): Mood {
  if (patience > MOOD_BANDS[0]) return '满意';
  if (patience > MOOD_BANDS[1]) return '平静';
  if (patience > MOOD_BANDS[2]) return '不耐烦';
  return '生气';
}

/** One step from `mood` toward `target`. */
export function moodToward(mood: Mood, target: Mood): Mood {
  const from = moodIndex(mood);
  const to = moodIndex(target);
  return MOODS[from + Math.sign(to - from)] ?? mood;
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const clampPatience = (p: number): number => Math.min(100, Math.max(0, p));

function pendingTurn(turn: CompiledTurn, mood: Mood, since: number | null): PendingMessage {
  const text = turn.customer[mood];
  return { kind: 'turn', turn: turn.id, text, delayMs: customerDelayMs(text), since };
}

function closing(scenario: CompiledScenario, kind: 'farewell' | 'leaving', mood: Mood, since: number): PendingMessage {
  const text = kind === 'leaving' ? (scenario.persona.leaving ?? DEFAULT_LEAVING) : (scenario.persona.farewell ?? DEFAULT_FAREWELL[mood]);
  return { kind, turn: null, text, delayMs: customerDelayMs(text), since };
}

export interface ConversationOptions {
  /** The quiet window that closes a reply; default {@link QUIET_MS}. 0: every send is a whole reply. */
  quietMs?: number;
}

/** The quiet window of a transcript: version 1 logs were recorded when each send was the whole reply. */
export function quietMsFor(transcriptVersion: number): number {
  return transcriptVersion === 1 ? 0 : QUIET_MS;
}

/** The state before anything happened: the opening message is pending. */
export function start(scenario: CompiledScenario, options: ConversationOptions = {}): ConversationState {
  const first = scenario.turns[0];
  const { mood, patience } = scenario.persona;
  return {
    scenario,
    status: first ? 'customer-typing' : 'ended',
    turnIndex: first ? 0 : null,
    pending: first ? pendingTurn(first, mood, null) : null,
    shown: null,
    mood,
    patience,
    waitBase: null,
    draft: emptyDraft(),
    sent: [],
    lastActivity: null,
    quietMs: Math.max(0, options.quietMs ?? QUIET_MS),
    records: [],
    visited: [],
    timeline: [],
    flags: [],
    awaySince: null,
    outcome: first ? null : 'completed',
    firstT: null,
    lastT: null,
    problems: [],
  };
}

const currentTurn = (s: ConversationState): CompiledTurn | undefined =>
  s.turnIndex === null ? undefined : s.scenario.turns[s.turnIndex];

/** Patience at time `t` of the current wait. */
function patienceAt(s: ConversationState, turn: CompiledTurn, t: number): number {
  const base = s.waitBase?.patience ?? s.patience;
  const overMs = t - (s.shown?.at ?? t) - turn.timeLimitMs;
  return base - (Math.max(0, overMs) / 1000) * DRAIN_PER_SECOND;
}

/** When the current wait empties patience. */
function leaveTime(s: ConversationState, turn: CompiledTurn): number {
  const base = s.waitBase?.patience ?? s.patience;
  return (s.shown?.at ?? 0) + turn.timeLimitMs + (Math.max(0, base) / DRAIN_PER_SECOND) * 1000;
}

/** The record of a message that got no reply: the customer left, or the chat ended. */
function unanswered(
  turn: CompiledTurn,
  shown: { text: string; at: number },
  rest: Pick<TurnRecord, 'responseMs' | 'late' | 'mood' | 'patience'>,
): TurnRecord {
  return { turn: turn.id, customer: shown.text, shownAt: shown.at, sentAt: null, reply: null, messages: [], closedAt: null, criteria: [], eachReply: [], typing: null, ...rest };
}

function closeAway(s: ConversationState, t: number): ConversationState {
  if (s.awaySince === null) return s;
  const flag: Flag = { kind: 'focus-loss', t: s.awaySince, turn: currentTurn(s)?.id ?? null, durationMs: Math.max(0, t - s.awaySince) };
  return { ...s, awaySince: null, flags: [...s.flags, flag] };
}

/** Brings a waiting conversation up to time `t`: patience drains, mood sinks, the customer may leave. */
function advance(s: ConversationState, t: number): ConversationState {
  const turn = currentTurn(s);
  // The customer waits only for the first message of a reply.
  if (s.status !== 'awaiting-reply' || !turn || !s.shown || !s.waitBase || s.sent.length > 0) return s;
  const from = s.lastT ?? s.shown.at;
  const leaveAt = leaveTime(s, turn);
  const until = Math.min(t, leaveAt);
  const timeline = [...s.timeline];
  let mood = s.mood;
  // Crossing a band while waiting sinks the mood to that band (unless it is lower already), at that moment.
  for (const threshold of MOOD_BANDS) {
    const crossAt = s.shown.at + turn.timeLimitMs + ((s.waitBase.patience - threshold) / DRAIN_PER_SECOND) * 1000;
    if (crossAt > from && crossAt <= until && s.waitBase.patience > threshold) {
      const sunk = moodIndex(moodBand(threshold)) < moodIndex(mood) ? moodBand(threshold) : mood;
      if (sunk !== mood) {
        mood = sunk;
        timeline.push({ t: crossAt, mood, patience: threshold, cause: 'wait', turn: turn.id });
      }
    }
  }
  const patience = clampPatience(patienceAt(s, turn, until));
  if (t < leaveAt) return { ...s, mood, patience, timeline };
  const record = unanswered(turn, s.shown, { responseMs: leaveAt - s.shown.at, late: true, mood: '生气', patience: 0 });
  const left: ConversationState = {
    ...s,
    status: 'ended',
    outcome: 'customer-left',
    mood: '生气',
    patience: 0,
    pending: closing(s.scenario, 'leaving', '生气', leaveAt),
    records: [...s.records, record],
    timeline: [...timeline, { t: leaveAt, mood: '生气', patience: 0, cause: 'left', turn: turn.id }],
    lastT: leaveAt,
  };
  return closeAway(left, leaveAt);
}

function branchHolds(b: CompiledBranch, results: readonly CriterionResult[], reply: Reply, mood: Mood, late: boolean): boolean {
  const status = (id: string): CriterionResult['status'] | undefined => results.find((r) => r.id === id)?.status;
  const w = b.when;
  return (
    w.passed.every((id) => status(id) === 'pass') &&
    w.failed.every((id) => status(id) === 'fail') &&
    (w.contains === null || findAny(reply.view.text, w.contains).length > 0) &&
    (w.mood === null || w.mood.includes(mood)) &&
    (w.late === null || w.late === late)
  );
}

/** When the open turn closes: `quietMs` after the last activity, once a message was sent; null otherwise. */
export function closesAt(s: ConversationState): number | null {
  return s.status === 'awaiting-reply' && s.sent.length > 0 ? (s.lastActivity ?? 0) + s.quietMs : null;
}

/** The turn closes at `at`: the customer reads the whole reply, mood and patience change, the next message is chosen. */
function closeTurn(s: ConversationState, at: number): ConversationState {
  const turn = currentTurn(s);
  const first = s.sent[0];
  if (!turn || !s.shown || !first) return s;
  const { scenario } = s;
  const text = s.sent.map((m) => m.text).join('\n');
  const reply = prepareReply(text, scenario.fold);
  const criteria = turn.criteria.map((c) => evaluateCriterion(c, reply));
  const eachReply = scenario.rubric.filter((c) => c.scope === 'each-reply').map((c) => evaluateCriterion(c, reply, turn.id));
  const responseMs = first.sentAt - s.shown.at;
  const late = responseMs > turn.timeLimitMs;

  const failed = [...turn.criteria, ...scenario.rubric].filter((c) =>
    [...criteria, ...eachReply].some((r) => r.id === c.id && r.status === 'fail'),
  );
  let patience = s.patience - failed.reduce((sum, c) => sum + c.patienceCost, 0);
  if (failed.length === 0 && !late) patience += RESTORE;
  patience = clampPatience(patience);
  const mood = failed.some((c) => c.critical) ? '生气' : moodToward(s.mood, moodBand(patience));

  const record: TurnRecord = {
    turn: turn.id,
    customer: s.shown.text,
    shownAt: s.shown.at,
    sentAt: first.sentAt,
    reply: text,
    messages: s.sent.map((m) => ({ text: m.text, sentAt: m.sentAt })),
    closedAt: at,
    responseMs,
    late,
    criteria,
    eachReply,
    typing: totalTyping(s.sent.map((m) => m.typing)),
    mood,
    patience: round1(patience),
  };
  const timeline: TimelinePoint[] = [...s.timeline, { t: at, mood, patience: round1(patience), cause: 'reply', turn: turn.id }];
  const base: ConversationState = {
    ...s,
    mood,
    patience,
    waitBase: null,
    shown: null,
    sent: [],
    records: [...s.records, record],
    timeline,
    lastT: Math.max(s.lastT ?? at, at),
  };
  if (patience <= 0) {
    return {
      ...base,
      status: 'ended',
      outcome: 'customer-left',
      pending: closing(scenario, 'leaving', mood, at),
      timeline: [...timeline, { t: at, mood, patience: 0, cause: 'left', turn: turn.id }],
    };
  }
  const next = turn.branches.find((b) => branchHolds(b, criteria, reply, mood, late))?.goto ?? turn.next;
  const nextIndex = scenario.turns.findIndex((x) => x.id === next);
  const nextTurn = scenario.turns[nextIndex];
  if (next === END || !nextTurn) {
    return { ...base, status: 'ended', outcome: 'completed', turnIndex: null, pending: closing(scenario, 'farewell', mood, at) };
  }
  return { ...base, status: 'customer-typing', turnIndex: nextIndex, pending: pendingTurn(nextTurn, mood, at) };
}

/** Brings the conversation up to time `t`: a reply whose quiet window is over closes, a waiting customer loses patience. */
function settle(s: ConversationState, t: number): ConversationState {
  const closeAt = closesAt(s);
  return closeAt !== null && t >= closeAt ? closeTurn(s, closeAt) : advance(s, t);
}

const problem = (s: ConversationState, message: string): ConversationState => ({ ...s, problems: [...s.problems, message] });

/** The next state after `event`. Never throws; an event that does not fit is noted in `problems`. */
export function step(state: ConversationState, event: ChatEvent): ConversationState {
  const t = event.t;
  if (!Number.isFinite(t) || (state.lastT !== null && t < state.lastT)) {
    return problem(state, `事件时间倒退：${event.type} 的 t=${t} 早于上一个事件（${state.lastT ?? '无'}）`);
  }
  if (state.status === 'ended') return state;
  // First what the clock alone decides (a reply closes, a customer gives up), then the event.
  let s = settle(state, t);
  if (s.status === 'ended') return s;
  // A tick moves the clock but does not start the chat: ticking before the first message must not lengthen it.
  s = { ...s, firstT: event.type === 'tick' ? s.firstT : (s.firstT ?? t), lastT: t };

  switch (event.type) {
    case 'customer': {
      const pending = s.pending;
      if (s.status !== 'customer-typing' || !pending || pending.turn !== event.turn) {
        return problem(s, `顾客消息 ${event.turn} 出现得不对：此时${pending?.turn ? `应显示 ${pending.turn}` : '没有待显示的顾客消息'}`);
      }
      const timeline: TimelinePoint[] =
        s.timeline.length === 0 ? [{ t, mood: s.mood, patience: round1(s.patience), cause: 'start', turn: event.turn }] : s.timeline;
      return {
        ...s,
        status: 'awaiting-reply',
        pending: null,
        shown: { text: pending.text, at: t },
        waitBase: { mood: s.mood, patience: s.patience },
        visited: [...s.visited, event.turn],
        timeline,
      };
    }
    case 'compositionstart':
    case 'compositionupdate':
    case 'compositionend':
    case 'input':
      return { ...s, draft: typingStep(s.draft, event), lastActivity: t };
    case 'paste': {
      const turn = s.pending?.turn ?? currentTurn(s)?.id ?? null;
      const flag: Flag = { kind: 'paste', t, turn, chars: countChars(event.text) };
      return { ...s, draft: typingStep(s.draft, event), flags: [...s.flags, flag], lastActivity: t };
    }
    case 'send': {
      if (s.status !== 'awaiting-reply') return problem(s, `t=${t} 发送了回复，但顾客的消息还没有出现`);
      // Each message is measured on its own, from its first keystroke to Enter; the turn adds them up.
      const message = { text: event.text, sentAt: t, typing: typingFinish(s.draft, event.text, t) };
      // With no quiet window (version 1 logs) the send closes the turn at once.
      return settle({ ...s, sent: [...s.sent, message], draft: emptyDraft(), lastActivity: t }, t);
    }
    case 'blur':
      return s.awaySince === null ? { ...s, awaySince: t } : s;
    case 'focus':
      return closeAway(s, t);
    case 'visibility':
      if (event.state === 'hidden') return s.awaySince === null ? { ...s, awaySince: t } : s;
      return closeAway(s, t);
    case 'tick':
      return s;
    case 'end':
      return endNow(s, t);
  }
}

/**
 * The trainee (or an exam's clock) ends the chat: a reply already begun is read as it stands; a
 * message without any reply stays unanswered.
 */
function endNow(state: ConversationState, t: number): ConversationState {
  const s = state.sent.length > 0 ? closeTurn(state, t) : state;
  if (s.status === 'ended') return s;
  const turn = currentTurn(s);
  const records =
    s.status === 'awaiting-reply' && turn && s.shown
      ? [...s.records, unanswered(turn, s.shown, { responseMs: null, late: t - s.shown.at > turn.timeLimitMs, mood: s.mood, patience: round1(s.patience) })]
      : s.records;
  return closeAway({ ...s, status: 'ended', outcome: 'incomplete', pending: null, records }, t);
}

/** Replays a whole log from the start. */
export function replay(scenario: CompiledScenario, events: readonly ChatEvent[], options: ConversationOptions = {}): ConversationState {
  return events.reduce(step, start(scenario, options));
}
