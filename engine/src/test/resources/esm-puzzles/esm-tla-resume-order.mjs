// When an awaited module finishes, the modules waiting on it run in one job, in the order
// they started waiting (a job after its last line): x1 runs first.
import './lib/tla-done.mjs';
import './lib/tla-waiter.mjs';
console.log('main: body');
