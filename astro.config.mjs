// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
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
              // React, ReactDOM and the scheduler in one chunk: every page with an island loads all
              // three, and one file compresses better than three (about 0.6 KB gzip less a page).
              codeSplitting: { groups: [{ name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|@astrojs[\\/]react)[\\/]/ }] },
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
