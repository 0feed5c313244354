// Interleaving quiz: resolve(promise) vs return promise vs plain values.
var p1 = new Promise(function (res) { res(Promise.resolve('p1')); });
var p2 = Promise.resolve().then(function () { return Promise.resolve('p2'); });
var p3 = Promise.resolve('p3');
p1.then(function (v) { log(v); });
p2.then(function (v) { log(v); });
p3.then(function (v) { log(v); });
Promise.resolve().then(function () { log('a'); }).then(function () { log('b'); }).then(function () { log('c'); }).then(function () { log('d'); }).then(function () { log('e'); });
