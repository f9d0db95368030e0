import { call } from './ko/call';
import { inspect } from './ko/inspect';
import { media } from './ko/media';
import { pages } from './ko/pages';
import { site } from './ko/site';
import { siteTools } from './ko/site-tools';

/** Every user-facing string of the Korean UI, split by area the same way as the English files. */
export const ko = { ...site, ...media, ...call, ...inspect, ...pages, ...siteTools } as const;
