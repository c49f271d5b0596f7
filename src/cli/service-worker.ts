/**
 * After `astro build`: generates dist/sw.js with workbox, precaching the whole built site so that
 * lessons, search, exercises, exams and the dashboard work offline after the first visit.
 * A new deployment changes the precache manifest; the page then offers to reload (see
 * src/scripts/service-worker.ts), and the waiting worker takes over on SKIP_WAITING.
 */
import { generateSW } from 'workbox-build';

const { count, size, warnings } = await generateSW({
  globDirectory: 'dist',
  globPatterns: ['**/*.{html,js,css,json,svg,png,ico,webmanifest,txt}'],
  swDest: 'dist/sw.js',
  mode: 'production',
  sourcemap: false,
  inlineWorkboxRuntime: true,
  // The waiting worker activates only when the reader accepts the update.
  skipWaiting: false,
  clientsClaim: true,
  cleanupOutdatedCaches: true,
  directoryIndex: 'index.html',
  // Pages read their state from the query (?id=…); the HTML is the same for every query.
  ignoreURLParametersMatching: [/.*/],
  maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
});

for (const warning of warnings) console.warn(`service worker: ${warning}`);
console.log(`service worker: ${count} files precached (${(size / 1024).toFixed(0)} KiB)`);
