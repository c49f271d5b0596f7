/** Reads content files from disk so end-to-end tests follow the content instead of hard-coding it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseMdx } from '../../src/content-check/frontmatter.ts';
import { LessonSchema, type Lesson } from '../../src/schemas/lesson.ts';

export function readLesson(file: string): Lesson {
  const { data } = parseMdx(readFileSync(join(process.cwd(), 'content/lessons', file), 'utf8'));
  return LessonSchema.parse(data);
}
