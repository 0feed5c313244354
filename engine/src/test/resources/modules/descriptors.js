const fs = require('fs');
const st = fs.statSync(__filename);
console.log(Object.keys(st).join(','), st.constructor.name, typeof st.mtime.getTime());
const d = fs.readdirSync('.', { withFileTypes: true }).filter((e) => e.name === 'descriptors.js')[0];
console.log(d.isFile(), d.isDirectory(), d.name);
const fd = fs.openSync('w.txt', 'w');
fs.writeSync(fd, 'abc');
fs.writeSync(fd, Buffer.from('def'));
fs.closeSync(fd);
const rfd = fs.openSync('w.txt', 'r');
const buf = Buffer.alloc(4);
console.log(fs.readSync(rfd, buf, 0, 4, 1), buf.toString());
fs.closeSync(rfd);
fs.writeSync(1, 'to stdout\n');
const { setInterval: every } = require('timers/promises');
(async () => {
  let n = 0;
  for await (const v of every(10, 'tick')) {
    console.log(v, ++n);
    if (n === 3) break;
  }
  console.log('after loop');
  const h = await fs.promises.open('w.txt');
  console.log((await h.readFile('utf8')), (await h.stat()).size);
  await h.close();
  fs.unlinkSync('w.txt');
})();
