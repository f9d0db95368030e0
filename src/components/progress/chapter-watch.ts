import type { CallEvent } from '../../lib/call/types';
import { withPageCall } from '../page-store';
import { defineIsland, Island } from '../island';
import { reachMilestone } from './milestones';

/**
 * Watches one chapter page for the things its milestones ask for, without changing the islands it watches: opened
 * self-check answers, live video in chapter 4's lab, a call connected with the step buttons in chapter 5.
 */
class ChapterWatch extends Island {
  protected mount(): void {
    const chapter = this.dataset['chapter'] ?? '';
    this.#watchSelfCheck(chapter);
    if (chapter === '04-webcam') this.#watchLiveVideo(chapter);
    if (chapter === '05-peer-connection') this.#watchManualCall(chapter);
  }

  /** "Answered" means every answer of the chapter's self-check has been opened (read), since none takes input. */
  #watchSelfCheck(chapter: string): void {
    const questions = [...document.querySelectorAll<HTMLDetailsElement>('[data-pagefind-body] > details')];
    if (questions.length === 0) return;
    const opened = new Set<HTMLDetailsElement>();
    for (const details of questions) {
      this.listen(details, 'toggle', () => {
        if (!details.open) return;
        opened.add(details);
        if (opened.size === questions.length) reachMilestone(chapter, 'self-check');
      });
    }
  }

  /** Media events do not bubble, so the capture phase of the document sees the lab's video start playing a stream. */
  #watchLiveVideo(chapter: string): void {
    const onPlaying = (event: Event) => {
      const video = event.target;
      if (video instanceof HTMLVideoElement && video.closest('webcam-lab') && video.srcObject instanceof MediaStream) {
        reachMilestone(chapter, 'live-video');
      }
    };
    document.addEventListener('playing', onPlaying, true);
    this.own(() => document.removeEventListener('playing', onPlaying, true));
  }

  /**
   * A call counts as connected by hand when both offer and answer were applied by the reader's own step buttons
   * and both peers then reach `connected`. The quick path runs the same phases without a step-button click before
   * them, so it never counts.
   */
  #watchManualCall(chapter: string): void {
    let clicked: string | null = null;
    let byHand = new Set<string>();
    const onClick = (event: Event) => {
      const button = (event.target as Element | null)?.closest<HTMLElement>('call-step [data-phase]');
      clicked = button?.dataset['phase'] ?? null;
    };
    document.addEventListener('click', onClick, true);
    this.own(() => document.removeEventListener('click', onClick, true));
    withPageCall('video-loopback', (call) => {
      const connected = new Set<string>();
      this.own(
        call.subscribe((event: CallEvent) => {
          if (event.type === 'api-call' && event.status === 'start') {
            if (event.phase === 'create-peers') {
              byHand = new Set();
              connected.clear();
            }
            if (clicked === event.phase) byHand.add(event.phase);
            clicked = null;
          } else if (event.type === 'state' && event.name === 'connectionState') {
            if (event.value === 'connected') connected.add(event.peer);
            else connected.delete(event.peer);
            if (connected.size === 2 && byHand.has('set-local-offer') && byHand.has('set-remote-answer')) {
              reachMilestone(chapter, 'manual-call');
            }
          }
        }),
      );
    });
  }
}

/** Registers `<chapter-watch>`. */
export function defineChapterWatch(): void {
  defineIsland('chapter-watch', ChapterWatch);
}
