// Inside an fs callback: an immediate chain of 3 and a 0 ms timer
const fs = require('fs');
fs.stat(__dirname, () => {
  console.log('stat done');
  setTimeout(() => console.log('timer 0'), 0);
  let i = 0;
  (function next() {
    setImmediate(() => {
      i++;
      console.log('immediate', i);
      if (i < 3) next();
    });
  })();
});
