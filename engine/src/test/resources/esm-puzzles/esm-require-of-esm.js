// Node 20.19+ lets require() load an ES module synchronously - unless it awaits at its top level.
const withDefault = require('./lib/esm-for-require.mjs');
const plain = require('./lib/esm-no-default.mjs');
console.log(withDefault, withDefault.default(), withDefault.__esModule);
console.log(plain, plain.__esModule);
try {
  require('./lib/esm-tla-for-require.mjs');
} catch (e) {
  console.log(e.code);
}
