/** What one Pagefind result holds once loaded (`result.data()`), reduced to what the dialog shows. */
export interface PagefindData {
  readonly url: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string>>;
  readonly sub_results?: readonly { readonly title: string; readonly url: string; readonly excerpt: string }[];
}

/** The part of Pagefind's browser API the dialog uses (pagefind.js, written by the build into `<base>pagefind/`). */
export interface Pagefind {
  options(options: Readonly<Record<string, unknown>>): Promise<void>;
  init(): Promise<void> | void;
  debouncedSearch(
    query: string,
    options?: Readonly<Record<string, unknown>>,
    delayMs?: number,
  ): Promise<{ readonly results: readonly { readonly id: string; data(): Promise<PagefindData> }[] } | null>;
}

/**
 * Loads Pagefind from the site's own `pagefind/` folder, only when the reader opens search. It picks the index of
 * the page's language from `<html lang>`; result URLs get the site's base path.
 */
export async function loadPagefind(base: string): Promise<Pagefind> {
  // A runtime URL on purpose: the file exists only after the build, so the bundler must not resolve it.
  const module: unknown = await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`);
  if (!isPagefind(module)) throw new Error('pagefind.js has an unexpected shape');
  await module.options({ baseUrl: base, excerptLength: 24 });
  await module.init();
  return module;
}

function isPagefind(value: unknown): value is Pagefind {
  const api = value as Partial<Record<keyof Pagefind, unknown>> | null;
  return (
    typeof api === 'object' &&
    api !== null &&
    typeof api.options === 'function' &&
    typeof api.init === 'function' &&
    typeof api.debouncedSearch === 'function'
  );
}
