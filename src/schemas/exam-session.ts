/**
 * An exam in progress (考试进度), kept in browser storage after every change so that a reload
 * continues where it was: the draw, each section's start and end, the typing log, the chat event
 * logs, the quiz answers and the integrity events. Times are milliseconds on the exam clock (wall
 * time since `startedAt`), so the clock keeps running while the page is closed. Parsed in the
 * browser, so it uses zod/mini.
 */
import * as z from 'zod/mini';
import { TYPING_MAX_LENGTH } from '../lib/text-input.ts';
import { ChatEventSchema } from './transcript.ts';

const Ms = z.number().check(z.minimum(0));
const Count = z.number().check(z.int(), z.minimum(0));
/**
 * Bounds far above any real exam (a 30-minute exam cannot record 100,000 events in one box), so a
 * stored copy edited with huge values is refused as damaged and the last good copy used instead.
 */
const Id = z.string().check(z.maxLength(200));
const MAX_EVENTS = 100_000;

/** Who takes the exam: asked on the start screen. */
export const CandidateSchema = z.strictObject({
  /** 姓名, as it appears on the certificate. */
  name: z.string().check(z.trim(), z.minLength(1), z.maxLength(40)),
  /** 工号, optional. */
  employeeId: z.nullable(z.string().check(z.trim(), z.minLength(1), z.maxLength(40))),
});

/** Something a reviewer may want to know: a fact, never an accusation. */
export const IntegrityEventSchema = z.discriminatedUnion('kind', [
  /** Text was pasted or dropped into an answer and blocked. */
  z.strictObject({ kind: z.literal('paste'), at: Ms, section: Id, chars: Count }),
  /** The page was hidden or lost focus for `durationMs`. */
  z.strictObject({ kind: z.literal('away'), at: Ms, section: Id, durationMs: Ms }),
  /** The page was loaded again and the exam resumed. */
  z.strictObject({ kind: z.literal('reload'), at: Ms, section: Id }),
]);

/** How a section ended. */
export const SectionEndSchema = z.enum(['submitted', 'section-time', 'exam-time']);

export const SectionProgressSchema = z.strictObject({
  id: Id,
  /** null until the section is reached. */
  startedAt: z.nullable(Ms),
  endedAt: z.nullable(Ms),
  endReason: z.nullable(SectionEndSchema),
});

/** The typing test's text as it stands and the events that produced it. */
export const TypingLogSchema = z.strictObject({
  text: z.string().check(z.maxLength(TYPING_MAX_LENGTH)),
  events: z.array(ChatEventSchema).check(z.maxLength(MAX_EVENTS)),
});

export const ExamSessionSchema = z.strictObject({
  version: z.literal(2),
  /**
   * The transcript version of the chat logs (docs/transcript-format.md): 2 since a reply may be
   * several messages, closed after a quiet pause; 1 in sessions begun before, whose logs are
   * replayed (and continued) with each send a whole reply.
   */
  transcriptVersion: z.union([z.literal(1), z.literal(2)]),
  /** The exam's slug. */
  exam: Id,
  /** The exam's revision when started; a different one means the exam changed under the candidate. */
  revision: Id,
  /** The result's id, fixed at the start. */
  id: Id,
  candidate: CandidateSchema,
  /** 批次码 the trainer gave out; null when none was entered. */
  batch: z.nullable(z.string().check(z.maxLength(40))),
  /** The seed of the draw (exam seed + batch code). */
  seed: Id,
  /** Drawn scenario slugs or question refs, by section id. */
  draw: z.record(Id, z.array(Id).check(z.maxLength(200))),
  /** Wall-clock start, ms since 1970: the exam clock's zero. */
  startedAt: z.number(),
  sections: z.array(SectionProgressSchema).check(z.maxLength(20)),
  /** Typing logs by section id. */
  typing: z.record(Id, TypingLogSchema),
  /** Chat event logs by scenario slug. */
  chats: z.record(Id, z.array(ChatEventSchema).check(z.maxLength(MAX_EVENTS))),
  /** Chosen option indexes by question ref. */
  answers: z.record(Id, z.array(Count).check(z.maxLength(50))),
  integrity: z.array(IntegrityEventSchema).check(z.maxLength(MAX_EVENTS)),
  /** Since when the page has been hidden or out of focus; null while the candidate is here. */
  awaySince: z.nullable(Ms),
  /** When the exam ended; null while it runs. */
  finishedAt: z.nullable(Ms),
  endReason: z.nullable(z.enum(['submitted', 'time-up'])),
});

/** What the session key holds: the exam under way, or nothing once its result is safely stored. */
export const ExamSessionSlotSchema = z.strictObject({
  version: z.literal(2),
  session: z.nullable(ExamSessionSchema),
});

export type Candidate = z.infer<typeof CandidateSchema>;
export type IntegrityEvent = z.infer<typeof IntegrityEventSchema>;
export type SectionEnd = z.infer<typeof SectionEndSchema>;
export type SectionProgress = z.infer<typeof SectionProgressSchema>;
export type TypingLog = z.infer<typeof TypingLogSchema>;
export type ExamSession = z.infer<typeof ExamSessionSchema>;
export type ExamSessionSlot = z.infer<typeof ExamSessionSlotSchema>;
