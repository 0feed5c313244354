// Promise.all rejects with the first rejection; later ones are handled silently.
var p1 = new Promise(function (res, rej) { setTimeout(function () { rej('second'); }, 20); });
var p2 = Promise.reject('first');
Promise.all([p1, p2, 3]).then(function (v) { log('fulfilled?', v); }, function (e) { log('all rejected', e); });
Promise.all([Promise.resolve(1), Promise.reject(new Error('sync reject'))]).catch(function (e) { log('caught', e.message); });
var q = Promise.all([Promise.reject('nobody catches')]);
q.label = 'all-unhandled';
