// A timer set right before an immediate's fs call: the pool's start-up lets it fall due.
const fs = require('fs');
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timeout 0'), 0);
  fs.readdir(__dirname, (err, names) => {
    console.log('readdir', names.length > 0);
    setTimeout(() => console.log('timeout from readdir'), 0);
    setImmediate(() => console.log('immediate from readdir'));
  });
  Promise.resolve().then(() => console.log('promise'));
});
