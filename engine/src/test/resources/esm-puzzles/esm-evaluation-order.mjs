// Depth-first, post-order: every dependency before the module that imports it, each module
// once, in the order of the import declarations - which all run before the first line.
console.log('main starts');
import { b } from './lib/order-b.mjs';
import { a } from './lib/order-a.mjs';
import c from './lib/order-c.mjs';
console.log('main', a, b, c);
