import { call } from './en/call';
import { channel } from './en/channel';
import { inspect } from './en/inspect';
import { media } from './en/media';
import { pages } from './en/pages';
import { signal } from './en/signal';
import { site } from './en/site';
import { transfer } from './en/transfer';
import { siteTools } from './en/site-tools';
import { tabCall } from './en/tab-call';

/**
 * Every user-facing string of the English UI, one file per area so that each area's strings stay together.
 * Prose lives in the pages; labels, messages and hints live here.
 */
export const en = {
  ...site,
  ...media,
  ...call,
  ...channel,
  ...inspect,
  ...pages,
  ...signal,
  ...transfer,
  ...siteTools,
  ...tabCall,
} as const;

/** The keys every language must provide. */
export type MessageKey = keyof typeof en;
