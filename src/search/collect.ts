/**
 * Build time (Node): the site's content → search documents. The build (src/pages/search-index.json.ts),
 * `npm run search`, the quality test and the benchmark all read content/ from disk through
 * `collectSearchContent`, so they see exactly the same documents.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { examHref, lessonHref, lessonIdFromPath, scenarioHref } from '../lib/content-ids.ts';
import { parseMdx, parseYaml } from '../content-check/frontmatter.ts';
import { glossaryHref } from '../lib/glossary.ts';
import { ExamSchema } from '../schemas/exam.ts';
import { GlossarySchema, type Glossary } from '../schemas/glossary.ts';
import { LessonSchema } from '../schemas/lesson.ts';
import { ModuleSchema } from '../schemas/module.ts';
import { ScenarioSchema } from '../schemas/scenario.ts';
import type { SearchDocument, SearchKind, SearchVocabulary } from './format.ts';
import { mdxSections } from './mdx-text.ts';
import { SEARCH_SYNONYMS } from './vocabulary.ts';

/** A page to index: its MDX body is split into one document per h2/h3 section. */
export interface PageSource {
  /** Document id of the page; its sections get `<id>#<anchor>`. */
  id: string;
  url: string;
  title: string;
  /** Shown beside the title: the lesson's module. */
  module?: string;
  kind?: SearchKind;
  /** Text the page shows above the body (summary, objectives), indexed with the intro. */
  lead?: readonly string[];
  /** The MDX body, without frontmatter. */
  body: string;
}

/** One document for the page's top (title, lead, intro) and one per section, linking to its heading. */
export function pageDocuments(page: PageSource): SearchDocument[] {
  const sections = mdxSections(page.body);
  const intro = sections[0]?.heading ? '' : (sections[0]?.text ?? '');
  const module = { ...(page.module ? { module: page.module } : {}), ...(page.kind ? { kind: page.kind } : {}) };
  const docs: SearchDocument[] = [
    { id: page.id, title: page.title, body: [...(page.lead ?? []), intro].filter(Boolean).join(' '), url: page.url, ...module },
  ];
  for (const s of sections) {
    if (!s.heading) continue;
    docs.push({
      id: `${page.id}#${s.heading.slug}`,
      title: s.heading.text,
      page: page.title,
      body: s.text,
      url: `${page.url}#${s.heading.slug}`,
      ...module,
    });
  }
  return docs;
}

export function glossaryDocuments(glossary: Glossary): SearchDocument[] {
  return glossary.terms.map((g) => ({
    id: `glossary:${g.term}`,
    title: g.term,
    body: g.en ? `${g.definition} ${g.en}` : g.definition,
    url: glossaryHref(g.term),
    kind: 'term',
  }));
}

/** An abbreviation in brackets in a term's English name: COD in “Cash on delivery (COD)”. */
const ABBREVIATION = /\(([A-Z][A-Z0-9]{1,9})\)/;

/**
 * The glossary's terms and synonym groups. A term whose English name ends in an abbreviation
 * (货到付款, “Cash on delivery (COD)”) also gets a group with it, so a trainee typing COD finds the
 * lessons that only ever say 货到付款.
 */
export function glossaryVocabulary(glossary: Glossary): SearchVocabulary {
  const abbreviations = glossary.terms.flatMap((g) => {
    const abbreviation = ABBREVIATION.exec(g.en ?? '')?.[1];
    return abbreviation && abbreviation !== g.term ? [[g.term, abbreviation]] : [];
  });
  return {
    terms: glossary.terms.map((g) => ({ term: g.term, url: glossaryHref(g.term) })),
    synonyms: [...glossary.synonyms.map((s) => s.terms), ...abbreviations],
  };
}

/** The glossary's vocabulary and the search-only synonym groups (vocabulary.ts). */
export function searchVocabulary(glossary: Glossary): SearchVocabulary {
  const vocabulary = glossaryVocabulary(glossary);
  return { terms: vocabulary.terms, synonyms: [...vocabulary.synonyms, ...SEARCH_SYNONYMS] };
}

interface ContentFile {
  /** From the project root: content/lessons/workflow/02-five-step-conversation.mdx. */
  path: string;
  /** From the collection's folder: workflow/02-five-step-conversation.mdx. */
  entry: string;
  text: string;
}

function readFiles(root: string, dir: string, extension: string): ContentFile[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' });
  } catch {
    return [];
  }
  return names
    .map((name) => name.split('\\').join('/'))
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((entry) => ({ path: `${dir}/${entry}`, entry, text: readFileSync(join(root, dir, entry), 'utf8') }));
}

/** Parses with a schema; throws `path: field: message` like `npm run check:content`. */
function validated<T>(file: ContentFile, schema: z.ZodType<T>, data: unknown): T {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  const issue = result.error.issues[0];
  throw new Error(`${file.path}: ${issue?.path.map(String).join('.') ?? ''}: ${issue?.message ?? ''}`);
}

/**
 * A lesson's documents: its top (title, summary, objectives, intro) and its sections. Its quiz is
 * left out: every question tests something a section already says in the same words, the options
 * and explanations would give the answers away in snippets, and the quiz has no stable anchor to
 * land on. Indexed under their lessons, the questions made the labelled searches worse (recall@5
 * 0.918 → 0.902, MRR 0.929 → 0.919), taking places from the sections that answer them, and the
 * index 7 % larger.
 */
function lessonDocuments(file: ContentFile, moduleTitles: ReadonlyMap<string, string>): SearchDocument[] {
  const { data, body } = parseMdx(file.text);
  const lesson = validated(file, LessonSchema, data);
  const id = lessonIdFromPath(file.entry);
  return pageDocuments({
    id: `lesson:${id}`,
    url: lessonHref(id),
    title: lesson.title,
    module: moduleTitles.get(lesson.module) ?? lesson.module,
    kind: 'lesson',
    lead: [lesson.summary, ...lesson.objectives],
    body,
  });
}

/** An MDX body as one run of text, headings included. */
function mdxText(body: string): string {
  return mdxSections(body)
    .flatMap((s) => [s.heading?.text ?? '', s.text])
    .filter(Boolean)
    .join(' ');
}

/** The slug of a scenario or exam: its file name, as Astro's glob loader makes the entry id. */
const slugOf = (file: ContentFile): string => file.entry.replace(/\.mdx$/, '');

/** What trainees call a scenario and an exam when they look for one: 改地址对练, 售后考试. */
const SCENARIO_KEYWORDS = ['对练', '练习', '模拟', '场景'];
const EXAM_KEYWORDS = ['考试', '考核'];

/**
 * Links to lessons (相关课程：[催付：提醒一次…](/lessons/…)) name other pages: their titles would make
 * the scenario a hit for every lesson it points to.
 */
const withoutLessonLinks = (body: string): string => body.replace(/\[[^\]]*\]\(\/lessons\/[^)]*\)/g, '');

/**
 * A practice scenario is one document linking to its page: title, summary, the product, what the
 * customer says (their situation, in their words: 地址填错了, 物流到现在都没动) and the briefing.
 * Its briefing's headings (后台订单, 店铺规定) are not destinations of their own: the trainee
 * comes to practise, and the briefing is a side panel, folded away on a phone. The model answers
 * and rubric stay out: they would give the answers away in snippets.
 */
function scenarioDocuments(file: ContentFile): SearchDocument[] {
  const { data, body } = parseMdx(file.text);
  const scenario = validated(file, ScenarioSchema, data);
  const slug = slugOf(file);
  return [
    {
      id: `scenario:${slug}`,
      title: scenario.title,
      body: [scenario.summary, scenario.facts.product, ...scenario.turns.map((turn) => turn.customer), mdxText(withoutLessonLinks(body))].join(' '),
      module: `${scenario.role} · ${scenario.difficulty}`,
      url: scenarioHref(slug),
      kind: 'scenario',
      keywords: SCENARIO_KEYWORDS,
    },
  ];
}

/**
 * An exam is one document linking to its page: title, summary, its sections' titles and the
 * instructions (what is allowed, how time runs, how results are handed in). The typing passage and
 * the questions stay out: they are the exam itself.
 */
function examDocuments(file: ContentFile): SearchDocument[] {
  const { data, body } = parseMdx(file.text);
  const exam = validated(file, ExamSchema, data);
  const slug = slugOf(file);
  return [
    {
      id: `exam:${slug}`,
      title: exam.title,
      body: [exam.summary, exam.sections.map((s) => s.title).join('、'), mdxText(body)].join(' '),
      module: exam.role,
      url: examHref(slug),
      kind: 'exam',
      keywords: EXAM_KEYWORDS,
    },
  ];
}

export interface SearchContent {
  documents: SearchDocument[];
  vocabulary: SearchVocabulary;
}

/**
 * Every searchable document of the site, read from `<root>/content`. Throws on invalid content.
 * A collection is one line of `documents`: its files, and a function turning one file into
 * documents (usually `pageDocuments` after validating the frontmatter, like `lessonDocuments`).
 */
export function collectSearchContent(root: string): SearchContent {
  const moduleTitles = new Map(
    readFiles(root, 'content/modules', '.yaml').map((f) => [f.entry.replace(/\.yaml$/, ''), validated(f, ModuleSchema, parseYaml(f.text)).title]),
  );
  const glossaryPath = join(root, 'content/glossary.yaml');
  const glossaryFile = { path: 'content/glossary.yaml', entry: 'glossary.yaml', text: existsSync(glossaryPath) ? readFileSync(glossaryPath, 'utf8') : '' };
  const glossary = glossaryFile.text ? validated(glossaryFile, GlossarySchema, parseYaml(glossaryFile.text)) : { terms: [], synonyms: [] };
  return {
    documents: [
      ...readFiles(root, 'content/lessons', '.mdx').flatMap((f) => lessonDocuments(f, moduleTitles)),
      ...glossaryDocuments(glossary),
      ...readFiles(root, 'content/scenarios', '.mdx').flatMap(scenarioDocuments),
      ...readFiles(root, 'content/exams', '.mdx').flatMap(examDocuments),
    ],
    vocabulary: searchVocabulary(glossary),
  };
}

/**
 * Result links that lead nowhere: `pages` maps every URL the site builds to the ids on that page
 * a link may name (a lesson's heading ids, the glossary's terms). A link to a page not in `pages`,
 * or to an id not on its page, is listed; so is a document without a link.
 */
export function brokenLinks(documents: readonly SearchDocument[], pages: ReadonlyMap<string, ReadonlySet<string>>): string[] {
  const broken: string[] = [];
  for (const doc of documents) {
    const [page = '', anchor] = (doc.url ?? '').split('#');
    const known = pages.get(page);
    if (!known || (anchor !== undefined && !known.has(anchor))) broken.push(doc.url ?? doc.id);
  }
  return broken;
}
