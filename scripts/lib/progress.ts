/** A one-line progress bar on stderr; plain lines when stderr is not a terminal (CI logs). */
export function progressBar(label: string) {
  const isTty = Boolean(process.stderr.isTTY);
  let lastPrinted = -1;
  return {
    update(done: number, total: number, detail = '') {
      const ratio = total === 0 ? 1 : done / total;
      const percent = Math.floor(ratio * 100);
      if (isTty) {
        const width = 30;
        const filled = Math.round(ratio * width);
        process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${percent}% ${done}/${total} ${detail}`.padEnd(100));
      } else if (percent >= lastPrinted + 10 || done === total) {
        lastPrinted = percent;
        process.stderr.write(`${label}: ${percent}% (${done}/${total}) ${detail}\n`);
      }
    },
    finish(message: string) {
      if (isTty) process.stderr.write('\n');
      process.stderr.write(`${message}\n`);
    },
  };
}
