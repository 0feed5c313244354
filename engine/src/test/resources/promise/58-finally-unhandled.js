// finally does not handle a rejection, and a throwing onFinally replaces the reason.
var a = Promise.reject('a');
a.label = 'a';
var af = a.finally(function () { log('a finally'); });
af.label = 'a.finally';
var b = Promise.resolve('b');
var bf = b.finally(function () { throw 'thrown in finally'; });
bf.label = 'b.finally';
var c = Promise.reject('c');
c.label = 'c';
var cf = c.finally(function () { return Promise.reject('finally rejects'); });
cf.label = 'c.finally';
cf.catch(function (e) { log('c caught', e); });
