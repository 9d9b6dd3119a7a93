import { render } from 'ink-testing-library';
import type { ComponentProps } from 'react';
import type { Library } from '../src/data/library.js';
import { themeFor } from '../src/theme.js';
import { App } from '../src/ui/app.js';
import { fixtureLibrary } from './fixtures.js';

export const KEYS = {
  enter: '\r',
  escape: '\u001b',
  backspace: '\u007f',
  tab: '\t',
  down: '\u001b[B',
  up: '\u001b[A',
  pageDown: '\u001b[6~',
  ctrlC: '\u0003',
} as const;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Renders the app on the fixture corpus at a fixed size; `press` types keys the way a person would. */
export function renderApp(
  options: { columns?: number; rows?: number; library?: Library } & Partial<ComponentProps<typeof App>> = {},
) {
  const { columns = 80, rows = 24, library = fixtureLibrary(), ...props } = options;
  const instance = render(
    <App library={library} theme={themeFor('default', false)} size={{ columns, rows }} {...props} />,
  );
  // Waits until no new frame has come for a while: keys are handled one per frame, so a burst of keys
  // takes several frames, and a loaded machine makes each slower.
  const settle = async (since = -1) => {
    // First, give the keys up to a second to produce a frame at all.
    const firstFrameBy = Date.now() + 1000;
    while (since >= 0 && instance.frames.length === since && Date.now() < firstFrameBy) await pause(20);
    const deadline = Date.now() + 5000;
    let count = -1;
    while (count !== instance.frames.length && Date.now() < deadline) {
      count = instance.frames.length;
      await pause(120);
    }
  };
  const press = async (...keys: string[]) => {
    await settle();
    const before = instance.frames.length;
    for (const key of keys) {
      instance.stdin.write(key);
      // ink-testing-library drops keys written faster than a few milliseconds apart.
      await pause(15);
    }
    await settle(keys.length > 0 ? before : -1);
  };
  const frame = () => instance.lastFrame() ?? '';
  return { ...instance, press, frame };
}
