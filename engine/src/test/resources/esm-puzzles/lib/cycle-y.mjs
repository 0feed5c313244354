import { x, describeX } from './cycle-x.mjs';
console.log('y runs first; describeX is a', typeof describeX);
try {
  console.log(x);
} catch (e) {
  console.log(e.name + ': ' + e.message);
}
export const y = 'Y';
export function helloFromY() {
  return 'hello from y';
}
setTimeout(() => console.log('y later:', x, describeX()), 0);
