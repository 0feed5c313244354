// Promise.all: order of values follows the input, not settlement; settles once.
var resolvers = [];
function deferred(label) { return new Promise(function (res, rej) { resolvers.push({ label: label, res: res, rej: rej }); }); }
var all = Promise.all([deferred('d0'), deferred('d1'), 'plain', deferred('d2')]);
all.then(function (v) { log('all', JSON.stringify(v)); }, function (e) { log('all rejected', e); });
Promise.resolve().then(function () { resolvers[2].res('two'); log('resolved d2'); })
  .then(function () { resolvers[0].res('zero'); log('resolved d0'); })
  .then(function () { resolvers[1].res('one'); log('resolved d1'); });
var all2 = Promise.all([deferred('e0'), deferred('e1')]);
all2.then(function (v) { log('all2', v); }, function (e) { log('all2 rejected', e); });
setTimeout(function () { resolvers[4].rej('e1 failed'); resolvers[3].rej('e0 failed later'); log('rejected both'); }, 5);
