// Calls queued on the thread pool in one turn come back in the order they were made:
// each of these needs one trip, and a pool thread finishes one long before the next wakes.
const fs = require('fs');
fs.stat('missing-file.txt', (err) => console.log('stat', err.code));
fs.readdir('missing-dir', (err) => console.log('readdir', err.code));
fs.access('also-missing', (err) => console.log('access', err.code));
fs.open('nope.txt', 'r', (err) => console.log('open', err.code));
fs.readFile('no/such/file', (err) => console.log('readFile', err.code));
fs.lstat('missing-link', (err) => console.log('lstat', err.code));
console.log('main');
