// readFile of 1,000 small files with Promise.all (each file: open, fstat, read, close on the
// pool). Creates the files in a fresh directory first (sync, not timed), prints the read time.
const fs = require('fs');
const path = require('path');
const dir = process.argv[2];
const n = 1000;
for (let i = 0; i < n; i++) {
  fs.writeFileSync(path.join(dir, 'f' + i + '.txt'), 'file number ' + i + '\n');
}
const start = process.hrtime();
Promise.all(Array.from({ length: n }, (_, i) => fs.promises.readFile(path.join(dir, 'f' + i + '.txt'), 'utf8')))
  .then((texts) => {
    const d = process.hrtime(start);
    const bytes = texts.reduce((sum, t) => sum + t.length, 0);
    console.log('read ' + texts.length + ' files, ' + bytes + ' chars in ' + (d[0] * 1e3 + d[1] / 1e6).toFixed(1) + ' ms');
  });
