// Which rejections Node reports: handled in the same tick, in a later microtask, or never.
var a = Promise.reject(new Error('handled at once'));
a.label = 'a';
a.catch(function () { log('a caught'); });
var b = Promise.reject(new Error('handled in a microtask'));
b.label = 'b';
Promise.resolve().then(function () { return null; }).then(function () { b.catch(function () { log('b caught'); }); });
var c = Promise.reject(new Error('never handled'));
c.label = 'c';
var d = new Promise(function (res, rej) { rej('rejected by executor'); });
d.label = 'd';
var e = new Promise(function () { throw new RangeError('thrown by executor'); });
e.label = 'e';
log('sync end');
