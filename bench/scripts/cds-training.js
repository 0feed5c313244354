// Training run for the class-data-sharing archive bin/looplab makes after a build: touch the
// paths most programs take (console formatting, promises, timers, immediates, errors).
const util = require('util');
console.log('hello', 1, { a: [1, 2, { b: new Map([['k', 1]]) }] }, new Set([1]));
console.log(util.format('%s %d %j', 'x', 2, { y: 3 }));
Promise.resolve(1).then((v) => console.log('promise', v));
setTimeout(() => console.log('timeout'), 1);
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
try {
  null.x;
} catch (e) {
  console.log(e.message);
}
// Modern syntax takes the lowering path (Closure Compiler): its classes belong in the archive too.
class Point {
  constructor(x, y) {
    this.x = x;
    this.y = y;
  }
}
(async () => {
  const { x } = new Point(1, 2);
  await null;
  console.log('async', x, [...'ab']);
})();
// ES modules: import() of one (bench/scripts/cds-training-module.mjs).
import('./cds-training-module.mjs').then((m) => console.log('module', m.name));
