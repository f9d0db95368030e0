import { builtPages, rootOutDir } from './built-pages';
import { expect, test } from './fixtures';
import { webcamChapter, webcamLab } from './webcam-helpers';

const pages = builtPages(rootOutDir);

/** How the page lays out its code: blocks whose lines wrapped, inline code broken inside a token, what overflows. */
function codeLayout() {
  const visible = (el: Element) => el.getClientRects().length > 0;
  const describe = (el: Element) => (el.textContent ?? '').trim().slice(0, 60);
  // Rendered lines of a block: its text's line boxes, told apart by their top edge.
  const renderedLines = (pre: HTMLElement) => {
    const range = document.createRange();
    range.selectNodeContents(pre);
    const half = Number.parseFloat(getComputedStyle(pre).lineHeight) / 2 || 8;
    const tops = [...range.getClientRects()]
      .filter((r) => r.width > 0)
      .map((r) => r.top)
      .sort((a, b) => a - b);
    return tops.filter((top, i) => i === 0 || top - (tops[i - 1] as number) > half).length;
  };
  const blocks = [...document.querySelectorAll<HTMLElement>('pre')].filter(visible);
  const sourceLines = (pre: HTMLElement) => (pre.textContent ?? '').split('\n').filter((l) => l.trim() !== '').length;
  const problems = {
    wrappedBlocks: blocks
      .filter((pre) => renderedLines(pre) > sourceLines(pre))
      .map((pre) => `${describe(pre)} (${sourceLines(pre)} lines shown on ${renderedLines(pre)})`),
    // A line longer than its block may only overflow inside a block that scrolls, and the block itself fits the page.
    overflowNotScrolled: blocks
      .filter((pre) => pre.scrollWidth > pre.clientWidth && !/auto|scroll/.test(getComputedStyle(pre).overflowX))
      .map(describe),
    blocksWiderThanPage: blocks.filter((pre) => pre.getBoundingClientRect().right > window.innerWidth).map(describe),
    brokenTokens: [...document.querySelectorAll(':not(pre) > code')]
      .filter((code) => !/\s/.test(code.textContent ?? '') && code.getClientRects().length > 1)
      .map(describe),
  };
  return {
    problems,
    blocks: blocks.length,
    overflowing: blocks.filter((pre) => pre.scrollWidth > pre.clientWidth).length,
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
  };
}

const noProblem = { wrappedBlocks: [], overflowNotScrolled: [], blocksWiderThanPage: [], brokenTokens: [] };

test('at 360 px code scrolls inside its block: no wrapped line, no token broken in two, no page overflow', async ({
  page,
}) => {
  await page.setViewportSize({ width: 360, height: 740 });
  let blocks = 0;
  let overflowing = 0;
  for (const path of pages) {
    await page.goto(path);
    const layout = await page.evaluate(codeLayout);
    expect(layout.problems, `code on ${path}`).toEqual(noProblem);
    expect(layout.pageOverflow, `${path} scrolls sideways`).toBeLessThanOrEqual(0);
    blocks += layout.blocks;
    overflowing += layout.overflowing;
  }
  // The check means something only if the site has code blocks with lines longer than a phone screen.
  expect(blocks).toBeGreaterThan(0);
  expect(overflowing).toBeGreaterThan(0);

  // Chapter 4 shows the getUserMedia call it made once the camera starts.
  await page.goto(webcamChapter);
  await webcamLab(page).start.click();
  await expect(page.locator('[data-asked]')).toContainText('getUserMedia({');
  const layout = await page.evaluate(codeLayout);
  expect(layout.problems, 'code on chapter 4 with the camera on').toEqual(noProblem);
  expect(layout.pageOverflow, 'chapter 4 with the camera on scrolls sideways').toBeLessThanOrEqual(0);
});
