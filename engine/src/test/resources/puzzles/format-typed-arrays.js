// Typed arrays, ArrayBuffer, DataView and Buffer in console.log.
const u8 = new Uint8Array([1, 2, 255]);
console.log(u8, new Int16Array(3), new Float64Array([1.5, -0, NaN]));
console.log(new Uint8Array(0), new Float32Array([0.1]));
const buf = new ArrayBuffer(4);
console.log(buf);
new DataView(buf).setInt16(0, 258);
console.log(new Uint8Array(buf));
console.log({ arr: new Int32Array([7, 8]) });
console.log(Array.from(new Uint16Array([3, 1, 2]).sort()));
console.log(new Uint8Array(200));
console.log(Uint8Array.from([1, 2, 3]).map((x) => x * 100));
