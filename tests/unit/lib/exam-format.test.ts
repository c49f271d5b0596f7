import { describe, expect, test } from 'vitest';
import { formatClock, formatDateTime, formatDuration, formatLongDate, integrityFlags, verdict } from '../../../src/lib/exam-format.ts';

describe('exam formats', () => {
  test.each([
    [0, '0 秒'],
    [47_400, '47 秒'],
    [185_000, '3 分 05 秒'],
    [3_720_000, '1 小时 02 分'],
  ])('formatDuration(%d) is %s', (ms, text) => {
    expect(formatDuration(ms)).toBe(text);
  });

  test('counts down in whole seconds, rounding up', () => {
    expect([formatClock(180_000), formatClock(179_001), formatClock(0), formatClock(-5), formatClock(3_723_000)]).toEqual(['03:00', '03:00', '00:00', '00:00', '1:02:03']);
  });

  test('dates in the given time zone', () => {
    expect(formatDateTime('2026-11-23T02:05:00.000Z', 'Asia/Shanghai')).toBe('2026-11-23 10:05');
    expect(formatLongDate('2026-11-23T20:00:00.000Z', 'Asia/Shanghai')).toBe('2026年11月24日');
  });

  test('words the integrity flags as facts', () => {
    expect(integrityFlags({ pastes: 2, pastedChars: 35, away: 3, awayMs: 47_000, reloads: 1, events: [] })).toEqual([
      '粘贴被拦截 2 次（共 35 字）',
      '离开页面 3 次，共 47 秒',
      '页面重新载入 1 次',
    ]);
    expect(integrityFlags({ pastes: 0, pastedChars: 0, away: 0, awayMs: 0, reloads: 0, events: [] })).toEqual([]);
  });

  test('says pass or fail with the grade', () => {
    expect([verdict({ passed: true, grade: '银牌' }), verdict({ passed: true, grade: null }), verdict({ passed: false, grade: null })]).toEqual(['通过 · 银牌', '通过', '未通过']);
  });
});
