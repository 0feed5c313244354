// queueMicrotask shares the FIFO with promise jobs.
queueMicrotask(function () { log('mt 1'); });
Promise.resolve().then(function () { log('p 1'); queueMicrotask(function () { log('mt from p1'); }); }).then(function () { log('p 2'); });
queueMicrotask(function () { log('mt 2'); Promise.resolve().then(function () { log('p from mt2'); }); });
new Promise(function (res) { log('executor'); res(); }).then(function () { log('p 3'); });
log('sync');
