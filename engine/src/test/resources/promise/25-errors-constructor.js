// TypeErrors thrown synchronously, with V8's messages.
function t(label, f) {
  try { var r = f(); log(label, 'ok', typeof r); } catch (e) { log(label, e instanceof TypeError, e.message); }
}
t('no new', function () { return Promise(function () {}); });
t('call with this', function () { return Promise.call({}, function () {}); });
t('no executor', function () { return new Promise(); });
t('number executor', function () { return new Promise(5); });
t('string executor', function () { return new Promise('abc'); });
t('object executor', function () { return new Promise({}); });
t('array executor', function () { return new Promise([1, 2]); });
t('null executor', function () { return new Promise(null); });
t('map executor', function () { return new Promise(new Map()); });
t('named ctor executor', function () { function Bar() {} return new Promise(new Bar()); });
t('null-proto executor', function () { return new Promise(Object.create(null)); });
t('then on object', function () { return Promise.prototype.then.call({}, function () {}); });
t('then on number', function () { return Promise.prototype.then.call(5); });
t('then on null', function () { return Promise.prototype.then.call(null); });
t('then on array', function () { return Promise.prototype.then.call([1]); });
t('catch on object', function () { return Promise.prototype.catch.call({}); });
t('catch on undefined', function () { return Promise.prototype.catch.call(undefined); });
t('catch on null', function () { return Promise.prototype.catch.call(null); });
t('catch on custom', function () { return Promise.prototype.catch.call({ then: function (a, b) { log('custom then', a, typeof b); return 'r'; } }, function () {}); });
t('finally on number', function () { return Promise.prototype.finally.call(5); });
t('finally on object', function () { return Promise.prototype.finally.call({}); });
t('finally then 5', function () { return Promise.prototype.finally.call({ then: 5 }); });
t('resolve on number', function () { return Promise.resolve.call(5, 1); });
t('resolve on object', function () { return Promise.resolve.call({}, 1); });
t('reject on number', function () { return Promise.reject.call(5, 1); });
t('all on number', function () { return Promise.all.call(5, []); });
t('all on object', function () { return Promise.all.call({}, []); });
t('race on undefined', function () { return Promise.race.call(undefined, []); });
t('ctor no resolve', function () { return Promise.resolve.call(function () {}, 1); });
t('ctor non-callable', function () { return Promise.resolve.call(function (ex) { ex(1, 2); }, 1); });
t('executor twice', function () { return Promise.resolve.call(function (ex) { ex(function () {}, function () {}); ex(function () {}, function () {}); }, 1); });
t('executor undefined then fns', function () { return Promise.resolve.call(function (ex) { ex(undefined, undefined); ex(function () {}, function () {}); }, 1); });
t('species bad ctor 5', function () { var p = Promise.resolve(1); p.constructor = 5; return p.then(); });
t('species null ctor', function () { var p = Promise.resolve(1); p.constructor = null; return p.then(); });
t('species plain fn', function () { var p = Promise.resolve(1); p.constructor = function F() { log('F called'); }; return p.then(); });
t('species undefined', function () { var p = Promise.resolve(1); p.constructor = undefined; return p.then(); });
t('species object', function () { var p = Promise.resolve(1); p.constructor = {}; return p.then(); });
