// A module with top-level await delays the modules that import it, not its siblings.
import { ready } from './lib/tla-slow.mjs';
import './lib/tla-sibling.mjs';
console.log('main runs once slow is done:', ready);
process.nextTick(() => console.log('main: nextTick'));
Promise.resolve().then(() => console.log('main: job'));
const value = await new Promise((resolve) => setImmediate(() => resolve('from an immediate')));
console.log('main awaited', value);
