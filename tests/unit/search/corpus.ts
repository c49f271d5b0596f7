/** Where the project's content lives, for the tests that read the real course. */
import { join } from 'node:path';

export const projectRoot = join(import.meta.dirname, '../../..');
