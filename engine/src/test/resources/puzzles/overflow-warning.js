// A delay above 2^31-1 ms becomes 1 ms, with a TimeoutOverflowWarning on stderr.
setTimeout(() => console.log('fired at once'), 2147483648);
setTimeout(() => console.log('100 ms timer'), 100);
console.log('main');
