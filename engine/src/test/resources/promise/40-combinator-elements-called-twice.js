// Element functions ignore repeated calls; thenables calling both callbacks.
var twice = { then: function (f, r) { f('first'); f('second'); r('rejected too'); } };
Promise.all([twice, 'b']).then(function (v) { log('all', JSON.stringify(v)); });
Promise.allSettled([twice, { then: function (f, r) { r('r1'); f('f1'); } }]).then(function (v) { log('allSettled', JSON.stringify(v)); });
Promise.any([{ then: function (f, r) { r('e1'); r('e2'); } }, { then: function (f, r) { r('e3'); } }]).catch(function (e) { log('any', JSON.stringify(e.errors)); });
Promise.race([{ then: function (f, r) { r('race reject'); f('race fulfil'); } }]).catch(function (e) { log('race', e); });
var captured;
Promise.all([{ then: function (f) { captured = f; } }, 'x']).then(function (v) { log('captured all', JSON.stringify(v)); });
setTimeout(function () { log('calling captured', typeof captured, captured && captured.length); captured('late'); captured('later'); }, 5);
