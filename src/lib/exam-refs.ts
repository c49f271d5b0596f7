/**
 * An exam's references to other content, resolved and checked the same way by
 * `npm run check:content` and by the site's build: the scenario slugs of each pool, and the
 * lessons' quiz questions of each quiz pool (a module, a lesson, or `<lesson id>#<question id>`).
 */
import type { PlanQuestion } from '../engine/exam-plan.ts';
import type { Exam, QuizSection } from '../schemas/exam.ts';
import type { QuizQuestion } from '../schemas/quiz.ts';
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
