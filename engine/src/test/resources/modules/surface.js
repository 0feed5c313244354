const path = require('path');
const cases = [['/a/b/../c/./d'], ['a//b/'], [''], ['./'], ['..'], ['/'], ['a/b/c/..']];
for (const c of cases) console.log(JSON.stringify(c[0]), path.normalize(c[0]), path.dirname(c[0]), path.basename(c[0]), path.extname(c[0]));
console.log(path.join('/a', 'b', '../c', 'd.txt'), path.join(), path.join('a', '', 'b'));
console.log(path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/a', '/a/b/c'), path.relative('/a/b', '/a'));
console.log(path.resolve('/foo/bar', './baz'), path.resolve('/foo/bar', '/tmp/file/'), path.isAbsolute('x'), path.isAbsolute('/x'));
console.log(path.parse('/home/user/dir/file.txt'), path.format({ dir: '/home/user/dir', base: 'file.txt' }));
console.log(path.basename('/a/b/file.html', '.html'), path.extname('.index'), path.extname('index.'), path.extname('a.b.c'));
console.log(path.sep, path.delimiter, path.posix === path);
const crypto = require('crypto');
console.log(crypto.createHash('sha256').update('hello').digest('hex'));
console.log(crypto.createHash('md5').update('hel').update('lo').digest('base64'));
console.log(crypto.createHash('sha256').update('héllo ☃').digest('hex'));
console.log(crypto.createHmac('sha256', 'key').update('data').digest('hex'));
console.log(crypto.pbkdf2Sync('pw', 'salt', 1000, 32, 'sha256').toString('hex'));
console.log(crypto.pbkdf2Sync('', 'salt', 10, 20, 'sha1').toString('hex'));
console.log(crypto.randomBytes(8).length, typeof crypto.randomUUID());
const b = Buffer.from('héllo');
console.log(b, b.length, b.toString(), b.toString('hex'), b.toString('base64'), Buffer.from('68656c6c6f', 'hex').toString());
console.log(Buffer.from([1, 2, 300]), Buffer.alloc(3, 'ab'), Buffer.concat([Buffer.from('a'), Buffer.from('bc')]).toString());
console.log(Buffer.byteLength('☃'), Buffer.isBuffer('x'), b.slice(1, 3), JSON.stringify(Buffer.from('hi')));
console.log(require('os').EOL === '\n', require('os').cpus().length > 0);
const util = require('util');
const fs = require('fs');
util.promisify(fs.readFile)(__filename, 'utf8').then((t) => console.log('promisified', t.length > 0));
util.promisify(setTimeout)(100, 'v').then((v) => console.log('timeout value', v));
util.promisify(fs.exists)(__filename).then((v) => console.log('exists', v));


try { crypto.pbkdf2('pw', 'salt', 1, 16); } catch (e) { console.log(e.code, e.message); }
try { require('nope'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
const tp = require('timers/promises');
tp.setImmediate('imm').then((v) => console.log('tp immediate', v));
tp.setTimeout(200, 'late').then((v) => console.log('tp timeout', v));
