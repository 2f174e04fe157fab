import cliProgress from 'cli-progress';

export interface Progress {
  increment(by?: number): void;
  stop(): void;
}

/** A progress bar on a terminal; plain periodic lines when output is piped (CI, logs). */
export function startProgress(label: string, total: number): Progress {
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        format: `${label} [{bar}] {percentage}% {value}/{total} eta {eta_formatted}`,
        stream: process.stderr,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(total, 0);
    return { increment: (by = 1) => bar.increment(by), stop: () => bar.stop() };
  }
  let done = 0;
  let lastPrinted = -1;
  return {
    increment(by = 1) {
      done += by;
      const decile = Math.floor((done / Math.max(total, 1)) * 10);
      if (decile !== lastPrinted) {
        lastPrinted = decile;
        process.stderr.write(`${label}: ${done}/${total} (${decile * 10}%)\n`);
      }
    },
    stop() {},
  };
}
