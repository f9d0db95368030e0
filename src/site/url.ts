/** Prefixes a root-relative path with the site's base path (`/` or e.g. `/webrtc-tutorial/`). */
export function withBase(path: string, base: string = import.meta.env.BASE_URL): string {
  const head = base.endsWith('/') ? base.slice(0, -1) : base;
  return `${head}${path.startsWith('/') ? path : `/${path}`}`;
}
