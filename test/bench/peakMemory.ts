/** Preloaded into a process (`node --require peakMemory.js ...`): prints its peak RSS and CPU time, worker threads included, on stderr at exit. */
process.on('exit', () => {
  const usage = process.resourceUsage();
  process.stderr.write(`\npeak-rss-kb ${usage.maxRSS} cpu-ms ${Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000)}\n`);
});
