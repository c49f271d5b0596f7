/**
 * The progress document (我的进度) kept in browser storage. It is parsed on every lesson page, so
 * it uses zod/mini (about 8 KB gzip in the browser instead of 26 KB for classic zod); the same
 * zod package that Astro re-exports.
 */
import * as z from 'zod/mini';

const IsoTime = z.iso.datetime();
/**
 * Keys are lesson ids, quiz keys and checklist keys, all short. Every string, list and number has a
 * bound far above real use, so a copy edited by hand (or by a script) with huge values is refused
 * as damaged and the last good copy used instead.
 */
const Key = z.string().check(z.minLength(1), z.maxLength(200));
const Small = z.number().check(z.int(), z.minimum(0), z.maximum(1000));

/** A reader's state of one lesson. */
export const LessonProgressSchema = z.strictObject({
  /** When the reader marked the lesson complete; absent when not complete. */
  completedAt: z.optional(IsoTime),
});

/** The last answer given to a quiz, by question id. */
export const QuizProgressSchema = z.strictObject({
  /** Chosen option indexes per question id. */
  answers: z.record(Key, z.array(Small).check(z.maxLength(50))),
  /** Questions answered right. */
  correct: Small,
  /** Questions in the quiz. */
  total: Small.check(z.minimum(1)),
  at: IsoTime,
});

/** Ticked items of one checklist, by item text (robust to reordering). */
export const ChecklistProgressSchema = z.strictObject({
  ticked: z.array(z.string().check(z.maxLength(1000))).check(z.maxLength(500)),
  at: IsoTime,
});

export const ProgressSchema = z.strictObject({
  version: z.literal(1),
  /** By lesson id (`workflow/five-step-conversation`). */
  lessons: z.record(Key, LessonProgressSchema),
  /** By quiz key: the lesson id for a lesson's quiz. */
  quizzes: z.record(Key, QuizProgressSchema),
  /** By checklist key: `<lesson id>#<checklist id>`. */
  checklists: z.record(Key, ChecklistProgressSchema),
});

export type Progress = z.infer<typeof ProgressSchema>;
export type QuizProgress = z.infer<typeof QuizProgressSchema>;
