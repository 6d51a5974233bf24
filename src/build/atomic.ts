import { existsSync } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import path from 'node:path';

/**
 * Runs `write` into a fresh folder beside `outDir` and puts it in place only when it succeeded.
 * A failure removes the fresh folder and leaves `outDir` exactly as it was.
 */
export async function writeAtomically(outDir: string, write: (tmpDir: string) => Promise<void>): Promise<void> {
  const parent = path.dirname(path.resolve(outDir));
  const base = path.basename(outDir);
  const tmpDir = path.join(parent, `.${base}.new-${process.pid}`);
  const oldDir = path.join(parent, `.${base}.old-${process.pid}`);
  await rm(tmpDir, { recursive: true, force: true });
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
}
