await null;
console.log('done: last line');
Promise.resolve().then(() => console.log('x1')).then(() => console.log('x2')).then(() => console.log('x3'));
