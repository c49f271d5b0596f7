/**
 * Frontmatter of an exam (上岗考核), content/exams/<slug>.mdx. The MDX body holds the instructions
 * the candidate reads before starting.
 *
 * An exam is a list of timed sections taken in order: a typing test (打字测试) on a passage of
 * 话术, a scenario section (模拟接待) with k scenarios drawn from a pool, and a quiz section (知识题)
 * with n questions drawn from lessons' quizzes or the exam's own questions. Draws are seeded: every
 * candidate who enters the same batch code (批次码) gets the same scenarios and questions.
 *
 * Cross-file references (scenario slugs, lesson questions) are checked by `npm run check:content`
 * (src/content-check/exams.ts) and again when the site is built.
 */
import { z } from 'astro/zod';
import { RoleSchema } from './lesson.ts';
import { SlugSchema, TextSchema } from './common.ts';
import { QuizQuestionSchema } from './quiz.ts';
import { ThresholdsSchema } from './scenario.ts';

/** `pre-sales` (a module), `pre-sales/first-response` (a lesson) or `pre-sales/first-response#kpi` (one question). */
export const QuizSourceSchema = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9-]+)?)?$/,
    '写单元 id（pre-sales）、课程 id（pre-sales/first-response）或某一道题（pre-sales/first-response#kpi）',
  )
  .meta({ description: '从哪里抽题：单元 id（pre-sales，整个单元的自测题）、课程 id（pre-sales/first-response，一节课的自测题）或某一道题（pre-sales/first-response#kpi）。' });

/** What every section has. */
const SectionBase = {
  /** Stable id within the exam, used in results and draws: `typing`, `chat`, `knowledge`. */
  id: SlugSchema.meta({ description: '这一部分的 id：小写英文、数字和连字符，例如 typing、chat、knowledge；同一场考核里不能重复。成绩和抽题按它记录，发布后不要再改。' }),
  /** The section's heading: 打字测试. */
  title: TextSchema.max(20, '标题最多 20 个字').meta({ description: '这一部分的标题，显示在考试安排和成绩单里，最多 20 个字：打字测试。' }),
  /** Share of the total score; the sections' weights sum to 100. */
  weight: z
    .number()
    .min(0, '权重在 0–100 之间')
    .max(100, '权重在 0–100 之间')
    .meta({ description: '占总分的比重（0 到 100）；各部分的 weight 加起来要等于 100。' }),
  /** Seconds for the section; when they run out the section is handed in as it is. */
  timeLimit: z
    .number()
    .int('秒数应为整数')
    .min(30, '每部分至少 30 秒')
    .max(7200, '每部分最多 7200 秒（2 小时）')
    .meta({ description: '这一部分的限时（秒，30 到 7200）：时间到自动交卷，进入下一部分。' }),
  /** A section score (0–100) below this fails the whole exam, whatever the total; omit for none. */
  minScore: z
    .number()
    .min(0, '在 0–100 之间')
    .max(100, '在 0–100 之间')
    .optional()
    .meta({ description: '这一部分的最低分（0 到 100，可选）：低于它整场不通过，总分再高也一样。打字测试写 60 就是上岗线（默认 50 字/分钟）。' }),
};

/** A timed copy test: the candidate types the passage through their own input method. */
export const TypingSectionSchema = z
  .strictObject({
    kind: z.literal('typing').meta({ description: '部分的类型：typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）。' }),
    ...SectionBase,
    /** The passage of 话术 to copy; line breaks are kept. 100–600 characters. */
    passage: TextSchema
      .min(100, '文章至少 100 个字，才测得出速度')
      .max(600, '文章最多 600 个字')
      .meta({ description: '考生照着打的话术，100 到 600 个字；换行会保留，写成 passage: |- 再换行缩进。' }),
  })
  .meta({ description: 'typing：打字测试。考生用自己的输入法照着 passage 打，按有效速度（每分钟打对的字数）计分。' });

/** Simulated customers: `draw` scenarios from `pool`, chatted with one after another. */
export const ScenarioSectionSchema = z
  .strictObject({
    kind: z.literal('scenarios').meta({ description: '部分的类型：typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）。' }),
    ...SectionBase,
    /** How many scenarios each candidate gets (k). */
    draw: z
      .number()
      .int('应为整数')
      .min(1, '至少抽 1 个场景')
      .max(5, '最多抽 5 个场景')
      .meta({ description: '每位考生抽几个场景（1 到 5），不能多于场景池里的场景数。' }),
    /** Scenario slugs (file names in content/scenarios/ without .mdx) to draw from; may grow over time. */
    pool: z
      .array(SlugSchema)
      .min(1, '场景池至少一个场景')
      .meta({ description: '场景池：content/scenarios/ 里的文件名（不带 .mdx），例如 [size-advice, stock-check]。以后可以往里加场景。' }),
  })
  .meta({ description: 'scenarios：模拟接待。从 pool 里抽 draw 个场景，考生依次接待这些模拟顾客，考试中不显示对错。' });

/** Multiple-choice questions: `draw` of them from lessons' quizzes and the exam's own `questions`. */
export const QuizSectionSchema = z
  .strictObject({
    kind: z.literal('quiz').meta({ description: '部分的类型：typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）。' }),
    ...SectionBase,
    /** How many questions each candidate gets (n). */
    draw: z
      .number()
      .int('应为整数')
      .min(1, '至少抽 1 道题')
      .max(50, '最多抽 50 道题')
      .meta({ description: '每位考生抽几道题（1 到 50），不能多于题库里的题数（from 和 questions 加起来）。' }),
    /** Lessons' quiz questions to draw from: a module id, a lesson id, or `<lesson id>#<question id>`. */
    from: z
      .array(QuizSourceSchema)
      .default([])
      .meta({ description: '从课程的自测题里抽：单元 id、课程 id 或 课程 id#题目 id，例如 [pre-sales, platform/absolute-terms]。' }),
    /** The exam's own questions, drawn together with those of `from`. */
    questions: z
      .array(QuizQuestionSchema)
      .default([])
      .meta({ description: '这场考核自己的题，写法和课程的自测题（quiz）一样；和 from 的题放在一起抽。' }),
  })
  .meta({ description: 'quiz：知识题。从 from（课程的自测题）和 questions（本考核自己的题）里抽 draw 道选择题。' });

export const ExamSectionSchema = z
  .discriminatedUnion('kind', [TypingSectionSchema, ScenarioSectionSchema, QuizSectionSchema], {
    error: 'kind 只能是 typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）',
  })
  .meta({ description: '考核的一个部分：kind 写 typing（打字测试）、scenarios（模拟接待）或 quiz（知识题），再写这种部分的字段。' });

/** Lowest total for each grade (domain brief: 金牌 ≥ 90, 银牌 ≥ 80, 铜牌 ≥ 70). */
export const GradeBandsSchema = z
  .strictObject({
    金牌: z.number().min(0, '在 0–100 之间').max(100, '在 0–100 之间').meta({ description: '总分达到这个分数得金牌，默认 90。' }),
    银牌: z.number().min(0, '在 0–100 之间').max(100, '在 0–100 之间').meta({ description: '总分达到这个分数得银牌，默认 80；要低于金牌。' }),
    铜牌: z.number().min(0, '在 0–100 之间').max(100, '在 0–100 之间').meta({ description: '总分达到这个分数得铜牌，默认 70；要低于银牌，且不能低于及格线 passMark。' }),
  })
  .superRefine((g, ctx) => {
    if (!(g.金牌 > g.银牌 && g.银牌 > g.铜牌)) {
      ctx.addIssue({ code: 'custom', path: ['银牌'], message: `分数线要从高到低：金牌 > 银牌 > 铜牌，现在是 金牌 ${g.金牌}、银牌 ${g.银牌}、铜牌 ${g.铜牌}` });
    }
  });

export const DEFAULT_GRADES = { 金牌: 90, 银牌: 80, 铜牌: 70 } as const;
export const DEFAULT_EXAM_PASS_MARK = 70;

/** Fewer seconds than this per drawn question leaves no time to read it. */
export const MIN_SECONDS_PER_QUESTION = 10;

export const ExamSchema = z
  .strictObject({
    /** The exam's title: 售前客服上岗考核. */
    title: TextSchema.max(40, '标题最多 40 个字').meta({ description: '考核名称，显示在考核列表、考试页顶部和证书上，最多 40 个字：售前客服上岗考核。' }),
    /** One or two sentences shown in the list of exams. */
    summary: TextSchema.max(120, '摘要最多 120 个字').meta({ description: '一两句话的简介，显示在考核列表里，最多 120 个字。' }),
    /** Who takes it: 售前, 售后 or 通用. */
    role: RoleSchema.meta({ description: '给哪个岗位考：售前、售后 或 通用。' }),
    /** Seed of the draws; a candidate's batch code (批次码) is added to it. Change it to give every later candidate a new draw. */
    seed: TextSchema.max(40, '最多 40 个字').meta({
      description: '抽题的种子，最多 40 个字：种子加上考生开考时填的批次码决定抽到哪些场景和题目，同一批次的人抽到的一样。改掉它，以后的考生就换一套题。',
    }),
    /** Seconds for the whole exam; default: the sum of the sections' limits. */
    timeLimit: z
      .number()
      .int('秒数应为整数')
      .min(60, '至少 60 秒')
      .max(14400, '最多 14400 秒（4 小时）')
      .optional()
      .meta({ description: '整场考核的限时（秒，60 到 14400，可选）：时间到整场自动交卷；不写就是各部分限时之和。不能短于任何一个部分的限时。' }),
    /** Total (0–100) needed to pass; default 70. */
    passMark: z
      .number()
      .min(0, '及格线在 0–100 之间')
      .max(100, '及格线在 0–100 之间')
      .default(DEFAULT_EXAM_PASS_MARK)
      .meta({ description: '及格线（总分 0 到 100），默认 70；另外任何一部分低于它的 minScore、或模拟接待里有关键项不通过，也不通过。' }),
    /** Lowest total per grade; default 金牌 90, 银牌 80, 铜牌 70. */
    grades: GradeBandsSchema.default(DEFAULT_GRADES).meta({ description: '等级的分数线：默认 { 金牌: 90, 银牌: 80, 铜牌: 70 }；只有通过考核的人才评等级。' }),
    /** Response-time and typing thresholds for this exam, over those of the brief and of each scenario. */
    thresholds: ThresholdsSchema.optional().meta({
      description: '这场考核的响应速度和打字速度标准（可选），覆盖场景里写的和默认的：firstResponse、averageResponse、typing。',
    }),
    /** The sections, taken in this order. */
    sections: z
      .array(ExamSectionSchema)
      .min(1, '至少一个部分')
      .max(6, '最多六个部分')
      .meta({ description: '考核的各部分，按顺序进行，一到六个；weight 加起来等于 100。' }),
  })
  .superRefine((exam, ctx) => {
    const ids = new Map<string, number>();
    exam.sections.forEach((s, i) => {
      const first = ids.get(s.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['sections', i, 'id'], message: `部分 id 重复：${s.id}（第 ${first + 1} 部分已经用过）` });
      else ids.set(s.id, i);
    });
    const sum = exam.sections.reduce((a, s) => a + s.weight, 0);
    if (Math.abs(sum - 100) > 1e-9) {
      const parts = exam.sections.map((s) => `${s.id} ${s.weight}`).join(' + ');
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `各部分的 weight 加起来应为 100，现在是 ${parts} = ${sum}` });
    }
    exam.sections.forEach((s, i) => {
      if (s.weight === 0 && s.minScore === undefined) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', i, 'weight'],
          message: '权重为 0 又没有 minScore：这一部分对成绩没有任何影响。给它权重，或写上 minScore（必须达到的分数）',
        });
      }
      if (s.kind === 'quiz' && s.timeLimit < s.draw * MIN_SECONDS_PER_QUESTION) {
        ctx.addIssue({
          code: 'custom',
          path: ['sections', i, 'timeLimit'],
          message: `限时 ${s.timeLimit} 秒要做 ${s.draw} 道题，每道不到 ${MIN_SECONDS_PER_QUESTION} 秒，来不及读题：至少给 ${s.draw * MIN_SECONDS_PER_QUESTION} 秒，或少抽几道`,
        });
      }
    });
    const overall = exam.timeLimit;
    if (overall !== undefined) {
      const longer = exam.sections.flatMap((s, i) => (s.timeLimit > overall ? [`第 ${i + 1} 部分（${s.title}）的 ${s.timeLimit} 秒`] : []));
      if (longer.length > 0) {
        ctx.addIssue({ code: 'custom', path: ['timeLimit'], message: `整场限时 ${overall} 秒，比${longer.join('、')}还短：加长整场的 timeLimit，或缩短这些部分的` });
      }
    }
    if (exam.grades.铜牌 < exam.passMark) {
      ctx.addIssue({ code: 'custom', path: ['grades', '铜牌'], message: `铜牌分数线（${exam.grades.铜牌}）低于及格线（${exam.passMark}）：没通过的人不会得到等级` });
    }
    exam.sections.forEach((s, i) => {
      if (s.kind === 'scenarios') {
        const seen = new Set<string>();
        s.pool.forEach((slug, j) => {
          if (seen.has(slug)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'pool', j], message: `场景 ${slug} 重复` });
          seen.add(slug);
        });
      }
      if (s.kind === 'quiz') {
        if (s.from.length === 0 && s.questions.length === 0) {
          ctx.addIssue({ code: 'custom', path: ['sections', i, 'from'], message: '题库为空：写 from（课程的自测题）或 questions（本考核自己的题）' });
        }
        const own = new Set<string>();
        s.questions.forEach((q, j) => {
          if (own.has(q.id)) ctx.addIssue({ code: 'custom', path: ['sections', i, 'questions', j, 'id'], message: `题目 id 重复：${q.id}` });
          own.add(q.id);
        });
      }
    });
  });

export type QuizSource = z.infer<typeof QuizSourceSchema>;
export type TypingSection = z.infer<typeof TypingSectionSchema>;
export type ScenarioSection = z.infer<typeof ScenarioSectionSchema>;
export type QuizSection = z.infer<typeof QuizSectionSchema>;
export type ExamSection = z.infer<typeof ExamSectionSchema>;
export type GradeBands = z.infer<typeof GradeBandsSchema>;
export type Exam = z.infer<typeof ExamSchema>;
export type ExamInput = z.input<typeof ExamSchema>;

/** The exam's overall limit in seconds: its own, or the sum of its sections'. */
export function examTimeLimit(exam: Pick<Exam, 'timeLimit' | 'sections'>): number {
  return exam.timeLimit ?? exam.sections.reduce((a, s) => a + s.timeLimit, 0);
}

/** Practice passages of the standalone typing test, content/typing.yaml. */
export const TypingPassageSchema = z.strictObject({
  /** Stable id: `welcome`, `after-sales`. */
  id: SlugSchema.meta({ description: '练习文章的 id：小写英文、数字和连字符，不能重复。' }),
  /** Shown in the list: 欢迎语与推荐. */
  title: TextSchema.max(20, '标题最多 20 个字').meta({ description: '文章标题，显示在打字练习的文章列表里，最多 20 个字。' }),
  /** The 话术 to copy, 60–600 characters. */
  text: TextSchema
    .min(60, '练习文章至少 60 个字')
    .max(600, '练习文章最多 600 个字')
    .meta({ description: '照着打的话术，60 到 600 个字；换行会保留，写成 text: |- 再换行缩进。' }),
  /** Seconds the practice lasts at most. */
  seconds: z.number().int('秒数应为整数').min(30, '至少 30 秒').max(600, '最多 600 秒').meta({ description: '这篇练习最长多少秒（30 到 600），时间到自动结束。' }),
});

export const TypingPassagesSchema = z
  .array(TypingPassageSchema)
  .min(1, '至少一篇练习文章')
  .superRefine((list, ctx) => {
    const seen = new Set<string>();
    list.forEach((p, i) => {
      if (seen.has(p.id)) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `id 重复：${p.id}` });
      seen.add(p.id);
    });
  });

export type TypingPassage = z.infer<typeof TypingPassageSchema>;
