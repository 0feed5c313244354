// An 'uncaughtException' listener keeps the process alive; the other timers still run.
process.on('uncaughtException', (err, origin) => {
  console.log('handled:', err.message, 'from', origin);
});
setTimeout(() => {
  throw new Error('first');
}, 10);
setTimeout(() => console.log('second timer still runs'), 10);
setImmediate(() => {
  throw new RangeError('from an immediate');
});
