/**
 * What the chat window shows, derived from the conversation state alone: the bubbles in order,
 * with their times on the log's clock and the customer's mood when each message appeared. A
 * resumed chat replays its log and gets the same bubbles.
 */
import type { ConversationState, TurnRecord } from '../engine/index.ts';
import type { TimelinePoint } from '../schemas/attempt.ts';
import type { Mood } from '../schemas/mood.ts';

export type Bubble =
  | { side: 'customer'; key: string; text: string; t: number; mood: Mood; turn: string }
  | { side: 'trainee'; key: string; text: string; t: number; record: TurnRecord };

/** The customer's mood at time `t`: the last point of the timeline at or before it. */
export function moodAt(timeline: readonly TimelinePoint[], t: number, fallback: Mood): Mood {
  let mood = fallback;
  for (const p of timeline) {
    if (p.t <= t) mood = p.mood;
    else break;
  }
  return mood;
}

/** Every message shown so far, oldest first; the closing message is added by the window when it appears. */
export function conversationBubbles(state: ConversationState): Bubble[] {
  const start = state.scenario.persona.mood;
  const bubbles: Bubble[] = [];
  state.records.forEach((r, i) => {
    // The waiting that precedes a reply can sink the mood: the message keeps the mood it was said in.
    bubbles.push({ side: 'customer', key: `c${i}`, text: r.customer, t: r.shownAt, mood: moodAt(state.timeline, r.shownAt, start), turn: r.turn });
    if (r.reply !== null && r.sentAt !== null) bubbles.push({ side: 'trainee', key: `r${i}`, text: r.reply, t: r.sentAt, record: r });
  });
  const turn = state.turnIndex === null ? undefined : state.scenario.turns[state.turnIndex];
  if (state.status === 'awaiting-reply' && state.shown && turn) {
    bubbles.push({
      side: 'customer',
      key: `c${state.records.length}`,
      text: state.shown.text,
      t: state.shown.at,
      mood: state.waitBase?.mood ?? state.mood,
      turn: turn.id,
    });
  }
  return bubbles;
}
