// A microtask clears a timer set in the same turn; another timer clears an immediate
const t1 = setTimeout(() => console.log('t1 should not run'), 0);
const t2 = setTimeout(() => console.log('t2 runs'), 0);
Promise.resolve().then(() => { clearTimeout(t1); console.log('cleared t1 in microtask'); });
setTimeout(() => {
  const im = setImmediate(() => console.log('im should not run'));
  setImmediate(() => console.log('other immediate runs'));
  process.nextTick(() => { clearImmediate(im); console.log('cleared immediate in tick'); });
}, 20);
console.log('main done');
