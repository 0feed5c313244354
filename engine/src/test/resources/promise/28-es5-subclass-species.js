// An ES5-style subclass: then() builds the derived promise through the subclass
// (the inherited Symbol.species getter answers the constructor).
var made = 0;
function MyPromise(executor) {
  made++;
  log('MyPromise constructed', made);
  var p = new Promise(executor);
  Object.setPrototypeOf(p, MyPromise.prototype);
  return p;
}
Object.setPrototypeOf(MyPromise, Promise);
MyPromise.prototype = Object.create(Promise.prototype, { constructor: { value: MyPromise, writable: true, configurable: true } });
var p = new MyPromise(function (res) { res(1); });
var q = p.then(function (v) { log('then', v); return v + 1; });
log('derived is MyPromise', q instanceof MyPromise);
q.finally(function () { log('finally'); }).then(function (v) { log('after finally', v); });
var r = MyPromise.resolve(5);
log('MyPromise.resolve gives MyPromise', r instanceof MyPromise, MyPromise.resolve(r) === r, Promise.resolve(r) === r);
MyPromise.all([1, 2]).then(function (v) { log('MyPromise.all', JSON.stringify(v)); });
log('made so far', made);
