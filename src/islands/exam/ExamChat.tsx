/**
 * A minimal exam-mode chat window, so the exam can be taken before the chat branch's ChatWindow
 * lands. It takes exactly ChatWindow's exam-mode props (ExamChatProps) and drives the engine
 * directly: the customer's "typing…" delay, IME-aware typing events, Enter to send. No scores,
 * feedback or mood are shown. ScenarioSection.tsx is the one place that chooses the chat window.
 */
import { useEffect, useRef, useState } from 'react';
import { replay, step, type ConversationState } from '../../engine/conversation.ts';
import { t } from '../../i18n/exam.ts';
import type { ChatEvent } from '../../schemas/transcript.ts';
import type { ExamChatProps } from './sections.ts';

export default function ExamChat({ scenario, now, initialEvents, onEvent, onFinish, ended }: ExamChatProps) {
  const [state, setState] = useState<ConversationState>(() => replay(scenario, initialEvents));
  const current = useRef(state);
  const input = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);

  function record(event: ChatEvent) {
    const next = step(current.current, event);
    current.current = next;
    setState(next);
    onEvent(event);
  }

  // The customer's next message appears after its "typing…" delay.
  const pendingTurn = state.status === 'customer-typing' ? state.pending?.turn : null;
  useEffect(() => {
    if (!pendingTurn || ended) return;
    const delay = current.current.pending?.delayMs ?? 0;
    const timer = setTimeout(() => record({ type: 'customer', t: now(), turn: pendingTurn }), delay);
    return () => clearTimeout(timer);
  }, [pendingTurn, ended]);

  // A customer waiting too long leaves: the tick that ends the chat is kept in the log.
  useEffect(() => {
    if (state.status !== 'awaiting-reply' || ended) return;
    const timer = setInterval(() => {
      const tick: ChatEvent = { type: 'tick', t: now() };
      if (step(current.current, tick).status === 'ended') record(tick);
    }, 1000);
    return () => clearInterval(timer);
  }, [state.status, ended]);

  useEffect(() => {
    if (state.status === 'ended') onFinish(state);
  }, [state.status]);

  function send() {
    const box = input.current;
    if (!box || current.current.status !== 'awaiting-reply') return;
    const text = box.value.trim();
    if (text === '') return;
    record({ type: 'send', t: now(), text: box.value });
    box.value = '';
  }

  const closed = ended || state.status === 'ended';
  const messages = state.records.flatMap((r, i) => [
    { key: `c${i}`, who: 'customer', text: r.customer },
    ...(r.reply === null ? [] : [{ key: `r${i}`, who: 'me', text: r.reply }]),
  ]);
  if (state.status === 'awaiting-reply' && state.shown) messages.push({ key: 'shown', who: 'customer', text: state.shown.text });
  if (state.status === 'ended' && state.pending) messages.push({ key: 'closing', who: 'customer', text: state.pending.text });

  return (
    <div className="exam-chat">
      <ol className="chat-log" role="log" aria-label={t('chat.log')} aria-live="polite">
        {messages.map((m) => (
          <li key={m.key} className={`bubble ${m.who}`}>
            <span className="who">{m.who === 'me' ? t('chat.you') : scenario.persona.name}</span>
            <span className="text">{m.text}</span>
          </li>
        ))}
        {state.status === 'customer-typing' && !ended && <li className="typing-indicator muted">{t('chat.customerTyping')}</li>}
        {closed && <li className="chat-ended muted">{t('chat.ended')}</li>}
      </ol>
      <form
        className="chat-form"
        onSubmit={(e) => {
          e.preventDefault();
          send();
        }}
      >
        <label htmlFor={`reply-${scenario.slug}`} className="visually-hidden">
          {t('chat.reply')}
        </label>
        <textarea
          ref={input}
          id={`reply-${scenario.slug}`}
          className="chat-input"
          rows={3}
          disabled={closed}
          aria-describedby={`send-hint-${scenario.slug}`}
          onCompositionStart={() => {
            composing.current = true;
            record({ type: 'compositionstart', t: now() });
          }}
          onCompositionUpdate={(e) => record({ type: 'compositionupdate', t: now(), data: e.data })}
          onCompositionEnd={(e) => {
            composing.current = false;
            record({ type: 'compositionend', t: now(), data: e.data });
          }}
          onInput={(e) => {
            const native = e.nativeEvent as InputEvent;
            record({ type: 'input', t: now(), inputType: native.inputType ?? 'insertText', data: native.data ?? null, isComposing: native.isComposing });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && !e.shiftKey && !composing.current && !e.nativeEvent.isComposing) {
              e.preventDefault();
              send();
            }
          }}
        />
        <div className="chat-actions">
          <span id={`send-hint-${scenario.slug}`} className="muted">
            {t('chat.sendHint')}
          </span>
          <button type="submit" className="button" disabled={closed || state.status !== 'awaiting-reply'}>
            {t('chat.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
