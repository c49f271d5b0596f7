import { describe, expect, test } from 'vitest';
import { describeCheck, highlight, tryReply } from '../../../src/lib/playground.ts';
import { compileInput, baseScenario, contentScenario } from '../helpers.ts';

const sizeAdvice = contentScenario('size-advice');
const turn = (id: string) => {
  const found = sizeAdvice.turns.find((t) => t.id === id);
  if (!found) throw new Error(`no turn ${id}`);
  return found;
};
const statuses = (scored: Array<{ result: { id: string; status: string } }>) => Object.fromEntries(scored.map((c) => [c.result.id, c.result.status]));

describe('tryReply', () => {
  test('scores the turn’s criteria and says where the conversation goes', () => {
    const result = tryReply(sizeAdvice, turn('ask-size'), '亲，您好！请问您的身高和体重是多少？');
    expect(statuses(result.criteria)).toEqual({ 'ask-body': 'pass', 'ask-back': 'pass' });
    expect(result.next).toBe('没有分支成立，进入 recommend');
  });

  test('a failed criterion takes its branch', () => {
    const result = tryReply(sizeAdvice, turn('ask-size'), '您好，直接拍 L 码就行。');
    expect(statuses(result.criteria)).toEqual({ 'ask-body': 'fail', 'ask-back': 'fail' });
    expect(result.criteria[0]?.result.missing).toEqual(['身高', '体重']);
    expect(result.next).toBe('分支 1 成立，跳到 insist');
  });

  test('understands a Traditional reply and highlights the characters as typed', () => {
    const reply = '請問您的身高體重是多少？';
    const result = tryReply(sizeAdvice, turn('ask-size'), reply);
    expect(statuses(result.criteria)).toEqual({ 'ask-body': 'pass', 'ask-back': 'pass' });
    expect(result.normalized).toBe('请问您的身高体重是多少?');
    expect(result.segments.filter((s) => s.kind === 'found').map((s) => s.text)).toEqual(['請問', '身高體重', '多少？']);
  });

  test('shows the text the checks read, numerals as digits', () => {
    const result = tryReply(sizeAdvice, turn('stock-price'), 'XL 码有货，七十九元一件，今天就能发。');
    expect(result.matched).toBe('xl码有货,79元1件,今天就能发.');
    expect(statuses(result.criteria)).toEqual({ 'stock-xl': 'pass', price: 'pass', 'ship-time': 'pass' });
  });

  test('applies conversation-wide criteria to the reply where they can apply', () => {
    const opening = tryReply(sizeAdvice, turn('ask-size'), '这是最好的一款。');
    expect(opening.conversation.map((c) => [c.result.id, c.result.status, c.note])).toEqual([
      ['greet-first', 'fail', '只看第一条回复'],
      ['no-absolute', 'fail', '每条回复都要做到'],
    ]);
    expect(opening.segments).toContainEqual({ text: '最好', kind: 'wrong' });
    const later = tryReply(sizeAdvice, turn('closing'), '您好，谢谢！');
    expect(later.conversation[0]).toMatchObject({ result: { status: 'na', matches: [] }, note: '只看第一条回复，这一轮不是开场，对练时不会用这一条判分' });
  });

  test('a branch that depends on the mood or the time is named, not guessed', () => {
    const input = baseScenario();
    const first = input.turns[0];
    if (!first) throw new Error('no turn');
    first.branches = [
      { when: { mood: ['生气'] }, goto: 'rude' },
      { when: { failed: ['greet'] }, goto: 'rude' },
    ];
    const scenario = compileInput(input);
    const hello = scenario.turns[0];
    if (!hello) throw new Error('no turn');
    expect(tryReply(scenario, hello, '在的').next).toBe('分支 1 取决于回复后顾客的情绪（试验台无法判断）；如果它不成立：分支 2 成立，跳到 rude');
  });
});

describe('describeCheck', () => {
  test.each([
    ['ask-size', 0, '每项都要有：身高/多高、体重/多重/几斤/公斤'],
    ['stock-price', 0, '说清XL库存有货'],
    ['stock-price', 1, '说对价格 79 元，不报其他价格'],
  ])('describes %s criterion %i', (id, index, text) => {
    const check = turn(id).criteria[index]?.check;
    if (!check) throw new Error('no criterion');
    expect(describeCheck(check)).toBe(text);
  });

  test('describes a question check', () => {
    expect(describeCheck({ kind: 'question' })).toBe('向顾客提问（？、吗、请问、哪、多少、有没有、麻烦告诉我……）');
  });

  test('describes lexicons by name and shortens long lists', () => {
    expect(describeCheck({ kind: 'forbidden', terms: [], lexicons: ['absolute', 'rude'] })).toBe('不能出现词库里的词：广告法极限词、不礼貌用语');
    expect(describeCheck({ kind: 'any', terms: ['1', '2', '3', '4', '5', '6', '7', '8', '9'] })).toBe('包含任意一个：1、2、3、4、5、6、7、8 等 9 个');
    expect(describeCheck({ kind: 'length', min: null, max: 80 })).toBe('最多 80 个字');
  });
});

describe('highlight', () => {
  test('marks found and wrong spans; wrong wins where they overlap', () => {
    const matches = [
      { start: 0, end: 4, text: '', term: '', wrong: false },
      { start: 2, end: 6, text: '', term: '', wrong: true },
    ];
    expect(highlight('abcdefgh', matches)).toEqual([
      { text: 'ab', kind: 'found' },
      { text: 'cdef', kind: 'wrong' },
      { text: 'gh', kind: 'plain' },
    ]);
  });

  test('returns nothing for an empty reply', () => {
    expect(highlight('', [])).toEqual([]);
  });
});
