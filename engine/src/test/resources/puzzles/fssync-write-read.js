// Sync writes, appends, reads, stats and cleanup, in a temp dir.
const fs = require('fs');
const path = require('path');
const os = require('os');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'll-'));
const f = path.join(dir, 'a.txt');
fs.writeFileSync(f, 'hello');
fs.appendFileSync(f, ' world\n');
console.log(JSON.stringify(fs.readFileSync(f, 'utf8')));
console.log(fs.readFileSync(f).length, fs.statSync(f).size, fs.statSync(f).isFile(), fs.statSync(dir).isDirectory());
fs.mkdirSync(path.join(dir, 'sub/deeper'), { recursive: true });
fs.writeFileSync(path.join(dir, 'sub', 'b.txt'), 'B');
console.log(fs.readdirSync(dir).sort(), fs.readdirSync(path.join(dir, 'sub')));
fs.renameSync(f, path.join(dir, 'c.txt'));
console.log(fs.readdirSync(dir).sort());
fs.rmSync(dir, { recursive: true });
console.log(fs.existsSync(dir));
