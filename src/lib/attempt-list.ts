/**
 * Pure operations on the stored practice attempts as a list, for 我的进度 and the practice list:
 * order, the best of each scenario, tidying up. Kept apart from src/lib/attempts.ts so the
 * exercise page, which saves one attempt, does not load them.
 */
import type { StoredAttempt } from '../schemas/attempt.ts';

/** When an attempt was made, for ordering: attempts without a time (kept from version 1) count as the oldest. */
const when = (a: StoredAttempt): string => a.savedAt ?? a.result.endedAt ?? '';

/** Oldest first; the sort is stable, so attempts of the same time keep their order. */
export function oldestFirst(attempts: readonly StoredAttempt[]): StoredAttempt[] {
  return [...attempts].sort((a, b) => (when(a) < when(b) ? -1 : when(a) > when(b) ? 1 : 0));
}

/** True when `a` (at `ai`, oldest first) is better than `b`: passed first, then the higher total, then the newer. */
function better(a: StoredAttempt, ai: number, b: StoredAttempt, bi: number): boolean {
  if (a.result.passed !== b.result.passed) return a.result.passed;
  if (a.result.total !== b.result.total) return a.result.total > b.result.total;
  return ai > bi;
}

/** The best attempt of each scenario, by slug; `attempts` oldest first. */
export function bestBySlug(attempts: readonly StoredAttempt[]): Map<string, StoredAttempt> {
  const best = new Map<string, { attempt: StoredAttempt; index: number }>();
  attempts.forEach((attempt, index) => {
    const slug = attempt.result.scenario.slug;
    const current = best.get(slug);
    if (!current || better(attempt, index, current.attempt, current.index)) best.set(slug, { attempt, index });
  });
  return new Map([...best].map(([slug, { attempt }]) => [slug, attempt]));
}

/**
 * What tidying up would keep: the best and the newest attempt of each scenario. Applied only
 * when the trainee confirms, after being told how many attempts would go.
 */
export function tidyAttempts(attempts: readonly StoredAttempt[]): { kept: StoredAttempt[]; removed: StoredAttempt[] } {
  const keep = new Set<string>([...bestBySlug(attempts).values()].map((a) => a.id));
  const newest = new Map<string, string>();
  for (const a of attempts) newest.set(a.result.scenario.slug, a.id);
  for (const id of newest.values()) keep.add(id);
  return { kept: attempts.filter((a) => keep.has(a.id)), removed: attempts.filter((a) => !keep.has(a.id)) };
}
