// A line written in pieces across callbacks.
process.stdout.write('[main');
Promise.resolve().then(() => process.stdout.write(' micro'));
process.nextTick(() => process.stdout.write(' tick]\n'));
setTimeout(() => {
  process.stdout.write('timer:');
  setImmediate(() => {
    process.stdout.write(' immediate\n');
    console.log('done');
  });
  process.nextTick(() => process.stdout.write(' tick'));
}, 10);
