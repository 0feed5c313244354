// Inside a timer callback, setImmediate always beats a new setTimeout(0): check comes first.
setTimeout(() => {
  setTimeout(() => console.log('timeout 0'), 0);
  setImmediate(() => console.log('immediate'));
  process.nextTick(() => console.log('nextTick'));
}, 10);
