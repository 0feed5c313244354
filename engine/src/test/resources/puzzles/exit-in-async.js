// process.exit inside async functions: before and after an await, and inside a try.
process.on('exit', (code) => console.log('exit listener', code));
setTimeout(() => console.log('timer never runs'), 5);
async function stop() {
  console.log('stopping');
  await null;
  try {
    process.exit(3);
  } catch (e) {
    console.log('caught', e);
  }
  console.log('after exit');
}
stop().catch((e) => console.log('rejected', e));
console.log('main done');
