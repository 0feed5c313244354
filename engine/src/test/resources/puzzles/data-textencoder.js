// TextEncoder and TextDecoder.
const enc = new TextEncoder();
const bytes = enc.encode('€ok');
console.log(bytes.length, Array.from(bytes));
console.log(bytes instanceof Uint8Array, enc.encoding);
const dec = new TextDecoder();
console.log(dec.decode(bytes), dec.encoding);
console.log(new TextDecoder().decode(new Uint8Array([0xff, 0x41])));
try {
  new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff]));
} catch (e) {
  console.log(e.name, e.code);
}
console.log(Buffer.from(bytes).toString());
