import './tla-done.mjs';
console.log('waiter: body');
Promise.resolve().then(() => console.log('y1')).then(() => console.log('y2'));
