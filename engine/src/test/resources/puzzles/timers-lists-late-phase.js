// Node keeps one timer list per duration: when a late timers phase finds two lists due, the
// list that expired first runs all its due timers before the other list starts.
setTimeout(() => console.log('a (100 ms list)'), 100);
setTimeout(() => {
  console.log('setter');
  setTimeout(() => console.log('b (50 ms list)'), 50);
  setTimeout(() => console.log('c (100 ms list)'), 100);
  const start = Date.now();
  while (Date.now() - start < 300) { /* keep the loop busy */ }
}, 60);
