// Reactions registered before the promise settles, from inside the executor.
var p = new Promise(function (res) {
  setTimeout(function () { log('resolving'); res('done'); log('resolved'); }, 5);
});
p.then(function (v) { log('first', v); });
var q = new Promise(function (res) {
  res('sync');
  log('executor continues after resolve');
});
q.then(function (v) { log('q', v); });
p.then(function (v) { log('second', v); Promise.resolve().then(function () { log('nested after second'); }); });
p.then(function (v) { log('third', v); });
