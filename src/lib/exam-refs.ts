/**
 * An exam's references to other content, resolved and checked the same way by
 * `npm run check:content` and by the site's build: the scenario slugs of each pool, and the
 * lessons' quiz questions of each quiz pool (a module, a lesson, or `<lesson id>#<question id>`);
 * and whether a scenario section leaves time to finish the conversations it may draw.
 */
import { END } from '../engine/compiled.ts';
import { customerDelayMs } from '../engine/conversation.ts';
import type { PlanQuestion } from '../engine/exam-plan.ts';
import { DEFAULT_AVERAGE_RESPONSE } from '../engine/response-time.ts';
import type { Exam, QuizSection } from '../schemas/exam.ts';
import type { QuizQuestion } from '../schemas/quiz.ts';
import { defaultNext, type Scenario } from '../schemas/scenario.ts';
import { lessonHref } from './content-ids.ts';

/** What an exam needs to know of a lesson. */
export interface LessonRef {
  id: string;
  title: string;
  module: string;
  quiz?: readonly QuizQuestion[] | undefined;
}

export interface RefIssue {
  path: (string | number)[];
  message: string;
}

const asPlanQuestion = (ref: string, q: QuizQuestion, lesson: LessonRef | null): PlanQuestion => ({
  ref,
  question: q.question,
  multiple: q.multiple,
  options: q.options.map((o) => ({ text: o.text, correct: o.correct })),
  lesson: lesson ? { title: lesson.title, href: lessonHref(lesson.id) } : null,
});

/** The questions a quiz section draws from, each once, and what could not be found. */
export function resolveQuizPool(section: QuizSection, lessons: readonly LessonRef[], path: (string | number)[] = []): { pool: PlanQuestion[]; issues: RefIssue[] } {
  const byId = new Map(lessons.map((l) => [l.id, l]));
  const modules = new Set(lessons.map((l) => l.module));
  const pool = new Map<string, PlanQuestion>();
  const issues: RefIssue[] = [];
  const addLesson = (lesson: LessonRef): void => {
    for (const q of lesson.quiz ?? []) {
      const ref = `${lesson.id}#${q.id}`;
      if (!pool.has(ref)) pool.set(ref, asPlanQuestion(ref, q, lesson));
    }
  };

  section.from.forEach((source, j) => {
    const at = [...path, 'from', j];
    const [lessonId = '', questionId] = source.split('#');
    if (!lessonId.includes('/')) {
      if (!modules.has(lessonId)) issues.push({ path: at, message: `没有这个单元：${lessonId}（content/lessons/ 里没有这个文件夹，或它还没有课程）` });
      else lessons.filter((l) => l.module === lessonId).forEach(addLesson);
      return;
    }
    const lesson = byId.get(lessonId);
    if (!lesson) {
      issues.push({ path: at, message: `没有这节课：${lessonId}（课程 id 是 单元/文件名去掉序号，例如 pre-sales/first-response）` });
      return;
    }
    if (!lesson.quiz || lesson.quiz.length === 0) {
      issues.push({ path: at, message: `课程 ${lessonId} 没有自测题` });
      return;
    }
    if (questionId === undefined) {
      addLesson(lesson);
      return;
    }
    const q = lesson.quiz.find((x) => x.id === questionId);
    if (!q) {
      issues.push({ path: at, message: `课程 ${lessonId} 没有 id 为 ${questionId} 的题（有的是 ${lesson.quiz.map((x) => x.id).join('、')}）` });
      return;
    }
    const ref = `${lessonId}#${questionId}`;
    if (!pool.has(ref)) pool.set(ref, asPlanQuestion(ref, q, lesson));
  });
  for (const q of section.questions) pool.set(`#${q.id}`, asPlanQuestion(`#${q.id}`, q, null));
  return { pool: [...pool.values()], issues };
}

/** Every reference problem of an exam: unknown scenarios or questions, pools smaller than the draw. */
export function examReferenceIssues(exam: Exam, scenarioSlugs: ReadonlySet<string>, lessons: readonly LessonRef[]): RefIssue[] {
  const issues: RefIssue[] = [];
  exam.sections.forEach((section, i) => {
    const path = ['sections', i];
    if (section.kind === 'scenarios') {
      section.pool.forEach((slug, j) => {
        if (!scenarioSlugs.has(slug)) issues.push({ path: [...path, 'pool', j], message: `没有这个场景：${slug}（content/scenarios/ 里没有 ${slug}.mdx）` });
      });
      const known = new Set(section.pool.filter((s) => scenarioSlugs.has(s))).size;
      if (known < section.draw) issues.push({ path: [...path, 'draw'], message: `场景池只有 ${known} 个可用场景，不够抽 ${section.draw} 个` });
    }
    if (section.kind === 'quiz') {
      const { pool, issues: found } = resolveQuizPool(section, lessons, path);
      issues.push(...found);
      if (pool.length < section.draw) issues.push({ path: [...path, 'draw'], message: `题库只有 ${pool.length} 道题，不够抽 ${section.draw} 道` });
    }
  });
  return issues;
}

/** What the timing check needs of a scenario. */
export type ScenarioTurns = Pick<Scenario, 'turns' | 'thresholds'>;

/**
 * The quickest way through a scenario when every reply takes `replySeconds`: the customer's
 * "typing…" delay plus the reply, for each message on the path from the first turn to `end`
 * that costs least. Null when `end` cannot be reached (the scenario's own check reports that).
 */
export function quickestConversation(scenario: ScenarioTurns, replySeconds: number): { seconds: number; replies: number } | null {
  const { turns } = scenario;
  const index = new Map(turns.map((t, i) => [t.id, i]));
  const cost = turns.map((t) => customerDelayMs(t.customer) / 1000 + replySeconds);
  const edges = turns.map((t, i) => [...t.branches.map((b) => b.goto), t.next ?? defaultNext(turns, i)]);
  const best: Array<{ seconds: number; replies: number } | null> = turns.map((_, i) => (i === 0 ? { seconds: cost[0] ?? 0, replies: 1 } : null));
  const done = new Set<number>();
  // Dijkstra over a handful of turns: settle the cheapest unsettled turn each round.
  for (;;) {
    let i = -1;
    best.forEach((b, j) => {
      if (b && !done.has(j) && (i === -1 || b.seconds < (best[i]?.seconds ?? Infinity))) i = j;
    });
    const at = best[i];
    if (!at) break;
    done.add(i);
    for (const to of edges[i] ?? []) {
      const j = index.get(to);
      if (j === undefined || done.has(j)) continue;
      const seconds = at.seconds + (cost[j] ?? 0);
      if (seconds < (best[j]?.seconds ?? Infinity)) best[j] = { seconds, replies: at.replies + 1 };
    }
  }
  const ends = best.filter((b, i): b is { seconds: number; replies: number } => b !== null && (edges[i] ?? []).includes(END));
  return ends.reduce<{ seconds: number; replies: number } | null>((a, b) => (a === null || b.seconds < a.seconds ? b : a), null);
}

/**
 * Scenario sections too short for the draw: a candidate who answers every message as slowly as
 * average-response full marks still allows (the exam's band, else the scenario's, else 35 s, as
 * the exam compiles its scenarios) must be able to finish the longest conversations the section
 * can draw. Unknown or broken scenarios are left to the other checks.
 */
export function examTimingIssues(exam: Exam, scenarios: ReadonlyMap<string, ScenarioTurns>): RefIssue[] {
  const issues: RefIssue[] = [];
  exam.sections.forEach((section, i) => {
    if (section.kind !== 'scenarios') return;
    const quickest = section.pool.flatMap((slug) => {
      const scenario = scenarios.get(slug);
      if (!scenario) return [];
      const replySeconds = (exam.thresholds?.averageResponse ?? scenario.thresholds?.averageResponse ?? DEFAULT_AVERAGE_RESPONSE).full;
      const way = quickestConversation(scenario, replySeconds);
      return way ? [{ slug, replySeconds, ...way }] : [];
    });
    if (quickest.length < section.draw) return;
    const longest = [...quickest].sort((a, b) => b.seconds - a.seconds || (a.slug < b.slug ? -1 : 1)).slice(0, section.draw);
    const needed = Math.ceil(longest.reduce((a, w) => a + w.seconds, 0));
    if (section.timeLimit >= needed) return;
    const names = longest.map((w) => w.slug).join('、');
    const replies = longest.map((w) => w.replies).join(' + ');
    const replySeconds = [...new Set(longest.map((w) => w.replySeconds))].join('、');
    const fix = section.draw === 1 ? '或从 pool 里换掉这个场景' : '或少抽几个场景';
    issues.push({
      path: ['sections', i, 'timeLimit'],
      message: `限时 ${section.timeLimit} 秒不够：抽到 ${names} 的考生走最短的对话也要回复 ${replies} 条，每条按平响满分的 ${replySeconds} 秒算（加上顾客打字的时间）约需 ${needed} 秒；把 timeLimit 加到至少 ${needed}，${fix}`,
    });
  });
  return issues;
}
