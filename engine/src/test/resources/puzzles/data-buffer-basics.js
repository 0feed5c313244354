// Buffer basics: encodings, slicing shares memory, concat, compare.
const b = Buffer.from('héllo');
console.log(b.length, 'héllo'.length, Buffer.byteLength('héllo'));
console.log(b.toString('hex'));
console.log(b.toString('base64'));
console.log(Buffer.from('aGk=', 'base64').toString());
const s = b.subarray(0, 3);
s[0] = 72;
console.log(b.toString(), s.toString('latin1'));
const c = Buffer.concat([Buffer.from('ab'), Buffer.from('cd')]);
console.log(c.toString(), c.length);
console.log(Buffer.compare(Buffer.from('a'), Buffer.from('b')), c.equals(Buffer.from('abcd')));
const z = Buffer.alloc(4);
z.writeUInt16BE(0x1234, 0);
z.writeUInt8(255, 3);
console.log(z.readUInt16BE(0).toString(16), z.readUInt8(3), [...z]);
console.log(JSON.stringify(Buffer.from('hi')));
console.log(Buffer.isBuffer(c), Buffer.isBuffer('c'), typeof c);
