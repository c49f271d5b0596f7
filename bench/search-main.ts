/** `npm run bench:search`: the search benchmark on its own (bench/search.ts). */
import { runSearchBench } from './search.ts';

await runSearchBench();
