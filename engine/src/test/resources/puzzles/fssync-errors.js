// What the *Sync calls throw.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-fssync-errors');
fs.rmSync(dir, { recursive: true, force: true });
fs.mkdirSync(dir);
fs.writeFileSync(path.join(dir, 'f.txt'), 'x');
function attempt(label, fn) {
  try {
    fn();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, e.code, e.errno, e.syscall, e.message.replace(__dirname, '<dir>'));
  }
}
attempt('read missing', () => fs.readFileSync('missing-file.txt'));
attempt('read dir', () => fs.readFileSync(dir));
attempt('mkdir existing', () => fs.mkdirSync(dir));
attempt('rmdir non-empty', () => fs.rmdirSync(dir));
attempt('readdir a file', () => fs.readdirSync(path.join(dir, 'f.txt')));
attempt('unlink missing', () => fs.unlinkSync(path.join(dir, 'nothing')));
attempt('open wx existing', () => fs.openSync(path.join(dir, 'f.txt'), 'wx'));
attempt('write in missing dir', () => fs.writeFileSync(path.join(dir, 'no', 'x.txt'), 'x'));
fs.rmSync(dir, { recursive: true });
console.log('done');
