import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package root, found the same way from src/ (tsx, tests) and from dist/src/ (built). */
export function projectRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('package.json not found above src/config');
    dir = parent;
  }
  return dir;
}

export const migrationsFolder = (): string => path.join(projectRoot(), 'src', 'db', 'migrations');
export const webDistFolder = (): string => path.join(projectRoot(), 'web', 'dist');

/**
 * The public test and benchmark data (../shared/data, never copied into the repo). SHARED_DATA_DIR
 * overrides; a clone elsewhere falls back to this workplace's /work/shared/data. Undefined when
 * absent: tests that need it are skipped on a machine without it, and say so.
 */
export function sharedDataDir(): string | undefined {
  const candidates = [
    process.env.SHARED_DATA_DIR,
    path.resolve(projectRoot(), '..', 'shared', 'data'),
    '/work/shared/data',
  ].filter((dir): dir is string => Boolean(dir));
  return candidates.find((dir) => existsSync(dir));
}
