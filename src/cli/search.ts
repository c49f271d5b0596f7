/**
 * `npm run search -- "<query>"`: the top hits over the site's content. It reads content/ from disk
 * through the same collector the build uses (src/search/collect.ts), so it needs no build and
 * finds exactly what the site's search box finds. Exit 0 with hits, 1 with none, 2 without a query.
 */
import { t } from '../i18n/ui.ts';
import { collectSearchContent } from '../search/collect.ts';
import { buildSearchIndex, loadSearchIndex, search } from '../search/index.ts';

const query = process.argv.slice(2).join(' ').trim();
if (!query) {
  console.error('用法：npm run search -- "<关键词>"，例如 npm run search -- "退换货"');
  process.exit(2);
}

const content = collectSearchContent(process.cwd());
const index = loadSearchIndex(buildSearchIndex(content.documents, { vocabulary: content.vocabulary }));
const hits = search(index, query, { limit: 10 });

if (hits.length === 0) {
  console.log(`没有找到与“${query}”相关的内容（共 ${content.documents.length} 篇文档）`);
  process.exit(1);
}
console.log(`“${query}”：${hits.length} 条结果（共 ${content.documents.length} 篇文档）\n`);
hits.forEach((hit, i) => {
  const where = [hit.kind ? t(`search.kind.${hit.kind}`) : '', hit.module, hit.page].filter(Boolean).join(' › ');
  console.log(`${i + 1}. ${hit.title}${where ? `  [${where}]` : ''}`);
  console.log(`   ${hit.url ?? hit.id}    得分 ${hit.score.toFixed(2)}，覆盖 ${Math.round(hit.coverage * 100)}%`);
  console.log(`   ${hit.snippet.map((p) => (p.mark ? `【${p.text}】` : p.text)).join('')}\n`);
});
