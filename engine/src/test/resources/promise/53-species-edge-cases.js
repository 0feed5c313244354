// then() with odd species constructors.
function t(label, f) {
  try { var r = f(); log(label, 'ok', r && typeof r.then); } catch (e) { log(label, e.constructor.name, e.message); }
}
function Lazy(executor) { log('Lazy called'); }
Object.setPrototypeOf(Lazy, Promise);
var p = Promise.resolve(1);
p.constructor = Lazy;
t('executor never called', function () { return p.then(function () { log('reaction ran anyway'); }); });
function Twice(executor) { executor(function () {}, function () {}); executor(function () {}, function () {}); }
Object.setPrototypeOf(Twice, Promise);
var q = Promise.resolve(2);
q.constructor = Twice;
t('executor called twice', function () { return q.then(); });
function Plain(executor) {
  log('Plain called');
  var res, rej;
  executor(function (v) { log('Plain resolve', v); res = v; }, function (e) { log('Plain reject', e); });
  this.then = function () {};
}
Object.setPrototypeOf(Plain, Promise);
var r = Promise.resolve(3);
r.constructor = Plain;
t('non-promise result', function () { return r.then(function (v) { log('handler', v); return v * 2; }); });
var s = Promise.reject('rj');
s.constructor = Plain;
t('rejection through Plain', function () { return s.then(null, function (e) { log('handler rejected', e); throw 'again'; }); });
var a = Promise.resolve(4);
a.constructor = Array;
t('Array has a species getter', function () { return a.then(); });
function MyArray() {}
Object.setPrototypeOf(MyArray, Array);
var b = Promise.resolve(5);
b.constructor = MyArray;
t('so does what inherits from Array', function () { return b.then(); });
var c = Promise.resolve(6);
c.constructor = Object;
t('Object has none', function () { return c.then(); });
var d = Promise.resolve(7);
d.constructor = Function;
t('Function has none', function () { return d.then(); });
