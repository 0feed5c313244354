// then() without onRejected passes the rejection to the derived promise, which is the
// one reported; the source counts as handled.
var src = Promise.reject('src');
src.label = 'src';
var derived = src.then(function () { log('no'); });
derived.label = 'derived';
var handledTwice = Promise.reject('twice');
handledTwice.label = 'twice';
var t1 = handledTwice.then(null, function () { log('handler 1'); });
var t2 = handledTwice.catch(function () { log('handler 2'); });
var f = Promise.reject('fin');
f.label = 'fin';
var fd = f.finally(function () { log('finally ran'); });
fd.label = 'finally-derived';
var thrower = Promise.resolve().then(function () { throw new Error('from handler'); });
thrower.label = 'thrower';
