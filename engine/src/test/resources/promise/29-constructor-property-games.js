// Promise.resolve(p) returns p only when p.constructor === this; then() reads .constructor.
var p = Promise.resolve('p');
log('same', Promise.resolve(p) === p);
var reads = 0;
var q = Promise.resolve('q');
Object.defineProperty(q, 'constructor', { get: function () { reads++; return Promise; } });
log('same q', Promise.resolve(q) === q, 'reads', reads);
q.then(function () {});
log('reads after then', reads);
q.catch(function () {});
log('reads after catch', reads);
q.finally(function () {});
log('reads after finally', reads);
var other = Promise.resolve('other');
other.constructor = function Other() {};
var wrapped = Promise.resolve(other);
log('wrapped is new', wrapped !== other);
wrapped.then(function (v) { log('wrapped value', v); });
other.then(function (v) { log('plain fn constructor ignored for then', v); });
