import { a } from './order-a.mjs';
import './order-c.mjs';
console.log('b sees', a);
export const b = 'B';
