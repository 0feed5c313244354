// Reasons of every kind reach unhandledRejection unchanged.
Promise.reject(undefined).label = 'undefined';
Promise.reject(null).label = 'null';
Promise.reject(42).label = 'number';
Promise.reject({ toString: function () { return 'custom object'; } }).label = 'object';
Promise.reject(new RangeError('range')).label = 'error';
new Promise(function () { throw 'thrown string'; }).label = 'thrown';
