import { clientStrings } from '../client-strings';
import { defineIsland, Island } from '../island';
import type { Strings } from '../dom';
import { onInspect, type InspectSnapshot } from './store';

/** What an inspector shows once it has something to show; its code loads only then. */
export interface InspectorView {
  /** Shows `snapshot`; called at most a few times a second, in batches. */
  render(snapshot: InspectSnapshot): void;
  dispose?(): void;
}

/** A view module: `export function createView(root, t)`. */
export interface ViewModule {
  createView(root: HTMLElement, t: Strings): InspectorView;
}

/**
 * An inspector island. At page load it only follows the shared inspect state; the code that draws (and the
 * libraries it needs) loads the first time there is something to draw, which keeps the page's startup JavaScript
 * small and keeps work off the call's setup.
 */
export abstract class InspectorElement extends Island {
  #view: InspectorView | null = null;
  #loading = false;
  #latest: InspectSnapshot | null = null;

  protected mount() {
    this.own(onInspect((snapshot) => this.#show(snapshot)));
    this.own(() => {
      this.#view?.dispose?.();
      this.#view = null;
      this.#loading = false;
    });
  }

  /** Whether `snapshot` has anything for this inspector: then its view loads. */
  protected abstract wants(snapshot: InspectSnapshot): boolean;

  /** Loads the view module, e.g. `() => import('./sdp-view')`. */
  protected abstract load(): Promise<ViewModule>;

  #show(snapshot: InspectSnapshot) {
    this.#latest = snapshot;
    if (this.#view) return this.#view.render(snapshot);
    if (this.#loading || !this.wants(snapshot)) return;
    this.#loading = true;
    this.load().then(
      // Drawing waits for a task of its own, apart from the one that compiled the module.
      (module) =>
        setTimeout(() => {
          if (!this.#loading || !this.isConnected || !this.#latest || this.#view) return;
          this.#view = module.createView(this, clientStrings(`inspect-${this.dataset['inspector'] ?? ''}`));
          this.#view.render(this.#latest);
        }, 0),
      () => {
        // The chunk did not load (offline, new deploy): the inspector keeps its static text; try again next time.
        this.#loading = false;
      },
    );
  }
}

/** Defines an inspector island: its tag, when its view is wanted, and how to load the view. */
export function defineInspector(
  tag: string,
  wants: (snapshot: InspectSnapshot) => boolean,
  load: () => Promise<ViewModule>,
): void {
  defineIsland(
    tag,
    class extends InspectorElement {
      protected wants(snapshot: InspectSnapshot) {
        return wants(snapshot);
      }
      protected load() {
        return load();
      }
    },
  );
}
