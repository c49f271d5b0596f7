import { describe, expect, test } from 'vitest';
import { examTimingIssues, quickestConversation } from '../../../src/lib/exam-refs.ts';
import { ExamSchema, type Exam } from '../../../src/schemas/exam.ts';
import { ScenarioSchema, type Scenario } from '../../../src/schemas/scenario.ts';
import { baseExam } from '../exam-fixtures.ts';
import { baseScenario } from '../helpers.ts';

type Turns = Pick<Scenario, 'turns'>['turns'];

/** Turns with only what the timing reads: ids, the customer's text, branches and next. */
function turns(...specs: Array<{ id: string; customer?: string; goto?: string[]; next?: string }>): Pick<Scenario, 'turns' | 'thresholds'> {
  return {
    turns: specs.map((t) => ({
      id: t.id,
      customer: t.customer ?? '在吗？',
      timeLimit: 60,
      criteria: [],
      model: '您好。',
      branches: (t.goto ?? []).map((goto) => ({ when: { late: true }, goto })),
      ...(t.next === undefined ? {} : { next: t.next }),
    })) as Turns,
  };
}

// 在吗？ is 3 characters: the customer types for 1 + 0.45 = 1.45 s.
const MESSAGE = 1.45;

describe('quickestConversation', () => {
  test('follows the turns in order when nothing branches', () => {
    expect(quickestConversation(turns({ id: 'a' }, { id: 'b' }, { id: 'c' }), 35)).toEqual({ seconds: 3 * (MESSAGE + 35), replies: 3 });
  });

  test('takes a branch that ends the conversation early, and ignores loops', () => {
    const way = quickestConversation(turns({ id: 'a', goto: ['c', 'a'] }, { id: 'b' }, { id: 'c', goto: ['end'], next: 'b' }), 30);
    expect(way).toEqual({ seconds: 2 * (MESSAGE + 30), replies: 2 });
  });

  test('weighs the customer’s typing: a long message costs more than a short one', () => {
    const long = '你好，我想问一下这件衣服有没有 XL 码，还有就是今天下单明天能不能送到，我比较着急。';
    const way = quickestConversation(turns({ id: 'a', goto: ['b'], next: 'c' }, { id: 'b', customer: long, next: 'end' }, { id: 'c', next: 'end' }), 35);
    expect(way).toEqual({ seconds: 2 * (MESSAGE + 35), replies: 2 });
  });

  test('is null when the end cannot be reached', () => {
    expect(quickestConversation(turns({ id: 'a', next: 'b' }, { id: 'b', next: 'a' }), 35)).toBeNull();
  });
});

describe('examTimingIssues', () => {
  const scenario = ScenarioSchema.parse(baseScenario());
  const exam = (edit: (e: Exam) => void = () => {}): Exam => {
    const e = ExamSchema.parse(baseExam());
    edit(e);
    return e;
  };
  const chat = (e: Exam) => {
    const s = e.sections[1];
    if (s?.kind !== 'scenarios') throw new Error('no chat section');
    return s;
  };
  const seconds = quickestConversation(scenario, 35)?.seconds ?? 0;
  const need = Math.ceil(seconds);
  const needTwo = Math.ceil(2 * seconds);

  test('passes a section with time for the longest draw, and names the shortfall otherwise', () => {
    const scenarios = new Map([['one', scenario], ['two', scenario]]);
    const fits = exam((e) => {
      chat(e).pool = ['one', 'two'];
      chat(e).draw = 2;
      chat(e).timeLimit = needTwo;
    });
    expect(examTimingIssues(fits, scenarios)).toEqual([]);
    const short = exam((e) => {
      chat(e).pool = ['one', 'two'];
      chat(e).draw = 2;
      chat(e).timeLimit = needTwo - 1;
    });
    expect(examTimingIssues(short, scenarios)).toEqual([
      {
        path: ['sections', 1, 'timeLimit'],
        message: `限时 ${needTwo - 1} 秒不够：抽到 one、two 的考生走最短的对话也要回复 2 + 2 条，每条按平响满分的 35 秒算（加上顾客打字的时间）约需 ${needTwo} 秒；把 timeLimit 加到至少 ${needTwo}，或少抽几个场景`,
      },
    ]);
  });

  test('uses the exam’s own average-response band', () => {
    const quick = exam((e) => {
      chat(e).pool = ['one'];
      chat(e).timeLimit = need - 1;
      e.thresholds = { averageResponse: { full: 20, zero: 40 } };
    });
    expect(examTimingIssues(quick, new Map([['one', scenario]]))).toEqual([]);
    delete quick.thresholds;
    expect(examTimingIssues(quick, new Map([['one', scenario]]))).toHaveLength(1);
  });

  test('uses a scenario’s own band when the exam sets none', () => {
    const own = { ...scenario, thresholds: { averageResponse: { full: 20, zero: 40 } } };
    const quick = exam((e) => {
      chat(e).pool = ['one'];
      chat(e).timeLimit = need - 1;
    });
    expect(examTimingIssues(quick, new Map([['one', own]]))).toEqual([]);
  });

  test('leaves unknown scenarios to the reference check', () => {
    const unknown = exam((e) => {
      chat(e).pool = ['missing'];
      chat(e).timeLimit = 30;
    });
    expect(examTimingIssues(unknown, new Map())).toEqual([]);
  });
});
