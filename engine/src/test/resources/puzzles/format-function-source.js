// A function's source text: String(f), template literals, %s and concatenation.
const util = require('util');
function add(a, b) {
  'use strict';
  try {
    return a + b;
  } catch (err) {
    return err;
  }
}
function twice(n) { return n * 2; }
console.log(String(add));
console.log(`inline ${(n) => { return n * n; }}`);
console.log('twice is ' + twice);
console.log(util.format('%s', function named() { while (false) { } }));
console.log(add.toString().split('\n').length, typeof add.toString);
