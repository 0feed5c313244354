// Resolving with a native promise whose then or constructor was changed: the thenable job
// must call the user's then / build through the user's species constructor.
function ticker(n) {
  var p = Promise.resolve();
  for (var i = 1; i <= n; i++) (function (i) { p = p.then(function () { log('tick', i); }); })(i);
}
ticker(5);
var a = Promise.resolve('a');
a.then = function (f, r) { log('own then called', typeof f, typeof r); return Promise.prototype.then.call(this, f, r); };
new Promise(function (res) { res(a); }).then(function (v) { log('resolved via own then', v); });
function Sub(executor) {
  log('Sub constructed');
  var p = new Promise(executor);
  Object.setPrototypeOf(p, Sub.prototype);
  return p;
}
Object.setPrototypeOf(Sub, Promise);
Sub.prototype = Object.create(Promise.prototype, { constructor: { value: Sub } });
var b = Sub.resolve('b');
new Promise(function (res) { res(b); }).then(function (v) { log('resolved via Sub species', v); });
var c = Promise.resolve('c');
var cReads = 0;
Object.defineProperty(c, 'constructor', { get: function () { cReads++; log('c.constructor read', cReads); return Promise; } });
new Promise(function (res) { res(c); log('resolve done, reads', cReads); }).then(function (v) { log('resolved c', v, cReads); });
