// A 0 ms timer set from a check callback against an immediate queued in the same phase.
// Node does not guarantee the order, but the timers phase follows within microseconds, so
// the immediate usually runs first; a callback that watches the clock pass changes that.
console.log('main: timers used once, so later calls are quick');
clearTimeout(setTimeout(() => {}, 0));
setImmediate(() => {
  console.log('check A: queues an immediate');
  setImmediate(() => console.log('check C: queued by A'));
});
setImmediate(() => {
  console.log('check B: sets a 0 ms timer');
  setTimeout(() => {
    console.log('timer from B');
    setImmediate(() => {
      console.log('check D: sets a timer, then waits 2 ms');
      setTimeout(() => console.log('timer from D'), 0);
      setImmediate(() => console.log('check E: queued by D'));
      const start = Date.now();
      while (Date.now() - start < 2);
    });
  }, 0);
});
