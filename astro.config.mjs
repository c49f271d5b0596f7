// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import preact from '@astrojs/preact';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), preact({ compat: true })],
  // Lessons have no code to highlight, and Shiki's inline styles would break the CSP below.
  markdown: { syntaxHighlight: false },
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  // Writes .astro/collections/collections.json, which maps each content file to its collection so
  // the Astro VS Code extension (with `astro.content-intellisense`) can check frontmatter as it is typed.
  experimental: { contentIntellisense: true },
  build: { format: 'directory' },
  vite: {
    environments: {
      client: {
        build: {
          rolldownOptions: {
            output: {
              // Preact, its hooks, compat and the renderer in one chunk: every page with an island loads
              // them all, and one file compresses better than four.
              // Vite's preload helper stays in a file of its own: the header's search button needs it
              // on every page, and in the Preact file it would make pages without an island load Preact.
              codeSplitting: {
                groups: [
                  { name: 'preload-helper', test: /preload-helper/, priority: 2 },
                  { name: 'preact', test: /node_modules[\\/](preact|@astrojs[\\/]preact)[\\/]/, priority: 1 },
                ],
              },
            },
          },
        },
      },
    },
  },
  security: {
    // A <meta> policy with hashes for Astro's own inline scripts and styles; nothing from other origins.
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
});
