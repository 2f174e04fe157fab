#!/usr/bin/env node
// `npm run typecheck`: the server (with tests, benches, scripts and the browser tests) and the web
// app are two TypeScript projects (different libs and module resolution). They are checked
// at the same time, one process each, so the whole check takes as long as the slowest project.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const tsc = path.join(root, 'node_modules', 'typescript', 'bin', 'tsc');
// tsconfig.json includes e2e/ (see there); e2e/tsconfig.json stays for editors.
const projects = ['tsconfig.json', 'web/tsconfig.json'];

const results = await Promise.all(
  projects.map(
    (project) =>
      new Promise((resolve) => {
        let output = '';
        const child = spawn(process.execPath, [tsc, '-p', project, '--noEmit'], { cwd: root });
        child.stdout.on('data', (chunk) => {
          output += chunk;
        });
        child.stderr.on('data', (chunk) => {
          output += chunk;
        });
        child.on('close', (code) => resolve({ project, code, output }));
      }),
  ),
);

// Printed per project after all finish, so the errors of one are not interleaved with another's.
let failed = false;
for (const { project, code, output } of results) {
  if (code === 0) continue;
  failed = true;
  process.stderr.write(`\n${project}:\n${output}`);
}
process.exit(failed ? 1 : 0);
