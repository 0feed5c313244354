// An import is a live view of the exporter's variable, not a copy.
import { count, increment, reset } from './lib/counter.mjs';
import * as counter from './lib/counter.mjs';
const copy = count;
increment();
increment();
console.log('count', count, 'copy', copy, 'namespace', counter.count);
setTimeout(() => {
  increment();
  console.log('later', count);
  reset();
  console.log('after reset', count, counter.count);
}, 0);
try {
  count = 10;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  counter.count = 10;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(Object.keys(counter));
