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
  name: TextSchema.max(20, '名字最多 20 个字').meta({ description: '顾客在聊天窗口里显示的名字，最多 20 个字：小林、王女士。' }),
  mood: MoodSchema.meta({ description: '开场情绪：满意、平静、不耐烦 或 生气。' }),
  patience: z
    .number()
    .int('耐心值应为整数')
    .min(0, '耐心值在 0–100 之间')
    .max(100, '耐心值在 0–100 之间')
    .meta({ description: '开场耐心，0 到 100：回复慢、评分项不通过会扣，扣到 0 顾客就离开了（流失）。' }),
  farewell: TextSchema.optional().meta({ description: '对话正常结束时顾客说的话；不写时按情绪用默认说法。' }),
  leaving: TextSchema.optional().meta({ description: '顾客失去耐心、离开时说的话；默认“算了，我去别家看看。”' }),
});

/** A fact stated in words: a promotion, the return policy, a shipping time. */
export const TextFactSchema = z.strictObject({
  label: TextSchema.max(20).optional().meta({ description: '事实的名称，显示在成绩单里：发货时间。' }),
  text: TextSchema.meta({ description: '店铺的说法：全店满 300 减 30。' }),
  terms: z.array(TermSchema).min(1, '至少写一个说法').meta({ description: '说对的写法，出现任意一个即可：[满300减30]。' }),
  wrong: z.array(TermSchema).default([]).meta({ description: '说错的写法，出现任意一个就算说错：[满200减20]。' }),
});

/** An extra fact with its own id, for `fact` checks: `{ id: ship-time, text: …, terms: […] }`. */
export const ExtraFactSchema = TextFactSchema.extend({
  id: SlugSchema.meta({ description: '事实的 id：评分项用 check: { kind: fact, fact: <id> } 核对它。' }),
});

const StockSchema = z.union([z.number().int().min(0), z.record(z.string().min(1), z.number().int().min(0))], {
  error: '库存写一个总数（例如 30），或按尺码写（例如 { S: 12, M: 0 }）',
});

/** What the shop knows: the trainee finds it in the briefing, `fact` checks compare replies with it. */
export const FactsSchema = z.strictObject({
  product: TextSchema.meta({ description: '对话涉及的商品。' }),
  price: z
    .number()
    .positive('价格应大于 0')
    .optional()
    .meta({ description: '价格（元）：fact: price 核对报价；回复里的其他金额算报错（两到十件的总价除外）。' }),
  sizes: z.array(TextSchema).min(1).optional().meta({ description: '在售尺码，按店铺的叫法：[S, M, L] 或 [160/84A]。' }),
  stock: StockSchema.optional().meta({ description: '库存：写一个总数（例如 30），或按尺码写（例如 { S: 12, M: 0 }）；0 表示没货。' }),
  couriers: z.array(TextSchema).min(1).optional().meta({ description: '合作快递：[中通, 韵达]；回复里说成别家快递算说错。' }),
  promotion: TextFactSchema.optional().meta({ description: '当前的优惠活动：text 店铺的说法，terms 说对的写法，wrong 说错的写法。' }),
  returns: TextFactSchema.optional().meta({ description: '退换货政策：text 店铺的说法，terms 说对的写法，wrong 说错的写法。' }),
  extra: z.array(ExtraFactSchema).default([]).meta({ description: '其他事实，每条带一个 id：发货时间、保修期……' }),
});

/** Conditions on the reply just sent; all given conditions must hold. */
export const BranchConditionSchema = z.strictObject({
  passed: z.array(SlugSchema).optional().meta({ description: '本轮这些评分项（id）都通过时。' }),
  failed: z.array(SlugSchema).optional().meta({ description: '本轮这些评分项（id）都不通过时。' }),
  contains: TermSetSchema.optional().meta({ description: '回复里出现这些词（terms）或同义词组（groups）中的任意一个时。' }),
  mood: z.array(MoodSchema).min(1).optional().meta({ description: '回复之后顾客的情绪是其中之一时：[生气, 不耐烦]。' }),
  late: z.boolean().optional().meta({ description: 'true：回复超过了本轮的 timeLimit；false：没有超过。' }),
});

/** A branch: the first whose condition holds chooses the next turn. */
export const BranchSchema = z.strictObject({
  when: BranchConditionSchema.meta({ description: '条件：passed、failed、contains、mood、late，写了的都要满足。' }),
  goto: z.string().min(1, '不能为空').meta({ description: '跳到哪一轮：turn 的 id，或 end（对话结束）。' }),
});

/** A reply: one message, or several sent one after another (an acknowledgement, then the answer). */
export const ReplyTextSchema = z.union([TextSchema, z.array(TextSchema).min(1, '至少一条消息')]);

/** The messages of a reply written as text or as a list. */
export const replyMessages = (text: string | readonly string[]): string[] => (typeof text === 'string' ? [text] : [...text]);

/** One message of the customer and the reply it expects. */
export const TurnSchema = z.strictObject({
  id: SlugSchema.meta({ description: '这一轮的 id：小写英文、数字和连字符，场景里不能重复；分支用它跳转。' }),
  customer: TextSchema.max(300, '顾客的一条消息最多 300 个字').meta({ description: '顾客的这条消息，最多 300 个字。' }),
  customerByMood: z
    .partialRecord(MoodSchema, TextSchema.max(300, '顾客的一条消息最多 300 个字'))
    .optional()
    .meta({ description: '顾客在某种情绪下的说法，例如 { 生气: 到底有没有人？ }；没写的情绪用 customer。' }),
  timeLimit: z
    .number()
    .int()
    .min(5, '至少 5 秒')
    .max(600, '最多 600 秒')
    .default(60)
    .meta({ description: '顾客愿意等的秒数（5 到 600，默认 60）；超过后每多等一秒扣 1 点耐心。' }),
  criteria: z.array(CriterionSchema).default([]).meta({ description: '这一轮回复的评分项。' }),
  model: ReplyTextSchema.meta({
    description: '参考答案（参考话术）：一段文字，或几条消息的列表（先回一句“亲，在的”，再详细回答）；学员回复后显示；check:content 会检查它通过本轮所有评分项。',
  }),
  branches: z
    .array(BranchSchema)
    .default([])
    .meta({ description: '分支（可选）：回复后按顺序检查，第一个条件满足的分支决定下一轮。' }),
  next: z
    .string()
    .min(1)
    .optional()
    .meta({ description: '没有分支满足时的下一轮：turn 的 id 或 end；不写就是下一条 turn（最后一条之后结束）。' }),
});

/** Seconds for full marks and for zero; linear in between. */
export const ResponseBandSchema = z
  .strictObject({
    full: z.number().positive().meta({ description: '不超过这么多秒：满分。' }),
    zero: z.number().positive().meta({ description: '超过这么多秒：0 分；两者之间按比例给分。' }),
  })
  .refine((b) => b.full < b.zero, { message: 'full 应小于 zero', path: ['zero'] });

/** Overrides of the response-time and typing thresholds of the domain brief. */
export const ThresholdsSchema = z.strictObject({
  firstResponse: ResponseBandSchema.optional().meta({ description: '首响（第一条回复用时，秒）：默认 30 秒内满分，超过 60 秒 0 分。' }),
  averageResponse: ResponseBandSchema.optional().meta({ description: '平响（平均回复用时，秒）：默认 35 秒内满分，超过 55 秒 0 分。' }),
  typing: z
    .strictObject({
      gate: z.number().positive().meta({ description: '上岗门槛（字/分钟），默认 50：低于它会在成绩单里标出。' }),
      target: z.number().positive().meta({ description: '满分速度（字/分钟），默认 60。' }),
    })
    .refine((t) => t.gate <= t.target, { message: 'gate 不能大于 target', path: ['target'] })
    .optional()
    .meta({ description: '打字速度（字/分钟）：gate 是上岗门槛，target 得满分。' }),
});

/** Shares of the total score, summing to 100. */
export const WeightsSchema = z.strictObject({
  rubric: z.number().min(0).max(100).meta({ description: '评分项（回复内容）所占比重。' }),
  response: z.number().min(0).max(100).meta({ description: '响应速度（首响、平响）所占比重。' }),
  typing: z.number().min(0).max(100).meta({ description: '打字速度所占比重。' }),
});

/** Seconds an example reply takes when it does not say. */
export const DEFAULT_EXAMPLE_SECONDS = 15;

/** One reply of an example conversation. */
export const ExampleReplySchema = z.strictObject({
  text: ReplyTextSchema.meta({
    description: '回复的文字；一个回复分几条消息发时写成列表：[亲，在的～, 这款 M 码有货。]。',
  }),
  seconds: z
    .number()
    .positive()
    .max(3600)
    .optional()
    .meta({ description: '顾客消息出现后多少秒发出（第一条）消息，默认 15；要留够按 speed 打完这些字的时间。后面的消息接着按 speed 打完就发。' }),
  speed: z
    .number()
    .positive()
    .max(1000)
    .optional()
    .meta({ description: '打字速度（字/分钟）；不写就不给打字速度评分，后面的消息每隔 1 秒发一条。' }),
});

/** A model conversation that must score as declared; `check:content` runs it. */
export const ExampleSchema = z.strictObject({
  name: TextSchema.max(40).meta({ description: '示例的名称：标准回答、报错价格。' }),
  expect: z.enum(['pass', 'fail'], { error: 'expect 只能是 pass 或 fail' }).meta({ description: 'pass：应当通过；fail：应当不通过。' }),
  criterion: SlugSchema.optional().meta({ description: 'expect: fail 时可写：应当不通过的评分项 id。' }),
  replies: z
    .array(ExampleReplySchema)
    .min(1, '至少一条回复')
    .meta({ description: '学员的回复，按顺序；每条回复答复顾客的下一条消息（走哪条分支由回复决定）。' }),
});

export const DEFAULT_WEIGHTS = { rubric: 70, response: 20, typing: 10 } as const;
export const DEFAULT_PASS_MARK = 70;

export const ScenarioSchema = z
  .strictObject({
    title: TextSchema.max(40, '标题最多 40 个字').meta({ description: '场景名称：显示在对练列表和聊天窗口顶部，最多 40 个字。' }),
    summary: TextSchema.max(120, '摘要最多 120 个字').meta({ description: '一两句话的简介，显示在列表里，最多 120 个字。' }),
    role: z.enum(['售前', '售后'], { error: '岗位只能是 售前 或 售后' }).meta({ description: '售前 或 售后。' }),
    difficulty: z.enum(['入门', '进阶', '困难'], { error: '难度只能是 入门、进阶 或 困难' }).meta({ description: '入门、进阶 或 困难。' }),
    covers: z.array(BriefIdSchema).min(1, '至少写一个大纲条目').meta({ description: '练习的大纲条目（A1 到 G2），至少一个。' }),
    persona: PersonaSchema.meta({ description: '模拟顾客：名字、开场情绪和耐心。' }),
    facts: FactsSchema.meta({ description: '店铺知道的事实：写进正文资料给学员查，fact 检查用它判断回复说得对不对。' }),
    thresholds: ThresholdsSchema.optional().meta({ description: '响应速度和打字速度的评分标准（可选），不写用默认值。' }),
    turns: z.array(TurnSchema).min(1, '至少一轮对话').meta({ description: '顾客的消息，至少一条；第一条开启对话。' }),
    rubric: z
      .array(ScenarioCriterionSchema)
      .default([])
      .meta({ description: '整段对话的评分项（可选），每项要写 scope：看哪些回复。' }),
    weights: WeightsSchema.default(DEFAULT_WEIGHTS).meta({
      description: '总分的构成，三项加起来是 100；默认 rubric 70、response 20、typing 10。',
    }),
    passMark: z
      .number()
      .min(0, '及格线在 0–100 之间')
      .max(100, '及格线在 0–100 之间')
      .default(DEFAULT_PASS_MARK)
      .meta({ description: '及格线（0 到 100），默认 70。' }),
    examples: z
      .array(ExampleSchema)
      .min(2, '至少两个示例：一个应通过，一个应不通过')
      .meta({ description: '示例对话：至少一个应通过（pass）、一个应不通过（fail）；check:content 会逐条评分核对。' }),
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
      // Only the first message has to fit in `seconds`: the later ones are typed after it.
      const first = replyMessages(r.text)[0] ?? '';
      const typingSeconds = r.speed === undefined ? 0 : (countChars(first) / r.speed) * 60;
      const seconds = r.seconds ?? DEFAULT_EXAMPLE_SECONDS;
      if (typingSeconds > seconds) {
        issue(
          ['examples', i, 'replies', k, 'seconds'],
          `按 ${r.speed} 字/分钟打${typeof r.text === 'string' ? '这' : '第一条消息的'} ${countChars(first)} 个字要 ${Math.ceil(typingSeconds)} 秒，比 seconds（${seconds} 秒）还长；请加长 seconds 或提高 speed`,
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
