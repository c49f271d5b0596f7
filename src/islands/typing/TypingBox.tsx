/**
 * A textarea that turns what the candidate does into typing events (IME composition, input,
 * paste) with the time from `now`, the log src/engine/typing.ts measures. Uncontrolled, so an IME's
 * composition is never disturbed by a re-render.
 */
import { useRef } from 'react';
import type { ChatEvent } from '../../schemas/transcript.ts';

interface Props {
  id: string;
  label: string;
  now: () => number;
  /** The text to start from (after a reload). */
  initialText: string;
  disabled?: boolean;
  rows?: number;
  /** Called for every event with the text it left. */
  onEvent: (event: ChatEvent, text: string) => void;
  describedBy?: string;
}

/** True for an event after which the text holds only committed characters (no pinyin being composed). */
export function isCommit(event: ChatEvent): boolean {
  return event.type === 'compositionend' || (event.type === 'input' && event.isComposing !== true && event.inputType !== 'insertCompositionText');
}

export default function TypingBox({ id, label, now, initialText, disabled = false, rows = 8, onEvent, describedBy }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const text = (): string => ref.current?.value ?? '';
  return (
    <>
      <label htmlFor={id} className="visually-hidden">
        {label}
      </label>
      <textarea
        ref={ref}
        id={id}
        className="typing-box"
        rows={rows}
        defaultValue={initialText}
        disabled={disabled}
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        aria-describedby={describedBy}
        onCompositionStart={() => onEvent({ type: 'compositionstart', t: now() }, text())}
        onCompositionUpdate={(e) => onEvent({ type: 'compositionupdate', t: now(), data: e.data }, text())}
        onCompositionEnd={(e) => onEvent({ type: 'compositionend', t: now(), data: e.data }, text())}
        onInput={(e) => {
          const native = e.nativeEvent as InputEvent;
          onEvent({ type: 'input', t: now(), inputType: native.inputType ?? 'insertText', data: native.data ?? null, isComposing: native.isComposing }, text());
        }}
        onPaste={(e) => onEvent({ type: 'paste', t: now(), text: e.clipboardData.getData('text/plain') }, text())}
      />
    </>
  );
}
