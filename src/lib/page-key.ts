/**
 * The key under which a page's quiz and checklists are stored: the lesson id on lesson pages
 * (`/lessons/pre-sales/welcome/` → `pre-sales/welcome`), the path elsewhere.
 */
export function pageKey(pathname: string): string {
  const path = pathname.replace(/^\/+|\/+$/g, '').replace(/\/index\.html$/, '');
  return path.startsWith('lessons/') ? path.slice('lessons/'.length) : path;
}
