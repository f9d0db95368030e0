import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, expectTypeOf, it } from 'vitest';
import { WebSocket as NodeWebSocket } from 'ws';
import type { BroadcastChannelConstructor } from '../../../src/lib/signaling/broadcast.ts';
import type { WebSocketConstructor } from '../../../src/lib/signaling/websocket.ts';

const folder = (path: string): string => fileURLToPath(new URL(path, import.meta.url));
const importsOf = (file: string): string[] =>
  [...readFileSync(file, 'utf8').matchAll(/^import[^'"]*['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

describe('the signaling layer keeps its boundaries', () => {
  it('src/lib/signaling imports only itself and the call types: no components, pages, i18n or site', () => {
    const dir = folder('../../../src/lib/signaling/');
    for (const file of readdirSync(dir)) {
      for (const spec of importsOf(`${dir}${file}`)) {
        expect([file, spec]).toSatisfy(([, s]: string[]) => s!.startsWith('./') || s === '../call/types');
      }
    }
  });

  it('its runtime imports name the .ts file, so that Node can load them for the server', () => {
    const dir = folder('../../../src/lib/signaling/');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      for (const [, spec] of text.matchAll(/^import (?!type )[^'"]*['"]([^'"]+)['"]/gm)) {
        expect(`${file}: ${spec}`).toMatch(/\.ts$/);
      }
    }
  });

  it('the server reaches into src/ only for the signaling lib, with extensions Node can load', () => {
    const dir = folder('../../../server/');
    for (const file of readdirSync(dir)) {
      for (const spec of importsOf(`${dir}${file}`)) {
        if (spec.startsWith('node:') || spec === 'ws') continue;
        expect(spec).toMatch(/^(\.\/[a-z-]+|\.\.\/src\/lib\/signaling\/[a-z-]+)\.ts$/);
      }
    }
  });

  it('src/lib/signaling never writes reader-facing sentences (no console, no message strings)', () => {
    const dir = folder('../../../src/lib/signaling/');
    for (const file of readdirSync(dir)) {
      const text = readFileSync(`${dir}${file}`, 'utf8');
      expect(text).not.toMatch(/console\./);
      expect(text).not.toMatch(/message: '[A-Z]/);
    }
  });
});

describe('the injected constructors fit the real ones', () => {
  it("the browser's WebSocket and BroadcastChannel, and Node's ws client", () => {
    expectTypeOf<typeof WebSocket>().toExtend<WebSocketConstructor>();
    expectTypeOf<typeof NodeWebSocket>().toExtend<WebSocketConstructor>();
    expectTypeOf<typeof BroadcastChannel>().toExtend<BroadcastChannelConstructor>();
  });
});
