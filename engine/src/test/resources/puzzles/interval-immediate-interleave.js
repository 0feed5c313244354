// Each interval tick queues an immediate; the immediate runs before the next tick.
let count = 0;
const iv = setInterval(() => {
  count++;
  console.log('interval', count);
  setImmediate(() => console.log('immediate after', count));
  process.nextTick(() => console.log('tick after', count));
  if (count === 3) clearInterval(iv);
}, 50);
console.log('scheduled');
