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
  terms: z.array(TermSchema).default([]).meta({ description: '要找的词；写成 身高|多高 表示其中任意一个都行。' }),
  groups: z
    .array(SlugSchema)
    .default([])
    .meta({ description: '术语表 content/glossary.yaml 里同义词组的 id，例如 [refund]：组里任何一个词都算。' }),
});

function validRegex(pattern: string, ctx: z.RefinementCtx): void {
  try {
    new RegExp(pattern, 'u');
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^Invalid regular expression: /, '') : String(error);
    ctx.addIssue({ code: 'custom', message: `正则表达式写法有误：${reason}` });
  }
}

/** The `kind` of a check, with the hover text that lists every kind. */
const kind = <K extends string>(value: K) =>
  z.literal(value).meta({ description: '检查方式：any、all、forbidden、regex、fact、question、order 或 length。' });

/** Passes when the reply contains at least one of the words. */
export const AnyCheckSchema = z
  .strictObject({
    kind: kind('any'),
    ...TermSetSchema.shape,
  })
  .meta({ description: 'any：回复里出现任意一个词（或同义词组里的任意一个词）就通过。' });

/** Passes when the reply contains every word (each `a|b` item, each group: one of its words). */
export const AllCheckSchema = z
  .strictObject({
    kind: kind('all'),
    ...TermSetSchema.shape,
  })
  .meta({ description: 'all：每个词都要出现；写成 a|b 的一项出现其一即可，每个同义词组出现其一即可。' });

/** Fails when the reply contains any of the words or any word of a built-in lexicon. */
export const ForbiddenCheckSchema = z
  .strictObject({
    kind: kind('forbidden'),
    ...TermSetSchema.shape,
    lexicons: z
      .array(z.enum(LEXICON_IDS, { error: '词库只能是 absolute、off-platform 或 rude' }))
      .default([])
      .meta({
        description:
          '内置词库：absolute 广告法极限词（最、第一、顶级、100%……；“最近”“最好先”“第一时间”“100%纯棉”这类常用说法不算）；off-platform 站外联系（加微信、QQ、手机号……；“不能加微信”这类否定不算）；rude 不礼貌用语（爱买不买、你自己看……）。',
      }),
  })
  .meta({ description: 'forbidden：出现任何一个禁用词、同义词组里的词或词库里的词，就不通过。' });

/** A regular expression (JavaScript, Unicode mode) run on the normalised reply. */
export const RegexCheckSchema = z
  .strictObject({
    kind: kind('regex'),
    pattern: z
      .string()
      .min(1, '不能为空')
      .superRefine(validRegex)
      .meta({ description: '正则表达式（JavaScript 写法）；回复已转成小写、半角、简体，中文数字已转成阿拉伯数字。' }),
    expect: z.enum(['match', 'no-match']).default('match').meta({ description: 'match：必须匹配（默认）；no-match：不能匹配。' }),
  })
  .meta({ description: 'regex：用正则表达式检查回复。' });

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
export const FactCheckSchema = z
  .strictObject({
    kind: kind('fact'),
    fact: z
      .string()
      .min(1, '不能为空')
      .meta({ description: '要核对的事实：price、stock、courier、promotion、returns，或 facts.extra 里的 id。' }),
    size: z.string().min(1).optional().meta({ description: '库存按尺码填写时，要核对的尺码，例如 XL。' }),
  })
  .meta({ description: 'fact：说对场景 facts 里的事实，而且没有说出矛盾的值（否定说法如“不是299元”不算矛盾）。' });

/** Passes when the reply asks the customer something (？, 吗, 呢, 请问, 方便告诉 …). */
export const QuestionCheckSchema = z
  .strictObject({
    kind: kind('question'),
  })
  .meta({ description: 'question：回复里向顾客提了问题（？、吗、呢、请问、方便告诉……）。' });

/** Passes when a word of `before` comes before any word of `after`: greeting before answer. */
export const OrderCheckSchema = z
  .strictObject({
    kind: kind('order'),
    before: TermSetSchema.meta({ description: '要先出现的词（terms）或同义词组（groups）。' }),
    after: TermSetSchema.meta({ description: '要后出现的词（terms）或同义词组（groups）。' }),
  })
  .meta({ description: 'order：before 里的词要出现在 after 里的词前面，例如先问候再回答。' });

/** Passes when the reply's length is within the bounds (characters; spaces not counted). */
export const LengthCheckSchema = z
  .strictObject({
    kind: kind('length'),
    min: z.number().int().min(0).optional().meta({ description: '最少字数（空格不算）。' }),
    max: z.number().int().min(1).optional().meta({ description: '最多字数（空格不算）。' }),
  })
  .meta({ description: 'length：回复的字数在 min 和 max 之间。' });

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
  pass: TextSchema.max(120, '反馈最多 120 个字').meta({ description: '通过时学员看到的反馈，最多 120 个字。' }),
  fail: TextSchema.max(120, '反馈最多 120 个字').meta({ description: '不通过时的反馈：告诉学员应该怎么说，最多 120 个字。' }),
});

/** One rubric criterion (评分项). */
export const CriterionSchema = z.strictObject({
  id: SlugSchema.meta({ description: '评分项 id：小写英文和连字符，整个场景里不能重复；分支和示例用它引用。' }),
  label: TextSchema.max(40, '评分项名称最多 40 个字').meta({ description: '学员要做到什么，显示在成绩单里，最多 40 个字：先问候顾客。' }),
  weight: z
    .number()
    .positive('权重应大于 0')
    .max(100)
    .default(1)
    .meta({ description: '权重：和其他评分项相比占多大比重，默认 1；写 2 就是普通项的两倍。' }),
  critical: z.boolean().default(false).meta({ description: '关键项：写 true 时，这一项不通过，整场就不及格（不管总分多少）。' }),
  patienceCost: z
    .number()
    .min(0)
    .max(100)
    .optional()
    .meta({ description: '这一项不通过时顾客失去的耐心（0 到 100）；默认 forbidden 25、fact 15、其他 5。' }),
  feedback: FeedbackSchema.meta({ description: '学员看到的反馈：pass 是通过时，fail 是不通过时。' }),
  check: CheckSchema.meta({ description: '怎么检查：kind 写 any、all、forbidden、regex、fact、question、order 或 length。' }),
});

/** Which replies a conversation-wide criterion reads. */
export const ScopeSchema = z.enum(['each-reply', 'any-reply', 'first-reply', 'last-reply', 'whole-conversation'], {
  error: 'scope 只能是 each-reply（每条都要过）、any-reply（至少一条）、first-reply、last-reply 或 whole-conversation（整段对话）',
});

/** A criterion about the whole conversation: no forbidden words anywhere, greeting first, a fact stated somewhere. */
export const ScenarioCriterionSchema = CriterionSchema.extend({
  scope: ScopeSchema.meta({
    description:
      '看哪些回复：each-reply 每条都要做到（如禁用词）；any-reply 至少一条做到（如某处说对事实）；first-reply 只看第一条；last-reply 只看最后一条；whole-conversation 把所有回复连起来看。',
  }),
  onlyIfVisited: SlugSchema.optional().meta({ description: '只有对话经过这一轮（写 turn 的 id）时才评分，否则记为不适用（N/A）。' }),
});

/** A customer mood. */
export const MoodSchema = z.enum(MOODS, { error: `情绪只能是 ${MOODS.join('、')} 之一` });

export type Term = z.infer<typeof TermSchema>;
export type TermSet = z.infer<typeof TermSetSchema>;
export type Check = z.infer<typeof CheckSchema>;
export type Criterion = z.infer<typeof CriterionSchema>;
export type ScenarioCriterion = z.infer<typeof ScenarioCriterionSchema>;
export type Scope = z.infer<typeof ScopeSchema>;
