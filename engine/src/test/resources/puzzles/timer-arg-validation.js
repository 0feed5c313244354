// setTimeout checks its callback like Node, with the same error code and message.
try {
  setTimeout('not a function', 10);
} catch (e) {
  console.log(e.name, e.code);
  console.log(e.message);
}
try {
  process.nextTick(42);
} catch (e) {
  console.log(e.code, e.message);
}
const t = setTimeout(() => console.log('never'), 10);
clearTimeout(+t);
console.log('cleared by numeric id');
