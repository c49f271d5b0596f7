/**
 * Lesson ids come from the file path without the order prefix, so that renumbering files
 * never changes a URL or a reader's stored progress: `pre-sales/02-size-advice.mdx` → `pre-sales/size-advice`.
 */
export function lessonIdFromPath(entry: string): string {
  return entry
    .replace(/\.mdx?$/, '')
    .split('/')
    .map((part) => part.replace(/^\d+-/, ''))
    .join('/');
}

/** The URL of a lesson page. */
export const lessonHref = (id: string): string => `/lessons/${id}/`;

/** The URL of a module page. */
export const moduleHref = (id: string): string => `/modules/${id}/`;

/** The URL of a practice scenario's page. */
export const scenarioHref = (slug: string): string => `/practice/${slug}/`;

/** The URL of an exam's page. */
export const examHref = (slug: string): string => `/exams/${slug}/`;
