// fs.promises with await in sequence vs Promise.all, interleaved with timers.
const fsp = require('fs').promises;
const os = require('os');
const path = require('path');
(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'llp-'));
  console.log('mkdtemp ok');
  await fsp.writeFile(path.join(dir, 'x'), 'xx');
  await fsp.appendFile(path.join(dir, 'x'), 'yy');
  const [a, st] = await Promise.all([fsp.readFile(path.join(dir, 'x'), 'utf8'), fsp.stat(path.join(dir, 'x'))]);
  console.log(a, st.size);
  try { await fsp.access(path.join(dir, 'nope')); } catch (e) { console.log(e.code); }
  await fsp.rm(dir, { recursive: true, force: true });
  console.log('removed');
})();
setTimeout(() => console.log('timer'), 0);
console.log('sync');
