// readFile started inside a timer: its callback vs immediates and a later timer
const fs = require('fs');
setTimeout(() => {
  console.log('timer 1');
  fs.readFile(__filename, () => {
    console.log('readFile done');
    setTimeout(() => console.log('timer from readFile'), 0);
    setImmediate(() => console.log('immediate from readFile'));
    process.nextTick(() => console.log('tick from readFile'));
  });
  setImmediate(() => console.log('immediate from timer'));
}, 10);
setTimeout(() => console.log('timer 2 (800ms)'), 800);
