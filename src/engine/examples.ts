/**
 * Trainers' model conversations (`examples` in a scenario) run through the real engine: each is
 * turned into an event log, replayed and scored, and must pass or fail as declared. Content
 * checks report every disagreement with the criterion that caused it.
 */
import type { AttemptResult, CriterionResult } from '../schemas/attempt.ts';
import { DEFAULT_EXAMPLE_SECONDS, replyMessages, type Example, type ExampleReply } from '../schemas/scenario.ts';
import type { ChatEvent } from '../schemas/transcript.ts';
import type { CompiledScenario } from './compiled.ts';
import { closesAt, start, step, type ConversationState } from './conversation.ts';
import { evaluateCriterion, prepareReply } from './rubric.ts';
import { score } from './score.ts';
import { countChars } from './typing.ts';

/** A result that differs from what the trainer declared. */
export interface Disagreement {
  /** Field path in the scenario's frontmatter: `['examples', 2]`, `['turns', 0, 'model']`. */
  path: (string | number)[];
  message: string;
}

/** Without a speed, an example's later messages follow one another this quickly (well before the reply closes). */
export const EXAMPLE_GAP_MS = 1000;

/** Typing events of an example come this often: well inside the idle cap and the quiet pause that closes a reply. */
const KEYSTROKE_MS = 1000;

/**
 * The events of one reply: each message an IME composition that commits it whole, typed at
 * `speed` 字/分钟. The first message is sent `seconds` after the customer's message appeared; each
 * later one is typed right after the one before and sent when done. Without a speed there are no
 * typing events (typing is not scored) and the later messages follow {@link EXAMPLE_GAP_MS} apart.
 */
export function replyEvents(reply: ExampleReply, shownAt: number): ChatEvent[] {
  const events: ChatEvent[] = [];
  let sendT = shownAt + (reply.seconds ?? DEFAULT_EXAMPLE_SECONDS) * 1000;
  replyMessages(reply.text).forEach((text, i) => {
    const from = i === 0 ? shownAt : sendT;
    if (reply.speed === undefined) {
      if (i > 0) sendT += EXAMPLE_GAP_MS;
    } else {
      const duration = (countChars(text) / reply.speed) * 60_000;
      if (i > 0) sendT += duration;
      const startT = Math.max(from, sendT - duration);
      events.push({ type: 'compositionstart', t: startT });
      for (let t = startT + KEYSTROKE_MS; t < sendT; t += KEYSTROKE_MS) events.push({ type: 'compositionupdate', t, data: 'pinyin' });
      events.push({ type: 'compositionend', t: sendT, data: text });
    }
    events.push({ type: 'send', t: sendT, text });
  });
  return events;
}

export interface ExampleRun {
  events: ChatEvent[];
  state: ConversationState;
  result: AttemptResult;
  /** Replies left over after the conversation ended. */
  unused: number;
}

/**
 * Plays an example: each reply answers whatever message the customer sends next. After a reply,
 * a tick at the end of its quiet window closes the turn, as the chat window's timer does.
 */
export function playExample(scenario: CompiledScenario, replies: readonly ExampleReply[]): ExampleRun {
  let state = start(scenario);
  const events: ChatEvent[] = [];
  const feed = (event: ChatEvent): void => {
    events.push(event);
    state = step(state, event);
  };
  let used = 0;
  for (const reply of replies) {
    const pending = state.pending;
    if (state.status !== 'customer-typing' || !pending || pending.turn === null) break;
    const t = (pending.since ?? 0) + pending.delayMs;
    feed({ type: 'customer', t, turn: pending.turn });
    for (const event of replyEvents(reply, t)) feed(event);
    const closeAt = closesAt(state);
    if (closeAt !== null) feed({ type: 'tick', t: closeAt });
    used++;
  }
  return { events, state, result: score(state), unused: replies.length - used };
}

const named = (c: CriterionResult): string => `「${c.label}」(${c.id})`;

/** Every criterion result of an attempt, turn by turn, then the conversation rubric. */
function allCriteria(result: AttemptResult): CriterionResult[] {
  return [...result.turns.flatMap((t) => t.criteria), ...result.rubric.criteria];
}

/** Runs the examples; one disagreement per example that does not score as declared. */
export function runExamples(scenario: CompiledScenario, examples: readonly Example[]): Disagreement[] {
  const out: Disagreement[] = [];
  examples.forEach((example, i) => {
    const { result, unused, state } = playExample(scenario, example.replies);
    const say = (message: string): void => {
      out.push({ path: ['examples', i], message: `示例「${example.name}」${message}` });
    };
    if (result.outcome === 'incomplete') {
      say(`的回复不够：对话停在 ${state.pending?.turn ?? '未知'}，还在等第 ${example.replies.length + 1} 条回复`);
      return;
    }
    if (unused > 0) {
      say(`多了 ${unused} 条回复：对话在第 ${example.replies.length - unused} 条回复后就结束了（${result.outcome === 'customer-left' ? '顾客离开' : '到达 end'}）`);
      return;
    }
    const failed = allCriteria(result).filter((c) => c.status === 'fail');
    if (example.expect === 'pass' && !result.passed) {
      const why = [
        ...(failed.length > 0 ? [`未通过的评分项：${[...new Map(failed.map((c) => [c.id, named(c)])).values()].join('、')}`] : []),
        ...result.reasons.filter((r) => r.kind !== 'critical').map((r) => r.message),
      ];
      say(`应当通过，但没有通过。${why.join('；')}`);
      return;
    }
    if (example.expect === 'fail') {
      if (example.criterion !== undefined) {
        const results = allCriteria(result).filter((c) => c.id === example.criterion);
        if (!results.some((c) => c.status === 'fail')) {
          const status = results.some((c) => c.status === 'pass') ? '通过' : '不适用（那一轮没有出现）';
          const label = results[0]?.label ?? example.criterion;
          say(`应当因评分项「${label}」(${example.criterion}) 不通过，但这一项实际为${status}`);
          return;
        }
      }
      if (result.passed) say(`应当不通过，但通过了（总分 ${result.total}，及格线 ${result.passMark}）`);
    }
  });
  return out;
}

/** Checks every turn's model answer against that turn's criteria and the every-reply criteria. */
export function checkModelAnswers(scenario: CompiledScenario): Disagreement[] {
  const eachReply = scenario.rubric.filter((c) => c.scope === 'each-reply');
  return scenario.turns.flatMap((turn, i) => {
    const reply = prepareReply(turn.model, scenario.fold);
    const failed = [...turn.criteria, ...eachReply].map((c) => evaluateCriterion(c, reply)).filter((r) => r.status === 'fail');
    return failed.length === 0 ? [] : [{ path: ['turns', i, 'model'], message: `参考答案没有通过评分项 ${failed.map(named).join('、')}` }];
  });
}
