/**
 * Frontmatter of a simulated-customer scenario, content/scenarios/<slug>.mdx. The MDX body is the
 * briefing the trainee may consult during the chat (product page, stock, shop policy).
 *
 * A scenario is a small state machine written as data: the customer's messages are turns; each
 * reply is scored by the turn's criteria and chooses the next turn through `branches`.
 */
import { z } from 'astro/zod';
import { END } from '../engine/compiled.ts';
import { countChars } from '../engine/typing.ts';
import { BriefIdSchema } from './brief.ts';
import { SlugSchema, TextSchema } from './common.ts';
import {
  CriterionSchema,
  MoodSchema,
  ScenarioCriterionSchema,
  TermSchema,
  TermSetSchema,
  type Check,
  type Criterion,
} from './rubric.ts';


/** The simulated customer (顾客画像). */
export const PersonaSchema = z.strictObject({
  /** How the customer appears in the chat: 小林, 王女士. */
  name: TextSchema.max(20, '名字最多 20 个字'),
  /** Mood at the start: 满意, 平静, 不耐烦 or 生气. */
  mood: MoodSchema,
  /** Patience at the start, 0–100; slow replies and failed criteria drain it, at 0 the customer leaves (流失). */
  patience: z.number().int('耐心值应为整数').min(0, '耐心值在 0–100 之间').max(100, '耐心值在 0–100 之间'),
  /** What the customer says when the conversation ends normally; default by mood. */
  farewell: TextSchema.optional(),
  /** What the customer says when leaving out of patience; default 算了，我去别家看看。 */
  leaving: TextSchema.optional(),
});

/** A fact stated in words: a promotion, the return policy, a shipping time. */
export const TextFactSchema = z.strictObject({
  /** How the fact is named in the briefing and the report: 发货时间. */
  label: TextSchema.max(20).optional(),
  /** The fact as the shop states it: 全店满 300 减 30. */
  text: TextSchema,
  /** Words that state it correctly (any one): 满300减30. */
  terms: z.array(TermSchema).min(1, '至少写一个说法'),
  /** Words that state it wrongly (any one): 满200减20. */
  wrong: z.array(TermSchema).default([]),
});

/** An extra fact with its own id, for `fact` checks: `{ id: ship-time, text: …, terms: […] }`. */
export const ExtraFactSchema = TextFactSchema.extend({
  /** Referred to by `check: { kind: fact, fact: <id> }`. */
  id: SlugSchema,
});

const StockSchema = z.union([z.number().int().min(0), z.record(z.string().min(1), z.number().int().min(0))], {
  error: '库存写一个总数（例如 30），或按尺码写（例如 { S: 12, M: 0 }）',
});

/** What the shop knows: the trainee finds it in the briefing, `fact` checks compare replies with it. */
export const FactsSchema = z.strictObject({
  /** The product the chat is about. */
  product: TextSchema,
  /** Price in 元. */
  price: z.number().positive('价格应大于 0').optional(),
  /** Sizes on sale, as the shop names them: S, M, L or 160/84A. */
  sizes: z.array(TextSchema).min(1).optional(),
  /** Units in stock: a total, or per size (`{ S: 12, M: 0 }`). */
  stock: StockSchema.optional(),
  /** Couriers the shop ships with: 中通, 韵达. */
  couriers: z.array(TextSchema).min(1).optional(),
  /** The current promotion. */
  promotion: TextFactSchema.optional(),
  /** The return and exchange policy. */
  returns: TextFactSchema.optional(),
  /** Other facts, each with an id. */
  extra: z.array(ExtraFactSchema).default([]),
});

/** Conditions on the reply just sent; all given conditions must hold. */
export const BranchConditionSchema = z.strictObject({
  /** These criteria of the turn all passed. */
  passed: z.array(SlugSchema).optional(),
  /** These criteria of the turn all failed. */
  failed: z.array(SlugSchema).optional(),
  /** The reply contains one of these words. */
  contains: TermSetSchema.optional(),
  /** The customer's mood after the reply is one of these. */
  mood: z.array(MoodSchema).min(1).optional(),
  /** The reply came after the turn's time limit (true) or within it (false). */
  late: z.boolean().optional(),
});

/** A branch: the first whose condition holds chooses the next turn. */
export const BranchSchema = z.strictObject({
  when: BranchConditionSchema,
  /** A turn id, or `end`. */
  goto: z.string().min(1, '不能为空'),
});

/** One message of the customer and the reply it expects. */
export const TurnSchema = z.strictObject({
  /** Stable id, unique in the scenario: `ask-size`. */
  id: SlugSchema,
  /** What the customer says (in any mood without its own variant). */
  customer: TextSchema.max(300, '顾客的一条消息最多 300 个字'),
  /** The same message as the customer says it in a given mood: `{ 生气: … }`. */
  customerByMood: z.partialRecord(MoodSchema, TextSchema.max(300, '顾客的一条消息最多 300 个字')).optional(),
  /** Seconds the customer waits calmly; after that patience drains. Default 60. */
  timeLimit: z.number().int().min(5, '至少 5 秒').max(600, '最多 600 秒').default(60),
  /** Criteria for the reply to this message. */
  criteria: z.array(CriterionSchema).default([]),
  /** A model reply (参考话术) shown after the trainee's; `check:content` checks it passes the criteria. */
  model: TextSchema,
  /** Tried in order after the reply; the first that holds chooses the next turn. */
  branches: z.array(BranchSchema).default([]),
  /** The next turn when no branch holds: a turn id or `end`; default the following turn (`end` after the last). */
  next: z.string().min(1).optional(),
});

/** Seconds for full marks and for zero; linear in between. */
export const ResponseBandSchema = z
  .strictObject({
    /** At or under this many seconds: full marks. */
    full: z.number().positive(),
    /** Over this many seconds: zero. */
    zero: z.number().positive(),
  })
  .refine((b) => b.full < b.zero, { message: 'full 应小于 zero', path: ['zero'] });

/** Overrides of the response-time and typing thresholds of the domain brief. */
export const ThresholdsSchema = z.strictObject({
  /** 首响: default full ≤ 30 s, zero > 60 s. */
  firstResponse: ResponseBandSchema.optional(),
  /** 平响: default full ≤ 35 s, zero > 55 s. */
  averageResponse: ResponseBandSchema.optional(),
  /** Typing speed in 字/分钟: `gate` is the entry requirement (default 50), `target` earns full marks (default 60). */
  typing: z
    .strictObject({ gate: z.number().positive(), target: z.number().positive() })
    .refine((t) => t.gate <= t.target, { message: 'gate 不能大于 target', path: ['target'] })
    .optional(),
});

/** Shares of the total score, summing to 100. */
export const WeightsSchema = z.strictObject({
  /** The rubric criteria. */
  rubric: z.number().min(0).max(100),
  /** 首响 and 平响. */
  response: z.number().min(0).max(100),
  /** Typing speed. */
  typing: z.number().min(0).max(100),
});

/** Seconds an example reply takes when it does not say. */
export const DEFAULT_EXAMPLE_SECONDS = 15;

/** One reply of an example conversation. */
export const ExampleReplySchema = z.strictObject({
  /** The reply text. */
  text: TextSchema,
  /** Seconds from the customer's message to the reply; default 15. Must leave time to type the reply at `speed`. */
  seconds: z.number().positive().max(3600).optional(),
  /** Typing speed in 字/分钟; without it the typing part is not scored. */
  speed: z.number().positive().max(1000).optional(),
});

/** A model conversation that must score as declared; `check:content` runs it. */
export const ExampleSchema = z.strictObject({
  /** What the example shows: 标准回答, 报错价格. */
  name: TextSchema.max(40),
  /** Whether it must pass or fail. */
  expect: z.enum(['pass', 'fail'], { error: 'expect 只能是 pass 或 fail' }),
  /** For `fail`: the criterion that must fail. */
  criterion: SlugSchema.optional(),
  /** The trainee's replies in order; branches decide which turn each answers. */
  replies: z.array(ExampleReplySchema).min(1, '至少一条回复'),
});

export const DEFAULT_WEIGHTS = { rubric: 70, response: 20, typing: 10 } as const;
export const DEFAULT_PASS_MARK = 70;

export const ScenarioSchema = z
  .strictObject({
    /** The scenario's title: 帮顾客选尺码. */
    title: TextSchema.max(40, '标题最多 40 个字'),
    /** One or two sentences shown in lists. */
    summary: TextSchema.max(120, '摘要最多 120 个字'),
    /** 售前 or 售后. */
    role: z.enum(['售前', '售后'], { error: '岗位只能是 售前 或 售后' }),
    /** 入门, 进阶 or 困难. */
    difficulty: z.enum(['入门', '进阶', '困难'], { error: '难度只能是 入门、进阶 或 困难' }),
    /** Items of the domain brief (A1–G2) the scenario practises. */
    covers: z.array(BriefIdSchema).min(1, '至少写一个大纲条目'),
    persona: PersonaSchema,
    facts: FactsSchema,
    thresholds: ThresholdsSchema.optional(),
    /** The customer's messages; the first opens the chat. */
    turns: z.array(TurnSchema).min(1, '至少一轮对话'),
    /** Criteria about the whole conversation. */
    rubric: z.array(ScenarioCriterionSchema).default([]),
    /** Shares of the total score; default rubric 70, response 20, typing 10. */
    weights: WeightsSchema.default(DEFAULT_WEIGHTS),
    /** Total score (0–100) needed to pass; default 70. */
    passMark: z.number().min(0, '及格线在 0–100 之间').max(100, '及格线在 0–100 之间').default(DEFAULT_PASS_MARK),
    /** Model conversations, at least one that passes and one that fails. */
    examples: z.array(ExampleSchema).min(2, '至少两个示例：一个应通过，一个应不通过'),
  })
  .superRefine(validateScenario);

export type Persona = z.infer<typeof PersonaSchema>;
export type Facts = z.infer<typeof FactsSchema>;
export type TextFact = z.infer<typeof TextFactSchema>;
export type Branch = z.infer<typeof BranchSchema>;
export type Turn = z.infer<typeof TurnSchema>;
export type Thresholds = z.infer<typeof ThresholdsSchema>;
export type Weights = z.infer<typeof WeightsSchema>;
export type ExampleReply = z.infer<typeof ExampleReplySchema>;
export type Example = z.infer<typeof ExampleSchema>;
export type Scenario = z.infer<typeof ScenarioSchema>;
/** The frontmatter as written, before defaults are filled in. */
export type ScenarioInput = z.input<typeof ScenarioSchema>;

type Path = (string | number)[];
type Output = z.output<typeof ScenarioSchema>;

/** Every criterion of the scenario with its path: turn criteria first, then the conversation rubric. */
export function criteriaWithPaths(s: Pick<Output, 'turns' | 'rubric'>): Array<{ criterion: Criterion; path: Path }> {
  return [
    ...s.turns.flatMap((t, i) => t.criteria.map((c, j) => ({ criterion: c, path: ['turns', i, 'criteria', j] }))),
    ...s.rubric.map((c, j) => ({ criterion: c, path: ['rubric', j] })),
  ];
}

/** The ids a `fact` check may name in this scenario. */
export function factIds(facts: Facts): string[] {
  const ids: string[] = [];
  if (facts.price !== undefined) ids.push('price');
  if (facts.stock !== undefined) ids.push('stock');
  if (facts.couriers) ids.push('courier');
  if (facts.promotion) ids.push('promotion');
  if (facts.returns) ids.push('returns');
  ids.push(...facts.extra.map((e) => e.id));
  return ids;
}

/** The turn after `index` when `next` is not given. */
export function defaultNext(turns: readonly { id: string }[], index: number): string {
  return turns[index + 1]?.id ?? END;
}

/** The cross-field rules a field schema cannot express: references, ids, reachability. */
function validateScenario(s: Output, ctx: z.RefinementCtx): void {
  const issue = (path: Path, message: string): void => ctx.addIssue({ code: 'custom', path, message });

  // Reachability is only worth reporting once ids and references are sound; before that it is noise.
  let soundGraph = true;
  const turnIds = new Map<string, number>();
  s.turns.forEach((t, i) => {
    if (t.id === END) {
      issue(['turns', i, 'id'], `“${END}” 表示对话结束，不能用作 turn 的 id`);
      soundGraph = false;
    } else if (turnIds.has(t.id)) {
      issue(['turns', i, 'id'], `turn id 重复：${t.id}（第 ${(turnIds.get(t.id) ?? 0) + 1} 轮已经用过）`);
      soundGraph = false;
    } else turnIds.set(t.id, i);
  });
  const target = (id: string): boolean => {
    const ok = id === END || turnIds.has(id);
    if (!ok) soundGraph = false;
    return ok;
  };

  const all = criteriaWithPaths(s);
  const criterionIds = new Set<string>();
  for (const { criterion, path } of all) {
    if (criterionIds.has(criterion.id)) issue([...path, 'id'], `评分项 id 重复：${criterion.id}（整个场景里 id 不能重复）`);
    criterionIds.add(criterion.id);
    checkCheck(criterion.check, s.facts, [...path, 'check'], issue);
  }

  s.turns.forEach((t, i) => {
    const own = new Set(t.criteria.map((c) => c.id));
    t.branches.forEach((b, j) => {
      const path: Path = ['turns', i, 'branches', j];
      if (!target(b.goto)) issue([...path, 'goto'], `跳转到不存在的 turn：${b.goto}（可用的有 ${[...turnIds.keys()].join('、')} 或 end）`);
      const w = b.when;
      const conditions = [w.passed, w.failed, w.contains, w.mood, w.late].filter((x) => x !== undefined);
      if (conditions.length === 0) issue([...path, 'when'], '条件为空：至少写 passed、failed、contains、mood、late 中的一项');
      for (const key of ['passed', 'failed'] as const) {
        w[key]?.forEach((id, k) => {
          if (!own.has(id)) issue([...path, 'when', key, k], `本轮没有评分项 ${id}（分支只能引用本轮的评分项）`);
        });
      }
      if (w.contains && w.contains.terms.length + w.contains.groups.length === 0) {
        issue([...path, 'when', 'contains'], '至少写一个词（terms）或同义词组（groups）');
      }
    });
    if (t.next !== undefined && !target(t.next)) {
      issue(['turns', i, 'next'], `下一轮指向不存在的 turn：${t.next}（可用的有 ${[...turnIds.keys()].join('、')} 或 end）`);
    }
  });

  if (soundGraph) checkReachability(s, turnIds, issue);

  s.rubric.forEach((c, j) => {
    if (c.onlyIfVisited !== undefined && !turnIds.has(c.onlyIfVisited)) {
      issue(['rubric', j, 'onlyIfVisited'], `onlyIfVisited 写的 turn ${c.onlyIfVisited} 不存在（可用的有 ${[...turnIds.keys()].join('、')}）`);
    }
  });

  const sum = s.weights.rubric + s.weights.response + s.weights.typing;
  if (Math.abs(sum - 100) > 1e-9) issue(['weights'], `三项权重之和应为 100，现在是 ${sum}`);

  const { sizes, stock } = s.facts;
  if (sizes && stock !== undefined && typeof stock === 'object') {
    for (const size of Object.keys(stock)) {
      if (!sizes.includes(size)) issue(['facts', 'stock', size], `尺码 ${size} 不在 sizes 里（${sizes.join('、')}）`);
    }
  }

  s.examples.forEach((e, i) => {
    e.replies.forEach((r, k) => {
      const typingSeconds = r.speed === undefined ? 0 : (countChars(r.text) / r.speed) * 60;
      const seconds = r.seconds ?? DEFAULT_EXAMPLE_SECONDS;
      if (typingSeconds > seconds) {
        issue(
          ['examples', i, 'replies', k, 'seconds'],
          `按 ${r.speed} 字/分钟打这 ${countChars(r.text)} 个字要 ${Math.ceil(typingSeconds)} 秒，比 seconds（${seconds} 秒）还长；请加长 seconds 或提高 speed`,
        );
      }
    });
    if (e.criterion !== undefined) {
      if (e.expect === 'pass') issue(['examples', i, 'criterion'], '只有 expect: fail 的示例才写 criterion（应当不通过的评分项）');
      else if (!criterionIds.has(e.criterion)) issue(['examples', i, 'criterion'], `不存在的评分项：${e.criterion}`);
    }
  });
  if (!s.examples.some((e) => e.expect === 'pass')) issue(['examples'], '至少要有一个 expect: pass 的示例');
  if (!s.examples.some((e) => e.expect === 'fail')) issue(['examples'], '至少要有一个 expect: fail 的示例');
}

/** Every turn reachable from the opening message, and `end` reachable from every turn reached. */
function checkReachability(s: Output, turnIds: ReadonlyMap<string, number>, issue: (path: Path, message: string) => void): void {
  const edges = s.turns.map((t, i) => [...t.branches.map((b) => b.goto), t.next ?? defaultNext(s.turns, i)]);
  const reached = new Set<number>([0]);
  const queue = [0];
  while (queue.length > 0) {
    const i = queue.shift() ?? 0;
    for (const to of edges[i] ?? []) {
      const j = turnIds.get(to);
      if (j !== undefined && !reached.has(j)) {
        reached.add(j);
        queue.push(j);
      }
    }
  }
  s.turns.forEach((t, i) => {
    if (!reached.has(i)) issue(['turns', i, 'id'], `turn ${t.id} 永远不会出现：没有任何分支或 next 通向它（在前面某一轮的 next 或 goto 里指向它，或删掉这一轮）`);
  });
  const ends = new Set<number>();
  let grew = true;
  while (grew) {
    grew = false;
    edges.forEach((tos, i) => {
      if (!ends.has(i) && tos.some((to) => to === END || ends.has(turnIds.get(to) ?? -1))) {
        ends.add(i);
        grew = true;
      }
    });
  }
  s.turns.forEach((t, i) => {
    if (reached.has(i) && !ends.has(i)) issue(['turns', i, 'id'], `从 turn ${t.id} 出发，对话永远到不了 end（分支形成了死循环：让其中一轮的 next 或某个分支通向 end）`);
  });
}

function checkCheck(check: Check, facts: Facts, path: Path, issue: (path: Path, message: string) => void): void {
  switch (check.kind) {
    case 'any':
    case 'all':
      if (check.terms.length + check.groups.length === 0) issue(path, '至少写一个词（terms）或同义词组（groups）');
      break;
    case 'forbidden':
      if (check.terms.length + check.groups.length + check.lexicons.length === 0) {
        issue(path, '至少写一个禁用词（terms）、同义词组（groups）或词库（lexicons）');
      }
      break;
    case 'order':
      if (check.before.terms.length + check.before.groups.length === 0) issue([...path, 'before'], '至少写一个词或同义词组');
      if (check.after.terms.length + check.after.groups.length === 0) issue([...path, 'after'], '至少写一个词或同义词组');
      break;
    case 'length':
      if (check.min === undefined && check.max === undefined) issue(path, '至少写 min 或 max');
      else if (check.min !== undefined && check.max !== undefined && check.min > check.max) issue([...path, 'max'], 'max 不能小于 min');
      break;
    case 'fact': {
      const known = factIds(facts);
      if (!known.includes(check.fact)) {
        issue([...path, 'fact'], `场景的 facts 里没有 ${check.fact}${known.length ? `（可用的有 ${known.join('、')}）` : ''}`);
        break;
      }
      if (check.fact === 'stock') {
        const stock = facts.stock;
        if (typeof stock === 'object' && check.size === undefined) issue([...path, 'size'], '库存按尺码填写，请写明检查哪个尺码（size）');
        if (typeof stock === 'object' && check.size !== undefined && !(check.size in stock)) {
          issue([...path, 'size'], `库存里没有尺码 ${check.size}（有 ${Object.keys(stock).join('、')}）`);
        }
        if (typeof stock === 'number' && check.size !== undefined) issue([...path, 'size'], '库存是总数，不按尺码，不用写 size');
      } else if (check.size !== undefined) {
        issue([...path, 'size'], 'size 只用于 stock 检查');
      }
      break;
    }
    case 'regex':
    case 'question':
      break;
  }
}
