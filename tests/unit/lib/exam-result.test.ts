import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../../../src/engine/digest.ts';
import { checkResultText, newResultId, resultDigest, resultFileName, signResult } from '../../../src/lib/exam-result.ts';
import { makeResult } from '../result-fixture.ts';

describe('signResult and checkResultText', () => {
  test('a result as downloaded checks out, however it is formatted', async () => {
    const result = await makeResult();
    expect(result.digest).toBe(await resultDigest(result));
    for (const text of [JSON.stringify(result), JSON.stringify(result, null, 2), canonicalJson(result)]) {
      const check = await checkResultText(text);
      expect(check.ok && check.result.id).toBe(result.id);
    }
  });

  test('a result signed before a reply could be several messages (turns without messages) still checks out', async () => {
    const { digest: _digest, ...body } = await makeResult({ chat: true });
    const sections = body.sections.map((s) =>
      s.kind === 'scenarios' ? { ...s, attempts: s.attempts.map((a) => ({ ...a, turns: a.turns.map(({ messages: _m, ...turn }) => turn) })) } : s,
    );
    const old = await signResult({ ...body, sections });
    const check = await checkResultText(JSON.stringify(old));
    expect(check.ok && check.result).toEqual(old);
  });

  test('an edited field no longer matches its digest', async () => {
    const result = await makeResult();
    const edited = { ...result, total: 99.5 };
    expect(await checkResultText(JSON.stringify(edited))).toEqual({ ok: false, kind: 'edited', reason: '校验值不符：文件在导出后被改动过，或已损坏' });
    const renamed = JSON.parse(JSON.stringify(result).replace('张三', '李四')) as unknown;
    expect(await checkResultText(JSON.stringify(renamed))).toMatchObject({ ok: false, kind: 'edited' });
  });

  test.each([
    ['not JSON', '{"format": "kefu-academy/exam-result", ', 'not-json'],
    ['JSON of another kind', '[1, 2, 3]', 'not-a-result'],
    ['a progress backup', '{"version": 1, "lessons": {}}', 'not-a-result'],
    ['a newer version', '{"format": "kefu-academy/exam-result", "version": 2}', 'newer-version'],
    ['wrong types', '{"format": "kefu-academy/exam-result", "version": 1, "id": 5}', 'invalid'],
    ['a __proto__ key', '{"format": "kefu-academy/exam-result", "version": 1, "__proto__": {"passed": true}}', 'invalid'],
    ['deep nesting', `{"format": "kefu-academy/exam-result", "version": 1, "x": ${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'invalid'],
  ])('refuses %s with a reason', async (_name, text, kind) => {
    const check = await checkResultText(text);
    expect(check.ok).toBe(false);
    expect(!check.ok && check.kind).toBe(kind);
    expect(!check.ok && check.reason.length).toBeGreaterThan(5);
  });

  test('names the first field that is wrong', async () => {
    const result = await makeResult();
    const broken = { ...result, sections: [{ ...result.sections[0], score: 'a lot' }] };
    expect(await checkResultText(JSON.stringify(broken))).toMatchObject({ kind: 'invalid', reason: '文件内容不完整或格式不对（sections[0].score）' });
  });

  test('refuses a file over 2 MB before reading it', async () => {
    expect(await checkResultText('{}', 3 * 1024 * 1024)).toMatchObject({ kind: 'too-large', reason: '文件太大（3.0 MB），成绩文件不会超过 2 MB' });
  });
});

describe('newResultId', () => {
  test('makes a version-4 UUID from random bytes', () => {
    expect(newResultId((b) => b.fill(0xff))).toBe('ffffffff-ffff-4fff-bfff-ffffffffffff');
    expect(newResultId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('resultFileName', () => {
  test('names the exam, the candidate and the day, without characters file systems refuse', async () => {
    const result = await makeResult({ name: '王/小*明' });
    expect(resultFileName(result, 'json')).toBe('成绩-测试考核-王_小_明-2026-11-23.json');
  });

  test('drops characters that would hide or reverse part of the name (gpj.exe spoofing)', async () => {
    const result = await makeResult({ name: '张\u202Egpj.exe\u200B三' });
    expect(resultFileName(result, 'json')).toBe('成绩-测试考核-张gpj.exe三-2026-11-23.json');
  });
});
