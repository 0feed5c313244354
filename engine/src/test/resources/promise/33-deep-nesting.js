// Deep chains and deeply nested resolutions do not grow the stack.
var p = Promise.resolve(0);
for (var i = 0; i < 5000; i++) p = p.then(function (v) { return v + 1; });
p.then(function (v) { log('chain', v); });
var q = Promise.resolve('core');
for (var j = 0; j < 2000; j++) (function (inner) { q = new Promise(function (res) { res(inner); }); })(q);
q.then(function (v) { log('nested', v); });
var t = { then: function (f) { f('thenable core'); } };
for (var k = 0; k < 2000; k++) (function (inner) { t = { then: function (f) { f(inner); } }; })(t);
Promise.resolve(t).then(function (v) { log('nested thenables', v); });
