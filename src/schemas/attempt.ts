/**
 * The result of one chat (练习结果): every turn, every criterion, the timings, the integrity flags.
 * The engine's `score` produces it; the report page shows it; storage keeps it; exams export it
 * with a SHA-256 digest of its canonical JSON (src/engine/digest.ts). Parsed in the browser, so
 * it uses zod/mini.
 */
import * as z from 'zod/mini';
import { MOODS } from './mood.ts';
import { TranscriptSchema } from './transcript.ts';

const Count = z.number().check(z.int(), z.minimum(0));
const Ms = z.number().check(z.minimum(0));
/** A score from 0 to 100. */
const Score = z.number().check(z.minimum(0), z.maximum(100));
const MoodEnum = z.enum(MOODS);

/** Where in the trainee's text a criterion found something, so the UI can highlight it. */
export const MatchSchema = z.strictObject({
  /** The turn whose reply holds the match; only on conversation-wide criteria. */
  turn: z.optional(z.string()),
  /** UTF-16 offsets into the reply as sent: `reply.slice(start, end)`. */
  start: Count,
  end: Count,
  /** The reply's text there. */
  text: z.string(),
  /** The term (normalised) or lexicon entry that matched. */
  term: z.string(),
  /** True for what counts against the reply: a forbidden word, a wrong value. */
  wrong: z.boolean(),
});

/** One criterion applied to one reply (or to the conversation). */
export const CriterionResultSchema = z.strictObject({
  id: z.string(),
  /** What the trainee should do: 先问候顾客. */
  label: z.string(),
  /** `na`: not applicable (its turn was never reached, or its condition never held). */
  status: z.enum(['pass', 'fail', 'na']),
  weight: z.number().check(z.minimum(0)),
  critical: z.boolean(),
  /** The trainer's feedback for this status; empty for `na`. */
  feedback: z.string(),
  matches: z.array(MatchSchema),
  /** Words that were required but not found. */
  missing: z.array(z.string()),
});

/** Typing figures of a reply or of the whole chat. */
export const TypingFiguresSchema = z.strictObject({
  /** Typed characters that reached the reply. */
  chars: Count,
  /** Characters committed by typing, including any deleted later. */
  committed: Count,
  /** Characters pasted (never counted as typed). */
  pasted: Count,
  /** Active typing time in ms, idle gaps capped. */
  activeMs: Ms,
  /** 字/分钟; null when the typing was not recorded. */
  speed: z.nullable(z.number().check(z.minimum(0))),
});

/** One message of a reply, as sent. */
export const ReplyMessageSchema = z.strictObject({
  text: z.string(),
  /** When it was sent (ms on the log's clock). */
  sentAt: Ms,
});

/** One customer message and the reply to it. */
export const TurnResultSchema = z.strictObject({
  turn: z.string(),
  /** The customer's message as shown (the variant for the mood at the time). */
  customer: z.string(),
  /** When the message was shown (ms on the log's clock). */
  shownAt: Ms,
  /** When the reply's first message was sent; null when none was (the customer left, the chat ended). */
  sentAt: z.nullable(Ms),
  /**
   * The reply's messages joined by line breaks, as the criteria read it (match offsets point into
   * it); null when none was sent.
   */
  reply: z.nullable(z.string()),
  /**
   * The reply's messages in order; empty when none was sent. Absent in results kept before a
   * reply could be several messages (the reply was one message, sent at `sentAt`); such results
   * are read as written, so a signed exam result keeps its digest.
   */
  messages: z.optional(z.array(ReplyMessageSchema)),
  /** The model answer (参考话术). */
  model: z.string(),
  /** Shown → first message sent; for a customer who left while waiting, how long they waited. */
  responseMs: z.nullable(Ms),
  /** Later than the turn's time limit. */
  late: z.boolean(),
  criteria: z.array(CriterionResultSchema),
  typing: z.nullable(TypingFiguresSchema),
  /** The customer's mood and patience after the reply. */
  mood: MoodEnum,
  patience: Score,
});

/** A point of the mood and patience chart. */
export const TimelinePointSchema = z.strictObject({
  t: Ms,
  mood: MoodEnum,
  patience: Score,
  /** start: first message; reply: reaction to a reply; wait: mood sank while waiting; left: the customer left. */
  cause: z.enum(['start', 'reply', 'wait', 'left']),
  turn: z.optional(z.string()),
});

/** Something a reviewer may want to look at: a fact, never an accusation. */
export const FlagSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('paste'),
    t: Ms,
    /** The turn being answered (or about to be). */
    turn: z.nullable(z.string()),
    /** Characters pasted. */
    chars: Count,
  }),
  z.strictObject({
    kind: z.literal('focus-loss'),
    t: Ms,
    turn: z.nullable(z.string()),
    /** How long the chat window was out of focus or hidden. */
    durationMs: Ms,
  }),
]);

/** Why an attempt did not pass. */
export const FailReasonSchema = z.strictObject({
  kind: z.enum(['critical', 'below-pass-mark', 'customer-left', 'incomplete']),
  /** The reason in words: 关键项未通过：不提站外联系方式. */
  message: z.string(),
  /** Criterion ids, for `critical`. */
  criteria: z.array(z.string()),
});

/** A part of the total and its share. */
export const PartSchema = z.strictObject({
  /** null: nothing to score (e.g. typing not recorded); the other parts share its weight. */
  score: z.nullable(Score),
  weight: z.number().check(z.minimum(0), z.maximum(100)),
});

const BandSchema = z.strictObject({ full: z.number(), zero: z.number() });

export const AttemptResultSchema = z.strictObject({
  version: z.literal(1),
  scenario: z.strictObject({ slug: z.string(), title: z.string() }),
  /** Wall-clock start (ISO 8601) when the log gave one. */
  startedAt: z.nullable(z.iso.datetime()),
  endedAt: z.nullable(z.iso.datetime()),
  /** First to last event of the chat, ms. */
  durationMs: Ms,
  /** completed: reached the end; customer-left: 流失; incomplete: the chat stopped before the end. */
  outcome: z.enum(['completed', 'customer-left', 'incomplete']),
  turns: z.array(TurnResultSchema),
  rubric: z.strictObject({
    /** Criteria about the whole conversation. */
    criteria: z.array(CriterionResultSchema),
    /** Weight of passed criteria / weight of applicable criteria × 100; null when none applied. */
    score: z.nullable(Score),
    earned: z.number().check(z.minimum(0)),
    possible: z.number().check(z.minimum(0)),
    /** Criteria that did not apply: those of turns never reached, and conditional ones. */
    notApplicable: z.array(z.string()),
  }),
  response: z.strictObject({
    /** 首响, ms. */
    firstMs: z.nullable(Ms),
    /** 平响, ms. */
    averageMs: z.nullable(Ms),
    firstScore: z.nullable(Score),
    averageScore: z.nullable(Score),
    /** Mean of the two. */
    score: z.nullable(Score),
    firstBand: BandSchema,
    averageBand: BandSchema,
  }),
  typing: z.strictObject({
    ...TypingFiguresSchema.shape,
    gate: z.number(),
    target: z.number(),
    /** Slower than the gate (50 字/分钟 by default); null when not measured. */
    belowGate: z.nullable(z.boolean()),
    score: z.nullable(Score),
  }),
  parts: z.strictObject({ rubric: PartSchema, response: PartSchema, typing: PartSchema }),
  /** 0–100, one decimal. */
  total: Score,
  passMark: Score,
  passed: z.boolean(),
  /** 金牌 ≥ 90, 银牌 ≥ 80, 铜牌 ≥ 70 (domain brief); null below, and for an attempt that did not pass. */
  grade: z.nullable(z.enum(['金牌', '银牌', '铜牌'])),
  /** Empty when passed. */
  reasons: z.array(FailReasonSchema),
  timeline: z.array(TimelinePointSchema),
  flags: z.array(FlagSchema),
});

export type Match = z.infer<typeof MatchSchema>;
export type CriterionResult = z.infer<typeof CriterionResultSchema>;
export type TypingFiguresResult = z.infer<typeof TypingFiguresSchema>;
export type ReplyMessage = z.infer<typeof ReplyMessageSchema>;
export type TurnResult = z.infer<typeof TurnResultSchema>;
export type TimelinePoint = z.infer<typeof TimelinePointSchema>;
export type Flag = z.infer<typeof FlagSchema>;
export type FailReason = z.infer<typeof FailReasonSchema>;
export type AttemptResult = z.infer<typeof AttemptResultSchema>;
export type Grade = NonNullable<AttemptResult['grade']>;

/** One practice attempt kept in the browser: its result and the log it was scored from. */
export const StoredAttemptSchema = z.strictObject({
  /** Stable id, used in the report's address (/practice/report/?id=…). */
  id: z.string().check(z.minLength(1), z.maxLength(100)),
  /** When the attempt was saved; null for results kept before logs were stored. */
  savedAt: z.nullable(z.iso.datetime()),
  result: AttemptResultSchema,
  /**
   * The event log in the `npm run score` format, so the attempt can be re-scored and exported;
   * null for results kept before logs were stored.
   */
  transcript: z.nullable(TranscriptSchema),
});

/** Past attempts kept in the browser (对练记录), oldest first. Version 1 held bare results. */
export const AttemptHistorySchema = z.strictObject({
  version: z.literal(2),
  attempts: z.array(StoredAttemptSchema),
});

export type StoredAttempt = z.infer<typeof StoredAttemptSchema>;
export type AttemptHistory = z.infer<typeof AttemptHistorySchema>;
