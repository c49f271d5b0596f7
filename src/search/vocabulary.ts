/**
 * Words trainees type for what the course calls otherwise: 嫌贵 where the lessons say 讲价, 物流没动
 * where they say 物流不更新, 隐私 beside 个人信息. Search-only synonym groups, added to the
 * glossary's when the index is built. They stay out of content/glossary.yaml because its groups are
 * also rubric vocabulary: a reply saying 太贵 is not a reply about 讲价.
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['嫌贵', '太贵', '讲价', '便宜点'],
  ['没动', '不动', '不更新'],
  ['不想要', '不要了', '仅退款'],
  ['隐私', '个人信息'],
];
