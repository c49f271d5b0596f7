/** Shared test setup: the real glossary and fold table, and a small scenario to build on. */
import { readdirSync, readFileSync } from 'node:fs';
import { parseYaml } from '../../src/content-check/frontmatter.ts';
import { loadScenario } from '../../src/content-check/scenarios.ts';
import { compileScenario } from '../../src/engine/compile.ts';
import type { CompiledScenario } from '../../src/engine/compiled.ts';
import { fullFoldTable } from '../../src/lib/t2s.ts';
import { GlossarySchema, type Glossary } from '../../src/schemas/glossary.ts';
import { ScenarioSchema, type ScenarioInput } from '../../src/schemas/scenario.ts';
import type { ChatEvent } from '../../src/schemas/transcript.ts';

export const glossary: Glossary = GlossarySchema.parse(parseYaml(readFileSync('content/glossary.yaml', 'utf8')));

/** Every scenario of the course: each one's examples and model answers are tested. */
export const SCENARIO_FILES = readdirSync('content/scenarios')
  .filter((name) => name.endsWith('.mdx'))
  .sort()
  .map((name) => `content/scenarios/${name}`);

/** A scenario of content/scenarios, compiled as the site does. */
export function contentScenario(slug: string): CompiledScenario {
  const path = `content/scenarios/${slug}.mdx`;
  const load = loadScenario(path, readFileSync(path, 'utf8'), glossary);
  if (!load.ok) throw new Error(load.issues.map((i) => `${i.field}: ${i.message}`).join('\n'));
  return load.compiled;
}

/** A minimal valid scenario: two turns, a pass and a fail example. */
export function baseScenario(): ScenarioInput {
  return {
    title: '测试场景',
    summary: '用于单元测试的场景。',
    role: '售前',
    difficulty: '入门',
    covers: ['C2'],
    persona: { name: '小测', mood: '平静', patience: 60 },
    facts: { product: '测试商品', price: 399, sizes: ['M', 'L'], stock: { M: 5, L: 0 }, couriers: ['中通'] },
    turns: [
      {
        id: 'hello',
        customer: '在吗？',
        customerByMood: { 生气: '到底有没有人？' },
        timeLimit: 30,
        criteria: [
          {
            id: 'greet',
            label: '问候',
            feedback: { pass: '好', fail: '要问候' },
            check: { kind: 'any', groups: ['greeting'] },
          },
        ],
        model: '您好，请问有什么可以帮您？',
        branches: [{ when: { failed: ['greet'] }, goto: 'rude' }],
        next: 'price',
      },
      {
        id: 'rude',
        customer: '你怎么不打招呼？',
        model: '抱歉，您好！',
        criteria: [],
      },
      {
        id: 'price',
        customer: '多少钱？',
        timeLimit: 30,
        criteria: [
          {
            id: 'price',
            label: '报价',
            feedback: { pass: '对', fail: '错' },
            check: { kind: 'fact', fact: 'price' },
          },
        ],
        model: '399 元。',
      },
    ],
    examples: [
      { name: '好', expect: 'pass', replies: [{ text: '您好！' }, { text: '399 元' }] },
      { name: '坏', expect: 'fail', criterion: 'price', replies: [{ text: '您好！' }, { text: '299 元' }] },
    ],
  };
}

export function compileInput(input: ScenarioInput, slug = 'test'): CompiledScenario {
  return compileScenario(slug, ScenarioSchema.parse(input), glossary, fullFoldTable());
}

/** Keystrokes of an IME commit: compositionstart, one update per pinyin prefix, compositionend. */
export function ime(t: number, pinyin: string, text: string, stepMs = 100): ChatEvent[] {
  const events: ChatEvent[] = [{ type: 'compositionstart', t }];
  for (let i = 1; i <= pinyin.length; i++) events.push({ type: 'compositionupdate', t: t + i * stepMs, data: pinyin.slice(0, i) });
  events.push({ type: 'compositionend', t: t + (pinyin.length + 1) * stepMs, data: text });
  return events;
}
