// setImmediate passes extra args; returns Immediate objects with hasRef.
const im = setImmediate((a, b, c) => console.log('args', a, b, c), 1, 'two', [3]);
console.log(typeof im, im.hasRef());
im.unref();
console.log('after unref', im.hasRef());
im.ref();
console.log('after ref', im.hasRef());
