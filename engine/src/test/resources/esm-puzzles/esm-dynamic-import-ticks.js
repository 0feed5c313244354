// CommonJS can import() too. A built-in takes Node's loader 15 jobs the first time and 7
// once loaded; count them against a promise chain.
let chain = Promise.resolve();
for (let i = 1; i <= 20; i++) {
  chain = chain.then(() => console.log('job ' + i));
}
import('fs').then((fs) => {
  console.log('fs namespace:', typeof fs.readFile, typeof fs.default.readFile);
  import('node:fs').then(() => console.log('fs again'));
});
import('util').then((m) => console.log('util, default is module.exports:', m.default === require('util')));
console.log('sync end');
