/**
 * Rubric criteria (评分项) of a scenario: what a reply must (or must not) contain. Content
 * schema: classic zod, used at build time and by the CLI; the engine reads the compiled form.
 *
 * Replies are normalised before any check: full-width → half-width, upper → lower case,
 * Traditional → Simplified, Chinese numerals → digits (三百九十九 → 399), no spaces between
 * Chinese words. Terms are normalised the same way, so write them as you would say them.
 */
import { z } from 'astro/zod';
import { LEXICON_IDS } from '../engine/lexicons.ts';
import { SlugSchema, TextSchema } from './common.ts';
import { MOODS } from './mood.ts';

/** A word to look for; `身高|多高` accepts either. */
export const TermSchema = TextSchema.max(50, '一个词最多 50 个字').refine(
  (t) => t.split('|').every((alt) => alt.trim() !== ''),
  '用 | 分隔的写法里有空的选项（例如 “身高||体重”）',
);

/** Words and synonym groups; a term set needs at least one of them. */
export const TermSetSchema = z.strictObject({
  /** Words to look for; `身高|多高` means either word. */
  terms: z.array(TermSchema).default([]),
  /** Ids of synonym groups in content/glossary.yaml (`refund`); any word of the group counts. */
  groups: z.array(SlugSchema).default([]),
});

function validRegex(pattern: string, ctx: z.RefinementCtx): void {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    ctx.addIssue({ code: 'custom', message: `正则表达式写法有误：${reason}` });
  }
}

/** Passes when the reply contains at least one of the words. */
export const AnyCheckSchema = z.strictObject({
  kind: z.literal('any'),
  ...TermSetSchema.shape,
});

/** Passes when the reply contains every word (each `a|b` item, each group: one of its words). */
export const AllCheckSchema = z.strictObject({
  kind: z.literal('all'),
  ...TermSetSchema.shape,
});

/** Fails when the reply contains any of the words or any word of a built-in lexicon. */
export const ForbiddenCheckSchema = z.strictObject({
  kind: z.literal('forbidden'),
  ...TermSetSchema.shape,
  /**
   * Built-in lists: `absolute` 广告法极限词 (最, 第一, 顶级, 100% … with ordinary phrases such as
   * 最近, 最好先…, 第一时间, 100%纯棉 allowed), `off-platform` 站外联系 (加微信, QQ, 手机号 …, not when
   * denied: "不能加微信"), `rude` 不礼貌用语 (爱买不买, 你自己看 …).
   */
  lexicons: z.array(z.enum(LEXICON_IDS, { error: '词库只能是 absolute、off-platform 或 rude' })).default([]),
});

/** A regular expression (JavaScript, Unicode mode) run on the normalised reply. */
export const RegexCheckSchema = z.strictObject({
  kind: z.literal('regex'),
  /** The pattern; the reply is already lower case, half-width and Simplified. */
  pattern: z.string().min(1, '不能为空').superRefine(validRegex),
  /** `match`: the reply must match (default); `no-match`: it must not. */
  expect: z.enum(['match', 'no-match']).default('match'),
});

/**
 * A scenario fact stated correctly: the right value appears and no contradicting value does.
 * - `price`: the number (399, 399元, ¥399, 三百九十九); another amount of money contradicts it,
 *   unless it is the price of 2–10 items or a number the facts mention (原价 in a promotion text).
 * - `stock`: in stock or sold out as the facts say, or the count; with `size`, only the clauses
 *   naming that size count.
 * - `courier`: one of the shop's couriers; naming another courier contradicts.
 * - `promotion`, `returns`, extra facts: one of their `terms`; one of their `wrong` words contradicts.
 *
 * A contradiction right after a negation ("不是299元", "不发顺丰") does not count.
 */
export const FactCheckSchema = z.strictObject({
  kind: z.literal('fact'),
  /** `price`, `stock`, `courier`, `promotion`, `returns` or the id of an extra fact. */
  fact: z.string().min(1, '不能为空'),
  /** For `stock` given per size: the size the reply must get right. */
  size: z.string().min(1).optional(),
});

/** Passes when the reply asks the customer something (？, 吗, 呢, 请问, 方便告诉 …). */
export const QuestionCheckSchema = z.strictObject({
  kind: z.literal('question'),
});

/** Passes when a word of `before` comes before any word of `after`: greeting before answer. */
export const OrderCheckSchema = z.strictObject({
  kind: z.literal('order'),
  /** What must come first. */
  before: TermSetSchema,
  /** What must come later. */
  after: TermSetSchema,
});

/** Passes when the reply's length is within the bounds (characters; spaces not counted). */
export const LengthCheckSchema = z.strictObject({
  kind: z.literal('length'),
  /** Fewest characters. */
  min: z.number().int().min(0).optional(),
  /** Most characters. */
  max: z.number().int().min(1).optional(),
});

export const CHECK_KINDS = ['any', 'all', 'forbidden', 'regex', 'fact', 'question', 'order', 'length'] as const;

/** What a criterion looks for; `kind` chooses the check. */
export const CheckSchema = z.discriminatedUnion(
  'kind',
  [
    AnyCheckSchema,
    AllCheckSchema,
    ForbiddenCheckSchema,
    RegexCheckSchema,
    FactCheckSchema,
    QuestionCheckSchema,
    OrderCheckSchema,
    LengthCheckSchema,
  ],
  { error: `检查类型 kind 只能是 ${CHECK_KINDS.join('、')} 之一` },
);

/** What the trainee reads after the reply, depending on the result. */
export const FeedbackSchema = z.strictObject({
  /** Shown when the criterion passes. */
  pass: TextSchema.max(120, '反馈最多 120 个字'),
  /** Shown when it fails: say what to do instead. */
  fail: TextSchema.max(120, '反馈最多 120 个字'),
});

/** One rubric criterion (评分项). */
export const CriterionSchema = z.strictObject({
  /** Stable id, unique in the scenario (`greet`, `ask-height`); branches and examples refer to it. */
  id: SlugSchema,
  /** What the trainee should do, shown in the report: 先问候顾客. */
  label: TextSchema.max(40, '评分项名称最多 40 个字'),
  /** Share of the rubric score relative to the other criteria; default 1. */
  weight: z.number().positive('权重应大于 0').max(100).default(1),
  /** A failure fails the whole attempt whatever the score (a QA scorecard's critical error). */
  critical: z.boolean().default(false),
  /** Patience the customer loses when this fails; default 25 for forbidden, 15 for fact, 5 for others. */
  patienceCost: z.number().min(0).max(100).optional(),
  feedback: FeedbackSchema,
  check: CheckSchema,
});

/** Which replies a conversation-wide criterion reads. */
export const ScopeSchema = z.enum(['each-reply', 'any-reply', 'first-reply', 'last-reply', 'whole-conversation'], {
  error: 'scope 只能是 each-reply（每条都要过）、any-reply（至少一条）、first-reply、last-reply 或 whole-conversation（整段对话）',
});

/** A criterion about the whole conversation: no forbidden words anywhere, greeting first, a fact stated somewhere. */
export const ScenarioCriterionSchema = CriterionSchema.extend({
  /**
   * `each-reply`: every reply must pass (forbidden words); `any-reply`: one reply must pass (a fact
   * stated somewhere); `first-reply` / `last-reply`: that reply; `whole-conversation`: all replies as one text.
   */
  scope: ScopeSchema,
  /** The criterion is N/A unless the conversation went through this turn. */
  onlyIfVisited: SlugSchema.optional(),
});

/** A customer mood. */
export const MoodSchema = z.enum(MOODS, { error: `情绪只能是 ${MOODS.join('、')} 之一` });

export type Term = z.infer<typeof TermSchema>;
export type TermSet = z.infer<typeof TermSetSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type ScenarioCriterion = z.infer<typeof ScenarioCriterionSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
