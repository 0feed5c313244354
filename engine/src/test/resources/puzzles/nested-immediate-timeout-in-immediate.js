// Inside an immediate: setTimeout 0 vs setImmediate vs nextTick vs promise
setImmediate(() => {
  console.log('immediate A');
  setTimeout(() => console.log('timeout from A'), 0);
  setImmediate(() => console.log('immediate from A'));
  process.nextTick(() => console.log('tick from A'));
  Promise.resolve().then(() => console.log('promise from A'));
});
setImmediate(() => {
  console.log('immediate B');
  process.nextTick(() => console.log('tick from B'));
});
