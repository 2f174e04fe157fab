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
