/**
 * A Sätteri hast plugin that prefixes root-relative links and images in Markdown/MDX prose with the base path,
 * so `[chapter 4](/steps/04-webcam/)` keeps working when the site is deployed under a sub-path.
 * @param {string} base the configured base path, e.g. '/' or '/webrtc-tutorial/'
 * @returns {import('satteri').HastPluginDefinition}
 */
export default function baseLinks(base) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  return {
    name: 'base-links',
    element: {
      filter: ['a', 'img'],
      visit(node, ctx) {
        const key = node.tagName === 'a' ? 'href' : 'src';
        const value = node.properties[key];
        if (!prefix || typeof value !== 'string') return;
        if (value.startsWith('/') && !value.startsWith('//') && !value.startsWith(`${prefix}/`)) {
          ctx.setProperty(node, key, `${prefix}${value}`);
        }
      },
    },
  };
}
