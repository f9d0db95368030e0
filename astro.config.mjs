// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { rename, rmdir } from 'node:fs/promises';
import baseLinks from './plugins/base-links.mjs';

/** The languages the site is published in; the first lives at the root (keep in step with src/site/locales.ts). */
const locales = ['en', 'ko'];

/**
 * Astro writes only the root 404 page as `404.html`; a language's `src/pages/<lang>/404.astro` would become
 * `<lang>/404/index.html`. Hosts look for `404.html` files, so move each language's page there.
 * @type {import('astro').AstroIntegration}
 */
const localized404 = {
  name: 'localized-404',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      for (const lang of locales.slice(1)) {
        await rename(new URL(`${lang}/404/index.html`, dir), new URL(`${lang}/404.html`, dir));
        await rmdir(new URL(`${lang}/404/`, dir));
      }
    },
  },
};

/** The site can live at the root of a host or under a sub-path: set BASE_PATH=/sub-path/ at build time. */
const base = process.env.BASE_PATH ?? '/';

export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  base,
  outDir: process.env.OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
  i18n: {
    locales,
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: false },
  },
  integrations: [mdx(), localized404],
  markdown: {
    shikiConfig: { themes: { light: 'github-light-default', dark: 'github-dark-default' } },
    processor: satteri({ hastPlugins: [baseLinks(base)] }),
  },
  devToolbar: { enabled: false },
  vite: {
    build: {
      rollupOptions: {
        // Every MDX collection entry triggers this bundler note (withastro/astro#18087, open and harmless); unfiltered
        // it prints ten lines per chapter and language, which reads like a failure.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.message.includes('astro:head-inject')) return;
          warn(warning);
        },
      },
    },
  },
});
