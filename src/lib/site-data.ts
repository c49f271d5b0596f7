import { getCollection, type CollectionEntry } from 'astro:content';
import { flattenLessons, orderCurriculum, type CurriculumModule } from './curriculum.ts';

export type ModuleEntry = CollectionEntry<'modules'>;
export type LessonEntry = CollectionEntry<'lessons'>;
export type Curriculum = CurriculumModule<ModuleEntry, LessonEntry>[];

export async function getCurriculum(): Promise<Curriculum> {
  return orderCurriculum(await getCollection('modules'), await getCollection('lessons'));
}

export async function getOrderedLessons(): Promise<LessonEntry[]> {
  return flattenLessons(await getCurriculum());
}
