declare namespace App {
  /** Set once per page by src/middleware.ts. */
  interface Locals {
    /** The page's language. */
    lang: import('./i18n').Lang;
    /** The page's translator. */
    t: import('./i18n').Translate;
  }
}
