import { accessSync, constants } from 'node:fs';

/** Where Chromium and Chrome usually are on Linux and macOS, most specific first. */
export const BROWSER_LOCATIONS: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** What to do when no browser is found: one line, no stack trace. */
export const NO_BROWSER =
  'No Chromium or Chrome found for the browser tests: install one (Debian/Ubuntu: sudo apt install chromium; macOS: brew install --cask chromium) or set CHROMIUM_PATH to its executable.';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The browser the tests drive: `CHROMIUM_PATH` when set (it must exist: a typo is reported, not
 * silently replaced by another browser), else the first of {@link BROWSER_LOCATIONS} that exists.
 */
export function findChromium(env: NodeJS.ProcessEnv = process.env, executable: (file: string) => boolean = isExecutable): { path: string } | { error: string } {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) return executable(chosen) ? { path: chosen } : { error: `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it at Chromium or Chrome, or unset it.` };
  const found = BROWSER_LOCATIONS.find(executable);
  return found ? { path: found } : { error: NO_BROWSER };
}
