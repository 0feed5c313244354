// process.exit() from a nextTick: 'exit' listeners run, nothing else does.
process.on('exit', (code) => console.log('exit', code, process.exitCode));
setTimeout(() => console.log('never'), 0);
Promise.resolve().then(() => console.log('never: the microtask queue is dropped'));
process.nextTick(() => {
  console.log('tick calls exit');
  process.exit(5);
});
console.log('main');
