// A handler attached several microtasks later is still in time: Node only reports after
// the microtask queue drains.
var p = Promise.reject('deep');
p.label = 'deep';
var chain = Promise.resolve();
for (var i = 0; i < 10; i++) chain = chain.then(function () {});
chain.then(function () { log('attaching'); p.catch(function (e) { log('caught', e); }); });
var q = Promise.reject('timer-late');
q.label = 'timer-late';
setTimeout(function () {
  var r = Promise.reject('in timer');
  r.label = 'in-timer';
  Promise.resolve().then(function () { r.catch(function () { log('in-timer caught'); }); });
  q.catch(function () { log('timer-late caught'); });
}, 5);
