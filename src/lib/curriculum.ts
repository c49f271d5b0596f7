/** Ordering and navigation of the curriculum: pure, so it is tested without Astro. */

export interface ModuleLike {
  id: string;
  data: { title: string; summary: string; order: number };
}

export interface LessonLike {
  id: string;
  data: { title: string; module: string; order: number };
}

export interface CurriculumModule<M extends ModuleLike, L extends LessonLike> {
  module: M;
  lessons: L[];
}

const byOrder = (a: { data: { order: number } }, b: { data: { order: number } }): number => a.data.order - b.data.order;

/** Modules in order, each with its lessons in order. Throws on a lesson whose module does not exist. */
export function orderCurriculum<M extends ModuleLike, L extends LessonLike>(
  modules: readonly M[],
  lessons: readonly L[],
): CurriculumModule<M, L>[] {
  const known = new Set(modules.map((m) => m.id));
  const orphan = lessons.find((l) => !known.has(l.data.module));
  if (orphan) {
    throw new Error(`课程 ${orphan.id} 的 module 字段写的是“${orphan.data.module}”，但 content/modules/ 里没有这个单元`);
  }
  return [...modules].sort(byOrder).map((module) => ({
    module,
    lessons: lessons.filter((l) => l.data.module === module.id).sort(byOrder),
  }));
}

/** The lessons in reading order, across modules. */
export function flattenLessons<M extends ModuleLike, L extends LessonLike>(curriculum: CurriculumModule<M, L>[]): L[] {
  return curriculum.flatMap((c) => c.lessons);
}

export function neighbours<L extends { id: string }>(ordered: readonly L[], id: string): { prev?: L; next?: L } {
  const i = ordered.findIndex((l) => l.id === id);
  if (i < 0) return {};
  return { prev: ordered[i - 1], next: ordered[i + 1] };
}

/**
 * Characters a reader reads: every Chinese character of the MDX body (component props such as a
 * ScriptCard's script are read too) and the Latin words of the prose outside tags and expressions.
 */
export function countReadableCharacters(mdxBody: string): number {
  const body = mdxBody.replace(/^(import|export)\s.*$/gm, '');
  const cjk = body.match(/\p{Script=Han}/gu)?.length ?? 0;
  const prose = body.replace(/<[^>]*>/g, ' ').replace(/\{[^}]*\}/g, ' ').replace(/\p{Script=Han}/gu, ' ');
  const words = prose.match(/[A-Za-z0-9]+/g)?.length ?? 0;
  return cjk + words;
}

/** Minutes to read, at 300 Chinese characters a minute (study reading, slower than skimming). */
export function readingMinutes(mdxBody: string): number {
  return Math.max(1, Math.round(countReadableCharacters(mdxBody) / 300));
}
