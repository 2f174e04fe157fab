#!/usr/bin/env node
// `npm start`: build whatever is missing or older than its sources, then serve.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = (...parts) => path.join(root, ...parts);

function newestMtime(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : statSync(full).mtimeMs);
  }
  return newest;
}

function stale(output, ...sources) {
  if (!existsSync(output)) return true;
  const built = statSync(output).mtimeMs;
  return sources.some((source) => newestMtime(source) > built);
}

function run(label, args) {
  process.stderr.write(`${label}…\n`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (stale(at('dist', 'src', 'cli', 'main.js'), at('src'))) {
  run('Building the server', [at('node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.build.json']);
}
if (stale(at('web', 'dist', 'index.html'), at('web', 'src'), at('src', 'contracts'))) {
  run('Building the web app', [
    at('node_modules', 'vite', 'bin', 'vite.js'),
    'build',
    '--config',
    'web/vite.config.ts',
    '--logLevel',
    'warn',
  ]);
}
process.argv = [process.argv[0], at('dist', 'src', 'cli', 'main.js'), 'serve', ...process.argv.slice(2)];
await import(at('dist', 'src', 'cli', 'main.js'));
