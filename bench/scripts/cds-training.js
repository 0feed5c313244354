// Training run for the class-data-sharing archive bin/looplab makes after a build: touch the
// paths most programs take (console formatting, promises, timers, immediates, errors).
// Its first run also fills the code cache of looplab's runtime scripts (RuntimeCodeCache) with
// every runtime function it calls, compiled for the argument types of that function's first
// call: a later run calling a function first with other types, or one the training never
// called, compiles it itself (about 5-15 ms of CPU each). Hence a plain one-string
// console.log before any other (the first line of most programs), and the paths below.
console.log('hello');
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
// Paths most short programs take that the lines above do not, each the way such programs
// usually take it first: timers without a delay or with 0, cleared and repeating timers,
// arguments to callbacks, the promise combinators, a rejection caught in a later job, a
// lowered async method with for-of, try/finally, rest parameters and patterns, events, fs in
// its three styles (and a missing file), timers/promises, and an unhandled rejection's
// report last.
const fs = require('fs');
const EventEmitter = require('events');
setTimeout(() => console.log('no delay'));
setTimeout((a, b) => console.log('args', a, b), 0, 'a', 2);
const cleared = setTimeout(() => console.log('never'), 5);
clearTimeout(cleared);
let ticks = 0;
const interval = setInterval(() => {
  if (++ticks === 2) {
    clearInterval(interval);
  }
}, 1);
setImmediate((x) => console.log('immediate arg', x), 'x');
process.nextTick((x) => console.log('tick arg', x), 'y');
queueMicrotask(() => console.log('microtask'));
new Promise((resolve) => resolve(Promise.resolve('thenable'))).then((v) => console.log(v));
Promise.reject(new Error('caught')).catch((e) => console.log('caught', e.message)).finally(() => {});
Promise.all([1, Promise.resolve(2)]).then((v) => console.log('all', v));
Promise.race([Promise.resolve('race'), 2]).then((v) => console.log(v));
Promise.allSettled([Promise.reject(new Error('no')), 1]).then((r) => console.log(r));
Promise.any([Promise.reject(new Error('no')), Promise.resolve('any')]).then((v) => console.log(v));
const late = Promise.reject(new Error('handled later'));
Promise.resolve().then(() => late.catch(() => console.log('late catch')));
class Store {
  constructor(name, ...items) {
    this.name = name;
    this.items = items;
  }
  async total(delay = 0) {
    let sum = 0;
    try {
      for (const item of this.items) {
        await new Promise((resolve) => setTimeout(resolve, delay));
        sum += item;
      }
    } finally {
      console.log(`${this.name} done`);
    }
    const [first, ...rest] = this.items;
    const { name, items: { length } } = this;
    return { sum, first, rest, name, length };
  }
}
new Store('store', 1, 2, 3).total().then((r) => console.log(r));
function* counter(n) {
  for (let i = 0; i < n; i++) {
    yield i;
  }
}
for (const i of counter(3)) {
  if (i === 1) {
    break;
  }
}
console.log([...counter(2)], Math.round(2.5), 'x'.padStart(3), 'ab'.repeat(2));
const emitter = new EventEmitter();
emitter.on('event', (v) => console.log('event', v));
emitter.once('event', () => console.log('once'));
emitter.emit('event', 'one');
emitter.emit('event', 'two');
console.log(emitter.listenerCount('event'));
class Failure extends Error {
  constructor(message) {
    super(message, { cause: 'training' });
    this.name = 'Failure';
  }
}
console.log(new Failure('shown'));
fs.readFile(__filename, 'utf8', (err, text) => console.log('readFile', err, text.length));
fs.readFile(__filename, (err, buffer) => console.log('buffer', buffer.length));
fs.readFile(__dirname + '/no-such-file.txt', 'utf8', (err) => console.log(err.code, err.message));
console.log('readFileSync', fs.readFileSync(__filename, 'utf8').length);
fs.stat(__filename, (err, stats) => console.log('stat', stats.isFile()));
fs.promises.readFile(__filename, 'utf8').then((text) => console.log('promises', text.length));
require('timers/promises').setTimeout(1, 'value').then((v) => console.log(v));
// The report of an unhandled rejection ends the run, but only once the loop has run dry and
// beforeExit has been emitted as it is at the end of most runs.
process.once('beforeExit', () => {
  setTimeout(() => Promise.reject(new Error('the training ends here')));
});
