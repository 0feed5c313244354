// A .js file with no package.json "type" that uses import syntax runs as an ES module
// (Node 20.19+ detects it): no require, no __filename, and the top level runs in a job.
import { EventEmitter } from 'events';
const e = new EventEmitter();
e.on('ping', () => console.log('ping'));
process.nextTick(() => console.log('nextTick'));
Promise.resolve().then(() => e.emit('ping'));
console.log(typeof require, typeof module, typeof __filename, typeof this);
