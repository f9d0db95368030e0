// @ts-check
// Part 2: what every built page loads at startup, measured in Chromium (so lazy imports count when they load).
import { gzipSync } from 'node:zlib';
import { firstLine, kb, row } from './format.mjs';
import { chapter5, chapter5Missing } from './pages.mjs';
import { atMost, targets } from './targets.mjs';
import { newContext } from './browser.mjs';

/** @typedef {{ raw: number, gzip: number }} Size */
/**
 * @typedef {{ path: string, interactive: boolean, requests: number, html: Size, js: Size, jsInline: Size,
 *   css: Size, cssInline: Size, other: Size, error?: string }} PageWeight
 */

const size = (/** @type {Buffer} */ body) => ({ raw: body.length, gzip: gzipSync(body).length });
const add = (/** @type {Size} */ a, /** @type {Size} */ b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip });
const zero = () => ({ raw: 0, gzip: 0 });
/** Chapter 7, whose lab loads its QR code library only when the reader asks for copy/paste. */
const chapter7Path = '/steps/07-signaling/';

/** Loads each page until the network is idle and adds up its responses by kind, plus its inline scripts and styles. */
export async function measureWeight(
  /** @type {import('@playwright/test').Browser} */ browser,
  /** @type {string} */ siteUrl,
  /** @type {string[]} */ paths,
) {
  const context = await newContext(browser);
  /** @type {PageWeight[]} */
  const pages = [];
  try {
    for (const path of paths) pages.push(await measurePage(context, `${siteUrl}${path}`, path));
  } finally {
    await context.close();
  }
  return pages;
}

async function measurePage(
  /** @type {import('@playwright/test').BrowserContext} */ context,
  /** @type {string} */ url,
  /** @type {string} */ path,
) {
  const page = await context.newPage();
  /** @type {Promise<{ type: string, body: Buffer }>[]} */
  const responses = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    responses.push(
      response.body().then(
        (body) => ({ type, body }),
        () => ({ type, body: Buffer.alloc(0) }),
      ),
    );
  });
  /** @type {PageWeight} */
  const weight = {
    path,
    interactive: false,
    requests: 0,
    html: zero(),
    js: zero(),
    jsInline: zero(),
    css: zero(),
    cssInline: zero(),
    other: zero(),
  };
  try {
    await page.goto(url, { waitUntil: 'networkidle' });
    const inline = await page.evaluate(() => ({
      scripts: [...document.querySelectorAll('script:not([src])')]
        .filter((s) => !/json/.test(s.getAttribute('type') ?? ''))
        .map((s) => s.textContent ?? ''),
      styles: [...document.querySelectorAll('style')].map((s) => s.textContent ?? ''),
      // A page is interactive when its main content holds an island (a custom element) or a control.
      interactive: [...(document.querySelector('main')?.querySelectorAll('*') ?? [])].some(
        (el) => el.localName.includes('-') || /^(button|input|select|textarea|video|audio|canvas)$/.test(el.localName),
      ),
    }));
    weight.interactive = inline.interactive;
    for (const text of inline.scripts) weight.jsInline = add(weight.jsInline, size(Buffer.from(text)));
    for (const text of inline.styles) weight.cssInline = add(weight.cssInline, size(Buffer.from(text)));
    for (const { type, body } of await Promise.all(responses)) {
      weight.requests++;
      const key = type === 'document' ? 'html' : type === 'script' ? 'js' : type === 'stylesheet' ? 'css' : 'other';
      weight[key] = add(weight[key], size(body));
    }
  } catch (error) {
    weight.error = firstLine(error);
  } finally {
    await page.close();
  }
  return weight;
}

/** The table rows of part 2: one per page, then the targets. */
export function weightRows(/** @type {PageWeight[]} */ pages) {
  const part = 'weight';
  const rows = pages.map((p) => {
    if (p.error) return row(part, p.path, `error: ${p.error}`);
    const js = add(p.js, p.jsInline);
    const css = add(p.css, p.cssInline);
    return row(
      part,
      `${p.path}${p.interactive ? ' (interactive)' : ''}`,
      `JS ${kb(js.raw)} (${kb(js.gzip)} gz), CSS ${kb(css.raw)} (${kb(css.gzip)} gz), ` +
        `HTML ${kb(p.html.raw)} (${kb(p.html.gzip)} gz), ${p.requests} requests`,
    );
  });
  const jsGzip = (/** @type {PageWeight} */ p) => p.js.gzip + p.jsInline.gzip;
  const ch5 = pages.find((p) => p.path === chapter5.path && !p.error);
  const { max, aim } = targets.chapter5JsGzip;
  rows.push(
    ch5
      ? row(
          part,
          'chapter 5 JS gzip',
          kb(jsGzip(ch5)),
          `<= ${kb(max)} (aim ${kb(aim)})`,
          atMost(jsGzip(ch5), max, aim, kb),
        )
      : row(part, 'chapter 5 JS gzip', chapter5Missing, `<= ${kb(max)} (aim ${kb(aim)})`, '-'),
  );
  const ch7 = pages.find((p) => p.path === chapter7Path && !p.error);
  const ch7Max = targets.chapter7JsGzip.max;
  rows.push(
    ch7
      ? row(
          part,
          'chapter 7 JS gzip (without the QR library)',
          kb(jsGzip(ch7)),
          `<= ${kb(ch7Max)}`,
          atMost(jsGzip(ch7), ch7Max),
        )
      : row(part, 'chapter 7 JS gzip', 'chapter 7 page not built', `<= ${kb(ch7Max)}`, '-'),
  );
  const quiet = pages.filter((p) => !p.interactive && !p.error);
  const heaviest = [...quiet].sort((a, b) => jsGzip(b) - jsGzip(a))[0];
  const limit = targets.staticJsGzip.max;
  rows.push(
    heaviest
      ? row(
          part,
          `pages without interactive parts: max JS gzip (${quiet.length} pages)`,
          `${kb(jsGzip(heaviest))} (${heaviest.path})`,
          `<= ${kb(limit)} each`,
          atMost(jsGzip(heaviest), limit),
        )
      : row(part, 'pages without interactive parts', 'none found'),
  );
  return rows;
}
