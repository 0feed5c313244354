// Resolving with a rejected promise: the inner one becomes handled (the thenable job calls
// its then), the outer one carries the rejection.
var inner = Promise.reject('inner reason');
inner.label = 'inner';
var outer = new Promise(function (res) { res(inner); });
outer.label = 'outer';
var inner2 = Promise.reject('inner2 reason');
inner2.label = 'inner2';
var outer2 = Promise.resolve().then(function () { return inner2; });
outer2.label = 'outer2';
outer2.catch(function (e) { log('outer2 caught', e); });
var t = { then: function (f, r) { r('thenable reason'); } };
var outer3 = Promise.resolve(t);
outer3.label = 'outer3';
