// An ES module's top level runs inside a promise job after Node's loader read the file
// (poll phase): its own promise jobs run before its nextTicks, and the immediate always
// beats a 0 ms timer.
setTimeout(() => console.log('timeout'), 0);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => console.log('promise'));
queueMicrotask(() => console.log('queueMicrotask'));
console.log('top level', typeof this, typeof require);
