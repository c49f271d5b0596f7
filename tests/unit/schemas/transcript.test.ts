import { readFileSync } from 'node:fs';
import * as z from 'zod/mini';
import { describe, expect, test } from 'vitest';
import { fieldPath } from '../../../src/content-check/report.ts';
import { TranscriptSchema } from '../../../src/schemas/transcript.ts';

z.config(z.locales.zhCN());

const problems = (data: unknown): string[] => {
  const result = TranscriptSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${fieldPath(i.path) || '(文件)'}: ${i.message}`);
};

describe('TranscriptSchema', () => {
  test('accepts the fixture transcripts', () => {
    for (const name of ['size-advice-pass.json', 'size-advice-fail.json']) {
      expect(problems(JSON.parse(readFileSync(`tests/fixtures/transcripts/${name}`, 'utf8')))).toEqual([]);
    }
  });

  test('accepts every event type', () => {
    expect(
      problems({
        version: 2,
        scenario: 'size-advice',
        startedAt: '2026-11-23T09:30:00.000Z',
        events: [
          { type: 'customer', t: 1200.5, turn: 'ask-size' },
          { type: 'focus', t: 1300 },
          { type: 'compositionstart', t: 1400 },
          { type: 'compositionupdate', t: 1500, data: 'ni' },
          { type: 'input', t: 1500, inputType: 'insertCompositionText', data: 'ni', isComposing: true },
          { type: 'compositionend', t: 1600, data: '你' },
          { type: 'input', t: 1700, inputType: 'deleteContentBackward', data: null },
          { type: 'paste', t: 1800, text: '您好' },
          { type: 'blur', t: 1900 },
          { type: 'visibility', t: 2000, state: 'hidden' },
          { type: 'visibility', t: 3000, state: 'visible' },
          { type: 'tick', t: 4000 },
          { type: 'send', t: 5000, text: '您好' },
          { type: 'end', t: 6000 },
        ],
      }),
    ).toEqual([]);
  });

  test('says what is wrong, with the field path', () => {
    expect(
      problems({
        version: 3,
        scenario: 'Size Advice.mdx',
        startedAt: 'yesterday',
        events: [{ type: 'keydown', t: 1 }, { type: 'send', t: -5, text: '好' }, { type: 'tick', t: 'soon' }, { type: 'send', t: 1 }],
      }),
    ).toMatchInlineSnapshot(`
      [
        "version: version 应为 2（旧的对话记录是 1）",
        "scenario: scenario 应为场景的文件名（小写英文和连字符，不带 .mdx）",
        "startedAt: startedAt 应为 ISO 时间，例如 2026-11-23T09:30:00.000Z",
        "events[0].type: 未知的事件类型（type 应为 customer、compositionstart、compositionupdate、compositionend、input、paste、send、focus、blur、visibility、tick、end 之一）",
        "events[1].t: 时间 t 不能为负数",
        "events[2].t: 时间 t 应为毫秒数（有限的数字）",
        "events[3].text: 无效输入：期望 string，实际接收 undefined",
      ]
    `);
  });
});
