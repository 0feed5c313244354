// The first fs call starts the thread pool; a 0 ms timer set just before it is due by then.
const fs = require('fs');
setTimeout(() => console.log('timeout 0 (set before the first fs call)'), 0);
fs.stat(__filename, (err, st) => {
  console.log('stat', err === null, st.isFile());
  setImmediate(() => console.log('immediate from stat'));
  process.nextTick(() => console.log('tick from stat'));
});
setTimeout(() => console.log('timeout 50'), 50);
