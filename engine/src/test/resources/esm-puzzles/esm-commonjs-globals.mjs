// ES modules are strict and have no CommonJS wrapper variables.
function whoIsThis() {
  return this;
}
console.log(typeof require, typeof module, typeof exports, typeof __filename, typeof __dirname);
console.log(whoIsThis(), typeof this, import.meta.url.startsWith('file:///'), import.meta.url.endsWith('.mjs'));
try {
  undeclared = 1;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
console.log(__dirname);
