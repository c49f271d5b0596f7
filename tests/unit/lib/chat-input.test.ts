import { describe, expect, test } from 'vitest';
import { MAX_REPLY, clipText, isBlank, keyAction, logClock, remainingDelay, roomLeft, toChatEvent } from '../../../src/lib/chat-input.ts';
import { ChatEventSchema } from '../../../src/schemas/transcript.ts';

const key = (k: Partial<Parameters<typeof keyAction>[0]>) => keyAction({ key: 'Enter', shiftKey: false, isComposing: false, keyCode: 13, ...k });

describe('keyAction', () => {
  test('Enter sends, Shift+Enter breaks the line', () => {
    expect(key({})).toBe('send');
    expect(key({ shiftKey: true })).toBe('newline');
  });

  test('Enter while an IME composes belongs to the IME (isComposing or keyCode 229)', () => {
    expect(key({ isComposing: true })).toBe('ime');
    expect(key({ keyCode: 229 })).toBe('ime');
    expect(key({ isComposing: true, shiftKey: true })).toBe('ime');
  });

  test('other keys do nothing special', () => {
    expect(key({ key: 'a', keyCode: 65 })).toBeNull();
    expect(key({ key: 'Process', keyCode: 229 })).toBeNull();
  });
});

describe('isBlank', () => {
  test('whitespace, control and invisible characters alone are blank', () => {
    for (const text of ['', ' ', '\n\n', '\u3000', '\u200b\u200c\u200d\ufeff', '\u202e', '\u0000\u0007\t']) expect(isBlank(text), JSON.stringify(text)).toBe(true);
  });

  test('anything visible is not', () => {
    for (const text of ['好', 'a', '？', '👍', ' 1 ', '\u200b嗯']) expect(isBlank(text), text).toBe(false);
  });
});

describe('clipText and roomLeft', () => {
  test('cuts to the room left without splitting a surrogate pair', () => {
    expect(clipText('abc', 5)).toBe('abc');
    expect(clipText('abcdef', 3)).toBe('abc');
    expect(clipText('ab👍c', 3)).toBe('ab');
    expect(clipText('ab👍c', 4)).toBe('ab👍');
    expect(clipText('abc', 0)).toBe('');
    expect(clipText('abc', -2)).toBe('');
  });

  test('room counts the selection as replaced', () => {
    expect(roomLeft(0, 0)).toBe(MAX_REPLY);
    expect(roomLeft(1990, 0)).toBe(10);
    expect(roomLeft(2000, 0)).toBe(0);
    expect(roomLeft(2000, 500)).toBe(500);
    expect(roomLeft(10, 0, 5)).toBe(0);
  });
});

describe('toChatEvent', () => {
  test('turns each DOM event into a valid log entry at time t', () => {
    const events = [
      toChatEvent({ type: 'compositionstart' }, 1),
      toChatEvent({ type: 'compositionupdate', data: 'ni' }, 2),
      toChatEvent({ type: 'compositionend', data: '你' }, 3),
      toChatEvent({ type: 'input', inputType: 'insertCompositionText', data: '你', isComposing: true }, 3),
      toChatEvent({ type: 'input', inputType: 'deleteContentBackward', data: null, isComposing: false }, 4),
      toChatEvent({ type: 'paste', text: '79 元' }, 5),
      toChatEvent({ type: 'focus' }, 6),
      toChatEvent({ type: 'blur' }, 7),
      toChatEvent({ type: 'visibilitychange', hidden: true }, 8),
      toChatEvent({ type: 'visibilitychange', hidden: false }, 9),
    ];
    expect(events).toEqual([
      { type: 'compositionstart', t: 1 },
      { type: 'compositionupdate', t: 2, data: 'ni' },
      { type: 'compositionend', t: 3, data: '你' },
      { type: 'input', t: 3, inputType: 'insertCompositionText', data: '你', isComposing: true },
      { type: 'input', t: 4, inputType: 'deleteContentBackward', data: null, isComposing: false },
      { type: 'paste', t: 5, text: '79 元' },
      { type: 'focus', t: 6 },
      { type: 'blur', t: 7 },
      { type: 'visibility', t: 8, state: 'hidden' },
      { type: 'visibility', t: 9, state: 'visible' },
    ]);
    for (const e of events) expect(ChatEventSchema.safeParse(e).success).toBe(true);
  });

  test('a composition with no data records an empty string', () => {
    expect(toChatEvent({ type: 'compositionend', data: null }, 1)).toEqual({ type: 'compositionend', t: 1, data: '' });
  });

  test('a huge paste is kept only as far as the reply box can hold it', () => {
    const paste = toChatEvent({ type: 'paste', text: 'x'.repeat(100_000) }, 1);
    expect(paste.type === 'paste' && paste.text.length).toBe(MAX_REPLY);
    const input = toChatEvent({ type: 'input', inputType: 'insertFromPaste', data: 'y'.repeat(100_000), isComposing: false }, 1);
    expect(input.type === 'input' && input.data?.length).toBe(MAX_REPLY);
  });
});

describe('logClock', () => {
  test('a fresh chat uses the raw clock', () => {
    let now = 5;
    const clock = logClock(() => now, null);
    expect(clock()).toBe(5);
    now = 900;
    expect(clock()).toBe(900);
  });

  test('after a reload performance.now starts near 0: the clock carries on from the last logged time', () => {
    let now = 120;
    const clock = logClock(() => now, 60_000);
    expect(clock()).toBe(60_000);
    now = 1_120;
    expect(clock()).toBe(61_000);
  });

  test('a host clock that survives reloads is used as it is', () => {
    const clock = logClock(() => 90_000, 60_000);
    expect(clock()).toBe(90_000);
  });

  test('never goes backwards, even when the raw clock does', () => {
    let now = 1_000;
    const clock = logClock(() => now, null);
    expect(clock()).toBe(1_000);
    now = 400;
    expect(clock()).toBe(1_000);
  });
});

describe('the pending customer message', () => {
  test('waits only what is left of its delay', () => {
    expect(remainingDelay(3_000, 10_000, 10_000)).toBe(3_000);
    expect(remainingDelay(3_000, 10_000, 12_000)).toBe(1_000);
    expect(remainingDelay(3_000, 10_000, 20_000)).toBe(0);
    expect(remainingDelay(3_000, 10_000, 9_000)).toBe(3_000);
  });
});
