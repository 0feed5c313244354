// Errors caught by the script itself read as V8 words them.
try {
  const o = null;
  o.x;
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
try {
  undefinedFunction();
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
function deep(n) {
  return deep(n + 1) + 1;
}
try {
  deep(0);
} catch (e) {
  console.log(e instanceof RangeError, e.message);
}
console.log(typeof Java, typeof print, typeof load, typeof Function('return this')().__FILE__);
