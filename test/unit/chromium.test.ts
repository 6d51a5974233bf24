import { describe, expect, it } from 'vitest';
import { BROWSER_LOCATIONS, findChromium, FULL_BROWSER_LOCATIONS, NO_BROWSER } from '../helpers/chromium';

describe('findChromium', () => {
  const only = (...files: string[]) => (file: string) => files.includes(file);

  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium({ CHROMIUM_PATH: '/opt/wrapper/chrome' }, only('/opt/wrapper/chrome', '/usr/bin/chromium'))).toEqual({ path: '/opt/wrapper/chrome' });
  });

  it('reports a CHROMIUM_PATH that is not there instead of using another browser', () => {
    const found = findChromium({ CHROMIUM_PATH: '/nope/chrome' }, only('/usr/bin/chromium'));
    expect(found).toEqual({ error: expect.stringContaining('CHROMIUM_PATH is /nope/chrome') });
  });

  it.each(BROWSER_LOCATIONS.map((file) => [file]))('finds %s when it is the only one', (file) => {
    expect(findChromium({}, only(file))).toEqual({ path: file });
  });

  it('prefers the headless shell to the whole browser', () => {
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'))).toEqual({ path: '/usr/bin/chromium-headless-shell' });
  });

  it('Lighthouse takes the whole browser, never the headless shell', () => {
    expect(findChromium({}, only('/usr/bin/chromium', '/usr/bin/chromium-headless-shell'), FULL_BROWSER_LOCATIONS)).toEqual({ path: '/usr/bin/chromium' });
    expect(findChromium({}, only('/usr/bin/chromium-headless-shell'), FULL_BROWSER_LOCATIONS)).toEqual({ error: NO_BROWSER });
  });

  it('prefers Debian Chromium to Chrome', () => {
    expect(findChromium({}, only('/usr/bin/google-chrome', '/usr/bin/chromium'))).toEqual({ path: '/usr/bin/chromium' });
  });

  it('says what to install, in one line, when there is none', () => {
    const found = findChromium({}, () => false);
    expect(found).toEqual({ error: NO_BROWSER });
    expect(NO_BROWSER).not.toContain('\n');
    expect(NO_BROWSER).toMatch(/apt install chromium/);
  });
});
