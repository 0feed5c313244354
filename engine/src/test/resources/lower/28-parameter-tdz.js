// A default that reads its own or a later parameter throws a ReferenceError at the call.
function own(x = x) {
  return x;
}
try {
  own();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log('given a value, no default runs:', own(4));
const later = (a = b, b = 2) => a + b;
try {
  later();
} catch (e) {
  console.log(e.constructor.name, e.message);
}
console.log(later(1));
// Read later, from a closure, the parameter is initialized.
function closure(a = () => b, b = 3) {
  return a();
}
console.log(closure());
function pattern([a, b] = [1, 2], c = a + b) {
  return c;
}
console.log(pattern());
async function rejected(x = y, y) {
  console.log('body not run');
}
rejected().catch((e) => console.log('rejected with', e.constructor.name, e.message));
