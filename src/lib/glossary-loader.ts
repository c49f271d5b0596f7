/**
 * A content-layer loader for content/glossary.yaml. Astro's `file()` loader only logs a parse
 * error and builds an empty collection; this one validates the whole file with GlossarySchema
 * (so duplicates are caught too) and throws, which fails the build with the field named.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Loader, LoaderContext } from 'astro/loaders';
import { GLOSSARY_FILE, parseGlossary } from './glossary.ts';

/** `terms`: one entry per term, id = the term. `synonyms`: one entry per synonym group, id = its id. */
export type GlossaryPart = 'terms' | 'synonyms';

export function glossaryLoader(part: GlossaryPart, fileName: string = GLOSSARY_FILE): Loader {
  async function sync({ store, parseData, generateDigest }: LoaderContext, filePath: string): Promise<void> {
    let text: string;
    try {
      text = await readFile(filePath, 'utf8');
    } catch {
      throw new Error(`${fileName}: (文件): 找不到术语表文件`);
    }
    const glossary = parseGlossary(text, fileName);
    const items =
      part === 'terms'
        ? glossary.terms.map((term) => ({ id: term.term, data: { ...term } }))
        : glossary.synonyms.map((group) => ({ id: group.id, data: { ...group } }));
    store.clear();
    for (const { id, data } of items) {
      const parsed = await parseData({ id, data, filePath: fileName });
      store.set({ id, data: parsed, filePath: fileName, digest: generateDigest(parsed) });
    }
  }

  return {
    name: `kefu-glossary-${part}`,
    load: async (context) => {
      const filePath = fileURLToPath(new URL(fileName, context.config.root));
      await sync(context, filePath);
      context.watcher?.add(filePath);
      context.watcher?.on('change', async (changed) => {
        if (changed !== filePath) return;
        try {
          await sync(context, filePath);
        } catch (error) {
          context.logger.error((error as Error).message);
        }
      });
    },
  };
}
