// In an I/O callback the check phase comes before the next timers phase.
const fs = require('fs');
fs.stat(__filename, () => {
  setTimeout(() => console.log('timeout 1'), 0);
  setTimeout(() => console.log('timeout 2'), 0);
  setImmediate(() => console.log('immediate 1'));
  setImmediate(() => {
    console.log('immediate 2');
    setImmediate(() => console.log('immediate 3 (next loop)'));
  });
});
