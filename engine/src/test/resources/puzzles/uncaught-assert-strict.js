// An AssertionError nobody catches: message with diff, then the process dies (exit 1).
const assert = require('assert').strict;
const util = require('util');
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }));
console.log(util.isDeepStrictEqual([1, 2], [1, '2']), util.isDeepStrictEqual(new Set([1]), new Set([1])));
setTimeout(() => {
  console.log('in timer');
  assert.deepEqual({ list: [1, 2, 3] }, { list: [1, 2, 4] });
  console.log('never');
}, 10);
