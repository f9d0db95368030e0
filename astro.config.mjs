// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { rename, rmdir } from 'node:fs/promises';
import baseLinks from './plugins/base-links.mjs';
import pagefindIndex from './plugins/pagefind-index.mjs';
import cspStyleAttributes from './plugins/csp-style-attributes.mjs';
import { defaultServerUrl } from './src/lib/signaling/server-url.ts';

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

/**
 * The signaling servers a page may connect to besides its own origin (same-origin ws: is covered by 'self'): the
 * local default and, when the site is built for another server, PUBLIC_SIGNAL_URL's origin. Chapter 7's lab reads
 * this list back from the page's policy (src/lib/signaling/connect-policy.ts) to name it when it refuses a server.
 */
const signalOrigins = [defaultServerUrl, process.env.PUBLIC_SIGNAL_URL ?? '']
  .filter((url) => /^wss?:\/\//.test(url))
  .map((url) => new URL(url).origin);

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
  integrations: [mdx(), localized404, cspStyleAttributes(), pagefindIndex()],
  security: {
    // A per-page meta policy: Astro hashes every script and style it emits; style attributes (Shiki's colours) are
    // hashed after the build by cspStyleAttributes. Pagefind compiles WebAssembly, hence 'wasm-unsafe-eval' only.
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        `connect-src 'self' ${[...new Set(signalOrigins)].join(' ')}`,
        "img-src 'self' blob: data:",
        "media-src 'self' blob: mediastream:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
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
        output: {
          // The call islands share many small modules (runner, session, page store...). Left to automatic splitting
          // they become a dozen tiny files per page; a few chunks by purpose cost fewer bytes and requests. A module
          // lands in the first group (by priority) that matches it, and a group pulls in its dependencies. Code
          // loaded on first need (inspector views, the stats sampler, the log validator, QR) matches no group.
          codeSplitting: {
            groups: [
              {
                // What every island page needs besides its island: the translator it makes from the page's strings,
                // the h() element helper, and reach() to announce a milestone. One small chunk of its own, apart from
                // the media code, so that the home page's progress summary and chapters 6, 7 and 10 load no media
                // code, and no call's group pulls reach() in (chapters 4, 6 and 7 never load chapter 5's call for
                // it). Pages with media load this chunk in place of the separate reach chunk they loaded before.
                name: 'translator',
                priority: 8,
                test: /src[\\/](components[\\/](progress[\\/]reach|client-strings|dom)|i18n[\\/](translator|format))\./,
              },
              { name: 'preload', priority: 7, test: /vite[\\/]preload-helper/ },
              { name: 'island', priority: 6, test: /src[\\/]components[\\/]island\.ts/ },
              {
                name: 'media',
                priority: 5,
                test: /src[\\/](components[\\/]media[\\/]|lib[\\/]media[\\/])/,
              },
              {
                name: 'call-core',
                priority: 4,
                test: /src[\\/](components[\\/](slice|page-store|frame-batch|call[\\/](call-step|reason-text|trace))|lib[\\/](call|runner)[\\/]|lib[\\/]loopback[\\/](?!negotiation-)|lib[\\/]signaling[\\/](types|in-page|inbox))/,
              },
              {
                // What chapters 5 and 6 share of their calls (and chapter 9 through 6's): not in call-core, which
                // chapter 8 loads too, and ahead of video-call, which would otherwise pull it in as a dependency.
                name: 'negotiation',
                priority: 3.5,
                test: /src[\\/]lib[\\/]loopback[\\/]negotiation-/,
              },
              {
                name: 'inspect',
                priority: 3,
                test: /src[\\/]components[\\/]inspect[\\/](store|define|inspector-element)/,
              },
              {
                name: 'video-call',
                priority: 2,
                // Only the .ts modules: an island's own entry script (CallStep.astro's) must stay with its page.
                test: /src[\\/](components[\\/]call[\\/][\w-]+\.ts$|lib[\\/]calls[\\/]video-loopback)/,
              },
            ],
          },
        },
      },
    },
  },
});
