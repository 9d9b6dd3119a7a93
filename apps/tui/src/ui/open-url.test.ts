import { describe, expect, it } from 'vitest';
import { openCommand, openUrl } from './open-url.js';

describe('openCommand', () => {
  it('uses the desktop opener of each platform', () => {
    expect(openCommand('linux').command).toBe('xdg-open');
    expect(openCommand('darwin').command).toBe('open');
    expect(openCommand('win32')).toEqual({ command: 'cmd', args: ['/c', 'start', '""'] });
  });
});

describe('openUrl', () => {
  it('says why when the opener is missing, instead of crashing', async () => {
    const message = await openUrl('https://www.wikidata.org/wiki/Q7747', 'linux', { PATH: '/nonexistent' });
    expect(message).toBe(
      'Could not open the link: xdg-open is not available. https://www.wikidata.org/wiki/Q7747',
    );
  });

  it('refuses anything but a web link', async () => {
    expect(await openUrl('file:///etc/passwd')).toBe('Not a web link: file:///etc/passwd');
  });
});
