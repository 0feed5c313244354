// A spinning immediate: a timer that fell due meanwhile runs on the next loop turn.
function spin(ms) { const end = Date.now() + ms; while (Date.now() < end) {} }
const fs = require('fs');
fs.stat(__filename, () => {
  setTimeout(() => console.log('timeout 50'), 50);
  setImmediate(() => {
    console.log('immediate 1 spins');
    spin(300);
    setImmediate(() => console.log('immediate 3 (queued while spinning)'));
  });
  setImmediate(() => console.log('immediate 2'));
});
