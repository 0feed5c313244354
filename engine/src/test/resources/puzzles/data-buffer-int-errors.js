// Buffer's number methods check their offsets and values.
const b = Buffer.alloc(6);
console.log(b.writeInt16BE(-300, 0), b.writeUInt32LE(4000000000, 2), [...b]);
console.log(b.readInt16BE(0), b.readUInt32LE(2), b.readIntBE(0, 6), b.readUIntLE(1, 3));
const attempts = [
  () => b.readUInt8(6),
  () => b.readUInt32BE(3),
  () => b.readInt16LE(0.5),
  () => b.readUInt16LE('0'),
  () => b.writeUInt8(300),
  () => b.writeInt32LE(2 ** 31, 0),
  () => b.writeUInt32BE(-1),
  () => b.writeUIntLE(2 ** 48, 0, 6),
  () => b.readUIntBE(0, 7),
  () => Buffer.alloc(2).readDoubleLE(0),
];
for (const attempt of attempts) {
  try {
    console.log('ok', attempt());
  } catch (e) {
    console.log(e.name, e.code);
    console.log('  ' + e.message);
  }
}
