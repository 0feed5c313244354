// nextTicks queued by a promise job wait until the microtask queue is empty.
Promise.resolve().then(() => {
  console.log('promise 1');
  process.nextTick(() => console.log('tick from promise 1'));
  Promise.resolve().then(() => console.log('promise 3 (queued by promise 1)'));
});
Promise.resolve().then(() => console.log('promise 2'));
process.nextTick(() => {
  console.log('tick 1');
  process.nextTick(() => console.log('tick 2 (queued by tick 1)'));
  Promise.resolve().then(() => console.log('promise 4 (queued by tick 1)'));
});
console.log('main');
