/**
 * A textarea that turns what the candidate does into typing events (IME composition, input,
 * paste) with the time from `now`, the log src/engine/typing.ts measures. Uncontrolled, so an IME's
 * composition is never disturbed by a re-render.
 */
import { useRef, useState } from 'react';
import { t } from '../../i18n/exam.ts';
import { clipText } from '../../lib/chat-input.ts';
import { TYPING_MAX_LENGTH } from '../../lib/text-input.ts';
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
  /** The most the box takes (UTF-16 code units); a longer paste or insertion is cut, and the candidate told. */
  maxLength?: number;
}

/** True for an event after which the text holds only committed characters (no pinyin being composed). */
export function isCommit(event: ChatEvent): boolean {
  return event.type === 'compositionend' || (event.type === 'input' && event.isComposing !== true && event.inputType !== 'insertCompositionText');
}

export default function TypingBox({ id, label, now, initialText, disabled = false, rows = 8, onEvent, describedBy, maxLength = TYPING_MAX_LENGTH }: Props) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const [full, setFull] = useState(initialText.length >= maxLength);
  const text = (): string => ref.current?.value ?? '';
  const cut = (data: string): string => clipText(data, maxLength);
  const emit = (event: ChatEvent) => {
    const value = text();
    setFull(value.length >= maxLength);
    onEvent(event, value);
  };
  const fullId = `${id}-full`;
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
        maxLength={maxLength}
        aria-describedby={[describedBy, full ? fullId : ''].filter(Boolean).join(' ') || undefined}
        onCompositionStart={() => emit({ type: 'compositionstart', t: now() })}
        onCompositionUpdate={(e) => emit({ type: 'compositionupdate', t: now(), data: cut(e.data) })}
        onCompositionEnd={(e) => emit({ type: 'compositionend', t: now(), data: cut(e.data) })}
        onInput={(e) => {
          const native = e.nativeEvent as InputEvent;
          const box = e.currentTarget;
          // maxlength stops what the candidate types or pastes; text put in another way is cut here (never mid-composition).
          if (!native.isComposing && box.value.length > maxLength) box.value = cut(box.value);
          emit({ type: 'input', t: now(), inputType: native.inputType ?? 'insertText', data: native.data === null ? null : cut(native.data), isComposing: native.isComposing });
        }}
        onPaste={(e) => emit({ type: 'paste', t: now(), text: cut(e.clipboardData.getData('text/plain')) })}
      />
      {full && (
        <p id={fullId} className="field-error" role="status">
          {t('typing.tooLong', { max: maxLength })}
        </p>
      )}
    </>
  );
}
