// Microtasks drain completely before the next timer; timers queued from microtasks.
setTimeout(function () { log('timeout 1'); Promise.resolve().then(function () { log('micro in timeout 1'); }); }, 0);
setTimeout(function () { log('timeout 2'); }, 0);
Promise.resolve().then(function () {
  log('micro 1');
  setTimeout(function () { log('timeout from micro'); }, 0);
}).then(function () { log('micro 2'); });
log('sync');
