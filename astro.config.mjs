// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';

export default defineConfig({
  site: 'http://localhost:4321',
  output: 'static',
  trailingSlash: 'always',
  integrations: [mdx(), react()],
  server: { port: 4321, host: '127.0.0.1' },
  devToolbar: { enabled: false },
  build: { format: 'directory' },
});
