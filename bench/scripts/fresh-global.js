// A typical graded submission: timers, promises, nextTick and console, in Node's order.
console.log('script start');
const order = [];
setTimeout(() => {
  console.log('timeout 0');
  Promise.resolve().then(() => console.log('promise inside timeout'));
}, 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
new Promise((resolve) => {
  console.log('executor');
  resolve(42);
}).then((v) => {
  order.push(v);
  console.log(`then ${v}`);
  return new Promise((r) => setTimeout(() => r(v + 1), 10));
}).then((v) => console.log('after 10 ms', v, order));
queueMicrotask(() => console.log('microtask'));
const id = setInterval(() => { order.push('tick'); if (order.length > 3) { clearInterval(id); console.log({ order }); } }, 5);
console.log('script end');
