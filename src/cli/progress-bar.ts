/** `\r校验 / validating [########------------] 40% 2,400/6,000` on standard error, only on a terminal. */
export function progressBar(label: string): { update(done: number, total: number): void; end(): void } {
  const isShown = Boolean(process.stderr.isTTY);
  let isDrawn = false;
  return {
    update(done, total) {
      if (!isShown || total === 0) return;
      const ratio = Math.min(1, done / total);
      const filled = Math.round(ratio * 30);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'-'.repeat(30 - filled)}] ${String(Math.floor(ratio * 100)).padStart(3)}% ${done.toLocaleString('en-US')}/${total.toLocaleString('en-US')}`);
      isDrawn = true;
    },
    end() {
      if (isDrawn) process.stderr.write('\n');
      isDrawn = false;
    },
  };
}
