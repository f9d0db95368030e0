// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import baseLinks from './plugins/base-links.mjs';

/** The site can live at the root of a host or under a sub-path: set BASE_PATH=/sub-path/ at build time. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales: ['en'],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx()],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
    processor: satteri({ hastPlugins: [baseLinks(base)] }),
  },
  devToolbar: { enabled: false },
});
