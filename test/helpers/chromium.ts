import { accessSync, constants } from 'node:fs';

/**
 * Where Chromium and Chrome usually are on Linux and macOS, most specific first. Chromium's
 * headless shell comes first when it is installed (Debian: `apt install chromium-headless-shell`):
 * the same Blink without the browser around it, which Playwright itself runs for headless tests.
 * On this project's 2-core machine it ran the browser tests on less than half the CPU (Chromium's
 * processes 184 → 78 CPU-s for the browser project; `.ci/run` installs it).
 */
export const BROWSER_LOCATIONS: readonly string[] = [
  '/usr/bin/chromium-headless-shell',
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome-stable',
  '/usr/bin/google-chrome',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** The whole browser only, for what measures a reader's browser rather than a page (Lighthouse). */
export const FULL_BROWSER_LOCATIONS: readonly string[] = BROWSER_LOCATIONS.filter((file) => !file.endsWith('-headless-shell'));

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
 * silently replaced by another browser), else the first of `locations` that exists.
 */
export function findChromium(
  env: NodeJS.ProcessEnv = process.env,
  executable: (file: string) => boolean = isExecutable,
  locations: readonly string[] = BROWSER_LOCATIONS,
): { path: string } | { error: string } {
  const chosen = env.CHROMIUM_PATH?.trim();
  if (chosen) return executable(chosen) ? { path: chosen } : { error: `CHROMIUM_PATH is ${chosen}, which is not an executable file: point it at Chromium or Chrome, or unset it.` };
  const found = locations.find(executable);
  return found ? { path: found } : { error: NO_BROWSER };
}
