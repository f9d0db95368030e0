import { defineMiddleware } from 'astro:middleware';
import { toLang, useTranslations } from './i18n';

/**
 * Once per page (at build time for this static site): the page's language and its translator, so components read
 * `Astro.locals.t` instead of each building its own.
 */
export const onRequest = defineMiddleware((context, next) => {
  const lang = toLang(context.currentLocale);
  context.locals.lang = lang;
  context.locals.t = useTranslations(lang);
  return next();
});
