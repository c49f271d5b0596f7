/**
 * The lessons a scenario practises: those teaching the most of the brief items the scenario
 * covers, for the scenario's role first, in reading order otherwise. Pure, so it is tested
 * without Astro.
 */

export interface LessonRef {
  id: string;
  title: string;
  roles: readonly string[];
  covers: readonly string[];
}

export function relatedLessons<L extends LessonRef>(
  scenario: { covers: readonly string[]; role: string },
  lessonsInOrder: readonly L[],
  limit = 3,
): L[] {
  const wanted = new Set(scenario.covers);
  return lessonsInOrder
    .map((lesson, order) => ({
      lesson,
      order,
      shared: lesson.covers.filter((c) => wanted.has(c)).length,
      forRole: lesson.roles.includes(scenario.role) ? 2 : lesson.roles.includes('通用') ? 1 : 0,
    }))
    .filter((x) => x.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.forRole - a.forRole || a.order - b.order)
    .slice(0, limit)
    .map((x) => x.lesson);
}
