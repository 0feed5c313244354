// Immediates queued in the check phase run on the next turn, after that turn's timers.
setTimeout(() => {
  console.log('timer A');
  setImmediate(() => {
    console.log('immediate 1');
    setImmediate(() => console.log('immediate 3 (next turn)'));
    setTimeout(() => console.log('timer B (after the 200 ms wait)'), 200);
  });
  setImmediate(() => console.log('immediate 2'));
}, 5);
