// Interview classic: async function vs a then-chain vs nextTick vs timers
async function a1() {
  console.log('a1 start');
  await a2();
  console.log('a1 end');
}
async function a2() {
  console.log('a2');
}
console.log('script start');
setTimeout(() => console.log('setTimeout'), 0);
setImmediate(() => console.log('setImmediate'));
a1();
new Promise((resolve) => {
  console.log('p1');
  resolve();
}).then(() => console.log('p2')).then(() => console.log('p3')).then(() => console.log('p4'));
process.nextTick(() => console.log('tick1'));
queueMicrotask(() => console.log('qm'));
console.log('script end');
