#!/usr/bin/env node
// Runs the compiled CLI when it is built, otherwise the TypeScript sources through tsx.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

// The server reads the match index's pages of short-lived strings faster than V8's default 16 MB
// young generation collects them: with 64 MB the 1M-candidate rebuild took 10.6-11.1 s instead of
// 14.0-15.4 s (npm start and the README's production command pass the same flag). V8 flags must be
// given when Node starts, so `ath serve` without it runs itself again with it.
const SEMI_SPACE = '--max-semi-space-size=64';
const given = [...process.execArgv, process.env.NODE_OPTIONS ?? ''].some((arg) =>
  arg.includes('--max-semi-space-size'),
);
if (process.argv[2] === 'serve' && !given) {
  const child = spawn(
    process.execPath,
    [SEMI_SPACE, ...process.execArgv, fileURLToPath(import.meta.url), ...process.argv.slice(2)],
    { stdio: 'inherit' },
  );
  // Signals sent to this process alone are passed on, so the server shuts down gracefully and
  // none is left behind. A terminal's Ctrl-C (or a process manager signalling the whole group)
  // reaches the server twice; it takes the second as the same request (server.ts).
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(signal, () => child.kill(signal));
  child.on('error', (error) => {
    console.error(`ath serve: could not start the server: ${error.message}`);
    process.exit(1);
  });
  // The server's exit code, or 128 + the signal's number as a shell reports a process it ended.
  child.on('exit', (code, signal) => process.exit(code ?? 128 + (os.constants.signals[signal] ?? 0)));
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
