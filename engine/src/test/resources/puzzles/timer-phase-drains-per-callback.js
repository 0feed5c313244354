// Node >= 11: ticks and promise jobs run after every single timer callback.
setTimeout(() => {
  console.log('timer 1');
  process.nextTick(() => console.log('  tick after 1'));
  Promise.resolve().then(() => console.log('  promise after 1'));
}, 20);
setTimeout(() => {
  console.log('timer 2');
  queueMicrotask(() => console.log('  microtask after 2'));
}, 20);
setTimeout(() => console.log('timer 3'), 20);
