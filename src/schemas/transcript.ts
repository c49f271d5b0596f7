/**
 * The event log of one chat (对话记录): what the chat island records and what
 * `npm run score -- <scenario.mdx> <transcript.json>` replays. Every score is a pure function of
 * it. Parsed in the browser, so it uses zod/mini. Format: docs/transcript-format.md.
 */
import * as z from 'zod/mini';
import { TRANSCRIPT_VERSION } from './transcript-version.ts';

export { TRANSCRIPT_VERSION };

/** Milliseconds on one monotonic clock (performance.now() in the browser). */
const Time = z.number({ error: '时间 t 应为毫秒数（有限的数字）' }).check(z.minimum(0, '时间 t 不能为负数'));

/** The customer's message appeared in the chat window (after its "typing…" delay). */
export const CustomerShownEventSchema = z.strictObject({
  type: z.literal('customer'),
  t: Time,
  /** The turn whose message was shown. */
  turn: z.string({ error: 'turn 应为场景里的 turn id' }),
});

/** An IME composition began (first pinyin key). */
export const CompositionStartEventSchema = z.strictObject({ type: z.literal('compositionstart'), t: Time });

/** The composition buffer changed; `data` is pinyin and never counts as typed text. */
export const CompositionUpdateEventSchema = z.strictObject({
  type: z.literal('compositionupdate'),
  t: Time,
  /** The buffer: "ni", "nih", "nihao". */
  data: z.string(),
});

/** The composition was committed; `data` is the text that entered the reply ("你好"). */
export const CompositionEndEventSchema = z.strictObject({
  type: z.literal('compositionend'),
  t: Time,
  data: z.string(),
});

/**
 * The textarea's `input` event. Counted only when not composing and `inputType` is `insertText`
 * or `insertReplacementText` (composition text counts at `compositionend`); `delete…` types are
 * typing activity; `insertFromDrop` counts as pasted.
 */
export const InputEventSchema = z.strictObject({
  type: z.literal('input'),
  t: Time,
  /** InputEvent.inputType: insertText, insertCompositionText, deleteContentBackward … */
  inputType: z.string(),
  /** InputEvent.data; null for deletions. */
  data: z.optional(z.nullable(z.string())),
  /** InputEvent.isComposing. */
  isComposing: z.optional(z.boolean()),
});

/** Text pasted into the reply (ClipboardEvent text/plain); never counted as typed. */
export const PasteEventSchema = z.strictObject({
  type: z.literal('paste'),
  t: Time,
  text: z.string(),
});

/** The reply was sent. */
export const SendEventSchema = z.strictObject({
  type: z.literal('send'),
  t: Time,
  /** The reply exactly as sent. */
  text: z.string(),
});

/** The chat window got or lost focus. */
export const FocusEventSchema = z.strictObject({ type: z.literal('focus'), t: Time });
export const BlurEventSchema = z.strictObject({ type: z.literal('blur'), t: Time });

/** The page became hidden (tab switch, minimised) or visible again. */
export const VisibilityEventSchema = z.strictObject({
  type: z.literal('visibility'),
  t: Time,
  state: z.enum(['visible', 'hidden'], { error: 'state 只能是 visible 或 hidden' }),
});

/** Time passes while nobody types: lets the customer give up at the right moment in the UI. */
export const TickEventSchema = z.strictObject({ type: z.literal('tick'), t: Time });

/** The trainee closed the chat, or an exam's time ran out. */
export const EndEventSchema = z.strictObject({ type: z.literal('end'), t: Time });

export const EVENT_TYPES = [
  'customer',
  'compositionstart',
  'compositionupdate',
  'compositionend',
  'input',
  'paste',
  'send',
  'focus',
  'blur',
  'visibility',
  'tick',
  'end',
] as const;

/** One entry of the event log. */
export const ChatEventSchema = z.discriminatedUnion(
  'type',
  [
    CustomerShownEventSchema,
    CompositionStartEventSchema,
    CompositionUpdateEventSchema,
    CompositionEndEventSchema,
    InputEventSchema,
    PasteEventSchema,
    SendEventSchema,
    FocusEventSchema,
    BlurEventSchema,
    VisibilityEventSchema,
    TickEventSchema,
    EndEventSchema,
  ],
  { error: `未知的事件类型（type 应为 ${EVENT_TYPES.join('、')} 之一）` },
);

/**
 * A recorded chat: the scenario it belongs to and its events in time order. Version 2: a reply
 * may be several messages and closes after a quiet pause (src/engine/conversation.ts, QUIET_MS).
 * Version 1 logs were recorded when each send was the whole reply, and are replayed that way.
 */
export const TranscriptSchema = z.strictObject({
  version: z.union([z.literal(1), z.literal(TRANSCRIPT_VERSION)], { error: 'version 应为 2（旧的对话记录是 1）' }),
  /** The scenario's slug: its file name without .mdx. */
  scenario: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'scenario 应为场景的文件名（小写英文和连字符，不带 .mdx）')),
  /** Wall-clock time of the first event, ISO 8601; the result's start and end derive from it. */
  startedAt: z.optional(z.iso.datetime({ error: 'startedAt 应为 ISO 时间，例如 2026-11-23T09:30:00.000Z' })),
  events: z.array(ChatEventSchema),
});

export type ChatEvent = z.infer<typeof ChatEventSchema>;
export type Transcript = z.infer<typeof TranscriptSchema>;
