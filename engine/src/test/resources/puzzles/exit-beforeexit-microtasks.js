// Promise jobs queued in beforeExit run, but do not re-trigger it; a timer would.
let count = 0;
process.on('beforeExit', () => {
  count++;
  console.log('beforeExit', count);
  if (count === 1) {
    Promise.resolve().then(() => console.log('promise from beforeExit'));
    process.nextTick(() => console.log('tick from beforeExit'));
  }
});
process.on('exit', () => console.log('exit after', count));
