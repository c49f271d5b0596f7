/**
 * What the chat window shows, derived from the conversation state alone: the bubbles in order,
 * with their times on the log's clock and the customer's mood when each message appeared. A
 * resumed chat replays its log and gets the same bubbles.
 */
import type { ConversationState, TurnRecord } from '../engine/index.ts';
import type { TimelinePoint } from '../schemas/attempt.ts';
import type { Mood } from '../schemas/mood.ts';

/** A message of the trainee: one of the messages of a reply. */
export interface TraineeBubble {
  side: 'trainee';
  key: string;
  text: string;
  t: number;
  /** Where the message starts in its reply (the messages joined by line breaks): match offsets are shifted by it. */
  offset: number;
  /** The closed turn it belongs to; null while the turn is still open (nothing scored yet). */
  record: TurnRecord | null;
  /** The last message of a closed turn: the turn's feedback goes under it. */
  last: boolean;
}

export type Bubble = { side: 'customer'; key: string; text: string; t: number; mood: Mood; turn: string } | TraineeBubble;

/** The customer's mood at time `t`: the last point of the timeline at or before it. */
export function moodAt(timeline: readonly TimelinePoint[], t: number, fallback: Mood): Mood {
  let mood = fallback;
  for (const p of timeline) {
    if (p.t <= t) mood = p.mood;
    else break;
  }
  return mood;
}

function messageBubbles(key: string, messages: readonly { text: string; sentAt: number }[], record: TurnRecord | null): Bubble[] {
  let offset = 0;
  return messages.map((m, j) => {
    const bubble: Bubble = { side: 'trainee', key: `${key}-${j}`, text: m.text, t: m.sentAt, offset, record, last: record !== null && j === messages.length - 1 };
    offset += m.text.length + 1;
    return bubble;
  });
}

/** Every message shown so far, oldest first; the closing message is added by the window when it appears. */
export function conversationBubbles(state: ConversationState): Bubble[] {
  const start = state.scenario.persona.mood;
  const bubbles: Bubble[] = [];
  state.records.forEach((r, i) => {
    // The waiting that precedes a reply can sink the mood: the message keeps the mood it was said in.
    bubbles.push({ side: 'customer', key: `c${i}`, text: r.customer, t: r.shownAt, mood: moodAt(state.timeline, r.shownAt, start), turn: r.turn });
    bubbles.push(...messageBubbles(`r${i}`, r.messages, r));
  });
  const turn = state.turnIndex === null ? undefined : state.scenario.turns[state.turnIndex];
  if (state.status === 'awaiting-reply' && state.shown && turn) {
    const i = state.records.length;
    bubbles.push({ side: 'customer', key: `c${i}`, text: state.shown.text, t: state.shown.at, mood: state.waitBase?.mood ?? state.mood, turn: turn.id });
    bubbles.push(...messageBubbles(`r${i}`, state.sent, null));
  }
  return bubbles;
}
