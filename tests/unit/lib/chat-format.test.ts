import { describe, expect, test } from 'vitest';
import { clockTime, durationText, oneDecimal, timerText, timerTone } from '../../../src/lib/chat-format.ts';

describe('times', () => {
  test('clockTime is HH:MM in local time', () => {
    const at = new Date(2026, 10, 23, 9, 5, 59).getTime();
    expect(clockTime(at)).toBe('09:05');
    expect(clockTime(Number.NaN)).toBe('--:--');
  });

  test('timerText counts whole seconds as m:ss', () => {
    expect(timerText(0)).toBe('0:00');
    expect(timerText(7_999)).toBe('0:07');
    expect(timerText(65_000)).toBe('1:05');
    expect(timerText(720_000)).toBe('12:00');
    expect(timerText(-5)).toBe('0:00');
  });

  test('durationText: seconds with one decimal, then minutes and seconds', () => {
    expect(durationText(12_345)).toBe('12.3 秒');
    expect(durationText(0)).toBe('0 秒');
    expect(durationText(65_400)).toBe('1 分 5 秒');
    expect(durationText(null)).toBe('—');
    expect(durationText(Number.POSITIVE_INFINITY)).toBe('—');
  });

  test('oneDecimal', () => {
    expect(oneDecimal(62.345)).toBe('62.3');
    expect(oneDecimal(70)).toBe('70');
    expect(oneDecimal(null)).toBe('—');
  });
});

describe('timerTone', () => {
  test('calm, amber over the last quarter of the limit, red past it', () => {
    expect(timerTone(0, 30_000)).toBe('calm');
    expect(timerTone(22_499, 30_000)).toBe('calm');
    expect(timerTone(22_500, 30_000)).toBe('near');
    expect(timerTone(30_000, 30_000)).toBe('near');
    expect(timerTone(30_001, 30_000)).toBe('late');
  });
});
