// -0 passed straight to console.log, computed at run time.
const temps = [-0.2, 0.4, -0.49];
console.log(Math.round(temps[0]), Math.round(temps[1]), Math.round(temps[2]));
console.log(Math.round(-0.2), Math.round(0.2));
let x = 0 * -1;
console.log(x, 1 / x, Object.is(x, -0));
console.log(-0 + '', `${-0}`, JSON.stringify(-0), String(x));
console.info(Math.trunc(-0.5), Math.ceil(-0.5));
console.error('%d %i %s', -0, -0, -0);
