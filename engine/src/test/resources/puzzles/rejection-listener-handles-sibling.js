// Node 20 reports every rejection pending when its check starts: a handler that an
// 'unhandledRejection' listener attaches to another promise of the same batch comes too late
// to save it, and no 'rejectionHandled' follows for that one. A handler attached to the
// promise being reported does bring a 'rejectionHandled' in the next check. ('rejectionHandled'
// listeners run outside any callback's context, so they only take notes here.)
const name = (p) => (p === first ? 'first' : p === second ? 'second' : p === third ? 'third' : 'later');
const handledLate = [];
process.on('rejectionHandled', (p) => handledLate.push(name(p)));
process.on('exit', () => console.log('rejectionHandled for', handledLate.join(', ')));
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandledRejection', reason);
  if (p === first) {
    second.catch(() => console.log('second caught'));
    first.catch(() => console.log('first caught'));
  }
});
const first = Promise.reject('first');
const second = Promise.reject('second');
const third = Promise.reject('third');
const saved = Promise.reject('saved in time');
queueMicrotask(() => saved.catch(() => console.log('saved caught')));
setTimeout(() => {
  const later = Promise.reject('later');
  process.nextTick(() => console.log('tick after the later rejection'));
  setTimeout(() => later.catch(() => console.log('later caught')), 1);
}, 1);
