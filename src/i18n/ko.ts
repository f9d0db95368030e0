import { call } from './ko/call';
import { channel } from './ko/channel';
import { inspect } from './ko/inspect';
import { media } from './ko/media';
import { pages } from './ko/pages';
import { signal } from './ko/signal';
import { site } from './ko/site';
import { transfer } from './ko/transfer';
import { siteTools } from './ko/site-tools';
import { tabCall } from './ko/tab-call';

/** Every user-facing string of the Korean UI, split by area the same way as the English files. */
export const ko = {
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
