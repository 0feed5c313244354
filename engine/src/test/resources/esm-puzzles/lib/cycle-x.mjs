import { y, helloFromY } from './cycle-y.mjs';
console.log('x runs, y =', y, '-', helloFromY());
export let x = 'X';
export function describeX() {
  return 'x is ' + x;
}
