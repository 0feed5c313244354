const a = require('./lib/a');
const again = require('./lib/a.js');
const data = require('./lib/data.json');
console.log(a.name, a.fromB, again === a, data.items.length);
console.log(require('path').basename(__filename), __dirname === process.cwd());
try { require('./lib/nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
console.log(require('node:path') === require('path'), typeof require('node:fs').readFile);
console.log(Object.keys(require.cache).length);
