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
  );

/** What every section has. */
const SectionBase = {
  /** Stable id within the exam, used in results and draws: `typing`, `chat`, `knowledge`. */
  id: SlugSchema,
  /** The section's heading: 打字测试. */
  title: TextSchema.max(20, '标题最多 20 个字'),
  /** Share of the total score; the sections' weights sum to 100. */
  weight: z.number().min(0, '权重在 0–100 之间').max(100, '权重在 0–100 之间'),
  /** Seconds for the section; when they run out the section is handed in as it is. */
  timeLimit: z.number().int('秒数应为整数').min(30, '每部分至少 30 秒').max(7200, '每部分最多 7200 秒（2 小时）'),
  /** A section score (0–100) below this fails the whole exam, whatever the total; omit for none. */
  minScore: z.number().min(0, '在 0–100 之间').max(100, '在 0–100 之间').optional(),
};

/** A timed copy test: the candidate types the passage through their own input method. */
export const TypingSectionSchema = z.strictObject({
  kind: z.literal('typing'),
  ...SectionBase,
  /** The passage of 话术 to copy; line breaks are kept. 100–600 characters. */
  passage: TextSchema.min(100, '文章至少 100 个字，才测得出速度').max(600, '文章最多 600 个字'),
});

/** Simulated customers: `draw` scenarios from `pool`, chatted with one after another. */
export const ScenarioSectionSchema = z.strictObject({
  kind: z.literal('scenarios'),
  ...SectionBase,
  /** How many scenarios each candidate gets (k). */
  draw: z.number().int('应为整数').min(1, '至少抽 1 个场景').max(5, '最多抽 5 个场景'),
  /** Scenario slugs (file names in content/scenarios/ without .mdx) to draw from; may grow over time. */
  pool: z.array(SlugSchema).min(1, '场景池至少一个场景'),
});

/** Multiple-choice questions: `draw` of them from lessons' quizzes and the exam's own `questions`. */
export const QuizSectionSchema = z.strictObject({
  kind: z.literal('quiz'),
  ...SectionBase,
  /** How many questions each candidate gets (n). */
  draw: z.number().int('应为整数').min(1, '至少抽 1 道题').max(50, '最多抽 50 道题'),
  /** Lessons' quiz questions to draw from: a module id, a lesson id, or `<lesson id>#<question id>`. */
  from: z.array(QuizSourceSchema).default([]),
  /** The exam's own questions, drawn together with those of `from`. */
  questions: z.array(QuizQuestionSchema).default([]),
});

export const ExamSectionSchema = z.discriminatedUnion('kind', [TypingSectionSchema, ScenarioSectionSchema, QuizSectionSchema], {
  error: 'kind 只能是 typing（打字测试）、scenarios（模拟接待）或 quiz（知识题）',
});

/** Lowest total for each grade (domain brief: 金牌 ≥ 90, 银牌 ≥ 80, 铜牌 ≥ 70). */
export const GradeBandsSchema = z
  .strictObject({
    金牌: z.number().min(0).max(100),
    银牌: z.number().min(0).max(100),
    铜牌: z.number().min(0).max(100),
  })
  .refine((g) => g.金牌 > g.银牌 && g.银牌 > g.铜牌, { message: '应满足 金牌 > 银牌 > 铜牌', path: ['银牌'] });

export const DEFAULT_GRADES = { 金牌: 90, 银牌: 80, 铜牌: 70 } as const;
export const DEFAULT_EXAM_PASS_MARK = 70;

export const ExamSchema = z
  .strictObject({
    /** The exam's title: 售前客服上岗考核. */
    title: TextSchema.max(40, '标题最多 40 个字'),
    /** One or two sentences shown in the list of exams. */
    summary: TextSchema.max(120, '摘要最多 120 个字'),
    /** Who takes it: 售前, 售后 or 通用. */
    role: RoleSchema,
    /** Seed of the draws; a candidate's batch code (批次码) is added to it. Change it to give every later candidate a new draw. */
    seed: TextSchema.max(40, '最多 40 个字'),
    /** Seconds for the whole exam; default: the sum of the sections' limits. */
    timeLimit: z.number().int('秒数应为整数').min(60, '至少 60 秒').max(14400, '最多 14400 秒（4 小时）').optional(),
    /** Total (0–100) needed to pass; default 70. */
    passMark: z.number().min(0, '及格线在 0–100 之间').max(100, '及格线在 0–100 之间').default(DEFAULT_EXAM_PASS_MARK),
    /** Lowest total per grade; default 金牌 90, 银牌 80, 铜牌 70. */
    grades: GradeBandsSchema.default(DEFAULT_GRADES),
    /** Response-time and typing thresholds for this exam, over those of the brief and of each scenario. */
    thresholds: ThresholdsSchema.optional(),
    /** The sections, taken in this order. */
    sections: z.array(ExamSectionSchema).min(1, '至少一个部分').max(6, '最多六个部分'),
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
      ctx.addIssue({ code: 'custom', path: ['sections'], message: `各部分权重（weight）之和应为 100，现在是 ${sum}` });
    }
    if (exam.timeLimit !== undefined) {
      exam.sections.forEach((s, i) => {
        if (s.timeLimit > exam.timeLimit!) {
          ctx.addIssue({ code: 'custom', path: ['timeLimit'], message: `整场限时 ${exam.timeLimit} 秒，比第 ${i + 1} 部分（${s.title}）的 ${s.timeLimit} 秒还短` });
        }
      });
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
  id: SlugSchema,
  /** Shown in the list: 欢迎语与推荐. */
  title: TextSchema.max(20, '标题最多 20 个字'),
  /** The 话术 to copy, 60–600 characters. */
  text: TextSchema.min(60, '练习文章至少 60 个字').max(600, '练习文章最多 600 个字'),
  /** Seconds the practice lasts at most. */
  seconds: z.number().int().min(30, '至少 30 秒').max(600, '最多 600 秒'),
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
