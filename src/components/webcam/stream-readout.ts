import type { Translate } from '../../i18n';
import type { StreamSnapshot } from '../../lib/media/describe';
import { h } from '../dom';

/** A paragraph of plain text. */
export const paragraph = (text: string): HTMLParagraphElement => h('p', {}, text);

/** The stream and each track as definition lists; property names are the API's own, so they stay untranslated. */
export function renderSnapshot(snapshot: StreamSnapshot, t: Translate, pattern: boolean): HTMLElement[] {
  const stream = list([
    ['id', snapshot.id],
    ['active', String(snapshot.active)],
    ['getTracks().length', String(snapshot.tracks.length)],
  ]);
  const tracks = snapshot.tracks.map((track, i) => {
    const section = document.createElement('div');
    section.className = 'track';
    const heading = paragraph(t('media.inspector.track', { n: i + 1 }));
    heading.className = 'track-heading';
    const settings = Object.entries(track.settings)
      .filter(([name]) => !['deviceId', 'groupId'].includes(name))
      .map(([name, value]): [string, string] => [`settings.${name}`, formatValue(value)]);
    const details = list([
      ['kind', track.kind],
      // A canvas track has no device behind it: the browser labels it with a random id, which we say rather than hide.
      [
        'label',
        pattern
          ? t('media.inspector.patternLabel', { label: track.label })
          : track.label || t('media.inspector.noLabel'),
      ],
      ['readyState', track.readyState],
      ['enabled', String(track.enabled)],
      ['muted', String(track.muted)],
      ...settings,
    ]);
    details.querySelectorAll('dd')[2]?.setAttribute('data-ready', track.readyState);
    section.append(heading, details);
    return section;
  });
  return [stream, ...tracks];
}

function formatValue(value: unknown): string {
  return typeof value === 'number' && !Number.isInteger(value)
    ? String(Math.round(value * 1000) / 1000)
    : String(value);
}

function list(rows: readonly (readonly [string, string])[]): HTMLDListElement {
  return h('dl', {}, ...rows.flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]));
}
