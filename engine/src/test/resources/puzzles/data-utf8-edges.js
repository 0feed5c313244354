// UTF-8 at the edges: lone surrogates and broken sequences become U+FFFD.
const show = (s) => [...s].map((c) => c.codePointAt(0).toString(16)).join(' ');
console.log(Buffer.from('a\ud800b'), Buffer.byteLength('\udc00'));
console.log(new TextEncoder().encode('\ud83d'));
const broken = Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62, 0xc0, 0xaf, 0xe2, 0x82]);
console.log(show(broken.toString()));
console.log(show(new TextDecoder().decode(broken)));
const dec = new TextDecoder();
const euro = Buffer.from('€');
console.log(dec.decode(euro.subarray(0, 1), { stream: true }) + '|' + dec.decode(euro.subarray(1), { stream: true }) + '|' + dec.decode());
try {
  new TextDecoder('utf-8', { fatal: true }).decode(broken);
} catch (e) {
  console.log(e.name, e.code, e.message);
}
console.log(new TextDecoder(), new TextDecoder('latin1').encoding);
