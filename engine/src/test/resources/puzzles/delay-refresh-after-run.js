// refresh() of a timer that has already fired schedules it again.
let n = 0;
const t = setTimeout(() => {
  n++;
  console.log('fired', n);
  if (n < 3) t.refresh();
}, 10);
