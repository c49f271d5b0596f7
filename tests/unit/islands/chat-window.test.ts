// @vitest-environment jsdom
/**
 * The chat window in a DOM (jsdom), on fake timers and a host clock: what the exam runner relies
 * on — resuming a log, ending from outside, every event reported, nothing revealed in exam mode —
 * and the server's HTML, which hydration takes over without a change.
 */
// With a synchronous callback, act renders and runs effects before it returns.
import { act } from 'preact/test-utils';
import { createElement } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import type { ConversationState } from '../../../src/engine/conversation.ts';
import { customerDelayMs, DRAIN_PER_SECOND, QUIET_MS } from '../../../src/engine/conversation.ts';
import ChatWindow, { type ChatWindowProps } from '../../../src/islands/chat/ChatWindow.tsx';
import PracticeReply from '../../../src/islands/chat/PracticeReply.tsx';
import type { ChatEvent } from '../../../src/schemas/transcript.ts';
import { contentScenario } from '../helpers.ts';

const compiled = contentScenario('size-advice');
const opening = compiled.turns[0]?.customer['平静'] ?? '';

let root: Root;
let container: HTMLDivElement;
let clock = 0;
const now = (): number => clock;

function advance(ms: number): void {
  act(() => {
    clock += ms;
    vi.advanceTimersByTime(ms);
  });
}

function mount(props: Partial<ChatWindowProps> = {}) {
  const events: ChatEvent[] = [];
  const finished: { state: ConversationState; events: ChatEvent[] }[] = [];
  const element = (more: Partial<ChatWindowProps>) =>
    createElement(ChatWindow, {
      scenario: compiled,
      mode: 'practice',
      // What the practice island passes; exams pass nothing.
      ...(props.mode === 'exam' ? {} : { Reply: PracticeReply }),
      now,
      onEvent: (e) => events.push(e),
      onFinish: (state, log) => finished.push({ state, events: log }),
      ...props,
      ...more,
    });
  act(() => root.render(element({})));
  /** Renders again with other props, as a host does. */
  const rerender = (more: Partial<ChatWindowProps>): void => void act(() => root.render(element(more)));
  return { events, finished, rerender };
}

const click = (el: Element | null | undefined): void => void act(() => (el as HTMLElement | null)?.click());
const button = (name: string): HTMLButtonElement | undefined => $$('button').find((b) => b.textContent === name) as HTMLButtonElement | undefined;

const $ = (selector: string): HTMLElement | null => container.querySelector(selector);
const $$ = (selector: string): HTMLElement[] => [...container.querySelectorAll<HTMLElement>(selector)];
const box = (): HTMLTextAreaElement => {
  const el = container.querySelector('textarea');
  if (!el) throw new Error('no reply box');
  return el;
};

function typeAndSend(text: string): void {
  act(() => {
    const el = box();
    el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    el.dispatchEvent(new CompositionEvent('compositionupdate', { data: 'ni' }));
    el.value = text;
    el.dispatchEvent(new CompositionEvent('compositionend', { data: text }));
    el.dispatchEvent(new InputEvent('input', { inputType: 'insertText', data: text, isComposing: false }));
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
  });
}

const quietHint = (): string => $('.quiet-hint')?.textContent ?? '';

beforeEach(() => {
  vi.useFakeTimers();
  clock = 0;
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
});

afterEach(() => {
  act(() => root.unmount());
  container.remove();
  vi.useRealTimers();
});

describe('a fresh chat', () => {
  test('the customer types, the message appears after its delay, is announced once, and every event is reported', () => {
    const { events } = mount();
    expect($('.typing')?.textContent).toContain('对方正在输入…');
    advance(customerDelayMs(opening) - 1);
    expect($$('.bubble.customer')).toHaveLength(0);
    advance(1);
    expect($$('.bubble.customer')).toHaveLength(1);
    expect(events).toEqual([{ type: 'customer', t: customerDelayMs(opening), turn: 'ask-size' }]);
    expect($('[aria-live="polite"]')?.textContent).toBe(`小周：${opening}`);

    advance(3_000);
    expect(events.filter((e) => e.type === 'tick')).toHaveLength(3);
    expect($('.turn-timer [role="timer"]')?.textContent).toBe('0:03');
  });

  test('DOM events become log entries; Enter while composing does not send; Enter sends', () => {
    const { events } = mount();
    advance(customerDelayMs(opening));
    act(() => {
      const el = box();
      el.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
      el.dispatchEvent(new CompositionEvent('compositionupdate', { data: 'nin' }));
      el.value = 'nin';
      el.dispatchEvent(new InputEvent('input', { inputType: 'insertCompositionText', data: 'nin', isComposing: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', isComposing: true, bubbles: true, cancelable: true }));
      el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', keyCode: 229, bubbles: true, cancelable: true }));
    });
    expect(events.some((e) => e.type === 'send')).toBe(false);
    typeAndSend('您好，请问您的身高体重是多少？');
    const types = events.map((e) => e.type);
    expect(types).toEqual(['customer', 'compositionstart', 'compositionupdate', 'input', 'compositionstart', 'compositionupdate', 'compositionend', 'input', 'send']);
    expect(events[3]).toMatchObject({ type: 'input', inputType: 'insertCompositionText', data: 'nin', isComposing: true });
    expect(events.at(-1)).toMatchObject({ type: 'send', text: '您好，请问您的身高体重是多少？' });
    expect(box().value).toBe('');
    advance(QUIET_MS);
    expect($('.reply-feedback')?.textContent).toContain('问清身高和体重');
  });

  test('an empty reply is not sent', () => {
    const { events } = mount();
    advance(customerDelayMs(opening));
    act(() => {
      box().value = ' \u200b\n';
      box().dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true }));
    });
    expect(events.some((e) => e.type === 'send')).toBe(false);
  });

  test('a waiting customer leaves on time through the ticks, and the chat reports its end once', () => {
    const { finished } = mount();
    advance(customerDelayMs(opening));
    // Patience drains at DRAIN_PER_SECOND once the turn's time limit has passed.
    const leavesAfter = compiled.turns[0]!.timeLimitMs + (compiled.persona.patience / DRAIN_PER_SECOND) * 1000;
    advance(leavesAfter - 1_000);
    expect(finished).toHaveLength(0);
    advance(1_000);
    expect(finished).toHaveLength(1);
    expect(finished[0]?.state.outcome).toBe('customer-left');
    expect(container.querySelector('textarea')).toBeNull();
    expect($('.chat-outcome')?.textContent).toContain('顾客离开了');
    advance(10_000);
    expect(finished).toHaveLength(1);
    expect($('.bubble.closing')?.textContent).toContain('算了，不想再等了。');
  });
});

describe('a reply of several messages', () => {
  test('an acknowledgement, then the answer: one turn, read after the quiet pause, with its feedback once', () => {
    const { events } = mount();
    advance(customerDelayMs(opening));
    const shownAt = clock;
    advance(2_000);
    typeAndSend('亲，在的～');
    expect(box().value).toBe('');
    expect(container.querySelector('textarea')).not.toBeNull();
    expect($$('.bubble.trainee')).toHaveLength(1);
    expect($('.reply-feedback')).toBeNull();
    expect(quietHint()).toBe('可以继续补充；停顿 3 秒后顾客才会回复。');
    expect($('.typing')).toBeNull();
    // The timer stops at the first message: that is the response time.
    advance(2_000);
    expect($('.turn-timer [role="timer"]')?.textContent).toBe('0:02');

    typeAndSend('请问您的身高和体重是多少？');
    const lastSend = clock;
    expect($$('.bubble.trainee')).toHaveLength(2);
    advance(QUIET_MS - 1);
    expect($('.reply-feedback')).toBeNull();
    advance(1);
    // Closed at exactly the last send + QUIET_MS: one tick there, feedback under the last message, the customer typing.
    expect(events.filter((e) => e.type === 'tick').at(-1)).toEqual({ type: 'tick', t: lastSend + QUIET_MS });
    expect($$('.reply-feedback')).toHaveLength(1);
    expect($$('.bubble.trainee')[1]?.querySelector('.reply-feedback')?.textContent).toContain('3 / 3 项通过');
    expect($$('.bubble.trainee')[1]?.querySelector('.reply-feedback')?.textContent).toContain('用时 2 秒');
    // Highlights land in the message that holds them.
    expect($$('.bubble.trainee')[0]?.querySelector('mark')).toBeNull();
    expect([...($$('.bubble.trainee')[1]?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual(expect.arrayContaining(['身高', '体重']));
    expect(quietHint()).toBe('');
    expect($('.typing')).not.toBeNull();
    expect(events.find((e) => e.type === 'send')?.t).toBe(shownAt + 2_000);
  });

  test('typing in the quiet window keeps the turn open', () => {
    const { events } = mount();
    advance(customerDelayMs(opening));
    typeAndSend('亲，您好！');
    advance(2_000);
    act(() => {
      box().dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    });
    advance(2_500);
    act(() => {
      box().dispatchEvent(new CompositionEvent('compositionupdate', { data: 'qing' }));
    });
    const lastActivity = clock;
    advance(QUIET_MS - 1);
    expect($('.reply-feedback')).toBeNull();
    expect(quietHint()).not.toBe('');
    advance(1);
    expect($('.reply-feedback')).not.toBeNull();
    expect(events.at(-1)).toEqual({ type: 'tick', t: lastActivity + QUIET_MS });
  });

  test('ending the chat (结束对话, confirmed) reads a reply already begun', () => {
    const { events, finished } = mount();
    advance(customerDelayMs(opening));
    typeAndSend('亲，您好！请问您的身高和体重是多少？');
    advance(1_000);
    click(button('结束对话'));
    expect(finished).toHaveLength(0);
    click(button('确定结束'));
    expect(events.at(-1)).toEqual({ type: 'end', t: clock });
    expect(finished).toHaveLength(1);
    expect(finished[0]?.events).toEqual(events);
    expect(finished[0]?.state.records[0]).toMatchObject({ reply: '亲，您好！请问您的身高和体重是多少？', closedAt: clock });
    expect(finished[0]?.state.outcome).toBe('incomplete');
    expect(container.querySelector('textarea')).toBeNull();
  });
});

describe('exam mode', () => {
  test('no feedback, highlights, model answer, mood or patience, and no 结束对话', () => {
    mount({ mode: 'exam' });
    advance(customerDelayMs(opening));
    typeAndSend('您好，请问您的身高体重是多少？');
    advance(QUIET_MS);
    expect($$('.bubble.trainee')).toHaveLength(1);
    expect($('.reply-feedback')).toBeNull();
    expect($('mark')).toBeNull();
    expect($('meter')).toBeNull();
    expect($('.mood')).toBeNull();
    expect($('.face')).toBeNull();
    expect(container.textContent).not.toContain('参考话术');
    expect(container.textContent).not.toContain('平静');
    expect(button('结束对话')).toBeUndefined();
  });

  test('focus and blur are not recorded (the runner notes leaving the page); in practice they are', () => {
    const exam = mount({ mode: 'exam' });
    act(() => {
      window.dispatchEvent(new FocusEvent('blur'));
      window.dispatchEvent(new FocusEvent('focus'));
    });
    expect(exam.events).toEqual([]);
    act(() => root.unmount());
    root = createRoot(container);
    const practice = mount();
    act(() => {
      window.dispatchEvent(new FocusEvent('blur'));
      window.dispatchEvent(new FocusEvent('focus'));
    });
    expect(practice.events.map((e) => e.type)).toEqual(['blur', 'focus']);
  });

  test('ended from outside: the input closes, nothing more is recorded, no customer message appears, no onFinish', () => {
    const { events, finished, rerender } = mount({ mode: 'exam' });
    advance(customerDelayMs(opening));
    typeAndSend('亲，在的～');
    advance(QUIET_MS);
    const recorded = events.length;
    rerender({ ended: true });
    expect(container.querySelector('textarea')).toBeNull();
    expect($('.chat-outcome')?.textContent).toBe('时间到，对话已结束，输入框已关闭。');
    expect($('.typing')).toBeNull();
    advance(60_000);
    expect(events).toHaveLength(recorded);
    expect($$('.bubble.customer')).toHaveLength(1);
    expect(finished).toEqual([]);
  });

  test('a session begun when each send was the whole reply (quietMs 0): a send closes the reply at once', () => {
    const { events } = mount({ mode: 'exam', quietMs: 0 });
    advance(customerDelayMs(opening));
    typeAndSend('您好，请问您的身高体重是多少？');
    expect($('.typing')).not.toBeNull();
    expect(quietHint()).toBe('');
    expect(events.filter((e) => e.type === 'tick')).toEqual([]);
  });
});

describe('the server’s HTML', () => {
  test('is the window at its full size with the reply box disabled; hydration takes it over unchanged and enables the box', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const props: ChatWindowProps = { scenario: compiled, mode: 'practice', now, onFinish: () => undefined };
    act(() => root.unmount());
    container.innerHTML = renderToString(createElement(ChatWindow, props));
    const shell = container.querySelector('textarea');
    expect(shell?.disabled).toBe(true);
    expect(container.querySelector('.chat-log')).not.toBeNull();
    expect(container.querySelector('.typing')?.textContent).toContain('对方正在输入…');
    expect(container.querySelector('meter')).not.toBeNull();
    act(() => {
      root = hydrateRoot(container, createElement(ChatWindow, props));
    });
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
    // The same element, now taking input.
    expect(container.querySelector('textarea')).toBe(shell);
    expect(shell?.disabled).toBe(false);
  });
});

describe('resuming a log', () => {
  const shownAt = 4_000;
  const sentAt = 20_000;
  const closedAt = sentAt + QUIET_MS;
  const log: ChatEvent[] = [
    { type: 'customer', t: shownAt, turn: 'ask-size' },
    { type: 'compositionstart', t: 10_000 },
    { type: 'compositionend', t: 19_000, data: '亲，您好！请问您的身高和体重是多少？' },
    { type: 'send', t: sentAt, text: '亲，您好！请问您的身高和体重是多少？' },
    { type: 'tick', t: closedAt },
  ];
  const next = compiled.turns.find((t) => t.id === 'recommend')?.customer['满意'] ?? '';

  test('shows the conversation again and waits only what is left of the pending message’s delay', () => {
    clock = closedAt + 2_000;
    const { events, finished } = mount({ initialEvents: log });
    expect($$('.bubble.customer')).toHaveLength(1);
    expect($$('.bubble.trainee')).toHaveLength(1);
    expect($('.reply-feedback')).not.toBeNull();
    expect($('.typing')).not.toBeNull();
    expect(finished).toHaveLength(0);
    advance(customerDelayMs(next) - 2_000 - 1);
    expect(events).toEqual([]);
    advance(1);
    expect(events).toEqual([{ type: 'customer', t: closedAt + customerDelayMs(next), turn: 'recommend' }]);
    expect($$('.bubble.customer')).toHaveLength(2);
  });

  test('a reply still open is shown again and closes when its quiet pause is over', () => {
    clock = sentAt + 1_000;
    const { events } = mount({ initialEvents: log.slice(0, 4) });
    expect($$('.bubble.trainee')).toHaveLength(1);
    expect($('.reply-feedback')).toBeNull();
    expect(quietHint()).not.toBe('');
    advance(QUIET_MS - 1_000);
    expect(events).toEqual([{ type: 'tick', t: closedAt }]);
    expect($('.reply-feedback')).not.toBeNull();
  });

  test('a clock that restarted (performance.now after a reload) carries on from the log', () => {
    clock = 50;
    const { events } = mount({ initialEvents: log });
    advance(customerDelayMs(next));
    expect(events[0]?.type).toBe('customer');
    expect(events[0]?.t).toBeGreaterThanOrEqual(closedAt);
  });

  test('a message already on screen is shown again with its timer running', () => {
    clock = shownAt + 12_000;
    const { events } = mount({ initialEvents: log.slice(0, 1) });
    expect($$('.bubble.customer')).toHaveLength(1);
    expect(container.querySelector('textarea')).not.toBeNull();
    advance(1_000);
    expect(events).toEqual([{ type: 'tick', t: shownAt + 13_000 }]);
    expect($('.turn-timer [role="timer"]')?.textContent).toBe('0:13');
  });

  test('a log that is already over reports its end on mount and shows the closing line', () => {
    const over: ChatEvent[] = [...log.slice(0, 1), { type: 'end', t: 9_000 }];
    clock = 10_000;
    const { events, finished } = mount({ initialEvents: over });
    expect(finished).toHaveLength(1);
    expect(finished[0]?.events).toEqual(over);
    expect(events).toEqual([]);
    expect(container.querySelector('textarea')).toBeNull();
    expect($('.chat-outcome')?.textContent).toContain('还有消息没有回复');
  });
});
