/**
 * The glossary (术语表): parsing with errors that name the field, the links lessons make to it,
 * and the grouping the glossary page shows. Pure, so it is tested without Astro.
 */
import { parseYaml } from '../content-check/frontmatter.ts';
import { formatIssue, zodIssues } from '../content-check/report.ts';
import {
  GLOSSARY_TOPICS,
  GlossarySchema,
  type Glossary,
  type GlossaryTerm,
  type GlossaryTopic,
  type SynonymGroup,
} from '../schemas/glossary.ts';

/** Where the glossary lives, from the project root. */
export const GLOSSARY_FILE = 'content/glossary.yaml';

/**
 * Parses and validates the glossary. Throws one Error whose message lists every problem as
 * `path: field: message`, the format of `npm run check:content`.
 */
export function parseGlossary(text: string, path: string = GLOSSARY_FILE): Glossary {
  let raw: unknown;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new Error(formatIssue({ path, field: '', message: (error as Error).message }));
  }
  const result = GlossarySchema.safeParse(raw);
  if (!result.success) throw new Error(zodIssues(path, result.error).map(formatIssue).join('\n'));
  return result.data;
}

/** The URL of the glossary page. */
export const GLOSSARY_HREF = '/glossary/';

/** The URL of a term on the glossary page: `/glossary/#首响`. */
export const glossaryHref = (term: string): string => `${GLOSSARY_HREF}#${term}`;

const GLOSSARY_LINK = /\/glossary\/#([^\s)"'<>#]+)/g;

function decode(anchor: string): string {
  try {
    return decodeURIComponent(anchor);
  } catch {
    return anchor;
  }
}

/** The terms a lesson links to (`[首响](/glossary/#首响)`), each once, in order of appearance. */
export function glossaryLinks(mdxBody: string): string[] {
  const terms = [...mdxBody.matchAll(GLOSSARY_LINK)].map((m) => decode(m[1] ?? ''));
  return [...new Set(terms)];
}

/** Links whose term is not in the glossary. */
export function unknownGlossaryLinks(mdxBody: string, known: ReadonlySet<string>): string[] {
  return glossaryLinks(mdxBody).filter((term) => !known.has(term));
}

const pinyin = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

/** Compares two terms in pinyin order (售后 before 首响 before 退款). */
export const comparePinyin = (a: string, b: string): number => pinyin.compare(a, b);

export interface TopicGroup {
  /** null for terms without a topic (shown as 其他). */
  topic: GlossaryTopic | null;
  terms: GlossaryTerm[];
}

/** Terms grouped by topic in the order of GLOSSARY_TOPICS, each group in pinyin order; empty groups left out. */
export function groupByTopic(terms: readonly GlossaryTerm[]): TopicGroup[] {
  const topics: (GlossaryTopic | null)[] = [...GLOSSARY_TOPICS, null];
  return topics
    .map((topic) => ({
      topic,
      terms: terms.filter((t) => (t.topic ?? null) === topic).sort((a, b) => comparePinyin(a.term, b.term)),
    }))
    .filter((group) => group.terms.length > 0);
}

/** For each word, the synonym groups that contain it. */
export function synonymGroupsByWord(groups: readonly SynonymGroup[]): Map<string, SynonymGroup[]> {
  const out = new Map<string, SynonymGroup[]>();
  for (const group of groups) {
    for (const word of group.terms) out.set(word, [...(out.get(word) ?? []), group]);
  }
  return out;
}

/** For each term, the lessons that link to it, in the order given. */
export function lessonsByTerm<L extends { body?: string }>(lessons: readonly L[]): Map<string, L[]> {
  const out = new Map<string, L[]>();
  for (const lesson of lessons) {
    for (const term of glossaryLinks(lesson.body ?? '')) out.set(term, [...(out.get(term) ?? []), lesson]);
  }
  return out;
}
