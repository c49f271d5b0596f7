/**
 * The result of one exam (考试成绩单): one versioned JSON document per attempt, with the candidate,
 * the draw, every section's score and criteria, 字/分钟, response times, integrity flags and a
 * SHA-256 digest of its canonical form (src/lib/exam-result.ts). The candidate downloads it; the
 * trainer's dashboard imports it and recomputes the digest, so an edited or damaged file is
 * noticed. Parsed in the browser (and from files someone else made), so it uses zod/mini and
 * bounds every list and string.
 */
import * as z from 'zod/mini';
import { AttemptResultSchema } from './attempt.ts';
import { CandidateSchema, IntegrityEventSchema, SectionEndSchema } from './exam-session.ts';

export const EXAM_RESULT_FORMAT = 'kefu-academy/exam-result';

/** Integrity events listed in a result, so a page left thousands of times still gives a storable file. */
export const MAX_LISTED_INTEGRITY_EVENTS = 2000;

const Ms = z.number().check(z.minimum(0));
const Count = z.number().check(z.int(), z.minimum(0));
/** A score from 0 to 100. */
const Score = z.number().check(z.minimum(0), z.maximum(100));
const Ratio = z.number().check(z.minimum(0), z.maximum(1));
const Text = (max: number) => z.string().check(z.maxLength(max));
const Iso = z.iso.datetime();
const Grade = z.enum(['金牌', '银牌', '铜牌']);

const SectionBase = {
  id: Text(40),
  title: Text(40),
  /** Share of the total. */
  weight: Score,
  /** 0–100, one decimal. */
  score: Score,
  /** A score below this fails the exam; null when the section has none. */
  minScore: z.nullable(Score),
  startedAt: z.nullable(Iso),
  endedAt: z.nullable(Iso),
  /** submitted, section-time (its own limit ran out), exam-time (the exam's did); null: never reached. */
  endReason: z.nullable(SectionEndSchema),
};

/** The typing test: speed, accuracy and the speed that counts. */
export const TypingSectionResultSchema = z.strictObject({
  kind: z.literal('typing'),
  ...SectionBase,
  /** Characters of the passage. */
  passageChars: Count,
  /** Characters typed (as they stand at the end). */
  typedChars: Count,
  /** Substituted, missing and extra characters. */
  errors: Count,
  /** 正确率, 0–1. */
  accuracy: Ratio,
  /** The whole passage was typed. */
  completed: z.boolean(),
  /** Typed characters that count (committed through typing, never pasted). */
  chars: Count,
  /** Active typing time, ms (gaps capped at 3 s). */
  activeMs: Ms,
  /** 字/分钟; null when nothing was typed. */
  speed: z.nullable(Ms),
  /** 有效速度: 字/分钟 × 正确率; what the score and the gate use. */
  effectiveSpeed: z.nullable(Ms),
  /** Entry gate and full-marks speed, 字/分钟. */
  gate: Ms,
  target: Ms,
  /** Effective speed below the gate; null when nothing was typed. */
  belowGate: z.nullable(z.boolean()),
});

/** Simulated customers: each drawn scenario's full attempt result. */
export const ScenarioSectionResultSchema = z.strictObject({
  kind: z.literal('scenarios'),
  ...SectionBase,
  attempts: z.array(AttemptResultSchema).check(z.maxLength(10)),
});

/** One drawn question and how it went (the right answer is not given away). */
export const QuestionResultSchema = z.strictObject({
  /** `<lesson id>#<question id>`, or `#<question id>` for the exam's own. */
  ref: Text(120),
  question: Text(500),
  answered: z.boolean(),
  correct: z.boolean(),
  /** Indexes of the options chosen. */
  chosen: z.array(Count).check(z.maxLength(10)),
  /** The lesson to review; null for the exam's own questions. */
  lesson: z.nullable(z.strictObject({ title: Text(80), href: Text(200) })),
});

export const QuizSectionResultSchema = z.strictObject({
  kind: z.literal('quiz'),
  ...SectionBase,
  correct: Count,
  total: Count,
  questions: z.array(QuestionResultSchema).check(z.maxLength(60)),
});

export const SectionResultSchema = z.discriminatedUnion('kind', [TypingSectionResultSchema, ScenarioSectionResultSchema, QuizSectionResultSchema]);

/** Why an exam did not pass. */
export const ExamFailReasonSchema = z.strictObject({
  kind: z.enum(['below-pass-mark', 'below-section-minimum', 'critical']),
  /** In words: 打字测试 48 分，低于本部分最低分 60. */
  message: Text(300),
});

const Band = z.strictObject({ full: z.number(), zero: z.number() });

/** The document without its digest: what the digest is computed over. */
export const ExamResultBodySchema = z.strictObject({
  format: z.literal(EXAM_RESULT_FORMAT),
  version: z.literal(1),
  /** Random id fixed at the start; duplicates in a cohort are recognised by it. */
  id: z.string().check(z.regex(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)),
  exam: z.strictObject({
    slug: Text(80),
    title: Text(80),
    role: z.enum(['售前', '售后', '通用']),
    /** The exam's revision (digest prefix of its content when taken). */
    revision: Text(64),
  }),
  candidate: CandidateSchema,
  /** 批次码; null when none was entered. */
  batch: z.nullable(Text(40)),
  /** The seed and what it drew, section by section. */
  draw: z.strictObject({
    seed: Text(100),
    sections: z.array(z.strictObject({ section: Text(40), items: z.array(Text(120)).check(z.maxLength(60)) })).check(z.maxLength(6)),
  }),
  startedAt: Iso,
  endedAt: Iso,
  durationMs: Ms,
  /** submitted: the candidate handed in; time-up: the exam's clock ran out. */
  endReason: z.enum(['submitted', 'time-up']),
  sections: z.array(SectionResultSchema).check(z.minLength(1), z.maxLength(6)),
  /** The typing test's headline figures; null when the exam has none. */
  typing: z.nullable(
    z.strictObject({ speed: z.nullable(Ms), accuracy: Ratio, effectiveSpeed: z.nullable(Ms), gate: Ms, target: Ms, belowGate: z.nullable(z.boolean()) }),
  ),
  /** 首响 (mean of each chat's first response) and 平响 (mean of every reply) over the chats; null without replies. */
  response: z.strictObject({ firstMs: z.nullable(Ms), averageMs: z.nullable(Ms), firstBand: Band, averageBand: Band }),
  /** 0–100, one decimal: the weighted mean of the section scores. */
  total: Score,
  passMark: Score,
  passed: z.boolean(),
  /** Only when passed. */
  grade: z.nullable(Grade),
  grades: z.strictObject({ 金牌: Score, 银牌: Score, 铜牌: Score }),
  /** Empty when passed. */
  reasons: z.array(ExamFailReasonSchema).check(z.maxLength(20)),
  integrity: z.strictObject({
    /** Pastes blocked, and the characters they held. */
    pastes: Count,
    pastedChars: Count,
    /** Times the page was left (hidden or out of focus), and for how long in all. */
    away: Count,
    awayMs: Ms,
    /** Times the page was loaded again during the exam. */
    reloads: Count,
    /** The first {@link MAX_LISTED_INTEGRITY_EVENTS} in time order; the counts above cover all. */
    events: z.array(IntegrityEventSchema).check(z.maxLength(MAX_LISTED_INTEGRITY_EVENTS)),
  }),
});

export const ExamResultSchema = z.strictObject({
  ...ExamResultBodySchema.shape,
  /** SHA-256 (hex) of the canonical JSON of everything else. */
  digest: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
});

/** Results kept in this browser (我的成绩), oldest first. */
export const ExamResultHistorySchema = z.strictObject({
  version: z.literal(1),
  results: z.array(ExamResultSchema),
});

export type TypingSectionResult = z.infer<typeof TypingSectionResultSchema>;
export type ScenarioSectionResult = z.infer<typeof ScenarioSectionResultSchema>;
export type QuestionResult = z.infer<typeof QuestionResultSchema>;
export type QuizSectionResult = z.infer<typeof QuizSectionResultSchema>;
export type SectionResult = z.infer<typeof SectionResultSchema>;
export type ExamFailReason = z.infer<typeof ExamFailReasonSchema>;
export type ExamResultBody = z.infer<typeof ExamResultBodySchema>;
export type ExamResult = z.infer<typeof ExamResultSchema>;
export type ExamResultHistory = z.infer<typeof ExamResultHistorySchema>;
