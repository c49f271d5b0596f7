/**
 * Builds a project folder and serves its dist/ for a benchmark. A small static server of our own:
 * `astro preview` refuses to start while another preview of the same project runs.
 */
import { spawnSync } from 'node:child_process';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';

export interface Served {
  url: string;
  stop: () => Promise<void>;
}

/** Runs an npm script in `cwd` with the project's Node; throws with its output on failure. */
export function npmRun(cwd: string, script: string, args: string[] = []): void {
  const run = spawnSync('npm', ['run', script, '--', ...args], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    // A large build logs a warning per MDX file (an open Astro issue): megabytes of output.
    maxBuffer: 512 * 1024 * 1024,
  });
  if (run.status !== 0) {
    const output = `${run.stdout}\n${run.stderr}`.slice(-4000);
    throw new Error(`npm run ${script} failed in ${cwd} (${run.error?.message ?? `exit ${run.status ?? run.signal}`}):\n…${output}`);
  }
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
};

export async function serve(dist: string, port: number): Promise<Served> {
  const server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
    let file = join(dist, path);
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(await readFile(file));
    } catch {
      res.writeHead(404, { 'content-type': TYPES['.html']! });
      res.end(await readFile(join(dist, '404.html')).catch(() => 'not found'));
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${port}`, stop: () => new Promise((resolve) => server.close(() => resolve())) };
}
