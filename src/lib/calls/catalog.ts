/** Every call the site can run, by id, with its phase ids: what a saved log may name. Data only, no call code. */
import { phaseIds as dataLoopback } from './data-loopback/ids';
import { phaseIds as videoLoopback } from './video-loopback/ids';

export const callPhases: Readonly<Record<string, readonly string[]>> = {
  'video-loopback': videoLoopback,
  'data-loopback': dataLoopback,
};

/** The call a log of format version 1 holds: chapter 5's, the only call there was. */
export const firstCall = 'video-loopback';
