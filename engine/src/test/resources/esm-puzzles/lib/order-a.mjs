import './order-c.mjs';
console.log('a');
export const a = 'A';
