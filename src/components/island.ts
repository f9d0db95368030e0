/**
 * The one pattern for an island: a custom element that subscribes to what it shows when it enters the page and
 * lets go of all of it when it leaves (`own`), so a removed island never keeps listening or rendering.
 */
export abstract class Island extends HTMLElement {
  #cleanups: (() => void)[] = [];

  /** Sets the island up; everything it subscribes to goes through `own`. */
  protected abstract mount(): void;

  /** Remembers how to undo a subscription or a listener when the island leaves the page. */
  protected own(cleanup: () => void): void {
    this.#cleanups.push(cleanup);
  }

  /** Adds an event listener that is removed with the island. */
  protected listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget | null,
    type: K,
    listener: (event: HTMLElementEventMap[K]) => void,
  ): void {
    if (!target) return;
    const handler = listener as EventListener;
    target.addEventListener(type, handler);
    this.own(() => target.removeEventListener(type, handler));
  }

  connectedCallback(): void {
    this.mount();
  }

  disconnectedCallback(): void {
    for (const cleanup of this.#cleanups.splice(0)) cleanup();
  }
}

/** Defines a custom element once, however many copies of the island the page has. */
export function defineIsland(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element);
}
