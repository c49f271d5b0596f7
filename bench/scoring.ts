/**
 * Scoring and compiling: a 20-turn conversation typed through an IME (about 2,600 events), replayed
 * and scored the way the chat island and the CLI do; and compiling scenarios at build time.
 */
import { readFileSync } from 'node:fs';
import { parseYaml } from '../src/content-check/frontmatter.ts';
import { loadScenario } from '../src/content-check/scenarios.ts';
import { compileScenario } from '../src/engine/compile.ts';
import type { CompiledScenario } from '../src/engine/compiled.ts';
import { QUIET_MS, start, step, type ConversationState } from '../src/engine/conversation.ts';
import { scoreEvents } from '../src/engine/score.ts';
import { fullFoldTable } from '../src/lib/t2s.ts';
import { GlossarySchema } from '../src/schemas/glossary.ts';
import { ScenarioSchema, type ScenarioInput } from '../src/schemas/scenario.ts';
import type { ChatEvent } from '../src/schemas/transcript.ts';
import type { Section } from './run.ts';

const glossary = GlossarySchema.parse(parseYaml(readFileSync('content/glossary.yaml', 'utf8')));

const REPLY = '亲，您好！XL 码有现货，单件 79 元，下午 4 点前付款当天发货，还有其他问题随时找我哦。';

/** A scenario of 20 turns, each with five criteria, plus three conversation-wide ones. */
function twentyTurns(): ScenarioInput {
  const feedback = { pass: '做到了', fail: '没做到' };
  return {
    title: '二十轮基准场景',
    summary: '用于测量评分速度。',
    role: '售前',
    difficulty: '进阶',
    covers: ['C2'],
    persona: { name: '基准', mood: '平静', patience: 80 },
    facts: { product: 'T 恤', price: 79, sizes: ['M', 'XL'], stock: { M: 3, XL: 18 }, couriers: ['中通'] },
    turns: Array.from({ length: 20 }, (_, i) => ({
      id: `t${i + 1}`,
      customer: `第 ${i + 1} 个问题：XL 码有货吗？多少钱？什么时候发？`,
      timeLimit: 60,
      model: REPLY,
      criteria: [
        { id: `greet-${i}`, label: '问候', feedback, check: { kind: 'any' as const, groups: ['greeting'] } },
        { id: `all-${i}`, label: '要点', feedback, check: { kind: 'all' as const, terms: ['有货|现货', '发货'] } },
        { id: `price-${i}`, label: '价格', feedback, check: { kind: 'fact' as const, fact: 'price' } },
        { id: `stock-${i}`, label: '库存', feedback, check: { kind: 'fact' as const, fact: 'stock', size: 'XL' } },
        { id: `len-${i}`, label: '长度', feedback, check: { kind: 'length' as const, min: 10, max: 120 } },
      ],
    })),
    rubric: [
      { id: 'no-forbidden', label: '禁用词', scope: 'each-reply', feedback, check: { kind: 'forbidden', lexicons: ['absolute', 'off-platform', 'rude'] } },
      { id: 'asks', label: '提问', scope: 'any-reply', feedback, check: { kind: 'question' } },
      { id: 'order', label: '顺序', scope: 'whole-conversation', feedback, check: { kind: 'order', before: { groups: ['greeting'] }, after: { terms: ['79'] } } },
    ],
    examples: [
      { name: '好', expect: 'pass', replies: [{ text: REPLY }] },
      { name: '坏', expect: 'fail', replies: [{ text: '不知道' }] },
    ],
  };
}

/** Two keys per character of pinyin, a candidate pick, punctuation typed directly: like a trainee's log. */
function imeLog(scenario: CompiledScenario): ChatEvent[] {
  let state: ConversationState = start(scenario);
  let t = 0;
  const events: ChatEvent[] = [];
  const feed = (e: ChatEvent): void => {
    events.push(e);
    state = step(state, e);
  };
  while (state.pending?.turn) {
    t += state.pending.delayMs;
    feed({ type: 'customer', t, turn: state.pending.turn });
    t += 2000;
    for (const ch of REPLY) {
      if (/[\p{Script=Han}]/u.test(ch)) {
        feed({ type: 'compositionstart', t });
        for (const key of ['x', 'xi']) {
          t += 150;
          feed({ type: 'compositionupdate', t, data: key });
          feed({ type: 'input', t, inputType: 'insertCompositionText', data: key, isComposing: true });
        }
        t += 300;
        feed({ type: 'compositionend', t, data: ch });
      } else {
        t += 150;
        feed({ type: 'input', t, inputType: 'insertText', data: ch, isComposing: false });
      }
    }
    t += 400;
    feed({ type: 'send', t, text: REPLY });
    // The reply closes after the quiet pause; the tick that shows it lets the customer answer.
    t += QUIET_MS;
    feed({ type: 'tick', t });
  }
  return events;
}

export const scoring: Section = {
  name: 'scoring',
  cases() {
    const full = fullFoldTable();
    const input = ScenarioSchema.parse(twentyTurns());
    const big = compileScenario('bench', input, glossary, full);
    const log = imeLog(big);
    const result = scoreEvents(big, log).result;
    if (result.turns.length !== 20 || !result.passed) throw new Error('the benchmark conversation should pass all 20 turns');
    const sizeAdvice = readFileSync('content/scenarios/size-advice.mdx', 'utf8');
    return [
      { name: `replay + score, 20 turns (${log.length} events)`, runs: 300, goal: '< 5 ms', goalMs: 5, fn: () => scoreEvents(big, log) },
      { name: 'compile the 20-turn scenario', runs: 100, fn: () => compileScenario('bench', input, glossary, full) },
      { name: 'validate + compile size-advice.mdx', runs: 100, fn: () => loadScenario('content/scenarios/size-advice.mdx', sizeAdvice, glossary) },
    ];
  },
};
