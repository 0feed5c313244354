// catch and finally go through this.then, so overriding then on an instance is observed.
var p = Promise.resolve('v');
var orig = p.then;
p.then = function (a, b) {
  log('instance then', typeof a, typeof b, a === undefined, b === undefined);
  return orig.call(this, a, b);
};
p.catch(function () {});
p.finally(function () { log('finally callback'); });
p.finally('not a function');
p.then(function (v) { log('then', v); });
var thenable = { then: function (a, b) { log('plain object then', typeof a, typeof b); return 'result'; } };
log('finally on thenable returns', Promise.prototype.finally.call(thenable, function () {}));
log('catch on thenable returns', Promise.prototype.catch.call(thenable, function () {}));
