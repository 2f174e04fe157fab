#!/usr/bin/env node
// Runs the compiled CLI when it is built, otherwise the TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// The server reads the match index's pages of short-lived strings faster than V8's default 16 MB
// young generation collects them: with 64 MB the 1M-candidate rebuild took 10.6-11.1 s instead of
// 14.0-15.4 s (npm start and the README's production command pass the same flag). V8 flags must be
// given when Node starts, so `ath serve` without it runs itself again with it.
const SEMI_SPACE = '--max-semi-space-size=64';
if (process.argv[2] === 'serve' && !process.execArgv.some((arg) => arg.startsWith('--max-semi-space-size'))) {
  const child = spawn(
    process.execPath,
    [SEMI_SPACE, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    // Its own process group: a terminal's Ctrl-C reaches this process alone and is passed on once
    // (a second SIGINT would cut the server's graceful shutdown short).
    { stdio: 'inherit', detached: true },
  );
  // The server shuts down gracefully on these; pass them on and leave with its exit code.
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal === null ? 0 : 1)));
} else {
  const built = fileURLToPath(new URL('../dist/src/cli/main.js', import.meta.url));
  if (existsSync(built)) {
    await import(built);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import('../src/cli/main.ts');
  }
}
