import { readStrings, type Strings } from './dom';
import { onInspect, type InspectSnapshot } from './store';

/** An inspector island: reads its strings from the page, follows the shared inspect state, renders it. */
export abstract class InspectorElement extends HTMLElement {
  t: Strings = (key) => key;
  #stop = () => {};

  connectedCallback() {
    this.t = readStrings(this);
    this.setup();
    this.#stop = onInspect((snapshot) => this.render(snapshot));
  }

  disconnectedCallback() {
    this.#stop();
    this.teardown();
  }

  /** Wires the island's own listeners, before the first render. */
  protected setup(): void {}

  protected teardown(): void {}

  /** Shows `snapshot`; called at most a few times a second, in batches. */
  abstract render(snapshot: InspectSnapshot): void;
}
