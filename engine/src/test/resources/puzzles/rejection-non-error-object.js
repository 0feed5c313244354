// Unhandled rejection with a plain object.
console.log('start');
Promise.reject({ code: 42, msg: 'plain object' });
