/**
 * The local host as `npm start` runs it (functions/local/start.ts, here with --no-playground), plus one
 * thing the benchmark needs from inside: on the message "rss" it collects garbage until the heap
 * settles and answers with its resident memory. Run with --expose-gc and an IPC channel.
 */
process.on('message', (message) => {
  if (message !== 'rss') return;
  void settledRss().then((rss) => process.send!({ rss }));
});

async function settledRss(): Promise<number> {
  const gc = (globalThis as { gc?: () => void }).gc;
  for (let i = 0; i < 3; i++) {
    gc?.();
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return process.memoryUsage().rss;
}

await import('../../functions/local/start.js');
