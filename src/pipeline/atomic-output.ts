import { existsSync, readdirSync, rmSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/** `._site.new-1234` or `._site.old-1234`: the folders a build of `_site` works in. */
function workFolder(base: string): RegExp {
  return new RegExp(`^\\.${base.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(?:new|old)-(\\d+)$`);
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists, it is just someone else's.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Removes what builds of `outDir` that were killed (Ctrl-C, `timeout`, a crash) left beside it.
 * A folder whose build is still running (another terminal) is left alone.
 */
export function removeLeftovers(outDir: string): string[] {
  const parent = path.dirname(path.resolve(outDir));
  const pattern = workFolder(path.basename(outDir));
  const removed: string[] = [];
  if (!existsSync(parent)) return removed;
  for (const name of readdirSync(parent)) {
    const match = pattern.exec(name);
    if (!match || isRunning(Number(match[1]))) continue;
    rmSync(path.join(parent, name), { recursive: true, force: true });
    removed.push(name);
  }
  return removed;
}

/**
 * Runs `write` into a fresh folder beside `outDir` and puts it in place only when it succeeded.
 * A failure removes the fresh folder and leaves `outDir` exactly as it was; so does an interrupt
 * (SIGINT, SIGTERM): the folder is removed before the process exits. A build killed outright
 * (SIGKILL) cannot clean up; the next build removes what it left.
 */
export async function writeAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const tmpDir = path.join(parent, `.${base}.new-${process.pid}`);
  const oldDir = path.join(parent, `.${base}.old-${process.pid}`);
  removeLeftovers(outDir);
  await rm(tmpDir, { recursive: true, force: true });
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(tmpDir, { recursive: true, force: true });
    process.exit(signal === 'SIGINT' ? 130 : 143);
  };
  process.once('SIGINT', interrupted);
  process.once('SIGTERM', interrupted);
  try {
    try {
      await write(tmpDir);
    } catch (error) {
      await rm(tmpDir, { recursive: true, force: true });
      throw error;
    }
    // Two renames on one file system: readers see the old site or the new one, never a mix.
    const hadOld = existsSync(outDir);
    if (hadOld) await rename(outDir, oldDir);
    await rename(tmpDir, outDir);
    if (hadOld) await rm(oldDir, { recursive: true, force: true });
  } finally {
    process.off('SIGINT', interrupted);
    process.off('SIGTERM', interrupted);
  }
}

/**
 * The files of a finished output folder, and anything in it that is not a folder or a regular
 * file (a symbolic link, above all), as `/`-separated paths. The content check keeps links out
 * of `content/`; the build holds the same line for everything it writes itself, before the site
 * is swapped in.
 */
export function outputFiles(dir: string): { files: string[]; irregular: string[] } {
  const files: string[] = [];
  const irregular: string[] = [];
  const walk = (sub: string) => {
    for (const entry of readdirSync(path.join(dir, sub), { withFileTypes: true })) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else if (entry.isFile()) files.push(rel);
      else irregular.push(rel);
    }
  };
  walk('');
  return { files: files.sort(), irregular: irregular.sort() };
}
