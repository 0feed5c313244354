// Node's first write to stdout costs it a few milliseconds (the console warms up), so a
// 2 ms timer set before the first console.log is already due when the loop starts and runs
// before the immediate; a 10 ms timer is not.
setTimeout(() => console.log('timeout 2'), 2);
setTimeout(() => console.log('timeout 10'), 10);
setImmediate(() => {
  console.log('immediate');
  setTimeout(() => console.log('timeout 2 from the immediate'), 2);
  setImmediate(() => console.log('second immediate'));
});
console.log('main');
