// unref() lets the process exit without a timer; refresh() restarts one; hasRef() reports it.
const keep = setTimeout(() => console.log('kept timer fires (300 ms)'), 300);
const dropped = setTimeout(() => console.log('never: unref and nothing else alive'), 10000);
dropped.unref();
console.log('hasRef', keep.hasRef(), dropped.hasRef());
const later = setTimeout(() => console.log('refreshed timer fires (260 ms, restarted at 100)'), 260);
let n = 0;
const iv = setInterval(() => {
  n += 1;
  console.log('interval', n);
  if (n === 1) {
    later.refresh();
  }
  if (n === 2) {
    clearInterval(iv);
  }
}, 100);
