// 'beforeExit' can schedule more work; the loop then runs again and 'beforeExit' fires again.
let rounds = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, 'round', rounds);
  if (rounds < 2) {
    rounds += 1;
    setTimeout(() => console.log('timer from beforeExit', rounds), 5);
  }
});
process.on('exit', (code) => console.log('exit', code));
console.log('main');
