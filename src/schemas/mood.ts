/**
 * The simulated customer's moods, from worst to best. Plain constants (no zod) so that the
 * scenario schema (classic zod), the attempt schema (zod/mini) and the engine share one list.
 */
export const MOODS = ['生气', '不耐烦', '平静', '满意'] as const;

export type Mood = (typeof MOODS)[number];
