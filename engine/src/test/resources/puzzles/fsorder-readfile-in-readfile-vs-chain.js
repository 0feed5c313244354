// A readFile started from an fs callback still needs several loop turns.
const fs = require('fs');
fs.stat(__filename, () => {
  fs.readFile(__filename, 'utf8', (err, text) => console.log('readFile done:', text.length > 0));
  setImmediate(() => {
    console.log('immediate 1');
    setImmediate(() => console.log('immediate 2'));
  });
  process.nextTick(() => console.log('tick'));
});
