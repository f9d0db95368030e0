/** The small DOM helpers every island uses: elements from data, text never parsed as HTML. */
import type { Translate } from '../i18n/translator';

type Child = Node | string | null | undefined | false;
type Attrs = Readonly<Record<string, string | number | boolean | null | undefined>>;

/** Creates an element; text children become text nodes (never HTML), null/false children are skipped. */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  setAttrs(el, attrs);
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return el;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** Creates an SVG element the same way as `h`. */
export function s(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const el = document.createElementNS(svgNs, tag) as SVGElement;
  setAttrs(el, attrs);
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false));
  return el;
}

function setAttrs(el: Element, attrs: Attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, '');
    else if (value !== null && value !== undefined && value !== false) el.setAttribute(name, String(value));
  }
}

/** The translator every inspector view receives. */
export type Strings = Translate;

/** Milliseconds, rounded to whole numbers. */
export const ms = (value: number) => String(Math.round(value));
